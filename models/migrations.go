package models

import (
	"context"

	"github.com/quotetrail/quotetrail/internal/schema"
)

// The schema's migrations and their runner are internal/schema's; Open
// runs them, under the write lock every writer takes (lockWrites).

// SchemaVersion reports the newest migration applied.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	return schema.Version(ctx, s.db)
}
