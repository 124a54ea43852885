package apptest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver

	"github.com/quotetrail/quotetrail/internal/demo"
	"github.com/quotetrail/quotetrail/models"
	pagetmpl "github.com/quotetrail/quotetrail/templates"
)

// Every test gets a database of its own, and running every migration and
// loading the demo for each of them was most of the suite's time. So a
// test binary builds each kind of database once, as a template, and each
// test gets a copy: a SQLite file written from the template's bytes, or a
// PostgreSQL database made with CREATE DATABASE ... TEMPLATE.

// template is one database the process builds once and copies for each
// test that asks for it.
type template struct {
	once sync.Once
	err  error
	file []byte // SQLite: the database file, checkpointed
	name string // PostgreSQL: the template database
}

// templates are the process's templates: an empty migrated database and
// one with the demo story, on each engine.
type templates struct {
	sqlite   [2]template // indexed by withDemo
	postgres [2]template

	// dropAtEnd is set by RunTests, which drops the PostgreSQL
	// templates when the tests end; without it nothing would, so each
	// test builds its PostgreSQL database from scratch instead.
	dropAtEnd atomic.Bool
	// creating serialises CREATE DATABASE ... TEMPLATE, which fails while
	// another session is connected to the template, as one that copies
	// it is.
	creating sync.Mutex
	admin    adminPool

	// pages are the parsed page templates every app of the process
	// shares (parsing them took a tenth of some packages' tests).
	pagesOnce sync.Once
	pages     *pagetmpl.Engine
	pagesErr  error
}

// sharedPages returns the process's parsed page templates.
func sharedPages(tb testing.TB) *pagetmpl.Engine {
	tb.Helper()
	fixtures.pagesOnce.Do(func() { fixtures.pages, fixtures.pagesErr = pagetmpl.New() })
	if fixtures.pagesErr != nil {
		tb.Fatalf("parse the page templates: %v", fixtures.pagesErr)
	}
	return fixtures.pages
}

// fixtures is the test binary's one set of templates. It is built lazily,
// guarded by sync.Once, and never changed after: the only package-level
// state of the kit.
var fixtures templates

// demoIndex turns withDemo into an index of templates' arrays.
func demoIndex(withDemo bool) int {
	if withDemo {
		return 1
	}
	return 0
}

// RunTests runs a package's tests as m.Run does and then drops the
// PostgreSQL templates the tests made; call it from TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(apptest.RunTests(m)) }
//
// Without it the kit still works on PostgreSQL, but each test then
// migrates a database of its own, which is several times slower.
func RunTests(m *testing.M) int {
	fixtures.dropAtEnd.Store(true)
	code := m.Run()
	if err := fixtures.drop(); err != nil {
		fmt.Fprintf(os.Stderr, "apptest: %v\n", err)
		if code == 0 {
			code = 1
		}
	}
	return code
}

// MigratedDSN returns the --db value of a database for the test alone,
// on the engine the tests run on, with every migration applied and, with
// withDemo, the demo story loaded: a copy of a template the test binary
// builds once. It is removed when the test ends.
func MigratedDSN(tb testing.TB, withDemo bool) string {
	tb.Helper()
	if Backend(tb) == models.SQLite {
		return MigratedSQLite(tb, withDemo)
	}
	if !fixtures.dropAtEnd.Load() {
		dsn := NewPostgresDSN(tb)
		if err := buildAndClose(dsn, withDemo); err != nil {
			tb.Fatal(err)
		}
		return dsn
	}
	admin := postgresAdmin(tb)
	template, err := fixtures.postgresTemplate(admin, withDemo)
	if err != nil {
		tb.Fatal(err)
	}
	dsn, err := fixtures.createDatabase(admin, template)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { dropDatabase(tb, admin, dsn) })
	return dsn
}

