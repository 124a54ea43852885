package bench

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/importer"
	"github.com/quotetrail/quotetrail/internal/schema"
	"github.com/quotetrail/quotetrail/internal/synth"
	"github.com/quotetrail/quotetrail/models"
)

// BenchmarkImportJSONL imports 100k synthetic quotes from JSON lines into
// a fresh database (a SQLite file, or a PostgreSQL database with
// QUOTETRAIL_BENCH_POSTGRES set), search index included, and reports
// quotes/s: in batches, as into a database in use (an import into an
// empty SQLite database is a bulk load of its own: BenchmarkImportBulk).
func BenchmarkImportJSONL(b *testing.B) {
	const n = 100000
	var data bytes.Buffer
	if err := synth.Write(&data, synth.Config{Quotes: n, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(data.Len()))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		store, err := models.Open(freshDSN(b))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := importer.Import(context.Background(), store, bytes.NewReader(data.Bytes()), importer.Options{Format: importer.FormatJSONL, Bulk: importer.BulkNever})
		if err != nil || sum.Added != n {
			b.Fatalf("import: added %d of %d: %v", sum.Added, n, err)
		}
		b.StopTimer()
		b.ReportMetric(float64(n)/sum.Elapsed.Seconds(), "quotes/s")
		b.ReportMetric(float64(sum.LongestBatch.Milliseconds()), "longest-batch-ms")
		store.Close()
		b.StartTimer()
	}
}

// BenchmarkImportBulk is BenchmarkImportJSONL as one bulk load (the
// path an import into an empty SQLite database takes, and --bulk on
// either engine): the quotes' indexes, the search index and the counts
// built once at the end. It
// reports quotes/s and each stage's milliseconds. QUOTETRAIL_BENCH_BULK
// sets the number of quotes (100000 by default).
func BenchmarkImportBulk(b *testing.B) {
	n := 100000
	if v := os.Getenv("QUOTETRAIL_BENCH_BULK"); v != "" {
		fmt.Sscan(v, &n)
	}
	var data bytes.Buffer
	if err := synth.Write(&data, synth.Config{Quotes: n, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(data.Len()))
	stages := map[string]time.Duration{}
	var elapsed time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		store, err := models.Open(freshDSN(b))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := importer.Import(context.Background(), store, bytes.NewReader(data.Bytes()), importer.Options{Format: importer.FormatJSONL, Bulk: importer.BulkOn})
		if err != nil || sum.Added != n {
			b.Fatalf("import: added %d of %d: %v", sum.Added, n, err)
		}
		b.StopTimer()
		elapsed += sum.Elapsed
		for _, st := range sum.Stages {
			stages[st.Name] += st.Took
		}
		store.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n)*float64(b.N)/elapsed.Seconds(), "quotes/s")
	for name, took := range stages {
		words := strings.Fields(strings.ReplaceAll(name, ",", ""))
		b.ReportMetric(float64(took.Milliseconds())/float64(b.N), strings.Join(words[:min(2, len(words))], "-")+"-ms")
	}
}

// BenchmarkImportFloor is what SQLite alone costs to land the rows of
// BenchmarkImportJSONL: the 100k data set's records copied into a fresh
// database in one transaction by INSERT … SELECT from the attached data
// set, with its indexes and search index as the import keeps them, but no
// Go at all (no parsing, matching or binding). No import can beat it on
// this machine; it reports quotes/s and each step's share.
func BenchmarkImportFloor(b *testing.B) {
	if os.Getenv(benchPostgresEnv) != "" {
		b.Skip("SQLite's floor")
	}
	const n = 100000
	openSynth(b, n).Close()
	src := filepath.Join(os.TempDir(), "quotetrail-bench", fmt.Sprintf("synth-%d.db", n))
	ctx := context.Background()
	steps := []struct{ name, sql string }{
		{"records", `INSERT INTO main.people SELECT * FROM src.people;
			INSERT INTO main.outlets SELECT * FROM src.outlets;
			INSERT INTO main.outlet_domains SELECT * FROM src.outlet_domains;
			INSERT INTO main.topics SELECT * FROM src.topics;
			INSERT INTO main.articles SELECT * FROM src.articles`},
		// The quotes with their seven indexes, and their topics; the
		// importer's marker keeps the per-row triggers off, as in a batch.
		{"quotes", `INSERT INTO main.quotes SELECT * FROM src.quotes;
			INSERT INTO main.quote_topics SELECT * FROM src.quote_topics`},
		// What importer.WriteBatch's finish runs over the batch's id range.
		{"search", `INSERT INTO quote_fts (rowid, text, speaker, article, outlet, tags)
			SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows`},
		// The stems' index (schema migration 17), as its own step.
		{"stems", `INSERT INTO quote_stem (rowid, text, speaker, article, outlet, tags)
			SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows`},
		{"commit", `DELETE FROM quote_search_deferred; COMMIT`},
	}
	spent := make([]time.Duration, len(steps))
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), "floor.db")
		store, err := models.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		store.Close()
		db, err := sql.Open("sqlite3", path+"?_journal_mode=WAL&_synchronous=NORMAL&_foreign_keys=1")
		if err != nil {
			b.Fatal(err)
		}
		db.SetMaxOpenConns(1)
		for _, stmt := range []string{`PRAGMA temp_store = MEMORY`, `PRAGMA cache_size = -131072`, `ATTACH '` + src + `' AS src`,
			`BEGIN IMMEDIATE`, `INSERT INTO quote_search_deferred (on_batch) VALUES (1)`} {
			if _, err := db.ExecContext(ctx, stmt); err != nil {
				b.Fatalf("%s: %v", stmt, err)
			}
		}
		b.StartTimer()
		for s, step := range steps {
			start := time.Now()
			if _, err := db.ExecContext(ctx, step.sql); err != nil {
				b.Fatalf("%s: %v", step.name, err)
			}
			spent[s] += time.Since(start)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	var total time.Duration
	for s, step := range steps {
		b.ReportMetric(float64(spent[s].Milliseconds())/float64(b.N), step.name+"-ms")
		total += spent[s]
	}
	b.ReportMetric(float64(n)*float64(b.N)/total.Seconds(), "quotes/s")
}

