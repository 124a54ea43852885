package handlers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/extract"
)

// clientAddr hands each request of a test an address of its own, so that
// only the rate-limit test meets the rate limit.
var clientAddr atomic.Int32

// extractRequest is a POST to the extract API from a fresh client address.
func extractRequest(contentType, payload string) *http.Request {
	req := httptest.NewRequest(http.MethodPost, "/api/v1/extract", strings.NewReader(payload))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	n := clientAddr.Add(1)
	req.RemoteAddr = fmt.Sprintf("198.51.%d.%d:1234", n/250, n%250+1)
	return req
}

// problemDetails decodes an RFC 9457 answer, failing the test when the
// answer is not one.
func problemDetails(t *testing.T, res apptest.Response) map[string]any {
	t.Helper()
	if ct := res.Header.Get("Content-Type"); ct != "application/problem+json" {
		t.Fatalf("status %d with Content-Type %q, want application/problem+json\n%s", res.Status, ct, res.Body)
	}
	var p map[string]any
	if err := json.Unmarshal([]byte(res.Body), &p); err != nil {
		t.Fatalf("problem details are not JSON: %v\n%s", err, res.Body)
	}
	for _, k := range []string{"type", "title", "status", "detail"} {
		if _, ok := p[k]; !ok {
			t.Errorf("problem details lack %q: %s", k, res.Body)
		}
	}
	if p["status"] != float64(res.Status) {
		t.Errorf("problem status %v, answered %d", p["status"], res.Status)
	}
	return p
}

// multipartText is a multipart/form-data body with the text as a field,
// or as an uploaded file.
func multipartText(t *testing.T, text string, asFile bool) (contentType, body string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	if asFile {
		w, err := mw.CreateFormFile("text", "article.txt")
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(text))
	} else if err := mw.WriteField("text", text); err != nil {
		t.Fatal(err)
	}
	mw.Close()
	return mw.FormDataContentType(), buf.String()
}

func TestExtractAPI(t *testing.T) {
	app := apptest.New(t, false)
	_, body := demoText(t)
	post := func(contentType, payload string) apptest.Response {
		return app.Do(extractRequest(contentType, payload))
	}
	jsonBody, _ := json.Marshal(map[string]string{"text": body})
	mpType, mpBody := multipartText(t, body, false)
	fileType, fileBody := multipartText(t, body, true)
	for _, c := range []struct{ ct, payload string }{
		{"application/json", string(jsonBody)},
		{"Application/JSON; Charset=UTF-8", string(jsonBody)},
		{"application/x-www-form-urlencoded", url.Values{"text": {body}}.Encode()},
		{"APPLICATION/X-WWW-FORM-URLENCODED; charset=utf-8", url.Values{"text": {body}}.Encode()},
		{mpType, mpBody},
		{fileType, fileBody},
	} {
		res := post(c.ct, c.payload)
		if res.Status != http.StatusOK {
			t.Fatalf("%s: status %d %s", c.ct, res.Status, res.Body)
		}
		var got extract.Result
		if err := json.Unmarshal([]byte(res.Body), &got); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, q := range got.Quotes {
			if q.Speaker == "Lina Khan" && q.Via == "NPR" && strings.HasPrefix(q.Text, "As the complaint notes") {
				found = true
				if string([]rune(body)[q.Start:q.End]) != q.Text {
					t.Errorf("offsets [%d,%d) do not hold the text", q.Start, q.End)
				}
			}
		}
		if !found {
			t.Errorf("%s: Khan's quote via NPR not found", c.ct)
		}
	}
	form := "application/x-www-form-urlencoded"
	for _, c := range []struct {
		ct, payload string
		status      int
		msg         string
	}{
		{form, "text=+++", 400, "the text is empty"},
		{form, "body=x", 400, `\"text\" field`},
		{"application/json", "{not json", 400, "not valid JSON: it breaks at byte 2"},
		{"application/json", `{"text": 5}`, 400, `the field \"text\" must be a string, not a number`},
		{"application/json", `["text"]`, 400, "must be a JSON object, not a array"},
		{"application/json", `{"body": "x"}`, 400, `\"text\" field`},
		{"application/pdf", "x", 415, "application/json"},
		{"text/plain", "“We will act,” Khan said.", 415, "application/json"},
		{"text/plain; charset=utf-8", "“We will act,” Khan said.", 415, "application/json"},
		{"TEXT/PLAIN", "“We will act,” Khan said.", 415, "application/json"},
		{"", "“We will act,” Khan said.", 415, "application/json"},
		{"application/json", `{"text": "\udcff"}`, 200, ""}, // JSON replaces a lone surrogate: valid text
		{"application/json", `{"text": "` + strings.Repeat("a", 1<<20+1) + `"}`, 413, "larger than 1 MiB"},
		{"application/json", `{"text": "` + strings.Repeat(`\n`, 2<<20+1) + `"}`, 413, "larger than 4 MiB"},
		{form, url.Values{"text": {strings.Repeat("a", 1<<20+1)}}.Encode(), 413, "larger than 1 MiB"},
	} {
		res := post(c.ct, c.payload)
		if res.Status != c.status || !strings.Contains(res.Body, c.msg) {
			t.Errorf("%s %.20q = %d %.200s, want %d with %q", c.ct, c.payload, res.Status, res.Body, c.status, c.msg)
			continue
		}
		if c.status != http.StatusOK {
			problemDetails(t, res)
		}
		if strings.Contains(res.Body, "json:") || strings.Contains(res.Body, "Go struct") {
			t.Errorf("%s %.20q answers in the decoder's Go terms: %s", c.ct, c.payload, res.Body)
		}
	}
	// Bytes that are not UTF-8 in a form field: refused as not text.
	res := post(form, "text=%ff%fe")
	if res.Status != http.StatusBadRequest {
		t.Errorf("form with bytes that are not UTF-8 = %d, want 400", res.Status)
	}
}

