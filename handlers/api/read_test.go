package api_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/models"
)

// walk follows a list's next links from path, collecting every item.
func walk(t *testing.T, c *client, path string) []map[string]any {
	t.Helper()
	var all []map[string]any
	for pages := 0; path != ""; pages++ {
		if pages > 100 {
			t.Fatalf("more than 100 pages from %s", path)
		}
		a := c.get(path).want(t, http.StatusOK)
		all = append(all, a.items()...)
		path = a.next()
	}
	return all
}

// Every list pages through all of its records, each once, in pages of
// the size asked for.
func TestListsPageThroughEveryRecord(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	c := newClient(t, app)
	counts := app.Counts()
	for path, want := range map[string]int64{
		"/api/v1/people?limit=2": counts.People, "/api/v1/outlets?limit=1": counts.Outlets, "/api/v1/topics?limit=1": counts.Topics,
		"/api/v1/articles?limit=1": counts.Articles, "/api/v1/quotes?limit=4": counts.Quotes,
	} {
		first := c.get(path).want(t, http.StatusOK)
		if len(first.items()) > 4 {
			t.Errorf("GET %s: %d items, more than the limit", path, len(first.items()))
		}
		items := walk(t, c, path)
		seen := map[float64]bool{}
		for _, it := range items {
			id := it["id"].(float64)
			if seen[id] {
				t.Errorf("GET %s: %v listed twice", path, id)
			}
			seen[id] = true
			if !strings.HasPrefix(it["url"].(string), "http://example.com/") || !strings.HasPrefix(it["api_url"].(string), "http://example.com/api/v1/") {
				t.Errorf("GET %s: links %v %v", path, it["url"], it["api_url"])
			}
		}
		if int64(len(items)) != want || want == 0 {
			t.Errorf("GET %s and its next pages: %d items, want %d", path, len(items), want)
		}
	}
}

// One record is read by its ID or its slug, with what lists leave out;
// what does not exist is a 404 in problem details.
func TestReadOneRecord(t *testing.T) {
	t.Parallel()
	c := newClient(t, apptest.NewAnonymous(t, true))
	khan := c.get("/api/v1/people/lina-khan").want(t, http.StatusOK)
	if khan.JSON["name"] != "Lina Khan" || fmt.Sprint(khan.JSON["aliases"]) != "[Khan Lina M. Khan]" || khan.JSON["url"] != "http://example.com/people/lina-khan" {
		t.Errorf("lina-khan = %v", khan.JSON)
	}
	byID := c.get(fmt.Sprintf("/api/v1/people/%v", khan.JSON["id"])).want(t, http.StatusOK)
	if byID.Body != khan.Body {
		t.Errorf("by ID and by slug differ:\n%s\n%s", byID.Body, khan.Body)
	}
	npr := c.get("/api/v1/outlets/npr").want(t, http.StatusOK)
	if fmt.Sprint(npr.JSON["domains"]) != "[npr.org]" {
		t.Errorf("npr = %v", npr.JSON)
	}
	c.get("/api/v1/topics/privacy").want(t, http.StatusOK)
	article := c.get("/api/v1/articles/1").want(t, http.StatusOK)
	if !strings.Contains(article.JSON["body"].(string), "Federal Trade Commission") {
		t.Errorf("the article has no text: %v", article.JSON)
	}
	// A quote names its speaker, article and outlets, each with its links.
	quotes := c.get("/api/v1/quotes?person=lina-khan&limit=1").want(t, http.StatusOK).items()
	q := c.get(strings.TrimPrefix(quotes[0]["api_url"].(string), "http://example.com")).want(t, http.StatusOK)
	speaker := q.JSON["speaker"].(map[string]any)
	art := q.JSON["article"].(map[string]any)
	if speaker["slug"] != "lina-khan" || speaker["api_url"] != "http://example.com/api/v1/people/lina-khan" || art["id"] != float64(1) || art["url"] != "http://example.com/articles/1" {
		t.Errorf("quote = %s", q.Body)
	}
	if via, ok := q.JSON["via"].(map[string]any); !ok || via["slug"] != "npr" {
		t.Errorf("Khan's quote came via NPR: %s", q.Body)
	}
	for _, path := range []string{"/api/v1/people/nobody", "/api/v1/people/0", "/api/v1/outlets/999", "/api/v1/topics/none", "/api/v1/articles/999", "/api/v1/articles/abc", "/api/v1/quotes/999", "/api/v1/quotes/999/reports"} {
		a := c.get(path).want(t, http.StatusNotFound)
		if a.Header.Get("Content-Type") != "application/problem+json" || a.JSON["status"] != float64(404) {
			t.Errorf("GET %s: %s %s", path, a.Header.Get("Content-Type"), a.Body)
		}
	}
}

