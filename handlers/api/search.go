package api

import (
	"errors"
	"net/http"
	"slices"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/internal/search/query"
	"github.com/quotetrail/quotetrail/models"
)

// Search answers /api/v1/search: the search page's full-text search.
type Search struct {
	store  *models.Store
	search *search.Searcher
}

// SearchHit is one quote found, with the passage that matched.
type SearchHit struct {
	Quote Quote `json:"quote"`
	// Snippet is the quote's text, or the passage of a long one around
	// the first match, as plain text.
	Snippet string `json:"snippet"`
	// SnippetHTML is the snippet escaped as HTML, the words searched for
	// in <mark> elements.
	SnippetHTML string `json:"snippet_html"`
}

// SearchResults is one page of a search.
type SearchResults struct {
	Items []SearchHit `json:"items"`
	// Total is how many quotes match, counted up to search.CountLimit;
	// MoreThan tells that more match.
	Total    int64    `json:"total"`
	MoreThan bool     `json:"more_than"`
	Ranked   bool     `json:"ranked"`
	Notes    []string `json:"notes"`
	Next     *string  `json:"next"`
}

// Find runs a search: ?q= and the search page's filters and ?sort=.
func (h *Search) Find(c echo.Context) error {
	p, err := readPaging(c, "search")
	if err != nil {
		return err
	}
	// Relevance ranks the newest search.RankWindow matches and the pages
	// after them go newest first: a page must not straddle the two.
	for search.RankWindow%p.Size != 0 {
		p.Size--
	}
	sel, err := quoteFilter(c)
	if err != nil {
		return err
	}
	sort := c.QueryParam("sort")
	if sort == "" {
		sort = search.SortRelevance
	}
	if !slices.Contains(search.Sorts, sort) {
		return badField("sort", "Use one of "+strings.Join(search.Sorts, ", ")+".")
	}
	f, err := resolve(c, h.store, sel)
	if err != nil {
		return err
	}
	q := search.Query{
		Text: strings.TrimSpace(sel.Query), PersonID: f.PersonID, OutletID: f.OutletID, ViaOutletID: f.ViaOutletID, TopicID: f.TopicID,
		Kind: sel.Kind, Status: sel.Status, From: sel.From, To: sel.To, Sort: sort,
	}
	res, err := h.search.Search(c.Request().Context(), q, models.Page{Number: p.Offset/p.Size + 1, Size: p.Size})
	var qerr *search.QueryError
	if errors.As(err, &qerr) {
		return badField("q", qerr.Message)
	}
	if err != nil {
		return err
	}
	out := SearchResults{Items: []SearchHit{}, Total: res.Total, MoreThan: res.MoreThan, Ranked: res.Ranked, Notes: append([]string{}, res.Query.Notes...)}
	l := linksFor(c)
	for i := range res.Hits {
		hit := &res.Hits[i]
		out.Items = append(out.Items, SearchHit{Quote: l.quote(&hit.QuoteView), Snippet: query.PlainSnippet(hit.Snippet), SnippetHTML: query.SnippetHTML(hit.Snippet)})
	}
	out.Next = nextLink(c, p.following(int64(p.Offset+len(res.Hits)) < res.Total))
	return sendJSON(c, http.StatusOK, out)
}
