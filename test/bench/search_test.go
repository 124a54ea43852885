package bench

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/importer"
	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/internal/synth"
	"github.com/quotetrail/quotetrail/models"
	"github.com/quotetrail/quotetrail/web"
)

// sizes are the data sets the benchmarks run over: 100k quotes unless
// QUOTETRAIL_BENCH_SIZES names others ("100000,1000000"). 1M takes
// minutes to build on two cores the first time, so "make bench" does not
// build it unasked.
func sizes() []int {
	if s := os.Getenv("QUOTETRAIL_BENCH_SIZES"); s != "" {
		var out []int
		for _, f := range strings.Split(s, ",") {
			if n, err := strconv.Atoi(f); err == nil {
				out = append(out, n)
			}
		}
		return out
	}
	return []int{100000}
}

// openSynth opens the synthetic database of n quotes (seed 1), building
// it the first time under os.TempDir()/quotetrail-bench, which
// "quotetrail generate --seed 1 | quotetrail import" also fills; or, with
// QUOTETRAIL_BENCH_POSTGRES set, the PostgreSQL database of the same
// data (see openSynthPostgres).
func openSynth(tb testing.TB, n int) *models.Store {
	tb.Helper()
	if admin := os.Getenv(benchPostgresEnv); admin != "" {
		return openSynthPostgres(tb, admin, n)
	}
	dir := filepath.Join(os.TempDir(), "quotetrail-bench")
	path := filepath.Join(dir, fmt.Sprintf("synth-%d.db", n))
	if _, err := os.Stat(path); err != nil {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			tb.Fatal(err)
		}
		tmp := path + ".building"
		os.Remove(tmp)
		fillSynth(tb, tmp, n)
		for _, suffix := range []string{"-wal", "-shm"} {
			os.Remove(tmp + suffix)
		}
		if err := os.Rename(tmp, path); err != nil {
			tb.Fatal(err)
		}
	}
	// QUOTETRAIL_BENCH_DSN_QUERY adds connection settings, such as
	// _cache_size=-32768 (32 MB of page cache a connection).
	if q := os.Getenv("QUOTETRAIL_BENCH_DSN_QUERY"); q != "" {
		path += "?" + q
	}
	store, err := models.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { store.Close() })
	return store
}

// fillSynth imports the synthetic data set of n quotes into the empty
// database dsn.
func fillSynth(tb testing.TB, dsn string, n int) {
	tb.Helper()
	store, err := models.Open(dsn)
	if err != nil {
		tb.Fatal(err)
	}
	defer store.Close()
	r, w, _ := os.Pipe()
	go func() { synth.Write(w, synth.Config{Quotes: n, Seed: 1}); w.Close() }()
	tb.Logf("building the data set of %d quotes", n)
	if _, err := importer.Import(context.Background(), store, r, importer.Options{Format: importer.FormatJSONL}); err != nil {
		tb.Fatal(err)
	}
}

// searchCase is one kind of search people run.
type searchCase struct {
	name string
	q    func(ctx context.Context, store *models.Store) search.Query
	page int
}

func text(s string) func(context.Context, *models.Store) search.Query {
	return func(context.Context, *models.Store) search.Query { return search.Query{Text: s} }
}

var searchCases = []searchCase{
	{name: "common-word", q: text(synth.Common(0.14))},
	{name: "rare-word", q: text(synth.Common(0.001))},
	{name: "two-common-words", q: text(synth.Common(0.14) + " " + synth.Common(0.05))},
	{name: "phrase", q: text(`"` + synth.Word(0) + " " + synth.Common(0.02) + `"`)},
	{name: "prefix", q: text("pro*")},
	{name: "or", q: text(synth.Common(0.01) + " OR " + synth.Common(0.005))},
	{name: "not", q: text(synth.Common(0.14) + " NOT " + synth.Common(0.05))},
	{name: "speaker-name", q: text(synth.SpeakerName(3))},
	{name: "common-word-page-10", q: text(synth.Common(0.14)), page: 10},
	{name: "common-word-page-400", q: text(synth.Common(0.14)), page: 400},
	{name: "common-word-newest", q: func(context.Context, *models.Store) search.Query {
		return search.Query{Text: synth.Common(0.14), Sort: search.SortNewest}
	}},
	{name: "common-word-top-speaker", q: func(ctx context.Context, s *models.Store) search.Query {
		p, _ := s.FindPerson(ctx, synth.SpeakerName(0))
		return search.Query{Text: synth.Common(0.14), PersonID: p.ID}
	}},
	{name: "common-word-small-speaker", q: func(ctx context.Context, s *models.Store) search.Query {
		p, _ := s.FindPerson(ctx, synth.SpeakerName(40))
		return search.Query{Text: synth.Common(0.14), PersonID: p.ID}
	}},
	{name: "common-word-kind-topic", q: func(ctx context.Context, s *models.Store) search.Query {
		t, _ := s.TopicBySlug(ctx, "privacy")
		return search.Query{Text: synth.Common(0.14), Kind: "partial", TopicID: t.ID}
	}},
	{name: "common-word-year", q: func(context.Context, *models.Store) search.Query {
		return search.Query{Text: synth.Common(0.14), From: "2020-01-01", To: "2020-12-31"}
	}},
}

