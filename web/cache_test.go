package web_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

// A page kept for the public never outlives a write, whichever instance
// made the write.
func TestPublicPagesFollowEveryWrite(t *testing.T) {
	t.Parallel()
	editor := apptest.New(t, true)
	public := editor.SecondInstance()
	first := public.Get("/people/lina-khan")
	if first.Status != http.StatusOK || first.Header.Get("ETag") == "" {
		t.Fatalf("first view: %d, ETag %q", first.Status, first.Header.Get("ETag"))
	}
	if again := public.Get("/people/lina-khan"); again.Body != first.Body {
		t.Fatalf("the same page twice differs")
	}
	res := editor.PostForm("/quotes", url.Values{
		"text": {"A brand new statement on data brokers."}, "speaker": {"Lina Khan"}, "kind": {"direct"},
		"status": {"unverified"}, "article_id": {"1"}, "topics": {"privacy, enforcement"},
	})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("add quote: %d", res.Status)
	}
	after := public.Get("/people/lina-khan")
	if !strings.Contains(after.Body, "A brand new statement on data brokers.") {
		t.Errorf("the other instance still shows the page from before the write")
	}
	if after.Header.Get("ETag") == first.Header.Get("ETag") {
		t.Errorf("the ETag did not change with the data")
	}
	// Renaming a topic changes pages that only show it.
	if res := editor.PostForm("/topics/privacy", url.Values{"name": {"data privacy"}, "version": {"1"}}); res.Status != http.StatusSeeOther {
		t.Fatalf("rename topic: %d", res.Status)
	}
	if page := public.Get("/people/lina-khan"); !strings.Contains(page.Body, "data privacy") {
		t.Errorf("the page still shows the old topic name")
	}
}

func TestConditionalRequests(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	first := app.Get("/articles/1")
	req := httptest.NewRequest(http.MethodGet, "/articles/1", nil)
	req.Header.Set("If-None-Match", first.Header.Get("ETag"))
	if res := app.Send(req); res.Status != http.StatusNotModified || res.Body != "" {
		t.Errorf("conditional GET = %d with %d bytes, want 304 and none", res.Status, len(res.Body))
	}
	req = httptest.NewRequest(http.MethodGet, "/articles/1", nil)
	req.Header.Set("If-None-Match", `W/"0"`)
	if res := app.Send(req); res.Status != http.StatusOK {
		t.Errorf("stale conditional GET = %d, want 200", res.Status)
	}
}

// Signed-in editors see their own header and never a page kept for the
// public.
func TestEditorsBypassThePublicCache(t *testing.T) {
	t.Parallel()
	editor := apptest.New(t, true)
	page := editor.Get("/people/lina-khan")
	if page.Header.Get("ETag") != "" || !strings.Contains(page.Body, "Log out") {
		t.Errorf("an editor got the public page (ETag %q)", page.Header.Get("ETag"))
	}
}
