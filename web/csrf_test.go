package web_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/web"
)

// csrfExempt are the non-GET routes without a CSRF check: pure functions.
var csrfExempt = map[string]bool{"POST /api/v1/extract": true}

// writeRoutes lists every route of the app that is not a GET, with its
// parameters filled in, straight from the router: a route added later is
// covered without touching this test.
func writeRoutes(t *testing.T, app *apptest.App) []struct{ key, method, path string } {
	t.Helper()
	admin := apptest.MustCreateUser(t, app.Store, "someone@example.org", accounts.RoleEditor, "")
	params := map[string]string{
		":slug": "lina-khan", ":article": "1", ":quote": "1", ":user": strconv.FormatInt(admin.ID, 10), ":token": "no-such-token",
		":revision": "1", ":ref": "lina-khan", ":id": "1", ":type": "person",
	}
	var out []struct{ key, method, path string }
	for _, r := range app.Echo.Routes() {
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions, echo.RouteNotFound:
			continue
		}
		path := r.Path
		for k, v := range params {
			path = strings.ReplaceAll(path, k, v)
		}
		if strings.Contains(path, ":") {
			t.Fatalf("route %s %s has a parameter this test cannot fill", r.Method, r.Path)
		}
		out = append(out, struct{ key, method, path string }{r.Method + " " + r.Path, r.Method, path})
	}
	if len(out) < 20 {
		t.Fatalf("only %d write routes found", len(out))
	}
	return out
}

// Every non-GET route refuses a request without a valid CSRF token, even
// from a signed-in editor, and nothing changes.
func TestEveryWriteRouteNeedsCSRFToken(t *testing.T) {
	app := apptest.New(t, true)
	before := app.Counts()
	for _, r := range writeRoutes(t, app) {
		if csrfExempt[r.key] {
			continue
		}
		for _, token := range []string{"", "forged-token", app.CSRFToken() + "x"} {
			form := url.Values{"name": {"Changed"}, "text": {"Changed"}}
			if token != "" {
				form.Set("csrf_token", token)
			}
			req := httptest.NewRequest(r.method, r.path, strings.NewReader(form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			app.AddCookies(req)
			res := app.Send(req)
			if res.Status != http.StatusForbidden {
				t.Errorf("%s %s with token %q: status %d, want 403", r.method, r.path, token, res.Status)
			}
		}
	}
	if after := app.Counts(); after != before {
		t.Errorf("counts changed: %+v -> %+v", before, after)
	}
	// The anonymous token is no good once signed in, and the other way
	// round: each is tied to its own visitor.
	anon := apptest.NewAnonymous(t, true)
	res := app.PostForm("/people/lina-khan/delete", url.Values{"csrf_token": {anon.CSRFToken()}})
	if res.Status != http.StatusForbidden {
		t.Errorf("editor posting an anonymous token: status %d, want 403", res.Status)
	}
}

var csrfFieldRE = regexp.MustCompile(`name="csrf_token" value="([^"]*)"`)

// A visitor without a session gets the anonymous CSRF cookie only from a
// page with a form, and their token is the cookie's value signed with
// the database's "csrf" secret, so that every instance accepts it.
func TestAnonymousCSRFToken(t *testing.T) {
	app := apptest.NewAnonymous(t, true)
	if res := app.Get("/people/lina-khan"); res.Status != http.StatusOK || res.Header.Get("Set-Cookie") != "" {
		t.Errorf("a page without a form: status %d, Set-Cookie %q, want 200 and none", res.Status, res.Header.Get("Set-Cookie"))
	}
	res := app.Get("/login")
	var nonce *http.Cookie
	for _, c := range (&http.Response{Header: res.Header}).Cookies() {
		if c.Name == "quotetrail_csrf" {
			nonce = c
		}
	}
	m := csrfFieldRE.FindStringSubmatch(res.Body)
	if nonce == nil || m == nil || !nonce.HttpOnly || nonce.SameSite != http.SameSiteLaxMode || nonce.Path != "/" {
		t.Fatalf("login form: cookie %+v, token field %v: want an HttpOnly, SameSite=Lax cookie and a token", nonce, m)
	}
	key, err := accounts.New(app.Store).Secret(context.Background(), "csrf")
	if err != nil {
		t.Fatal(err)
	}
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte("anonymous-csrf:" + nonce.Value))
	if got, want := html.UnescapeString(m[1]), base64.RawURLEncoding.EncodeToString(mac.Sum(nil)); got != want {
		t.Errorf("anonymous token = %q, want %q", got, want)
	}
	req := httptest.NewRequest(http.MethodGet, "/login", nil)
	req.AddCookie(nonce)
	again := app.Send(req)
	if again.Header.Get("Set-Cookie") != "" || !strings.Contains(again.Body, m[0]) {
		t.Errorf("login form with the cookie: Set-Cookie %q, want none and the same token", again.Header.Get("Set-Cookie"))
	}
}

// Behind a trusted proxy that says the request came over TLS, cookies
// are Secure, whether the proxy has a private address or a public one (a
// CDN's); the same header is not believed from anyone else, a private
// address included.
func TestCookiesSecureBehindTrustedProxy(t *testing.T) {
	proxies, err := web.ParseTrustedProxies("10.0.0.0/8,203.0.113.0/24")
	if err != nil {
		t.Fatal(err)
	}
	trusted := web.Config{TrustedProxies: proxies}
	for _, tc := range []struct {
		name   string
		cfg    web.Config
		from   string
		secure bool
	}{
		{"trusted private proxy", trusted, "10.1.2.3:40000", true},
		{"trusted public proxy", trusted, "203.0.113.9:40000", true},
		{"untrusted address", trusted, "198.51.100.7:40000", false},
		{"no trusted proxy, private address", web.Config{}, "10.1.2.3:40000", false},
		{"no trusted proxy, loopback", web.Config{}, "127.0.0.1:40000", false},
	} {
		app := apptest.NewWith(t, false, tc.cfg)
		app.SignOut()
		req := httptest.NewRequest(http.MethodGet, "/login", nil)
		req.RemoteAddr = tc.from
		req.Header.Set("X-Forwarded-Proto", "https")
		var ck *http.Cookie
		for _, c := range (&http.Response{Header: app.Send(req).Header}).Cookies() {
			if c.Name == "quotetrail_csrf" {
				ck = c
			}
		}
		if ck == nil || ck.Secure != tc.secure {
			t.Errorf("%s: CSRF cookie %+v, want Secure=%v", tc.name, ck, tc.secure)
		}
	}
}