// The quote list takes the search page's filters, and its words.
func TestQuoteFilters(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	c := newClient(t, app)
	check := func(query string, want int, keep func(map[string]any) bool) {
		t.Helper()
		items := walk(t, c, "/api/v1/quotes?limit=3&"+query)
		if len(items) != want {
			t.Errorf("?%s: %d quotes, want %d", query, len(items), want)
		}
		for _, it := range items {
			if !keep(it) {
				t.Errorf("?%s listed %v", query, it)
			}
		}
	}
	slug := func(field string) func(map[string]any) string {
		return func(it map[string]any) string {
			m, _ := it[field].(map[string]any)
			s, _ := m["slug"].(string)
			return s
		}
	}
	check("person=lina-khan", 2, func(it map[string]any) bool { return slug("speaker")(it) == "lina-khan" })
	check("person=Khan", 2, func(it map[string]any) bool { return slug("speaker")(it) == "lina-khan" })
	check("via=npr", countWhere(t, app, func(v models.QuoteView) bool { return v.ViaSlug == "npr" }), func(it map[string]any) bool { return slug("via")(it) == "npr" })
	check("kind=partial", countWhere(t, app, func(v models.QuoteView) bool { return v.Kind == "partial" }), func(it map[string]any) bool { return it["kind"] == "partial" })
	check("topic=advertising", 4, func(it map[string]any) bool { return strings.Contains(fmt.Sprint(it["topics"]), "advertising") })
	check("q=pretext&person=lina-khan", 1, func(it map[string]any) bool { return strings.Contains(it["text"].(string), "pretext") })
	check("article=1&status=unverified", int(app.Counts().Quotes), func(map[string]any) bool { return true })

	bad := c.get("/api/v1/quotes?kind=rumour&from=yesterday&article=x").want(t, http.StatusBadRequest)
	if fe := bad.fieldErrors(); fe["kind"] == "" || fe["from"] == "" || fe["article"] == "" {
		t.Errorf("bad filters: %s", bad.Body)
	}
	c.get("/api/v1/quotes?person=nobody-at-all").want(t, http.StatusBadRequest)
	c.get("/api/v1/quotes?q="+url.QueryEscape(strings.Repeat("word ", 101))).want(t, http.StatusBadRequest)
}

// countWhere counts the demo's quotes that pass keep.
func countWhere(t *testing.T, app *apptest.App, keep func(models.QuoteView) bool) int {
	t.Helper()
	list, err := app.Store.Quotes(t.Context(), models.QuoteFilter{}, models.Page{Number: 1, Size: 1000})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, v := range list.Quotes {
		if keep(v) {
			n++
		}
	}
	if n == 0 {
		t.Fatal("the demo has no such quote: the filter is not tested")
	}
	return n
}

// A page size out of range or a cursor no list gave out is a 400 that
// names the parameter; a cursor of one list does not work on another.
func TestPagingRefusals(t *testing.T) {
	t.Parallel()
	c := newClient(t, apptest.NewAnonymous(t, true))
	for _, path := range []string{
		"/api/v1/people?limit=0", "/api/v1/people?limit=101", "/api/v1/topics?limit=x",
		"/api/v1/people?cursor=zz", "/api/v1/quotes?cursor=eyJsIjoicXVvdGVzIiwicyI6Mn0", "/api/v1/search?q=data&cursor=%7B%7D",
	} {
		a := c.get(path).want(t, http.StatusBadRequest)
		fe := a.fieldErrors()
		if fe["limit"] == "" && fe["cursor"] == "" {
			t.Errorf("GET %s: %s", path, a.Body)
		}
	}
	next := c.get("/api/v1/people?limit=1").want(t, http.StatusOK).next()
	cursor, _ := url.ParseQuery(next[strings.Index(next, "?")+1:])
	a := c.get("/api/v1/topics?cursor="+url.QueryEscape(cursor.Get("cursor"))).want(t, http.StatusBadRequest)
	if a.fieldErrors()["cursor"] == "" {
		t.Errorf("a people cursor on topics: %s", a.Body)
	}
}

