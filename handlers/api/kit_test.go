package api_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/pb33f/libopenapi"
	validator "github.com/pb33f/libopenapi-validator"

	"github.com/quotetrail/quotetrail/handlers/api"
	"github.com/quotetrail/quotetrail/internal/apptest"
)

// The tests share the database templates apptest makes, dropped at the end.
func TestMain(m *testing.M) { os.Exit(apptest.RunTests(m)) }

// checker holds every answer the tests get to the API's document.
type checker struct {
	mu sync.Mutex // the validator's caches are not shared between goroutines
	v  validator.Validator
}

var documentChecker = sync.OnceValues(func() (*checker, error) {
	doc, err := libopenapi.NewDocument(api.Document)
	if err != nil {
		return nil, err
	}
	v, errs := validator.NewValidator(doc)
	if len(errs) > 0 {
		return nil, errs[0]
	}
	return &checker{v: v}, nil
})

// client sends API requests as the app's visitor and checks every answer
// against the document.
type client struct {
	t   *testing.T
	app *apptest.App
	chk *checker
	// bearer, when set, is the API token requests carry; they go
	// without cookies or CSRF token then, as a script's would.
	bearer string
}

func newClient(t *testing.T, app *apptest.App) *client {
	t.Helper()
	chk, err := documentChecker()
	if err != nil {
		t.Fatalf("read the API's document: %v", err)
	}
	return &client{t: t, app: app, chk: chk}
}

// answer is a response and its body read as JSON.
type answer struct {
	apptest.Response
	JSON map[string]any
}

// do sends method path with body (JSON when not nil) and checks the
// answer against the document.
func (c *client) do(method, path string, body any) answer {
	c.t.Helper()
	var b []byte
	if body != nil {
		var err error
		if b, err = json.Marshal(body); err != nil {
			c.t.Fatal(err)
		}
	}
	return c.send(method, path, "application/json", b)
}

// send sends method path with a body of contentType and checks the
// answer against the document; an answer other than an error also
// checks the request.
func (c *client) send(method, path, contentType string, body []byte) answer {
	c.t.Helper()
	newRequest := func() *http.Request {
		var r io.Reader
		if body != nil {
			r = bytes.NewReader(body)
		}
		req := httptest.NewRequest(method, path, r)
		if body != nil {
			req.Header.Set("Content-Type", contentType)
		}
		req.Header.Set("Accept", "application/json")
		return req
	}
	req := newRequest()
	var res apptest.Response
	if c.bearer != "" {
		req.Header.Set("Authorization", "Bearer "+c.bearer)
		res = c.app.Send(req)
	} else {
		res = c.app.Do(req)
	}
	shown := newRequest()
	c.app.AddCookies(shown)
	shown.Header = req.Header.Clone()
	c.check(shown, res)
	a := answer{Response: res}
	if strings.Contains(res.Header.Get("Content-Type"), "json") && strings.HasPrefix(strings.TrimSpace(res.Body), "{") {
		if err := json.Unmarshal([]byte(res.Body), &a.JSON); err != nil {
			c.t.Fatalf("%s %s: the body is not JSON: %v\n%s", method, path, err, res.Body)
		}
	}
	return a
}

func (c *client) get(path string) answer { c.t.Helper(); return c.do(http.MethodGet, path, nil) }

// check fails the test when the answer is not one the document allows
// for the request.
func (c *client) check(req *http.Request, res apptest.Response) {
	c.t.Helper()
	hr := &http.Response{StatusCode: res.Status, Header: res.Header, Body: io.NopCloser(strings.NewReader(res.Body)), Request: req}
	c.chk.mu.Lock()
	ok, errs := c.chk.v.ValidateHttpResponse(req, hr)
	if ok && res.Status < 400 {
		ok, errs = c.chk.v.ValidateHttpRequest(req)
	}
	c.chk.mu.Unlock()
	if !ok {
		for _, e := range errs {
			c.t.Errorf("%s %s (answered %d) is not as the document says: %s (%s)", req.Method, req.URL, res.Status, e.Message, e.Reason)
			for _, se := range e.SchemaValidationErrors {
				c.t.Errorf("  %s: %s", se.FieldPath, se.Reason)
			}
		}
		c.t.Errorf("body: %.2000s", res.Body)
	}
}

// want fails the test unless the answer has status.
func (a answer) want(t *testing.T, status int) answer {
	t.Helper()
	if a.Status != status {
		t.Fatalf("status %d, want %d: %.2000s", a.Status, status, a.Body)
	}
	return a
}

// items is a list answer's items.
func (a answer) items() []map[string]any {
	raw, _ := a.JSON["items"].([]any)
	out := make([]map[string]any, len(raw))
	for i, r := range raw {
		out[i], _ = r.(map[string]any)
	}
	return out
}

// next is a list answer's next link as a path and query, "" on the last page.
func (a answer) next() string {
	s, _ := a.JSON["next"].(string)
	return strings.TrimPrefix(s, "http://example.com")
}

// fieldErrors are a problem's field errors, by field.
func (a answer) fieldErrors() map[string]string {
	out := map[string]string{}
	raw, _ := a.JSON["errors"].([]any)
	for _, r := range raw {
		m, _ := r.(map[string]any)
		out[m["field"].(string)] = m["detail"].(string)
	}
	return out
}

// newJSONRequest is a request with a JSON body, sent as it is.
func newJSONRequest(t *testing.T, method, path, body string) *http.Request {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	return req
}
