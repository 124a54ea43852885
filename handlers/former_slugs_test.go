package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

// After a rename, every address the record had answers with a permanent
// redirect to the same page under its new address, the rest of the path
// and the query kept; exports and filters take the old slug; a new record
// may take the old slug, and then it is that record's page.
func TestRenamedRecordsKeepTheirAddresses(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	renames := []struct {
		path   string
		values url.Values
		newTo  string
	}{
		{"/people/lina-khan", url.Values{"name": {"Lina M. Khan"}, "kind": {"person"}, "aliases": {"Khan"}, "version": {"1"}}, "/people/lina-m-khan"},
		{"/outlets/npr", url.Values{"name": {"National Public Radio"}, "kind": {"news"}, "version": {"1"}}, "/outlets/national-public-radio"},
		{"/topics/privacy", url.Values{"name": {"Data privacy"}, "version": {"1"}}, "/topics/data-privacy"},
	}
	for _, r := range renames {
		res := app.PostForm(r.path, r.values)
		if res.Status != http.StatusSeeOther || res.Location != r.newTo {
			t.Fatalf("rename %s: %d %q, want 303 to %s\n%s", r.path, res.Status, res.Location, r.newTo, res.Body)
		}
	}
	// Renamed again: the first address still leads to the newest.
	if res := app.PostForm("/people/lina-m-khan", url.Values{"name": {"Lina Maria Khan"}, "kind": {"person"}, "aliases": {"Khan"}, "version": {"2"}}); res.Status != http.StatusSeeOther {
		t.Fatalf("second rename: %d\n%s", res.Status, res.Body)
	}
	editor := app.User
	app.SignOut()
	redirects := map[string]string{
		"/people/lina-khan":                   "/people/lina-maria-khan",
		"/people/lina-m-khan":                 "/people/lina-maria-khan",
		"/people/lina-khan/feed.atom":         "/people/lina-maria-khan/feed.atom",
		"/people/lina-khan?topic=enforcement": "/people/lina-maria-khan?topic=enforcement",
		"/outlets/npr?show=via":               "/outlets/national-public-radio?show=via",
		"/topics/privacy":                     "/topics/data-privacy",
	}
	for from, to := range redirects {
		res := app.Get(from)
		if res.Status != http.StatusMovedPermanently || res.Location != to {
			t.Errorf("GET %s: %d %q, want 301 to %s", from, res.Status, res.Location, to)
			continue
		}
		if page := app.Get(to); page.Status != http.StatusOK {
			t.Errorf("GET %s: %d", to, page.Status)
		}
	}
	head := app.Send(func() *http.Request { r, _ := http.NewRequest(http.MethodHead, "/people/lina-khan", nil); return r }())
	if head.Status != http.StatusMovedPermanently {
		t.Errorf("HEAD of the old address: %d, want 301", head.Status)
	}
	if res := app.Get("/people/never-was"); res.Status != http.StatusNotFound {
		t.Errorf("an address no one had: %d, want 404", res.Status)
	}
	// Exports and filters take the old slugs.
	export := app.Get("/export?format=csv&person=lina-khan&via=npr")
	if export.Status != http.StatusOK || !strings.Contains(export.Body, "Lina Maria Khan") {
		t.Errorf("export by the old slugs: %d\n%s", export.Status, export.Body)
	}
	search := app.Get("/search?q=security&topic=privacy")
	if search.Status != http.StatusOK || strings.Contains(search.Body, "No quotes") {
		t.Errorf("search filtered by the old topic slug: %d", search.Status)
	}
	// Someone new takes the old name: the old address is theirs now.
	app.SignInAs(editor)
	if res := app.PostForm("/people", url.Values{"name": {"Lina Khan"}, "kind": {"person"}}); res.Status != http.StatusSeeOther || res.Location != "/people/lina-khan" {
		t.Fatalf("a new Lina Khan: %d %q", res.Status, res.Location)
	}
	if res := app.Get("/people/lina-khan"); res.Status != http.StatusOK {
		t.Errorf("the new Lina Khan's page: %d, want 200", res.Status)
	}
}
