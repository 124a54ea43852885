package e2e

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

// A reader searches for a phrase from the box in the header and sees the
// quotes that hold it, the phrase marked.
func TestSearchPhraseInBrowser(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	srv := httptest.NewServer(app.Echo)
	defer srv.Close()
	ctx := browser(t)

	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/people"),
		chromedp.WaitVisible(`#site-search-q`),
		chromedp.SendKeys(`#site-search-q`, `"security purposes"`),
		chromedp.Submit(`#site-search-q`),
		chromedp.WaitVisible(`#results-heading`),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	heading := must(chromedp.Run(ctx, chromedp.Text(`#results-heading`)))(t)
	marked := must(chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("ol.quotes mark").length`)))(t)
	first := must(chromedp.Run(ctx, chromedp.Text(`ol.quotes mark`)))(t)
	kept := must(chromedp.Run(ctx, chromedp.Value(`#search-q`)))(t)
	if heading != "3 quotes found" {
		t.Errorf("results heading = %q, want 3 quotes found", heading)
	}
	if marked != 3 || first != "security purposes" {
		t.Errorf("%d marks, the first %q; want 3 marking security purposes", marked, first)
	}
	if kept != `"security purposes"` {
		t.Errorf("the search form shows %q, want the phrase searched for", kept)
	}
}

// An editor types part of a name in the quote form: the suggestions come
// from the server, and the article finder selects an article the list
// did not show.
func TestPickersInBrowser(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	srv := httptest.NewServer(app.Echo)
	defer srv.Close()
	ctx := browser(t)
	logInInBrowser(t, ctx, app, srv.URL)

	poll := func(expr string) chromedp.Action[chromedp.Void] {
		return chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(10*time.Second))
	}
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/quotes/new"),
		chromedp.WaitVisible(`#speaker`),
		// The server put every speaker in the list; typing narrows it to
		// the server's matches.
		poll(`document.querySelectorAll("#person-names option").length === 6`),
		chromedp.SendKeys(`#speaker`, "kh"),
		poll(`document.querySelectorAll("#person-names option").length === 1`),
		chromedp.SendKeys(`#via`, "np"),
		poll(`document.querySelectorAll("#outlet-names option").length === 1`),
		chromedp.WaitVisible(`#article_id-find`),
		chromedp.SendKeys(`#article_id-find`, "fined"),
		poll(`document.querySelectorAll("#article_id-find-list option").length === 1`),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	person := must(chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#person-names option").value`)))(t)
	label := must(chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#person-names option").label`)))(t)
	outlet := must(chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#outlet-names option").value`)))(t)
	suggestion := must(chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#article_id-find-list option").value`)))(t)
	if person != "Lina Khan" || !strings.Contains(label, "2 quotes") {
		t.Errorf("speaker suggestion = %q (%q), want Lina Khan with 2 quotes", person, label)
	}
	if outlet != "NPR" {
		t.Errorf("outlet suggestion = %q, want NPR", outlet)
	}

	// Choosing the suggestion selects the article in the select.
	err = chromedp.Do(ctx,
		chromedp.SetValue(`#article_id`, ""),
		chromedp.SetValue(`#article_id-find`, suggestion),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("#article_id-find").dispatchEvent(new Event("input", {bubbles: true}))`),
		poll(`document.querySelector("#article_id").value === "1"`),
	)
	if err != nil {
		t.Fatalf("choosing the article: %v", err)
	}
	status := must(chromedp.Run(ctx, chromedp.Text(`.picker-find [role=status]`)))(t)
	if !strings.Contains(status, "Twitter Fined") {
		t.Errorf("status after choosing = %q", status)
	}
}
