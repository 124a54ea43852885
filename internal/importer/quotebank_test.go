package importer_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/importer"
	"github.com/quotetrail/quotetrail/models"
)

// Quotebank's two published shapes, plain and bz2: speakers above the
// threshold, people merged by Wikidata ID, namesakes kept apart, every
// URL an article in the outlet of its domain, and nothing added twice,
// whichever shape comes first or again.
func TestImportQuotebankShapes(t *testing.T) {
	t.Parallel()
	for _, ext := range []string{"", ".bz2"} {
		t.Run("compressed="+ext, func(t *testing.T) {
			t.Parallel()
			store := apptest.MustOpenStore(t)
			ctx := context.Background()
			quotes := filepath.Join("testdata", "quotes-sample.json"+ext)
			articles := filepath.Join("testdata", "quotebank-sample.json"+ext)

			sum, err := importer.File(ctx, store, quotes, importer.Options{})
			if err != nil {
				t.Fatal(err)
			}
			// Two URLs of line 1, lines 4 to 7 one each; lines 2 (0.41)
			// and 3 (None) left out.
			if sum.Added != 6 || sum.Unattributed != 2 || sum.Refused != 0 || sum.People != 4 {
				t.Errorf("quote-centric: %+v", sum)
			}
			ellison := personByWikidata(t, store, "Q97000001")
			if ellison.Name != "Mara Ellison" || ellison.QuoteCount != 3 || len(ellison.Aliases) != 1 || ellison.Aliases[0] != "M. Ellison" {
				t.Errorf("Q97000001 = %q with %d quotes, aliases %q; want Mara Ellison, 3, [M. Ellison]", ellison.Name, ellison.QuoteCount, ellison.Aliases)
			}
			if p := personByWikidata(t, store, "Q97000003"); p.Name != "John Park" {
				t.Errorf("Q97000003 is %q", p.Name)
			}
			if p := personByWikidata(t, store, "Q97000004"); p.Name != "John Park (Q97000004)" {
				t.Errorf("the namesake Q97000004 is %q", p.Name)
			}
			if lee, err := store.PersonBySlug(ctx, "sam-lee"); err != nil || lee.WikidataID != "" {
				t.Errorf("Sam Lee (two QIDs): %+v, %v", lee, err)
			}
			for _, site := range []string{"nytimes.com", "cnn.com", "npr.org"} {
				if _, err := store.FindOutlet(ctx, site); err != nil {
					t.Errorf("no outlet %s: %v", site, err)
				}
			}
			list, _ := store.Quotes(ctx, models.QuoteFilter{PersonID: ellison.ID}, models.Page{Number: 1, Size: 10})
			dates := map[string]int{}
			for _, q := range list.Quotes {
				dates[q.SortDate]++
			}
			if dates["2020-01-16"] != 2 || dates["2020-01-18"] != 1 {
				t.Errorf("Ellison's quotes are dated %v", dates)
			}

			// The article-centric file holds line 1's quotation again in
			// the same article, one of no one, and one new.
			sum, err = importer.File(ctx, store, articles, importer.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if sum.Added != 1 || sum.Duplicates != 1 || sum.Unattributed != 1 || sum.People != 0 || sum.Articles != 1 {
				t.Errorf("article-centric: %+v", sum)
			}
			ellison = personByWikidata(t, store, "Q97000001")
			gl, _ := store.Quotes(ctx, models.QuoteFilter{PersonID: ellison.ID}, models.Page{Number: 1, Size: 10})
			found := false
			for _, q := range gl.Quotes {
				if q.Text == "Every dollar of it is on the public website" {
					found = true
					if q.ArticleTitle != "Ellison answers critics of the bridge budget" || q.OutletName != "theguardian.com" || q.SortDate != "2020-01-21" {
						t.Errorf("article-centric quote: %q in %q, %s", q.ArticleTitle, q.OutletName, q.SortDate)
					}
				}
			}
			if !found || ellison.QuoteCount != 4 {
				t.Errorf("Ellison has %d quotes; the Guardian's found: %v", ellison.QuoteCount, found)
			}
			checkCounts(t, store)

			for _, f := range []string{quotes, articles} {
				again, err := importer.File(ctx, store, f, importer.Options{})
				if err != nil || again.Added != 0 || again.People != 0 || again.Articles != 0 {
					t.Errorf("%s again: %+v, %v", f, again, err)
				}
			}

			// A lower threshold takes Tom Reyes for line 2.
			low, err := importer.File(ctx, store, quotes, importer.Options{SpeakerThreshold: 0.4})
			if err != nil || low.Added != 1 || low.Unattributed != 1 {
				t.Errorf("threshold 0.4: %+v, %v", low, err)
			}
			if p := personByWikidata(t, store, "Q97000002"); p.Name != "Tom Reyes" {
				t.Errorf("Q97000002 is %q", p.Name)
			}
		})
	}
}

func personByWikidata(t *testing.T, store *models.Store, qid string) *models.Person {
	t.Helper()
	db, err := store.SQLDB()
	if err != nil {
		t.Fatal(err)
	}
	var slug string
	q := `SELECT slug FROM people WHERE wikidata_id = ?`
	if store.Engine() == models.Postgres {
		q = `SELECT slug FROM people WHERE wikidata_id = $1`
	}
	if err := db.QueryRow(q, qid).Scan(&slug); err != nil {
		t.Fatalf("the person %s: %v", qid, err)
	}
	p, err := store.PersonBySlug(context.Background(), slug)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
