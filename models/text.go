package models

import (
	"context"
	"errors"
	"strings"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/plaintext"
)

// Text is checked once, at the store's boundary, whichever way it came
// (a form in any spelling, JSON, the review, an import, a restore): a
// value holding a NUL character or bytes that are not UTF-8 is refused
// on both engines alike, before it reaches the database. PostgreSQL
// cannot hold the first and SQLite would keep both, after which a dump
// or a move to PostgreSQL fails.

// write is tx for a write of rec, whose text is checked first, before
// any statement: a lookup of a value that is not text would find nothing
// on SQLite but fail on PostgreSQL, and there leave the transaction
// unable to go on.
func (s *Store) write(ctx context.Context, label string, rec any, fn func(tx *gorm.DB) error) error {
	if err := plaintext.CheckAll(label, rec); err != nil {
		return err
	}
	return s.tx(ctx, fn)
}

// registerChecks hooks into every statement made through db (and the
// sessions and transactions made from it, the Atomic stores' and the
// packages' with tables of their own included): a record created or
// updated, and an INSERT or UPDATE run as SQL, is refused when it holds
// what is not text; and every statement's driver error reaches its
// caller as the store's (see storeError).
func registerChecks(db *gorm.DB) error {
	record := func(db *gorm.DB) {
		if db.Error == nil {
			_ = db.AddError(plaintext.CheckAll(recordNoun(db.Statement.Table), db.Statement.Dest))
		}
	}
	// A DELETE or a SELECT may name a value already stored, which must
	// stay possible to find and take away; only what is written is
	// checked.
	exec := func(db *gorm.DB) {
		sql := strings.ToUpper(strings.TrimSpace(db.Statement.SQL.String()))
		if db.Error == nil && (strings.HasPrefix(sql, "INSERT") || strings.HasPrefix(sql, "UPDATE")) {
			_ = db.AddError(plaintext.CheckAll("", db.Statement.Vars))
		}
	}
	named := func(db *gorm.DB) { db.Error = storeError(db.Error) }
	cb := db.Callback()
	return errors.Join(
		cb.Create().Before("gorm:create").Register("quotetrail:text", record),
		cb.Update().Before("gorm:update").Register("quotetrail:text", record),
		cb.Raw().Before("gorm:raw").Register("quotetrail:text", exec),
		// INSERT … RETURNING, read back through Raw(…).Scan.
		cb.Row().Before("gorm:row").Register("quotetrail:text", exec),
		cb.Create().After("*").Register("quotetrail:errors", named),
		cb.Update().After("*").Register("quotetrail:errors", named),
		cb.Delete().After("*").Register("quotetrail:errors", named),
		cb.Query().After("*").Register("quotetrail:errors", named),
		cb.Row().After("*").Register("quotetrail:errors", named),
		cb.Raw().After("*").Register("quotetrail:errors", named),
	)
}

// recordNoun is what one row of table is called: "person" for people.
func recordNoun(table string) string {
	if table == "people" {
		return "person"
	}
	return strings.ReplaceAll(strings.TrimSuffix(table, "s"), "_", " ")
}
