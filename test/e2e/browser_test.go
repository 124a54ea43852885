// Package e2e drives quotetrail in a real Chromium, as a person would.
package e2e

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

// TestMain runs the tests, then closes the Chromium they shared and
// drops the database templates.
func TestMain(m *testing.M) {
	code := apptest.RunTests(m)
	chromium.close()
	os.Exit(code)
}

// sharedBrowser is one headless Chromium for all of the package's tests,
// started by the first test that needs it: starting one took a second or
// more of each test.
type sharedBrowser struct {
	once    sync.Once
	missing string          // why there is no browser to start
	err     error           // why it did not start
	ctx     context.Context // the browser's first tab, which keeps it running
	cancel  func()
	idle    chan *tab // tabs no test is using
}

// chromium is the test binary's browser.
var chromium = sharedBrowser{idle: make(chan *tab, 4)}

// start starts Chromium, or notes why it cannot.
func (b *sharedBrowser) start() {
	path := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		b.missing = "no Chromium found; install Debian's chromium to run browser tests"
		return
	}
	profile, err := os.MkdirTemp("", "quotetrail-chromium-")
	if err != nil {
		b.err = err
		return
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-component-extensions-with-background-pages", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-site-isolation-trials", true),
		// Tabs run side by side, and Chromium slows every tab but the
		// one in front unless told not to.
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-backgrounding-occluded-windows", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
		// Headless Chromium still builds each window's address-bar
		// pop-ups, two hidden pages per window (one per test), and they
		// cost as much processor as the pages under test.
		chromedp.Flag("disable-features", "WebUIOmniboxPopup,WebUIOmniboxAimPopup,OmniboxAimPopupWebUIContent,"+
			"OmniboxFullPopupWebUIContent,OmniboxPopupWebUIBaseContent,OmniboxPopupWebUIContent,"+
			"PrewarmWebUIContents,FullWebUIOmniboxFrame,Translate,OptimizationHints,MediaRouter,IsolateOrigins,site-per-process"),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	}
	opts = append(opts, chromedp.ModifyCmdFunc(keepOrdinaryPriority))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	b.ctx = ctx
	b.cancel = func() { cancelCtx(); cancelAlloc(); os.RemoveAll(profile) }
	// The browser lives as long as the context its first run is given,
	// so the wait for it to start is bounded here instead.
	started := make(chan error, 1)
	go func() { started <- chromedp.Do(ctx) }()
	select {
	case err := <-started:
		if err != nil {
			b.err = fmt.Errorf("start Chromium: %w", err)
		}
	case <-time.After(60 * time.Second):
		b.err = errors.New("start Chromium: no answer within 60s")
	}
}

// keepOrdinaryPriority starts Chromium without the right to raise its
// processes' priority, where setpriv can take it away. Run as root (as CI
// runs), Chromium raises its browser and GPU processes to nice -8, and
// then the other packages' tests, which run beside these, get a fifth of
// the processor while it works.
func keepOrdinaryPriority(cmd *exec.Cmd) {
	setpriv, err := exec.LookPath("setpriv")
	if err != nil || os.Geteuid() != 0 {
		return
	}
	cmd.Args = append([]string{setpriv, "--bounding-set", "-sys_nice", "--inh-caps", "-sys_nice", "--", cmd.Path}, cmd.Args[1:]...)
	cmd.Path = setpriv
}

// close stops the browser, if it was started.
func (b *sharedBrowser) close() {
	b.once.Do(func() {})
	if b.cancel != nil {
		b.cancel()
	}
}

// browser lends the test a tab of the shared Chromium, in a browser
// context of its own, so that no cookie of another test's server (all are
// on 127.0.0.1) reaches it, for a minute at most. Where no Chromium is
// installed the test is skipped, except under CI, where that is a failure.
func browser(t *testing.T) context.Context {
	t.Helper()
	return browserFor(t, time.Minute)
}

// browserFor is browser for a test that may take longer than a minute.
func browserFor(t *testing.T, limit time.Duration) context.Context {
	t.Helper()
	chromium.once.Do(chromium.start)
	if chromium.missing != "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no Chromium found: CI must install Debian's chromium package")
		}
		t.Skip(chromium.missing)
	}
	if chromium.err != nil {
		t.Fatal(chromium.err)
	}
	tb, err := chromium.takeTab()
	if err != nil {
		t.Fatalf("open a tab: %v", err)
	}
	ctx, cancelTimeout := context.WithTimeout(tb.ctx, limit)
	t.Cleanup(func() {
		cancelTimeout()
		// A failed test may have left its tab in any state.
		if t.Failed() {
			tb.close()
			return
		}
		chromium.giveBack(tb)
	})
	return ctx
}

