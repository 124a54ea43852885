package handlers_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/models"
)

// The same statement by the same speaker in the same article, after its
// marks, spaces and case are normalised, is refused with a link to the
// quote saved; another speaker or article may say the same words.
func TestQuoteFormRefusesTheSameQuoteTwice(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	first := app.PostForm("/quotes", quoteValues(map[string]string{"text": "We’ll keep enforcing the law."}))
	if first.Status != http.StatusSeeOther {
		t.Fatalf("first save: %d\n%s", first.Status, first.Body)
	}
	before := app.Counts()
	again := app.PostForm("/quotes", quoteValues(map[string]string{"text": "  we'll KEEP enforcing   the law "}))
	if again.Status != http.StatusUnprocessableEntity {
		t.Fatalf("the same quote again: %d, want 422", again.Status)
	}
	for _, want := range []string{"already saved in this article", `href="` + first.Location + `"`, "Open the quote already saved"} {
		if !strings.Contains(again.Body, want) {
			t.Errorf("the refusal lacks %q", want)
		}
	}
	if after := app.Counts(); after != before {
		t.Errorf("counts went from %+v to %+v after a refused save", before, after)
	}
	// Another article, or another speaker: not the same quote.
	for _, other := range []map[string]string{{"article_id": "new", "article_title": "Another story"}, {"speaker": "Sam Levine"}} {
		other["text"] = "We’ll keep enforcing the law."
		if res := app.PostForm("/quotes", quoteValues(other)); res.Status != http.StatusSeeOther {
			t.Errorf("the same words with %v: %d, want saved", other, res.Status)
		}
	}
	// Editing another quote into the same words is refused too.
	res := app.PostForm("/quotes", quoteValues(map[string]string{"text": "Something else entirely."}))
	if res.Status != http.StatusSeeOther {
		t.Fatalf("another quote: %d", res.Status)
	}
	edit := app.PostForm(res.Location, quoteValues(map[string]string{"text": "We'll keep enforcing the law", "version": "1"}))
	if edit.Status != http.StatusUnprocessableEntity || !strings.Contains(edit.Body, `href="`+first.Location+`"`) {
		t.Errorf("editing a quote into another's words: %d, want 422 with a link to %s", edit.Status, first.Location)
	}
}

// Identical saves sent at the same moment to two instances of the app
// make one quote: the database refuses the rest, which are told so.
func TestSimultaneousIdenticalSavesMakeOneQuote(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	second := app.SecondInstance()
	second.SignInAs(app.User)
	before := app.Counts()
	const n = 16
	statuses := make([]int, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			via := app
			if i%2 == 1 {
				via = second
			}
			statuses[i] = via.PostForm("/quotes", quoteValues(map[string]string{"text": "Said once, saved once."})).Status
		}()
	}
	close(start)
	wg.Wait()
	saved, refused := 0, 0
	for _, s := range statuses {
		switch s {
		case http.StatusSeeOther:
			saved++
		case http.StatusUnprocessableEntity:
			refused++
		}
	}
	if saved != 1 || refused != n-1 {
		t.Errorf("%d identical saves at once: %d saved, %d refused (%v); want 1 and %d", n, saved, refused, statuses, n-1)
	}
	if after := app.Counts(); after.Quotes != before.Quotes+1 {
		t.Errorf("quotes went from %d to %d, want one more", before.Quotes, after.Quotes)
	}
}

// A quote in the trash cannot come back beside a copy saved since: the
// restore says which quote has its words, and nothing changes.
func TestRestoreRefusesAQuoteSavedAgain(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	ctx := context.Background()
	d := &models.QuoteDraft{Quote: models.Quote{Text: "Deleted, then said again.", Kind: "direct", Status: "unverified"},
		Speaker: models.PersonRef{Name: "Lina Khan"}, Article: models.ArticleRef{ID: 1}}
	if err := app.Store.SaveQuote(ctx, d); err != nil {
		t.Fatal(err)
	}
	gone := d.Quote.ID
	if err := app.Store.DeleteQuote(ctx, gone); err != nil {
		t.Fatal(err)
	}
	again := &models.QuoteDraft{Quote: models.Quote{Text: "Deleted, then said again", Kind: "direct", Status: "unverified"},
		Speaker: models.PersonRef{Name: "Lina Khan"}, Article: models.ArticleRef{ID: 1}}
	if err := app.Store.SaveQuote(ctx, again); err != nil {
		t.Fatalf("saving the words again after the delete: %v", err)
	}
	revs, _, err := app.Store.History(ctx, history.EntityQuote, gone)
	if err != nil || len(revs) == 0 {
		t.Fatalf("history of quote %d: %v", gone, err)
	}
	before := app.Counts()
	_, err = app.Store.RestoreRevision(ctx, revs[len(revs)-1].ID)
	want := fmt.Sprintf("as quote %d", again.Quote.ID)
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("restoring the deleted quote: %v, want a refusal naming quote %d", err, again.Quote.ID)
	}
	if after := app.Counts(); after != before {
		t.Errorf("counts went from %+v to %+v after a refused restore", before, after)
	}
}

