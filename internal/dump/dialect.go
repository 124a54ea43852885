package dump

import (
	"context"
	"database/sql"

	"github.com/quotetrail/quotetrail/models"
)

// dialect is what dumping, restoring and backing up do differently on
// each engine. There are exactly two, one a file (dialect_sqlite.go,
// dialect_postgres.go), so that the compiler sees to it that each engine
// has every statement.
type dialect struct {
	// beginRead begins a read view's transaction.
	beginRead string
	// readTime is how a read view selects expr, a time or date column.
	readTime func(expr string) string
	// orderText is how a read view orders rows by expr, a text key
	// column: in byte order on both engines.
	orderText func(expr string) string
	// placeholder is a statement's n-th parameter, from 1.
	placeholder func(n int) string
	// sequence reports the highest id table's sequence has handed out
	// (0 when none); ok is false when the table has none.
	sequence func(ctx context.Context, conn *sql.Conn, table string) (seq int64, ok bool, err error)

	// connSetup runs on a restore's own connection before it begins,
	// and connReset after it ends; both empty for none.
	connSetup, connReset string
	// deferSearchIndex tells a restore to switch the per-row search
	// indexing off for the load and rebuild the index at its end.
	deferSearchIndex bool
	// setSequence moves table's id sequence to seq, which is at least
	// the table's highest id.
	setSequence func(ctx context.Context, tx *sql.Tx, table string, seq int64) error

	// backupInto copies the database into the file named by its one
	// parameter; empty when Backup cannot copy the engine's database.
	backupInto string
}

// dialectFor is the dialect of engine.
func dialectFor(engine models.Engine) dialect {
	if engine == models.Postgres {
		return postgresDialect()
	}
	return sqliteDialect()
}
