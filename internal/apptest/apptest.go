// Package apptest holds the fixtures every test of the app shares: a real
// database of its own for each test, the real echo instance over it, and
// helpers to send requests and read pages.
//
// The database is a SQLite file in a temporary folder, or, when
// QUOTETRAIL_TEST_BACKEND is "postgres", a PostgreSQL database made for
// the test (and dropped after it) on the server QUOTETRAIL_TEST_POSTGRES
// names, with a DSN such as
// postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable. Unless a
// test needs an empty one (NewDSN), it is a copy of a database migrated
// once per test binary (MigratedDSN); a package whose tests use one on
// PostgreSQL runs them through RunTests.
package apptest

import (
	"context"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/demo"
	"github.com/quotetrail/quotetrail/models"
	"github.com/quotetrail/quotetrail/web"
)

// The environment that chooses the tests' database engine.
const (
	// BackendEnv set to "postgres" runs the tests on PostgreSQL; unset
	// or "sqlite", on SQLite.
	BackendEnv = "QUOTETRAIL_TEST_BACKEND"
	// PostgresEnv is the DSN of a PostgreSQL server the tests may create
	// and drop databases on.
	PostgresEnv = "QUOTETRAIL_TEST_POSTGRES"
)

// Backend is the engine the tests run on, chosen by BackendEnv.
func Backend(tb testing.TB) models.Engine {
	tb.Helper()
	switch b := os.Getenv(BackendEnv); b {
	case "", string(models.SQLite):
		return models.SQLite
	case string(models.Postgres):
		return models.Postgres
	default:
		tb.Fatalf("%s=%q: use sqlite or postgres", BackendEnv, b)
		return ""
	}
}

// SkipOnPostgres skips a test that is about SQLite itself (its file, its
// locking) when the tests run on PostgreSQL.
func SkipOnPostgres(tb testing.TB, why string) {
	tb.Helper()
	if Backend(tb) == models.Postgres {
		tb.Skip("SQLite only: " + why)
	}
}

// NewDSN returns the --db value of a fresh, empty database for the test
// alone: a SQLite file in a temporary folder, or a PostgreSQL database
// that is dropped when the test ends. Nothing is in it, not even the
// schema: it is for tests of migrations and of the commands that make a
// database; other tests take a MigratedDSN.
func NewDSN(tb testing.TB) string {
	tb.Helper()
	if Backend(tb) == models.SQLite {
		return filepath.Join(tb.TempDir(), "quotetrail.db")
	}
	return NewPostgresDSN(tb)
}

// NewPostgresDSN creates an empty PostgreSQL database on the server
// QUOTETRAIL_TEST_POSTGRES names, drops it when the test ends, and
// returns its DSN. Without the variable the test is skipped, except
// under CI or when BackendEnv asks for PostgreSQL.
func NewPostgresDSN(tb testing.TB) string {
	tb.Helper()
	admin := postgresAdmin(tb)
	name := "quotetrail_test_" + randomHex()
	if err := admin.exec(`CREATE DATABASE ` + name + ` ENCODING 'UTF8' TEMPLATE template0`); err != nil {
		tb.Fatal(err)
	}
	dsn := admin.dsnOf(name)
	tb.Cleanup(func() { dropDatabase(tb, admin, dsn) })
	// A test's data need not survive a crash: commits that do not wait
	// for the disk make the suite several times faster.
	if err := admin.exec(`ALTER DATABASE ` + name + ` SET synchronous_commit = off`); err != nil {
		tb.Fatal(err)
	}
	return dsn
}

// postgresServer is the DSN of the server the tests make their
// PostgreSQL databases on. Without one the test is skipped, except under
// CI or when BackendEnv asks for PostgreSQL.
func postgresServer(tb testing.TB) string {
	tb.Helper()
	admin := os.Getenv(PostgresEnv)
	if admin == "" {
		if os.Getenv("CI") == "true" || Backend(tb) == models.Postgres {
			tb.Fatalf("%s is not set: give the DSN of a PostgreSQL server the tests may create databases on", PostgresEnv)
		}
		tb.Skipf("%s is not set", PostgresEnv)
	}
	if _, err := url.Parse(admin); err != nil || models.EngineFor(admin) != models.Postgres {
		tb.Fatalf("%s=%q is not a postgres:// DSN", PostgresEnv, admin)
	}
	return admin
}

