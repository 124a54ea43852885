package bench

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/internal/stats"
	"github.com/quotetrail/quotetrail/internal/synth"
	"github.com/quotetrail/quotetrail/models"
)

// dashboardPaths are the dashboards of the site, the outlet and topic
// with the most quotes, a search for a word in one quote in seven (more
// matches than a dashboard counts) and a rarer one, and the most quoted
// speaker's page, which shows their quotes over time and outlets.
func dashboardPaths(tb testing.TB, store *models.Store) map[string]string {
	tb.Helper()
	ctx := context.Background()
	var outlet, topic string
	db := store.DB(ctx)
	if err := db.Raw(`SELECT o.slug FROM outlets o JOIN quote_month_counts c ON c.outlet_id = o.id GROUP BY o.slug ORDER BY SUM(c.n) DESC LIMIT 1`).Scan(&outlet).Error; err != nil {
		tb.Fatal(err)
	}
	if err := db.Raw(`SELECT slug FROM topics ORDER BY quote_count DESC LIMIT 1`).Scan(&topic).Error; err != nil {
		tb.Fatal(err)
	}
	return map[string]string{
		"site":          "/dashboard",
		"top-outlet":    "/outlets/" + outlet + "/dashboard",
		"top-topic":     "/topics/" + topic + "/dashboard",
		"search-common": "/search/dashboard?q=" + url.QueryEscape(synth.Common(0.14)),
		"search-rare":   "/search/dashboard?q=" + url.QueryEscape(synth.Common(0.001)),
		"top-speaker":   "/people/" + models.Slugify(synth.SpeakerName(0)),
	}
}

// BenchmarkDashboardPage is each dashboard's whole request through echo,
// rendered anew each time: a query parameter the page ignores changes on
// every request, so the public page cache never answers.
func BenchmarkDashboardPage(b *testing.B) {
	for _, n := range sizes() {
		store := openSynth(b, n)
		app := newApp(b, store)
		for name, path := range dashboardPaths(b, store) {
			sep := "?"
			if strings.Contains(path, "?") {
				sep = "&"
			}
			b.Run(fmt.Sprintf("%s/n=%d", name, n), func(b *testing.B) {
				lat := make([]time.Duration, 0, b.N)
				i := 0
				for b.Loop() {
					i++
					t := time.Now()
					rec := httptest.NewRecorder()
					app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path+sep+"uncached="+strconv.Itoa(i), nil))
					if rec.Code != http.StatusOK {
						b.Fatalf("GET %s: %d", path, rec.Code)
					}
					lat = append(lat, time.Since(t))
				}
				reportPercentiles(b, lat)
			})
		}
	}
}

// BenchmarkDashboardStats is the figures alone (stats.Reader.Dashboard),
// to show what the page's time is made of.
func BenchmarkDashboardStats(b *testing.B) {
	for _, n := range sizes() {
		store := openSynth(b, n)
		ctx := context.Background()
		r := stats.New(store)
		var outlet, topic int64
		store.DB(ctx).Raw(`SELECT outlet_id FROM quote_month_counts WHERE outlet_id <> 0 GROUP BY outlet_id ORDER BY SUM(n) DESC LIMIT 1`).Scan(&outlet)
		store.DB(ctx).Raw(`SELECT id FROM topics ORDER BY quote_count DESC LIMIT 1`).Scan(&topic)
		top, err := store.FindPerson(ctx, synth.SpeakerName(0))
		if err != nil {
			b.Fatal(err)
		}
		searcher := search.New(store)
		scopes := map[string]stats.Scope{
			"site": {}, "top-outlet": {OutletID: outlet}, "top-topic": {TopicID: topic}, "top-speaker": {PersonID: top.ID},
			"search-common": {Search: searcher.MatchNewest(search.Query{Text: synth.Common(0.14)}, stats.Limit+1)},
			"search-rare":   {Search: searcher.MatchNewest(search.Query{Text: synth.Common(0.001)}, stats.Limit+1)},
		}
		for name, scope := range scopes {
			b.Run(fmt.Sprintf("%s/n=%d", name, n), func(b *testing.B) {
				var total int64
				lat := make([]time.Duration, 0, b.N)
				for b.Loop() {
					t := time.Now()
					d, err := r.Dashboard(ctx, scope)
					if err != nil {
						b.Fatal(err)
					}
					total = d.Total
					lat = append(lat, time.Since(t))
				}
				reportPercentiles(b, lat)
				b.ReportMetric(float64(total), "quotes")
			})
		}
	}
}
