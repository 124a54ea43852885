package api_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

// Each simple record is added, changed and deleted through the API as
// through its form: a change needs the version it was made from, a stale
// one is merged with the changes since or, where both changed a field,
// refused with 409, what a form refuses is refused with 422 and
// the field named, and every write is in the record's history.
func TestSimpleRecordsAddChangeDelete(t *testing.T) {
	t.Parallel()
	for _, k := range []struct {
		kind, path   string
		create       map[string]any
		field, value string // a field to change, and its new value
		other        string // another new value for it, from a stale version
		slug         string // the new slug
	}{
		{"person", "/api/v1/people", map[string]any{"name": "Ada Testwright", "aliases": []string{"Testwright"}, "summary": "A speaker for the API's tests"}, "name", "Ada Testwright-Jones", "Ada Testwright-Smith", "ada-testwright-jones"},
		{"outlet", "/api/v1/outlets", map[string]any{"name": "The Test Gazette", "kind": "newspaper", "domains": []string{"gazette.example"}}, "home_url", "https://gazette.example/", "https://other.example/", "the-test-gazette"},
		{"topic", "/api/v1/topics", map[string]any{"name": "testing"}, "name", "software testing", "unit testing", "software-testing"},
	} {
		t.Run(k.kind, func(t *testing.T) {
			t.Parallel()
			app := apptest.New(t, true)
			c := newClient(t, app)
			made := c.do(http.MethodPost, k.path, k.create).want(t, http.StatusCreated)
			self := strings.TrimPrefix(made.Location, "http://example.com")
			if made.Location != made.JSON["api_url"] || made.JSON["version"] != float64(1) {
				t.Fatalf("created: Location %q, %s", made.Location, made.Body)
			}
			if c.get(self).want(t, http.StatusOK).Body != made.Body {
				t.Error("reading the new record gives another answer")
			}
			// The same name again is refused as the form refuses it.
			if fe := c.do(http.MethodPost, k.path, k.create).want(t, http.StatusUnprocessableEntity).fieldErrors(); fe["name"] == "" {
				t.Error("a taken name is not named")
			}
			if fe := c.do(http.MethodPatch, self, map[string]any{k.field: k.value}).want(t, http.StatusUnprocessableEntity).fieldErrors(); fe["version"] == "" {
				t.Error("a change without its version is not refused for it")
			}
			changed := c.do(http.MethodPatch, self, map[string]any{k.field: k.value, "version": 1, "summary": "renamed"}).want(t, http.StatusOK)
			if changed.JSON[k.field] != k.value || changed.JSON["version"] != float64(2) || changed.JSON["slug"] != k.slug {
				t.Fatalf("changed: %s", changed.Body)
			}
			self = fmt.Sprintf("%s/%v", k.path, changed.JSON["id"])
			// A change from version 1 to the field changed since is a
			// conflict; to another field, it is merged with the change.
			stale := c.do(http.MethodPatch, self, map[string]any{k.field: k.other, "version": 1}).want(t, http.StatusConflict)
			if stale.JSON["current_version"] != float64(2) {
				t.Errorf("stale: %s", stale.Body)
			}
			version := 2
			if second := map[string]map[string]any{"person": {"description": "Merged."}, "outlet": {"name": "The Test Gazette Weekly"}}[k.kind]; second != nil {
				second["version"] = 1
				merged := c.do(http.MethodPatch, self, second).want(t, http.StatusOK)
				if merged.JSON[k.field] != k.value || merged.JSON["version"] != float64(3) {
					t.Errorf("a stale change of another field: %s", merged.Body)
				}
				version = 3
			}
			if fe := c.do(http.MethodPatch, self, map[string]any{"name": "  ", "version": version}).want(t, http.StatusUnprocessableEntity).fieldErrors(); fe["name"] == "" {
				t.Errorf("an empty name is not named")
			}
			if fe := c.do(http.MethodPatch, self, map[string]any{"nmae": "typo", "version": version}).want(t, http.StatusBadRequest).fieldErrors(); fe["nmae"] == "" {
				t.Errorf("an unknown field is not named")
			}
			if fe := c.do(http.MethodPatch, self, map[string]any{"name": 12, "version": version}).want(t, http.StatusBadRequest).fieldErrors(); fe["name"] == "" {
				t.Errorf("a number for a name is not named")
			}
			c.send(http.MethodPatch, self, "text/plain", []byte("name=x")).want(t, http.StatusUnsupportedMediaType)
			c.do(http.MethodDelete, self+"?summary=made+for+a+test", nil).want(t, http.StatusNoContent)
			c.get(self).want(t, http.StatusNotFound)
			c.do(http.MethodDelete, self, nil).want(t, http.StatusNotFound)

			hist := c.get(fmt.Sprintf("/api/v1/history/%s/%v", k.kind, changed.JSON["id"])).want(t, http.StatusOK)
			var actions []string
			for _, r := range hist.items() {
				actions = append(actions, fmt.Sprint(r["action"], " by ", r["editor"], ": ", r["summary"]))
			}
			editor := apptest.EditorEmail[:strings.Index(apptest.EditorEmail, "@")]
			if hist.JSON["exists"] != false || len(actions) != version+1 || !strings.HasPrefix(actions[0], "delete by ") || !strings.HasSuffix(actions[0], "made for a test") ||
				!strings.Contains(actions[version-1], "update") || !strings.HasSuffix(actions[version-1], "renamed") || !strings.HasPrefix(actions[version], "create") || !strings.Contains(strings.Join(actions, " "), editor) {
				t.Errorf("history: %q", actions)
			}
		})
	}
}

