package handlers_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/history"
)

// Restoring a quote's version whose topic has gone to the trash says that
// the topic did not come back, and the restore is named by the version the
// history page shows, not by an internal number.
func TestRestoreSaysWhatCouldNotComeBack(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	ctx := context.Background()
	res := app.PostForm("/quotes", quoteValues(map[string]string{"text": "A statement filed once.", "topics": "Lonely topic, privacy"}))
	if res.Status != http.StatusSeeOther {
		t.Fatalf("create: %d\n%s", res.Status, res.Body)
	}
	quote := res.Location
	if res := app.PostForm(quote, quoteValues(map[string]string{"text": "A statement filed once.", "topics": "privacy", "version": "1"})); res.Status != http.StatusSeeOther {
		t.Fatalf("edit: %d\n%s", res.Status, res.Body)
	}
	if res := app.PostForm("/topics/lonely-topic/delete", nil); res.Status != http.StatusSeeOther {
		t.Fatalf("delete the topic: %d\n%s", res.Status, res.Body)
	}
	var id int64
	fmt.Sscanf(quote, "/quotes/%d", &id)
	revs, _, err := app.Store.History(ctx, history.EntityQuote, id)
	if err != nil {
		t.Fatal(err)
	}
	var first int64
	for _, r := range revs {
		if r.Version == 1 {
			first = r.ID
		}
	}
	res = app.PostForm(fmt.Sprintf("/revisions/%d/restore", first), url.Values{})
	if res.Status != http.StatusSeeOther || res.Location != quote {
		t.Fatalf("restore: %d %q", res.Status, res.Location)
	}
	page := app.Follow(res)
	for _, want := range []string{"Restored version 1.", "Not restored: the topic “Lonely topic”, which is in the trash."} {
		if !strings.Contains(page.Body, want) {
			t.Errorf("the page after the restore lacks %q", want)
		}
	}
	hist := app.Get(fmt.Sprintf("/history/quote/%d", id))
	if !strings.Contains(hist.Body, "Restored version 1") || strings.Contains(hist.Body, "Restored revision") {
		t.Errorf("the history does not name the restore by its version")
	}
}
