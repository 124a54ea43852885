package search

import (
	"database/sql"
	"errors"
	"os"
	"testing"
)

// A search expression the index refuses reaches the person searching as
// a QueryError, on either engine; any other failure does not.
func TestSearchErrorNamesRefusedExpressions(t *testing.T) {
	t.Parallel()
	refused := func(t *testing.T, driver, dsn string, stmts ...string) error {
		t.Helper()
		db, err := sql.Open(driver, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		db.SetMaxOpenConns(1) // one in-memory database
		for _, stmt := range stmts[:len(stmts)-1] {
			if _, err := db.Exec(stmt); err != nil {
				t.Fatal(err)
			}
		}
		_, err = db.Exec(stmts[len(stmts)-1])
		if err == nil {
			t.Fatalf("%s: no error", stmts[len(stmts)-1])
		}
		return err
	}
	check := func(t *testing.T, err error, want bool) {
		t.Helper()
		var qerr *QueryError
		if got := errors.As(searchError(err), &qerr); got != want {
			t.Errorf("searchError(%v) is a QueryError: %v, want %v", err, got, want)
		}
	}
	t.Run("sqlite", func(t *testing.T) {
		check(t, refused(t, "sqlite3", ":memory:",
			`CREATE VIRTUAL TABLE f USING fts5(x)`, `SELECT * FROM f WHERE f MATCH 'a AND'`), true)
		check(t, refused(t, "sqlite3", ":memory:", `SELECT * FROM missing`), false)
	})
	t.Run("postgres", func(t *testing.T) {
		dsn := os.Getenv("QUOTETRAIL_TEST_POSTGRES")
		if dsn == "" {
			t.Skip("QUOTETRAIL_TEST_POSTGRES is not set")
		}
		check(t, refused(t, "pgx", dsn, `SELECT CAST('a &' AS tsquery)`), true)
		check(t, refused(t, "pgx", dsn, `SELECT * FROM missing`), false)
	})
}
