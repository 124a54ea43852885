package bench

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/export"
	"github.com/quotetrail/quotetrail/models"
)

// exportSizes are the data sets the export benchmark reads, from 10k to
// 1M quotes, to show that memory stays flat as an export grows;
// QUOTETRAIL_BENCH_SIZES chooses others.
func exportSizes() []int {
	if os.Getenv("QUOTETRAIL_BENCH_SIZES") != "" {
		return sizes()
	}
	return []int{10000, 100000, 1000000}
}

// peakHeap samples the heap in use until stop is called and returns the
// highest figure seen.
func peakHeap() (stop func() uint64) {
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 { close(done); wg.Wait(); return peak.Load() }
}

// BenchmarkExport streams every quote of a synthetic database out as
// citations, end to end: the database read, the mapping and the encoder.
func BenchmarkExport(b *testing.B) {
	for _, n := range exportSizes() {
		store := openSynth(b, n)
		// One untimed pass brings the database into the page cache, as
		// on a server that has been answering for a while.
		if _, err := export.Write(context.Background(), store, models.QuoteFilter{}, "csv", io.Discard, ""); err != nil {
			b.Fatal(err)
		}
		for _, format := range []string{"bibtex", "csv", "ris", "csl-json", "apa"} {
			b.Run(fmt.Sprintf("%s/%d", format, n), func(b *testing.B) {
				runtime.GC()
				stop := peakHeap()
				start := time.Now()
				written := 0
				for i := 0; i < b.N; i++ {
					w, err := export.Write(context.Background(), store, models.QuoteFilter{}, format, io.Discard, "https://quotes.example.org")
					if err != nil {
						b.Fatal(err)
					}
					written += w
				}
				elapsed := time.Since(start)
				peak := stop()
				b.ReportMetric(float64(written)/elapsed.Seconds(), "records/s")
				b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
			})
		}
	}
}
