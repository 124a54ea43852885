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

// ErrBadText is a write refused because a value is not text. The error
// that wraps it is a *TextError naming the field.
var ErrBadText = errors.New("not text")

// TextError names the field whose value is not text and what is wrong
// with it, in words for the person who sent it.
type TextError struct {
	Field   string // "person name", "quote text"; "" when not known
	Problem string // "holds a NUL character (U+0000), which is not text"
}

func (e *TextError) Error() string {
	if e.Field == "" {
		return "a value " + e.Problem
	}
	return e.Field + " " + e.Problem
}
func (e *TextError) Unwrap() error { return ErrBadText }

// CheckText refuses s, the value of field, when it is not text. It is
// the one check every path that writes text shares; the bulk paths
// (import, restore), which write with SQL of their own, call it too.
func CheckText(field, s string) error {
	if p := plaintext.Problem(s); p != "" {
		return &TextError{Field: field, Problem: p}
	}
	return nil
}

// checkText refuses rec when any string in it is not text, naming the
// field; label names rec (see plaintext.Find).
func checkText(label string, rec any) error {
	if field, p := plaintext.Find(label, rec); p != "" {
		return &TextError{Field: field, Problem: p}
	}
	return nil
}

// write is tx for a write of rec, whose text is checked first, before
// any statement: a lookup of a value that is not text would find nothing
// on SQLite but fail on PostgreSQL, and there leave the transaction
// unable to go on.
func (s *Store) write(ctx context.Context, label string, rec any, fn func(tx *gorm.DB) error) error {
	if err := checkText(label, rec); err != nil {
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
			_ = db.AddError(checkText(recordNoun(db.Statement.Table), db.Statement.Dest))
		}
	}
	// A DELETE or a SELECT may name a value already stored, which must
	// stay possible to find and take away; only what is written is
	// checked.
	exec := func(db *gorm.DB) {
		sql := strings.ToUpper(strings.TrimSpace(db.Statement.SQL.String()))
		if db.Error == nil && (strings.HasPrefix(sql, "INSERT") || strings.HasPrefix(sql, "UPDATE")) {
			_ = db.AddError(checkText("", db.Statement.Vars))
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
