package models

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/schema"
)

// postgresDialect is PostgreSQL's (see dialect for what each field is).
var postgresDialect = dialect{
	Postgres, // engine

	openPostgres, // open
	16,           // conns
	// checkDatabase: the search index folds words with normalize(),
	// which needs a UTF-8 database.
	func(ctx context.Context, db *gorm.DB) error {
		var enc string
		if err := db.WithContext(ctx).Raw(`SHOW server_encoding`).Scan(&enc).Error; err != nil {
			return fmt.Errorf("open database: %w", err)
		}
		if enc != "UTF8" {
			return fmt.Errorf("open database: its encoding is %s; quotetrail needs a UTF8 database (CREATE DATABASE ... ENCODING 'UTF8')", enc)
		}
		return nil
	},
	// writeLock: every write transaction takes one advisory lock.
	`SELECT pg_advisory_xact_lock($1)`,
	"", // integrityCheck: PostgreSQL checks its pages as it reads them

	schema.Postgres, // schema

	schema.SearchIndexSQL(schema.Postgres, "id BETWEEN $1 AND $2"), // bulkIndex
	// bulkYears
	`INSERT INTO quote_search_years (year)
		SELECT DISTINCT substr(sort_date, 1, 4) FROM quotes WHERE id BETWEEN $1 AND $2 AND sort_date <> '' ON CONFLICT DO NOTHING`,
	DollarPlaceholders, // bind
	// bulkDone: the data version trigger fires once a transaction.
	nil,
	false, // rebuildAfterLoad
}

// writeLock is the PostgreSQL advisory lock every write transaction
// holds (an arbitrary number, the same in every instance).
const writeLock = 7177306110

// openPostgres connects through pgx with the settings quotetrail's
// queries need.
func openPostgres(dsn string) (gorm.Dialector, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, err
	}
	// Statements are prepared once a connection and then run with new
	// arguments; after five runs PostgreSQL may switch to a plan made
	// without looking at them, and a search for one common word and for
	// a rare one need different plans (a generic plan made the selective
	// searches ten times slower).
	if _, set := cfg.RuntimeParams["plan_cache_mode"]; !set {
		cfg.RuntimeParams["plan_cache_mode"] = "force_custom_plan"
	}
	return postgres.New(postgres.Config{Conn: stdlib.OpenDB(*cfg)}), nil
}
