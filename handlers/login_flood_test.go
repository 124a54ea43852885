package handlers_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/web"
)

var csrfField = regexp.MustCompile(`name="csrf_token" value="([^"]+)"`)

// loginClient is a browser that has opened the login form: its own
// cookies, its own anonymous CSRF token.
type loginClient struct {
	http  *http.Client
	base  string
	token string
}

func newLoginClient(t *testing.T, base string) *loginClient {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	c := &loginClient{http: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}, base: base}
	res, err := c.http.Get(base + "/login")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	m := csrfField.FindSubmatch(body)
	if m == nil {
		t.Fatalf("no CSRF token on the login form:\n%s", body)
	}
	c.token = string(m[1])
	return c
}

// logIn posts the login form and returns the status and Retry-After.
func (c *loginClient) logIn(email, password, forwardedFor string) (int, string, error) {
	req, err := http.NewRequest(http.MethodPost, c.base+"/login", strings.NewReader(url.Values{
		"email": {email}, "password": {password}, "csrf_token": {c.token},
	}.Encode()))
	if err != nil {
		return 0, "", err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if forwardedFor != "" {
		req.Header.Set("X-Forwarded-For", forwardedFor)
	}
	res, err := c.http.Do(req)
	if err != nil {
		return 0, "", err
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res.StatusCode, res.Header.Get("Retry-After"), nil
}

// flood sends one login per client, all at once, and counts the answers
// by status.
func flood(t *testing.T, clients []*loginClient, login func(i int, c *loginClient) (int, string, error)) map[int]int {
	t.Helper()
	var wg sync.WaitGroup
	var mu sync.Mutex
	start := make(chan struct{})
	statuses := map[int]int{}
	for i, c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			status, _, err := login(i, c)
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			statuses[status]++
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	return statuses
}

// Simultaneous wrong passwords for one account, each from a browser with
// its own CSRF cookie, sent to two instances of the app on one database:
// no more are checked than the account's limit of 5, whatever the number,
// and none gets a 5xx. The right password is then refused too.
func TestSimultaneousLoginsKeepTheLimit(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, false)
	apptest.MustCreateUser(t, app.Store, "ed@example.org", accounts.RoleEditor, "the right password")
	servers := []*httptest.Server{httptest.NewServer(app.Echo), httptest.NewServer(app.SecondInstance().Echo)}
	for _, s := range servers {
		defer s.Close()
	}
	for _, n := range []int{30, 200} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			if n == 200 {
				// The first round's five failures stand; a new account
				// starts from none.
				apptest.MustCreateUser(t, app.Store, "ada@example.org", accounts.RoleEditor, "the right password")
			}
			email := map[int]string{30: "ed@example.org", 200: "ada@example.org"}[n]
			clients := make([]*loginClient, n)
			for i := range clients {
				clients[i] = newLoginClient(t, servers[i%2].URL)
			}
			statuses := flood(t, clients, func(i int, c *loginClient) (int, string, error) {
				return c.logIn(email, fmt.Sprintf("guess %d", i), "")
			})
			if statuses[http.StatusUnauthorized] > 5 || statuses[http.StatusUnauthorized]+statuses[http.StatusTooManyRequests] != n {
				t.Errorf("%d simultaneous wrong passwords answered %v; want at most 5 checked (401) and the rest 429", n, statuses)
			}
			// On a slow machine some guesses found no hashing slot free
			// (429 too) and were not checked. Guesses one at a time use up
			// what the flood left of the limit, and not one more.
			checked := statuses[http.StatusUnauthorized]
			for i := 0; checked < 5 && i < 20; i++ {
				status, _, err := clients[1].logIn(email, fmt.Sprintf("later guess %d", i), "")
				if err != nil || (status != http.StatusUnauthorized && status != http.StatusTooManyRequests) {
					t.Fatalf("a guess after the flood: %d %v", status, err)
				}
				if status == http.StatusUnauthorized {
					checked++
				}
			}
			if checked != 5 {
				t.Fatalf("%d wrong passwords checked in all, want 5", checked)
			}
			status, _, err := clients[0].logIn(email, "the right password", "")
			if err != nil || status != http.StatusTooManyRequests {
				t.Errorf("the right password after 5 failures: %d %v, want 429", status, err)
			}
		})
	}
}

// A flood of wrong logins, each for another account from another address
// (behind a trusted proxy, so that no per-address limit stops them), runs
// at most as many password hashes at once as configured: the rest get 429
// with a Retry-After, and nothing gets a 5xx.
func TestLoginFloodGetsRefusalsNotErrors(t *testing.T) {
	t.Parallel()
	proxies, err := web.ParseTrustedProxies("127.0.0.0/8")
	if err != nil {
		t.Fatal(err)
	}
	// One hash at a time: 200 of them take seconds, far past the wait.
	app := apptest.NewWith(t, false, web.Config{TrustedProxies: proxies, PasswordChecks: 1})
	app.SignOut()
	srv := httptest.NewServer(app.Echo)
	defer srv.Close()
	const n = 200
	clients := make([]*loginClient, n)
	for i := range clients {
		clients[i] = newLoginClient(t, srv.URL)
	}
	var mu sync.Mutex
	missingRetry := 0
	statuses := flood(t, clients, func(i int, c *loginClient) (int, string, error) {
		status, retryAfter, err := c.logIn(fmt.Sprintf("user%d@example.org", i), "a guess at a password", fmt.Sprintf("198.51.%d.%d", i/250, i%250))
		if status == http.StatusTooManyRequests && retryAfter == "" {
			mu.Lock()
			missingRetry++
			mu.Unlock()
		}
		return status, retryAfter, err
	})
	if statuses[http.StatusUnauthorized]+statuses[http.StatusTooManyRequests] != n || statuses[http.StatusTooManyRequests] == 0 {
		t.Errorf("%d simultaneous logins answered %v; want 401 for those hashed and 429 for the rest", n, statuses)
	}
	if missingRetry > 0 {
		t.Errorf("%d answers of 429 lack Retry-After", missingRetry)
	}
	t.Logf("%d simultaneous logins: %v", n, statuses)
}
