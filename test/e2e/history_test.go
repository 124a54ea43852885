package e2e

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

// An editor logs in, edits a quote with a summary, reads the change in its
// history, restores the first version, then deletes the quote and brings
// it back from the trash.
func TestEditHistoryRestoreInBrowser(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	srv := httptest.NewServer(app.Echo)
	defer srv.Close()
	ctx := browser(t)
	logInInBrowser(t, ctx, app, srv.URL)
	original, err := app.Store.QuoteByID(context.Background(), 6)
	if err != nil {
		t.Fatal(err)
	}

	err = chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/quotes/6/edit"),
		chromedp.WaitVisible(`#text`),
		chromedp.SetValue(`#text`, "Twitter obtained data from users for security purposes and used it for ads."),
		chromedp.SendKeys(`#summary`, "Shortened to the claim"),
		follow(`form.stack button[type=submit]`),
		chromedp.WaitVisible(`.big-quote`),
		follow(`a[href="/history/quote/6"]`),
		chromedp.WaitVisible(`.revisions`),
	)
	if err != nil {
		t.Fatalf("edit and open the history: %v", err)
	}
	history := must(chromedp.Run(ctx, chromedp.Text(`main`)))(t)
	for _, want := range []string{"Version 2 (current)", "Shortened to the claim", "browser-editor@example.org", "Version 1"} {
		if !strings.Contains(history, want) {
			t.Errorf("history lacks %q:\n%s", want, history)
		}
	}
	marked := must(chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('.revision ins, .revision del').length`)))(t)
	if marked == 0 {
		t.Error("the history marks no words as taken out or put in")
	}

	err = chromedp.Do(ctx,
		click(`form[action$="/restore"] button`),
		chromedp.WaitVisible(`.big-quote`),
	)
	if err != nil {
		t.Fatalf("restore: %v", err)
	}
	text := must(chromedp.Run(ctx, chromedp.Text(`.big-quote`)))(t)
	if !strings.Contains(text, original.Text[:40]) {
		t.Errorf("after restoring version 1 the quote reads %q", text)
	}

	err = chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/quotes/6/delete"),
		chromedp.WaitVisible(`#summary`),
		chromedp.SendKeys(`#summary`, "Checking the trash"),
		click(`button.danger`),
		chromedp.WaitVisible(`.flash`),
		chromedp.Navigate(srv.URL+"/trash"),
		chromedp.WaitVisible(`.revisions`),
		click(`.revisions form button`),
		chromedp.WaitVisible(`.big-quote`),
	)
	if err != nil {
		t.Fatalf("delete and restore from the trash: %v", err)
	}
	if at := must(chromedp.Run(ctx, chromedp.Location()))(t); !strings.HasSuffix(at, "/quotes/6") {
		t.Errorf("restoring from the trash led to %s", at)
	}
}

// follow clicks the element sel matches from the page's own script, as a
// person's click would reach it. Right after a page loads, the browser may
// renumber its document's nodes between finding one and clicking it, which
// fails a click made by node ("Could not find node with given id"); a
// script's click finds the element when it clicks.
func follow(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		found, err := chromedp.Evaluate[bool](fmt.Sprintf(`(() => { const e = document.querySelector(%q); if (!e) return false; e.click(); return true })()`, sel))(ctx, t)
		if err != nil {
			return err
		}
		if !found {
			return fmt.Errorf("no element matches %s", sel)
		}
		return nil
	})
}
