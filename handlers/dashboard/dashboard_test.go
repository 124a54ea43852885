package dashboard_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/charts"
	"github.com/quotetrail/quotetrail/internal/demo"
	"github.com/quotetrail/quotetrail/models"
)

func TestMain(m *testing.M) { os.Exit(apptest.RunTests(m)) }

// row is how a chart's table shows one item: its label (a link when it
// has a page), its number and, for rankings and shares, its share.
func row(label, href string, n, total int64) string {
	if href != "" {
		label = `<a href="` + href + `">` + label + `</a>`
	}
	s := `<tr><th scope="row">` + label + `</th><td class="num">` + charts.Number(n) + `</td>`
	if total >= 0 {
		s += `<td class="num">` + charts.Share(n, total) + `</td>`
	}
	return s + `</tr>`
}

func get(t *testing.T, app *apptest.App, path string) string {
	t.Helper()
	res := app.Get(path)
	if res.Status != http.StatusOK {
		t.Fatalf("GET %s: %d\n%s", path, res.Status, res.Body)
	}
	return res.Body
}

func contains(t *testing.T, path, body string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(body, w) {
			t.Errorf("GET %s lacks %q", path, w)
		}
	}
}

// The site's dashboard counts the demo story's quotes: its numbers are
// worked out here from the story as the demo package tells it.
func TestSiteDashboardCountsTheDemo(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	total := int64(len(demo.Quotes))
	byKind := map[string]int64{}
	bySpeaker := map[string]int64{}
	kindOf := map[string]string{}
	for _, sp := range demo.Speakers {
		kindOf[sp.Name] = sp.Kind
	}
	var via int64
	for _, q := range demo.Quotes {
		byKind[kindOf[q.Speaker]]++
		bySpeaker[q.Speaker]++
		if q.Via != "" {
			via++
		}
	}
	// The most quoted human and organisation in the story.
	top := func(kind string) (string, int64) {
		var name string
		var n int64
		for _, sp := range demo.Speakers {
			if sp.Kind == kind && bySpeaker[sp.Name] > n {
				name, n = sp.Name, bySpeaker[sp.Name]
			}
		}
		return name, n
	}
	person, pn := top(models.KindPerson)
	org, on := top(models.KindOrganisation)
	body := get(t, app, "/dashboard")
	contains(t, "/dashboard", body,
		`<h1>Who gets quoted</h1>`,
		`<strong>`+charts.Number(total)+`</strong> quotes`,
		`<strong>`+charts.Share(via, total)+`</strong> via another outlet`,
		// The story's article has no date: every quote is undated.
		`<strong>`+charts.Number(total)+`</strong> undated`,
		row(person, "/people/"+models.Slugify(person), pn, total),
		row(org, "/people/"+models.Slugify(org), on, total),
		row("People", "", byKind[models.KindPerson], total),
		row("Organisations", "", byKind[models.KindOrganisation], total),
		row("Unnamed roles", "", byKind[models.KindRole], total),
		row("Printed first-hand", "", total-via, total),
		row("Via another outlet", "", via, total),
		// No speaker of the demo has a gender or affiliation recorded.
		"No speaker quoted on quotetrail has a gender recorded.",
		"No speaker quoted on quotetrail has an affiliation recorded.",
		`role="img" aria-labelledby="people-title people-desc"`,
		`<a href="/dashboard" aria-current="page">Who gets quoted</a>`,
	)
}

