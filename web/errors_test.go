package web_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/web"
)

// A form field that cannot be read (text where a number belongs) gets a
// 400 page that says so in words, not the Go error echo met.
func TestUnreadableFieldsAreExplained(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	for _, path := range []string{"/people/lina-khan", "/quotes"} {
		res := app.PostForm(path, url.Values{"version": {"abc"}, "name": {"Lina Khan"}, "text": {"x"}})
		if res.Status != http.StatusBadRequest {
			t.Errorf("POST %s with version=abc: status %d, want 400", path, res.Status)
			continue
		}
		for _, raw := range []string{"strconv", "ParseInt", "invalid syntax", "code=400"} {
			if strings.Contains(res.Body, raw) {
				t.Errorf("POST %s: the 400 page shows the Go error (%q)", path, raw)
			}
		}
		if !strings.Contains(res.Body, "wrong kind") {
			t.Errorf("POST %s: the 400 page does not say what was wrong", path)
		}
	}
}

// A client that goes away before its answer is ready is no server error:
// the request is logged as 499, not as an ERROR with status 500.
func TestClientThatLeftIsNotAnError(t *testing.T) {
	t.Parallel()
	var log bytes.Buffer
	e, err := web.New(web.Config{}, apptest.MustOpenDemoStore(t), slog.New(slog.NewTextHandler(&log, nil)))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req := httptest.NewRequest(http.MethodGet, "/search?q=privacy", nil).WithContext(ctx)
	e.ServeHTTP(httptest.NewRecorder(), req)
	if strings.Contains(log.String(), "level=ERROR") || !strings.Contains(log.String(), "status=499") {
		t.Errorf("a request whose client left is logged as:\n%s", log.String())
	}
}

// HEAD gets what GET gets, without the body: link checkers and curl -I
// ask that way.
func TestHeadAnswersAsGet(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	srv := httptest.NewServer(app.Echo)
	defer srv.Close()
	for _, path := range []string{"/", "/people", "/people/lina-khan", "/quotes/1", "/search?q=privacy", "/static/site.css", "/login", "/no-such-page", "/quotes/new"} {
		get, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		get.Body.Close()
		head, err := http.Head(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(head.Body)
		head.Body.Close()
		if head.StatusCode != get.StatusCode || head.Header.Get("Content-Type") != get.Header.Get("Content-Type") || len(body) != 0 {
			t.Errorf("HEAD %s = %d %q with %d bytes; GET = %d %q", path, head.StatusCode, head.Header.Get("Content-Type"), len(body), get.StatusCode, get.Header.Get("Content-Type"))
		}
	}
}
