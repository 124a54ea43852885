package main

import (
	"bytes"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

// Two `quotetrail serve` processes on one PostgreSQL database are one
// app: a change made through either is on the other's pages at once,
// though each keeps rendered pages in its own memory, and a login on one
// is valid on the other (sessions and the CSRF key live in the database).
func TestTwoInstancesShareOnePostgresDatabase(t *testing.T) {
	t.Parallel()
	dsn := apptest.NewPostgresDSN(t)
	one := startServer(t, "--db", dsn, "--demo")
	first, logs := one.Base, one.Logs
	second := startServer(t, "--db", dsn).Base
	login := regexp.MustCompile(`log in as (\S+) with the password (\S+)`).FindStringSubmatch(logs.String())
	if login == nil {
		t.Fatalf("the first instance printed no demo account:\n%s", logs)
	}

	// The public sees the same page on both, and each instance keeps it.
	for _, base := range []string{first, second} {
		if code, body := get(t, base+"/people/lina-khan"); code != http.StatusOK || strings.Contains(body, "data privacy") {
			t.Fatalf("GET %s/people/lina-khan = %d before any change", base, code)
		}
	}

	// An editor logs in on the first instance ...
	jar, _ := cookiejar.New(nil)
	editor := &http.Client{Jar: jar}
	token := csrfToken(t, editor, first+"/login")
	res, err := editor.PostForm(first+"/login", url.Values{"csrf_token": {token}, "email": {login[1]}, "password": {login[2]}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	session := sessionCookie(t, jar, first)

	// ... and the session cookie alone signs them in on the second.
	onSecond := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	rename := func(base, from, to string) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodGet, base+"/topics/"+from+"/edit", nil)
		req.AddCookie(session)
		page := do(t, onSecond, req, http.StatusOK)
		m := regexp.MustCompile(`name="csrf_token" value="([^"]+)"`).FindStringSubmatch(page)
		if m == nil {
			t.Fatalf("the edit form on %s has no CSRF token: signed in?\n%s", base, page)
		}
		version := regexp.MustCompile(`name="version" value="(\d+)"`).FindStringSubmatch(page)
		if version == nil {
			t.Fatalf("the edit form on %s carries no version", base)
		}
		form := url.Values{"csrf_token": {m[1]}, "name": {to}, "version": {version[1]}}
		req, _ = http.NewRequest(http.MethodPost, base+"/topics/"+from, strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.AddCookie(session)
		do(t, onSecond, req, http.StatusSeeOther)
	}
	rename(second, "privacy", "data privacy")
	if _, body := get(t, first+"/people/lina-khan"); !strings.Contains(body, "data privacy") {
		t.Errorf("the first instance still shows its page from before the change made through the second")
	}
	// And back, through the first: the second sees it.
	rename(first, "data-privacy", "privacy matters")
	if _, body := get(t, second+"/people/lina-khan"); !strings.Contains(body, "privacy matters") || strings.Contains(body, "data privacy") {
		t.Errorf("the second instance still shows its page from before the change made through the first")
	}
}

// csrfToken reads the CSRF token of the form at page.
func csrfToken(t *testing.T, c *http.Client, page string) string {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, page, nil)
	m := regexp.MustCompile(`name="csrf_token" value="([^"]+)"`).FindStringSubmatch(do(t, c, req, http.StatusOK))
	if m == nil {
		t.Fatalf("no CSRF token on %s", page)
	}
	return m[1]
}

// sessionCookie is the session cookie the jar holds for base.
func sessionCookie(t *testing.T, jar http.CookieJar, base string) *http.Cookie {
	t.Helper()
	u, _ := url.Parse(base)
	for _, c := range jar.Cookies(u) {
		if c.Name == "quotetrail_session" && c.Value != "" {
			return c
		}
	}
	t.Fatalf("logging in on %s set no session cookie", base)
	return nil
}

// do sends req and checks the status it gets.
func do(t *testing.T, c *http.Client, req *http.Request, want int) string {
	t.Helper()
	res, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer res.Body.Close()
	var body bytes.Buffer
	body.ReadFrom(res.Body)
	if res.StatusCode != want {
		t.Fatalf("%s %s = %d, want %d\n%s", req.Method, req.URL, res.StatusCode, want, body.String())
	}
	return body.String()
}
