package bench

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/importer"
	"github.com/quotetrail/quotetrail/internal/reqctx"
	"github.com/quotetrail/quotetrail/internal/synth"
	"github.com/quotetrail/quotetrail/models"
)

// Readers and editors of BenchmarkReadsUnderWrites.
const (
	loadReaders = 32
	loadEditors = 20
)

// BenchmarkReadsUnderWrites measures the public's reads over a copy of the
// 100k data set in three windows: idle; while 20 signed-in editors save
// quotes and speakers through the forms without pause (each save followed
// to the page it redirects to, as a browser does); and while they do and
// an import of synthetic quotes runs, its batches kept near a second of
// write lock (--max-lock 1s, as for an import into a site in use). Every
// write changes the data version, so kept pages go stale all the time.
// It reports the rates, their ratios to idle, latencies and the 5xx
// answers; the issue asks for at least half the idle rate and none.
// QUOTETRAIL_LOAD_SECONDS sets each window (default 10).
func BenchmarkReadsUnderWrites(b *testing.B) {
	store, err := models.Open(liveCopy(b))
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	srv := httptest.NewServer(newApp(b, store))
	defer srv.Close()
	window := 10 * time.Second
	if s, _ := strconv.Atoi(os.Getenv("QUOTETRAIL_LOAD_SECONDS")); s > 0 {
		window = time.Duration(s) * time.Second
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 2 * (loadReaders + loadEditors)}}
	defer client.CloseIdleConnections()
	w := writeLoad{client: client, store: store, base: srv.URL, editors: signInEditors(b, store)}
	paths := readerPaths(b, store)
	for b.Loop() {
		idle := readLoad(client, srv.URL, paths, window)
		b.ReportMetric(idle.rate(), "idle-req/s")
		b.ReportMetric(idle.percentile(0.50), "idle-p50-ms")
		b.ReportMetric(idle.percentile(0.99), "idle-p99-ms")
		fivexx := idle.status5xx
		for _, withImport := range []bool{false, true} {
			name := "edit"
			if withImport {
				name = "edit+import"
			}
			var loaded loadResult
			ws := w.run(b, withImport, func() { loaded = readLoad(client, srv.URL, paths, window) })
			b.ReportMetric(loaded.rate(), name+"-req/s")
			b.ReportMetric(loaded.rate()/idle.rate(), name+"-ratio")
			b.ReportMetric(loaded.percentile(0.50), name+"-p50-ms")
			b.ReportMetric(loaded.percentile(0.99), name+"-p99-ms")
			b.ReportMetric(float64(ws.saves)/window.Seconds(), name+"-saves/s")
			if withImport {
				b.ReportMetric(float64(ws.imported), "imported")
			}
			// A save refused is a version conflict with the last window's
			// save, still running when its client gave up.
			b.ReportMetric(float64(ws.refused), name+"-refused")
			fivexx += loaded.status5xx + ws.status5xx
			if loaded.failed > 0 {
				b.Errorf("%s: %d reads failed", name, loaded.failed)
			}
		}
		b.ReportMetric(float64(fivexx), "5xx")
	}
}

// writeLoad is the editors' side: their sessions, and the app they post to.
type writeLoad struct {
	client  *http.Client
	store   *models.Store
	base    string
	editors []editor
}

// writeStats is what the writers did while the readers were measured.
type writeStats struct {
	saves, status5xx, refused, imported int
}

// run has the editors save continuously, and the import run when asked,
// while measure runs (after a second to get going).
func (w writeLoad) run(b *testing.B, withImport bool, measure func()) writeStats {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var saves, status5xx, refused atomic.Int64
	for i, ed := range w.editors {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; ctx.Err() == nil; n++ {
				status, err := editOnce(ctx, w.client, w.store, w.base, ed, i, n)
				switch {
				case err != nil && ctx.Err() == nil:
					b.Error(err)
					return
				case status >= 500:
					status5xx.Add(1)
				case status == http.StatusOK:
					saves.Add(1)
				case status != 0:
					refused.Add(1)
				}
			}
		}()
	}
	var imported importer.Summary
	var importErr error
	if withImport {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, pw := io.Pipe()
			go func() { pw.CloseWithError(synth.Write(pw, synth.Config{Quotes: 1000000, Seed: 3})) }()
			var err error
			imported, err = importer.Import(ctx, w.store, r, importer.Options{Format: importer.FormatJSONL, LockTarget: time.Second})
			r.Close()
			if err != nil && ctx.Err() == nil { // stopped at the window's end otherwise
				importErr = err
			}
		}()
	}
	time.Sleep(time.Second)
	before := saves.Load()
	measure()
	out := writeStats{saves: int(saves.Load() - before)}
	cancel()
	wg.Wait()
	if importErr != nil {
		b.Fatalf("import: %v", importErr)
	}
	out.status5xx, out.refused, out.imported = int(status5xx.Load()), int(refused.Load()), imported.Added
	return out
}

