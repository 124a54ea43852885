// Package api answers quotetrail's JSON REST API under /api/v1: reads of
// people, outlets, articles, quotes and topics, searches, histories and
// exports for everyone, and writes for editors through the same store
// code (and so the same checks and history) as the forms. Its document,
// OpenAPI 3.1, is openapi.json, served at /api/v1/openapi.json and shown
// at /api/docs. Refusals are returned as *Error (or the store's own
// errors) for the app's central error handler to answer as RFC 9457
// problem details.
package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/models"
)

// API holds the handlers of each resource.
type API struct {
	People   *People
	Outlets  *Outlets
	Articles *Articles
	Quotes   *Quotes
	Topics   *Topics
	Search   *Search
	History  *History
	Export   *Export
	Docs     *Docs
}

// New returns the API's handlers over store.
func New(store *models.Store) (*API, error) {
	s := search.New(store)
	docs, err := newDocs()
	if err != nil {
		return nil, err
	}
	return &API{
		People:   &People{store: store, search: s},
		Outlets:  &Outlets{store: store, search: s},
		Articles: &Articles{store: store, search: s},
		Quotes:   &Quotes{store: store, search: s},
		Topics:   &Topics{store: store},
		Search:   &Search{store: store, search: s},
		History:  &History{store: store},
		Export:   &Export{},
		Docs:     docs,
	}, nil
}

// byRef loads the record a path's :ref names: its ID when it is all
// digits, else its slug.
func byRef[M any](c echo.Context, byID func(context.Context, int64) (*M, error), bySlug func(context.Context, string) (*M, error)) (*M, error) {
	ref := c.Param("ref")
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		if id <= 0 {
			return nil, notFound(ref)
		}
		return byID(c.Request().Context(), id)
	}
	return bySlug(c.Request().Context(), ref)
}

// idParam reads a path's numeric :id; anything else names nothing.
func idParam(c echo.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, notFound(c.Param("id"))
	}
	return id, nil
}

func notFound(ref string) error {
	return &Error{Status: http.StatusNotFound, Detail: fmt.Sprintf("There is nothing called %q here.", ref)}
}

// unknownFilter refuses a list filter that names nothing.
func unknownFilter(err error, field string) error {
	if errors.Is(err, models.ErrNotFound) {
		return badField(field, "Nothing in quotetrail is called that.")
	}
	return err
}
