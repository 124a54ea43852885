package api_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/handlers/api"
	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/cite"
	"github.com/quotetrail/quotetrail/models"
)

// The document is a valid OpenAPI 3.1 document; every operation in it is
// a route of the app, and every route of the app under /api/v1 is in it.
func TestDocumentDescribesEveryRoute(t *testing.T) {
	t.Parallel()
	chk, err := documentChecker()
	if err != nil {
		t.Fatal(err)
	}
	if ok, errs := chk.v.ValidateDocument(); !ok {
		for _, e := range errs {
			t.Errorf("the document is not valid OpenAPI: %s (%s)", e.Message, e.Reason)
			for _, se := range e.SchemaValidationErrors {
				t.Errorf("  %s: %s", se.FieldPath, se.Reason)
			}
		}
	}
	var doc struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(api.Document, &doc); err != nil {
		t.Fatal(err)
	}
	documented := map[string]bool{}
	param := regexp.MustCompile(`\{([a-z_]+)\}`)
	for path, ops := range doc.Paths {
		for method := range ops {
			documented[strings.ToUpper(method)+" "+param.ReplaceAllString(path, ":$1")] = true
		}
	}
	app := apptest.NewAnonymous(t, false)
	routed := map[string]bool{}
	for _, r := range app.Echo.Routes() {
		if strings.HasPrefix(r.Path, "/api/v1/") && slices.Contains([]string{"GET", "POST", "PUT", "PATCH", "DELETE"}, r.Method) {
			routed[r.Method+" "+r.Path] = true
		}
	}
	for op := range documented {
		if !routed[op] {
			t.Errorf("the document has %s, which the app does not route", op)
		}
	}
	for op := range routed {
		if !documented[op] {
			t.Errorf("the app routes %s, which the document leaves out", op)
		}
	}
	if len(routed) < 30 {
		t.Errorf("only %d API routes: %v", len(routed), routed)
	}
}

// The document's lists of values are the app's own.
func TestDocumentEnumsAreTheApps(t *testing.T) {
	t.Parallel()
	var doc struct {
		Components struct {
			Schemas map[string]struct {
				Properties map[string]struct {
					Enum []string `json:"enum"`
				} `json:"properties"`
			} `json:"schemas"`
		} `json:"components"`
		Paths map[string]map[string]struct {
			Parameters []struct {
				Name   string `json:"name"`
				Schema struct {
					Enum []string `json:"enum"`
				} `json:"schema"`
			} `json:"parameters"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(api.Document, &doc); err != nil {
		t.Fatal(err)
	}
	var formats []string
	for _, f := range cite.Formats() {
		formats = append(formats, f.Name)
	}
	s := doc.Components.Schemas
	for name, pair := range map[string][2][]string{
		"Quote.kind":    {s["Quote"].Properties["kind"].Enum, models.QuoteKinds},
		"Quote.status":  {s["Quote"].Properties["status"].Enum, models.QuoteStatuses},
		"Person.kind":   {s["Person"].Properties["kind"].Enum, models.PersonKinds},
		"Outlet.kind":   {s["Outlet"].Properties["kind"].Enum, models.OutletKinds},
		"export format": {doc.Paths["/api/v1/export"]["get"].Parameters[0].Schema.Enum, formats},
	} {
		if !slices.Equal(pair[0], pair[1]) {
			t.Errorf("%s: the document has %v, the app %v", name, pair[0], pair[1])
		}
	}
}

// The document holds the answers to it: a body it does not describe is
// refused, so the checks of the other tests can fail.
func TestCheckerRefusesWhatTheDocumentDoesNotSay(t *testing.T) {
	t.Parallel()
	chk, err := documentChecker()
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodGet, "/api/v1/people/lina-khan", nil)
	for _, body := range []string{`{"id": 1, "name": "Lina Khan"}`, `{"items": []}`} {
		res := &http.Response{StatusCode: http.StatusOK, Header: http.Header{"Content-Type": {"application/json"}}, Body: io.NopCloser(strings.NewReader(body))}
		chk.mu.Lock()
		ok, _ := chk.v.ValidateHttpResponse(req, res)
		chk.mu.Unlock()
		if ok {
			t.Errorf("%s passed as a person", body)
		}
	}
	res := &http.Response{StatusCode: http.StatusTeapot, Header: http.Header{"Content-Type": {"application/json"}}, Body: io.NopCloser(strings.NewReader(`{}`))}
	chk.mu.Lock()
	ok, _ := chk.v.ValidateHttpResponse(req, res)
	chk.mu.Unlock()
	if ok {
		t.Error("a status the document does not name passed")
	}
}

// /api/docs shows every operation of the document, without scripts.
func TestDocsPage(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, false)
	res := app.Get("/api/docs")
	if res.Status != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET /api/docs: %d %s", res.Status, res.Header.Get("Content-Type"))
	}
	var doc struct {
		Paths map[string]map[string]struct {
			OperationID string `json:"operationId"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(api.Document, &doc); err != nil {
		t.Fatal(err)
	}
	for path, ops := range doc.Paths {
		for method, op := range ops {
			want := `<h3 id="` + op.OperationID + `"><code>` + strings.ToUpper(method) + " " + path + `</code></h3>`
			if !strings.Contains(res.Body, want) {
				t.Errorf("/api/docs lacks %s", want)
			}
		}
	}
	links := regexp.MustCompile(`href="#([^"]+)"`).FindAllStringSubmatch(res.Body, -1)
	for _, l := range links {
		if !strings.Contains(res.Body, `id="`+l[1]+`"`) {
			t.Errorf("/api/docs links to #%s, which is not on the page", l[1])
		}
	}
	if len(links) < 50 || !strings.Contains(res.Body, `href="#schema-Quote"`) {
		t.Errorf("/api/docs has %d links within itself", len(links))
	}
	if strings.Contains(res.Body, "<script") {
		t.Error("/api/docs has a script")
	}
	spec := app.Get("/api/v1/openapi.json")
	if spec.Status != http.StatusOK || spec.Body != string(api.Document) {
		t.Errorf("GET /api/v1/openapi.json: %d", spec.Status)
	}
}
