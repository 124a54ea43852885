// Package dashboard answers "who gets quoted, and how often?": the
// dashboards of the whole site, an outlet, a topic and a search, drawn on
// the server as SVG charts with their numbers beside them.
package dashboard

import (
	"net/http"
	"net/url"
	"slices"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers"
	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/internal/stats"
	"github.com/quotetrail/quotetrail/models"
)

// Resolver turns a search form into the query the searcher runs, with
// notes on what it could not find (handlers.Handler.SearchQuery).
type Resolver func(echo.Context, forms.Search) (search.Query, []string, error)

// Handler serves the dashboards.
type Handler struct {
	store   *models.Store
	stats   *stats.Reader
	search  *search.Searcher
	resolve Resolver
}

// New is the dashboards' handler over store; resolve reads search forms
// as the search page does.
func New(store *models.Store, resolve Resolver) *Handler {
	return &Handler{store: store, stats: stats.New(store), search: search.New(store), resolve: resolve}
}

// page is what the dashboard template shows.
type page struct {
	handlers.Base
	// Scope names what is counted, as the charts' text uses it: "on
	// quotetrail", "in NPR", "about privacy", "in this search".
	Scope string
	Lede  string
	Dash  *stats.Dashboard
	// Back leads to the page the dashboard is about; BackLabel names it.
	Back, BackLabel string
	// Search is set on a search's dashboard: its form, for the filters
	// shown, and notes on how it was read.
	Search  *forms.Search
	Notes   []string
	Message string
}

// render computes the dashboard of scope and shows it.
func (h *Handler) render(c echo.Context, p page, scope stats.Scope) error {
	d, err := h.stats.Dashboard(c.Request().Context(), scope)
	switch {
	case models.SearchRefused(err):
		p.Message = "That search could not be understood. Try plain words, “a phrase”, word*, AND, OR or NOT."
		d = &stats.Dashboard{}
	case err != nil:
		return err
	}
	p.Dash = d
	return c.Render(http.StatusOK, "dashboard", p)
}

// ShowSite is the whole site's dashboard: GET /dashboard.
func (h *Handler) ShowSite(c echo.Context) error {
	p := page{
		Base:  handlers.PageBase(c, "Who gets quoted", "dashboard", "Who gets quoted on quotetrail, and how often: quotes over time, the most quoted people and organisations, and their shares."),
		Scope: "on quotetrail", Lede: "Every quote on quotetrail, counted.",
		Back: "/people", BackLabel: "Everyone quoted, A to Z",
	}
	return h.render(c, p, stats.Scope{})
}

// ShowOutlet is an outlet's dashboard: the quotes printed in it.
func (h *Handler) ShowOutlet(c echo.Context) error {
	o, err := h.store.OutletBySlug(c.Request().Context(), c.Param("slug"))
	if err != nil {
		return err
	}
	p := page{
		Base:  handlers.PageBase(c, "Who gets quoted in "+o.Name, "outlets", "Who gets quoted in "+o.Name+", and how often."),
		Scope: "in " + o.Name, Lede: "The quotes printed in " + o.Name + "’s articles, counted.",
		Back: "/outlets/" + url.PathEscape(o.Slug), BackLabel: o.Name + "’s quotes",
	}
	return h.render(c, p, stats.Scope{OutletID: o.ID})
}

// ShowTopic is a topic's dashboard.
func (h *Handler) ShowTopic(c echo.Context) error {
	t, err := h.store.TopicBySlug(c.Request().Context(), c.Param("slug"))
	if err != nil {
		return err
	}
	p := page{
		Base:  handlers.PageBase(c, "Who gets quoted on "+t.Name, "topics", "Who gets quoted on "+t.Name+", and how often."),
		Scope: "on " + t.Name, Lede: "The quotes filed under " + t.Name + ", counted.",
		Back: "/topics/" + url.PathEscape(t.Slug), BackLabel: "The quotes on " + t.Name,
	}
	return h.render(c, p, stats.Scope{TopicID: t.ID})
}

// ShowSearch is a search's dashboard: GET /search/dashboard with the
// search page's query and filters.
func (h *Handler) ShowSearch(c echo.Context) error {
	var f forms.Search
	if err := (&echo.DefaultBinder{}).BindQueryParams(c, &f); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "That search address is malformed.")
	}
	var notes []string
	for _, msg := range f.Validate() {
		notes = append(notes, msg)
	}
	slices.Sort(notes)
	if f.Empty() {
		return c.Redirect(http.StatusSeeOther, "/dashboard")
	}
	q, more, err := h.resolve(c, f)
	if err != nil {
		return err
	}
	sel := searchValues(f)
	title := "Who gets quoted in this search"
	if f.Q != "" {
		title = "Who gets quoted: " + f.Q
	}
	p := page{
		Base:  handlers.PageBase(c, title, "search", "Who gets quoted in the quotes a search finds.", "q", "person", "outlet", "via", "topic", "kind", "status", "from", "to"),
		Scope: "in this search", Lede: "The quotes this search finds, counted.",
		Back: "/search?" + sel.Encode(), BackLabel: "The quotes this search finds",
		Search: &f, Notes: append(notes, more...),
	}
	return h.render(c, p, stats.Scope{Search: h.search.MatchNewest(q, stats.Limit+1)})
}

// searchValues is the search's address query, without empty fields.
func searchValues(f forms.Search) url.Values {
	v := url.Values{}
	for k, s := range map[string]string{
		"q": f.Q, "person": f.Person, "outlet": f.Outlet, "via": f.Via, "topic": f.Topic,
		"kind": f.Kind, "status": f.Status, "from": f.From, "to": f.To,
	} {
		if s != "" {
			v.Set(k, s)
		}
	}
	return v
}
