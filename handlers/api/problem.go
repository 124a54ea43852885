package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sort"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/models"
)

// ProblemType is the content type of RFC 9457 problem details.
const ProblemType = "application/problem+json"

// Problem is an answer in RFC 9457 problem details: what went wrong,
// for a person, and, for input that was refused, which fields and why
// (the same messages the forms show beside their fields).
type Problem struct {
	Type   string       `json:"type"`
	Title  string       `json:"title"`
	Status int          `json:"status"`
	Detail string       `json:"detail"`
	Errors []FieldError `json:"errors,omitempty"`
	// CurrentVersion is the record's version when a save was refused
	// because the record moved on since the version sent.
	CurrentVersion int `json:"current_version,omitempty"`
}

// FieldError is one field refused, named as in the request.
type FieldError struct {
	Field  string `json:"field"`
	Detail string `json:"detail"`
}

// Error is a request the API refuses with status and a message, and the
// fields that were wrong: the central error handler answers it.
type Error struct {
	Status int
	Detail string
	Fields models.FieldErrors
}

func (e *Error) Error() string {
	if len(e.Fields) > 0 {
		return fmt.Sprintf("%d %s: %s", e.Status, e.Detail, e.Fields.Error())
	}
	return fmt.Sprintf("%d %s", e.Status, e.Detail)
}

// badField refuses a request for one field's value.
func badField(field, detail string) *Error {
	return &Error{Status: http.StatusBadRequest, Detail: "“" + field + "” cannot be used. " + detail, Fields: models.FieldErrors{field: detail}}
}

// NewProblem is the problem details of a refusal; fields may be nil.
func NewProblem(status int, detail string, fields models.FieldErrors) Problem {
	p := Problem{Type: "about:blank", Title: http.StatusText(status), Status: status, Detail: detail}
	names := make([]string, 0, len(fields))
	for f := range fields {
		names = append(names, f)
	}
	sort.Strings(names)
	for _, f := range names {
		p.Errors = append(p.Errors, FieldError{Field: f, Detail: fields[f]})
	}
	return p
}

// WriteProblem answers with problem details.
func WriteProblem(c echo.Context, p Problem) error {
	b, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("encode problem details: %w", err)
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.Blob(p.Status, ProblemType, b)
}