// BenchmarkImportBulkFloor is BenchmarkImportFloor for a bulk load: the
// same rows copied by INSERT … SELECT, but with the quotes' indexes
// dropped first and built after, then the search index and the facet
// counts built by one statement each, as importer's bulk load does.
func BenchmarkImportBulkFloor(b *testing.B) {
	if os.Getenv(benchPostgresEnv) != "" {
		b.Skip("SQLite's floor")
	}
	const n = 100000
	openSynth(b, n).Close()
	src := filepath.Join(os.TempDir(), "quotetrail-bench", fmt.Sprintf("synth-%d.db", n))
	ctx := context.Background()
	facets := strings.Join(schema.BulkFacetsSQL(), ";\n")
	facets = strings.NewReplacer("BETWEEN ? AND ?", "BETWEEN 1 AND 9223372036854775807").Replace(facets)
	dropped := `DROP INDEX quotes_person; DROP INDEX quotes_article; DROP INDEX quotes_outlet; DROP INDEX quotes_via;
		DROP INDEX quotes_recent; DROP INDEX quotes_fingerprint; DROP INDEX quote_topics_topic`
	steps := []struct{ name, sql string }{
		{"records", `INSERT INTO main.people SELECT * FROM src.people;
			INSERT INTO main.outlets SELECT * FROM src.outlets;
			INSERT INTO main.outlet_domains SELECT * FROM src.outlet_domains;
			INSERT INTO main.topics SELECT * FROM src.topics;
			INSERT INTO main.articles SELECT * FROM src.articles`},
		{"quotes", `INSERT INTO main.quotes SELECT * FROM src.quotes;
			INSERT INTO main.quote_topics SELECT * FROM src.quote_topics`},
		{"indexes", `CREATE INDEX quotes_person ON quotes (person_id, sort_date DESC, id DESC);
			CREATE INDEX quotes_article ON quotes (article_id, anchor_start, id);
			CREATE INDEX quotes_outlet ON quotes (outlet_id, sort_date DESC, id DESC);
			CREATE INDEX quotes_via ON quotes (via_outlet_id, sort_date DESC, id DESC);
			CREATE INDEX quotes_recent ON quotes (created_at DESC, id DESC);
			CREATE UNIQUE INDEX quotes_fingerprint ON quotes (fingerprint);
			CREATE INDEX quote_topics_topic ON quote_topics (topic_id, quote_id)`},
		{"search", `INSERT INTO quote_fts (rowid, text, speaker, article, outlet, tags)
			SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows`},
		// The stems' index (schema migration 17), as its own step.
		{"stems", `INSERT INTO quote_stem (rowid, text, speaker, article, outlet, tags)
			SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows`},
		{"facets", facets},
		{"commit", `DELETE FROM quote_search_deferred; COMMIT`},
	}
	spent := make([]time.Duration, len(steps))
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), "floor.db")
		store, err := models.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		store.Close()
		db, err := sql.Open("sqlite3", path+"?_journal_mode=WAL&_synchronous=NORMAL&_foreign_keys=1")
		if err != nil {
			b.Fatal(err)
		}
		db.SetMaxOpenConns(1)
		for _, stmt := range []string{`PRAGMA temp_store = MEMORY`, `PRAGMA cache_size = -1048576`, `ATTACH '` + src + `' AS src`,
			`BEGIN IMMEDIATE`, `INSERT INTO quote_search_deferred (on_batch) VALUES (1)`, dropped} {
			if _, err := db.ExecContext(ctx, stmt); err != nil {
				b.Fatalf("%s: %v", stmt, err)
			}
		}
		b.StartTimer()
		for s, step := range steps {
			start := time.Now()
			if _, err := db.ExecContext(ctx, step.sql); err != nil {
				b.Fatalf("%s: %v", step.name, err)
			}
			spent[s] += time.Since(start)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	var total time.Duration
	for s, step := range steps {
		b.ReportMetric(float64(spent[s].Milliseconds())/float64(b.N), step.name+"-ms")
		total += spent[s]
	}
	b.ReportMetric(float64(n)*float64(b.N)/total.Seconds(), "quotes/s")
}
