package e2e

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/models"
)

// dashboardPages are the dashboards, checked as every page is.
var dashboardPages = []string{
	"/dashboard", "/outlets/npr/dashboard", "/topics/privacy/dashboard", "/search/dashboard?q=security&person=Khan",
}

// addDatedQuotes gives the demo (whose article has no date and no
// outlet) quotes printed in NPR over a few months, so the dashboards'
// charts have columns and bars to draw.
func addDatedQuotes(t *testing.T, store *models.Store) {
	t.Helper()
	ctx := context.Background()
	for i, date := range []string{"2022-03-02", "2022-05-10", "2022-05-20"} {
		d, _ := time.Parse(time.DateOnly, date)
		title := fmt.Sprintf("Khan on privacy, part %d", i+1)
		a := &models.Article{Title: title, Body: title, PublishedOn: &d}
		if err := store.CreateArticle(ctx, a, models.OutletRef{Name: "NPR"}); err != nil {
			t.Fatal(err)
		}
		err := store.SaveQuote(ctx, &models.QuoteDraft{
			Quote:   models.Quote{Text: title + ": privacy matters", Kind: models.QuoteDirect, Status: "unverified"},
			Speaker: models.PersonRef{Name: "Lina Khan"}, Article: models.ArticleRef{ID: a.ID},
			Via: models.OutletRef{Name: "FTC Business Blog"}, Topics: []string{"privacy"},
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
