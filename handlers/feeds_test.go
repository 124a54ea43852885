package handlers_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/importer"
	"github.com/quotetrail/quotetrail/models"
)

// parseFeed fetches path and reads it with a real feed parser, failing
// the test unless it is an Atom feed served as one.
func parseFeed(t *testing.T, app *apptest.App, path string) *gofeed.Feed {
	t.Helper()
	res := app.Get(path)
	if res.Status != http.StatusOK {
		t.Fatalf("GET %s: status %d\n%s", path, res.Status, res.Body)
	}
	if ct := res.Header.Get("Content-Type"); ct != "application/atom+xml; charset=utf-8" {
		t.Errorf("GET %s: Content-Type %q", path, ct)
	}
	feed, err := gofeed.NewParser().ParseString(res.Body)
	if err != nil {
		t.Fatalf("GET %s: not a feed: %v\n%s", path, err, res.Body)
	}
	if feed.FeedType != "atom" || feed.FeedVersion != "1.0" {
		t.Errorf("GET %s: feed type %s %s, want atom 1.0", path, feed.FeedType, feed.FeedVersion)
	}
	return feed
}

func TestFeeds(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	ctx := context.Background()
	const base = "http://example.com"
	list, err := app.Store.Quotes(ctx, models.QuoteFilter{}, models.Page{Number: 1, Size: 100})
	if err != nil || len(list.Quotes) == 0 {
		t.Fatalf("demo quotes: %v", err)
	}
	q := viaQuote(t, list.Quotes)
	count := func(f models.QuoteFilter) int {
		n, err := app.Store.CountQuotes(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		return int(n)
	}
	cases := []struct {
		path, page, titleHas string
		want                 int
	}{
		{"/feed.atom", "/", "latest quotes", len(list.Quotes)},
		{"/people/" + q.SpeakerSlug + "/feed.atom", "/people/" + q.SpeakerSlug, q.SpeakerName, count(models.QuoteFilter{PersonID: q.PersonID})},
		{"/outlets/" + q.ViaSlug + "/feed.atom?show=via", "/outlets/" + q.ViaSlug + "?show=via", q.ViaName, count(models.QuoteFilter{ViaOutletID: *q.ViaOutletID})},
		{"/outlets/" + q.ViaSlug + "/feed.atom", "/outlets/" + q.ViaSlug, q.ViaName, count(models.QuoteFilter{OutletID: *q.ViaOutletID})},
		{"/topics/" + q.Topics[0].Slug + "/feed.atom", "/topics/" + q.Topics[0].Slug, q.Topics[0].Name, count(models.QuoteFilter{TopicID: q.Topics[0].ID})},
		{"/search/feed.atom?q=%22security+purposes%22", "/search?q=%22security+purposes%22", "security purposes", 3},
		{"/search/feed.atom?q=security&person=Khan&sort=oldest", "/search?q=security&person=Khan&sort=oldest", "security", 2},
		{"/search/feed.atom?q=zebra", "/search?q=zebra", "zebra", 0},
		{"/search/feed.atom", "/search", "Search", 0},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			feed := parseFeed(t, app, c.path)
			if !strings.Contains(feed.Title, c.titleHas) {
				t.Errorf("feed title %q lacks %q", feed.Title, c.titleHas)
			}
			if feed.FeedLink != base+c.path {
				t.Errorf("self link %q, want %q", feed.FeedLink, base+c.path)
			}
			if feed.Link != base+c.page {
				t.Errorf("alternate link %q, want %q", feed.Link, base+c.page)
			}
			if len(feed.Items) != c.want {
				t.Fatalf("%d entries, want %d", len(feed.Items), c.want)
			}
			if c.want > 0 && feed.UpdatedParsed == nil {
				t.Errorf("feed has no updated time")
			}
			for _, it := range feed.Items {
				checkEntry(t, app, it)
			}
		})
	}
}

// viaQuote is a demo quote that came through an outlet and has a topic.
func viaQuote(t *testing.T, quotes []models.QuoteView) models.QuoteView {
	t.Helper()
	for _, q := range quotes {
		if q.ViaSlug != "" && len(q.Topics) > 0 {
			return q
		}
	}
	t.Fatal("no demo quote came through an outlet")
	return models.QuoteView{}
}

