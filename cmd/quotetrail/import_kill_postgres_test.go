package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/synth"
	"github.com/quotetrail/quotetrail/models"
)

// `quotetrail import --bulk` into PostgreSQL, killed with SIGKILL in each
// of its stages, leaves the database as it was before (the quotes there
// before, every index in place) or as the finished load leaves it; the
// server rolls back the load of a client that is gone, dropped indexes
// and all.
func TestKillDuringPostgresBulkImport(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills import processes")
	}
	t.Parallel()
	dir := t.TempDir()
	var quotes bytes.Buffer
	if err := synth.Write(&quotes, synth.Config{Quotes: 4000, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(quotes.Bytes(), []byte("\n"))
	first, data := filepath.Join(dir, "first.jsonl"), filepath.Join(dir, "quotes.jsonl")
	if err := os.WriteFile(first, bytes.Join(lines[:200], nil), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(data, quotes.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// A database holding a few quotes, imported in batches.
	fresh := func() string {
		dsn := apptest.NewPostgresDSN(t)
		m, stdout, stderr := testMain(nil)
		if err := m.Run(context.Background(), []string{"import", "--bulk=false", "--db", dsn, first}); err != nil {
			t.Fatalf("import: %v\n%s\n%s", err, stdout, stderr)
		}
		return dsn
	}
	// The finished load, for "after".
	ref := fresh()
	m, stdout, stderr := testMain(nil)
	if err := m.Run(context.Background(), []string{"import", "--bulk", "--batch", "1000", "--db", ref, data}); err != nil || !strings.Contains(stdout.String(), "loaded in bulk") {
		t.Fatalf("import: %v\n%s\n%s", err, stdout, stderr)
	}
	after := postgresDBState(t, ref)

	for _, stage := range []string{"", "indexes set aside, fingerprints read", "rows written", "search index and counts built", "indexes built", "committed"} {
		db := fresh()
		before := postgresDBState(t, db)
		if before == after {
			t.Fatal("the states before and after are the same")
		}
		killed := killImportAt(t, dir, stage, "import", "--bulk", "--batch", "1000", "--db", db, data)
		got := postgresDBState(t, db)
		t.Logf("killed at %q: as %s", killed, map[bool]string{true: "before", false: "after"}[got == before])
		if got != before && got != after {
			t.Errorf("killed after %q (%s): the database is neither as before nor as after:\n%s\nbefore:\n%s\nafter:\n%s", stage, killed, got, before, after)
		}
	}
}

// postgresDBState describes what the kill test compares on PostgreSQL:
// the indexes, the rows of each table the import writes, and the search
// index.
func postgresDBState(t *testing.T, dsn string) string {
	t.Helper()
	store, err := models.Open(dsn)
	if err != nil {
		t.Fatalf("open %s after the kill: %v", dsn, err)
	}
	defer store.Close()
	db, err := store.SQLDB()
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for _, q := range []string{
		`SELECT string_agg(indexname, ', ' ORDER BY indexname) FROM pg_indexes WHERE schemaname = current_schema()`,
		`SELECT count(*) || ' quotes, ' || COALESCE(sum(length(text)), 0) || ' bytes' FROM quotes`,
		`SELECT count(*) || ' people, quote_count ' || COALESCE(sum(quote_count), 0) FROM people`,
		`SELECT count(*) || ' articles' FROM articles`,
		`SELECT count(*) || ' quote topics' FROM quote_topics`,
		`SELECT COALESCE(sum(n), 0) || ' in person_year_counts' FROM person_year_counts`,
		`SELECT count(*) || ' deferred' FROM quote_search_deferred`,
		`SELECT count(*) || ' found for #kdirect' FROM quote_search WHERE document @@ CAST('''#kdirect''' AS tsquery)`,
	} {
		var s string
		if err := db.QueryRow(q).Scan(&s); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		fmt.Fprintln(&sb, s)
	}
	return sb.String()
}
