package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/cite"
	"github.com/quotetrail/quotetrail/internal/demo"
	"github.com/quotetrail/quotetrail/internal/export"
	"github.com/quotetrail/quotetrail/internal/importer"
	"github.com/quotetrail/quotetrail/models"
)

func exportDemo(t *testing.T, format string, f models.QuoteFilter) (string, int) {
	t.Helper()
	store := apptest.MustOpenDemoStore(t)
	var buf bytes.Buffer
	n, err := export.Write(context.Background(), store, f, format, &buf, "https://quotes.example.org/")
	if err != nil {
		t.Fatalf("export %s: %v", format, err)
	}
	return buf.String(), n
}

func TestEveryFormatExportsEveryQuote(t *testing.T) {
	t.Parallel()
	for _, f := range cite.Formats() {
		t.Run(f.Name, func(t *testing.T) {
			out, n := exportDemo(t, f.Name, models.QuoteFilter{})
			if n != len(demo.Quotes) {
				t.Errorf("wrote %d quotes, want %d", n, len(demo.Quotes))
			}
			for _, q := range demo.Quotes {
				// Each quote's words appear, give or take the closing
				// punctuation and TeX escaping.
				words := strings.TrimRight(q.Text, ",.!")
				words = words[:min(len(words), 40)]
				if f.Name == "bibtex" {
					words = strings.ReplaceAll(words, "$", `\$`)
				}
				if strings.HasSuffix(f.Name, "-html") || f.Name == "csv" || f.Name == "csl-json" {
					words = strings.Fields(words)[0]
				}
				if !strings.Contains(out, words) {
					t.Errorf("export lacks %q", words)
				}
			}
		})
	}
}

// The quote's own closing comma ("…with ads,” she said) does not end up in
// a citation sentence.
func TestStylesDropTheArticlesPunctuation(t *testing.T) {
	t.Parallel()
	for _, format := range []string{"apa", "mla", "chicago"} {
		out, _ := exportDemo(t, format, models.QuoteFilter{PersonID: 3})
		if strings.Contains(out, "with ads,") || strings.Contains(out, "n.d..") {
			t.Errorf("%s export keeps a stray comma or full stop:\n%s", format, out)
		}
		if format == "apa" && !strings.Contains(out, "(Khan, as cited in") {
			t.Errorf("apa export lacks the secondary citation:\n%s", out)
		}
	}
}

func TestCSVRoundTrip(t *testing.T) {
	t.Parallel()
	out, _ := exportDemo(t, "csv", models.QuoteFilter{})
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != strings.Join(cite.CSVHeader(), ",") || len(rows) != len(demo.Quotes)+1 {
		t.Fatalf("header %v, %d rows", rows[0], len(rows))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	found := false
	for _, r := range rows[1:] {
		if r[col["speaker"]] == "Lina Khan" && r[col["via outlet"]] == "NPR" && strings.HasPrefix(r[col["quote permalink"]], "https://quotes.example.org/quotes/") {
			found = true
		}
	}
	if !found {
		t.Errorf("no row for Lina Khan via NPR with a permalink")
	}
}

// BibTeX, RIS and CSL-JSON exports of the app's own data are read back by
// citation-js with every quote intact.
func TestExportsParseBack(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs(filepath.Join("..", "cite", "testdata", "parsers"))
	if err != nil {
		t.Fatal(err)
	}
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join(dir, "node_modules", "@citation-js", "core"))
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("citation-js missing: npm ci --prefix cite/testdata/parsers (%v)", err)
		}
		t.Skip("citation-js missing: npm ci --prefix cite/testdata/parsers")
	}
	for _, format := range []string{"bibtex", "ris", "csl-json"} {
		t.Run(format, func(t *testing.T) {
			out, n := exportDemo(t, format, models.QuoteFilter{})
			cmd := exec.Command(node, filepath.Join(dir, "parse.js"), format)
			cmd.Stdin = strings.NewReader(out)
			cmd.Dir = dir
			parsed, err := cmd.Output()
			if err != nil {
				t.Fatalf("citation-js: %v\n%s", err, out)
			}
			var items []struct {
				ID    string `json:"id"`
				Title string `json:"title"`
				Note  string `json:"note"`
			}
			if err := json.Unmarshal(parsed, &items); err != nil {
				t.Fatal(err)
			}
			if len(items) != n {
				t.Fatalf("citation-js read %d items, want %d", len(items), n)
			}
			ids := map[string]bool{}
			for i, it := range items {
				if it.Title != demo.Title {
					t.Errorf("item %d title %q", i, it.Title)
				}
				if format != "ris" && ids[it.ID] {
					t.Errorf("duplicate key %q", it.ID)
				}
				ids[it.ID] = true
			}
			for _, q := range demo.Quotes {
				found := false
				for _, it := range items {
					if strings.Contains(it.Note, strings.TrimRight(q.Text, ",.")) {
						found = true
					}
				}
				if !found {
					t.Errorf("no parsed item carries the quote %.40q", q.Text)
				}
			}
		})
	}
}