// tab is a tab of the shared Chromium in a browser context of its own.
type tab struct {
	ctx   context.Context
	close func()
}

// takeTab returns an idle tab, or opens one. Opening a window costs the
// headless browser half a second of processor, most of a short test's,
// so tabs are lent again once a test is done with them.
func (b *sharedBrowser) takeTab() (*tab, error) {
	select {
	case tb := <-b.idle:
		return tb, nil
	default:
	}
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
	opened := make(chan error, 1)
	go func() { opened <- chromedp.Do(ctx) }()
	select {
	case err := <-opened:
		if err != nil {
			cancel()
			return nil, err
		}
	case <-time.After(60 * time.Second):
		cancel()
		return nil, errors.New("no answer within 60s")
	}
	return &tab{ctx: ctx, close: cancel}, nil
}

// giveBack keeps the tab for the next test, as a new one would be; a tab
// that cannot be reset, or one too many, is closed.
func (b *sharedBrowser) giveBack(tb *tab) {
	if err := tb.reset(); err != nil {
		tb.close()
		return
	}
	select {
	case b.idle <- tb:
	default:
		tb.close()
	}
}

// reset leaves the tab with no cookies, on a blank page, with no emulated
// screen, touch, media or script setting.
func (tb *tab) reset() error {
	ctx, cancel := context.WithTimeout(tb.ctx, 10*time.Second)
	defer cancel()
	clear := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		steps := []func() error{
			func() error { _, err := cdp.Call(ctx, t, network.ClearBrowserCookies, cdp.Empty{}); return err },
			func() error {
				_, err := cdp.Call(ctx, t, emulation.ClearDeviceMetricsOverride, cdp.Empty{})
				return err
			},
			func() error {
				_, err := cdp.Call(ctx, t, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{})
				return err
			},
			func() error {
				_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{})
				return err
			},
			func() error {
				_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{})
				return err
			},
		}
		for _, step := range steps {
			if err := step(); err != nil {
				return err
			}
		}
		return nil
	})
	return chromedp.Do(ctx, chromedp.Navigate("about:blank"), clear)
}

