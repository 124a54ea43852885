package models_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/models"
)

// versionedKind saves one kind of record through its store method.
type versionedKind struct {
	typ string
	// save changes the record from version, with n in what it changes.
	save func(ctx context.Context, s *models.Store, id int64, version, n int) error
	// version reads the record's version.
	version func(ctx context.Context, s *models.Store, id int64) (int, error)
}

func versionedKinds() []versionedKind {
	return []versionedKind{
		{history.EntityPerson,
			func(ctx context.Context, s *models.Store, id int64, version, n int) error {
				return s.UpdatePerson(ctx, &models.Person{ID: id, Name: "Versioned Speaker", Kind: models.KindPerson, Description: fmt.Sprint("Edit ", n), Version: version})
			},
			func(ctx context.Context, s *models.Store, id int64) (int, error) {
				p, err := s.PersonByID(ctx, id)
				return p.Version, err
			}},
		{history.EntityOutlet,
			func(ctx context.Context, s *models.Store, id int64, version, n int) error {
				return s.UpdateOutlet(ctx, &models.Outlet{ID: id, Name: "Versioned Outlet", Kind: "news", HomeURL: fmt.Sprintf("https://o%d.example/", n), Version: version})
			},
			func(ctx context.Context, s *models.Store, id int64) (int, error) {
				o, err := s.OutletByID(ctx, id)
				return o.Version, err
			}},
		{history.EntityTopic,
			func(ctx context.Context, s *models.Store, id int64, version, n int) error {
				return s.UpdateTopic(ctx, &models.Topic{ID: id, Name: fmt.Sprint("Versioned topic ", n), Version: version})
			},
			func(ctx context.Context, s *models.Store, id int64) (int, error) {
				t, err := s.TopicByID(ctx, id)
				return t.Version, err
			}},
		{history.EntityArticle,
			func(ctx context.Context, s *models.Store, id int64, version, n int) error {
				a := &models.Article{ID: id, Title: "Versioned article", Body: fmt.Sprintf("Edit %d. “Versioned words,” she said.", n), Version: version}
				return s.UpdateArticle(ctx, a, models.OutletRef{Name: "Versioned Outlet"})
			},
			func(ctx context.Context, s *models.Store, id int64) (int, error) {
				a, err := s.ArticleByID(ctx, id)
				return a.Version, err
			}},
		{history.EntityQuote,
			func(ctx context.Context, s *models.Store, id int64, version, n int) error {
				q, err := s.QuoteByID(ctx, id)
				if err != nil {
					return err
				}
				q.Quote.Version, q.Quote.Context = version, fmt.Sprint("Edit ", n)
				return s.SaveQuote(ctx, &models.QuoteDraft{Quote: q.Quote, Speaker: models.PersonRef{Name: q.SpeakerName}, Article: models.ArticleRef{ID: q.ArticleID}})
			},
			func(ctx context.Context, s *models.Store, id int64) (int, error) {
				q, err := s.QuoteByID(ctx, id)
				return q.Version, err
			}},
	}
}

