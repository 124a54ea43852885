package handlers_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

// Every page of the demo data renders in the site's look.
func TestPagesRender(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	pages := []struct {
		path string
		want []string
	}{
		{"/", []string{"Latest quotes", "Most quoted", "Damien Kieran", "<strong>15</strong> quotes"}},
		{"/people", []string{"Khan, Lina", "Levine, Sam", "Twitter spokesperson", `href="/people?letter=K"`}},
		{"/people?letter=K", []string{"Khan, Lina", "Kieran, Damien", `<h2 id="letter-K"`}},
		{"/people/lina-khan", []string{"<h1>Lina Khan</h1>", "As the complaint notes", "FTC chair", "told <a href=\"/outlets/npr\">NPR</a>", "2 quotes"}},
		{"/people/sam-levine", []string{"deliberately deceitful", "paraphrase", "Leader of FTC’s Bureau of Consumer Protection, told"}},
		{"/outlets", []string{"NPR", "FTC Business Blog"}},
		{"/outlets/npr?show=via", []string{"Quotes first told to NPR", "As the complaint notes", "deliberately deceitful"}},
		{"/articles", []string{"Twitter Fined $150 Million"}},
		{"/articles/1", []string{"15 quotes, 15 found in the text", `<mark id="a-`, "Damien Kieran"}},
		{"/quotes/1", []string{"Department of Justice", "security purposes"}},
		{"/topics", []string{"privacy", "advertising"}},
		{"/topics/advertising", []string{"Topic: advertising", "may have been inadvertently used for advertising"}},
		{"/quotes/new", []string{`name="speaker"`, `<option value="1"`, "A new article"}},
		{"/quotes/new?article=1&speaker=lina-khan", []string{`value="Lina Khan"`, `<option value="1" selected>`}},
		{"/people/new", []string{`name="name"`}},
		{"/outlets/new", []string{`name="domains"`}},
		{"/articles/new", []string{`name="body"`}},
		{"/topics/new", []string{`name="name"`}},
		{"/people/lina-khan/edit", []string{`value="Lina Khan"`, "Lina M. Khan"}},
		{"/outlets/npr/edit", []string{`value="NPR"`, "npr.org"}},
		{"/articles/1/edit", []string{"Twitter received bad news"}},
		{"/quotes/6/edit", []string{"As the complaint notes"}},
		{"/topics/privacy/edit", []string{`value="privacy"`}},
		{"/people/lina-khan/delete", []string{"Delete this person?"}},
	}
	for _, p := range pages {
		t.Run(p.path, func(t *testing.T) {
			res := app.Get(p.path)
			if res.Status != http.StatusOK {
				t.Fatalf("GET %s: status %d, want 200\n%s", p.path, res.Status, res.Body)
			}
			if !strings.HasPrefix(res.Body, "<!DOCTYPE html>") || !strings.Contains(res.Body, `<main id="main"`) {
				t.Errorf("GET %s: not a full page in the site's layout", p.path)
			}
			for _, w := range p.want {
				if !strings.Contains(res.Body, w) {
					t.Errorf("GET %s: page lacks %q", p.path, w)
				}
			}
			if n := strings.Count(res.Body, "<h1"); n != 1 {
				t.Errorf("GET %s: %d h1 headings, want 1", p.path, n)
			}
		})
	}
}

func TestNotFoundPages(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	for _, path := range []string{"/nope", "/people/nobody", "/articles/999", "/articles/abc", "/quotes/0", "/outlets/nowhere", "/topics/none", "/people/nobody/edit"} {
		res := app.Get(path)
		if res.Status != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", path, res.Status)
		}
		if !strings.Contains(res.Body, "Page not found") || !strings.Contains(res.Body, `class="site-header"`) {
			t.Errorf("GET %s: 404 page is not in the site's look:\n%s", path, res.Body)
		}
	}
}

func TestHealthz(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, false)
	res := app.Get("/healthz")
	if res.Status != http.StatusOK || res.Body != "ok" {
		t.Fatalf("GET /healthz = %d %q, want 200 ok", res.Status, res.Body)
	}
}

func TestSecurityHeaders(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, false)
	res := app.Get("/")
	for h, want := range map[string]string{
		"X-Content-Type-Options": "nosniff",
		"X-Frame-Options":        "DENY",
		"Referrer-Policy":        "strict-origin-when-cross-origin",
	} {
		if got := res.Header.Get(h); got != want {
			t.Errorf("%s = %q, want %q", h, got, want)
		}
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP = %q", csp)
	}
}

func TestEmptyDatabasePages(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, false)
	for _, path := range []string{"/", "/people", "/articles", "/outlets", "/topics", "/quotes/new"} {
		if res := app.Get(path); res.Status != http.StatusOK {
			t.Errorf("GET %s on an empty database: %d", path, res.Status)
		}
	}
}

func TestStaticAssets(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, false)
	res := app.Get("/static/site.css")
	if res.Status != http.StatusOK || !strings.Contains(res.Header.Get("Content-Type"), "text/css") || !strings.Contains(res.Body, ":focus-visible") {
		t.Fatalf("GET /static/site.css = %d %s", res.Status, res.Header.Get("Content-Type"))
	}
}

// A failure inside a handler shows a 500 page in the site's look that
// tells nothing about the cause.
func TestServerErrorPage(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	app.Store.Close()
	res := app.Get("/people/lina-khan")
	if res.Status != http.StatusInternalServerError {
		t.Fatalf("status %d, want 500", res.Status)
	}
	if !strings.Contains(res.Body, "Something went wrong on our side") || !strings.Contains(res.Body, `class="site-header"`) {
		t.Errorf("500 page not in the site's look:\n%s", res.Body)
	}
	if strings.Contains(res.Body, "sql") || strings.Contains(res.Body, "database is closed") {
		t.Errorf("500 page leaks the cause:\n%s", res.Body)
	}
	if res := app.Get("/healthz"); res.Status != http.StatusServiceUnavailable {
		t.Errorf("healthz with the database gone = %d, want 503", res.Status)
	}
}
