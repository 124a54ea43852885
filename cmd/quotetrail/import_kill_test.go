package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/synth"
	"github.com/quotetrail/quotetrail/models"
)

// `quotetrail import` loading an empty SQLite database in bulk, killed
// with SIGKILL in each of its stages, leaves the database as it was
// before (no quote, the schema whole) or as the finished load leaves it,
// and intact (PRAGMA integrity_check).
func TestKillDuringBulkImport(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills import processes")
	}
	t.Parallel()
	dir := t.TempDir()
	data := filepath.Join(dir, "quotes.jsonl")
	var quotes bytes.Buffer
	if err := synth.Write(&quotes, synth.Config{Quotes: 4000, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(data, quotes.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// The finished load, for "after".
	ref := filepath.Join(dir, "ref.db")
	m, stdout, stderr := testMain(nil)
	if err := m.Run(context.Background(), []string{"import", "--batch", "1000", "--db", ref, data}); err != nil || !strings.Contains(stdout.String(), "loaded in bulk") {
		t.Fatalf("import: %v\n%s\n%s", err, stdout, stderr)
	}
	after := dbState(t, ref)

	// Kill it as soon as a stage's report is out, so in the next one;
	// "" kills it while it writes rows, "committed" once it is done.
	for i, stage := range []string{"", "indexes and triggers set aside, fingerprints read", "rows written", "indexes built", "search index (built beside) copied", "counts built", "committed"} {
		db := filepath.Join(dir, fmt.Sprintf("kill-%d.db", i))
		store, err := models.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		store.Close()
		before := dbState(t, db)
		killed := killImportAt(t, dir, stage, "import", "--batch", "1000", "--db", db, data)
		got := dbState(t, db)
		t.Logf("killed at %q: as %s", killed, map[bool]string{true: "before", false: "after"}[got == before])
		if got != before && got != after {
			t.Errorf("killed after %q (%s): the database is neither as before nor as after:\n%s\nbefore:\n%s\nafter:\n%s", stage, killed, got, before, after)
		}
	}
}

// killImportAt runs quotetrail with args in a process of its own and
// kills it once its progress reports a line with stage in it (stage ""
// after 150 ms); it tells what it saw then.
func killImportAt(t *testing.T, tmp, stage string, args ...string) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperServe$")
	// Its scratch files, left behind by the kill, go with the test's.
	cmd.Env = append(os.Environ(), helperServeEnv+"="+strings.Join(args, "\x1f"), "TMPDIR="+tmp)
	cmd.Stdout = io.Discard
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	seen := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pipe)
		for sc.Scan() {
			if stage != "" && strings.HasPrefix(sc.Text(), "import: "+stage+" in ") {
				seen <- sc.Text()
			}
		}
		close(seen)
	}()
	what := "the end"
	if stage == "" {
		time.Sleep(150 * time.Millisecond)
		what = "150 ms in"
	} else if line, ok := <-seen; ok {
		what = line
	}
	cmd.Process.Kill()
	cmd.Wait()
	return what
}

// dbState describes what a test of a kill compares: the integrity check,
// the schema, the rows of each table the import writes, and the search
// index.
func dbState(t *testing.T, path string) string {
	t.Helper()
	store, err := models.Open(path)
	if err != nil {
		t.Fatalf("open %s after the kill: %v", path, err)
	}
	defer store.Close()
	db, err := store.SQLDB()
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for _, q := range []string{
		`PRAGMA integrity_check`,
		`SELECT group_concat(type || ' ' || name, ', ') FROM (SELECT type, name FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name)`,
		`SELECT count(*) || ' quotes, ' || COALESCE(sum(length(text)), 0) || ' bytes' FROM quotes`,
		`SELECT count(*) || ' people, quote_count ' || COALESCE(sum(quote_count), 0) FROM people`,
		`SELECT count(*) || ' articles' FROM articles`,
		`SELECT count(*) || ' quote topics' FROM quote_topics`,
		`SELECT COALESCE(sum(n), 0) || ' in person_year_counts' FROM person_year_counts`,
		`SELECT count(*) || ' deferred' FROM quote_search_deferred`,
		`SELECT count(*) || ' found for qqtkdirect' FROM quote_fts WHERE quote_fts MATCH 'qqtkdirect'`,
	} {
		var s string
		if err := db.QueryRow(q).Scan(&s); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		sb.WriteString(s + "\n")
	}
	return sb.String()
}
