package dump_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/dump"
	"github.com/quotetrail/quotetrail/internal/importer"
	"github.com/quotetrail/quotetrail/models"
)

// postgresDatabase creates a database of its own on the server named by
// QUOTETRAIL_TEST_POSTGRES (a DSN; the test is skipped without one), drops
// it when the test ends and returns its DSN.
func postgresDatabase(t *testing.T) string {
	t.Helper()
	base := os.Getenv("QUOTETRAIL_TEST_POSTGRES")
	if base == "" {
		t.Skip("QUOTETRAIL_TEST_POSTGRES is not set to a PostgreSQL DSN")
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("QUOTETRAIL_TEST_POSTGRES: %v", err)
	}
	admin, err := sql.Open("pgx", base) // registered by gorm's PostgreSQL driver
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("quotetrail_dump_test_%d_%d", os.Getpid(), time.Now().UnixNano())
	if _, err := admin.Exec(`CREATE DATABASE ` + name); err != nil {
		admin.Close()
		t.Fatalf("create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		if _, err := admin.Exec(`DROP DATABASE IF EXISTS ` + name + ` WITH (FORCE)`); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}

// SQLite to PostgreSQL and back: every dump is the same bytes, every
// database exports the same citations and derives the same counts, and
// PostgreSQL's sequences go on past the dumped ones.
func TestPostgresRoundTrip(t *testing.T) {
	t.Parallel()
	dsn := postgresDatabase(t)
	ctx := context.Background()
	src, srcPath := source(t)
	first := mustDump(t, src)

	pg, err := models.Open(dsn)
	if err != nil {
		t.Fatalf("open PostgreSQL: %v", err)
	}
	t.Cleanup(func() { pg.Close() })
	mustRestore(t, pg, first)
	second := mustDump(t, pg)
	if !bytes.Equal(first, second) {
		t.Fatalf("PostgreSQL dumps differently from SQLite: %s", firstDiff(first, second))
	}
	srcExports := exports(t, src)
	for format, out := range exports(t, pg) {
		if out != srcExports[format] {
			t.Errorf("%s export on PostgreSQL differs:\nSQLite:     %.500s\nPostgreSQL: %.500s", format, srcExports[format], out)
		}
	}
	if a, b := derived(t, "sqlite3", srcPath, derivedQueries), derived(t, "pgx", dsn, derivedQueries); a != b {
		t.Errorf("derived data differs on PostgreSQL:\nSQLite:\n%s\nPostgreSQL:\n%s", a, b)
	}
	if _, err := accounts.New(pg).Authenticate(ctx, "admin.ünï@example.org", apptest.EdgePassword); err != nil {
		t.Errorf("a user restored into PostgreSQL cannot log in: %v", err)
	}
	if _, err := dump.Restore(ctx, pg, bytes.NewReader(first), nil); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("restore into PostgreSQL with data: %v, want a refusal", err)
	}

	back, backPath := openStore(t, "back.db")
	mustRestore(t, back, second)
	if third := mustDump(t, back); !bytes.Equal(first, third) {
		t.Errorf("SQLite → PostgreSQL → SQLite dumps differently: %s", firstDiff(first, third))
	}
	for format, out := range exports(t, back) {
		if out != srcExports[format] {
			t.Errorf("%s export differs after SQLite → PostgreSQL → SQLite", format)
		}
	}
	if a, b := sqliteDerived(t, srcPath), sqliteDerived(t, backPath); a != b {
		t.Errorf("derived data differs after SQLite → PostgreSQL → SQLite:\nbefore:\n%s\nafter:\n%s", a, b)
	}

	// The last quote (18) was deleted before the dump: a new one takes 19.
	q := importer.Quote{Text: "After the restore.", Speaker: "Lina Khan", Article: importer.Article{Title: "New"}}
	if err := q.Validate(); err != nil {
		t.Fatal(err)
	}
	if _, err := importer.WriteBatch(ctx, pg, []importer.Quote{q}); err != nil {
		t.Fatalf("import into the restored PostgreSQL database: %v", err)
	}
	if !strings.Contains(string(mustDump(t, pg)), `{"table_end":"quotes","rows":18,"sequence":19}`) {
		t.Errorf("a quote added after the restore did not take id 19")
	}
}
