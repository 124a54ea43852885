package merges_test

import (
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

func TestMain(m *testing.M) { os.Exit(apptest.RunTests(m)) }

// A second Lina Khan, typed as "Lina Kahn", is merged from her page into
// the suggested Lina Khan: her quote moves, her address and her name
// lead to Lina Khan, search finds the quote under either name, and the
// trash undoes it.
func TestMergeAPersonFromTheirPage(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	res := app.PostForm("/quotes", url.Values{
		"text": {"Open markets need open rules."}, "speaker": {"Lina Kahn"}, "speaker_pick": {"new"}, "speaker_new": {"true"},
		"speaker_kind": {"person"}, "article_id": {"1"}, "kind": {"direct"}, "status": {"unverified"},
	})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("add the quote: %d\n%s", res.Status, res.Body)
	}
	quote := res.Location
	page := app.Get("/people/lina-kahn")
	if !strings.Contains(page.Body, `href="/people/lina-kahn/merge"`) {
		t.Fatalf("the person page offers no merge")
	}
	form := app.Get("/people/lina-kahn/merge")
	if form.Status != http.StatusOK || !strings.Contains(form.Body, `name="into_pick" value="Lina Khan"`) {
		t.Fatalf("the merge page does not suggest Lina Khan: %d\n%s", form.Status, form.Body)
	}

	// Nothing named, or a name no one has: the form again, with the problem.
	for _, v := range []url.Values{{"into": {""}}, {"into": {"Nobody Atall"}}} {
		v.Set("version", "1")
		if res := app.PostForm("/people/lina-kahn/merge", v); res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="into-error"`) {
			t.Errorf("merge into %q: %d, want 422 naming the field", v.Get("into"), res.Status)
		}
	}
	// A stale page: the person changed since it was opened.
	if res := app.PostForm("/people/lina-kahn/merge", url.Values{"into_pick": {"Lina Khan"}, "version": {"7"}}); res.Status != http.StatusConflict {
		t.Errorf("merge from a stale page: %d, want 409", res.Status)
	}

	res = app.PostForm("/people/lina-kahn/merge", url.Values{"into_pick": {"Lina Khan"}, "version": {"1"}, "summary": {"Typo"}})
	if res.Status != http.StatusSeeOther || res.Location != "/people/lina-khan" {
		t.Fatalf("merge: %d %q\n%s", res.Status, res.Location, res.Body)
	}
	kept := app.Follow(res)
	if !strings.Contains(kept.Body, "Merged Lina Kahn into Lina Khan: 1 quote moved.") || !strings.Contains(kept.Body, "Lina Kahn") {
		t.Errorf("the kept person's page after the merge does not say so")
	}
	if q := app.Get(quote); !strings.Contains(q.Body, `href="/people/lina-khan"`) {
		t.Errorf("the quote's speaker after the merge is not Lina Khan")
	}
	if old := app.Get("/people/lina-kahn"); old.Status != http.StatusMovedPermanently || old.Location != "/people/lina-khan" {
		t.Errorf("the merged address: %d %q, want 301 to /people/lina-khan", old.Status, old.Location)
	}
	if csv := app.Get("/export?format=csv&person=lina-kahn"); csv.Status != http.StatusOK || !strings.Contains(csv.Body, "Open markets need open rules.") {
		t.Errorf("an export by the merged address: %d\n%s", csv.Status, csv.Body)
	}
	if found := app.Get("/search?q=kahn"); !strings.Contains(found.Body, "Open markets need open rules.") {
		t.Errorf("search for the merged name does not find the quote")
	}

	trash := app.Get("/trash")
	m := regexp.MustCompile(`action="/revisions/(\d+)/restore">[^<]*<input[^>]*>\s*<button type="submit">Undo the merge`).FindStringSubmatch(trash.Body)
	if m == nil {
		m = regexp.MustCompile(`action="/revisions/(\d+)/restore">.{0,400}?Undo the merge`).FindStringSubmatch(trash.Body)
	}
	if m == nil || !strings.Contains(trash.Body, "Merged into") {
		t.Fatalf("the trash offers no undo of the merge:\n%s", trash.Body)
	}
	undo := app.PostForm("/revisions/"+m[1]+"/restore", url.Values{})
	if undo.Status != http.StatusSeeOther || undo.Location != "/people/lina-kahn" {
		t.Fatalf("undo the merge: %d %q", undo.Status, undo.Location)
	}
	if back := app.Follow(undo); !strings.Contains(back.Body, "Undid the merge into Lina Khan") || !strings.Contains(back.Body, "Open markets need open rules.") {
		t.Errorf("the person back after the undo:\n%s", back.Body)
	}
	hist := app.Get("/history/person/" + strings.TrimPrefix(regexp.MustCompile(`/history/person/(\d+)`).FindString(app.Get("/people/lina-kahn").Body), "/history/person/"))
	if !strings.Contains(hist.Body, "Merged into") || !strings.Contains(hist.Body, "was undone") {
		t.Errorf("the history does not tell the merge and its undoing")
	}
}

// A record that cannot be deleted, because quotes point to it, offers
// the merge instead.
func TestDeleteRefusalOffersTheMerge(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	page := app.Get("/outlets/npr/delete")
	if !strings.Contains(page.Body, `href="/outlets/npr/merge"`) {
		t.Errorf("the refused delete does not offer the merge:\n%s", page.Body)
	}
	anon := apptest.NewAnonymous(t, true)
	if res := anon.Get("/outlets/npr/merge"); res.Status == http.StatusOK {
		t.Error("the public may open the merge page")
	}
}