// readerPaths are the public pages the readers ask for in turn: the home
// page, the speakers' list, a speaker's page, a quote and a search.
func readerPaths(b *testing.B, store *models.Store) []string {
	top, err := store.MostQuoted(context.Background(), 3)
	if err != nil || len(top) < 3 {
		b.Fatalf("speakers: %v", err)
	}
	return []string{
		"/",
		"/people",
		"/people/" + top[2].Slug,
		"/quotes/500",
		"/search?q=" + url.QueryEscape(synth.Common(0.01)),
	}
}

// editor is a signed-in editor's session cookie and CSRF token.
type editor struct{ cookie, csrf string }

// signInEditors opens a session for each editor, without the login
// form's password hashing.
func signInEditors(b *testing.B, store *models.Store) []editor {
	accts := accounts.New(store)
	var out []editor
	for i := range loadEditors {
		u := &accounts.User{Email: fmt.Sprintf("editor%d@example.org", i), Role: accounts.RoleEditor}
		if err := accts.CreateUser(context.Background(), u); err != nil {
			b.Fatal(err)
		}
		token, sess, err := accts.CreateSession(context.Background(), u.ID, time.Now())
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, editor{cookie: reqctx.SessionCookie + "=" + token, csrf: sess.CSRFToken})
	}
	return out
}

// editOnce saves editor i's own quote (even n) or speaker (odd n) through
// its form, with the record's current version and the session's CSRF
// token, and follows the redirect. It returns the last status: 200 after
// a save, 200 with the form again (a conflict) is told by the URL.
func editOnce(ctx context.Context, client *http.Client, store *models.Store, base string, ed editor, i, n int) (int, error) {
	var path string
	var form url.Values
	if n%2 == 0 {
		id := int64(1000 + i)
		q, err := store.QuoteByID(ctx, id)
		if err != nil {
			return 0, err
		}
		f := forms.QuoteFrom(q)
		path, form = fmt.Sprintf("/quotes/%d", id), url.Values{
			"version": {strconv.Itoa(f.Version)}, "text": {f.Text}, "speaker": {f.Speaker},
			"speaker_kind": {f.SpeakerKind}, "speaker_title": {f.SpeakerTitle}, "kind": {f.Kind},
			"status": {f.Status}, "article_id": {f.ArticleID}, "via": {f.Via}, "said_on": {f.SaidOn},
			"context": {fmt.Sprintf("Checked again, pass %d.", n)}, "topics": {f.Topics},
		}
	} else {
		p, err := store.PersonByID(ctx, int64(1+i))
		if err != nil {
			return 0, err
		}
		f := forms.PersonFrom(p)
		path, form = "/people/"+p.Slug, url.Values{
			"version": {strconv.Itoa(f.Version)}, "name": {f.Name}, "kind": {f.Kind},
			"description": {fmt.Sprintf("Described again, pass %d.", n)}, "aliases": {f.Aliases}, "wikidata_id": {f.WikidataID},
		}
	}
	form.Set("csrf_token", ed.csrf)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+path, strings.NewReader(form.Encode()))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Cookie", ed.cookie)
	res, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode == http.StatusOK && res.Request.Method != http.MethodGet {
		return http.StatusConflict, nil
	}
	return res.StatusCode, nil
}

// loadResult is what the readers saw in one window.
type loadResult struct {
	took              time.Duration
	ok                int
	status5xx, failed int
	latencies         []time.Duration
}

func (r loadResult) rate() float64 { return float64(r.ok) / r.took.Seconds() }

func (r loadResult) percentile(p float64) float64 {
	if len(r.latencies) == 0 {
		return 0
	}
	return float64(r.latencies[min(len(r.latencies)-1, int(p*float64(len(r.latencies))))].Microseconds()) / 1000
}

// readLoad has the readers ask for paths in turn, as the public, for d.
func readLoad(client *http.Client, base string, paths []string, d time.Duration) loadResult {
	var mu sync.Mutex
	var out loadResult
	var wg sync.WaitGroup
	start := time.Now()
	deadline := start.Add(d)
	for w := range loadReaders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine loadResult
			for i := w; time.Now().Before(deadline); i++ {
				t := time.Now()
				res, err := client.Get(base + paths[i%len(paths)])
				if err != nil {
					mine.failed++
					continue
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				switch {
				case res.StatusCode >= 500:
					mine.status5xx++
				case res.StatusCode != http.StatusOK:
					mine.failed++
				default:
					mine.ok++
					mine.latencies = append(mine.latencies, time.Since(t))
				}
			}
			mu.Lock()
			out.ok += mine.ok
			out.status5xx += mine.status5xx
			out.failed += mine.failed
			out.latencies = append(out.latencies, mine.latencies...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	out.took = time.Since(start)
	slices.Sort(out.latencies)
	return out
}
