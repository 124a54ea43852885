package bench

import (
	"context"
	"fmt"
	"net/url"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/facets"
	"github.com/quotetrail/quotetrail/internal/synth"
	"github.com/quotetrail/quotetrail/models"
)

// BenchmarkPersonPage is the most quoted speaker's page through echo, on
// the first page and deep in the list: the issue asks that page 1000 stay
// within 20% of page 1. Deep pages are reached by key (?before=, the
// link the pager gives); ?page=1000 is the old OFFSET link, still served.
func BenchmarkPersonPage(b *testing.B) {
	for _, n := range sizes() {
		store := openSynth(b, n)
		app := newApp(b, store)
		top := models.Slugify(synth.SpeakerName(0))
		p, err := store.FindPerson(context.Background(), synth.SpeakerName(0))
		if err != nil {
			b.Fatal(err)
		}
		// The keyset link to the page after page 1000 (or after the one
		// before the last, for a speaker with fewer pages): older than
		// that page's last quote.
		deep := min(1000, (p.QuoteCount-1)/25)
		last, err := store.QuotesByKey(context.Background(), models.QuoteFilter{PersonID: p.ID}, models.QuoteCursor{Offset: deep*25 - 1, Size: 1})
		if err != nil || len(last.Quotes) == 0 {
			b.Fatalf("key of page 1000: %v", err)
		}
		paths := map[string]string{
			"page=1":      "/people/" + top,
			"page=1000":   fmt.Sprintf("/people/%s?page=1000", top),
			"before=deep": "/people/" + top + "?before=" + url.QueryEscape(last.Last().String()),
		}
		for _, page := range []string{"page=1", "page=1000", "before=deep"} {
			path := paths[page]
			b.Run(fmt.Sprintf("%s/n=%d", page, n), func(b *testing.B) {
				benchGET(b, app, path)
			})
		}
	}
}

// BenchmarkPersonPageParts times the store calls the person page makes
// for the most quoted speaker, to show where its time goes.
func BenchmarkPersonPageParts(b *testing.B) {
	for _, n := range sizes() {
		store := openSynth(b, n)
		ctx := context.Background()
		p, err := store.FindPerson(ctx, synth.SpeakerName(0))
		if err != nil {
			b.Fatal(err)
		}
		f := models.QuoteFilter{PersonID: p.ID}
		last, err := store.QuotesByKey(ctx, f, models.QuoteCursor{Offset: min(1000, (p.QuoteCount-1)/25)*25 - 1, Size: 1})
		if err != nil || len(last.Quotes) == 0 {
			b.Fatalf("key of page 1000: %v", err)
		}
		deep := last.Last()
		parts := []struct {
			name string
			call func() error
		}{
			{"page-1", func() error { _, err := store.Quotes(ctx, f, models.Page{Number: 1, Size: 25}); return err }},
			{"page-1000", func() error { _, err := store.Quotes(ctx, f, models.Page{Number: 1000, Size: 25}); return err }},
			// What the page calls now: per-speaker counts and keyset slices.
			{"person-years", func() error { _, err := facets.Years(ctx, store, p.ID); return err }},
			{"person-topics", func() error { _, err := facets.Topics(ctx, store, p.ID); return err }},
			{"person-outlets", func() error { _, err := facets.Outlets(ctx, store, p.ID); return err }},
			{"keyset-page-1", func() error { _, err := store.QuotesByKey(ctx, f, models.QuoteCursor{Size: 25}); return err }},
			{"keyset-deep", func() error {
				_, err := store.QuotesByKey(ctx, f, models.QuoteCursor{Before: &deep, Size: 25})
				return err
			}},
		}
		for _, part := range parts {
			b.Run(fmt.Sprintf("%s/n=%d", part.name, n), func(b *testing.B) {
				lat := make([]time.Duration, 0, b.N)
				for b.Loop() {
					t := time.Now()
					if err := part.call(); err != nil {
						b.Fatal(err)
					}
					lat = append(lat, time.Since(t))
				}
				reportPercentiles(b, lat)
			})
		}
	}
}
