// Package schema holds quotetrail's database schema: the ordered list of
// migrations, each engine's SQL side by side, and the runner that brings a
// database up to date. The store (models) runs it as it opens a database.
package schema

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"gorm.io/gorm"
)

// Migrate applies every migration the database db (on engine) has not
// seen yet, each in its own transaction together with the row that
// records it. lock takes, inside a transaction, the lock every writer of
// the database takes; logger, when not nil, hears of each migration an
// existing database is upgraded by, as it starts and when it is done.
func Migrate(ctx context.Context, db *gorm.DB, engine Engine, lock func(tx *gorm.DB) error, logger *slog.Logger) error {
	return migrate(ctx, db, engine, lock, logger, migrations)
}

// migrate is Migrate with the list of migrations to apply.
func migrate(ctx context.Context, db *gorm.DB, engine Engine, lock func(tx *gorm.DB) error, logger *slog.Logger, migrations []migration) error {
	d := engine.dialect()
	db = db.WithContext(ctx)
	// Instances starting together on one PostgreSQL database take turns
	// (lock); each migration is checked again under the lock.
	err := db.Transaction(func(tx *gorm.DB) error {
		if err := lock(tx); err != nil {
			return err
		}
		return tx.Exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY,
			applied_at ` + d.timestamp + ` NOT NULL)`).Error
	})
	if err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	var current int
	if err := db.Raw(`SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&current).Error; err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if current > len(migrations) {
		return fmt.Errorf("database schema version %d is newer than this program (%d): upgrade quotetrail", current, len(migrations))
	}
	for v := current + 1; v <= len(migrations); v++ {
		start := time.Now()
		if logger != nil && current > 0 {
			logger.Info("upgrading the database", "migration", v, "of", len(migrations))
		}
		err := db.Transaction(func(tx *gorm.DB) error {
			if err := lock(tx); err != nil {
				return err
			}
			var applied int64
			if err := tx.Raw(`SELECT count(*) FROM schema_migrations WHERE version = ?`, v).Scan(&applied).Error; err != nil || applied > 0 {
				return err // another instance applied it meanwhile
			}
			for _, stmt := range splitStatements(d.migrationSQL(migrations[v-1])) {
				if err := tx.Exec(stmt).Error; err != nil {
					return fmt.Errorf("%w\n%s", err, stmt)
				}
			}
			return tx.Exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`, v, time.Now().UTC()).Error
		})
		if err != nil {
			return fmt.Errorf("migration %d: %w", v, err)
		}
		if logger != nil && current > 0 {
			logger.Info("upgraded the database", "migration", v, "took", time.Since(start).Round(time.Millisecond))
		}
	}
	return nil
}

// Version reports the newest migration applied to db.
func Version(ctx context.Context, db *gorm.DB) (int, error) {
	var v int
	err := db.WithContext(ctx).Raw(`SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v).Error
	return v, err
}

// splitStatements cuts a migration into statements at semicolons that end
// a line, except inside a $$-quoted body (PostgreSQL's functions); the
// migrations hold no other semicolons inside literals.
func splitStatements(sql string) []string {
	var out []string
	stmt := ""
	for _, part := range strings.Split(sql, ";\n") {
		stmt += part
		if strings.Count(stmt, "$$")%2 == 1 {
			stmt += ";\n" // inside a body: the statement goes on
			continue
		}
		stmt = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(stmt), ";"))
		if stmt != "" {
			out = append(out, stmt)
		}
		stmt = ""
	}
	return out
}
