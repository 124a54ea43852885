package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGenerate(t *testing.T) {
	t.Parallel()
	out := filepath.Join(t.TempDir(), "quotes.jsonl")
	var stdout, stderr bytes.Buffer
	if err := run([]string{"generate", "--quotes", "50", "-o", out}, &stdout, &stderr); err != nil {
		t.Fatalf("generate: %v\n%s", err, &stderr)
	}
	body, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(body), "\n"); n != 50 {
		t.Errorf("generate wrote %d lines, want 50", n)
	}
	var ue usageError
	for _, args := range [][]string{{}, {"nonsense"}, {"generate", "extra"}, {"generate", "--quotes", "-1"}} {
		if err := run(args, &stdout, &stderr); !errors.As(err, &ue) {
			t.Errorf("%q: %v, want a usage error", args, err)
		}
	}
}

func TestEvalExtract(t *testing.T) {
	t.Parallel()
	var stdout, stderr bytes.Buffer
	if err := run([]string{"eval-extract", "--split", "dev"}, &stdout, &stderr); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	for _, want := range []string{"PolNeAR dev: 84 documents", "quotes:", "speaker:", "end-to-end:"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, &stdout)
		}
	}
	var ue usageError
	if err := run([]string{"eval-extract", "--split", "test"}, &stdout, &stderr); !errors.As(err, &ue) {
		t.Errorf("--split test = %v, want a usage error", err)
	}
}