// checkEntry checks one entry against the quote its permalink names.
func checkEntry(t *testing.T, app *apptest.App, it *gofeed.Item) {
	t.Helper()
	var id int64
	if _, err := fmt.Sscanf(it.GUID, "http://example.com/quotes/%d", &id); err != nil {
		t.Fatalf("entry id %q is not a quote's permalink", it.GUID)
	}
	q, err := app.Store.QuoteByID(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if it.Link != it.GUID {
		t.Errorf("entry %d links to %q", id, it.Link)
	}
	if it.Content != q.Text {
		t.Errorf("entry %d content %q, want %q", id, it.Content, q.Text)
	}
	if !strings.HasPrefix(it.Title, q.SpeakerName+": ") {
		t.Errorf("entry %d title %q does not name %s", id, it.Title, q.SpeakerName)
	}
	if len(it.Authors) != 1 || it.Authors[0].Name != q.SpeakerName {
		t.Errorf("entry %d authors %+v, want %s", id, it.Authors, q.SpeakerName)
	}
	if it.UpdatedParsed == nil || !it.UpdatedParsed.Equal(q.UpdatedAt.Truncate(time.Second)) {
		t.Errorf("entry %d updated %v, want %v", id, it.UpdatedParsed, q.UpdatedAt)
	}
	if it.PublishedParsed == nil {
		t.Errorf("entry %d has no published time", id)
	}
	if len(it.Categories) != len(q.Topics) {
		t.Errorf("entry %d categories %v, want the %d topics", id, it.Categories, len(q.Topics))
	}
}

// Each page a feed follows names it in its head, so browsers and feed
// readers find it.
func TestPagesLinkTheirFeeds(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	list, err := app.Store.Quotes(context.Background(), models.QuoteFilter{}, models.Page{Number: 1, Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	q := viaQuote(t, list.Quotes)
	pages := map[string]string{
		"/":                                   `href="/feed.atom"`,
		"/people/" + q.SpeakerSlug:            `href="/people/` + q.SpeakerSlug + `/feed.atom"`,
		"/outlets/" + q.ViaSlug:               `href="/outlets/` + q.ViaSlug + `/feed.atom"`,
		"/outlets/" + q.ViaSlug + "?show=via": `href="/outlets/` + q.ViaSlug + `/feed.atom?show=via"`,
		"/topics/" + q.Topics[0].Slug:         `href="/topics/` + q.Topics[0].Slug + `/feed.atom"`,
		"/search?q=security&sort=oldest":      `href="/search/feed.atom?q=security"`,
	}
	for path, want := range pages {
		res := app.Get(path)
		if res.Status != http.StatusOK {
			t.Fatalf("GET %s: status %d", path, res.Status)
		}
		head, _, _ := strings.Cut(res.Body, "</head>")
		if !strings.Contains(head, `<link rel="alternate" type="application/atom+xml"`) || !strings.Contains(head, want) {
			t.Errorf("GET %s: head lacks the feed link %s\n%s", path, want, head)
		}
	}
	// The empty search lists every quote: its feed is the site's.
	for _, path := range []string{"/search", "/quotes"} {
		if res := app.Get(path); !strings.Contains(res.Body, `type="application/atom+xml" title="Quotes found by this search" href="/feed.atom"`) {
			t.Errorf("GET %s does not offer the site's feed of every quote", path)
		}
	}
}

func TestFeedOfUnknownRecordIsNotFound(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	for _, path := range []string{"/people/nobody-at-all/feed.atom", "/outlets/no-such-outlet/feed.atom", "/topics/no-such-topic/feed.atom"} {
		if res := app.Get(path); res.Status != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", path, res.Status)
		}
	}
}

// A feed reader asking again with what it was given gets a 304 until the
// data changes, by ETag or by date, from the page cache or not.
func TestFeedConditionalGet(t *testing.T) {
	t.Parallel()
	for _, signedIn := range []bool{false, true} {
		t.Run(fmt.Sprintf("signed in %v", signedIn), func(t *testing.T) {
			t.Parallel()
			app := apptest.NewAnonymous(t, true)
			if signedIn {
				app = apptest.New(t, true)
			}
			for _, path := range []string{"/feed.atom", "/topics/advertising/feed.atom"} {
				first := app.Get(path)
				again := app.Get(path) // from the page cache, for the public
				for _, res := range []apptest.Response{first, again} {
					if res.Status != http.StatusOK || res.Header.Get("Last-Modified") == "" {
						t.Fatalf("GET %s: status %d, Last-Modified %q", path, res.Status, res.Header.Get("Last-Modified"))
					}
				}
				if first.Body != again.Body {
					t.Errorf("GET %s: the second answer differs from the first", path)
				}
				lastMod := first.Header.Get("Last-Modified")
				req := httptest.NewRequest(http.MethodGet, path, nil)
				req.Header.Set("If-Modified-Since", lastMod)
				if res := app.Do(req); res.Status != http.StatusNotModified {
					t.Errorf("GET %s If-Modified-Since %s: status %d, want 304", path, lastMod, res.Status)
				}
				lm, _ := http.ParseTime(lastMod)
				req = httptest.NewRequest(http.MethodGet, path, nil)
				req.Header.Set("If-Modified-Since", lm.Add(-time.Second).Format(http.TimeFormat))
				if res := app.Do(req); res.Status != http.StatusOK {
					t.Errorf("GET %s If-Modified-Since a second earlier: status %d, want 200", path, res.Status)
				}
				if etag := first.Header.Get("ETag"); !signedIn {
					req = httptest.NewRequest(http.MethodGet, path, nil)
					req.Header.Set("If-None-Match", etag)
					if res := app.Do(req); res.Status != http.StatusNotModified {
						t.Errorf("GET %s If-None-Match %s: status %d, want 304", path, etag, res.Status)
					}
				}
			}
		})
	}
}

// A new quote changes the data version, so the old ETag no longer gets a
// 304 and the feed carries the quote; markup and stray control
// characters in it come out as text and the feed still parses.
func TestFeedEscapesQuoteText(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	first := app.Get("/feed.atom")
	line := `{"text": "Ads & <script>alert(1)</script> \u000b\u0001 are <b>fine</b>, said nobody.", "speaker": "Ima <Tester> & Co", ` +
		`"article": {"title": "Story", "url": "https://news.example.org/feeds", "outlet": "Outlet & Sons"}, "topics": ["Ads & <tags>"]}`
	var errs strings.Builder
	if _, err := importer.Import(context.Background(), app.Store, strings.NewReader(line+"\n"), importer.Options{Format: importer.FormatJSONL, Errors: &errs}); err != nil || errs.Len() > 0 {
		t.Fatalf("import: %v %s", err, errs.String())
	}
	req := httptest.NewRequest(http.MethodGet, "/feed.atom", nil)
	req.Header.Set("If-None-Match", first.Header.Get("ETag"))
	if res := app.Do(req); res.Status != http.StatusOK {
		t.Fatalf("GET /feed.atom with the ETag from before the import: status %d, want 200", res.Status)
	}
	res := app.Get("/feed.atom")
	for _, raw := range []string{"<script>", "<b>", "<Tester>", "& "} {
		if strings.Contains(res.Body, raw) {
			t.Errorf("the feed carries %q unescaped", raw)
		}
	}
	feed := parseFeed(t, app, "/feed.atom")
	var found *gofeed.Item
	for _, it := range feed.Items {
		if strings.Contains(it.Content, "<script>") {
			found = it
		}
	}
	if found == nil {
		t.Fatalf("no entry carries the new quote's text")
	}
	if want := "Ads & <script>alert(1)</script>  are <b>fine</b>, said nobody."; found.Content != want {
		t.Errorf("content %q, want %q", found.Content, want)
	}
	if found.Authors[0].Name != "Ima <Tester> & Co" || !strings.HasPrefix(found.Title, "Ima <Tester> & Co: Ads & <script>") {
		t.Errorf("author %q, title %q", found.Authors[0].Name, found.Title)
	}
	if len(found.Categories) != 1 || found.Categories[0] == "" {
		t.Errorf("categories %v", found.Categories)
	}
	outlet := parseFeed(t, app, "/outlets/outlet-sons/feed.atom")
	if outlet.Title != "Quotes in Outlet & Sons · quotetrail" || len(outlet.Items) != 1 || outlet.Items[0].GUID != found.GUID {
		t.Errorf("the outlet's feed: title %q, %d entries", outlet.Title, len(outlet.Items))
	}
}