// MigratedSQLite is MigratedDSN on SQLite, whatever engine the tests run
// on: the path of a database file in a temporary folder of the test.
func MigratedSQLite(tb testing.TB, withDemo bool) string {
	tb.Helper()
	file, err := fixtures.sqliteTemplate(withDemo)
	if err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(tb.TempDir(), "quotetrail.db")
	if err := os.WriteFile(path, file, 0o644); err != nil {
		tb.Fatalf("copy the template database: %v", err)
	}
	return path
}

// build brings the empty database dsn names up to date and, with
// withDemo, loads the demo story into it; the caller closes the store.
func build(dsn string, withDemo bool) (*models.Store, error) {
	store, err := models.Open(dsn)
	if err != nil {
		return nil, fmt.Errorf("build a template database: %w", err)
	}
	if withDemo {
		if loaded, err := demo.Load(context.Background(), store); err != nil || !loaded {
			store.Close()
			return nil, fmt.Errorf("build a template database: load demo: loaded=%v err=%w", loaded, err)
		}
	}
	return store, nil
}

// buildAndClose is build for a database nobody reads yet.
func buildAndClose(dsn string, withDemo bool) error {
	store, err := build(dsn, withDemo)
	if err != nil {
		return err
	}
	return store.Close()
}

// sqliteTemplate returns the file of the SQLite template, built by the
// first call.
func (ts *templates) sqliteTemplate(withDemo bool) ([]byte, error) {
	tmpl := &ts.sqlite[demoIndex(withDemo)]
	tmpl.once.Do(func() { tmpl.file, tmpl.err = ts.buildSQLite(withDemo) })
	return tmpl.file, tmpl.err
}

// buildSQLite builds a SQLite database in a folder of its own and returns
// its file, with everything in the write-ahead log checkpointed into it,
// so that the file alone is the whole database.
func (ts *templates) buildSQLite(withDemo bool) ([]byte, error) {
	dir, err := os.MkdirTemp("", "quotetrail-template-")
	if err != nil {
		return nil, fmt.Errorf("build a template database: %w", err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "template.db")
	if withDemo {
		// The demo goes into a copy of the empty template rather than
		// a database migrated again.
		empty, err := ts.sqliteTemplate(false)
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(path, empty, 0o644); err != nil {
			return nil, fmt.Errorf("build a template database: %w", err)
		}
	}
	store, err := build(path, withDemo)
	if err != nil {
		return nil, err
	}
	// Everything in the write-ahead log goes into the file, and the log
	// is emptied, before the connections close.
	var busy, logged, moved int
	err = store.DB(context.Background()).Raw(`PRAGMA wal_checkpoint(TRUNCATE)`).Row().Scan(&busy, &logged, &moved)
	if err == nil && busy != 0 {
		err = errors.New("the database was busy")
	}
	if cerr := store.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("build a template database: checkpoint: %w", err)
	}
	if info, err := os.Stat(path + "-wal"); err == nil && info.Size() > 0 {
		return nil, fmt.Errorf("build a template database: %d bytes left in its write-ahead log", info.Size())
	}
	file, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("build a template database: %w", err)
	}
	return file, nil
}

// postgresTemplate returns the name of the PostgreSQL template database,
// built by the first call.
func (ts *templates) postgresTemplate(admin *adminPool, withDemo bool) (string, error) {
	tmpl := &ts.postgres[demoIndex(withDemo)]
	tmpl.once.Do(func() { tmpl.name, tmpl.err = ts.buildPostgres(admin, withDemo) })
	return tmpl.name, tmpl.err
}

