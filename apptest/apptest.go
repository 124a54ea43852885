// Package apptest holds the fixtures every test of the app shares: a real
// SQLite file in a temporary folder, the real echo instance over it, and
// helpers to send requests and read pages.
package apptest

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/demo"
	"github.com/quotetrail/quotetrail/models"
	"github.com/quotetrail/quotetrail/web"
)

// MustOpenStore opens a store on a fresh SQLite file that is removed when
// the test ends.
func MustOpenStore(tb testing.TB) *models.Store {
	tb.Helper()
	store, err := models.Open(filepath.Join(tb.TempDir(), "quotetrail.db"))
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	tb.Cleanup(func() { store.Close() })
	return store
}

// MustLoadDemo loads the demo story into store.
func MustLoadDemo(tb testing.TB, store *models.Store) {
	tb.Helper()
	loaded, err := demo.Load(context.Background(), store)
	if err != nil || !loaded {
		tb.Fatalf("load demo: loaded=%v err=%v", loaded, err)
	}
}

// App is the real app over a test database.
type App struct {
	tb    testing.TB
	Store *models.Store
	Echo  *echo.Echo
}

// New returns the app over a fresh database; with demo set, the demo
// story is loaded first.
func New(tb testing.TB, withDemo bool) *App {
	tb.Helper()
	return NewWith(tb, withDemo, web.Config{})
}

// NewWith is New with a server configuration.
func NewWith(tb testing.TB, withDemo bool, cfg web.Config) *App {
	tb.Helper()
	store := MustOpenStore(tb)
	if withDemo {
		MustLoadDemo(tb, store)
	}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	e, err := web.New(cfg, store, logger)
	if err != nil {
		tb.Fatalf("build server: %v", err)
	}
	return &App{tb: tb, Store: store, Echo: e}
}

// Response is what the app answered.
type Response struct {
	Status   int
	Body     string
	Header   http.Header
	Location string
}

// Do sends a request through the echo instance.
func (a *App) Do(req *http.Request) Response {
	rec := httptest.NewRecorder()
	a.Echo.ServeHTTP(rec, req)
	return Response{Status: rec.Code, Body: rec.Body.String(), Header: rec.Header(), Location: rec.Header().Get("Location")}
}

// Get requests path.
func (a *App) Get(path string) Response {
	return a.Do(httptest.NewRequest(http.MethodGet, path, nil))
}

// PostForm posts form values to path as a browser would.
func (a *App) PostForm(path string, values url.Values) Response {
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(values.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return a.Do(req)
}

// Follow fetches the page a redirect leads to, carrying the cookies the
// redirect set, as a browser would.
func (a *App) Follow(res Response) Response {
	a.tb.Helper()
	if res.Location == "" {
		a.tb.Fatalf("not a redirect: status %d", res.Status)
	}
	req := httptest.NewRequest(http.MethodGet, res.Location, nil)
	for _, c := range (&http.Response{Header: res.Header}).Cookies() {
		if c.MaxAge >= 0 && c.Value != "" {
			req.AddCookie(c)
		}
	}
	return a.Do(req)
}

// Counts tells how many records of each kind the database holds.
func (a *App) Counts() models.Counts {
	a.tb.Helper()
	c, err := a.Store.Count(context.Background())
	if err != nil {
		a.tb.Fatalf("count: %v", err)
	}
	return c
}

// DemoArticle reads the demo story as published, boilerplate and all,
// from shared/corpus beside the repository (found by walking up from the
// working directory). Without it the test is skipped, except under CI.
func DemoArticle(tb testing.TB) (title, body string) {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		raw, err := os.ReadFile(filepath.Join(dir, "shared", "corpus", "ftc-twitter-article.txt"))
		if err == nil {
			title, body, _ = strings.Cut(string(raw), "\n")
			return title, strings.TrimSpace(body)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	if os.Getenv("CI") == "true" {
		tb.Fatal("shared/corpus/ftc-twitter-article.txt not found beside the repository")
	}
	tb.Skip("shared/corpus/ftc-twitter-article.txt not found beside the repository")
	return "", ""
}