// A quote is added to an article with its speaker and topics named, and
// changed and deleted, as with the quote form.
func TestQuoteAddChangeDelete(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	c := newClient(t, app)
	before := app.Counts()
	made := c.do(http.MethodPost, "/api/v1/quotes", map[string]any{
		"text": "An API should say what it does.", "speaker": "Khan", "article_id": 1, "via": "npr",
		"topics": []string{"privacy", "interfaces"}, "said_on": "2022-05-25",
	}).want(t, http.StatusCreated)
	q := made.JSON
	if q["speaker"].(map[string]any)["slug"] != "lina-khan" || q["via"].(map[string]any)["slug"] != "npr" || q["kind"] != "direct" || q["status"] != "unverified" ||
		len(q["topics"].([]any)) != 2 || q["said_on"] != "2022-05-25" || q["date"] != "2022-05-25" {
		t.Errorf("created: %s", made.Body)
	}
	if after := app.Counts(); after.Quotes != before.Quotes+1 || after.Topics != before.Topics+1 {
		t.Errorf("counts %+v, then %+v", before, after)
	}
	self := strings.TrimPrefix(made.Location, "http://example.com")
	bad := c.do(http.MethodPost, "/api/v1/quotes", map[string]any{"text": "", "speaker": "Nobody Known", "article_id": 1, "kind": "rumour"}).want(t, http.StatusUnprocessableEntity)
	if fe := bad.fieldErrors(); fe["text"] == "" || fe["kind"] == "" {
		t.Errorf("refused: %s", bad.Body)
	}
	unknown := c.do(http.MethodPost, "/api/v1/quotes", map[string]any{"text": "Words.", "speaker": "Nobody Known", "article_id": 1}).want(t, http.StatusUnprocessableEntity)
	if unknown.fieldErrors()["speaker"] == "" {
		t.Errorf("an unknown speaker: %s", unknown.Body)
	}
	newSpeaker := c.do(http.MethodPost, "/api/v1/quotes", map[string]any{"text": "Words.", "speaker": "Nobody Known", "speaker_new": true, "speaker_kind": "role", "article_id": 1}).want(t, http.StatusCreated)
	if newSpeaker.JSON["speaker"].(map[string]any)["kind"] != "role" {
		t.Errorf("a new speaker: %s", newSpeaker.Body)
	}
	changed := c.do(http.MethodPatch, self, map[string]any{"status": "verified", "topics": []string{}, "version": 1}).want(t, http.StatusOK)
	if changed.JSON["status"] != "verified" || len(changed.JSON["topics"].([]any)) != 0 || changed.JSON["text"] != q["text"] || changed.JSON["version"] != float64(2) {
		t.Errorf("changed: %s", changed.Body)
	}
	c.do(http.MethodPatch, self, map[string]any{"status": "disputed", "version": 1}).want(t, http.StatusConflict)
	c.do(http.MethodDelete, self, nil).want(t, http.StatusNoContent)
	c.get(self).want(t, http.StatusNotFound)
	if app.Counts().Quotes != before.Quotes+1 {
		t.Error("the quote was not deleted")
	}
}

// An article is added with its outlet, changed, and refused deletion
// while it has quotes.
func TestArticleAddChangeDelete(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	c := newClient(t, app)
	made := c.do(http.MethodPost, "/api/v1/articles", map[string]any{
		"title": "How the API was tested", "link": "https://gazette.example/api", "outlet": "The Test Gazette", "outlet_new": true,
		"authors": []string{"A. Writer", "B. Editor"}, "published_on": "2023-01-02", "body": "A short text written for the tests.",
	}).want(t, http.StatusCreated)
	a := made.JSON
	if a["outlet"].(map[string]any)["name"] != "The Test Gazette" || a["link"] != "https://gazette.example/api" || len(a["authors"].([]any)) != 2 || a["published_on"] != "2023-01-02" {
		t.Errorf("created: %s", made.Body)
	}
	self := strings.TrimPrefix(made.Location, "http://example.com")
	if fe := c.do(http.MethodPost, "/api/v1/articles", map[string]any{"title": "Another", "link": "ftp://x", "published_on": "someday"}).want(t, http.StatusUnprocessableEntity).fieldErrors(); fe["link"] == "" || fe["published_on"] == "" {
		t.Errorf("refused fields: %v", fe)
	}
	changed := c.do(http.MethodPatch, self, map[string]any{"title": "How the API was tested, again", "version": 1}).want(t, http.StatusOK)
	if changed.JSON["title"] != "How the API was tested, again" || changed.JSON["body"] != "A short text written for the tests." {
		t.Errorf("changed: %s", changed.Body)
	}
	inUse := c.do(http.MethodDelete, "/api/v1/articles/1", nil).want(t, http.StatusConflict)
	if inUse.JSON["detail"] == "" {
		t.Errorf("in use: %s", inUse.Body)
	}
	c.do(http.MethodDelete, self, nil).want(t, http.StatusNoContent)
	c.get(self).want(t, http.StatusNotFound)
}