// ?q= on people, outlets, topics and articles matches names and titles.
func TestNameMatches(t *testing.T) {
	t.Parallel()
	c := newClient(t, apptest.NewAnonymous(t, true))
	for path, want := range map[string]string{
		"/api/v1/people?q=kh": "Lina Khan", "/api/v1/people?q=DOJ": "Department of Justice", "/api/v1/outlets?q=np": "NPR",
		"/api/v1/outlets?q=ftc.gov": "FTC Business Blog", "/api/v1/topics?q=PRIV": "privacy",
		"/api/v1/articles?q=fined": "Twitter Fined $150 Million For Allegedly Selling User Data Improperly",
	} {
		items := c.get(path).want(t, http.StatusOK).items()
		var names []string
		for _, it := range items {
			name, _ := it["name"].(string)
			if title, ok := it["title"].(string); ok {
				name = title
			}
			names = append(names, name)
		}
		if strings.Join(names, "|") != want {
			t.Errorf("GET %s = %q, want %q", path, names, want)
		}
	}
	if items := c.get("/api/v1/people?q=zzzz").want(t, http.StatusOK).items(); len(items) != 0 {
		t.Errorf("people?q=zzzz = %v", items)
	}
	c.get("/api/v1/people?q=kh%00an").want(t, http.StatusBadRequest)
}

// Search answers as the search page does, a page at a time, with the
// matched words marked.
func TestSearch(t *testing.T) {
	t.Parallel()
	c := newClient(t, apptest.NewAnonymous(t, true))
	a := c.get("/api/v1/search?q=data&limit=2").want(t, http.StatusOK)
	total := int(a.JSON["total"].(float64))
	if total < 3 || len(a.items()) != 2 || a.next() == "" {
		t.Fatalf("search data: %s", a.Body)
	}
	hit := a.items()[0]
	if !strings.Contains(strings.ToLower(hit["snippet_html"].(string)), "<mark>data</mark>") || strings.Contains(hit["snippet"].(string), "<") {
		t.Errorf("hit = %v", hit)
	}
	var ids []float64
	for path := "/api/v1/search?q=data&limit=2"; path != ""; {
		page := c.get(path).want(t, http.StatusOK)
		for _, it := range page.items() {
			ids = append(ids, it["quote"].(map[string]any)["id"].(float64))
		}
		path = page.next()
	}
	if len(ids) != total {
		t.Errorf("paged through %d hits of %d", len(ids), total)
	}
	narrowed := c.get("/api/v1/search?q=pretext&person=lina-khan&sort=newest").want(t, http.StatusOK)
	if narrowed.JSON["total"] != float64(1) {
		t.Errorf("data by Khan: %s", narrowed.Body)
	}
	if fe := c.get("/api/v1/search?q=data&sort=loudest").want(t, http.StatusBadRequest).fieldErrors(); fe["sort"] == "" {
		t.Error("an unknown sort is not named")
	}
	if rounded := c.get("/api/v1/search?q=data&limit=3").want(t, http.StatusOK); len(rounded.items()) != 2 {
		t.Errorf("a page of 3 is not rounded down to 2, which divides the rank window: %d hits", len(rounded.items()))
	}
	if empty := c.get("/api/v1/search").want(t, http.StatusOK); len(empty.items()) != 0 || empty.JSON["next"] != nil {
		t.Errorf("an empty search: %s", empty.Body)
	}
}

// Another report of a quote's statement is listed with it.
func TestReports(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	c := newClient(t, app)
	khan := c.get("/api/v1/quotes?person=lina-khan&q=pretext").want(t, http.StatusOK).items()[0]
	d := &models.QuoteDraft{
		Quote:   models.Quote{Text: khan["text"].(string), Kind: "direct", Status: "unverified"},
		Speaker: models.PersonRef{Name: "Lina Khan"},
		Article: models.ArticleRef{New: &models.Article{Title: "A second report of the fine"}},
	}
	if err := app.Store.SaveQuote(t.Context(), d); err != nil {
		t.Fatal(err)
	}
	items := c.get(fmt.Sprintf("/api/v1/quotes/%v/reports", khan["id"])).want(t, http.StatusOK).items()
	if len(items) != 1 || items[0]["id"] != float64(d.Quote.ID) || items[0]["article"].(map[string]any)["title"] != "A second report of the fine" {
		t.Errorf("reports = %v", items)
	}
}

// The export sends the client on to /export with the same selection.
func TestExport(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	c := newClient(t, app)
	a := c.get("/api/v1/export?format=bibtex&person=lina-khan&q=").want(t, http.StatusSeeOther)
	if a.Location != "http://example.com/export?format=bibtex&person=lina-khan" {
		t.Fatalf("Location: %s", a.Location)
	}
	file := app.Get(strings.TrimPrefix(a.Location, "http://example.com"))
	if file.Status != http.StatusOK || strings.Count(file.Body, "@") != 2 {
		t.Errorf("the export: %d %s", file.Status, file.Body)
	}
	if fe := c.get("/api/v1/export?format=docx").want(t, http.StatusBadRequest).fieldErrors(); fe["format"] == "" {
		t.Error("an unknown format is not named")
	}
	c.get("/api/v1/export?format=ris&status=rumoured").want(t, http.StatusBadRequest)
}