// A newcomer adds a quote through the form, without any script, and finds
// it on the speaker's page.
func TestAddQuoteThroughFormInBrowser(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	srv := httptest.NewServer(app.Echo)
	defer srv.Close()
	ctx := browser(t)
	logInInBrowser(t, ctx, app, srv.URL)

	const text = "We are going to keep using every tool we have to protect Americans' data."
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		click(`a.cta`, chromedp.NodeVisible),
		chromedp.WaitVisible(`#text`),
		chromedp.SendKeys(`#text`, text),
		chromedp.SendKeys(`#speaker`, "Lina Khan"),
		chromedp.SendKeys(`#speaker_title`, "FTC chair"),
		chromedp.SetValue(`#article_id`, "1"),
		chromedp.SendKeys(`#via`, "NPR"),
		chromedp.SendKeys(`#topics`, "privacy, data"),
		click(`form.stack button[type=submit]`),
		chromedp.WaitVisible(`.big-quote`),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	flash := must(chromedp.Run(ctx, chromedp.Text(`.flash`)))(t)
	location := must(chromedp.Run(ctx, chromedp.Location()))(t)
	err = chromedp.Do(ctx,
		click(`dl.facts a[href="/people/lina-khan"]`),
		chromedp.WaitVisible(`ol.quotes`),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	speakerPage := must(chromedp.Run(ctx, chromedp.Text(`main`)))(t)
	if !strings.Contains(location, "/quotes/") {
		t.Errorf("after saving, the browser is at %s, want the quote's page", location)
	}
	if !strings.Contains(flash, "Added the quote") {
		t.Errorf("flash after saving = %q", flash)
	}
	if !strings.Contains(speakerPage, text) || !strings.Contains(speakerPage, "3 quotes") {
		t.Errorf("the speaker's page does not show the new quote:\n%s", speakerPage)
	}
}

// A form with problems comes back with each named, and the browser shows
// the 422 page rather than losing what was typed.
func TestBadQuoteFormInBrowser(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	srv := httptest.NewServer(app.Echo)
	defer srv.Close()
	ctx := browser(t)
	logInInBrowser(t, ctx, app, srv.URL)

	before := app.Counts()
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/quotes/new"),
		chromedp.WaitVisible(`#text`),
		chromedp.SendKeys(`#text`, "Words nobody said."),
		chromedp.SendKeys(`#speaker`, "Nobody Known"),
		click(`form.stack button[type=submit]`),
		chromedp.WaitVisible(`#speaker-error`),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	speakerErr := must(chromedp.Run(ctx, chromedp.Text(`#speaker-error`)))(t)
	kept := must(chromedp.Run(ctx, chromedp.Value(`#text`)))(t)
	if !strings.Contains(speakerErr, "There is no one called “Nobody Known” yet") {
		t.Errorf("speaker error = %q", speakerErr)
	}
	if kept != "Words nobody said." {
		t.Errorf("typed quote not kept: %q", kept)
	}
	if after := app.Counts(); after != before {
		t.Errorf("counts changed: %+v -> %+v", before, after)
	}

	// A slip in a known name: the form asks whether Lina Khan was meant,
	// and picking her saves the quote as hers.
	must(chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('#speaker').value = ''; document.querySelector('#article_id').value = '1'; 'cleared'`)))(t)
	err = chromedp.Do(ctx,
		chromedp.SendKeys(`#speaker`, "Lina Kahn"),
		click(`form.stack button[type=submit]`),
		chromedp.WaitVisible(`fieldset.near-names`),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	offered := must(chromedp.Run(ctx, chromedp.Text(`fieldset.near-names`)))(t)
	if !strings.Contains(offered, "Did you mean") || !strings.Contains(offered, "Lina Khan") {
		t.Fatalf("the form offers %q, want Lina Khan", offered)
	}
	err = chromedp.Do(ctx,
		click(`label[for=speaker_pick_0]`),
		click(`form.stack button[type=submit]`),
		chromedp.WaitVisible(`.big-quote`),
		chromedp.WaitVisible(`dl.facts a[href="/people/lina-khan"]`),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	if after := app.Counts(); after.Quotes != before.Quotes+1 || after.People != before.People {
		t.Errorf("counts went from %+v to %+v: want one more quote, no new person", before, after)
	}
}

// must turns a value and an error into the value, failing the test on the
// error.
func must[T any](v T, err error) func(*testing.T) T {
	return func(t *testing.T) T {
		t.Helper()
		if err != nil {
			t.Fatalf("browser: %v", err)
		}
		return v
	}
}

// On a phone-sized screen no page scrolls sideways.
func TestPagesFitAPhone(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	addDatedQuotes(t, app.Store)
	srv := httptest.NewServer(app.Echo)
	defer srv.Close()
	ctx := browser(t)
	logInInBrowser(t, ctx, app, srv.URL)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile)); err != nil {
		t.Fatal(err)
	}
	for _, path := range append(dashboardPages, "/", "/people", "/people/lina-khan", "/articles", "/articles/1", "/quotes/6", "/outlets/npr?show=via", "/quotes/new", "/articles/new", "/history/article/1", "/changes", "/trash") {
		err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+path), chromedp.WaitVisible(`footer`))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		overflow := must(chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth - document.documentElement.clientWidth`)))(t)
		if overflow > 0 {
			t.Errorf("%s scrolls sideways by %dpx on a 360px-wide screen", path, overflow)
		}
	}
}

// A tab lent again comes back as a new one: no cookie of the last test's
// server, the window's own width and colours, scripts on.
func TestLentTabsStartClean(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/set" {
			http.SetCookie(w, &http.Cookie{Name: "left", Value: "over", Path: "/"})
		}
		fmt.Fprint(w, `<!doctype html><title>tab</title><p id="p">no script</p><script>document.getElementById('p').textContent = 'script ran'</script>`)
	}))
	defer srv.Close()
	browser(t) // skips where there is no Chromium
	tb, err := chromium.takeTab()
	if err != nil {
		t.Fatal(err)
	}
	defer tb.close()
	ctx, cancel := context.WithTimeout(tb.ctx, time.Minute)
	defer cancel()
	err = chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/set"), noScript, colorScheme("dark"),
		chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
	if err != nil {
		t.Fatal(err)
	}
	if err := tb.reset(); err != nil {
		t.Fatalf("reset: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/")); err != nil {
		t.Fatal(err)
	}
	state := must(chromedp.Run(ctx, chromedp.Evaluate[string](`[document.cookie, innerWidth, matchMedia('(prefers-color-scheme: dark)').matches, document.getElementById('p').textContent].join(' | ')`)))(t)
	if want := " | 1280 | false | script ran"; state != want {
		t.Errorf("a reset tab shows %q, want %q", state, want)
	}
}

// click clicks the element sel matches, as chromedp.Click does, once more
// when the browser renumbered the document's nodes between finding the
// element and clicking it ("Could not find node with given id"), which a
// page that has just loaded can do; any other failure, or the same one
// twice, fails.
func click(sel string, opts ...chromedp.QueryOption) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		v, err := chromedp.Click(sel, opts...)(ctx, t)
		if err != nil && strings.Contains(err.Error(), "Could not find node with given id") {
			return chromedp.Click(sel, opts...)(ctx, t)
		}
		return v, err
	}
}