// BenchmarkSearch runs each kind of search over each data set and
// reports the median and 95th percentile of single searches (count, page
// of ids, quotes with names, snippets: all Searcher.Search does).
func BenchmarkSearch(b *testing.B) {
	for _, n := range sizes() {
		store := openSynth(b, n)
		searcher := search.New(store)
		ctx := context.Background()
		for _, c := range searchCases {
			q := c.q(ctx, store)
			page := models.Page{Number: max(c.page, 1), Size: 25}
			res, err := searcher.Search(ctx, q, page)
			if err != nil {
				b.Fatalf("%s: %v", c.name, err)
			}
			b.Run(fmt.Sprintf("%s/n=%d", c.name, n), func(b *testing.B) {
				lat := make([]time.Duration, 0, b.N)
				for b.Loop() {
					t := time.Now()
					if _, err := searcher.Search(ctx, q, page); err != nil {
						b.Fatal(err)
					}
					lat = append(lat, time.Since(t))
				}
				reportPercentiles(b, lat)
				b.ReportMetric(float64(res.Total), "matches")
			})
		}
	}
}

// BenchmarkSearchPage is the whole /search request through echo: the
// handler, the search and the rendered page.
func BenchmarkSearchPage(b *testing.B) {
	for _, n := range sizes() {
		app := newApp(b, openSynth(b, n))
		// Every kind of search: a common word, a rare one, a phrase, a
		// prefix, and filters (a kind and a topic; a speaker).
		for _, v := range []url.Values{
			{"q": {synth.Common(0.14)}}, {"q": {synth.Common(0.001)}}, {"q": {`"` + synth.Word(0) + " " + synth.Common(0.02) + `"`}}, {"q": {"pro*"}},
			{"q": {synth.Common(0.14)}, "kind": {"partial"}, "topic": {"privacy"}}, {"q": {synth.Common(0.14)}, "person": {synth.SpeakerName(0)}},
		} {
			path := "/search?" + v.Encode()
			q, _ := url.QueryUnescape(v.Encode())
			b.Run(fmt.Sprintf("%s/n=%d", q, n), func(b *testing.B) {
				benchGETUncached(b, app, path)
			})
		}
	}
}

// benchGETUncached is benchGET with each request's address made new
// (an extra parameter the page ignores), so that the page cache, which
// would serve a repeated address from memory, never does: every request
// runs the handler, the search and the template.
func benchGETUncached(b *testing.B, app http.Handler, path string) {
	lat := make([]time.Duration, 0, b.N)
	i := 0
	for b.Loop() {
		i++
		t := time.Now()
		rec := httptest.NewRecorder()
		app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path+"&uncached="+strconv.Itoa(i), nil))
		if rec.Code != http.StatusOK {
			b.Fatalf("GET %s: %d", path, rec.Code)
		}
		lat = append(lat, time.Since(t))
	}
	reportPercentiles(b, lat)
}

// benchGET times GET path through app, once an iteration, and reports
// the latency percentiles.
func benchGET(b *testing.B, app http.Handler, path string) {
	lat := make([]time.Duration, 0, b.N)
	for b.Loop() {
		t := time.Now()
		rec := httptest.NewRecorder()
		app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK {
			b.Fatalf("GET %s: %d", path, rec.Code)
		}
		lat = append(lat, time.Since(t))
	}
	reportPercentiles(b, lat)
}

func reportPercentiles(b *testing.B, lat []time.Duration) {
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	at := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.95), "p95-ms")
}

// newApp is the real web app over store, logging nowhere.
func newApp(tb testing.TB, store *models.Store) http.Handler {
	tb.Helper()
	e, err := web.New(web.Config{}, store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		tb.Fatal(err)
	}
	return e
}