// buildPostgres builds a PostgreSQL template database and returns its
// name, also when it fails after making it, so that it is dropped. No
// connection to it stays open: it could not be copied.
func (ts *templates) buildPostgres(admin *adminPool, withDemo bool) (string, error) {
	name := "quotetrail_template_" + randomHex()
	from := "template0"
	if withDemo {
		// The demo goes into a copy of the empty template.
		empty, err := ts.postgresTemplate(admin, false)
		if err != nil {
			return "", err
		}
		from = empty
	}
	ts.creating.Lock()
	err := admin.exec(`CREATE DATABASE ` + name + ` ENCODING 'UTF8' TEMPLATE ` + from)
	ts.creating.Unlock()
	if err != nil {
		return "", fmt.Errorf("build a template database: %w", err)
	}
	if err := admin.exec(`ALTER DATABASE ` + name + ` SET synchronous_commit = off`); err != nil {
		return name, fmt.Errorf("build a template database: %w", err)
	}
	if err := buildAndClose(admin.dsnOf(name), withDemo); err != nil {
		return name, err
	}
	return name, nil
}

// createDatabase makes a database for a test from the template name and
// returns its DSN.
func (ts *templates) createDatabase(admin *adminPool, template string) (string, error) {
	name := "quotetrail_test_" + randomHex()
	ts.creating.Lock()
	err := admin.exec(`CREATE DATABASE ` + name + ` TEMPLATE ` + template)
	ts.creating.Unlock()
	if err != nil {
		return "", fmt.Errorf("copy the template database: %w", err)
	}
	// A database's settings are not copied with it.
	if err := admin.exec(`ALTER DATABASE ` + name + ` SET synchronous_commit = off`); err != nil {
		return "", fmt.Errorf("copy the template database: %w", err)
	}
	return admin.dsnOf(name), nil
}

// drop removes the PostgreSQL templates the process made, once its tests
// are done, and closes the admin connection.
func (ts *templates) drop() error {
	var errs []error
	for i := range ts.postgres {
		// Spending the once makes sure no template is being built.
		tmpl := &ts.postgres[i]
		tmpl.once.Do(func() {})
		if tmpl.name == "" {
			continue
		}
		if err := ts.admin.exec(`DROP DATABASE IF EXISTS ` + tmpl.name + ` WITH (FORCE)`); err != nil {
			errs = append(errs, fmt.Errorf("drop the template database: %w", err))
		}
	}
	if ts.admin.db != nil {
		errs = append(errs, ts.admin.db.Close())
	}
	return errors.Join(errs...)
}

// adminPool is the connection to the server PostgresEnv names that makes
// and drops the tests' databases, opened once.
type adminPool struct {
	once sync.Once
	err  error
	dsn  *url.URL
	db   *sql.DB
}

// postgresAdmin opens the admin connection, failing the test without
// one.
func postgresAdmin(tb testing.TB) *adminPool {
	tb.Helper()
	dsn := postgresServer(tb)
	a := &fixtures.admin
	a.once.Do(func() {
		if a.dsn, a.err = url.Parse(dsn); a.err != nil {
			return
		}
		a.db, a.err = sql.Open("pgx", dsn)
	})
	if a.err != nil {
		tb.Fatalf("connect to %s: %v", PostgresEnv, a.err)
	}
	return a
}

// exec runs one statement on the admin connection.
func (a *adminPool) exec(stmt string) error {
	if a.db == nil {
		return nil // never opened: nothing was made on the server
	}
	if _, err := a.db.Exec(stmt); err != nil {
		return fmt.Errorf("%s: %w", stmt, err)
	}
	return nil
}

// dsnOf is the DSN of the database name on the admin connection's
// server.
func (a *adminPool) dsnOf(name string) string {
	u := *a.dsn
	u.Path = "/" + name
	return u.String()
}

// dropDatabase drops a test's database at its end.
func dropDatabase(tb testing.TB, admin *adminPool, dsn string) {
	u, err := url.Parse(dsn)
	if err != nil {
		tb.Error(err)
		return
	}
	if err := admin.exec(`DROP DATABASE IF EXISTS ` + u.Path[1:] + ` WITH (FORCE)`); err != nil {
		tb.Error(err)
	}
}

// randomHex is 16 random hex digits, for names no other run takes.
func randomHex() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}
