package handlers_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/web"
)

// clock is a time the test moves by hand.
type clock struct{ t time.Time }

func (c *clock) Now() time.Time { return c.t }

func sessionCookie(t *testing.T, res apptest.Response) *http.Cookie {
	t.Helper()
	for _, c := range (&http.Response{Header: res.Header}).Cookies() {
		if c.Name == "quotetrail_session" {
			return c
		}
	}
	return nil
}

// signedIn reports whether a request with the session token is treated
// as an editor's.
func signedIn(app *apptest.App, token string) bool {
	req := httptest.NewRequest(http.MethodGet, "/quotes/new", nil)
	req.AddCookie(&http.Cookie{Name: "quotetrail_session", Value: token})
	return app.Send(req).Status == http.StatusOK
}

// A session from login to logout: a new token at login (the one the
// browser had is ended), cookies a script cannot read, the end at
// logout.
func TestLoginAndLogout(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, false)
	apptest.MustCreateUser(t, app.Store, "ed@example.org", accounts.RoleEditor, "a long enough password")

	res := app.Get("/quotes/new")
	if res.Status != http.StatusSeeOther || res.Location != "/login?next=%2Fquotes%2Fnew" {
		t.Fatalf("GET /quotes/new signed out: %d %q", res.Status, res.Location)
	}
	res = app.LogIn("ed@example.org", "wrong password here")
	if res.Status != http.StatusUnauthorized || !strings.Contains(res.Body, "The email address or the password is wrong") {
		t.Fatalf("wrong password: status %d", res.Status)
	}
	if strings.Contains(res.Body, "wrong password here") {
		t.Error("the login form sends the typed password back")
	}
	res = app.LogIn("nobody@example.org", "a long enough password")
	if res.Status != http.StatusUnauthorized || !strings.Contains(res.Body, "The email address or the password is wrong") {
		t.Fatalf("unknown user: status %d", res.Status)
	}

	res = app.PostForm("/login", url.Values{"email": {"ED@example.org"}, "password": {"a long enough password"}, "next": {"/quotes/new"}})
	ck := sessionCookie(t, res)
	if res.Status != http.StatusSeeOther || res.Location != "/quotes/new" || ck == nil {
		t.Fatalf("login: status %d Location %q cookie %v", res.Status, res.Location, ck)
	}
	if !ck.HttpOnly || ck.SameSite != http.SameSiteLaxMode || ck.Secure || ck.Path != "/" {
		t.Errorf("session cookie over plain HTTP = %+v, want HttpOnly, SameSite=Lax, not Secure", ck)
	}
	if len(ck.Value) < 22 {
		t.Errorf("session token %q is shorter than 128 bits", ck.Value)
	}
	first := ck.Value
	if !signedIn(app, first) {
		t.Fatal("the new session does not sign in")
	}

	// Logging in again from the same browser issues a new token and ends
	// the old one.
	req := httptest.NewRequest(http.MethodPost, "/login", strings.NewReader(url.Values{
		"email": {"ed@example.org"}, "password": {"a long enough password"}, "csrf_token": {csrfOf(t, app, first)},
	}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.AddCookie(&http.Cookie{Name: "quotetrail_session", Value: first})
	res = app.Send(req)
	second := sessionCookie(t, res)
	if res.Status != http.StatusSeeOther || second == nil || second.Value == first {
		t.Fatalf("second login: status %d, cookie %v: want a new token", res.Status, second)
	}
	if signedIn(app, first) {
		t.Error("the session from before the second login still works")
	}

	// Over TLS the cookie is Secure.
	req = httptest.NewRequest(http.MethodPost, "https://quotes.example.org/login", strings.NewReader(url.Values{
		"email": {"ed@example.org"}, "password": {"a long enough password"}, "csrf_token": {app.CSRFToken()},
	}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	app.AddCookies(req)
	if ck := sessionCookie(t, app.Send(req)); ck == nil || !ck.Secure {
		t.Errorf("session cookie over TLS = %+v, want Secure", ck)
	}

	// Logout ends the session in the database, not only in the browser.
	req = httptest.NewRequest(http.MethodPost, "/logout", strings.NewReader("csrf_token="+url.QueryEscape(csrfOf(t, app, second.Value))))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.AddCookie(&http.Cookie{Name: "quotetrail_session", Value: second.Value})
	res = app.Send(req)
	if ck := sessionCookie(t, res); res.Status != http.StatusSeeOther || ck == nil || ck.MaxAge >= 0 {
		t.Errorf("logout: status %d, cookie %+v: want the cookie cleared", res.Status, ck)
	}
	if signedIn(app, second.Value) {
		t.Error("the session still works after logout")
	}
}

// csrfOf reads the CSRF token a session's pages carry.
func csrfOf(t *testing.T, app *apptest.App, token string) string {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, "/login", nil)
	req.AddCookie(&http.Cookie{Name: "quotetrail_session", Value: token})
	body := app.Send(req).Body
	_, rest, ok := strings.Cut(body, `name="csrf_token" value="`)
	if !ok {
		t.Fatalf("no CSRF token on the page")
	}
	v, _, _ := strings.Cut(rest, `"`)
	return v
}

// Changing a password ends every session of the user; disabling a user
// ends them too and stops them logging in.
func TestPasswordChangeAndDisableEndSessions(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, false)
	ctx := context.Background()
	apptest.MustCreateUser(t, app.Store, "boss@example.org", accounts.RoleAdmin, "the admin's long password")
	ed := apptest.MustCreateUser(t, app.Store, "ed@example.org", accounts.RoleEditor, "the editor's old password")
	other, _, err := accounts.New(app.Store).CreateSession(ctx, ed.ID, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if res := app.LogIn("ed@example.org", "the editor's old password"); res.Status != http.StatusSeeOther {
		t.Fatalf("login: %d", res.Status)
	}
	res := app.PostForm("/account/password", url.Values{"current_password": {"not it at all"}, "password": {"the editor's new password"}, "confirm": {"the editor's new password"}})
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "This is not your current password") {
		t.Fatalf("wrong current password: status %d", res.Status)
	}
	res = app.PostForm("/account/password", url.Values{"current_password": {"the editor's old password"}, "password": {"short"}, "confirm": {"short"}})
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "at least 12 characters") {
		t.Fatalf("short password: status %d", res.Status)
	}
	mine := app.SessionToken()
	res = app.PostForm("/account/password", url.Values{"current_password": {"the editor's old password"}, "password": {"the editor's new password"}, "confirm": {"the editor's new password"}})
	if res.Status != http.StatusSeeOther || res.Location != "/login" {
		t.Fatalf("change password: status %d Location %q\n%s", res.Status, res.Location, res.Body)
	}
	if signedIn(app, mine) || signedIn(app, other) {
		t.Error("a session outlived the password change")
	}
	if n, _ := accounts.New(app.Store).CountSessions(ctx, ed.ID); n != 0 {
		t.Errorf("%d sessions left after the password change", n)
	}

	app.SignOut()
	if res := app.LogIn("ed@example.org", "the editor's new password"); res.Status != http.StatusSeeOther {
		t.Fatalf("login with the new password: %d", res.Status)
	}
	edSession := app.SessionToken()
	app.SignOut()
	if res := app.LogIn("boss@example.org", "the admin's long password"); res.Status != http.StatusSeeOther {
		t.Fatalf("admin login: %d", res.Status)
	}
	res = app.PostForm("/admin/users/"+strconv.FormatInt(ed.ID, 10), url.Values{"role": {"editor"}, "disabled": {"true"}})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("disable: status %d\n%s", res.Status, res.Body)
	}
	if signedIn(app, edSession) {
		t.Error("a disabled user's session still works")
	}
	app.SignOut()
	if res := app.LogIn("ed@example.org", "the editor's new password"); res.Status != http.StatusUnauthorized {
		t.Errorf("disabled user's login: status %d, want 401", res.Status)
	}
}