// Writes and histories need an editor's session, and writes its CSRF
// token too; the public is told so in problem details.
func TestWritesNeedAnEditor(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	c := newClient(t, app)
	topic := map[string]any{"name": "unauthorised"}
	before := app.Counts().Topics
	c.do(http.MethodPost, "/api/v1/topics", topic).want(t, http.StatusUnauthorized)
	c.do(http.MethodDelete, "/api/v1/topics/privacy", nil).want(t, http.StatusUnauthorized)
	c.get("/api/v1/history/topic/1").want(t, http.StatusUnauthorized)

	app.SignInAs(apptest.MustCreateUser(t, app.Store, "api-editor@example.org", "editor", ""))
	req := newJSONRequest(t, http.MethodPost, "/api/v1/topics", `{"name": "forged"}`)
	req.Header.Set("X-CSRF-Token", "not-the-token")
	app.AddCookies(req)
	res := app.Send(req)
	c.check(req, res)
	if res.Status != http.StatusForbidden || res.Header.Get("Content-Type") != "application/problem+json" {
		t.Errorf("a wrong CSRF token: %d %s", res.Status, res.Body)
	}
	c.do(http.MethodPost, "/api/v1/topics", topic).want(t, http.StatusCreated)
	if after := app.Counts().Topics; after != before+1 {
		t.Errorf("%d topics, then %d: only the editor's with its token is added", before, after)
	}
}

// A quote made through the API, found by search, exported, deleted and
// restored from the trash through the API, as the README's script does;
// restoring it again beside a copy saved since is a 409 that says why.
func TestQuoteLifeThroughTheAPI(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	c := newClient(t, app)
	c.do(http.MethodPost, "/api/v1/people", map[string]any{"name": "Pia Restorer"}).want(t, http.StatusCreated)
	made := c.do(http.MethodPost, "/api/v1/quotes", map[string]any{"text": "Nothing in the archive is ever really lost.", "speaker": "Pia Restorer", "article_id": 1}).want(t, http.StatusCreated)
	id := made.JSON["id"]
	found := c.get("/api/v1/search?q=archive+lost").want(t, http.StatusOK)
	if len(found.items()) != 1 || found.items()[0]["quote"].(map[string]any)["id"] != id {
		t.Fatalf("search found %s", found.Body)
	}
	exp := app.Get("/export?format=csv&person=pia-restorer")
	if exp.Status != http.StatusOK || !strings.Contains(exp.Body, "Nothing in the archive is ever really lost.") {
		t.Fatalf("export: %d\n%s", exp.Status, exp.Body)
	}
	self := fmt.Sprintf("/api/v1/quotes/%v", id)
	c.do(http.MethodDelete, self, nil).want(t, http.StatusNoContent)
	c.get(self).want(t, http.StatusNotFound)
	hist := c.get(fmt.Sprintf("/api/v1/history/quote/%v", id)).want(t, http.StatusOK)
	if hist.JSON["exists"] != false || len(hist.JSON["items"].([]any)) == 0 {
		t.Fatalf("history of the deleted quote: %s", hist.Body)
	}
	last := hist.JSON["items"].([]any)[0].(map[string]any)
	back := c.do(http.MethodPost, fmt.Sprintf("/api/v1/revisions/%v/restore", last["id"]), nil).want(t, http.StatusOK)
	if back.JSON["id"] != id || back.JSON["type"] != "quote" || back.JSON["api_url"] != "http://example.com"+self {
		t.Fatalf("restored: %s", back.Body)
	}
	c.get(self).want(t, http.StatusOK)
	// Deleted again, and the same words saved again meanwhile: the old
	// version cannot come back beside them.
	c.do(http.MethodDelete, self, nil).want(t, http.StatusNoContent)
	c.do(http.MethodPost, "/api/v1/quotes", map[string]any{"text": "Nothing in the archive is ever really lost.", "speaker": "Pia Restorer", "article_id": 1}).want(t, http.StatusCreated)
	refused := c.do(http.MethodPost, fmt.Sprintf("/api/v1/revisions/%v/restore", last["id"]), nil).want(t, http.StatusConflict)
	if !strings.Contains(fmt.Sprint(refused.JSON["detail"]), "saved in this article again") {
		t.Errorf("refused restore: %s", refused.Body)
	}
	c.do(http.MethodPost, "/api/v1/revisions/999999/restore", nil).want(t, http.StatusNotFound)
}
