package handlers

import (
	"cmp"
	"errors"
	"html/template"
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/nearnames"
	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/internal/search/query"
	"github.com/quotetrail/quotetrail/internal/slugs"
	"github.com/quotetrail/quotetrail/models"
)

// searchHit is a found quote as the "quote-item" partial shows it. Its
// Text, the highlighted snippet, shadows the quote's own Text, so the
// partial shows the snippet in the same place and look.
type searchHit struct {
	models.QuoteView
	Text template.HTML
}

type searchPage struct {
	Base
	Form     forms.Search
	Notes    []string // how the query or the filters were cleaned up
	Message  string   // why there are no results, when it is not obvious
	Searched bool
	// All is set for the list of every quote: a search with nothing in it.
	All  bool
	Hits []searchHit
	// Near are the speakers a search that found nothing may have meant.
	Near     []nearnames.Candidate
	Total    int64
	MoreThan bool // more than Total match
	Ranked   bool
	Window   int64
	Pager    Pager
	// Outlets and Vias are the outlet selects' options.
	Outlets, Vias template.HTML
	Topics        []models.Topic
	Kinds         []string
	Statuses      []string
	Sorts         []string
	Exports       []ExportLink
	Feed          string // the address of the search's feed
}

// ShowSearch is full-text search over quotes, speakers, articles and
// outlets, with filters; GET /search?q=... so every search has an address.
func (h *Handler) ShowSearch(c echo.Context) error {
	ctx := c.Request().Context()
	var f forms.Search
	if err := (&echo.DefaultBinder{}).BindQueryParams(c, &f); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "That search address is malformed.")
	}
	data := searchPage{Base: h.base(c, "Search", "search"), Kinds: models.QuoteKinds, Statuses: models.QuoteStatuses, Sorts: search.Sorts, Window: search.RankWindow}
	for _, msg := range f.Validate() {
		data.Notes = append(data.Notes, msg)
	}
	data.Form = f
	var err error
	outlets, err := h.store.Outlets(ctx)
	if err != nil {
		return err
	}
	data.Outlets, data.Vias = forms.OutletOptions(outlets, f.Outlet), forms.OutletOptions(outlets, f.Via)
	if data.Topics, err = h.store.Topics(ctx); err != nil {
		return err
	}
	if data.All = f.Empty(); data.All {
		data.Title, f.Sort = "All quotes", cmp.Or(f.Sort, search.SortNewest)
	}
	if f.Q != "" {
		data.Title = "Search: " + f.Q
	}
	q, notes, err := h.searchQuery(c, f)
	if err != nil {
		return err
	}
	q.All = data.All
	data.Notes = append(data.Notes, notes...)
	p := page(c)
	res, err := h.search.Search(ctx, q, p)
	var qerr *search.QueryError
	switch {
	case errors.As(err, &qerr):
		data.Message = qerr.Message
	case err != nil:
		return err
	}
	data.Notes = append(data.Notes, res.Query.Notes...)
	if f.Q != "" && res.Query.Expr == "" && data.Message == "" {
		data.Notes = append(data.Notes, "Nothing in “"+f.Q+"” can be searched for: type a word or “a phrase”.")
	}
	data.Searched = true
	if f.Q != "" && res.Total == 0 && data.Message == "" && f.Person == "" {
		if data.Near, err = h.search.NearSpeakers(ctx, f.Q, 3); err != nil {
			return err
		}
	}
	sel := url.Values{
		"q": {f.Q}, "person": {f.Person}, "outlet": {f.Outlet}, "via": {f.Via}, "topic": {f.Topic},
		"kind": {f.Kind}, "status": {f.Status}, "from": {f.From}, "to": {f.To},
	}
	data.Exports = exportLinks(sel)
	data.Feed = searchFeedURL(sel)
	if data.All {
		data.Feed = "/feed.atom" // every quote: the site's own feed
	}
	data.Total, data.MoreThan, data.Ranked = res.Total, res.MoreThan, res.Ranked
	data.Pager = pager(c, p, res.Total)
	for _, hit := range res.Hits {
		data.Hits = append(data.Hits, searchHit{QuoteView: hit.QuoteView, Text: template.HTML(query.SnippetHTML(hit.Snippet))})
	}
	return c.Render(http.StatusOK, "search", data)
}

// searchQuery resolves a search form's names and slugs into the query
// the searcher runs, with notes on what could not be found.
func (h *Handler) searchQuery(c echo.Context, f forms.Search) (search.Query, []string, error) {
	q := search.Query{Text: f.Q, Kind: f.Kind, Status: f.Status, From: f.From, To: f.To, Sort: f.Sort}
	var notes []string
	var err error
	if q.PersonID, notes, err = h.searchPerson(c, f.Person); err != nil {
		return q, nil, err
	}
	if q.OutletID, err = h.searchOutlet(c, f.Outlet); err != nil {
		return q, nil, err
	}
	if q.ViaOutletID, err = h.searchOutlet(c, f.Via); err != nil {
		return q, nil, err
	}
	if f.Topic != "" {
		t, err := slugs.Find(c.Request().Context(), h.store, slugs.Topic, f.Topic, h.store.TopicBySlug)
		switch {
		case errors.Is(err, models.ErrNotFound):
			q.TopicID = -1
		case err != nil:
			return q, nil, err
		default:
			q.TopicID = t.ID
		}
	}
	return q, notes, nil
}

// searchPerson resolves the person filter: a name or alias as typed, else
// a slug. An unknown person matches nothing, and the note says so.
func (h *Handler) searchPerson(c echo.Context, name string) (int64, []string, error) {
	if name == "" {
		return 0, nil, nil
	}
	ctx := c.Request().Context()
	p, err := h.store.FindPerson(ctx, name)
	if errors.Is(err, models.ErrNotFound) {
		p, err = slugs.Find(ctx, h.store, slugs.Person, name, h.store.PersonBySlug)
	}
	switch {
	case errors.Is(err, models.ErrNotFound):
		return -1, []string{"There is no one called “" + name + "”, so nothing matches."}, nil
	case err != nil:
		return 0, nil, err
	}
	return p.ID, nil, nil
}

func (h *Handler) searchOutlet(c echo.Context, slug string) (int64, error) {
	if slug == "" {
		return 0, nil
	}
	o, err := slugs.Find(c.Request().Context(), h.store, slugs.Outlet, slug, h.store.OutletBySlug)
	switch {
	case errors.Is(err, models.ErrNotFound):
		return -1, nil
	case err != nil:
		return 0, err
	}
	return o.ID, nil
}

// SearchQuery resolves a search form into the query the searcher runs,
// as the search page does, for pages about a search's quotes.
func (h *Handler) SearchQuery(c echo.Context, f forms.Search) (search.Query, []string, error) {
	return h.searchQuery(c, f)
}
