package models

import (
	"errors"
	"strings"

	"github.com/mattn/go-sqlite3"
)

// sqliteError is the store's error for an error of SQLite's driver, or
// nil when err is none that the store names.
func sqliteError(err error) error {
	var e sqlite3.Error
	if !errors.As(err, &e) {
		return nil
	}
	switch {
	case e.ExtendedCode == sqlite3.ErrConstraintUnique || e.ExtendedCode == sqlite3.ErrConstraintPrimaryKey:
		return ErrDuplicate
	case e.ExtendedCode == sqlite3.ErrConstraintForeignKey:
		return ErrReference
	case strings.Contains(e.Error(), "fts5"):
		// FTS5 reports a MATCH it cannot parse as a plain SQLITE_ERROR
		// whose message names it.
		return errSearchSyntax
	}
	return nil
}
