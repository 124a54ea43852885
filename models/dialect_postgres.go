package models

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/schema"
	"github.com/quotetrail/quotetrail/internal/search"
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

	// The search index: one tsvector a quote (see migration 2).
	"quote_search f",                   // searchFrom
	"f.quote_id",                       // searchID
	"f.document @@ CAST(? AS tsquery)", // searchCond
	searchMatch.tsquery,                // searchArg
	// rankedSearch: ts_rank weighs the document's parts as bm25 does on
	// SQLite: the quote's own words (A) count most, then the speaker
	// (B), then the article (C) and outlet (D); the filter tags are left
	// out of the words ranked. It reads each document, so it runs on the
	// newest RankWindow only.
	func(from string, words search.ParsedQuery) (string, []any) {
		return `SELECT w.id FROM (SELECT f.quote_id AS id, f.document FROM ` + from + ` ORDER BY f.quote_id DESC LIMIT ?) AS w
			ORDER BY ts_rank('{0.2, 0.2, 0.5, 1.0}', w.document, CAST(? AS tsquery), 1) DESC, w.id DESC LIMIT ? OFFSET ?`,
			[]any{RankWindow, words.TSQuery()}
	},

	// bulkIndex
	`INSERT INTO quote_search (quote_id, document)
		SELECT id, document FROM quote_search_rows WHERE id BETWEEN $1 AND $2`,
	// bulkYears
	`INSERT INTO quote_search_years (year)
		SELECT DISTINCT substr(sort_date, 1, 4) FROM quotes WHERE id BETWEEN $1 AND $2 AND sort_date <> '' ON CONFLICT DO NOTHING`,
	rebindDollar, // bind
	// bulkDone: the data version trigger fires once a transaction.
	nil,
	false, // rebuildAfterLoad

	"chr(31)",                   // unitSep
	"to_char(%s, 'YYYY-MM-DD')", // dateText
	// quoteTopicNames
	`(SELECT string_agg(t.name, chr(30) ORDER BY lower(t.name)) FROM quote_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.quote_id = q.id)`,
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
