package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/synth"
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
		{"import", "--batch", "0", bad}, {"import", "--max-lock", "-1s", bad}} {
		m, _, _ = testMain(nil)
		if err := m.Run(context.Background(), args); exitCode(err) != 2 {
			t.Errorf("%q: %v, want a usage error", args, err)
		}
	}
}
