package importer_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/cite"
	"github.com/quotetrail/quotetrail/internal/export"
	"github.com/quotetrail/quotetrail/internal/importer"
	"github.com/quotetrail/quotetrail/models"
)

// roundTripFormats are the formats quotetrail both exports and imports:
// each must import back as what it exported. A format added to both
// sides is tested here without further ado, once exportedRows reads it.
func roundTripFormats(t *testing.T) []export.Format {
	t.Helper()
	var out []export.Format
	for _, f := range cite.Formats() {
		if slices.Contains(importer.Formats, f.Name) {
			out = append(out, f)
		}
	}
	if !slices.ContainsFunc(out, func(f export.Format) bool { return f.Name == importer.FormatCSV }) {
		t.Fatalf("CSV is no longer both exported and imported: %+v", out)
	}
	return out
}

// roundTripApp is the app over the demo story (quotes saved through the
// forms, whose fingerprint is empty, in an article with neither URL nor
// outlet), MustLoadEdgeCases' imported quotes (articles with and without
// a URL, an outlet, a via outlet, authors, dates, topics, paraphrase,
// disputed), one of them edited since, so that its fingerprint is of
// words it no longer has, and a quote saved through the forms in an
// article with a URL and no outlet, whose text a spreadsheet would take
// for a formula.
func roundTripApp(t *testing.T) *apptest.App {
	t.Helper()
	app := apptest.New(t, true)
	apptest.MustLoadEdgeCases(t, app.Store)
	editQuote(t, app.Store, "A paraphrase from the leap day.", "A paraphrase from the leap day, edited since its import.")
	url := "https://example.net/2024/05/figures-round-trip"
	published := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	d := &models.QuoteDraft{
		Quote:   models.Quote{Text: "-3% is what the figures say, and no more.", Kind: models.QuoteDirect, Status: "verified"},
		Speaker: models.PersonRef{Name: "Sam Levine"},
		Article: models.ArticleRef{New: &models.Article{Title: "Figures that make the round trip", URL: &url,
			Authors: "Ann Example\nBo Example", PublishedOn: &published}},
		Topics: []string{"figures", "privacy"},
	}
	if err := app.Store.SaveQuote(context.Background(), d); err != nil {
		t.Fatalf("save a quote through the forms: %v", err)
	}
	return app
}

