package search_test

import (
	"context"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/models"
)

// The same statement printed in other articles is found however it was
// edited (brackets, a cut, a part of it), and only then.
func TestSameStatement(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	apptest.MustLoadDemo(t, store)
	ctx := context.Background()
	kieran, err := store.FindPerson(ctx, "Damien Kieran")
	if err != nil {
		t.Fatal(err)
	}
	list, err := store.Quotes(ctx, models.QuoteFilter{PersonID: kieran.ID}, models.Page{Number: 1, Size: 10})
	if err != nil {
		t.Fatal(err)
	}
	var original *models.QuoteView
	for i := range list.Quotes {
		if strings.HasPrefix(list.Quotes[i].Text, "[W]e have aligned") {
			original = &list.Quotes[i]
		}
	}
	if original == nil {
		t.Fatal("the demo lacks Kieran's quote")
	}
	add := func(outlet, title, speaker, text string) int64 {
		t.Helper()
		d := &models.QuoteDraft{
			Quote:   models.Quote{Text: text, Kind: models.QuoteDirect, Status: "unverified"},
			Speaker: models.PersonRef{Name: speaker, Create: true},
			Article: models.ArticleRef{New: &models.Article{Title: title}, Outlet: models.OutletRef{Name: outlet, Create: true}},
		}
		if err := store.SaveQuote(ctx, d); err != nil {
			t.Fatal(err)
		}
		return d.Quote.ID
	}
	verbatim := add("The Verge", "Twitter fined", "Damien Kieran", "We have aligned with the agency on operational updates and program enhancements to ensure that people's personal data remains secure and their privacy protected")
	cut := add("Reuters", "Twitter pays $150 million", "Damien Kieran", "We have aligned with the agency … to ensure that people’s personal data remains secure and their privacy protected.")
	part := add("Axios", "Twitter settles", "Twitter", "operational updates and program enhancements")
	add("Wired", "Budgets", "Someone Else", "We have aligned our budget with the agency on operational matters")
	add("Wired", "Short", "Someone Else", "the agency")

	ids := func(qs []models.QuoteView) map[int64]bool {
		out := map[int64]bool{}
		for _, q := range qs {
			out[q.ID] = true
		}
		return out
	}
	found, err := search.New(store).SameStatement(ctx, original, 20)
	if err != nil {
		t.Fatal(err)
	}
	got := ids(found)
	if len(got) != 3 || !got[verbatim] || !got[cut] || !got[part] {
		t.Errorf("same statement as the demo quote: %v, want the verbatim, cut and partial reports (%d, %d, %d)", got, verbatim, cut, part)
	}
	// From the partial report's side, the fuller ones are found too.
	p, err := store.QuoteByID(ctx, part)
	if err != nil {
		t.Fatal(err)
	}
	found, err = search.New(store).SameStatement(ctx, p, 20)
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(found); !got[original.ID] || !got[verbatim] || got[part] {
		t.Errorf("same statement as the partial report: %v", got)
	}
}