// Every kind of record is saved the same way: a save from the version
// the record is at goes through as the next version with one revision;
// a save from an older version is a ConflictError naming both versions,
// and writes nothing.
func TestVersionedUpdates(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := apptest.MustOpenStore(t)
	p := &models.Person{Name: "Versioned Speaker", Kind: models.KindPerson}
	o := &models.Outlet{Name: "Versioned Outlet", Kind: "news"}
	tp := &models.Topic{Name: "Versioned topic"}
	a := &models.Article{Title: "Versioned article", Body: "“Versioned words,” she said."}
	for _, err := range []error{store.CreatePerson(ctx, p), store.CreateOutlet(ctx, o), store.CreateTopic(ctx, tp), store.CreateArticle(ctx, a, models.OutletRef{Name: o.Name})} {
		if err != nil {
			t.Fatal(err)
		}
	}
	d := &models.QuoteDraft{Quote: models.Quote{Text: "Versioned words", Kind: models.QuoteDirect, Status: "unverified"},
		Speaker: models.PersonRef{Name: p.Name}, Article: models.ArticleRef{ID: a.ID}}
	if err := store.SaveQuote(ctx, d); err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{history.EntityPerson: p.ID, history.EntityOutlet: o.ID, history.EntityTopic: tp.ID, history.EntityArticle: a.ID, history.EntityQuote: d.Quote.ID}

	for _, k := range versionedKinds() {
		id := ids[k.typ]
		revisions := func() int {
			revs, _, err := store.History(ctx, k.typ, id)
			if err != nil {
				t.Fatalf("%s: %v", k.typ, err)
			}
			return len(revs)
		}
		before := revisions()
		if err := k.save(ctx, store, id, 1, 1); err != nil {
			t.Fatalf("%s: save from the current version: %v", k.typ, err)
		}
		if v, err := k.version(ctx, store, id); err != nil || v != 2 {
			t.Errorf("%s: at version %d (%v) after one save, want 2", k.typ, v, err)
		}
		if n := revisions(); n != before+1 {
			t.Errorf("%s: %d revisions after one save, want %d", k.typ, n, before+1)
		}
		err := k.save(ctx, store, id, 1, 2)
		var conflict *history.ConflictError
		if !errors.As(err, &conflict) || conflict.EntityType != k.typ || conflict.EntityID != id || conflict.Yours != 1 || conflict.Current != 2 {
			t.Errorf("%s: save from a stale version: got %v, want a conflict of version 1 with 2", k.typ, err)
		}
		if v, err := k.version(ctx, store, id); err != nil || v != 2 {
			t.Errorf("%s: at version %d (%v) after a refused save, want 2", k.typ, v, err)
		}
		if n := revisions(); n != before+1 {
			t.Errorf("%s: a refused save wrote %d revisions", k.typ, n-before-1)
		}
		if err := k.save(ctx, store, id+1000, 1, 3); !errors.Is(err, models.ErrNotFound) {
			t.Errorf("%s: save of a record that is not there: got %v, want ErrNotFound", k.typ, err)
		}
	}
}

// A person's or an outlet's slug follows a new name and stays put under
// the same one; a topic takes the first free slug for its name on every
// save, as topics always have.
func TestVersionedSlugs(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := apptest.MustOpenStore(t)
	first := &models.Person{Name: "Jane Doe", Kind: models.KindPerson}
	second := &models.Person{Name: "Jane Doé", Kind: models.KindPerson}
	t1 := &models.Topic{Name: "Privacy"}
	t2 := &models.Topic{Name: "Privacy!"}
	o := &models.Outlet{Name: "Daily Paper", Kind: "news"}
	for _, err := range []error{store.CreatePerson(ctx, first), store.CreatePerson(ctx, second), store.CreateTopic(ctx, t1), store.CreateTopic(ctx, t2), store.CreateOutlet(ctx, o)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	if second.Slug != "jane-doe-2" || t2.Slug != "privacy-2" {
		t.Fatalf("slugs %q and %q, want jane-doe-2 and privacy-2", second.Slug, t2.Slug)
	}
	if err := store.DeletePerson(ctx, first.ID); err != nil {
		t.Fatal(err)
	}
	if err := store.DeleteTopic(ctx, t1.ID); err != nil {
		t.Fatal(err)
	}

	second.Description = "Same name, new words."
	if err := store.UpdatePerson(ctx, second); err != nil || second.Slug != "jane-doe-2" {
		t.Errorf("person saved under the same name: slug %q (%v), want jane-doe-2 kept", second.Slug, err)
	}
	second.Name = "Jane Q. Doe"
	if err := store.UpdatePerson(ctx, second); err != nil || second.Slug != "jane-q-doe" {
		t.Errorf("person renamed: slug %q (%v), want jane-q-doe", second.Slug, err)
	}
	if err := store.UpdateTopic(ctx, t2); err != nil || t2.Slug != "privacy" {
		t.Errorf("topic saved under the same name: slug %q (%v), want privacy, now free", t2.Slug, err)
	}
	o.Name = "Evening Paper"
	if err := store.UpdateOutlet(ctx, o); err != nil || o.Slug != "evening-paper" {
		t.Errorf("outlet renamed: slug %q (%v), want evening-paper", o.Slug, err)
	}
	for _, c := range []struct {
		typ  string
		id   int64
		slug string
	}{{history.EntityPerson, second.ID, "jane-q-doe"}, {history.EntityTopic, t2.ID, "privacy"}, {history.EntityOutlet, o.ID, "evening-paper"}} {
		revs, _, err := store.History(ctx, c.typ, c.id)
		if err != nil || len(revs) == 0 {
			t.Fatalf("history of %s %d: %v", c.typ, c.id, err)
		}
		if got := revs[0].Data; !strings.Contains(got, `"slug":"`+c.slug+`"`) {
			t.Errorf("the last revision of %s %d does not keep slug %q: %s", c.typ, c.id, c.slug, got)
		}
	}
}
