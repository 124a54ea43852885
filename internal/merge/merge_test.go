package merge_test

import (
	"context"
	"errors"
	"os"
	"slices"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/merge"
	"github.com/quotetrail/quotetrail/internal/slugs"
	"github.com/quotetrail/quotetrail/models"
)

func TestMain(m *testing.M) { os.Exit(apptest.RunTests(m)) }

func saveQuote(t *testing.T, s *models.Store, text, speaker string, create bool, article int64, via string, topics ...string) *models.Quote {
	t.Helper()
	d := &models.QuoteDraft{
		Quote:   models.Quote{Text: text, Kind: models.QuoteDirect, Status: "unverified"},
		Speaker: models.PersonRef{Name: speaker, Create: create, Kind: models.KindPerson},
		Article: models.ArticleRef{ID: article}, Via: models.OutletRef{Name: via, Create: via != ""}, Topics: topics,
	}
	if err := s.SaveQuote(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return &d.Quote
}

func person(t *testing.T, s *models.Store, slug string) *models.Person {
	t.Helper()
	p, err := s.PersonBySlug(context.Background(), slug)
	if err != nil {
		t.Fatalf("person %s: %v", slug, err)
	}
	return p
}

// A typo made a second Lina Khan: merging moves her quote, keeps the
// typo as an alias, leads her address on, and undoing it puts all back.
func TestMergePeopleAndUndo(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := apptest.MustOpenDemoStore(t)
	q := saveQuote(t, s, "Markets work best when they are open.", "Lina Kahn", true, 1, "")
	kahn, khan := person(t, s, "lina-kahn"), person(t, s, "lina-khan")
	before := khan.QuoteCount

	res, err := merge.Records(ctx, s, history.EntityPerson, kahn.ID, khan.ID, kahn.Version)
	if err != nil {
		t.Fatal(err)
	}
	if res.Quotes != 1 || res.Into != "Lina Khan" || res.IntoSlug != "lina-khan" {
		t.Errorf("result: %+v", res)
	}
	moved, err := s.QuoteByID(ctx, q.ID)
	if err != nil || moved.PersonID != khan.ID {
		t.Fatalf("the quote after the merge: %+v, %v", moved, err)
	}
	khan = person(t, s, "lina-khan")
	if khan.QuoteCount != before+1 || !slices.Contains(khan.Aliases, "Lina Kahn") || khan.Version != 2 {
		t.Errorf("the kept person: %d quotes (want %d), aliases %v, version %d", khan.QuoteCount, before+1, khan.Aliases, khan.Version)
	}
	if found, err := s.FindPerson(ctx, "lina kahn"); err != nil || found.ID != khan.ID {
		t.Errorf("the merged name finds %+v, %v", found, err)
	}
	if now, ok, err := slugs.Current(ctx, s, slugs.Person, "lina-kahn"); err != nil || !ok || now != "lina-khan" {
		t.Errorf("the merged address leads to %q, %v, %v", now, ok, err)
	}
	if _, err := s.PersonByID(ctx, kahn.ID); !errors.Is(err, models.ErrNotFound) {
		t.Errorf("the merged person is still there: %v", err)
	}
	trash, _, err := s.Trash(ctx, history.EntityPerson, 0, 10)
	if err != nil || len(trash) != 1 || trash[0].Action != history.ActionMerge || trash[0].Merged == nil || trash[0].Merged.Into != "Lina Khan" {
		t.Fatalf("the trash after the merge: %+v, %v", trash, err)
	}

	done, err := merge.Restore(ctx, s, res.RevisionID)
	if err != nil {
		t.Fatal(err)
	}
	if done.Unmerged != "Lina Khan" || done.EntityID != kahn.ID {
		t.Errorf("undo: %+v", done)
	}
	back := person(t, s, "lina-kahn")
	if back.ID != kahn.ID || back.QuoteCount != 1 {
		t.Errorf("the person back: %+v", back)
	}
	if q2, _ := s.QuoteByID(ctx, q.ID); q2.PersonID != kahn.ID {
		t.Errorf("the quote did not move back: speaker %d", q2.PersonID)
	}
	khan = person(t, s, "lina-khan")
	if khan.QuoteCount != before || slices.Contains(khan.Aliases, "Lina Kahn") {
		t.Errorf("the kept person after the undo: %d quotes, aliases %v", khan.QuoteCount, khan.Aliases)
	}
	if _, ok, _ := slugs.Current(ctx, s, slugs.Person, "lina-kahn"); ok {
		t.Error("the address still leads to the kept person after the undo")
	}
	if _, err := merge.Undo(ctx, s, res.RevisionID); !isRestoreError(err) {
		t.Errorf("undoing twice: %v, want a refusal", err)
	}
	// The same words by both, in the same article, stop the merge: the
	// fingerprint would make them one quote.
	saveQuote(t, s, "Markets work best when they are open.", "Lina Khan", false, 1, "")
	_, err = merge.Records(ctx, s, history.EntityPerson, kahn.ID, khan.ID, 0)
	var dup *merge.DuplicatesError
	if !errors.As(err, &dup) || len(dup.Pairs) != 1 || dup.Pairs[0][0] != q.ID {
		t.Fatalf("merging two copies of a quote: %v", err)
	}
	if p := person(t, s, "lina-kahn"); p.QuoteCount != 1 {
		t.Errorf("a refused merge moved quotes: %+v", p)
	}
}

func isRestoreError(err error) bool {
	var r *history.RestoreError
	return errors.As(err, &r)
}

func TestMergeRefusals(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := apptest.MustOpenDemoStore(t)
	khan := person(t, s, "lina-khan")
	if _, err := merge.Records(ctx, s, history.EntityPerson, khan.ID, khan.ID, 0); err == nil {
		t.Error("a person merged into themself")
	} else if fe, ok := models.AsFieldErrors(err); !ok || fe["into"] == "" {
		t.Errorf("merging into itself: %v", err)
	}
	levine := person(t, s, "sam-levine")
	var conflict *history.ConflictError
	if _, err := merge.Records(ctx, s, history.EntityPerson, levine.ID, khan.ID, levine.Version+1); !errors.As(err, &conflict) {
		t.Errorf("merging from a stale form: %v, want a conflict", err)
	}
	if _, err := merge.Records(ctx, s, history.EntityArticle, 1, 2, 0); !errors.Is(err, models.ErrNotFound) {
		t.Errorf("merging articles: %v", err)
	}
	if _, err := merge.Records(ctx, s, history.EntityPerson, 9999, khan.ID, 0); !errors.Is(err, models.ErrNotFound) {
		t.Errorf("merging a person that is not there: %v", err)
	}
}

// An outlet typed wrong: its articles, the quotes it passed on and its
// domains go to the right one, and its name still finds it.
func TestMergeOutletsAndUndo(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := apptest.MustOpenDemoStore(t)
	nrp := &models.Outlet{Name: "NRP", Kind: "broadcaster", Domains: []string{"nrp.example"}}
	if err := s.CreateOutlet(ctx, nrp); err != nil {
		t.Fatal(err)
	}
	a := &models.Article{Title: "A story from the misspelt outlet"}
	if err := s.CreateArticle(ctx, a, models.OutletRef{Name: "NRP"}); err != nil {
		t.Fatal(err)
	}
	printed := saveQuote(t, s, "Printed in the misspelt outlet.", "Lina Khan", false, a.ID, "")
	passed := saveQuote(t, s, "Passed on by the misspelt outlet.", "Sam Levine", false, 1, "NRP")
	npr, err := s.OutletBySlug(ctx, "npr")
	if err != nil {
		t.Fatal(err)
	}
	res, err := merge.Records(ctx, s, history.EntityOutlet, nrp.ID, npr.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != 1 || res.Quotes != 1 {
		t.Errorf("result: %+v", res)
	}
	if got, _ := s.ArticleByID(ctx, a.ID); got.OutletID == nil || *got.OutletID != npr.ID {
		t.Errorf("the article's outlet after the merge: %v", got.OutletID)
	}
	if q, _ := s.QuoteByID(ctx, printed.ID); q.OutletID == nil || *q.OutletID != npr.ID {
		t.Errorf("the printed quote's outlet: %v", q.OutletID)
	}
	if q, _ := s.QuoteByID(ctx, passed.ID); q.ViaOutletID == nil || *q.ViaOutletID != npr.ID {
		t.Errorf("the passed-on quote's via: %v", q.ViaOutletID)
	}
	for _, name := range []string{"NRP", "nrp.example"} {
		if o, err := s.FindOutlet(ctx, name); err != nil || o.ID != npr.ID {
			t.Errorf("%s finds %+v, %v", name, o, err)
		}
	}
	if now, ok, _ := slugs.Current(ctx, s, slugs.Outlet, "nrp"); !ok || now != "npr" {
		t.Errorf("/outlets/nrp leads to %q", now)
	}
	if _, err := merge.Restore(ctx, s, res.RevisionID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.ArticleByID(ctx, a.ID); got.OutletID == nil || *got.OutletID != nrp.ID {
		t.Errorf("the article's outlet after the undo: %v", got.OutletID)
	}
	if q, _ := s.QuoteByID(ctx, passed.ID); q.ViaOutletID == nil || *q.ViaOutletID != nrp.ID {
		t.Errorf("the passed-on quote's via after the undo: %v", q.ViaOutletID)
	}
	if o, err := s.FindOutlet(ctx, "nrp.example"); err != nil || o.ID != nrp.ID {
		t.Errorf("the domain after the undo finds %+v, %v", o, err)
	}
	if o, err := s.OutletBySlug(ctx, "nrp"); err != nil || o.ArticleCount != 1 {
		t.Errorf("the outlet back: %+v, %v", o, err)
	}
}

// Two topics for one subject: the quotes of one are filed under the
// other, once each, and its name files new quotes there too.
func TestMergeTopicsAndUndo(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := apptest.MustOpenDemoStore(t)
	both := saveQuote(t, s, "Filed under both topics.", "Lina Khan", false, 1, "", "privacy", "data privacy")
	one := saveQuote(t, s, "Filed under the second only.", "Lina Khan", false, 1, "", "data privacy")
	from, err := s.TopicBySlug(ctx, "data-privacy")
	if err != nil {
		t.Fatal(err)
	}
	into, err := s.TopicBySlug(ctx, "privacy")
	if err != nil {
		t.Fatal(err)
	}
	res, err := merge.Records(ctx, s, history.EntityTopic, from.ID, into.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if res.Quotes != 1 {
		t.Errorf("%d quotes moved, want 1 (the other was under both)", res.Quotes)
	}
	kept, _ := s.TopicBySlug(ctx, "privacy")
	if kept.QuoteCount != into.QuoteCount+1 {
		t.Errorf("privacy has %d quotes, want %d", kept.QuoteCount, into.QuoteCount+1)
	}
	later := saveQuote(t, s, "Filed by the merged name.", "Lina Khan", false, 1, "", "Data Privacy")
	if q, _ := s.QuoteByID(ctx, later.ID); len(q.Topics) != 1 || q.Topics[0].ID != into.ID {
		t.Errorf("a quote filed under the merged name: %+v", q.Topics)
	}
	if _, err := merge.Restore(ctx, s, res.RevisionID); err != nil {
		t.Fatal(err)
	}
	back, err := s.TopicBySlug(ctx, "data-privacy")
	if err != nil || back.ID != from.ID || back.QuoteCount != 2 {
		t.Fatalf("the topic back: %+v, %v", back, err)
	}
	if q, _ := s.QuoteByID(ctx, one.ID); len(q.Topics) != 1 || q.Topics[0].ID != from.ID {
		t.Errorf("the quote under the second topic only: %+v", q.Topics)
	}
	if q, _ := s.QuoteByID(ctx, both.ID); len(q.Topics) != 2 {
		t.Errorf("the quote under both: %+v", q.Topics)
	}
}
