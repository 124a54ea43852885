package handlers_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/models"
)

func TestSearchPage(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	cases := []struct {
		query   string
		want    []string
		notWant []string
	}{
		{"", []string{`<h1>Search quotes</h1>`, `name="q"`, `name="person"`}, []string{"found</h2>"}},
		{"q=%22security+purposes%22", []string{"3 quotes found", "<mark>security purposes</mark>", "Lina Khan", "Department of Justice"}, nil},
		{"q=deceit*", []string{"1 quote found", "<mark>deceitful</mark>", "Sam Levine"}, nil},
		{"q=%22security%22&person=Khan", []string{"2 quotes found"}, []string{"Department of Justice</strong>"}},
		{"q=security&person=nobody-at-all", []string{"No quotes found", "There is no one called"}, nil},
		{"q=%22security%22&kind=partial&sort=newest", []string{"3 quotes found"}, nil},
		{"q=security&outlet=npr", []string{"No quotes found"}, nil},
		{"q=deceitful+OR+pretext&via=npr", []string{"2 quotes found"}, nil},
		{"topic=advertising", []string{"4 quotes found"}, nil},
		{"q=zebra", []string{"No quotes found"}, nil},
		{"q=%22unclosed", []string{"closed the open quotation mark"}, nil},
		{"q=NOT+twitter", []string{"add a word to look for"}, nil},
		{"q=%22security%22&from=not-a-date", []string{"is not a date", "5 quotes found"}, nil},
		{"q=security&kind=bogus", []string{"There is no kind"}, nil},
		{"q=%3Cscript%3Ealert(1)%3C/script%3E", []string{"&lt;script&gt;"}, []string{"<script>alert"}},
		{"q=%22security%22&page=99", []string{"5 quotes found"}, nil},
		{"q=%22security%22&page=abc", []string{"5 quotes found"}, nil},
	}
	for _, c := range cases {
		t.Run(c.query, func(t *testing.T) {
			res := app.Get("/search?" + c.query)
			if res.Status != http.StatusOK {
				t.Fatalf("GET /search?%s: status %d\n%s", c.query, res.Status, res.Body)
			}
			for _, w := range c.want {
				if !strings.Contains(res.Body, w) {
					t.Errorf("GET /search?%s: page lacks %q", c.query, w)
				}
			}
			for _, w := range c.notWant {
				if strings.Contains(res.Body, w) {
					t.Errorf("GET /search?%s: page has %q", c.query, w)
				}
			}
		})
	}
}

// Search helps: a word finds its other forms and a quoted word only
// itself; a search that finds nothing names the speakers it may have
// meant; notes quote what was typed; dates that cannot be used are named.
func TestSearchHelps(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	cases := []struct {
		query   string
		want    []string
		notWant []string
	}{
		{"q=penalty", []string{"1 quote found", "civil <mark>penalties</mark>"}, nil},
		{"q=%22penalty%22", []string{"No quotes found"}, []string{"<mark>"}},
		{"q=%22penalties%22", []string{"1 quote found", "<mark>penalties</mark>"}, nil},
		{"q=secure", []string{"8 quotes found", "<mark>security</mark>", "<mark>securing</mark>", "<mark>secure</mark>"}, nil},
		{"q=%22secure%22", []string{"3 quotes found", "<mark>secure</mark>"}, []string{"<mark>security</mark>"}},
		{"q=kahn", []string{"No quotes found", `Did you mean <a href="/search?person=lina-khan">Lina Khan</a>?`}, nil},
		{"q=lina+kahn", []string{`<a href="/search?person=lina-khan">Lina Khan</a>`}, nil},
		{"q=zebra", []string{"No quotes found"}, []string{"Did you mean"}},
		{"q=%22((", []string{"ignored “&#34;((”: it holds no letters or digits"}, []string{"unclosed"}},
		{"q=security&from=2021-01-01&to=2020-01-01", []string{"The dates are the wrong way round: 2020-01-01 is before 2021-01-01"}, nil},
		{"q=security&from=2021-02-30", []string{"“2021-02-30” is not a date"}, nil},
		{"q=security&via=npr", []string{`<option value="npr" selected>NPR</option>`}, []string{`<option value="npr" selected>NPR</option><option value="npr" selected>`}},
	}
	for _, c := range cases {
		res := app.Get("/search?" + c.query)
		if res.Status != http.StatusOK {
			t.Fatalf("GET /search?%s: status %d", c.query, res.Status)
		}
		for _, w := range c.want {
			if !strings.Contains(res.Body, w) {
				t.Errorf("GET /search?%s: page lacks %q", c.query, w)
			}
		}
		for _, w := range c.notWant {
			if strings.Contains(res.Body, w) {
				t.Errorf("GET /search?%s: page has %q", c.query, w)
			}
		}
		// One search landmark (the header's); notes are a live region,
		// not a list given another role.
		if n := strings.Count(res.Body, `role="search"`); n != 1 {
			t.Errorf("GET /search?%s: %d search landmarks, want 1", c.query, n)
		}
		if strings.Contains(res.Body, `<ul class="search-notes" role="status">`) {
			t.Errorf("GET /search?%s: the notes are a list with role status", c.query)
		}
	}
}

