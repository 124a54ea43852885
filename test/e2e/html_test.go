package e2e

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apptest"
)

// validator finds html-validate, installed by
// `npm ci --prefix e2e/testdata/htmlvalidate`. Without it the test is
// skipped, except under CI.
func validator(t *testing.T) (bin, config string) {
	t.Helper()
	dir, err := filepath.Abs("testdata/htmlvalidate")
	if err != nil {
		t.Fatal(err)
	}
	bin = filepath.Join(dir, "node_modules", ".bin", "html-validate")
	if _, err := os.Stat(bin); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("html-validate missing: run npm ci --prefix e2e/testdata/htmlvalidate")
		}
		t.Skip("html-validate not installed: npm ci --prefix e2e/testdata/htmlvalidate")
	}
	return bin, filepath.Join(dir, ".htmlvalidate.json")
}

// Every page is valid HTML5 and passes html-validate's accessibility
// rules: labels for fields, headings in order, no inline script or style.
func TestPagesAreValidHTML(t *testing.T) {
	t.Parallel()
	bin, config := validator(t)
	app := apptest.New(t, true)
	addDatedQuotes(t, app.Store)
	dir := t.TempDir()
	pages := map[string]string{}
	for _, path := range append(dashboardPages,
		"/", "/people", "/people?letter=K", "/people/lina-khan", "/people/lina-khan?topic=privacy",
		"/outlets", "/outlets/npr", "/outlets/npr?show=via", "/articles", "/articles/1", "/quotes/1", "/quotes/6",
		"/topics", "/topics/privacy", "/quotes/new", "/quotes/6/edit", "/people/new", "/people/lina-khan/edit",
		"/outlets/new", "/outlets/npr/edit", "/articles/new", "/articles/1/edit", "/topics/new",
		"/people/lina-khan/delete", "/no-such-page", "/articles/1/review", "/search?q=security&person=Khan",
		"/quotes", "/search", "/api/docs", "/account/tokens",
		// A search with notes, and one that names the speakers it may have meant.
		"/search?q=%22((+privacy&from=2021-02-30", "/search?q=kahn",
	) {
		pages[path] = app.Get(path).Body
	}
	// Pages that name problems.
	pages["quote form with errors"] = app.PostForm("/quotes", url.Values{"text": {""}, "article_id": {"new"}}).Body
	pages["refused delete"] = app.PostForm("/people/lina-khan/delete", nil).Body
	pages["speaker near someone"] = app.PostForm("/quotes", url.Values{"text": {"Words."}, "speaker": {"Lina Kahn"}, "kind": {"direct"}, "status": {"unverified"}, "article_id": {"1"}}).Body
	pages["quote already saved"] = app.PostForm("/quotes", url.Values{"text": {"security purposes."}, "speaker": {"Lina Khan"}, "kind": {"direct"}, "status": {"unverified"}, "article_id": {"1"}}).Body
	pages["article of the same title"] = app.PostForm("/articles", url.Values{"title": {"Twitter Fined $150 Million For Allegedly Selling User Data Improperly"}}).Body
	pages["refused import"] = app.PostForm("/articles/import", url.Values{"source": {"url"}, "import_url": {"file:///etc/passwd"}}).Body
	pages["review with errors"] = app.PostForm("/articles/1/review", url.Values{"count": {"1"}, "q0_accept": {"true"}, "q0_text": {"x"}}).Body
	pages["token made"] = app.PostForm("/account/tokens", url.Values{"name": {"a script"}, "scope": {"write"}}).Body
	pages["token form with errors"] = app.PostForm("/account/tokens", url.Values{"name": {""}}).Body
	pages["tokens listed"] = app.Get("/account/tokens").Body
	// A statement printed twice.
	q, err := app.Store.QuoteByID(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	again := app.PostForm("/quotes", url.Values{"text": {q.Text}, "speaker": {q.SpeakerName}, "kind": {"direct"}, "status": {"unverified"},
		"article_id": {"new"}, "article_title": {"Elsewhere"}, "article_outlet": {"Reuters"}, "article_outlet_new": {"true"}})
	if again.Status != http.StatusSeeOther {
		t.Fatalf("second report = %d", again.Status)
	}
	pages["quote reported twice"] = app.Get("/quotes/1").Body
	// History: a change, a conflict, a delete, and the pages that list them.
	app.PostForm("/topics/privacy", url.Values{"name": {"Data privacy"}, "version": {"1"}, "summary": {"Clearer <name>"}})
	conflict := app.PostForm("/topics/data-privacy", url.Values{"name": {"Privacy"}, "version": {"1"}})
	pages["edit conflict"] = conflict.Body
	app.PostForm("/quotes/6/delete", url.Values{"summary": {"Duplicate"}})
	if conflict.Status != http.StatusConflict {
		t.Fatalf("edit conflict = %d", conflict.Status)
	}
	for _, path := range []string{"/history/topic/1", "/history/quote/6", "/history/person/1", "/changes", "/changes?type=topic", "/trash"} {
		res := app.Get(path)
		if res.Status != http.StatusOK {
			t.Fatalf("GET %s = %d", path, res.Status)
		}
		pages[path] = res.Body
	}
	// Merging: the page, its refusal, and the trash and history after one.
	pages["merge page"] = app.Get("/outlets/npr/merge").Body
	pages["merge with errors"] = app.PostForm("/people/sam-levine/merge", url.Values{"into": {"Nobody Atall"}, "version": {"1"}}).Body
	if res := app.PostForm("/topics/advertising/merge", url.Values{"into": {"Data privacy"}, "version": {"1"}}); res.Status != http.StatusSeeOther {
		t.Fatalf("merge a topic = %d\n%s", res.Status, res.Body)
	}
	pages["trash with a merge"] = app.Get("/trash").Body
	// Accounts: as an admin, then as the public.
	pages["/account/password"] = app.Get("/account/password").Body
	pages["password change with errors"] = app.PostForm("/account/password", url.Values{"password": {"short"}}).Body
	app.SignInAs(apptest.MustCreateUser(t, app.Store, "admin@example.org", accounts.RoleAdmin, ""))
	for _, path := range []string{"/admin/users", "/admin/users/new", "/admin/users/1/edit"} {
		pages[path] = app.Get(path).Body
	}
	invite := app.PostForm("/admin/users", url.Values{"email": {"new@example.org"}, "role": {"editor"}}).Body
	pages["invite link"] = invite
	pages["invite with errors"] = app.PostForm("/admin/users", url.Values{"email": {"nope"}, "role": {"editor"}}).Body
	app.SignOut()
	pages["/login"] = app.Get("/login?next=/quotes/new").Body
	pages["login with errors"] = app.PostForm("/login", url.Values{"email": {""}}).Body
	pages["login refused"] = app.PostForm("/login", url.Values{"email": {"a@example.org"}, "password": {"wrong password"}}).Body
	if _, rest, ok := strings.Cut(invite, "/set-password/"); ok {
		token, _, _ := strings.Cut(rest, `"`)
		pages["set password"] = app.Get("/set-password/" + token).Body
		pages["set password with errors"] = app.PostForm("/set-password/"+token, url.Values{"password": {"short"}}).Body
	} else {
		t.Error("no set-password link on the invite page")
	}
	var files []string
	names := map[string]string{}
	for name, body := range pages {
		f := filepath.Join(dir, strings.NewReplacer("/", "_", "?", "_", "=", "_", " ", "_").Replace(name)+".html")
		if err := os.WriteFile(f, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
		names[f] = name
	}
	cmd := exec.Command(bin, append([]string{"--config", config, "--formatter", "text"}, files...)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		report := string(out)
		for f, name := range names {
			report = strings.ReplaceAll(report, f, name)
		}
		t.Fatalf("html-validate found problems:\n%s", report)
	}
}
