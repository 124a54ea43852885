package bench

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"testing"
	"time"
)

// TestServeForLoad serves the app over a synthetic database beside a
// static handler that writes the same bytes as the top speaker's page, for
// a load generator to compare them in one process:
//
//	QUOTETRAIL_LOAD_ADDR=127.0.0.1:18400 QUOTETRAIL_BENCH_SIZES=1000000 \
//	  go test -tags sqlite_fts5 -run TestServeForLoad -timeout 10m ./bench/ &
//	wrk -t1 -c32 -d20s http://127.0.0.1:18400/static   # the same bytes, static
//	wrk -t1 -c32 -d20s http://127.0.0.1:18400/person   # the real page
//
// It is skipped unless QUOTETRAIL_LOAD_ADDR is set, and serves for
// QUOTETRAIL_LOAD_SECONDS (default 120).
func TestServeForLoad(t *testing.T) {
	addr := os.Getenv("QUOTETRAIL_LOAD_ADDR")
	if addr == "" {
		t.Skip("set QUOTETRAIL_LOAD_ADDR to serve for a load generator")
	}
	store := openSynth(t, sizes()[0])
	top, err := store.MostQuoted(context.Background(), 1)
	if err != nil || len(top) == 0 {
		t.Fatalf("top speaker: %v", err)
	}
	app := newApp(t, store)
	path := "/people/" + top[0].Slug
	rec := httptest.NewRecorder()
	app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s: %d", path, rec.Code)
	}
	page := rec.Body.Bytes()
	t.Logf("%s: %d quotes, %d bytes", path, top[0].QuoteCount, len(page))
	mux := http.NewServeMux()
	mux.HandleFunc("/static", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/person", func(w http.ResponseWriter, r *http.Request) {
		r.URL.Path = path
		app.ServeHTTP(w, r)
	})
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	seconds, _ := strconv.Atoi(os.Getenv("QUOTETRAIL_LOAD_SECONDS"))
	if seconds <= 0 {
		seconds = 120
	}
	srv := &http.Server{Handler: mux, ErrorLog: nil}
	go srv.Serve(ln)
	time.Sleep(time.Duration(seconds) * time.Second)
	srv.Close()
}
