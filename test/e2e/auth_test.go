package e2e

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apptest"
)

// logInInBrowser makes an editor with a password and logs the browser in
// as them through the login form.
func logInInBrowser(t *testing.T, ctx context.Context, app *apptest.App, baseURL string) {
	t.Helper()
	const email, password = "browser-editor@example.org", "a password for the browser"
	apptest.MustCreateUser(t, app.Store, email, accounts.RoleEditor, password)
	err := chromedp.Do(ctx,
		chromedp.Navigate(baseURL+"/login"),
		chromedp.WaitVisible(`#email`),
		chromedp.SendKeys(`#email`, email),
		chromedp.SendKeys(`#password`, password),
		click(`form.stack button[type=submit]`),
		chromedp.WaitVisible(`.site-account form[action="/logout"]`),
	)
	if err != nil {
		t.Fatalf("log in: %v", err)
	}
}

// An editor logs in from the page they wanted, edits a quote, logs out,
// and the edit form is then refused.
func TestLoginEditLogoutInBrowser(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	srv := httptest.NewServer(app.Echo)
	defer srv.Close()
	ctx := browser(t)
	const email, password = "ed@example.org", "correct horse battery staple"
	apptest.MustCreateUser(t, app.Store, email, accounts.RoleEditor, password)

	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/quotes/6/edit"),
		chromedp.WaitVisible(`#password`),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	loginAt := must(chromedp.Run(ctx, chromedp.Location()))(t)
	if !strings.Contains(loginAt, "/login?next=") {
		t.Fatalf("the edit form signed out led to %s, want the login page", loginAt)
	}
	err = chromedp.Do(ctx,
		chromedp.SendKeys(`#email`, email),
		chromedp.SendKeys(`#password`, password),
		click(`form.stack button[type=submit]`),
		chromedp.WaitVisible(`#speaker_title`),
		chromedp.SetValue(`#speaker_title`, "Chair of the FTC"),
		click(`form.stack button[type=submit]`),
		chromedp.WaitVisible(`.big-quote`),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	quotePage := must(chromedp.Run(ctx, chromedp.Text(`main`)))(t)
	header := must(chromedp.Run(ctx, chromedp.Text(`.site-account`)))(t)
	if !strings.Contains(quotePage, "Chair of the FTC") {
		t.Errorf("the quote page does not show the edit:\n%s", quotePage)
	}
	if !strings.Contains(header, email) {
		t.Errorf("the header does not name the editor: %q", header)
	}

	err = chromedp.Do(ctx,
		click(`.site-account button[type=submit]`),
		chromedp.WaitVisible(`a.login-link[href="/login"]`),
	)
	if err != nil {
		t.Fatalf("log out: %v", err)
	}
	flash := must(chromedp.Run(ctx, chromedp.Text(`.flash`)))(t)
	if !strings.Contains(flash, "Logged out") {
		t.Errorf("flash after logout = %q", flash)
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/quotes/6/edit"),
		chromedp.WaitVisible(`#password`),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	refusedAt := must(chromedp.Run(ctx, chromedp.Location()))(t)
	fields := must(chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#speaker_title').length`)))(t)
	if !strings.Contains(refusedAt, "/login") || fields != 0 {
		t.Errorf("after logout the edit form is at %s with %d quote fields, want the login page", refusedAt, fields)
	}
}
