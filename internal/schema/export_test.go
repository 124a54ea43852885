package schema

import (
	"context"
	"log/slog"

	"gorm.io/gorm"
)

// MigrateRerunningNewest is Migrate with the newest migration's SQL
// replaced by a statement that can run twice, for tests of the runner
// that make it apply the newest migration again: a migration that adds
// a column cannot.
func MigrateRerunningNewest(ctx context.Context, db *gorm.DB, engine Engine, lock func(tx *gorm.DB) error, logger *slog.Logger) error {
	list := append([]migration(nil), migrations...)
	list[len(list)-1] = migration{sqlite: "SELECT 1", postgres: "SELECT 1"}
	return migrate(ctx, db, engine, lock, logger, list)
}
