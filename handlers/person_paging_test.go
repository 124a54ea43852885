package handlers_test

import (
	"context"
	"fmt"
	"html"
	"regexp"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/models"
)

var (
	quoteIDRe = regexp.MustCompile(`id="q-(\d+)"`)
	nextRe    = regexp.MustCompile(`href="([^"]+)" rel="next"`)
	prevRe    = regexp.MustCompile(`href="([^"]+)" rel="prev"`)
)

// TestPersonPageKeysetPaging walks a speaker's quotes, all on the same
// date (ties broken by ID), by the Older links and back by the Newer
// ones, with and without a filter: every quote once, none missing.
func TestPersonPageKeysetPaging(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	ctx := context.Background()
	for i := 0; i < 60; i++ {
		d := &models.QuoteDraft{
			Quote:   models.Quote{Text: fmt.Sprintf("Keyset quote %d", i), Kind: "direct", Status: "unverified"},
			Speaker: models.PersonRef{Name: "Lina Khan"}, Article: models.ArticleRef{ID: 1},
		}
		if i%3 == 0 {
			d.Topics = []string{"antitrust"}
		}
		if err := app.Store.SaveQuote(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		start string
		topic string
	}{{"/people/lina-khan", ""}, {"/people/lina-khan?topic=antitrust", "antitrust"}} {
		f := models.QuoteFilter{}
		p, err := app.Store.PersonBySlug(ctx, "lina-khan")
		if err != nil {
			t.Fatal(err)
		}
		f.PersonID = p.ID
		if c.topic != "" {
			tp, err := app.Store.TopicBySlug(ctx, c.topic)
			if err != nil {
				t.Fatal(err)
			}
			f.TopicID = tp.ID
		}
		want, err := app.Store.CountQuotes(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		var pages []string
		path := c.start
		for path != "" {
			res := app.Get(path)
			if res.Status != 200 {
				t.Fatalf("GET %s: %d", path, res.Status)
			}
			pages = append(pages, path)
			for _, m := range quoteIDRe.FindAllStringSubmatch(res.Body, -1) {
				if seen[m[1]] {
					t.Errorf("%s: quote %s shown twice", path, m[1])
				}
				seen[m[1]] = true
			}
			path = ""
			if m := nextRe.FindStringSubmatch(res.Body); m != nil {
				path = html.UnescapeString(m[1])
			}
		}
		if int64(len(seen)) != want {
			t.Errorf("%s: walked %d quotes, want %d", c.start, len(seen), want)
		}
		// Back from the last page by the Newer links ends on page 1's quotes.
		path = pages[len(pages)-1]
		for range pages[1:] {
			m := prevRe.FindStringSubmatch(app.Get(path).Body)
			if m == nil {
				t.Fatalf("%s: no link to newer quotes", path)
			}
			path = html.UnescapeString(m[1])
		}
		first, back := app.Get(c.start).Body, app.Get(path).Body
		if a, b := quoteIDRe.FindAllString(first, -1), quoteIDRe.FindAllString(back, -1); fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%s: back at the start shows %v, want %v", c.start, b, a)
		}
		if prevRe.MatchString(back) {
			t.Errorf("%s: the newest page links to newer quotes", c.start)
		}
	}
}