func TestFilename(t *testing.T) {
	t.Parallel()
	bib, _ := export.Lookup("bibtex")
	apa, _ := export.Lookup("apa-html")
	for _, c := range []struct {
		sel  export.Selection
		f    export.Format
		want string
	}{
		{export.Selection{Person: "lina-khan"}, bib, "lina-khan-quotes.bib"},
		{export.Selection{Topic: "privacy"}, apa, "privacy-quotes-apa.html"},
		{export.Selection{Article: 12}, bib, "article-12-quotes.bib"},
		{export.Selection{}, bib, "quotetrail-quotes.bib"},
	} {
		if got := export.Filename(c.sel, c.f); got != c.want {
			t.Errorf("Filename(%+v) = %q, want %q", c.sel, got, c.want)
		}
	}
}

// An export whose client has gone stops reading the database.
func TestExportStopsWhenCancelled(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenDemoStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var buf bytes.Buffer
	n, err := export.Write(ctx, store, models.QuoteFilter{}, "csv", &buf, "https://quotes.example.org")
	if !errors.Is(err, context.Canceled) || n != 0 {
		t.Errorf("cancelled export: %d quotes, err %v; want none and context.Canceled", n, err)
	}
}

// A failing writer ends the export with its error, and the reader stops.
func TestExportReportsWriteErrors(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenDemoStore(t)
	_, err := export.Write(context.Background(), store, models.QuoteFilter{}, "bibtex", failingWriter{}, "https://quotes.example.org")
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("err = %v, want the writer's", err)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// A reference list gives each article once with its quotes under it,
// even when the quotes of two articles were added in turn.
func TestReferenceListsGroupQuotesByArticle(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	var lines []string
	for i, art := range []string{"a", "b", "a", "b", "a"} {
		lines = append(lines, `{"text":"Statement number `+string(rune('1'+i))+` about the harbour.","speaker":"Ada Quill","kind":"direct",`+
			`"article":{"title":"Harbour story `+art+`","url":"https://news.example/harbour-`+art+`","outlet":"Harbour News","published":"2024-03-0`+string(rune('1'+len(art)))+`"}}`)
	}
	if _, err := importer.Import(context.Background(), store, strings.NewReader(strings.Join(lines, "\n")+"\n"),
		importer.Options{Format: importer.FormatJSONL, Bulk: importer.BulkNever}); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"apa", "mla", "chicago"} {
		var buf bytes.Buffer
		if _, err := export.Write(context.Background(), store, models.QuoteFilter{}, format, &buf, "https://quotes.example.org/"); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		for _, art := range []string{"a", "b"} {
			if n := strings.Count(out, "news.example/harbour-"+art); n != 1 && format != "chicago" {
				t.Errorf("%s lists article %s %d times:\n%s", format, art, n, out)
			}
		}
		if entries := len(strings.Split(strings.TrimSpace(out), "\n\n")); entries != 2 {
			t.Errorf("%s has %d entries, want 2:\n%s", format, entries, out)
		}
	}
}
