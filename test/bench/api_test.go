package bench

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/synth"
	"github.com/quotetrail/quotetrail/models"
)

// apiPairs are API lists and searches beside the pages that show the
// same quotes: every quote newest first, the most quoted speaker's
// quotes, and a search for a common and a rare word.
func apiPairs() []struct{ name, page, api string } {
	speaker := models.Slugify(synth.SpeakerName(0))
	common, rare := url.QueryEscape(synth.Common(0.14)), url.QueryEscape(synth.Common(0.001))
	return []struct{ name, page, api string }{
		{"all-quotes", "/quotes", "/api/v1/quotes?limit=20"},
		{"speaker", "/people/" + speaker, "/api/v1/quotes?person=" + speaker + "&limit=25"},
		{"search-common", "/search?q=" + common, "/api/v1/search?q=" + common + "&limit=20"},
		{"search-rare", "/search?q=" + rare, "/api/v1/search?q=" + rare + "&limit=20"},
	}
}

// BenchmarkAPIBesidePages times each API list or search and the page
// that shows the same quotes, request by request in turn, through the
// whole echo stack; a parameter the page ignores changes every time, so
// the public page cache never answers. The issue asks the API's p95 to be
// within 20% of the page's.
func BenchmarkAPIBesidePages(b *testing.B) {
	for _, n := range sizes() {
		app := newApp(b, openSynth(b, n))
		get := func(path string, i int) time.Duration {
			sep := "?"
			if strings.Contains(path, "?") {
				sep = "&"
			}
			t := time.Now()
			rec := httptest.NewRecorder()
			app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path+sep+"uncached="+strconv.Itoa(i), nil))
			if rec.Code != http.StatusOK {
				b.Fatalf("GET %s: %d\n%s", path, rec.Code, rec.Body)
			}
			return time.Since(t)
		}
		for _, p := range apiPairs() {
			b.Run(fmt.Sprintf("%s/n=%d", p.name, n), func(b *testing.B) {
				var page, api []time.Duration
				i := 0
				for b.Loop() {
					i++
					page = append(page, get(p.page, i))
					api = append(api, get(p.api, i))
				}
				pp, ap := percentile(page, 0.95), percentile(api, 0.95)
				b.ReportMetric(percentile(page, 0.50), "page-p50-ms")
				b.ReportMetric(pp, "page-p95-ms")
				b.ReportMetric(percentile(api, 0.50), "api-p50-ms")
				b.ReportMetric(ap, "api-p95-ms")
				b.ReportMetric(ap/pp, "api/page-p95")
			})
		}
	}
}

// percentile is the p-th fraction of lat, in milliseconds (lat is sorted).
func percentile(lat []time.Duration, p float64) float64 {
	s := slices.Clone(lat)
	slices.Sort(s)
	return float64(s[min(len(s)-1, int(p*float64(len(s))))].Microseconds()) / 1000
}
