package e2e

import (
	"context"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

// noScript turns the tab's JavaScript off, as some readers have it.
var noScript = chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
	_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
	return err
})

// colorScheme makes the tab prefer a light or a dark colour scheme.
func colorScheme(scheme string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		return err
	})
}

// visible reports whether the element sel finds is shown: not under
// display: none, nor in a closed details element.
func visible(sel string) chromedp.Action[bool] {
	return chromedp.Evaluate[bool](`(() => { const e = document.querySelector(` + jsString(sel) + `); return !!e && e.checkVisibility({visibilityProperty: true}) })()`)
}

// The cite box shows one style at a time, and a reader without script
// picks another with the mouse or the arrow keys.
func TestCiteTabsWithoutScript(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	srv := httptest.NewServer(app.Echo)
	defer srv.Close()
	ctx := browser(t)
	if err := chromedp.Do(ctx, noScript, chromedp.Navigate(srv.URL+"/quotes/6"), chromedp.WaitVisible(`#cite-heading`)); err != nil {
		t.Fatal(err)
	}
	shown := func() []string {
		t.Helper()
		var out []string
		for _, id := range []string{"apa", "mla", "chicago", "bibtex", "ris", "csl-json"} {
			if must(chromedp.Run(ctx, visible("#cite-"+id)))(t) {
				out = append(out, id)
			}
		}
		return out
	}
	if got := shown(); len(got) != 1 || got[0] != "apa" {
		t.Fatalf("at first the cite box shows %v, want only apa", got)
	}
	if err := chromedp.Do(ctx, click(`label[for=cite-tab-mla]`)); err != nil {
		t.Fatal(err)
	}
	if got := shown(); len(got) != 1 || got[0] != "mla" {
		t.Errorf("after a click on MLA the cite box shows %v, want only mla", got)
	}
	if err := chromedp.Do(ctx, chromedp.Focus(`#cite-tab-mla`), chromedp.KeyEvent(kb.ArrowRight)); err != nil {
		t.Fatal(err)
	}
	if got := shown(); len(got) != 1 || got[0] != "chicago" {
		t.Errorf("after the right arrow the cite box shows %v, want only chicago", got)
	}
	scripts := must(chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("button.copy").length`)))(t)
	if scripts != 0 {
		t.Errorf("copy.js ran (%d copy buttons): the test meant to have no script", scripts)
	}
}

// On a phone the header takes one line, with the menu and the filters
// folded until asked for; on a wide screen both are open.
func TestPhoneHeaderAndFiltersFold(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	addDatedQuotes(t, app.Store)
	srv := httptest.NewServer(app.Echo)
	defer srv.Close()
	ctx := browser(t)
	logInInBrowser(t, ctx, app, srv.URL)
	headerHeight := `document.querySelector(".site-header").getBoundingClientRect().height`
	for _, signedIn := range []bool{true, false} {
		if !signedIn {
			if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"), click(`.menu > summary`), click(`form[action="/logout"] button`), chromedp.WaitVisible(`.login-link`)); err != nil {
				t.Fatal(err)
			}
		}
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile), chromedp.Navigate(srv.URL+"/people/lina-khan"), chromedp.WaitVisible(`footer`)); err != nil {
			t.Fatal(err)
		}
		if h := must(chromedp.Run(ctx, chromedp.Evaluate[float64](headerHeight)))(t); h > 60 {
			t.Errorf("signed in %v: the header is %.0fpx high on a 390px phone, want one line", signedIn, h)
		}
		if must(chromedp.Run(ctx, visible(`.site-nav a[href="/people"]`)))(t) || must(chromedp.Run(ctx, visible(`#filter-topic`)))(t) {
			t.Errorf("signed in %v: the menu or the filters are open before being asked for", signedIn)
		}
		if err := chromedp.Do(ctx, click(`.menu > summary`), chromedp.WaitVisible(`.site-nav a[href="/people"]`),
			click(`.fold > summary`), chromedp.WaitVisible(`#filter-topic`)); err != nil {
			t.Errorf("signed in %v: the menu and filters do not open: %v", signedIn, err)
		}
		if overflow := must(chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth - document.documentElement.clientWidth`)))(t); overflow > 0 {
			t.Errorf("signed in %v: the open menu scrolls sideways by %dpx", signedIn, overflow)
		}
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(srv.URL+"/people/lina-khan"), chromedp.WaitVisible(`footer`)); err != nil {
		t.Fatal(err)
	}
	for _, sel := range []string{`.site-nav a[href="/people"]`, `#site-search-q`, `#filter-topic`} {
		if !must(chromedp.Run(ctx, visible(sel)))(t) {
			t.Errorf("on a wide screen %s is folded away", sel)
		}
	}
	if must(chromedp.Run(ctx, visible(`.menu > summary`)))(t) {
		t.Error("on a wide screen the menu button shows")
	}
}

