package handlers_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/apptest"
)

// Markup typed into any form comes back as text on every page that shows
// it, never as markup.
func TestFormInputIsEscapedEverywhere(t *testing.T) {
	app := apptest.New(t, true)
	payload := func(field string) string {
		return field + `<script>alert(1)</script><img src=x onerror=alert(1)>"`
	}
	mustCreate := func(path string, v url.Values) string {
		t.Helper()
		res := app.PostForm(path, v)
		if res.Status != http.StatusSeeOther {
			t.Fatalf("POST %s: status %d\n%s", path, res.Status, res.Body)
		}
		return res.Location
	}
	outlet := mustCreate("/outlets", url.Values{"name": {payload("outlet")}, "kind": {"news"}})
	person := mustCreate("/people", url.Values{"name": {payload("person")}, "kind": {"person"}, "description": {payload("description")}})
	article := mustCreate("/articles", url.Values{"title": {payload("title")}, "outlet": {payload("outlet")}, "authors": {payload("author")}})
	quote := mustCreate("/quotes", url.Values{
		"text": {payload("quote")}, "speaker": {payload("person")}, "speaker_title": {payload("speaker-title")},
		"kind": {"direct"}, "status": {"unverified"}, "article_id": {strings.TrimPrefix(article, "/articles/")},
		"topics": {payload("tp")}, "context": {payload("context")},
	})
	topic := ""
	for _, l := range strings.Split(app.Get("/topics").Body, `href="`) {
		if strings.HasPrefix(l, "/topics/tp") {
			topic, _, _ = strings.Cut(l, `"`)
		}
	}
	if topic == "" {
		t.Fatal("the new topic is not listed on /topics")
	}
	// History: an edit summary, and a deleted record in the trash.
	mustCreate(person, url.Values{"name": {payload("person")}, "kind": {"person"}, "description": {payload("description")},
		"version": {"1"}, "summary": {payload("summary")}})
	gone := mustCreate("/topics", url.Values{"name": {payload("gone")}})
	mustCreate(gone+"/delete", url.Values{"summary": {payload("why")}})
	p, err := app.Store.PersonBySlug(context.Background(), strings.TrimPrefix(person, "/people/"))
	if err != nil {
		t.Fatal(err)
	}
	pages := []string{
		"/changes", "/trash", fmt.Sprintf("/history/person/%d", p.ID), "/history/quote/" + strings.TrimPrefix(quote, "/quotes/"),
		"/", "/people", "/people?letter=P", person, person + "/edit", "/outlets", outlet, outlet + "?show=via", outlet + "/edit",
		"/articles", article, article + "/edit", quote, quote + "/edit", "/topics", topic, topic + "/edit",
		"/search?q=alert", "/search?q=" + url.QueryEscape(payload("quote")),
	}
	shown := map[string]bool{}
	for _, path := range pages {
		res := app.Get(path)
		if res.Status != http.StatusOK {
			t.Errorf("GET %s: status %d", path, res.Status)
			continue
		}
		for _, raw := range []string{"<script>alert", "<img src=x", `onerror=alert(1)>`} {
			if strings.Contains(res.Body, raw) {
				i := strings.Index(res.Body, raw)
				t.Errorf("GET %s shows %q unescaped: …%s…", path, raw, res.Body[max(0, i-80):min(len(res.Body), i+80)])
			}
		}
		for _, field := range []string{"outlet", "person", "description", "title", "author", "quote", "speaker-title", "tp", "context", "summary", "gone", "why"} {
			if strings.Contains(res.Body, field+`&lt;script&gt;alert(1)&lt;/script&gt;`) {
				shown[field] = true
			}
		}
	}
	for _, field := range []string{"outlet", "person", "description", "title", "author", "quote", "speaker-title", "tp", "context", "summary", "gone", "why"} {
		if !shown[field] {
			t.Errorf("the %s typed in was not found escaped on any page: the test does not test it", field)
		}
	}
}