// A form posted from another site's page is refused: browsers send form
// bodies across sites without asking the server first.
func TestExtractAPIRefusesOtherSites(t *testing.T) {
	app := apptest.NewAnonymous(t, false)
	req := extractRequest("application/x-www-form-urlencoded", "text=%E2%80%9CWe+will+act%2C%E2%80%9D+Khan+said.")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	res := app.Send(req)
	if res.Status != http.StatusForbidden {
		t.Fatalf("cross-site form = %d, want 403\n%s", res.Status, res.Body)
	}
	problemDetails(t, res)
	req = extractRequest("application/x-www-form-urlencoded", "text=%E2%80%9CWe+will+act%2C%E2%80%9D+Khan+said.")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	if res := app.Send(req); res.Status != http.StatusOK {
		t.Fatalf("same-origin form = %d, want 200\n%s", res.Status, res.Body)
	}
}

// Extraction stops when its time is up and says so.
func TestExtractAPITimeLimit(t *testing.T) {
	app := apptest.NewAnonymous(t, false)
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	req := extractRequest("application/json", `{"text": "“We will act,” Khan said."}`).WithContext(ctx)
	res := app.Send(req)
	if res.Status != http.StatusServiceUnavailable {
		t.Fatalf("extraction past its deadline = %d, want 503\n%s", res.Status, res.Body)
	}
	if p := problemDetails(t, res); !strings.Contains(fmt.Sprint(p["detail"]), "longer than") {
		t.Errorf("detail %q does not say the time ran out", p["detail"])
	}
}

// Concurrent requests from one address beyond its allowance are refused
// with 429 and Retry-After, while another address still gets through.
func TestExtractAPIRateLimit(t *testing.T) {
	app := apptest.NewAnonymous(t, false)
	const n = 40
	var ok, limited atomic.Int32
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req := extractRequest("application/json", `{"text": "“We will act,” Khan said."}`)
			req.RemoteAddr = "203.0.113.7:4000"
			res := app.Send(req)
			switch res.Status {
			case http.StatusOK:
				ok.Add(1)
			case http.StatusTooManyRequests:
				limited.Add(1)
				if s, err := strconv.Atoi(res.Header.Get("Retry-After")); err != nil || s < 1 {
					t.Errorf("Retry-After %q, want a number of seconds", res.Header.Get("Retry-After"))
				}
				problemDetails(t, res)
			default:
				t.Errorf("status %d %s", res.Status, res.Body)
			}
		}()
	}
	wg.Wait()
	// The address gets its burst of ten, and perhaps one more if the test
	// ran slowly enough for the bucket to refill.
	if ok.Load() < 1 || ok.Load() > 11 || limited.Load() < n-11 {
		t.Fatalf("%d requests allowed and %d refused from one address, want about 10 allowed and the rest refused", ok.Load(), limited.Load())
	}
	req := extractRequest("application/json", `{"text": "“We will act,” Khan said."}`)
	req.RemoteAddr = "203.0.113.8:4000"
	if res := app.Send(req); res.Status != http.StatusOK {
		t.Fatalf("another address = %d, want 200\n%s", res.Status, res.Body)
	}
}