// editQuote changes the words of the quote with text as the quote form
// does.
func editQuote(t *testing.T, store *models.Store, text, edited string) {
	t.Helper()
	ctx := context.Background()
	list, err := store.Quotes(ctx, models.QuoteFilter{}, models.Page{Number: 1, Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(list.Quotes, func(q models.QuoteView) bool { return q.Text == text })
	if i < 0 {
		t.Fatalf("no quote %q", text)
	}
	q := list.Quotes[i]
	d := &models.QuoteDraft{Quote: q.Quote, Speaker: models.PersonRef{Name: q.SpeakerName},
		Article: models.ArticleRef{ID: q.ArticleID}, Via: models.OutletRef{Name: q.ViaName}}
	for _, tp := range q.Topics {
		d.Topics = append(d.Topics, tp.Name)
	}
	d.Quote.Text = edited
	if err := store.SaveQuote(ctx, d); err != nil {
		t.Fatalf("edit %q: %v", text, err)
	}
}

// exportFile downloads every quote of app in format, as /export serves
// it, into a file named as the download is.
func exportFile(t *testing.T, app *apptest.App, f export.Format) (path, body string) {
	t.Helper()
	res := app.Get("/export?format=" + f.Name)
	if res.Status != http.StatusOK {
		t.Fatalf("export %s: status %d: %s", f.Name, res.Status, res.Body)
	}
	path = filepath.Join(t.TempDir(), export.Filename(export.Selection{}, f))
	if err := os.WriteFile(path, []byte(res.Body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, res.Body
}

// importFile imports the file at path into store as `quotetrail import
// FILE` does, and fails the test on any refused line.
func importFile(t *testing.T, store *models.Store, path string) importer.Summary {
	t.Helper()
	return importFileWith(t, store, path, importer.Options{})
}

func importFileWith(t *testing.T, store *models.Store, path string, opt importer.Options) importer.Summary {
	t.Helper()
	var errs bytes.Buffer
	opt.Errors = &errs
	sum, err := importer.File(context.Background(), store, path, opt)
	if err != nil || errs.Len() > 0 || sum.Refused > 0 {
		t.Fatalf("import %s: %v, %d lines refused:\n%s", filepath.Base(path), err, sum.Refused, &errs)
	}
	return sum
}

// exportedRows are the records of an export as comparable text, sorted,
// without the permalinks, which hold each database's own quote IDs.
func exportedRows(t *testing.T, format, body string) []string {
	t.Helper()
	switch format {
	case importer.FormatCSV:
		records, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil || len(records) == 0 {
			t.Fatalf("read the CSV export: %v", err)
		}
		permalink := slices.Index(records[0], "quote permalink")
		var rows []string
		for _, r := range records[1:] {
			rows = append(rows, strings.Join(slices.Delete(r, permalink, permalink+1), "\x1f"))
		}
		slices.Sort(rows)
		return rows
	case importer.FormatJSONL:
		var rows []string
		for _, line := range strings.Split(strings.TrimSpace(body), "\n") {
			var q map[string]any
			if err := json.Unmarshal([]byte(line), &q); err != nil {
				t.Fatalf("read the JSON lines export: %v\n%s", err, line)
			}
			delete(q, "permalink")
			row, _ := json.Marshal(q) // maps marshal with sorted keys
			rows = append(rows, string(row))
		}
		slices.Sort(rows)
		return rows
	}
	t.Fatalf("no reader for the %s export: add one to exportedRows", format)
	return nil
}

// What quotetrail exports it imports back: into an empty database as the
// same quotes (every field the format carries), into the database it
// came from as nothing new, and a second time as nothing new either.
func TestExportImportRoundTrip(t *testing.T) {
	t.Parallel()
	for _, f := range roundTripFormats(t) {
		t.Run(f.Name, func(t *testing.T) {
			t.Parallel()
			src := roundTripApp(t)
			path, exported := exportFile(t, src, f)
			want := exportedRows(t, f.Name, exported)
			before := src.Counts()
			if int64(len(want)) != before.Quotes {
				t.Fatalf("the export holds %d quotes, the database %d", len(want), before.Quotes)
			}
			for _, url := range []string{"https://example.org/ü/story?q=1&x=%3Cb%3E", "https://example.net/2024/05/figures-round-trip"} {
				if !strings.Contains(exported, url) {
					t.Fatalf("the export lacks the article URL %s:\n%s", url, exported)
				}
			}

			t.Run("into an empty database", func(t *testing.T) {
				dst := apptest.New(t, false)
				empty := dst.Counts()
				sum := importFile(t, dst.Store, path)
				if sum.Added != len(want) || sum.Duplicates != 0 {
					t.Errorf("import added %d quotes, %d already there; want %d, 0", sum.Added, sum.Duplicates, len(want))
				}
				_, again := exportFile(t, dst, f)
				if got := exportedRows(t, f.Name, again); !slices.Equal(got, want) {
					t.Errorf("exported again, the quotes differ:\n%s", rowDiff(want, got))
				}
				checkCounts(t, dst.Store)
				imported := dst.Counts()
				if imported.Articles != before.Articles || imported.Topics != before.Topics {
					t.Errorf("counts %+v after the import, the source has %+v", imported, before)
				}

				sum = importFile(t, dst.Store, path)
				if sum.Stats != (importer.Stats{Duplicates: len(want)}) {
					t.Errorf("a second import: %+v, want only %d duplicates", sum.Stats, len(want))
				}
				if c := dst.Counts(); c != imported {
					t.Errorf("a second import changed the counts from %+v to %+v (empty: %+v)", imported, c, empty)
				}
			})

			t.Run("into the database it came from", func(t *testing.T) {
				if src.Store.Engine() == models.SQLite {
					// In bulk, the fingerprints taken are read into
					// memory, with those of the words of quotes saved
					// through the forms.
					sum := importFileWith(t, src.Store, path, importer.Options{Bulk: importer.BulkOn})
					if !sum.Bulk || sum.Stats != (importer.Stats{Duplicates: len(want)}) {
						t.Errorf("import in bulk: %+v, want only %d duplicates", sum, len(want))
					}
				}
				sum := importFile(t, src.Store, path)
				if sum.Stats != (importer.Stats{Duplicates: len(want)}) {
					t.Errorf("import: %+v, want only %d duplicates", sum.Stats, len(want))
				}
				if after := src.Counts(); after != before {
					t.Errorf("the import changed the counts from %+v to %+v", before, after)
				}
				checkCounts(t, src.Store)
				if _, again := exportFile(t, src, f); again != exported {
					t.Errorf("the export changed after the import:\n%s", rowDiff(want, exportedRows(t, f.Name, again)))
				}
			})
		})
	}
}

// rowDiff lists the rows only one side has.
func rowDiff(want, got []string) string {
	var b strings.Builder
	for _, r := range want {
		if !slices.Contains(got, r) {
			b.WriteString("- " + strings.ReplaceAll(r, "\x1f", " | ") + "\n")
		}
	}
	for _, r := range got {
		if !slices.Contains(want, r) {
			b.WriteString("+ " + strings.ReplaceAll(r, "\x1f", " | ") + "\n")
		}
	}
	return b.String()
}

// A spreadsheet may drop and reorder the export's columns: what is left
// of a quote still finds it in the database the file came from, and an
// article at a known URL gains no outlet made from its domain.
func TestImportCSVWithFewerColumnsAddsNothing(t *testing.T) {
	t.Parallel()
	src := roundTripApp(t)
	csvFormat, _ := export.Lookup(importer.FormatCSV)
	_, exported := exportFile(t, src, csvFormat)
	records, err := csv.NewReader(strings.NewReader(exported)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	keep := []string{"URL", "speaker", "article title", "quote"}
	var out bytes.Buffer
	w := csv.NewWriter(&out)
	for _, r := range records {
		row := make([]string, len(keep))
		for i, name := range keep {
			row[i] = r[slices.Index(records[0], name)]
		}
		w.Write(row)
	}
	w.Flush()
	path := filepath.Join(t.TempDir(), "trimmed.csv")
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	before := src.Counts()
	sum := importFile(t, src.Store, path)
	if want := len(records) - 1; sum.Stats != (importer.Stats{Duplicates: want}) {
		t.Errorf("import: %+v, want only %d duplicates", sum.Stats, want)
	}
	if after := src.Counts(); after != before {
		t.Errorf("the import changed the counts from %+v to %+v", before, after)
	}
}
