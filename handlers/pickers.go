package handlers

import (
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/labstack/echo/v4"
)

// suggestions is how many matches a picker offers.
const suggestions = 10

// personSuggestion is one speaker offered by the speaker pickers.
type personSuggestion struct {
	Name   string `json:"name"`
	Slug   string `json:"slug"`
	Kind   string `json:"kind"`
	Quotes int    `json:"quotes"`
}

// SuggestPeople answers the speaker pickers: GET /api/v1/suggest/people?q=kh.
func (h *Handler) SuggestPeople(c echo.Context) error {
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
	return pickerJSON(c, out)
}

// outletSuggestion is one outlet offered by the outlet pickers.
type outletSuggestion struct {
	Name     string `json:"name"`
	Slug     string `json:"slug"`
	Kind     string `json:"kind"`
	Articles int    `json:"articles"`
}

// SuggestOutlets answers the outlet pickers: GET /api/v1/suggest/outlets?q=np.
func (h *Handler) SuggestOutlets(c echo.Context) error {
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

// SuggestArticles answers the article picker: GET /api/v1/suggest/articles?q=fined.
func (h *Handler) SuggestArticles(c echo.Context) error {
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
