package models

import (
	"errors"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/quotetrail/quotetrail/internal/plaintext"
)

// PostgreSQL's error codes (SQLSTATE) that the store names.
const (
	pgUniqueViolation     = "23505"
	pgForeignKeyViolation = "23503"
	// pgInvalidText is text the database's encoding cannot hold
	// (character_not_in_repertoire): a NUL byte, bytes not UTF-8.
	pgInvalidText = "22021"
)

// postgresError is the store's error for an error of PostgreSQL, or nil
// when err is none that the store names.
func postgresError(err error) error {
	var e *pgconn.PgError
	if !errors.As(err, &e) {
		return nil
	}
	switch {
	case e.Code == pgUniqueViolation:
		return ErrDuplicate
	case e.Code == pgForeignKeyViolation:
		return ErrReference
	case e.Code == pgInvalidText:
		return plaintext.ErrNotText
	case strings.Contains(e.Message, "tsquery"):
		// A tsquery that does not parse is a plain syntax error
		// (42601) whose message names it.
		return errSearchSyntax
	}
	return nil
}
