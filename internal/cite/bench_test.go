package cite

import (
	"io"
	"runtime"
	"strconv"
	"testing"
	"time"
)

// benchPool builds 1,000 varied records (the demo and edge fixtures under
// 200 distinct article titles); the benchmarks cycle through it, so the
// records need no allocation while encoding.
func benchPool() []Record {
	base := append(demoRecords(), edgeRecords()...)
	pool := make([]Record, 1000)
	for i := range pool {
		r := base[i%len(base)]
		r.QuoteID = int64(i + 1)
		r.ArticleTitle = r.ArticleTitle + " " + strconv.Itoa(i%200)
		pool[i] = r
	}
	return pool
}

func sizeLabel(n int) string {
	switch {
	case n >= 1_000_000:
		return strconv.Itoa(n/1_000_000) + "M"
	case n >= 1_000:
		return strconv.Itoa(n/1_000) + "k"
	}
	return strconv.Itoa(n)
}

// BenchmarkEncode streams n records of each format to io.Discard. Besides
// ns/op, B/op and allocs/op (for a whole export of n records) it reports
// records/s, bytes allocated per record, and the peak heap in use sampled
// during the export, which stays flat as n grows.
//
//	go test ./cite -run '^$' -bench 'BenchmarkEncode/.*/(10k|100k)$'
//	go test ./cite -run '^$' -bench 'BenchmarkEncode/.*/1M$' -benchtime 1x
func BenchmarkEncode(b *testing.B) {
	pool := benchPool()
	for _, f := range Formats() {
		for _, n := range []int{10_000, 100_000, 1_000_000} {
			b.Run(f.Name+"/"+sizeLabel(n), func(b *testing.B) {
				benchExport(b, f.Name, n, func(i int) *Record { return &pool[i%len(pool)] })
			})
		}
	}
}

// BenchmarkEncodeDistinctKeys is the worst case for the BibTeX key set:
// every record has a different base key, so the per-export map of keys
// grows with n (the only state that does).
func BenchmarkEncodeDistinctKeys(b *testing.B) {
	pool := benchPool()
	authors := make([][]Person, 1000)
	for i := range authors {
		authors[i] = []Person{{Name: "Author" + strconv.Itoa(i) + " Family" + strconv.Itoa(i)}}
	}
	dates := make([]time.Time, 100)
	for i := range dates {
		dates[i] = time.Date(1950+i, time.May, 1, 0, 0, 0, 0, time.UTC)
	}
	titles := make([]string, 10)
	for i := range titles {
		titles[i] = "Word" + strconv.Itoa(i) + " of the Day"
	}
	for _, n := range []int{100_000, 1_000_000} {
		b.Run("bibtex/"+sizeLabel(n), func(b *testing.B) {
			var r Record
			benchExport(b, "bibtex", n, func(i int) *Record {
				r = pool[i%len(pool)]
				r.Authors = authors[i%1000]
				r.Published = &dates[(i/1000)%100]
				r.ArticleTitle = titles[(i/100_000)%10]
				return &r
			})
		})
	}
}

func benchExport(b *testing.B, format string, n int, next func(int) *Record) {
	b.ReportAllocs()
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	startAlloc := ms.TotalAlloc
	var peak uint64
	b.ResetTimer()
	for range b.N {
		enc, err := NewEncoder(format, io.Discard, Options{})
		if err != nil {
			b.Fatal(err)
		}
		enc.Begin()
		for i := 0; i < n; i++ {
			if err := enc.Encode(*next(i)); err != nil {
				b.Fatal(err)
			}
			if i%(n/10) == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}
		}
		if err := enc.End(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&ms)
	peak = max(peak, ms.HeapInuse)
	total := float64(n) * float64(b.N)
	b.ReportMetric(total/b.Elapsed().Seconds(), "records/s")
	b.ReportMetric(float64(ms.TotalAlloc-startAlloc)/total, "B/record")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}
