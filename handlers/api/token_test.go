package api_test

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apptest"
)

var madeTokenRE = regexp.MustCompile(`id="made-token" type="text" value="(qt_[A-Za-z0-9_-]+)"`)

// makeToken makes a token on the account page as the app's editor and
// returns it as the page shows it, once.
func makeToken(t *testing.T, app *apptest.App, name, scope string) string {
	t.Helper()
	res := app.PostForm("/account/tokens", url.Values{"name": {name}, "scope": {scope}})
	m := madeTokenRE.FindStringSubmatch(res.Body)
	if res.Status != http.StatusCreated || m == nil {
		t.Fatalf("make a token: %d\n%s", res.Status, res.Body)
	}
	if again := app.Get("/account/tokens"); strings.Contains(again.Body, m[1]) || !strings.Contains(again.Body, name) {
		t.Error("the token is shown again, or its name is not listed")
	}
	return m[1]
}

// A personal token made on the account page signs API requests in as its
// editor without a cookie or CSRF token; one that may only read is
// refused changes; a revoked one works no more, and only its hash is
// kept.
func TestAPITokens(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	reader := makeToken(t, app, "the reading script", "read")
	writer := makeToken(t, app, "the import script", "write")

	script := newClient(t, apptest.NewAnonymous(t, false))
	script.app = app.SecondInstance()
	script.bearer = writer
	made := script.do(http.MethodPost, "/api/v1/topics", map[string]any{"name": "made with a token"}).want(t, http.StatusCreated)
	hist := script.get(fmt.Sprintf("/api/v1/history/topic/%v", made.JSON["id"])).want(t, http.StatusOK)
	if rev := hist.items()[0]; rev["editor"] == nil || !strings.Contains(rev["editor"].(string), "editor") {
		t.Errorf("the change is not the token's editor's: %v", rev)
	}

	script.bearer = reader
	script.get("/api/v1/history/topic/1").want(t, http.StatusOK)
	if p := script.do(http.MethodPost, "/api/v1/topics", map[string]any{"name": "read only"}).want(t, http.StatusForbidden); !strings.Contains(p.JSON["detail"].(string), "only read") {
		t.Errorf("a read token's write: %s", p.Body)
	}

	page := app.Get("/account/tokens")
	if strings.Count(page.Body, "last used") != 2 {
		t.Errorf("the page does not say when each token was last used:\n%s", page.Body)
	}
	var hashes []string
	if err := app.Store.DB(t.Context()).Table("api_tokens").Order("id").Pluck("token_hash", &hashes).Error; err != nil {
		t.Fatal(err)
	}
	if len(hashes) != 2 || strings.Contains(strings.Join(hashes, " "), strings.TrimPrefix(writer, "qt_")) {
		t.Errorf("kept: %q", hashes)
	}
	id := regexp.MustCompile(`action="/account/tokens/(\d+)/revoke"`).FindAllStringSubmatch(page.Body, -1)
	for _, m := range id {
		if res := app.PostForm("/account/tokens/"+m[1]+"/revoke", nil); res.Status != http.StatusSeeOther {
			t.Errorf("revoke %s: %d", m[1], res.Status)
		}
	}
	if len(id) != 2 || strings.Count(app.Get("/account/tokens").Body, "revoked") != 2 {
		t.Errorf("revoked %d tokens", len(id))
	}
	script.bearer = writer
	script.get("/api/v1/people").want(t, http.StatusUnauthorized)
	script.bearer = "qt_not-a-token"
	script.get("/api/v1/people").want(t, http.StatusUnauthorized)

	// Another editor cannot revoke the first one's token.
	makeToken(t, app, "kept", "read")
	app.SignInAs(apptest.MustCreateUser(t, app.Store, "second@example.org", "editor", ""))
	if res := app.PostForm("/account/tokens/3/revoke", nil); res.Status != http.StatusNotFound {
		t.Errorf("revoking another editor's token: %d", res.Status)
	}
	if fe := app.PostForm("/account/tokens", url.Values{"name": {" "}, "scope": {"admin"}}); fe.Status != http.StatusUnprocessableEntity || !strings.Contains(fe.Body, `id="name-error"`) || !strings.Contains(fe.Body, `id="scope-error"`) {
		t.Errorf("a form with problems: %d", fe.Status)
	}
}

// A token works only while its editor's account is enabled.
func TestAPITokenOfDisabledAccount(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	script := newClient(t, app.SecondInstance())
	script.bearer = makeToken(t, app, "a script", "read")
	script.get("/api/v1/history/topic/1").want(t, http.StatusOK)
	apptest.MustCreateUser(t, app.Store, "admin@example.org", accounts.RoleAdmin, "")
	if _, err := accounts.New(app.Store).UpdateUser(t.Context(), app.User.ID, "", accounts.RoleEditor, true, time.Now()); err != nil {
		t.Fatal(err)
	}
	if a := script.get("/api/v1/history/topic/1").want(t, http.StatusUnauthorized); a.Header.Get("WWW-Authenticate") == "" {
		t.Error("no WWW-Authenticate")
	}
}

// A token's changes are limited: after a burst, 429 with Retry-After.
func TestAPITokenWritesAreLimited(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	script := newClient(t, app.SecondInstance())
	script.bearer = makeToken(t, app, "a busy script", "write")
	limited := 0
	for range 40 {
		// Refused by the handler (no version), so cheap, but each is a write.
		a := script.do(http.MethodPatch, "/api/v1/topics/privacy", map[string]any{"name": "x"})
		if a.Status == http.StatusTooManyRequests {
			limited++
			if a.Header.Get("Retry-After") == "" {
				t.Error("no Retry-After")
			}
		} else if a.Status != http.StatusUnprocessableEntity {
			t.Fatalf("status %d: %s", a.Status, a.Body)
		}
	}
	if limited < 5 || limited > 10 {
		t.Errorf("%d of 40 writes limited, want the 10 past the burst of 30 (or a few less, as the bucket refills)", limited)
	}
	script.get("/api/v1/topics/privacy").want(t, http.StatusOK)
}
