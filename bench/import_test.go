package bench

import (
	"bytes"
	"context"
	"testing"

	"github.com/quotetrail/quotetrail/importer"
	"github.com/quotetrail/quotetrail/models"
	"github.com/quotetrail/quotetrail/synth"
)

// BenchmarkImportJSONL imports 100k synthetic quotes from JSON lines into
// a fresh database (a SQLite file, or a PostgreSQL database with
// QUOTETRAIL_BENCH_POSTGRES set), search index included, and reports
// quotes/s.
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
		sum, err := importer.Import(context.Background(), store, bytes.NewReader(data.Bytes()), importer.Options{Format: importer.FormatJSONL})
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