// Failed logins are limited per account and per client address, and a
// forged X-Forwarded-For does not get round the address limit.
func TestLoginThrottling(t *testing.T) {
	t.Parallel()
	clk := &clock{t: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	app := apptest.NewWith(t, false, web.Config{Now: clk.Now})
	app.SignOut()
	apptest.MustCreateUser(t, app.Store, "ed@example.org", accounts.RoleEditor, "the right password")
	login := func(email, password, forwardedFor string) int {
		req := httptest.NewRequest(http.MethodPost, "/login", strings.NewReader(url.Values{
			"email": {email}, "password": {password}, "csrf_token": {app.CSRFToken()},
		}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if forwardedFor != "" {
			req.Header.Set("X-Forwarded-For", forwardedFor)
		}
		app.AddCookies(req)
		return app.Send(req).Status
	}
	for i := range 5 {
		if s := login("ed@example.org", "guess "+strconv.Itoa(i), "203.0.113."+strconv.Itoa(i)); s != http.StatusUnauthorized {
			t.Fatalf("failure %d: status %d", i+1, s)
		}
	}
	if s := login("ed@example.org", "the right password", ""); s != http.StatusTooManyRequests {
		t.Fatalf("after 5 failures the right password: status %d, want 429", s)
	}
	clk.t = clk.t.Add(accounts.LoginFailureWindow + time.Second)
	if s := login("ed@example.org", "the right password", ""); s != http.StatusSeeOther {
		t.Fatalf("15 minutes later: status %d, want a login", s)
	}

	// One address trying many accounts, each request claiming another
	// address in X-Forwarded-For.
	clk.t = clk.t.Add(accounts.LoginFailureWindow + time.Second)
	app.SignOut()
	for i := range 20 {
		if s := login("user"+strconv.Itoa(i)+"@example.org", "guess", "198.51.100."+strconv.Itoa(i)); s != http.StatusUnauthorized {
			t.Fatalf("failure %d: status %d", i+1, s)
		}
	}
	if s := login("ed@example.org", "the right password", "192.0.2.200"); s != http.StatusTooManyRequests {
		t.Errorf("after 20 failures from one address: status %d, want 429 despite X-Forwarded-For", s)
	}
}

// Behind a proxy named with --trusted-proxy, X-Forwarded-For is the
// client's address, so one client's failures do not lock out others.
func TestLoginThrottlingBehindTrustedProxy(t *testing.T) {
	t.Parallel()
	proxies, err := web.ParseTrustedProxies("192.0.2.0/24")
	if err != nil {
		t.Fatal(err)
	}
	app := apptest.NewWith(t, false, web.Config{TrustedProxies: proxies})
	app.SignOut()
	apptest.MustCreateUser(t, app.Store, "ed@example.org", accounts.RoleEditor, "the right password")
	for i := range 21 {
		req := httptest.NewRequest(http.MethodPost, "/login", strings.NewReader(url.Values{
			"email": {"user" + strconv.Itoa(i) + "@example.org"}, "password": {"guess"}, "csrf_token": {app.CSRFToken()},
		}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Forwarded-For", "198.51.100.7") // httptest's peer, 192.0.2.1, is the proxy
		app.AddCookies(req)
		app.Send(req)
	}
	req := httptest.NewRequest(http.MethodPost, "/login", strings.NewReader(url.Values{
		"email": {"ed@example.org"}, "password": {"the right password"}, "csrf_token": {app.CSRFToken()},
	}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Forwarded-For", "198.51.100.8")
	app.AddCookies(req)
	if res := app.Send(req); res.Status != http.StatusSeeOther {
		t.Errorf("another client behind the proxy: status %d, want a login", res.Status)
	}
	if _, err := web.ParseTrustedProxies("not-an-address"); err == nil {
		t.Error("a bad --trusted-proxy is accepted")
	}
}

// An admin invites a user, who sets a password through the one-time link
// and logs in; the link then stops working, and links expire.
func TestInviteFlow(t *testing.T) {
	t.Parallel()
	clk := &clock{t: time.Now().UTC()}
	app := apptest.NewWith(t, false, web.Config{Now: clk.Now})
	boss := apptest.MustCreateUser(t, app.Store, "boss@example.org", accounts.RoleAdmin, "")
	app.SignInAs(boss)

	res := app.PostForm("/admin/users", url.Values{"email": {"not an address"}, "role": {"editor"}})
	if res.Status != http.StatusUnprocessableEntity {
		t.Fatalf("bad invite: status %d", res.Status)
	}
	res = app.PostForm("/admin/users", url.Values{"email": {"New@Example.org"}, "role": {"editor"}, "name": {"Nia"}})
	_, rest, ok := strings.Cut(res.Body, "/set-password/")
	if res.Status != http.StatusOK || !ok {
		t.Fatalf("invite: status %d\n%s", res.Status, res.Body)
	}
	token, _, _ := strings.Cut(rest, `"`)
	if res.Header.Get("Cache-Control") != "no-store" {
		t.Error("the page with the link may be cached")
	}
	u, err := accounts.New(app.Store).UserByEmail(context.Background(), "new@example.org")
	if err != nil || u.InviteHash == nil || *u.InviteHash == token || u.PasswordHash != "" {
		t.Fatalf("invited user %+v, %v: want a pending invite stored hashed", u, err)
	}
	if res := app.PostForm("/admin/users", url.Values{"email": {"new@example.org"}, "role": {"editor"}}); res.Status != http.StatusUnprocessableEntity {
		t.Errorf("duplicate invite: status %d, want 422", res.Status)
	}

	invitee := apptest.NewAnonymous(t, false)
	invitee.Store, invitee.Echo = app.Store, app.Echo
	if res := invitee.Get("/set-password/" + token); res.Status != http.StatusOK || !strings.Contains(res.Body, "new@example.org") {
		t.Fatalf("invite link: status %d", res.Status)
	}
	res = invitee.PostForm("/set-password/"+token, url.Values{"password": {"my own new password"}, "confirm": {"my own new passwort"}})
	if res.Status != http.StatusUnprocessableEntity {
		t.Fatalf("mismatched passwords: status %d", res.Status)
	}
	res = invitee.PostForm("/set-password/"+token, url.Values{"password": {"my own new password"}, "confirm": {"my own new password"}})
	if res.Status != http.StatusSeeOther || res.Location != "/login" {
		t.Fatalf("set password: status %d\n%s", res.Status, res.Body)
	}
	if res := invitee.Get("/set-password/" + token); res.Status != http.StatusGone || !strings.Contains(res.Body, "has been used") || strings.Contains(res.Body, "Page not found") {
		t.Errorf("used link: status %d, want 410 saying it was used\n%s", res.Status, res.Body)
	}
	if res := invitee.LogIn("new@example.org", "my own new password"); res.Status != http.StatusSeeOther {
		t.Fatalf("login after setting the password: %d", res.Status)
	}

	// A new link for a forgotten password, which expires after 7 days.
	res = app.PostForm("/admin/users/"+strconv.FormatInt(u.ID, 10)+"/invite", nil)
	_, rest, _ = strings.Cut(res.Body, "/set-password/")
	token, _, _ = strings.Cut(rest, `"`)
	clk.t = clk.t.Add(accounts.InviteLifetime + time.Minute)
	if res := invitee.Get("/set-password/" + token); res.Status != http.StatusGone || !strings.Contains(res.Body, "has expired") {
		t.Errorf("expired link: status %d, want 410 saying it expired", res.Status)
	}
	if res := invitee.Get("/set-password/no-such-token"); res.Status != http.StatusGone {
		t.Errorf("a link never sent: status %d, want 410", res.Status)
	}
	clk.t = time.Now().UTC()
	app.SignInAs(boss)

	// An admin cannot disable their own account, even with another admin
	// left to manage users.
	second := apptest.MustCreateUser(t, app.Store, "second-admin@example.org", accounts.RoleAdmin, "")
	res = app.PostForm("/admin/users/"+strconv.FormatInt(boss.ID, 10), url.Values{"role": {"admin"}, "disabled": {"true"}})
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "cannot disable your own account") {
		t.Errorf("disabling one's own account: status %d", res.Status)
	}
	if me, err := accounts.New(app.Store).UserByEmail(context.Background(), boss.Email); err != nil || me.Disabled() {
		t.Errorf("after refusing to disable their own account: %+v %v", me, err)
	}
	res = app.PostForm("/admin/users/"+strconv.FormatInt(second.ID, 10), url.Values{"role": {"admin"}, "disabled": {"true"}})
	if res.Status != http.StatusSeeOther {
		t.Errorf("disabling another admin: status %d", res.Status)
	}

	// The last admin cannot lock everyone out.
	res = app.PostForm("/admin/users/"+strconv.FormatInt(boss.ID, 10), url.Values{"role": {"editor"}})
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "last active admin") {
		t.Errorf("demoting the last admin: status %d", res.Status)
	}
	if res := app.Get("/admin/users"); res.Status != http.StatusOK || !strings.Contains(res.Body, "new@example.org") {
		t.Errorf("users page: status %d", res.Status)
	}
}

// After login the browser goes back where it was, but never to another
// site.
func TestLoginNextStaysOnSite(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, false)
	apptest.MustCreateUser(t, app.Store, "ed@example.org", accounts.RoleEditor, "a long enough password")
	for next, want := range map[string]string{
		"/quotes/new": "/quotes/new", "//evil.example/": "/", "/\\evil.example": "/", "https://evil.example/": "/", "": "/",
	} {
		app.SignOut()
		res := app.PostForm("/login", url.Values{"email": {"ed@example.org"}, "password": {"a long enough password"}, "next": {next}})
		if res.Location != want {
			t.Errorf("login with next=%q leads to %q, want %q", next, res.Location, want)
		}
	}
}
