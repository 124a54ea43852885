package models

import (
	"errors"
	"sort"
	"strings"
)

// ErrNotFound is returned when a record asked for does not exist.
var ErrNotFound = errors.New("not found")

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
	return nil, false
}
