package web_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/web"
)

// publicWrites are the non-GET routes the public may use: they change no
// data, or only the visitor's own sign-in state.
var publicWrites = map[string]bool{
	"POST /login":               true,
	"POST /logout":              true,
	"POST /set-password/:token": true, // the token is the credential
	"POST /api/v1/extract":      true, // computes, writes nothing
}

// The public can read but not write: every writing route (with a valid
// anonymous CSRF token, so that the login check itself is tested) sends
// them to log in or refuses (the API answers 401), and so does every
// form page.
func TestPublicCannotWrite(t *testing.T) {
	app := apptest.NewAnonymous(t, true)
	before := app.Counts()
	for _, r := range writeRoutes(t, app) {
		if publicWrites[r.key] {
			continue
		}
		if strings.HasPrefix(r.path, "/api/") {
			req := httptest.NewRequest(r.method, r.path, strings.NewReader(`{"name": "Changed", "text": "Changed"}`))
			req.Header.Set("Content-Type", "application/json")
			res := app.Do(req)
			if res.Status != http.StatusUnauthorized {
				t.Errorf("anonymous %s %s: status %d, want 401", r.method, r.path, res.Status)
			}
			continue
		}
		res := app.PostForm(r.path, url.Values{"name": {"Changed"}, "text": {"Changed"}})
		if !(res.Status == http.StatusSeeOther && strings.HasPrefix(res.Location, "/login")) && res.Status != http.StatusForbidden {
			t.Errorf("anonymous %s %s: status %d (Location %q), want a redirect to /login or 403", r.method, r.path, res.Status, res.Location)
		}
	}
	for _, r := range app.Echo.Routes() {
		p := r.Path
		if r.Method != http.MethodGet || !(strings.HasSuffix(p, "/new") || strings.HasSuffix(p, "/edit") || strings.HasSuffix(p, "/delete") ||
			strings.HasSuffix(p, "/review") || strings.HasPrefix(p, "/admin") || strings.HasPrefix(p, "/account")) {
			continue
		}
		path := strings.NewReplacer(":slug", "lina-khan", ":article", "1", ":quote", "1", ":user", "1").Replace(p)
		res := app.Get(path)
		if res.Status != http.StatusSeeOther || res.Location != "/login?next="+url.QueryEscape(path) {
			t.Errorf("anonymous GET %s: status %d Location %q, want a redirect to the login page that comes back", path, res.Status, res.Location)
		}
	}
	if after := app.Counts(); after != before {
		t.Errorf("counts changed: %+v -> %+v", before, after)
	}
	for _, path := range []string{"/", "/people/lina-khan", "/quotes/1", "/articles/1", "/search?q=privacy", "/export?format=bibtex&person=lina-khan"} {
		if res := app.Get(path); res.Status != http.StatusOK {
			t.Errorf("anonymous GET %s: status %d, want 200", path, res.Status)
		}
	}
	// The extract API stays open: it writes nothing.
	req := httptest.NewRequest(http.MethodPost, "/api/v1/extract", strings.NewReader(`{"text": "\"We will act,\" Khan said."}`))
	req.Header.Set("Content-Type", "application/json")
	if res := app.Send(req); res.Status != http.StatusOK {
		t.Errorf("anonymous extract: status %d, want 200\n%s", res.Status, res.Body)
	}
}

// Editors are not admins: the user pages refuse them.
func TestEditorsCannotManageUsers(t *testing.T) {
	app := apptest.New(t, false)
	for _, path := range []string{"/admin/users", "/admin/users/new", "/admin/users/1/edit"} {
		if res := app.Get(path); res.Status != http.StatusForbidden {
			t.Errorf("editor GET %s: status %d, want 403", path, res.Status)
		}
	}
	res := app.PostForm("/admin/users", url.Values{"email": {"x@example.org"}, "role": {"admin"}})
	if res.Status != http.StatusForbidden {
		t.Errorf("editor inviting a user: status %d, want 403", res.Status)
	}
	res = app.PostForm("/admin/users/1", url.Values{"role": {"admin"}})
	if res.Status != http.StatusForbidden {
		t.Errorf("editor making themselves admin: status %d, want 403", res.Status)
	}
	if u, _ := accounts.New(app.Store).UserByID(context.Background(), app.User.ID); u.Role != accounts.RoleEditor {
		t.Errorf("role is now %s", u.Role)
	}
}

// clock is a time the test moves by hand.
type clock struct{ t time.Time }

func (c *clock) Now() time.Time { return c.t }

// signedIn reports whether a request with the session token is treated
// as an editor's.
func signedIn(app *apptest.App, token string) bool {
	req := httptest.NewRequest(http.MethodGet, "/quotes/new", nil)
	req.AddCookie(&http.Cookie{Name: "quotetrail_session", Value: token})
	return app.Send(req).Status == http.StatusOK
}

// Sessions end after 2 hours without a request and after 14 days
// whatever happens; the clock is the test's.
func TestSessionTimeouts(t *testing.T) {
	clk := &clock{t: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	app := apptest.NewWith(t, false, web.Config{Now: clk.Now})
	ctx := context.Background()
	u := apptest.MustCreateUser(t, app.Store, "ed@example.org", accounts.RoleEditor, "")

	idle, _, err := accounts.New(app.Store).CreateSession(ctx, u.ID, clk.t)
	if err != nil {
		t.Fatal(err)
	}
	clk.t = clk.t.Add(time.Hour + 59*time.Minute)
	if !signedIn(app, idle) {
		t.Fatal("session ended before 2 idle hours")
	}
	clk.t = clk.t.Add(time.Hour + 59*time.Minute)
	if !signedIn(app, idle) {
		t.Fatal("a request did not keep the session alive")
	}
	clk.t = clk.t.Add(2*time.Hour + time.Second)
	if signedIn(app, idle) {
		t.Error("session still works after 2 idle hours")
	}

	busy, _, err := accounts.New(app.Store).CreateSession(ctx, u.ID, clk.t)
	if err != nil {
		t.Fatal(err)
	}
	for end := clk.t.Add(accounts.SessionMaxAge); clk.t.Before(end.Add(-time.Hour)); clk.t = clk.t.Add(90 * time.Minute) {
		if !signedIn(app, busy) {
			t.Fatalf("an active session ended early, at %s", clk.t)
		}
	}
	clk.t = clk.t.Add(time.Hour)
	if signedIn(app, busy) {
		t.Error("session still works after 14 days")
	}
}

// Pages shown to a signed-in editor are never kept by a browser or a
// proxy; the public's pages may be (revalidated by their ETag).
func TestSignedInPagesAreNotStored(t *testing.T) {
	t.Parallel()
	editor := apptest.New(t, true)
	public := apptest.NewAnonymous(t, true)
	for _, path := range []string{"/", "/people/lina-khan", "/search?q=privacy", "/people/lina-khan/edit", "/admin/users"} {
		if got := editor.Get(path).Header.Get("Cache-Control"); got != "no-store" {
			t.Errorf("signed in, GET %s: Cache-Control %q, want no-store", path, got)
		}
	}
	for _, path := range []string{"/", "/people/lina-khan"} {
		if got := public.Get(path).Header.Get("Cache-Control"); got == "no-store" {
			t.Errorf("public, GET %s: Cache-Control %q, want the page cacheable", path, got)
		}
	}
}
