package handlers_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/importer"
	"github.com/quotetrail/quotetrail/models"
)

// Markup typed into any form comes back as text on every page that shows
// it, never as markup.
func TestFormInputIsEscapedEverywhere(t *testing.T) {
	t.Parallel()
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

// Markup that arrives through a bulk import or an imported web page comes
// back as text, never as markup.
func TestImportedInputIsEscapedEverywhere(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, false)
	const payload = `<script>alert(1)</script><img src=x onerror=alert(1)>`
	line := fmt.Sprintf(`{"text": "Imported %[1]s words.", "speaker": "Ima %[1]s", "speaker_title": "Chief %[1]s", "article": {"title": "Story %[1]s", "url": "https://news.example.org/a", "outlet": "Outlet %[1]s", "authors": ["Au %[1]s"]}, "via": "Via %[1]s", "topics": ["tp %[1]s"]}`,
		strings.ReplaceAll(payload, `"`, `\"`))
	var errs strings.Builder
	if _, err := importer.Import(context.Background(), app.Store, strings.NewReader(line+"\n"), importer.Options{Format: importer.FormatJSONL, Errors: &errs}); err != nil || errs.Len() > 0 {
		t.Fatalf("import: %v %s", err, errs.String())
	}
	page := `<html><head><title>Web ` + payload + `</title><meta property="og:site_name" content="Site ` + strings.ReplaceAll(payload, `"`, "&quot;") + `">` +
		`<meta name="author" content="Writer &lt;script&gt;alert(1)&lt;/script&gt;"></head><body><article><h1>Web story</h1>` +
		`<p>“We said &lt;script&gt;alert(1)&lt;/script&gt; out loud,” Ima said in a long enough paragraph of article text for the reader to keep.</p>` +
		`<p>Another paragraph of text so that the page reads as an article and its main text is kept whole by the reader.</p></article></body></html>`
	res := app.PostForm("/articles/import", url.Values{"source": {"html"}, "import_html": {page}})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("import page = %d\n%s", res.Status, res.Body)
	}
	review := res.Location
	paths := []string{"/", "/people", "/articles", "/outlets", "/topics", "/changes", review, strings.TrimSuffix(review, "/review"), "/search?q=imported", "/quotes/1"}
	list, err := app.Store.Quotes(context.Background(), models.QuoteFilter{}, models.Page{Number: 1, Size: 10})
	if err != nil || len(list.Quotes) == 0 {
		t.Fatalf("no imported quote: %v", err)
	}
	q := list.Quotes[0]
	paths = append(paths, "/people/"+q.SpeakerSlug, "/outlets/"+q.OutletSlug, "/outlets/"+q.ViaSlug, fmt.Sprintf("/articles/%d", q.ArticleID))
	shown := map[string]bool{}
	for _, path := range paths {
		res := app.Get(path)
		if res.Status != http.StatusOK {
			t.Errorf("GET %s: status %d", path, res.Status)
			continue
		}
		for _, raw := range []string{"<script>alert", "<img src=x"} {
			if strings.Contains(res.Body, raw) {
				i := strings.Index(res.Body, raw)
				t.Errorf("GET %s shows %q unescaped: …%s…", path, raw, res.Body[max(0, i-80):min(len(res.Body), i+80)])
			}
		}
		if escaped := strings.Count(res.Body, "&lt;script&gt;alert(1)&lt;/script&gt;"); escaped > 0 {
			shown[path] = true
		}
	}
	for _, path := range []string{review, "/people/" + q.SpeakerSlug} {
		if !shown[path] {
			t.Errorf("GET %s does not show the imported markup as text: the test does not test it", path)
		}
	}
}