// Malformed input is cleaned or explained, never a server error.
func TestSearchNeverFails(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	for _, q := range []string{`"`, `(((`, `)))`, `AND`, `OR OR`, `NOT`, `-`, `*`, `a:b:c`, `speaker:`, `"a" NOT`, `^x`, `NEAR(a b, 2)`,
		`{text}:x`, `x OR (y NOT`, "\x00\x01", `'`, `%`, `_`, `\`, strings.Repeat("x ", 600), `日本語`, `naïve café`} {
		res := app.Get("/search?q=" + url.QueryEscape(q))
		if res.Status != http.StatusOK {
			t.Errorf("GET /search?q=%q: status %d", q, res.Status)
		}
	}
	for _, raw := range []string{"q=a&from=2020-13-45&to=x", "person=%00", "q=%ff%fe", "sort=sideways&q=a", "page=-1&q=a"} {
		if res := app.Get("/search?" + raw); res.Status != http.StatusOK {
			t.Errorf("GET /search?%s: status %d", raw, res.Status)
		}
	}
}

// Stored text is never trusted as HTML: a quote holding markup and the
// snippet sentinels themselves comes out escaped, with balanced marks.
func TestSearchSnippetsAreEscaped(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	d := &models.QuoteDraft{
		Quote:   models.Quote{Text: "<b>bold</b> \uE001claims\uE000 about zebras & <script>x</script>", Kind: "direct", Status: "unverified"},
		Speaker: models.PersonRef{Name: "Lina Khan"}, Article: models.ArticleRef{ID: 1},
	}
	if err := app.Store.SaveQuote(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	res := app.Get("/search?q=zebras")
	if res.Status != http.StatusOK {
		t.Fatalf("status %d", res.Status)
	}
	for _, bad := range []string{"<b>bold", "<script>x", "\uE000", "\uE001"} {
		if strings.Contains(res.Body, bad) {
			t.Errorf("page holds %q unescaped", bad)
		}
	}
	if !strings.Contains(res.Body, "zebras") || strings.Count(res.Body, "<mark>") != strings.Count(res.Body, "</mark>") {
		t.Errorf("the quote is missing or its marks are unbalanced")
	}
}

func TestSearchBoxInHeader(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, false)
	res := app.Get("/")
	if !strings.Contains(res.Body, `action="/search"`) || !strings.Contains(res.Body, `role="search"`) {
		t.Errorf("the home page header has no search box")
	}
}

func TestPickers(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	type match map[string]any
	cases := []struct {
		path  string
		want  []string // names or titles, in order
		field string
	}{
		{"/api/v1/suggest/people?q=kh", []string{"Lina Khan"}, "name"},
		{"/api/v1/suggest/people?q=lina%20m", []string{"Lina Khan"}, "name"},
		{"/api/v1/suggest/people?q=DOJ", []string{"Department of Justice"}, "name"},
		{"/api/v1/suggest/people?q=twitter", []string{"Twitter spokesperson"}, "name"},
		{"/api/v1/suggest/people?q=", []string{}, "name"},
		{"/api/v1/suggest/people?q=%25", []string{}, "name"},
		{"/api/v1/suggest/people?q=zzz", []string{}, "name"},
		// No name starts so, but one is near: a slip, offered as such.
		{"/api/v1/suggest/people?q=lina%20kahn", []string{"Lina Khan"}, "name"},
		{"/api/v1/suggest/people?q=Kieren", []string{"Damien Kieran"}, "name"},
		{"/api/v1/suggest/outlets?q=np", []string{"NPR"}, "name"},
		{"/api/v1/suggest/outlets?q=ftc.gov", []string{"FTC Business Blog"}, "name"},
		{"/api/v1/suggest/outlets?q=blog", []string{"FTC Business Blog"}, "name"},
		{"/api/v1/suggest/articles?q=fined", []string{"Twitter Fined $150 Million For Allegedly Selling User Data Improperly"}, "title"},
		{"/api/v1/suggest/articles?q=nothing%20like%20this", []string{}, "title"},
	}
	for _, c := range cases {
		res := app.Get(c.path)
		if res.Status != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
			t.Errorf("GET %s: %d %s", c.path, res.Status, res.Header.Get("Content-Type"))
			continue
		}
		var got []match
		if err := json.Unmarshal([]byte(res.Body), &got); err != nil {
			t.Errorf("GET %s: %v\n%s", c.path, err, res.Body)
			continue
		}
		var names []string
		for _, m := range got {
			names = append(names, m[c.field].(string))
		}
		if strings.Join(names, "|") != strings.Join(c.want, "|") {
			t.Errorf("GET %s = %q, want %q", c.path, names, c.want)
		}
	}
	res := app.Get("/api/v1/suggest/people?q=kh")
	var people []struct {
		Name, Slug, Kind string
		Quotes           int
	}
	json.Unmarshal([]byte(res.Body), &people)
	if len(people) != 1 || people[0].Slug != "lina-khan" || people[0].Kind != "person" || people[0].Quotes != 2 {
		t.Errorf("GET /api/v1/suggest/people?q=kh = %+v", people)
	}
}

// What no picker can match never makes a server error: a pasted 60 KB
// (longer than any name, and than SQLite's LIKE takes) is cut to its
// start, and text that is not text gets problem details.
func TestPickersRefuseWhatTheyCannotMatch(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	long := url.QueryEscape("Lina " + strings.Repeat("khan ", 12000))
	for _, kind := range []string{"people", "outlets", "articles"} {
		if res := app.Get("/api/v1/suggest/" + kind + "?q=" + long); res.Status != http.StatusOK {
			t.Errorf("GET /api/v1/suggest/%s with a 60 KB q: %d %s", kind, res.Status, res.Body)
		}
		for _, q := range []string{"%00", "kh%00an", "%ff%fe"} {
			res := app.Get("/api/v1/suggest/" + kind + "?q=" + q)
			if res.Status != http.StatusBadRequest || res.Header.Get("Content-Type") != "application/problem+json" {
				t.Errorf("GET /api/v1/suggest/%s?q=%s: %d %s %s", kind, q, res.Status, res.Header.Get("Content-Type"), res.Body)
			}
		}
	}
}

// The article picker also finds articles through the search index, which
// folds accents as the plain title match does not.
func TestArticlePickerFindsThroughIndex(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	d := &models.QuoteDraft{
		Quote:   models.Quote{Text: "Coffee is policy.", Kind: "direct", Status: "unverified"},
		Speaker: models.PersonRef{Name: "Lina Khan"},
		Article: models.ArticleRef{New: &models.Article{Title: "Café society and the FTC"}},
	}
	if err := app.Store.SaveQuote(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	res := app.Get("/api/v1/suggest/articles?q=cafe%20soc")
	if !strings.Contains(res.Body, `"title":"Café society and the FTC"`) {
		t.Errorf("GET /api/v1/suggest/articles?q=cafe soc = %s", res.Body)
	}
}

// Every quote can be browsed: /quotes, and a search with nothing in it,
// list them all, newest first, and the filters narrow them.
func TestAllQuotesNewestFirst(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	for _, path := range []string{"/quotes", "/search"} {
		res := app.Get(path)
		if res.Status != http.StatusOK {
			t.Fatalf("GET %s: %d", path, res.Status)
		}
		if !strings.Contains(res.Body, "All quotes, newest first") {
			t.Errorf("GET %s lacks the heading of every quote", path)
		}
		n := app.Counts().Quotes
		if got := strings.Count(res.Body, `<li class="quote" id="q-`); int64(got) != min(n, 20) {
			t.Errorf("GET %s lists %d quotes, want all %d", path, got, n)
		}
	}
	oldest := app.Get("/quotes?sort=oldest")
	if !strings.Contains(oldest.Body, "All quotes, oldest first") {
		t.Error("/quotes?sort=oldest is not oldest first")
	}
	filtered := app.Get("/quotes?person=Sam+Levine")
	if strings.Contains(filtered.Body, "All quotes") || !strings.Contains(filtered.Body, "Sam Levine") || strings.Contains(filtered.Body, "As the complaint notes") {
		t.Error("/quotes?person=Sam+Levine does not narrow the list to his quotes")
	}
	if res := app.Get("/quotes"); res.Status == http.StatusMethodNotAllowed {
		t.Error("GET /quotes is 405")
	}
}
