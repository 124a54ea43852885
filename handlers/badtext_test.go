package handlers_test

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/models"
)

// badWrite is one way of writing text into quotetrail. form gives the
// fields of its form with s inside one text field; json, when the handler
// binds a JSON body too, gives that body's fields (named as the form
// struct's Go fields, as encoding/json matches them). field is what the
// store names when a JSON body carries a NUL there. loose handlers read
// their fields through net/http, which takes a form in any spelling of
// its content type, so such a request writes when its text is good.
type badWrite struct {
	name, path string
	// at gives the path when it moves (a renamed record's).
	at    func() string
	form  func(s string) url.Values
	json  func(s string) map[string]any
	field string
	loose bool
	// once: the write can succeed only once (a delete).
	once bool
	// ok is the status of a write that went through, when not 303.
	ok int
}

// The ways a body reaches a handler, each with its content type.
const (
	viaForm       = "form"
	viaFormCaps   = "form, Application/X-WWW-Form-URLEncoded"
	viaMultipart  = "multipart, Multipart/Form-Data"
	viaJSON       = "JSON with X-CSRF-Token"
	jsonBadMarker = "BADTEXTMARK"
)

// send posts w's text s the way named; for JSON, s is spliced into the
// encoded body as it is, so that it can hold bytes encoding/json would
// never write.
func sendBad(t *testing.T, app *apptest.App, w badWrite, via, s string) apptest.Response {
	t.Helper()
	if w.at != nil {
		w.path = w.at()
	}
	var req *http.Request
	switch via {
	case viaForm:
		return app.PostForm(w.path, w.form(s))
	case viaFormCaps:
		req = httptest.NewRequest(http.MethodPost, w.path, strings.NewReader(w.form(s).Encode()))
		req.Header.Set("Content-Type", "Application/X-WWW-Form-URLEncoded; Charset=UTF-8")
	case viaMultipart:
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		for k, vs := range w.form(s) {
			for _, v := range vs {
				if err := mw.WriteField(k, v); err != nil {
					t.Fatal(err)
				}
			}
		}
		mw.Close()
		req = httptest.NewRequest(http.MethodPost, w.path, &buf)
		req.Header.Set("Content-Type", strings.Replace(mw.FormDataContentType(), "multipart/form-data", "Multipart/Form-Data", 1))
	case viaJSON:
		body, err := json.Marshal(w.json(jsonBadMarker))
		if err != nil {
			t.Fatal(err)
		}
		body = bytes.ReplaceAll(body, []byte(jsonBadMarker), []byte(s))
		req = httptest.NewRequest(http.MethodPost, w.path, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
	}
	return app.Do(req)
}

// storedState is what a refused write must leave as it was: every count,
// the data version (bumped by any change to a record), the users, the
// failed logins and the revisions.
func storedState(t *testing.T, app *apptest.App) string {
	t.Helper()
	ctx := context.Background()
	version, err := app.Store.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	state := fmt.Sprintf("%+v version %d", app.Counts(), version)
	for _, table := range []string{"users", "login_failures", "revisions", "person_aliases", "outlet_domains"} {
		var n int64
		if err := app.Store.DB(ctx).Table(table).Count(&n).Error; err != nil {
			t.Fatal(err)
		}
		state += fmt.Sprintf(", %s %d", table, n)
	}
	var names []string
	if err := app.Store.DB(ctx).Table("users").Order("id").Pluck("name", &names).Error; err != nil {
		t.Fatal(err)
	}
	return state + ", user names " + strings.Join(names, "|")
}

// Every way text reaches the store, in every way a body can carry it,
// refuses a NUL and bytes that are not UTF-8 with 400 and a message that
// says so (problem details for JSON), and stores nothing, on both
// engines; the same request with ordinary text goes through.
func TestEveryWriteRefusesWhatIsNotText(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	ctx := context.Background()
	admin := apptest.MustCreateUser(t, app.Store, "admin.badtext@example.org", accounts.RoleAdmin, "")
	app.SignInAs(admin)
	anon := app.SecondInstance()
	for _, name := range []string{"Deletable One", "Deletable Two"} {
		if err := app.Store.CreatePerson(ctx, &models.Person{Name: name, Kind: models.KindPerson}); err != nil {
			t.Fatal(err)
		}
	}
	editable := &models.Topic{Name: "Editable topic"}
	if err := app.Store.CreateTopic(ctx, editable); err != nil {
		t.Fatal(err)
	}
	article, err := app.Store.ArticleByID(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	// The current version of a record, read when a request is made.
	version := func(load func() (int, error)) string {
		v, err := load()
		if err != nil {
			t.Fatal(err)
		}
		return strconv.Itoa(v)
	}
	person := func() (int, error) { return versionOf(app.Store.PersonBySlug(ctx, "lina-khan")) }
	npr, err := app.Store.OutletBySlug(ctx, "npr")
	if err != nil {
		t.Fatal(err)
	}
	outlet := func() (int, error) { return versionOf(app.Store.OutletByID(ctx, npr.ID)) }
	topic := func() (int, error) { return versionOf(app.Store.TopicByID(ctx, editable.ID)) }
	articleV := func() (int, error) { return versionOf(app.Store.ArticleByID(ctx, 1)) }
	quote := func() (int, error) { return versionOf(app.Store.QuoteByID(ctx, 1)) }
	num := func(load func() (int, error)) int { n, _ := strconv.Atoi(version(load)); return n }
	invitee := 0
	email := func() string { invitee++; return fmt.Sprintf("invitee%d@example.org", invitee) }

	writes := []badWrite{
		{name: "new person", path: "/people", field: "person name",
			form: func(s string) url.Values { return url.Values{"name": {"Speaker " + s}, "kind": {"person"}} },
			json: func(s string) map[string]any { return map[string]any{"Name": "Speaker " + s, "Kind": "person"} }},
		{name: "edit person", path: "/people/lina-khan", field: "person description",
			form: func(s string) url.Values {
				return url.Values{"name": {"Lina Khan"}, "kind": {"person"}, "description": {"Chair " + s}, "version": {version(person)}}
			},
			json: func(s string) map[string]any {
				return map[string]any{"Name": "Lina Khan", "Kind": "person", "Description": "Chair " + s, "Version": num(person)}
			}},
		{name: "person alias", path: "/people/lina-khan", field: "person aliases",
			form: func(s string) url.Values {
				return url.Values{"name": {"Lina Khan"}, "kind": {"person"}, "aliases": {"Khan\nAlias " + s}, "version": {version(person)}}
			},
			json: func(s string) map[string]any {
				return map[string]any{"Name": "Lina Khan", "Kind": "person", "Aliases": "Khan\nAlias " + s, "Version": num(person)}
			}},
		{name: "edit summary", path: "/people/lina-khan", field: "revision summary",
			form: func(s string) url.Values {
				return url.Values{"name": {"Lina Khan"}, "kind": {"person"}, "summary": {"Why " + s}, "version": {version(person)}}
			},
			json: func(s string) map[string]any {
				return map[string]any{"Name": "Lina Khan", "Kind": "person", "Summary": "Why " + s, "Version": num(person)}
			}},
		{name: "new outlet", path: "/outlets", field: "outlet name",
			form: func(s string) url.Values { return url.Values{"name": {"Outlet " + s}, "kind": {"news"}} },
			json: func(s string) map[string]any { return map[string]any{"Name": "Outlet " + s, "Kind": "news"} }},
		{name: "edit outlet", field: "outlet name",
			at: func() string {
				o, err := app.Store.OutletByID(ctx, npr.ID)
				if err != nil {
					t.Fatal(err)
				}
				return "/outlets/" + o.Slug
			},
			form: func(s string) url.Values {
				return url.Values{"name": {"NPR " + s}, "kind": {"broadcaster"}, "domains": {"npr.org"}, "version": {version(outlet)}}
			},
			json: func(s string) map[string]any {
				return map[string]any{"Name": "NPR " + s, "Kind": "broadcaster", "Domains": "npr.org", "Version": num(outlet)}
			}},
		{name: "new article", path: "/articles", field: "article title",
			form: func(s string) url.Values { return url.Values{"title": {"Article " + s}, "body": {"Text of it."}} },
			json: func(s string) map[string]any { return map[string]any{"Title": "Article " + s, "Body": "Text of it."} }},
		{name: "edit article", path: "/articles/1", field: "article body",
			form: func(s string) url.Values {
				return url.Values{"title": {article.Title}, "body": {article.Body + " " + s}, "version": {version(articleV)}}
			},
			json: func(s string) map[string]any {
				return map[string]any{"Title": article.Title, "Body": article.Body + " " + s, "Version": num(articleV)}
			}},
		{name: "import article", path: "/articles/import", loose: true,
			form: func(s string) url.Values {
				return url.Values{"source": {"html"}, "import_html": {"<html><head><title>Page " + s + "</title></head><body><article>" +
					"<p>A paragraph of article text " + s + " long enough for the reader to keep it as the story's text.</p>" +
					"<p>Another paragraph of text so that the page reads as an article and its main text is kept whole.</p></article></body></html>"}}
			}},
		{name: "new quote", path: "/quotes", field: "quote text",
			form: func(s string) url.Values {
				return url.Values{"text": {"Quoted " + s}, "speaker": {"Lina Khan"}, "kind": {"direct"}, "status": {"unverified"}, "article_id": {"1"}}
			},
			json: func(s string) map[string]any {
				return map[string]any{"Text": "Quoted " + s, "Speaker": "Lina Khan", "Kind": "direct", "Status": "unverified", "ArticleID": "1"}
			}},
		{name: "new quote's new speaker", path: "/quotes", field: "speaker name",
			form: func(s string) url.Values {
				return url.Values{"text": {"Quoted words"}, "speaker": {"New " + s}, "speaker_new": {"true"}, "speaker_kind": {"person"},
					"kind": {"direct"}, "status": {"unverified"}, "article_id": {"1"}}
			},
			json: func(s string) map[string]any {
				return map[string]any{"Text": "Quoted words", "Speaker": "New " + s, "SpeakerNew": true, "SpeakerKind": "person",
					"Kind": "direct", "Status": "unverified", "ArticleID": "1"}
			}},
		{name: "new quote's topic", path: "/quotes", field: "topics",
			form: func(s string) url.Values {
				return url.Values{"text": {"Quoted words " + strconv.Itoa(len(s))}, "speaker": {"Lina Khan"}, "kind": {"direct"}, "status": {"unverified"},
					"article_id": {"1"}, "topics": {"privacy, Topic " + s}}
			},
			json: func(s string) map[string]any {
				return map[string]any{"Text": "Quoted words " + strconv.Itoa(len(s)), "Speaker": "Lina Khan", "Kind": "direct", "Status": "unverified",
					"ArticleID": "1", "Topics": "privacy, Topic " + s}
			}},
		{name: "edit quote", path: "/quotes/1", field: "quote context",
			form: func(s string) url.Values {
				return url.Values{"text": {"Edited words"}, "speaker": {"Lina Khan"}, "kind": {"direct"}, "status": {"unverified"},
					"article_id": {"1"}, "context": {"Context " + s}, "version": {version(quote)}}
			},
			json: func(s string) map[string]any {
				return map[string]any{"Text": "Edited words", "Speaker": "Lina Khan", "Kind": "direct", "Status": "unverified",
					"ArticleID": "1", "Context": "Context " + s, "Version": num(quote)}
			}},
		{name: "review", path: "/articles/1/review", loose: true,
			form: func(s string) url.Values {
				return url.Values{"count": {"1"}, "q0_accept": {"true"}, "q0_text": {"Reviewed " + s}, "q0_start": {"0"}, "q0_end": {"0"},
					"q0_speaker": {"Lina Khan"}, "q0_speaker_kind": {"person"}, "q0_kind": {"direct"}}
			}},
		{name: "new topic", path: "/topics", field: "topic name",
			form: func(s string) url.Values { return url.Values{"name": {"Topic " + s}} },
			json: func(s string) map[string]any { return map[string]any{"Name": "Topic " + s} }},
		{name: "edit topic", field: "topic name",
			at: func() string {
				tp, err := app.Store.TopicByID(ctx, editable.ID)
				if err != nil {
					t.Fatal(err)
				}
				return "/topics/" + tp.Slug
			},
			form: func(s string) url.Values {
				return url.Values{"name": {"Editable topic " + s}, "version": {version(topic)}}
			},
			json: func(s string) map[string]any {
				return map[string]any{"Name": "Editable topic " + s, "Version": num(topic)}
			}},
		{name: "delete summary", path: "/people/deletable-one/delete", loose: true, once: true,
			form: func(s string) url.Values { return url.Values{"summary": {"Gone " + s}} }},
		{name: "invite user", path: "/admin/users", field: "user name", ok: http.StatusOK,
			form: func(s string) url.Values {
				return url.Values{"email": {email()}, "name": {"Invitee " + s}, "role": {"editor"}}
			},
			json: func(s string) map[string]any {
				return map[string]any{"Email": email(), "Name": "Invitee " + s, "Role": "editor"}
			}},
		{name: "edit user", path: fmt.Sprintf("/admin/users/%d", admin.ID), field: "user name",
			form: func(s string) url.Values { return url.Values{"name": {"Admin " + s}, "role": {"admin"}} },
			json: func(s string) map[string]any { return map[string]any{"Name": "Admin " + s, "Role": "admin"} }},
	}
	bads := []struct{ name, form, json string }{
		{"NUL", "bad \x00 text", `bad \u0000 text`},
		{"not UTF-8", "bad \xff\xfe text", "bad \xff\xfe text"},
	}
	for _, w := range writes {
		for _, via := range []string{viaForm, viaFormCaps, viaMultipart, viaJSON} {
			if via == viaJSON && w.json == nil {
				continue
			}
			for _, bad := range bads {
				s := bad.form
				if via == viaJSON {
					s = bad.json
				}
				before := storedState(t, app)
				res := sendBad(t, app, w, via, s)
				what := fmt.Sprintf("%s, %s, %s", w.name, via, bad.name)
				checkRefused(t, what, res, via == viaJSON)
				if via == viaJSON && bad.name == "NUL" && !strings.Contains(res.Body, w.field) {
					t.Errorf("%s: the answer does not name the field %q:\n%s", what, w.field, res.Body)
				}
				if after := storedState(t, app); after != before {
					t.Errorf("%s stored something:\nbefore %s\nafter  %s", what, before, after)
				}
			}
		}
	}
	// The same requests with ordinary text write: the refusals above are
	// the text's doing.
	for _, w := range writes {
		vias := []string{viaForm}
		if w.json != nil && !w.once {
			vias = append(vias, viaJSON)
		}
		if w.loose && !w.once {
			vias = append(vias, viaFormCaps, viaMultipart)
		}
		for _, via := range vias {
			res := sendBad(t, app, w, via, "good "+strings.Fields(via)[0]+" "+strconv.Itoa(len(w.name)))
			if want := cmp.Or(w.ok, http.StatusSeeOther); res.Status != want {
				t.Errorf("%s, %s with ordinary text = %d, want %d\n%.400s", w.name, via, res.Status, want, res.Body)
			}
		}
	}
	// A login with an address that is not text records no failed login.
	login := badWrite{name: "login", path: "/login",
		form: func(s string) url.Values {
			return url.Values{"email": {"someone" + s + "@example.org"}, "password": {"wrong password"}}
		},
		json: func(s string) map[string]any {
			return map[string]any{"Email": "someone" + s + "@example.org", "Password": "wrong password"}
		}}
	for _, via := range []string{viaForm, viaFormCaps, viaMultipart, viaJSON} {
		for _, bad := range bads {
			s := bad.form
			if via == viaJSON {
				s = bad.json
			}
			before := storedState(t, app)
			checkRefused(t, "login, "+via+", "+bad.name, sendBad(t, anon, login, via, s), via == viaJSON)
			if after := storedState(t, app); after != before {
				t.Errorf("login, %s, %s stored something:\nbefore %s\nafter  %s", via, bad.name, before, after)
			}
		}
	}
	if res := sendBad(t, anon, login, viaJSON, "good"); res.Status != http.StatusUnauthorized {
		t.Errorf("login with a wrong password = %d, want 401", res.Status)
	}
}

// versionOf is the version of a record just loaded.
func versionOf[R interface {
	*models.Person | *models.Outlet | *models.Topic | *models.Article | *models.QuoteView
}](r R, err error) (int, error) {
	if err != nil {
		return 0, err
	}
	switch r := any(r).(type) {
	case *models.Person:
		return r.Version, nil
	case *models.Outlet:
		return r.Version, nil
	case *models.Topic:
		return r.Version, nil
	case *models.Article:
		return r.Version, nil
	case *models.QuoteView:
		return r.Version, nil
	}
	return 0, nil
}

// checkRefused checks a 400 that says the text is not text: a page, or
// problem details for a JSON request.
func checkRefused(t *testing.T, what string, res apptest.Response, problem bool) {
	t.Helper()
	if res.Status != http.StatusBadRequest || !strings.Contains(res.Body, "not text") {
		t.Errorf("%s = %d, want 400 saying it is not text\n%.600s", what, res.Status, res.Body)
		return
	}
	if problem {
		problemDetails(t, res)
	}
}

// The API answers a body that is not text with problem details, as it
// answers everything else.
func TestAPIRefusesWhatIsNotTextAsProblemDetails(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, false)
	for _, c := range []struct{ ct, body string }{
		{"application/x-www-form-urlencoded", "text=%ff%fe"},
		{"Application/X-WWW-Form-URLEncoded", "text=a%00b"},
		{"application/json", "{\"text\": \"bad \xff\xfe bytes\"}"},
	} {
		res := app.Do(extractRequest(c.ct, c.body))
		if res.Status != http.StatusBadRequest || !strings.Contains(res.Body, "not text") {
			t.Errorf("%s %q = %d %s, want 400", c.ct, c.body, res.Status, res.Body)
			continue
		}
		problemDetails(t, res)
	}
}

// A form that cannot be read is refused in plain words, not with the Go
// error that reading it met.
func TestUnreadableFormsAreExplained(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, false)
	for _, c := range []struct{ ct, body, goError string }{
		{"application/x-www-form-urlencoded", "name=%zz", "invalid URL escape"},
		{"Multipart/Form-Data", "name=x", "boundary"},
		{"multipart/form-data; boundary=xyz", "--xyz\r\nnot a part", "multipart"},
	} {
		req := httptest.NewRequest(http.MethodPost, "/topics", strings.NewReader(c.body))
		req.Header.Set("Content-Type", c.ct)
		res := app.Do(req)
		if res.Status != http.StatusBadRequest || !strings.Contains(res.Body, "The form could not be read") || strings.Contains(res.Body, c.goError) {
			t.Errorf("%s %q = %d, want 400 in plain words\n%.600s", c.ct, c.body, res.Status, res.Body)
		}
	}
}
