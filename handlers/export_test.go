package handlers_test

import (
	"html"
	"net/http"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/cite"
)

func TestExportDownloads(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	for _, c := range []struct {
		query, filename, contentType string
		entries                      int
	}{
		{"format=bibtex&person=lina-khan", "lina-khan-quotes.bib", "application/x-bibtex", 2},
		{"format=ris&via=npr", "npr-quotes.ris", "application/x-research-info-systems", 4},
		{"format=csl-json&topic=advertising", "advertising-quotes.json", "application/vnd.citationstyles.csl+json", 4},
		{"format=csv&article=1", "article-1-quotes.csv", "text/csv", 15},
		{"format=apa&person=sam-levine", "sam-levine-quotes-apa.txt", "text/plain", 2},
		{"format=chicago-html", "quotetrail-quotes-chicago.html", "text/html", 15},
	} {
		res := app.Get("/export?" + c.query)
		if res.Status != http.StatusOK {
			t.Errorf("%s: status %d\n%s", c.query, res.Status, res.Body)
			continue
		}
		if got := res.Header.Get("Content-Disposition"); got != `attachment; filename="`+c.filename+`"` {
			t.Errorf("%s: Content-Disposition %q, want filename %s", c.query, got, c.filename)
		}
		if got := res.Header.Get("Content-Type"); !strings.HasPrefix(got, c.contentType) || !strings.Contains(got, "charset=utf-8") {
			t.Errorf("%s: Content-Type %q, want %s", c.query, got, c.contentType)
		}
		var n int
		switch {
		case strings.HasPrefix(c.query, "format=bibtex"):
			n = strings.Count(res.Body, "\n@")
			if strings.HasPrefix(res.Body, "@") {
				n++
			}
		case strings.HasPrefix(c.query, "format=ris"):
			n = strings.Count(res.Body, "ER  - ")
		case strings.HasPrefix(c.query, "format=csl-json"):
			n = strings.Count(res.Body, `"id":`)
		case strings.HasPrefix(c.query, "format=csv"):
			n = strings.Count(res.Body, "/quotes/")
		case strings.HasPrefix(c.query, "format=apa"):
			n = strings.Count(res.Body, "as cited in")
		default:
			n = strings.Count(res.Body, "quoted in")
		}
		if n < c.entries {
			t.Errorf("%s: %d entries, want %d\n%s", c.query, n, c.entries, res.Body)
		}
	}
}

func TestExportRefusesBadRequests(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	for _, c := range []struct {
		query  string
		status int
		msg    string
	}{
		{"format=docx", http.StatusBadRequest, "Unknown export format"},
		{"", http.StatusBadRequest, "use one of bibtex"},
		{"format=bibtex&person=nobody", http.StatusNotFound, "Nothing to export: no person &#34;nobody&#34; in quotetrail."},
		{"format=bibtex&article=abc", http.StatusBadRequest, "is not an article number"},
		{"format=bibtex&topic=none", http.StatusNotFound, "Nothing to export: topic none in quotetrail."},
	} {
		res := app.Get("/export?" + c.query)
		if res.Status != c.status || !strings.Contains(res.Body, c.msg) {
			t.Errorf("/export?%s = %d, want %d with %q\n%s", c.query, res.Status, c.status, c.msg, res.Body)
		}
	}
}

func TestQuotePageCiteBox(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	res := app.Get("/quotes/6")
	for _, want := range []string{
		"Cite this quote", `id="cite-apa-reference"`, "(Khan, as cited in", "qtd. in", "Lina Khan, as reported by NPR, quoted in",
		"@online{khan", "TY  - ", `&#34;annote&#34;`, `<script src="/static/copy.js" defer></script>`,
	} {
		if !strings.Contains(res.Body, want) {
			t.Errorf("quote page lacks %q", want)
		}
	}
	for _, page := range []string{"/people/lina-khan", "/articles/1", "/outlets/npr", "/outlets/npr?show=via", "/topics/privacy"} {
		body := app.Get(page).Body
		for _, f := range cite.Formats() {
			if !strings.Contains(body, "format="+f.Name) {
				t.Errorf("%s offers no %s export", page, f.Name)
			}
		}
	}
	if res := app.Get("/static/copy.js"); res.Status != http.StatusOK {
		t.Errorf("copy.js: %d", res.Status)
	}
}

func TestExportSearchResults(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	page := html.UnescapeString(app.Get(`/search?q=%22security+purposes%22`).Body)
	if !strings.Contains(page, "format=bibtex&q=%22security+purposes%22") {
		t.Fatalf("search page offers no export of its results")
	}
	res := app.Get(`/export?format=csv&q=%22security+purposes%22`)
	if res.Status != http.StatusOK {
		t.Fatalf("status %d: %s", res.Status, res.Body)
	}
	if got := res.Header.Get("Content-Disposition"); !strings.Contains(got, `filename="search-security-purposes-quotes.csv"`) {
		t.Errorf("Content-Disposition %q", got)
	}
	// The phrase stands in three quotes: the complaint's, Khan's partial and Khan's direct one.
	if n := strings.Count(res.Body, "/quotes/"); n != 3 {
		t.Errorf("%d quotes exported, want 3:\n%s", n, res.Body)
	}
	// Filters narrow a search export like the search page: Khan's only.
	res = app.Get(`/export?format=csv&q=security&person=Lina+Khan&kind=direct`)
	if n := strings.Count(res.Body, "/quotes/"); n != 1 || !strings.Contains(res.Body, "As the complaint notes") {
		t.Errorf("filtered search export has %d quotes:\n%s", n, res.Body)
	}
	// A search nothing can be looked for in exports nothing, without error.
	res = app.Get(`/export?format=csv&q=%22%22`)
	if res.Status != http.StatusOK || strings.Count(res.Body, "/quotes/") != 0 {
		t.Errorf("empty search export = %d\n%s", res.Status, res.Body)
	}
}
