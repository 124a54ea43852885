// Package e2e drives quotetrail in a real Chromium, as a person would.
package e2e

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

// browser starts a headless Chromium for the test. Where none is
// installed the test is skipped, except under CI, where that is a failure.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no Chromium found: CI must install Debian's chromium package")
		}
		t.Skip("no Chromium found; install Debian's chromium to run browser tests")
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
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	return ctx
}

// A newcomer adds a quote through the form, without any script, and finds
// it on the speaker's page.
func TestAddQuoteThroughFormInBrowser(t *testing.T) {
	app := apptest.New(t, true)
	srv := httptest.NewServer(app.Echo)
	defer srv.Close()
	ctx := browser(t)
	logInInBrowser(t, ctx, app, srv.URL)

	const text = "We are going to keep using every tool we have to protect Americans' data."
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.Click(`a.cta`, chromedp.NodeVisible),
		chromedp.WaitVisible(`#text`),
		chromedp.SendKeys(`#text`, text),
		chromedp.SendKeys(`#speaker`, "Lina Khan"),
		chromedp.SendKeys(`#speaker_title`, "FTC chair"),
		chromedp.SetValue(`#article_id`, "1"),
		chromedp.SendKeys(`#via`, "NPR"),
		chromedp.SendKeys(`#topics`, "privacy, data"),
		chromedp.Click(`form.stack button[type=submit]`),
		chromedp.WaitVisible(`.big-quote`),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	flash := must(chromedp.Run(ctx, chromedp.Text(`.flash`)))(t)
	location := must(chromedp.Run(ctx, chromedp.Location()))(t)
	err = chromedp.Do(ctx,
		chromedp.Click(`dl.facts a[href="/people/lina-khan"]`),
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
		chromedp.Click(`form.stack button[type=submit]`),
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
	app := apptest.New(t, true)
	srv := httptest.NewServer(app.Echo)
	defer srv.Close()
	ctx := browser(t)
	logInInBrowser(t, ctx, app, srv.URL)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile)); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/", "/people", "/people/lina-khan", "/articles", "/articles/1", "/quotes/6", "/outlets/npr?show=via", "/quotes/new", "/articles/new", "/history/article/1", "/changes", "/trash"} {
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
