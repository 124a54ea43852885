// Package pickers answers the form pickers: the JSON lists of speakers,
// outlets and articles a form offers as an editor types
// (/api/v1/people?q=kh and its siblings).
package pickers

import (
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/nearnames"
	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/models"
)

// Handler answers the pickers from the store and its searcher.
type Handler struct {
	store  *models.Store
	search *search.Searcher
}

// New is the pickers' handler over store.
func New(store *models.Store) *Handler {
	return &Handler{store: store, search: search.New(store)}
}

// suggestions is how many matches a picker offers.
const suggestions = 10

// personSuggestion is one speaker offered by the speaker pickers.
type personSuggestion struct {
	Name   string `json:"name"`
	Slug   string `json:"slug"`
	Kind   string `json:"kind"`
	Quotes int    `json:"quotes"`
	// Near marks a name offered because the one typed may be a slip for
	// it ("Lina Kahn"), not because it starts so.
	Near bool `json:"near,omitempty"`
}

// People answers the speaker pickers: GET /api/v1/suggest/people?q=kh.
func (h *Handler) People(c echo.Context) error {
	typed, err := pickerQuery(c)
	if err != nil {
		return err
	}
	people, err := h.search.SuggestPeople(c.Request().Context(), typed, suggestions)
	if err != nil {
		return err
	}
	out := make([]personSuggestion, 0, len(people))
	for _, p := range people {
		out = append(out, personSuggestion{Name: p.Name, Slug: p.Slug, Kind: p.Kind, Quotes: p.QuoteCount})
	}
	if len(out) == 0 && utf8.RuneCountInString(typed) >= 4 {
		// No name starts so: offer those it may be a slip for.
		near, err := nearnames.People(c.Request().Context(), h.store, typed, nearnames.Suggestions)
		if err != nil {
			return err
		}
		for _, p := range near {
			out = append(out, personSuggestion{Name: p.Name, Slug: p.Slug, Near: true})
		}
	}
	return pickerJSON(c, out)
}

// outletSuggestion is one outlet offered by the outlet pickers.
type outletSuggestion struct {
	Name     string `json:"name"`
	Slug     string `json:"slug"`
	Kind     string `json:"kind"`
	Articles int    `json:"articles"`
}

// Outlets answers the outlet pickers: GET /api/v1/suggest/outlets?q=np.
func (h *Handler) Outlets(c echo.Context) error {
	typed, err := pickerQuery(c)
	if err != nil {
		return err
	}
	outlets, err := h.search.SuggestOutlets(c.Request().Context(), typed, suggestions)
	if err != nil {
		return err
	}
	out := make([]outletSuggestion, 0, len(outlets))
	for _, o := range outlets {
		out = append(out, outletSuggestion{Name: o.Name, Slug: o.Slug, Kind: o.Kind, Articles: o.ArticleCount})
	}
	return pickerJSON(c, out)
}

// articleSuggestion is one article offered by the article picker.
type articleSuggestion struct {
	ID        int64  `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published,omitempty"`
}

// Articles answers the article picker: GET /api/v1/suggest/articles?q=fined.
func (h *Handler) Articles(c echo.Context) error {
	typed, err := pickerQuery(c)
	if err != nil {
		return err
	}
	articles, err := h.search.SuggestArticles(c.Request().Context(), typed, suggestions)
	if err != nil {
		return err
	}
	out := make([]articleSuggestion, 0, len(articles))
	for _, a := range articles {
		s := articleSuggestion{ID: a.ID, Title: a.Title, Outlet: a.OutletName}
		if a.PublishedOn != nil {
			s.Published = a.PublishedOn.Format(time.DateOnly)
		}
		out = append(out, s)
	}
	return pickerJSON(c, out)
}

// maxPickerQuery is the most of what was typed into a picker that is
// looked up, in bytes: no name or title runs longer, and a 60 KB pattern
// is more than SQLite's LIKE will take.
const maxPickerQuery = 200

// pickerQuery is what was typed into a picker (q), cut to maxPickerQuery
// at a character's boundary. Text that is not text (a NUL, bytes that
// are not UTF-8), which no engine can match, is a 400, which the central
// error handler answers with problem details, as for all of /api/.
func pickerQuery(c echo.Context) (string, error) {
	q := c.QueryParam("q")
	if !utf8.ValidString(q) || strings.ContainsRune(q, 0) {
		return "", echo.NewHTTPError(http.StatusBadRequest, "q holds characters that are not text (a NUL byte or bytes that are not UTF-8).")
	}
	if len(q) > maxPickerQuery {
		cut := maxPickerQuery
		for cut > 0 && !utf8.RuneStart(q[cut]) {
			cut--
		}
		q = q[:cut]
	}
	return q, nil
}

// pickerJSON answers with matches that may change with any write, so
// they are not cached.
func pickerJSON(c echo.Context, v any) error {
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.JSON(http.StatusOK, v)
}
