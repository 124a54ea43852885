package models_test

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/importer"
	"github.com/quotetrail/quotetrail/internal/schema"
	"github.com/quotetrail/quotetrail/internal/synth"
	"github.com/quotetrail/quotetrail/models"
)

// TestFacetCountsFollowWrites checks the per-speaker counts the triggers
// keep against a recount after a random mix of creates, edits that move
// quotes between speakers, articles (so outlets and dates), dates and
// topics, deletes and topic deletes.
func TestFacetCountsFollowWrites(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	store, ctx := app.Store, context.Background()
	rng := rand.New(rand.NewPCG(1, 2))
	var articles []int64
	for i := 0; i < 4; i++ {
		day := time.Date(2018+i, 3, 1, 0, 0, 0, 0, time.UTC)
		a := &models.Article{Title: fmt.Sprintf("Facet article %d", i), PublishedOn: &day}
		outlet := models.OutletRef{Name: fmt.Sprintf("Facet Outlet %d", i%3), Create: true}
		if i == 3 {
			outlet = models.OutletRef{} // an article without an outlet
		}
		if err := store.CreateArticle(ctx, a, outlet); err != nil {
			t.Fatal(err)
		}
		articles = append(articles, a.ID)
	}
	people := []string{"Facet Speaker A", "Facet Speaker B", "Facet Speaker C"}
	topics := []string{"Alpha", "Beta", "Gamma", "Delta"}
	draft := func(id int64, i int) *models.QuoteDraft {
		d := &models.QuoteDraft{
			Quote:   models.Quote{ID: id, Text: fmt.Sprintf("Facet quote %d", i), Kind: "direct", Status: "unverified"},
			Speaker: models.PersonRef{Name: people[rng.IntN(len(people))], Create: true},
			Article: models.ArticleRef{ID: articles[rng.IntN(len(articles))]},
		}
		if rng.IntN(3) == 0 {
			said := time.Date(2010+rng.IntN(4), 6, 1, 0, 0, 0, 0, time.UTC)
			d.Quote.SaidOn = &said
		}
		for _, name := range topics {
			if rng.IntN(3) == 0 {
				d.Topics = append(d.Topics, name)
			}
		}
		return d
	}
	var ids []int64
	for i := 0; i < 300; i++ {
		switch op := rng.IntN(10); {
		case op < 5 || len(ids) == 0:
			d := draft(0, i)
			if err := store.SaveQuote(ctx, d); err != nil {
				t.Fatalf("create: %v", err)
			}
			ids = append(ids, d.Quote.ID)
		case op < 8:
			d := draft(ids[rng.IntN(len(ids))], i)
			cur, err := store.QuoteByID(ctx, d.Quote.ID)
			if err != nil {
				t.Fatal(err)
			}
			d.Quote.Version = cur.Version
			if err := store.SaveQuote(ctx, d); err != nil {
				t.Fatalf("edit %d: %v", d.Quote.ID, err)
			}
		case op < 9:
			k := rng.IntN(len(ids))
			if err := store.DeleteQuote(ctx, ids[k]); err != nil {
				t.Fatalf("delete %d: %v", ids[k], err)
			}
			ids = append(ids[:k], ids[k+1:]...)
		default:
			tp, err := store.TopicBySlug(ctx, models.Slugify(topics[rng.IntN(len(topics))]))
			if err != nil {
				continue // not created yet, or deleted already
			}
			if err := store.DeleteTopic(ctx, tp.ID); err != nil {
				t.Fatalf("delete topic %d: %v", tp.ID, err)
			}
		}
		if i%25 == 0 {
			checkNoDrift(t, store, i)
		}
	}
	checkNoDrift(t, store, 300)
}

func checkNoDrift(t *testing.T, store *models.Store, step int) {
	t.Helper()
	n, err := schema.FacetCountDrift(context.Background(), store.DB(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Fatalf("after step %d: %d facet count rows differ from a recount, want 0", step, n)
	}
}

// TestFacetCountsFollowImport checks the counts after a bulk import,
// which writes through its own batched statements, not SaveQuote.
func TestFacetCountsFollowImport(t *testing.T) {
	t.Parallel()
	store := apptest.New(t, true).Store
	r, w := io.Pipe()
	go func() { w.CloseWithError(synth.Write(w, synth.Config{Quotes: 2000, Seed: 3})) }()
	if _, err := importer.Import(context.Background(), store, r, importer.Options{Format: importer.FormatJSONL}); err != nil {
		t.Fatal(err)
	}
	checkNoDrift(t, store, 0)
}