// addDated adds an article printed in outlet on date with quotes by
// each speaker named (via the outlet after a "|", when given).
func addDated(t *testing.T, store *models.Store, title, outlet, date string, speakers ...string) {
	t.Helper()
	ctx := context.Background()
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		t.Fatal(err)
	}
	a := &models.Article{Title: title, Body: title, PublishedOn: &d}
	if err := store.CreateArticle(ctx, a, models.OutletRef{Name: outlet}); err != nil {
		t.Fatal(err)
	}
	for i, sp := range speakers {
		name, via, _ := strings.Cut(sp, "|")
		err := store.SaveQuote(ctx, &models.QuoteDraft{
			Quote:   models.Quote{Text: fmt.Sprintf("%s, said for the %d time", title, i+1), Kind: models.QuoteDirect, Status: "unverified"},
			Speaker: models.PersonRef{Name: name, Create: true, Kind: models.KindPerson},
			Article: models.ArticleRef{ID: a.ID},
			Via:     models.OutletRef{Name: via},
			Topics:  []string{"privacy"},
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestOutletTopicAndPersonDashboards(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	addDated(t, app.Store, "Khan speaks in May", "NPR", "2022-05-10", "Lina Khan", "Lina Khan|FTC Business Blog", "Ada Example")
	addDated(t, app.Store, "Khan speaks in July", "NPR", "2022-07-01", "Lina Khan")

	// NPR printed four quotes: two in May, none in June, one... as added.
	body := get(t, app, "/outlets/npr/dashboard")
	contains(t, "/outlets/npr/dashboard", body,
		`<h1>Who gets quoted in NPR</h1>`,
		`<strong>4</strong> quotes`,
		`<strong>25.0%</strong> via another outlet`,
		row("2022-05", "", 3, -1), row("2022-06", "", 0, -1), row("2022-07", "", 1, -1),
		row("Lina Khan", "/people/lina-khan", 3, 4),
		row("Ada Example", "/people/ada-example", 1, 4),
		`Dated quotes in NPR per month, from 2022-05 to 2022-07: 4 in all.`,
		`<a href="/outlets/npr">NPR’s quotes</a>`,
	)
	if strings.Contains(body, "Outlets that carry them") {
		t.Error("an outlet's dashboard lists outlets")
	}
	if !strings.Contains(get(t, app, "/outlets/npr"), `href="/outlets/npr/dashboard"`) {
		t.Error("the outlet's page does not link its dashboard")
	}

	// The privacy topic: the demo's privacy quotes and the four added.
	var demoPrivacy int64
	for _, q := range demo.Quotes {
		if slices.Contains(q.Topics, "privacy") {
			demoPrivacy++
		}
	}
	topic := demoPrivacy + 4
	body = get(t, app, "/topics/privacy/dashboard")
	contains(t, "/topics/privacy/dashboard", body,
		`<strong>`+charts.Number(topic)+`</strong> quotes`,
		`<strong>`+charts.Number(demoPrivacy)+`</strong> undated`,
		row("2022-05", "", 3, -1),
	)
	if !strings.Contains(get(t, app, "/topics/privacy"), `href="/topics/privacy/dashboard"`) {
		t.Error("the topic's page does not link its dashboard")
	}

	// Lina Khan's page: her quotes by year, and the outlets that print them.
	var khan int64
	for _, q := range demo.Quotes {
		if q.Speaker == "Lina Khan" {
			khan++
		}
	}
	body = get(t, app, "/people/lina-khan")
	contains(t, "/people/lina-khan", body,
		`<h2 id="over-time">Quoted over time</h2>`,
		row("2022", "", 3, -1),
		row("NPR", "/outlets/npr", 3, khan+3),
		`Dated quotes by Lina Khan per year, from 2022 to 2022: 3 in all, and `+charts.Number(khan)+` undated.`,
	)

	for _, path := range []string{"/outlets/nowhere/dashboard", "/topics/nothing/dashboard"} {
		if res := app.Get(path); res.Status != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, res.Status)
		}
	}
}

// A search's dashboard counts what the search page finds, with the same
// filters.
func TestSearchDashboardCountsWhatTheSearchFinds(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	found := regexp.MustCompile(`(\d+) quotes? found`)
	for _, query := range []string{"q=security", "q=security&person=Khan", "q=deceitful+OR+pretext&via=npr", "topic=advertising", "q=zebra"} {
		page := get(t, app, "/search?"+query)
		want := "0"
		if m := found.FindStringSubmatch(page); m != nil {
			want = m[1]
		}
		n, _ := strconv.ParseInt(want, 10, 64)
		body := get(t, app, "/search/dashboard?"+query)
		contains(t, "/search/dashboard?"+query, body, `<strong>`+charts.Number(n)+`</strong> quote`)
		if n > 0 && !strings.Contains(page, `href="/search/dashboard?`) {
			t.Errorf("/search?%s does not link its dashboard", query)
		}
	}
	// No search at all: the site's dashboard.
	if res := app.Get("/search/dashboard"); res.Status != http.StatusSeeOther || res.Location != "/dashboard" {
		t.Errorf("GET /search/dashboard: %d to %q, want 303 to /dashboard", res.Status, res.Location)
	}
}

// What editors record of a speaker (gender, affiliation) shows in the
// shares; what they type is escaped everywhere it shows.
func TestGenderAndAffiliationFromThePersonForm(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	ctx := context.Background()
	p, err := app.Store.PersonBySlug(ctx, "lina-khan")
	if err != nil {
		t.Fatal(err)
	}
	res := app.PostForm("/people/lina-khan", url.Values{
		"name": {p.Name}, "kind": {p.Kind}, "description": {p.Description}, "aliases": {strings.Join(p.Aliases, "\n")},
		"version": {strconv.Itoa(p.Version)}, "gender": {" woman "}, "affiliation": {`Federal <Trade> "Commission"`},
	})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("save the person: %d\n%s", res.Status, res.Body)
	}
	p, err = app.Store.PersonBySlug(ctx, "lina-khan")
	if err != nil || p.Gender != "woman" || p.Affiliation != `Federal <Trade> "Commission"` {
		t.Fatalf("saved gender %q, affiliation %q (%v)", p.Gender, p.Affiliation, err)
	}
	total := int64(len(demo.Quotes))
	var khan int64
	for _, q := range demo.Quotes {
		if q.Speaker == "Lina Khan" {
			khan++
		}
	}
	editor := app.User
	app.SignOut()
	body := get(t, app, "/dashboard")
	contains(t, "/dashboard", body,
		row("woman", "", khan, total),
		row("Not recorded", "", total-khan, total),
		row("Federal &lt;Trade&gt; &#34;Commission&#34;", "", khan, total),
	)
	if strings.Contains(body, "<Trade>") {
		t.Error("the affiliation is not escaped")
	}
	contains(t, "/people/lina-khan", get(t, app, "/people/lina-khan"), `<dt>Gender</dt><dd>woman</dd>`)

	// Too long: the form says which field.
	app.SignInAs(editor)
	res = app.PostForm("/people/lina-khan", url.Values{
		"name": {p.Name}, "kind": {p.Kind}, "version": {strconv.Itoa(p.Version)}, "gender": {strings.Repeat("x", 61)},
	})
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="gender"`) {
		t.Errorf("a gender of 61 characters: %d, want 422 naming the field", res.Status)
	}
}