// axeSource is axe-core, installed by `npm ci --prefix test/e2e/testdata/axe`.
// Without it the test is skipped, except under CI.
func axeSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "axe", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("axe-core missing: run npm ci --prefix test/e2e/testdata/axe")
		}
		t.Skip("axe-core not installed: npm ci --prefix test/e2e/testdata/axe")
	}
	return string(b)
}

// axeViolation is one rule axe finds broken, and where.
type axeViolation struct {
	ID    string   `json:"id"`
	Nodes []string `json:"nodes"`
}

// The reading pages pass axe's WCAG A and AA rules (contrast, links told
// apart from text without colour, names, landmarks) in the light scheme
// and the dark, on a wide screen and a phone.
func TestReadingPagesPassAxeLightAndDark(t *testing.T) {
	t.Parallel()
	axe := axeSource(t)
	app := apptest.NewAnonymous(t, true)
	addDatedQuotes(t, app.Store)
	srv := httptest.NewServer(app.Echo)
	defer srv.Close()
	run := `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}, rules: {"link-in-text-block": {enabled: true}}})
	  .then(r => r.violations.map(v => ({id: v.id, nodes: v.nodes.slice(0, 4).map(n => n.target.join(" "))})))`
	// One tab for every page, each page with a minute: axe takes seconds
	// of a busy machine, and a tab of its own for each would cost more.
	shared := browserFor(t, 10*time.Minute)
	pages := []string{"/quotes/6", "/articles/1", "/people", "/people/lina-khan", "/dashboard", "/search?q=security",
		"/search?q=" + url.QueryEscape(`"((`), "/search?q=kahn", "/quotes"}
	// Light on a wide screen and dark on a phone: the colours are the
	// same at every width, and the layouts differ by width alone. Each
	// page loads once, light, and is turned dark and narrow in place:
	// axe stays loaded, and the page restyles as a reader's would.
	views := []struct {
		scheme string
		width  int64
	}{{"light", 1280}, {"dark", 390}}
	for _, path := range pages {
		t.Run(path, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(shared, 60*time.Second)
			defer cancel()
			err := chromedp.Do(ctx, colorScheme(views[0].scheme), chromedp.EmulateViewport(views[0].width, 900),
				chromedp.Navigate(srv.URL+path), chromedp.WaitVisible(`footer`))
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](axe)); err != nil {
				t.Fatalf("load axe: %v", err)
			}
			for i, view := range views {
				if i > 0 {
					if err := chromedp.Do(ctx, colorScheme(view.scheme), chromedp.EmulateViewport(view.width, 900)); err != nil {
						t.Fatalf("%s %s: %v", path, view.scheme, err)
					}
				}
				found, err := chromedp.Run(ctx, chromedp.Evaluate[[]axeViolation](run, chromedp.EvalAwaitPromise))
				if err != nil {
					t.Fatalf("%s %s: axe: %v", path, view.scheme, err)
				}
				for _, v := range found {
					t.Errorf("%s, %s %dpx: %s at %s", path, view.scheme, view.width, v.ID, strings.Join(v.Nodes, "; "))
				}
			}
		})
	}
}

// A quote's page prints its words, who said them and a citation, and
// none of the site's navigation or buttons.
func TestQuotePagePrints(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	srv := httptest.NewServer(app.Echo)
	defer srv.Close()
	ctx := browser(t)
	printMedia := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	})
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/quotes/6"), chromedp.WaitVisible(`footer`), printMedia); err != nil {
		t.Fatal(err)
	}
	for sel, want := range map[string]bool{
		"h1.big-quote": true, ".quote-by": true, "#cite-apa-reference": true,
		".site-header": false, ".site-footer": false, "label.tab": false, "button.copy": false, ".more": false, ".exports": false,
	} {
		if got := must(chromedp.Run(ctx, visible(sel)))(t); got != want {
			t.Errorf("printed, %s shows: %v, want %v", sel, got, want)
		}
	}
}
