package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/demo"
	"github.com/quotetrail/quotetrail/internal/synth"
	"github.com/quotetrail/quotetrail/models"
)

func TestImportCommand(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := apptest.NewDSN(t)
	data := filepath.Join(dir, "quotes.jsonl")
	var quotes bytes.Buffer
	if err := synth.Write(&quotes, synth.Config{Quotes: 50, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(data, quotes.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	m, stdout, stderr := testMain(nil)
	if err := m.Run(context.Background(), []string{"import", "--db", db, data}); err != nil {
		t.Fatalf("import: %v\n%s", err, stderr)
	}
	if !strings.Contains(stdout.String(), "imported 50 quotes") || !strings.Contains(stderr.String(), "import: 100% 50 quotes") {
		t.Errorf("stdout %q, stderr %q", stdout, stderr)
	}
	// Into an empty SQLite database, one bulk load, which says so.
	bulk := strings.Contains(stdout.String(), "loaded in bulk (chosen because the database held no quote)") && strings.Contains(stderr.String(), "import: indexes built in ")
	if want := apptest.Backend(t) == models.SQLite; bulk != want {
		t.Errorf("loaded in bulk: %v, want %v; stdout %q, stderr %q", bulk, want, stdout, stderr)
	}
	m, stdout, _ = testMain(map[string]string{"QUOTETRAIL_DB": db})
	if err := m.Run(context.Background(), []string{"import", "--quiet", data}); err != nil || !strings.Contains(stdout.String(), "imported 0 quotes") || !strings.Contains(stdout.String(), "50 already there") {
		t.Errorf("second import: %v, %q", err, stdout)
	}

	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"text": "ok", "speaker": "X Y", "article": {"title": "T"}}`+"\n"+`{"text": ""}`+"\n"), 0o644)
	m, _, stderr = testMain(nil)
	err := m.Run(context.Background(), []string{"import", "--db", db, "--on-error", "stop", bad})
	if err == nil || exitCode(err) != 1 || !strings.Contains(stderr.String(), "line 2: the quote has no text") {
		t.Errorf("stop on a bad line: %v (exit %d), stderr %q", err, exitCode(err), stderr)
	}
	m, _, _ = testMain(nil)
	if err := m.Run(context.Background(), []string{"import", "--db", db, "--on-error", "skip", bad}); err != nil {
		t.Errorf("skip: %v", err)
	}
	for _, args := range [][]string{{"import"}, {"import", "--on-error", "maybe", bad}, {"import", "a", "b"},
		{"import", "--batch", "0", bad}, {"import", "--max-lock", "-1s", bad}, {"import", "--speaker-threshold", "1.5", bad}} {
		m, _, _ = testMain(nil)
		if err := m.Run(context.Background(), args); exitCode(err) != 2 {
			t.Errorf("%q: %v, want a usage error", args, err)
		}
	}
}

// The CSV `quotetrail export` writes is a file `quotetrail import`
// reads back: into the database it came from as nothing new, into an
// empty one as the same quotes, and there a second time as nothing new.
func TestExportThenImportCommand(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	src, dst := apptest.MigratedDSN(t, true), apptest.MigratedDSN(t, false)
	store, err := models.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	apptest.MustLoadEdgeCases(t, store) // articles with a URL and an outlet
	store.Close()
	dir := t.TempDir()
	exported, again := filepath.Join(dir, "quotes.csv"), filepath.Join(dir, "again.csv")

	run := func(args ...string) string {
		t.Helper()
		m, stdout, stderr := testMain(nil)
		if err := m.Run(ctx, args); err != nil {
			t.Fatalf("%q: %v\n%s", args, err, stderr)
		}
		return stdout.String() + stderr.String()
	}
	out := run("export", "--db", src, "--format", "csv", "-o", exported)
	n := len(demo.Quotes) + 2 // the edge cases' third quote is deleted
	if !strings.Contains(out, fmt.Sprintf("wrote %d quotes", n)) {
		t.Fatalf("export: %q", out)
	}
	for _, c := range []struct{ db, want string }{
		{src, fmt.Sprintf("imported 0 quotes in %%s: %d already there, 0 lines refused; new: 0 people, 0 articles, 0 outlets, 0 topics", n)},
		{dst, fmt.Sprintf("imported %d quotes in %%s: 0 already there, 0 lines refused", n)},
		{dst, fmt.Sprintf("imported 0 quotes in %%s: %d already there, 0 lines refused; new: 0 people, 0 articles, 0 outlets, 0 topics", n)},
	} {
		out := run("import", "--db", c.db, "--quiet", exported)
		before, after, _ := strings.Cut(c.want, "%s")
		if !strings.HasPrefix(out, before) || !strings.Contains(out, after) {
			t.Errorf("import into %s: %q, want %q", c.db, out, c.want)
		}
	}
	run("export", "--db", dst, "--format", "csv", "-o", again)
	if want, got := csvRows(t, exported), csvRows(t, again); !slices.Equal(got, want) {
		t.Errorf("exported from the copy:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// csvRows are a CSV export's rows, sorted, without the permalinks, which
// hold each database's own quote IDs.
func csvRows(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	records, err := csv.NewReader(f).ReadAll()
	if err != nil || len(records) == 0 {
		t.Fatalf("read %s: %v", path, err)
	}
	permalink := slices.Index(records[0], "quote permalink")
	var rows []string
	for _, r := range records[1:] {
		rows = append(rows, strings.Join(slices.Delete(r, permalink, permalink+1), " | "))
	}
	slices.Sort(rows)
	return rows
}
