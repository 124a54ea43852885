package handlers_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/importer"
	"github.com/quotetrail/quotetrail/models"
)

// formVersion reads the version an edit form carries.
func formVersion(t *testing.T, page string) string {
	t.Helper()
	m := regexp.MustCompile(`name="version" value="(\d+)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no version in the form:\n%s", page)
	}
	return m[1]
}

// An edit writes a revision with the editor, the summary and the words
// changed; the history page shows it, and restoring the first version
// brings the old values back as a new change.
func TestHistoryOfAnEdit(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	ctx := context.Background()
	p, err := app.Store.PersonBySlug(ctx, "lina-khan")
	if err != nil {
		t.Fatal(err)
	}
	edit := app.Get("/people/lina-khan/edit")
	res := app.PostForm("/people/lina-khan", url.Values{
		"name": {"Lina Khan"}, "kind": {"person"}, "description": {"Chair of the Federal Trade Commission since 2021."},
		"aliases": {"Khan"}, "version": {formVersion(t, edit.Body)}, "summary": {"Added her role"},
	})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("edit = %d\n%s", res.Status, res.Body)
	}
	page := app.Get(fmt.Sprintf("/history/person/%d", p.ID))
	if page.Status != http.StatusOK {
		t.Fatalf("history = %d\n%s", page.Status, page.Body)
	}
	for _, want := range []string{"Version 2 (current)", "Added her role", apptest.EditorEmail, "Restore version 1"} {
		if !strings.Contains(page.Body, want) {
			t.Errorf("history lacks %q", want)
		}
	}
	if !regexp.MustCompile(`<ins>[^<]*since 2021\.</ins>`).MatchString(page.Body) {
		t.Errorf("history does not mark the words added:\n%s", page.Body)
	}
	// Clearing the description really clears it.
	edit = app.Get("/people/lina-khan/edit")
	res = app.PostForm("/people/lina-khan", url.Values{"name": {"Lina Khan"}, "kind": {"person"}, "description": {""}, "aliases": {"Khan"}, "version": {formVersion(t, edit.Body)}})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("clear = %d\n%s", res.Status, res.Body)
	}
	if p, _ = app.Store.PersonBySlug(ctx, "lina-khan"); p.Description != "" {
		t.Errorf("description after clearing = %q", p.Description)
	}
	if !strings.Contains(app.Get(fmt.Sprintf("/history/person/%d", p.ID)).Body, "(cleared)") {
		t.Error("history does not show the description cleared")
	}
	// Restore version 2: the description comes back, as version 4.
	revs, _, err := app.Store.History(ctx, history.EntityPerson, p.ID)
	if err != nil || len(revs) != 3 {
		t.Fatalf("%d revisions, %v", len(revs), err)
	}
	res = app.PostForm(fmt.Sprintf("/revisions/%d/restore", revs[1].ID), nil)
	if res.Status != http.StatusSeeOther || res.Location != "/people/lina-khan" {
		t.Fatalf("restore = %d %q\n%s", res.Status, res.Location, res.Body)
	}
	p, _ = app.Store.PersonBySlug(ctx, "lina-khan")
	if p.Description != "Chair of the Federal Trade Commission since 2021." || p.Version != 4 {
		t.Errorf("after restore: %q at version %d", p.Description, p.Version)
	}
	if revs, _, _ = app.Store.History(ctx, history.EntityPerson, p.ID); revs[0].Action != history.ActionRestore {
		t.Errorf("newest revision is %q, want restore", revs[0].Action)
	}
}

// Saving a form opened before someone else's save shows their change and
// keeps yours in the form, with 409; saving again, deliberately, wins.
func TestEditConflict(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	other := apptest.MustCreateUser(t, app.Store, "other@example.org", accounts.RoleEditor, "")
	second := app.SecondInstance()
	second.SignInAs(other)
	ctx := context.Background()

	mine := app.Get("/people/lina-khan/edit")
	theirs := second.Get("/people/lina-khan/edit")
	res := second.PostForm("/people/lina-khan", url.Values{"name": {"Lina Khan"}, "kind": {"person"}, "aliases": {"Khan\nLina M. Khan"},
		"description": {"Chair of the Federal Trade Commission"}, "wikidata_id": {"Q55603938"}, "version": {formVersion(t, theirs.Body)}, "summary": {"Linked to Wikidata"}})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("their save = %d\n%s", res.Status, res.Body)
	}
	// Each changed a field the other did not: both changes land.
	res = app.PostForm("/people/lina-khan", url.Values{"name": {"Lina Khan"}, "kind": {"person"}, "aliases": {"Khan\nLina M. Khan"},
		"description": {"Chair of the FTC from 2021"}, "version": {formVersion(t, mine.Body)}})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("a stale save of another field = %d, want it merged\n%s", res.Status, res.Body)
	}
	if p, _ := app.Store.PersonBySlug(ctx, "lina-khan"); p.WikidataID != "Q55603938" || p.Description != "Chair of the FTC from 2021" {
		t.Fatalf("after two saves of different fields: %+v", p)
	}

	// Both change the same field: the second is shown what the first did,
	// and which field they both changed.
	mine = app.Get("/people/lina-khan/edit")
	theirs = second.Get("/people/lina-khan/edit")
	res = second.PostForm("/people/lina-khan", url.Values{"name": {"Lina Khan"}, "kind": {"person"}, "aliases": {"Khan"}, "wikidata_id": {"Q55603938"},
		"description": {"Former chair of the FTC"}, "gender": {"woman"}, "version": {formVersion(t, theirs.Body)}, "summary": {"Updated"}})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("their second save = %d\n%s", res.Status, res.Body)
	}
	res = app.PostForm("/people/lina-khan", url.Values{"name": {"Lina Khan"}, "kind": {"person"}, "aliases": {"Khan\nLina M. Khan"}, "wikidata_id": {"Q55603938"},
		"description": {"FTC chair, 2021 to 2025"}, "version": {formVersion(t, mine.Body)}})
	if res.Status != http.StatusConflict {
		t.Fatalf("stale save of the same field = %d, want 409\n%s", res.Status, res.Body)
	}
	for _, want := range []string{"Changed since you opened this form", "other@example.org", "You both changed <strong>Description</strong>", "Former", `name="resolve"`} {
		if !strings.Contains(res.Body, want) {
			t.Errorf("conflict page lacks %q", want)
		}
	}
	if p, _ := app.Store.PersonBySlug(ctx, "lina-khan"); p.Description != "Former chair of the FTC" || len(p.Aliases) != 1 {
		t.Fatalf("their save was overwritten: %+v", p)
	}
	// Saving the conflict page's form keeps this editor's description and
	// everything else the other changed (the gender, the alias removed:
	// this editor did not touch the aliases since they opened the form).
	resolve := regexp.MustCompile(`name="resolve" value="(\d+)"`).FindStringSubmatch(res.Body)
	res = app.PostForm("/people/lina-khan", url.Values{"name": {"Lina Khan"}, "kind": {"person"}, "aliases": {"Khan\nLina M. Khan"}, "wikidata_id": {"Q55603938"},
		"description": {"FTC chair, 2021 to 2025"}, "version": {formVersion(t, res.Body)}, "resolve": {resolve[1]}})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("deliberate save = %d\n%s", res.Status, res.Body)
	}
	if p, _ := app.Store.PersonBySlug(ctx, "lina-khan"); p.Description != "FTC chair, 2021 to 2025" || p.Gender != "woman" || len(p.Aliases) != 1 {
		t.Fatalf("the deliberate save: %+v", p)
	}
}

// The issue's own case: one editor marks a quote verified while another,
// whose form is older, fixes its context. The verification stays.
func TestStaleQuoteSaveKeepsTheVerification(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	res := app.PostForm("/quotes", quoteValues(nil))
	if res.Status != http.StatusSeeOther {
		t.Fatalf("create = %d\n%s", res.Status, res.Body)
	}
	id := strings.TrimPrefix(res.Location, "/quotes/")
	verify := quoteValues(map[string]string{"status": "verified", "version": "1"})
	if res := app.PostForm("/quotes/"+id, verify); res.Status != http.StatusSeeOther {
		t.Fatalf("verify = %d\n%s", res.Status, res.Body)
	}
	fix := quoteValues(map[string]string{"context": "Said at a press briefing.", "version": "1"})
	if res := app.PostForm("/quotes/"+id, fix); res.Status != http.StatusSeeOther {
		t.Fatalf("stale context fix = %d, want it merged\n%s", res.Status, res.Body)
	}
	var qid int64
	fmt.Sscan(id, &qid)
	q, err := app.Store.QuoteByID(context.Background(), qid)
	if err != nil || q.Status != "verified" || q.Context != "Said at a press briefing." || q.Version != 3 {
		t.Fatalf("after both saves: status %q, context %q, version %d (%v)", q.Status, q.Context, q.Version, err)
	}
	hist := app.Get("/history/quote/" + id)
	if !strings.Contains(hist.Body, "Version 3") {
		t.Errorf("the merged save is not a version of its own")
	}
}

// A delete goes to the trash; the name can be used again at once, the
// old record cannot come back while the name is taken, and once it is
// free again the record comes back with its ID and its quotes.
func TestTrashAndRestore(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	ctx := context.Background()
	topic, err := app.Store.TopicBySlug(ctx, "privacy")
	if err != nil {
		t.Fatal(err)
	}
	before := topic.QuoteCount
	if before == 0 {
		t.Fatal("the demo's privacy topic has no quotes")
	}
	if res := app.PostForm("/topics/privacy/delete", url.Values{"summary": {"Too broad"}}); res.Status != http.StatusSeeOther {
		t.Fatalf("delete = %d", res.Status)
	}
	trash := app.Get("/trash")
	if !strings.Contains(trash.Body, "Too broad") || !strings.Contains(trash.Body, ">Privacy<") && !strings.Contains(trash.Body, "> Privacy<") && !strings.Contains(trash.Body, "privacy") {
		t.Fatalf("trash does not list the topic:\n%s", trash.Body)
	}
	// Re-creating the deleted name works.
	if res := app.PostForm("/topics", url.Values{"name": {topic.Name}}); res.Status != http.StatusSeeOther {
		t.Fatalf("re-create = %d\n%s", res.Status, res.Body)
	}
	revs, _, err := app.Store.Trash(ctx, history.EntityTopic, 0, 10)
	if err != nil || len(revs) != 1 {
		t.Fatalf("trash: %d, %v", len(revs), err)
	}
	res := app.PostForm(fmt.Sprintf("/revisions/%d/restore", revs[0].ID), nil)
	page := app.Follow(res)
	if !strings.Contains(page.Body, "cannot be restored") {
		t.Fatalf("restore over a taken name was not refused:\n%s", page.Body)
	}
	// Free the name again, then restore: same ID, quotes filed again.
	again, _ := app.Store.TopicBySlug(ctx, topic.Slug)
	if again == nil || again.ID == topic.ID {
		t.Fatalf("re-created topic: %+v", again)
	}
	if res := app.PostForm("/topics/"+again.Slug+"/delete", nil); res.Status != http.StatusSeeOther {
		t.Fatalf("delete again = %d", res.Status)
	}
	res = app.PostForm(fmt.Sprintf("/revisions/%d/restore", revs[0].ID), nil)
	if res.Status != http.StatusSeeOther || res.Location != "/topics/"+topic.Slug {
		t.Fatalf("restore = %d %q", res.Status, res.Location)
	}
	back, err := app.Store.TopicByID(ctx, topic.ID)
	if err != nil || back.QuoteCount != before {
		t.Fatalf("restored topic %+v (%v), want %d quotes", back, err, before)
	}
	if left, _, _ := app.Store.Trash(ctx, history.EntityTopic, 0, 10); len(left) != 1 || left[0].EntityID != again.ID {
		t.Errorf("trash after restore holds %d records", len(left))
	}
}

// A quote whose speaker is in the trash cannot come back before them.
func TestRestoreNeedsWhatTheRecordPointsTo(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	ctx := context.Background()
	q, err := app.Store.QuoteByID(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	person := q.SpeakerSlug
	list, err := app.Store.Quotes(ctx, models.QuoteFilter{PersonID: q.PersonID}, models.Page{Number: 1, Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, other := range list.Quotes {
		if res := app.PostForm(fmt.Sprintf("/quotes/%d/delete", other.ID), nil); res.Status != http.StatusSeeOther {
			t.Fatalf("delete quote %d = %d", other.ID, res.Status)
		}
	}
	if res := app.PostForm("/people/"+person+"/delete", nil); res.Status != http.StatusSeeOther {
		t.Fatalf("delete person = %d\n%s", res.Status, res.Body)
	}
	trash, _, _ := app.Store.Trash(ctx, history.EntityQuote, 0, 100)
	var quoteRev, personRev int64
	for _, r := range trash {
		if r.EntityID == q.ID {
			quoteRev = r.ID
		}
	}
	people, _, _ := app.Store.Trash(ctx, history.EntityPerson, 0, 10)
	personRev = people[0].ID
	page := app.Follow(app.PostForm(fmt.Sprintf("/revisions/%d/restore", quoteRev), nil))
	if !strings.Contains(page.Body, "its speaker, "+q.SpeakerName+", is in the trash") {
		t.Fatalf("restore before the speaker was not refused:\n%s", page.Body)
	}
	if res := app.PostForm(fmt.Sprintf("/revisions/%d/restore", personRev), nil); res.Status != http.StatusSeeOther {
		t.Fatalf("restore person = %d", res.Status)
	}
	if res := app.PostForm(fmt.Sprintf("/revisions/%d/restore", quoteRev), nil); res.Status != http.StatusSeeOther || res.Location != fmt.Sprintf("/quotes/%d", q.ID) {
		t.Fatalf("restore quote = %d %q", res.Status, res.Location)
	}
	back, err := app.Store.QuoteByID(ctx, q.ID)
	if err != nil || back.Text != q.Text || back.AnchorStart == nil || *back.AnchorStart != *q.AnchorStart {
		t.Fatalf("restored quote %+v (%v)", back, err)
	}
	if p, _ := app.Store.PersonBySlug(ctx, person); p == nil || p.QuoteCount != 1 {
		t.Errorf("speaker after restore: %+v", p)
	}
}

// Recent changes list every editor's changes and filter by editor and by
// kind of record; history is for editors only.
func TestRecentChanges(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	other := apptest.MustCreateUser(t, app.Store, "other@example.org", accounts.RoleEditor, "")
	second := app.SecondInstance()
	second.SignInAs(other)
	if res := app.PostForm("/topics", url.Values{"name": {"Antitrust"}}); res.Status != http.StatusSeeOther {
		t.Fatal(res.Status)
	}
	if res := second.PostForm("/outlets", url.Values{"name": {"The Verge"}, "kind": {"news"}, "domains": {"theverge.com"}}); res.Status != http.StatusSeeOther {
		t.Fatalf("outlet = %d\n%s", res.Status, res.Body)
	}
	apptest.MustCreateUser(t, app.Store, "quiet-admin@example.org", accounts.RoleAdmin, "")
	apptest.MustCreateUser(t, app.Store, "invited@example.org", accounts.RoleEditor, "")
	all := app.Get("/changes")
	if !strings.Contains(all.Body, "Antitrust") || !strings.Contains(all.Body, "The Verge") {
		t.Fatalf("recent changes lack the new records:\n%s", all.Body)
	}
	// The editor filter offers those who made changes, and names no one
	// else to the editors who read it.
	if !strings.Contains(all.Body, ">other@example.org</option>") {
		t.Error("the editor filter lacks an editor who made a change")
	}
	for _, email := range []string{"quiet-admin@example.org", "invited@example.org"} {
		if strings.Contains(all.Body, email) {
			t.Errorf("recent changes show %s, who changed nothing", email)
		}
	}
	mine := app.Get(fmt.Sprintf("/changes?user=%d", other.ID))
	if strings.Contains(mine.Body, "Antitrust") || !strings.Contains(mine.Body, "The Verge") {
		t.Error("the editor filter lets other editors' changes through")
	}
	topics := app.Get("/changes?type=topic")
	if !strings.Contains(topics.Body, "Antitrust") || strings.Contains(topics.Body, "The Verge") {
		t.Error("the type filter lets other records through")
	}
	if res := app.Get("/changes?type=planet"); res.Status != http.StatusBadRequest {
		t.Errorf("unknown type = %d, want 400", res.Status)
	}
	public := apptest.NewAnonymous(t, true)
	for _, path := range []string{"/changes", "/trash", "/history/person/1"} {
		if res := public.Get(path); res.Status != http.StatusSeeOther || !strings.HasPrefix(res.Location, "/login") {
			t.Errorf("public GET %s = %d %q, want the login page", path, res.Status, res.Location)
		}
	}
}

// A form opened before someone renamed the record (and so moved its
// address) still finds it, and shows the rename as a conflict.
func TestEditConflictAfterRename(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	mine := app.Get("/topics/privacy/edit")
	theirs := app.Get("/topics/privacy/edit")
	if res := app.PostForm("/topics/privacy", url.Values{"name": {"Data privacy"}, "version": {formVersion(t, theirs.Body)}}); res.Status != http.StatusSeeOther {
		t.Fatalf("rename = %d", res.Status)
	}
	id := regexp.MustCompile(`name="id" value="(\d+)"`).FindStringSubmatch(mine.Body)
	if id == nil {
		t.Fatal("the edit form does not carry the record's ID")
	}
	res := app.PostForm("/topics/privacy", url.Values{"name": {"Privacy rights"}, "version": {formVersion(t, mine.Body)}, "id": {id[1]}})
	if res.Status != http.StatusConflict || !strings.Contains(res.Body, "<ins>Data privacy</ins>") || !strings.Contains(res.Body, `action="/topics/data-privacy"`) {
		t.Fatalf("stale save after a rename = %d\n%s", res.Status, res.Body)
	}
}

// Emptying a field and saving clears it, on every kind of record, and the
// history shows it cleared.
func TestClearingFieldsClearsThem(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	ctx := context.Background()
	res := app.PostForm("/quotes", quoteValues(map[string]string{
		"via": "NPR", "said_on": "2022-05-25", "speaker_title": "FTC chair", "context": "At a hearing.", "topics": "privacy",
	}))
	if res.Status != http.StatusSeeOther {
		t.Fatalf("create = %d\n%s", res.Status, res.Body)
	}
	id := strings.TrimPrefix(res.Location, "/quotes/")
	res = app.PostForm("/quotes/"+id, quoteValues(map[string]string{
		"via": "", "said_on": "", "speaker_title": "", "context": "", "topics": "", "version": "1",
	}))
	if res.Status != http.StatusSeeOther {
		t.Fatalf("clear quote = %d\n%s", res.Status, res.Body)
	}
	var qid int64
	fmt.Sscan(id, &qid)
	q, err := app.Store.QuoteByID(ctx, qid)
	if err != nil {
		t.Fatal(err)
	}
	if q.ViaOutletID != nil || q.SaidOn != nil || q.SpeakerTitle != "" || q.Context != "" || len(q.Topics) != 0 {
		t.Errorf("quote fields left after clearing: via %v, said %v, title %q, context %q, topics %v", q.ViaOutletID, q.SaidOn, q.SpeakerTitle, q.Context, q.Topics)
	}
	page := app.Get("/history/quote/" + id).Body
	if strings.Count(page, "(cleared)") < 5 {
		t.Errorf("the history does not show the five fields cleared")
	}

	a, _ := app.Store.ArticleByID(ctx, 1)
	res = app.PostForm("/articles/1", url.Values{"title": {a.Title}, "body": {a.Body}, "url": {""}, "authors": {""}, "published_on": {""}, "accessed_on": {""}, "outlet": {""}, "version": {"1"}})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("clear article = %d\n%s", res.Status, res.Body)
	}
	a, _ = app.Store.ArticleByID(ctx, 1)
	if a.URL != nil || a.Authors != "" || a.PublishedOn != nil || a.AccessedOn != nil || a.OutletID != nil {
		t.Errorf("article fields left after clearing: %+v", a)
	}

	res = app.PostForm("/outlets/npr", url.Values{"name": {"NPR"}, "kind": {"broadcaster"}, "home_url": {""}, "domains": {""}, "version": {"1"}})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("clear outlet = %d\n%s", res.Status, res.Body)
	}
	if o, _ := app.Store.OutletBySlug(ctx, "npr"); o.HomeURL != "" || len(o.Domains) != 0 {
		t.Errorf("outlet fields left after clearing: %+v", o)
	}
}

// A record with no recorded change yet (imported, never edited) has a
// history page that says so; one that never existed is a 404.
func TestHistoryOfAnUnchangedImport(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, false)
	line := `{"text": "Words from an import.", "speaker": "Ima Port", "article": {"title": "Imported", "url": "https://example.org/i"}}` + "\n"
	if _, err := importer.Import(context.Background(), app.Store, strings.NewReader(line), importer.Options{Format: importer.FormatJSONL}); err != nil {
		t.Fatal(err)
	}
	p, err := app.Store.PersonBySlug(context.Background(), "ima-port")
	if err != nil {
		t.Fatal(err)
	}
	res := app.Get(fmt.Sprintf("/history/person/%d", p.ID))
	if res.Status != http.StatusOK || !strings.Contains(res.Body, "No change to this person is recorded yet") {
		t.Errorf("history of an unchanged import = %d", res.Status)
	}
	if res := app.Get(fmt.Sprintf("/history/person/%d", p.ID+100)); res.Status != http.StatusNotFound {
		t.Errorf("history of nobody = %d, want 404", res.Status)
	}
}
