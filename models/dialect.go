package models

import (
	"context"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/schema"
)

// dialect is one engine's statements and quirks: all that the store says
// or does differently on SQLite and on PostgreSQL. There are exactly two,
// sqliteDialect and postgresDialect, one a file, each written as an
// unkeyed literal so that the compiler refuses one that lacks a field.
type dialect struct {
	engine Engine

	// open makes gorm's connector for the database dsn names.
	open func(dsn string) (gorm.Dialector, error)
	// conns bounds the connection pool, open and idle.
	conns int
	// checkDatabase refuses, as it is opened, a database the store
	// cannot work with.
	checkDatabase func(ctx context.Context, db *gorm.DB) error
	// writeLock is the statement that makes a write transaction wait for
	// the others to finish (see Store.lockWrites), taking the lock's
	// number as its one argument; "" where a write transaction holds the
	// lock from its start.
	writeLock string
	// integrityCheck is the statement that checks the whole database and
	// answers "ok" when it is sound; "" where there is none.
	integrityCheck string

	// schema is the engine the schema's migrations are written for.
	schema schema.Engine

	// The bulk paths' indexing (bulk_hooks.go). bulkIndex indexes for
	// search, and bulkYears lists the years of, the quotes with ids
	// between its two arguments; bind writes a statement's ? arguments as
	// the engine numbers them. bulkDone runs after a bulk write's
	// facets are counted. rebuildAfterLoad says a load into an empty
	// database leaves the whole index and the counts to its end (SQLite);
	// elsewhere each row is indexed and counted as it lands.
	bulkIndex        []string
	bulkYears        string
	bind             func(string) string
	bulkDone         []string
	rebuildAfterLoad bool
}

// dialectFor is the dialect of engine.
func dialectFor(engine Engine) *dialect {
	if engine == Postgres {
		return &postgresDialect
	}
	return &sqliteDialect
}
