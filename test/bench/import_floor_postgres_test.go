package bench

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/quotetrail/quotetrail/models"
)

// BenchmarkImportFloorPostgres is BenchmarkImportFloor on PostgreSQL
// (QUOTETRAIL_BENCH_POSTGRES): what the server alone costs to land the
// rows of BenchmarkImportJSONL, read beforehand from the 100k data set
// with COPY … TO and written into a fresh database with plain COPY into
// each table (people, outlets, topics and articles first, untimed), in
// one transaction that leaves the per-row search and facet triggers to
// the batch as an import's does, then the search documents, years and
// counts by the statements an import's batch ends with. No Go work at
// all (no parsing, matching, fingerprints or binding), and no staging: no
// import can beat it on this server. It reports quotes/s and each step's
// milliseconds.
func BenchmarkImportFloorPostgres(b *testing.B) {
	admin := os.Getenv(benchPostgresEnv)
	if admin == "" {
		b.Skip("PostgreSQL's floor: set " + benchPostgresEnv)
	}
	const n = 100000
	openSynth(b, n).Close()
	ctx := context.Background()
	src, err := pgx.Connect(ctx, withDatabase(b, admin, fmt.Sprintf("%s_%d", benchPostgresPrefix(), n)))
	if err != nil {
		b.Fatal(err)
	}
	records := []string{"people", "outlets", "outlet_domains", "topics", "articles"}
	rows := map[string]*bytes.Buffer{}
	for _, t := range append(append([]string{}, records...), "quotes", "quote_topics") {
		rows[t] = &bytes.Buffer{}
		if _, err := src.PgConn().CopyTo(ctx, rows[t], `COPY `+t+` TO STDOUT`); err != nil {
			b.Fatal(err)
		}
	}
	src.Close(ctx)
	steps := []struct {
		name string
		run  func(tx pgx.Tx) error
	}{
		{"quotes", func(tx pgx.Tx) error {
			_, err := tx.Conn().PgConn().CopyFrom(ctx, bytes.NewReader(rows["quotes"].Bytes()), `COPY quotes FROM STDIN`)
			return err
		}},
		{"topics", func(tx pgx.Tx) error {
			_, err := tx.Conn().PgConn().CopyFrom(ctx, bytes.NewReader(rows["quote_topics"].Bytes()), `COPY quote_topics FROM STDIN`)
			return err
		}},
		// What importer.WriteBatch's finish runs over the batch's ids.
		{"search", func(tx pgx.Tx) error {
			return finishLike(ctx, tx)
		}},
		{"commit", func(tx pgx.Tx) error { return tx.Commit(ctx) }},
	}
	spent := make([]time.Duration, len(steps))
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dsn := freshDSN(b)
		store, err := models.Open(dsn)
		if err != nil {
			b.Fatal(err)
		}
		store.Close()
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			b.Fatal(err)
		}
		for _, t := range records {
			if _, err := conn.PgConn().CopyFrom(ctx, bytes.NewReader(rows[t].Bytes()), `COPY `+t+` FROM STDIN`); err != nil {
				b.Fatal(err)
			}
		}
		tx, err := conn.Begin(ctx)
		if err != nil {
			b.Fatal(err)
		}
		for _, stmt := range []string{`SELECT set_config('plan_cache_mode', 'auto', true), set_config('quotetrail.import_batch', 'on', true)`,
			`INSERT INTO quote_search_deferred (on_batch) VALUES (1)`} {
			if _, err := tx.Exec(ctx, stmt); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
		for s, step := range steps {
			start := time.Now()
			if err := step.run(tx); err != nil {
				b.Fatalf("%s: %v", step.name, err)
			}
			spent[s] += time.Since(start)
		}
		b.StopTimer()
		conn.Close(ctx)
		b.StartTimer()
	}
	var total time.Duration
	for s, step := range steps {
		b.ReportMetric(float64(spent[s].Milliseconds())/float64(b.N), step.name+"-ms")
		total += spent[s]
	}
	b.ReportMetric(float64(n)*float64(b.N)/total.Seconds(), "quotes/s")
}

// finishLike runs in tx what an import's batch ends with
// (models.Store.IndexQuotes and ResumeSearchIndex) over every quote.
func finishLike(ctx context.Context, tx pgx.Tx) error {
	for _, stmt := range []string{
		`INSERT INTO quote_search (quote_id, document) SELECT id, document FROM quote_search_rows`,
		`INSERT INTO quote_search_years (year) SELECT DISTINCT substr(sort_date, 1, 4) FROM quotes WHERE sort_date <> '' ON CONFLICT DO NOTHING`,
		`INSERT INTO person_year_counts (person_id, year, n) SELECT person_id, substr(sort_date, 1, 4), COUNT(*) FROM quotes WHERE sort_date <> '' GROUP BY 1, 2`,
		`INSERT INTO person_outlet_counts (person_id, outlet_id, n) SELECT person_id, outlet_id, COUNT(*) FROM quotes WHERE outlet_id IS NOT NULL GROUP BY 1, 2`,
		`INSERT INTO person_topic_counts (person_id, topic_id, n) SELECT q.person_id, qt.topic_id, COUNT(*) FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id GROUP BY 1, 2`,
		`INSERT INTO quote_month_counts (outlet_id, month, n, via) SELECT COALESCE(outlet_id, 0), substr(sort_date, 1, 7), COUNT(*), COUNT(via_outlet_id) FROM quotes GROUP BY 1, 2`,
		`INSERT INTO topic_month_counts (topic_id, month, n, via) SELECT qt.topic_id, substr(q.sort_date, 1, 7), COUNT(*), COUNT(q.via_outlet_id) FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id GROUP BY 1, 2`,
		`DELETE FROM quote_search_deferred`,
	} {
		if _, err := tx.Exec(ctx, stmt); err != nil {
			return err
		}
	}
	return nil
}
