package models

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/plaintext"
)

// ErrNotFound is returned when a record asked for does not exist.
var ErrNotFound = errors.New("not found")

// ErrDuplicate is a write the database refused because another record
// already holds the same unique key.
var ErrDuplicate = errors.New("already exists")

// ErrReference is a write the database refused because a record would
// refer to one that does not exist, or one still referred to would go.
var ErrReference = errors.New("broken reference")

// errSearchSyntax is a search expression the full-text index refused.
var errSearchSyntax = errors.New("the search index refused the expression")

// storeError is err with the store's own name for it, when it is a
// driver's error the store names (see errors_sqlite.go and
// errors_postgres.go): errors.Is finds both the store's error and the
// driver's, and the message stays the driver's. Any other error comes
// back as it is.
func storeError(err error) error {
	var named *namedError
	if err == nil || errors.As(err, &named) {
		return err
	}
	kind := sqliteError(err)
	if kind == nil {
		kind = postgresError(err)
	}
	if kind == nil {
		return err
	}
	return &namedError{err: err, kind: kind}
}

// namedError is a driver's error and the store's name for it.
type namedError struct{ err, kind error }

func (e *namedError) Error() string   { return e.err.Error() }
func (e *namedError) Unwrap() []error { return []error{e.err, e.kind} }

// notFound turns gorm's record-not-found into ErrNotFound with context.
// So does a key the database could never hold (plaintext.ErrNotText): SQLite looks
// such a key up and finds nothing, and the two engines answer alike.
func notFound(err error, what string) error {
	err = storeError(err)
	if errors.Is(err, gorm.ErrRecordNotFound) || errors.Is(err, plaintext.ErrNotText) {
		return fmt.Errorf("%s: %w", what, ErrNotFound)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// InUseError refuses a delete that would leave other records pointing at
// nothing. Its message is written for the person who asked.
type InUseError struct {
	Message string
}

func (e *InUseError) Error() string { return e.Message }

// FieldErrors names what is wrong with a record, field by field; the
// messages are meant for the person filling in the form.
type FieldErrors map[string]string

// Add records a problem with field unless one is already recorded.
func (fe FieldErrors) Add(field, msg string) {
	if _, ok := fe[field]; !ok {
		fe[field] = msg
	}
}

// Error lists every problem, in field order, so logs and CLI output read
// the same every time.
func (fe FieldErrors) Error() string {
	keys := make([]string, 0, len(fe))
	for k := range fe {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ": " + fe[k]
	}
	return "invalid input: " + strings.Join(parts, "; ")
}

// Err returns fe as an error, or nil when there is nothing in it.
func (fe FieldErrors) Err() error {
	if len(fe) == 0 {
		return nil
	}
	return fe
}

// AsFieldErrors unwraps err into FieldErrors when it is one.
func AsFieldErrors(err error) (FieldErrors, bool) {
	var fe FieldErrors
	if errors.As(err, &fe) {
		return fe, true
	}
	if dup, ok := errors.AsType[*DuplicateQuoteError](err); ok {
		return FieldErrors{"text": dup.Error()}, true
	}
	return nil, false
}

// DuplicateQuoteError refuses a quote whose words, speaker and article
// are those of quote ID (see package fingerprint).
type DuplicateQuoteError struct{ ID int64 }

func (e *DuplicateQuoteError) Error() string {
	return fmt.Sprintf("These words by this speaker are already saved in this article, as quote %d.", e.ID)
}
func (e *DuplicateQuoteError) Unwrap() error { return ErrDuplicate }
