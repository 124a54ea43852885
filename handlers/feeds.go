package handlers

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/atom"
	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/models"
)

// FeedSize is how many of the newest quotes a feed carries.
const FeedSize = 50

// feedTitleWords is how many words of a quote an entry's title shows.
const feedTitleWords = 12

// feedScope is what one feed is of: its title, the page it mirrors and
// when the record it follows last changed (zero for none).
type feedScope struct {
	title   string
	page    string // the HTML page's path and query
	self    string // the feed's own path and query
	changed time.Time
}

// SiteFeed is the newest quotes added anywhere: /feed.atom.
func (h *Handler) SiteFeed(c echo.Context) error {
	quotes, err := h.store.RecentQuotes(c.Request().Context(), FeedSize)
	if err != nil {
		return err
	}
	return writeFeed(c, feedScope{title: "quotetrail: latest quotes", page: "/", self: "/feed.atom"}, quotes)
}

// PersonFeed is a speaker's newest quotes, as their page lists them.
func (h *Handler) PersonFeed(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := h.store.PersonBySlug(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	quotes, err := h.newestQuotes(c, models.QuoteFilter{PersonID: p.ID})
	if err != nil {
		return err
	}
	path := "/people/" + p.Slug
	return writeFeed(c, feedScope{title: "Quotes by " + p.Name + " · quotetrail", page: path, self: path + "/feed.atom", changed: p.UpdatedAt}, quotes)
}

// OutletFeed is the newest quotes printed in an outlet's articles, or,
// with ?show=via as on its page, those that came through it.
func (h *Handler) OutletFeed(c echo.Context) error {
	ctx := c.Request().Context()
	o, err := h.store.OutletBySlug(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	path := "/outlets/" + o.Slug
	scope := feedScope{title: "Quotes in " + o.Name + " · quotetrail", page: path, self: path + "/feed.atom", changed: o.UpdatedAt}
	f := models.QuoteFilter{OutletID: o.ID}
	if c.QueryParam("show") == "via" {
		f = models.QuoteFilter{ViaOutletID: o.ID}
		scope.title = "Quotes via " + o.Name + " · quotetrail"
		scope.page += "?show=via"
		scope.self += "?show=via"
	}
	quotes, err := h.newestQuotes(c, f)
	if err != nil {
		return err
	}
	return writeFeed(c, scope, quotes)
}

// TopicFeed is the newest quotes filed under a topic.
func (h *Handler) TopicFeed(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := h.store.TopicBySlug(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	quotes, err := h.newestQuotes(c, models.QuoteFilter{TopicID: t.ID})
	if err != nil {
		return err
	}
	path := "/topics/" + t.Slug
	return writeFeed(c, feedScope{title: "Quotes on " + t.Name + " · quotetrail", page: path, self: path + "/feed.atom", changed: t.UpdatedAt}, quotes)
}

// SearchFeed is the newest quotes a search finds, with the search page's
// query language and filters: /search/feed.atom?q=... A feed is read by
// date, so it always comes newest first, whatever ?sort= says.
func (h *Handler) SearchFeed(c echo.Context) error {
	var f forms.Search
	if err := (&echo.DefaultBinder{}).BindQueryParams(c, &f); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "That search address is malformed.")
	}
	f.Validate()
	scope := feedScope{title: "Search: " + f.Q + " · quotetrail", page: "/search", self: "/search/feed.atom"}
	if f.Q == "" {
		scope.title = "Search · quotetrail"
	}
	if raw := c.Request().URL.RawQuery; raw != "" {
		scope.page += "?" + raw
		scope.self += "?" + raw
	}
	var quotes []models.QuoteView
	if !f.Empty() {
		q, _, err := h.searchQuery(c, f)
		if err != nil {
			return err
		}
		q.Sort = search.SortNewest
		res, err := h.search.Search(c.Request().Context(), q, models.Page{Number: 1, Size: FeedSize})
		var qerr *search.QueryError
		if err != nil && !errors.As(err, &qerr) {
			return err
		}
		// A query the index refuses finds nothing: the feed is empty,
		// as the page would be.
		for _, hit := range res.Hits {
			quotes = append(quotes, hit.QuoteView)
		}
	}
	return writeFeed(c, scope, quotes)
}

// newestQuotes is the first FeedSize quotes of a list page, without the
// count a page needs for its pager.
func (h *Handler) newestQuotes(c echo.Context, f models.QuoteFilter) ([]models.QuoteView, error) {
	slice, err := h.store.QuotesByKey(c.Request().Context(), f, models.QuoteCursor{Size: FeedSize})
	return slice.Quotes, err
}

// writeFeed answers with the quotes as an Atom feed. Its time is that of
// the newest change to an entry or to the record followed; it goes out as
// Last-Modified, and a client that has the feed from then or later gets a
// 304. A quote deleted does not move that time on, so the data version's
// ETag (set by the page cache) decides whenever a client sends it.
func writeFeed(c echo.Context, scope feedScope, quotes []models.QuoteView) error {
	base := baseURL(c)
	updated := scope.changed
	for _, q := range quotes {
		if q.UpdatedAt.After(updated) {
			updated = q.UpdatedAt
		}
	}
	res := c.Response()
	if !updated.IsZero() {
		res.Header().Set(echo.HeaderLastModified, updated.UTC().Format(http.TimeFormat))
		if NotModifiedSince(c.Request(), updated) {
			return c.NoContent(http.StatusNotModified)
		}
	} else {
		updated = time.Unix(0, 0)
	}
	feed := atom.Feed{
		ID: base + scope.self, Title: atom.Plain(scope.title), Updated: atom.Time(updated), Generator: "quotetrail",
		Links: []atom.Link{
			{Rel: "self", Type: "application/atom+xml", Href: base + scope.self},
			{Rel: "alternate", Type: "text/html", Href: base + scope.page},
		},
	}
	for _, q := range quotes {
		feed.Entries = append(feed.Entries, feedEntry(base, q))
	}
	var buf bytes.Buffer
	if err := atom.Write(&buf, feed); err != nil {
		return fmt.Errorf("write feed %s: %w", scope.self, err)
	}
	return c.Blob(http.StatusOK, atom.ContentType, buf.Bytes())
}

// feedEntry is one quote as a feed entry: its permalink is its id.
func feedEntry(base string, q models.QuoteView) atom.Entry {
	link := fmt.Sprintf("%s/quotes/%d", base, q.ID)
	published := atom.Time(q.CreatedAt)
	content := atom.Plain(q.Text)
	e := atom.Entry{
		ID: link, Title: atom.Plain(q.SpeakerName + ": " + firstWords(atom.Clean(q.Text), feedTitleWords)),
		Updated: atom.Time(q.UpdatedAt), Published: &published, Content: &content,
		Authors: []atom.Person{{Name: q.SpeakerName, URI: base + "/people/" + q.SpeakerSlug}},
		Links:   []atom.Link{{Rel: "alternate", Type: "text/html", Href: link}},
	}
	for _, t := range q.Topics {
		e.Categories = append(e.Categories, atom.Category{Term: t.Slug, Label: t.Name, Scheme: base + "/topics/"})
	}
	return e
}

// firstWords is the first n words of s, with an ellipsis when there are
// more.
func firstWords(s string, n int) string {
	words := strings.Fields(s)
	if len(words) <= n {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:n], " ") + "…"
}

// NotModifiedSince tells whether a conditional GET may be answered 304
// because the client's copy, by its If-Modified-Since, is as new as
// modified. If-None-Match, when sent, decides alone (RFC 9110 13.2.2).
func NotModifiedSince(r *http.Request, modified time.Time) bool {
	if r.Header.Get("If-None-Match") != "" {
		return false
	}
	since, err := http.ParseTime(r.Header.Get("If-Modified-Since"))
	if err != nil {
		return false
	}
	return !modified.Truncate(time.Second).After(since)
}

// searchFeedURL is the feed of the search the values select, leaving out
// those not set.
func searchFeedURL(sel url.Values) string {
	q := url.Values{}
	for k, v := range sel {
		if len(v) > 0 && v[0] != "" {
			q.Set(k, v[0])
		}
	}
	return "/search/feed.atom?" + q.Encode()
}