// Quotes saved before forms fingerprinted them get their fingerprint when
// the database is opened, so their duplicates are refused too; of two
// that are already the same quote, one keeps none and both stay.
func TestOpenFingerprintsOlderQuotes(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	ctx := context.Background()
	db := app.Store.DB(ctx)
	if err := db.Exec(`UPDATE quotes SET fingerprint = NULL`).Error; err != nil {
		t.Fatal(err)
	}
	// A copy of quote 1 made before the check existed.
	err := db.Exec(`INSERT INTO quotes (text, person_id, speaker_title, kind, article_id, outlet_id, sort_date, context, status, anchor_exact, anchor_prefix, anchor_suffix, version, created_at, updated_at)
		SELECT text, person_id, speaker_title, kind, article_id, outlet_id, sort_date, context, status, anchor_exact, anchor_prefix, anchor_suffix, version, created_at, updated_at FROM quotes WHERE id = 1`).Error
	if err != nil {
		t.Fatal(err)
	}
	reopened := app.SecondInstance()
	var without, total int64
	reopened.Store.DB(ctx).Raw(`SELECT COUNT(*) FROM quotes WHERE fingerprint IS NULL`).Scan(&without)
	reopened.Store.DB(ctx).Raw(`SELECT COUNT(*) FROM quotes`).Scan(&total)
	if without != 1 {
		t.Errorf("%d of %d quotes without a fingerprint after opening, want only the copy", without, total)
	}
	q1, err := reopened.Store.QuoteByID(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	dup := &models.QuoteDraft{Quote: models.Quote{Text: q1.Text, Kind: "direct", Status: "unverified"},
		Speaker: models.PersonRef{Name: q1.SpeakerName}, Article: models.ArticleRef{ID: q1.ArticleID}}
	if err := reopened.Store.SaveQuote(ctx, dup); !strings.Contains(fmt.Sprint(err), "already saved") {
		t.Errorf("saving quote 1's words again: %v, want refused", err)
	}
}

// A second article with the same title and no address is a question, not
// a silent copy: the form names the one already here, and saying it is
// another article adds it.
func TestSameTitledArticleAsksFirst(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	title, _ := app.Store.ArticlesTitled(context.Background(), "Twitter Fined $150 Million For Allegedly Selling User Data Improperly", 1)
	if len(title) != 1 {
		t.Fatalf("the demo article: %v", title)
	}
	before := app.Counts()
	values := url.Values{"title": {title[0].Title}}
	res := app.PostForm("/articles", values)
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, fmt.Sprintf(`href="/articles/%d"`, title[0].ID)) || !strings.Contains(res.Body, `name="same_title_ok"`) {
		t.Fatalf("a second article of the same title: %d, want 422 naming the first", res.Status)
	}
	if after := app.Counts(); after != before {
		t.Fatalf("counts went from %+v to %+v", before, after)
	}
	values.Set("same_title_ok", "true")
	if res := app.PostForm("/articles", values); res.Status != http.StatusSeeOther {
		t.Fatalf("confirmed: %d\n%s", res.Status, res.Body)
	}
	// With an address of its own, an article needs no question.
	if res := app.PostForm("/articles", url.Values{"title": {title[0].Title}, "url": {"https://example.org/another-report"}}); res.Status != http.StatusSeeOther {
		t.Errorf("the same title with its own address: %d", res.Status)
	}
	if got := app.Counts().Articles; got != before.Articles+2 {
		t.Errorf("%d articles, want %d", got, before.Articles+2)
	}
}

// A cut or edited copy of a saved quote, by the same speaker in the same
// article, is named before it is saved; saying it is another quote
// saves it.
func TestNearDuplicateQuoteAsksFirst(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	q, err := app.Store.QuoteByID(context.Background(), 6)
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields(q.Text)
	cut := strings.Join(words[:len(words)*3/4], " ")
	values := quoteValues(map[string]string{"text": cut, "speaker": q.SpeakerName, "article_id": fmt.Sprint(q.ArticleID)})
	before := app.Counts()
	res := app.PostForm("/quotes", values)
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `href="/quotes/6"`) || !strings.Contains(res.Body, `name="near_ok"`) || !strings.Contains(res.Body, `id="text-error"`) {
		t.Fatalf("a cut of quote 6: %d, want 422 naming it\n%s", res.Status, res.Body)
	}
	if app.Counts().Quotes != before.Quotes {
		t.Fatal("the near copy was saved before the editor said so")
	}
	values.Set("near_ok", "true")
	if res := app.PostForm("/quotes", values); res.Status != http.StatusSeeOther {
		t.Fatalf("saved as another quote: %d\n%s", res.Status, res.Body)
	}
	if app.Counts().Quotes != before.Quotes+1 {
		t.Error("the quote was not saved")
	}
}
