package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/models"
)

// readJSON decodes the request's JSON body into v, refusing fields v
// does not have, so a misspelt field is named rather than ignored.
func readJSON(c echo.Context, v any) error {
	mediaType, _, err := mime.ParseMediaType(c.Request().Header.Get(echo.HeaderContentType))
	if err != nil || (mediaType != echo.MIMEApplicationJSON && !strings.HasSuffix(mediaType, "+json")) {
		return &Error{Status: http.StatusUnsupportedMediaType, Detail: "Send the record as JSON, with Content-Type: application/json."}
	}
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	err = dec.Decode(v)
	if err == nil && dec.More() {
		err = errors.New("more follows the record")
	}
	var typeErr *json.UnmarshalTypeError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &typeErr) && typeErr.Field != "":
		return badField(typeErr.Field, fmt.Sprintf("It holds a JSON %s where %s belongs.", typeErr.Value, jsonKind(typeErr.Type.String())))
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		field := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return badField(field, "There is no such field in this record.")
	default:
		return &Error{Status: http.StatusBadRequest, Detail: "The body is not one JSON object: " + err.Error() + "."}
	}
}

// jsonKind names a Go type as the JSON a client sends for it.
func jsonKind(goType string) string {
	goType = strings.TrimPrefix(goType, "*")
	switch {
	case goType == "string":
		return "a string"
	case goType == "bool":
		return "true or false"
	case strings.HasPrefix(goType, "int"):
		return "a whole number"
	case strings.HasPrefix(goType, "[]"):
		return "an array"
	}
	return "an object"
}

// lines joins a list the way the forms' text areas take it, one item a
// line.
func lines(items []string) string { return strings.Join(items, "\n") }

// needVersion refuses an update that does not say which version of the
// record it was made from.
func needVersion(v *int) (int, error) {
	if v == nil {
		return 0, models.FieldErrors{"version": "Send the version of the record your change was made from (its “version”), so that a newer edit is never overwritten."}
	}
	return *v, nil
}

// set copies an optional field sent in a request over a form's field.
func set[T any](to *T, from *T) {
	if from != nil {
		*to = *from
	}
}

// maxNameQuery is the most of ?q= a name match looks at, in bytes: no
// name or title runs longer.
const maxNameQuery = 200

// nameQuery is ?q= of a list that matches names or titles, cut to
// maxNameQuery at a character's boundary; has tells whether one was sent.
func nameQuery(c echo.Context) (q string, has bool, err error) {
	q = strings.TrimSpace(c.QueryParam("q"))
	if !utf8.ValidString(q) || strings.ContainsRune(q, 0) {
		return "", false, badField("q", "It holds characters that are not text (a NUL byte or bytes that are not UTF-8).")
	}
	if len(q) > maxNameQuery {
		cut := maxNameQuery
		for cut > 0 && !utf8.RuneStart(q[cut]) {
			cut--
		}
		q = q[:cut]
	}
	return q, q != "", nil
}

// deleteContext is the request's context with the editor's note on why
// (?summary=), for the revision a delete writes.
func deleteContext(c echo.Context) context.Context {
	summary := strings.Join(strings.Fields(c.QueryParam("summary")), " ")
	if r := []rune(summary); len(r) > 300 {
		summary = string(r[:300])
	}
	return history.WithSummary(c.Request().Context(), summary)
}

// renamed is fe with the form's field names put as the API names them.
func renamed(fe models.FieldErrors, names map[string]string) models.FieldErrors {
	out := models.FieldErrors{}
	for f, msg := range fe {
		if n, ok := names[f]; ok {
			f = n
		}
		out.Add(f, msg)
	}
	return out
}

// renamedErr is err with its field errors renamed, when it has any.
func renamedErr(err error, names map[string]string) error {
	if fe, ok := models.AsFieldErrors(err); ok {
		return renamed(fe, names)
	}
	return err
}