// MustOpenStore opens a store on a migrated, empty database of the
// test's own (see MigratedDSN), closed when the test ends.
func MustOpenStore(tb testing.TB) *models.Store {
	tb.Helper()
	return MustOpenDSN(tb, MigratedDSN(tb, false))
}

// MustOpenDemoStore is MustOpenStore on a database that holds the demo
// story.
func MustOpenDemoStore(tb testing.TB) *models.Store {
	tb.Helper()
	return MustOpenDSN(tb, MigratedDSN(tb, true))
}

// mustOpen opens a store on dsn, closed when the test ends.
// MustOpenDSN opens the database dsn names (a second instance's view of
// it, when another store has it open) and closes it when the test ends.
func MustOpenDSN(tb testing.TB, dsn string) *models.Store {
	tb.Helper()
	store, err := models.Open(dsn)
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

// App is the real app over a test database, and a visitor of it: signed
// in as an editor (New) or not (NewAnonymous). Its requests carry the
// visitor's cookies and, when they post, the CSRF token a browser would
// have taken from the form.
type App struct {
	tb    testing.TB
	Store *models.Store
	Echo  *echo.Echo
	// User is who the app's requests are signed in as, nil when signed out.
	User *accounts.User

	dsn      string       // the database, for a second instance
	session  string       // the session cookie's value
	csrf     string       // the token forms carry
	anonCSRF *http.Cookie // a signed-out visitor's CSRF cookie
}

// EditorEmail is the address of the editor New signs in as.
const EditorEmail = "editor@example.org"

// New returns the app over a fresh database, signed in as an editor; with
// demo set, the demo story is loaded first.
func New(tb testing.TB, withDemo bool) *App {
	tb.Helper()
	return NewWith(tb, withDemo, web.Config{})
}

// NewAnonymous returns the app as the public sees it: nobody signed in.
func NewAnonymous(tb testing.TB, withDemo bool) *App {
	tb.Helper()
	a := newApp(tb, withDemo, web.Config{})
	return a
}

// NewWith is New with a server configuration.
func NewWith(tb testing.TB, withDemo bool, cfg web.Config) *App {
	tb.Helper()
	a := newApp(tb, withDemo, cfg)
	a.SignInAs(MustCreateUser(tb, a.Store, EditorEmail, accounts.RoleEditor, ""))
	return a
}

func newApp(tb testing.TB, withDemo bool, cfg web.Config) *App {
	tb.Helper()
	return openApp(tb, MigratedDSN(tb, withDemo), cfg)
}

func openApp(tb testing.TB, dsn string, cfg web.Config) *App {
	tb.Helper()
	store := MustOpenDSN(tb, dsn)
	if cfg.Templates == nil {
		cfg.Templates = sharedPages(tb)
	}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	e, err := web.New(cfg, store, logger)
	if err != nil {
		tb.Fatalf("build server: %v", err)
	}
	return &App{tb: tb, Store: store, Echo: e, dsn: dsn}
}

// SecondInstance is another app process's view of the same database: its
// own store, connections and memory, nobody signed in.
func (a *App) SecondInstance() *App {
	a.tb.Helper()
	return openApp(a.tb, a.dsn, web.Config{})
}

// MustCreateUser adds a user. With an empty password the user has none
// yet (as when invited); hashing one costs tens of milliseconds.
func MustCreateUser(tb testing.TB, store *models.Store, email, role, password string) *accounts.User {
	tb.Helper()
	u := &accounts.User{Email: email, Role: role}
	if password != "" {
		hash, err := accounts.HashPassword(password)
		if err != nil {
			tb.Fatal(err)
		}
		u.PasswordHash = hash
	}
	if err := accounts.New(store).CreateUser(context.Background(), u); err != nil {
		tb.Fatalf("create user %s: %v", email, err)
	}
	return u
}

// SignInAs makes the app's requests those of a fresh session of u,
// without the login form (and its password hashing).
func (a *App) SignInAs(u *accounts.User) {
	a.tb.Helper()
	token, sess, err := accounts.New(a.Store).CreateSession(context.Background(), u.ID, time.Now())
	if err != nil {
		a.tb.Fatalf("sign in %s: %v", u.Email, err)
	}
	a.User, a.session, a.csrf, a.anonCSRF = u, token, sess.CSRFToken, nil
}

// SignOut makes the app's requests the public's; the session stays open.
func (a *App) SignOut() {
	a.User, a.session, a.csrf, a.anonCSRF = nil, "", "", nil
}

// LogIn posts the login form as a browser would, from the visitor's
// current state; when the login succeeds, the app's requests carry the
// new session from then on.
func (a *App) LogIn(email, password string) Response {
	a.tb.Helper()
	res := a.PostForm("/login", url.Values{"email": {email}, "password": {password}})
	for _, c := range (&http.Response{Header: res.Header}).Cookies() {
		if c.Name == "quotetrail_session" && c.Value != "" && res.Status == http.StatusSeeOther {
			u, err := accounts.New(a.Store).UserByEmail(context.Background(), email)
			if err != nil {
				a.tb.Fatal(err)
			}
			a.User, a.session, a.csrf, a.anonCSRF = u, c.Value, "", nil
		}
	}
	return res
}

// SessionToken is the value of the session cookie, "" when signed out.
func (a *App) SessionToken() string { return a.session }

var csrfFieldRE = regexp.MustCompile(`name="csrf_token" value="([^"]*)"`)

// CSRFToken is the token a form of the app's pages carries. Signed out,
// the first call reads it from the login form, as a browser would, and
// keeps the cookie it comes with.
func (a *App) CSRFToken() string {
	a.tb.Helper()
	if a.csrf != "" {
		return a.csrf
	}
	req := httptest.NewRequest(http.MethodGet, "/login", nil)
	a.AddCookies(req)
	res := a.Send(req)
	m := csrfFieldRE.FindStringSubmatch(res.Body)
	if m == nil {
		a.tb.Fatalf("the login form has no CSRF token:\n%s", res.Body)
	}
	for _, c := range (&http.Response{Header: res.Header}).Cookies() {
		if c.Name == "quotetrail_csrf" {
			a.anonCSRF = c
		}
	}
	a.csrf = html.UnescapeString(m[1])
	return a.csrf
}

// AddCookies gives req the visitor's cookies.
func (a *App) AddCookies(req *http.Request) {
	if a.session != "" {
		req.AddCookie(&http.Cookie{Name: "quotetrail_session", Value: a.session})
	}
	if a.anonCSRF != nil {
		req.AddCookie(&http.Cookie{Name: a.anonCSRF.Name, Value: a.anonCSRF.Value})
	}
}

// Response is what the app answered.
type Response struct {
	Status   int
	Body     string
	Header   http.Header
	Location string
}

// Do sends a request as the app's visitor: with their cookies and, on a
// POST without one, their CSRF token in the X-CSRF-Token header.
func (a *App) Do(req *http.Request) Response {
	a.tb.Helper()
	if req.Method != http.MethodGet && req.Method != http.MethodHead && req.Header.Get("X-CSRF-Token") == "" {
		req.Header.Set("X-CSRF-Token", a.CSRFToken())
	}
	a.AddCookies(req)
	return a.Send(req)
}

// Send sends req through the echo instance exactly as it is.
func (a *App) Send(req *http.Request) Response {
	rec := httptest.NewRecorder()
	a.Echo.ServeHTTP(rec, req)
	return Response{Status: rec.Code, Body: rec.Body.String(), Header: rec.Header(), Location: rec.Header().Get("Location")}
}

// Get requests path.
func (a *App) Get(path string) Response {
	a.tb.Helper()
	return a.Do(httptest.NewRequest(http.MethodGet, path, nil))
}

// PostForm posts form values to path as a browser would, the form's CSRF
// token included unless values name one.
func (a *App) PostForm(path string, values url.Values) Response {
	a.tb.Helper()
	v := url.Values{}
	for k, vs := range values {
		v[k] = vs
	}
	if !v.Has("csrf_token") {
		v.Set("csrf_token", a.CSRFToken())
	}
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(v.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	a.AddCookies(req)
	return a.Send(req)
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
	if _, err := req.Cookie("quotetrail_session"); err != nil {
		a.AddCookies(req)
	}
	return a.Send(req)
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
