package models_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"sync"
	"testing"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/merge"
	"github.com/quotetrail/quotetrail/models"
)

// editorOp is one random change an editor tries. It reports the record
// it changed and how, or an error: a refusal (a conflict, a name taken,
// a record gone or in use) means nothing was committed.
type editorOp func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (typ string, id int64, action string, err error)

// pick returns a random ID from table's current rows (0 when empty).
func pick(ctx context.Context, t *testing.T, s *models.Store, rng *rand.Rand, table string) int64 {
	ids, err := s.TableIDs(ctx, table)
	if err != nil {
		t.Errorf("ids of %s: %v", table, err)
		return 0
	}
	if len(ids) == 0 {
		return 0
	}
	return ids[rng.IntN(len(ids))]
}

func historyOps(t *testing.T) []editorOp {
	return []editorOp{
		func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
			p := &models.Person{Name: fmt.Sprintf("Speaker %d", n), Kind: models.KindPerson, Description: "Says things."}
			err := s.CreatePerson(ctx, p)
			return history.EntityPerson, p.ID, history.ActionCreate, err
		},
		func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
			p, err := s.PersonByID(ctx, pick(ctx, t, s, rng, "people"))
			if err != nil {
				return "", 0, "", err
			}
			switch rng.IntN(3) {
			case 0:
				p.Description = "" // clearing a field clears it
			case 1:
				p.Description = fmt.Sprintf("Edited by op %d.", n)
			default:
				p.Aliases = append(p.Aliases, fmt.Sprintf("Alias %d", n))
			}
			return history.EntityPerson, p.ID, history.ActionUpdate, s.UpdatePerson(ctx, p)
		},
		func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
			id := pick(ctx, t, s, rng, "people")
			return history.EntityPerson, id, history.ActionDelete, s.DeletePerson(ctx, id)
		},
		func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
			tp := &models.Topic{Name: fmt.Sprintf("Topic %d", n)}
			err := s.CreateTopic(ctx, tp)
			return history.EntityTopic, tp.ID, history.ActionCreate, err
		},
		func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
			tp, err := s.TopicByID(ctx, pick(ctx, t, s, rng, "topics"))
			if err != nil {
				return "", 0, "", err
			}
			tp.Name = fmt.Sprintf("Renamed topic %d", n)
			return history.EntityTopic, tp.ID, history.ActionUpdate, s.UpdateTopic(ctx, tp)
		},
		func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
			id := pick(ctx, t, s, rng, "topics")
			return history.EntityTopic, id, history.ActionDelete, s.DeleteTopic(ctx, id)
		},
		func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
			o := &models.Outlet{Name: fmt.Sprintf("Outlet %d", n), Kind: "news", Domains: []string{fmt.Sprintf("outlet%d.example", n)}}
			err := s.CreateOutlet(ctx, o)
			return history.EntityOutlet, o.ID, history.ActionCreate, err
		},
		func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
			o, err := s.OutletByID(ctx, pick(ctx, t, s, rng, "outlets"))
			if err != nil {
				return "", 0, "", err
			}
			o.HomeURL, o.Domains = fmt.Sprintf("https://o%d.example/", n), nil
			return history.EntityOutlet, o.ID, history.ActionUpdate, s.UpdateOutlet(ctx, o)
		},
		func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
			id := pick(ctx, t, s, rng, "outlets")
			return history.EntityOutlet, id, history.ActionDelete, s.DeleteOutlet(ctx, id)
		},
		func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
			a := &models.Article{Title: fmt.Sprintf("Article %d", n), Body: fmt.Sprintf("Intro %d. “Quoted words %d,” she said.", n, n), Authors: "A. Writer"}
			ref := models.OutletRef{}
			if o, err := s.OutletByID(ctx, pick(ctx, t, s, rng, "outlets")); err == nil {
				ref.Name = o.Name
			}
			err := s.CreateArticle(ctx, a, ref)
			return history.EntityArticle, a.ID, history.ActionCreate, err
		},
		func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
			a, err := s.ArticleByID(ctx, pick(ctx, t, s, rng, "articles"))
			if err != nil {
				return "", 0, "", err
			}
			a.Body = fmt.Sprintf("Update %d. ", n) + a.Body
			a.Authors = ""
			ref := models.OutletRef{}
			if a.Outlet != nil {
				ref.Name = a.Outlet.Name
			}
			return history.EntityArticle, a.ID, history.ActionUpdate, s.UpdateArticle(ctx, a, ref)
		},
		func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
			id := pick(ctx, t, s, rng, "articles")
			return history.EntityArticle, id, history.ActionDelete, s.DeleteArticle(ctx, id)
		},
		func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
			p, err := s.PersonByID(ctx, pick(ctx, t, s, rng, "people"))
			if err != nil {
				return "", 0, "", err
			}
			d := &models.QuoteDraft{
				Quote:   models.Quote{Text: fmt.Sprintf("Quoted words %d", n), Kind: models.QuoteDirect, Status: "unverified"},
				Speaker: models.PersonRef{Name: p.Name},
				Article: models.ArticleRef{ID: pick(ctx, t, s, rng, "articles")},
			}
			if tp, err := s.TopicByID(ctx, pick(ctx, t, s, rng, "topics")); err == nil {
				d.Topics = []string{tp.Name}
			}
			err = s.SaveQuote(ctx, d)
			return history.EntityQuote, d.Quote.ID, history.ActionCreate, err
		},
		func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
			q, err := s.QuoteByID(ctx, pick(ctx, t, s, rng, "quotes"))
			if err != nil {
				return "", 0, "", err
			}
			d := &models.QuoteDraft{
				Quote:   q.Quote,
				Speaker: models.PersonRef{Name: q.SpeakerName},
				Article: models.ArticleRef{ID: q.ArticleID},
				Via:     models.OutletRef{Name: q.ViaName},
			}
			d.Quote.Status = models.QuoteStatuses[rng.IntN(len(models.QuoteStatuses))]
			d.Quote.Context = ""
			if rng.IntN(2) == 0 {
				d.Quote.Text = fmt.Sprintf("Edited words %d", n)
			}
			return history.EntityQuote, q.ID, history.ActionUpdate, s.SaveQuote(ctx, d)
		},
		func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
			id := pick(ctx, t, s, rng, "quotes")
			return history.EntityQuote, id, history.ActionDelete, s.DeleteQuote(ctx, id)
		},
		func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
			id := pick(ctx, t, s, rng, "revisions")
			done, err := merge.Restore(ctx, s, id)
			typ, entity := done.EntityType, done.EntityID
			return typ, entity, history.ActionRestore, err
		},
		mergeOp(t, history.EntityPerson, "people"),
		mergeOp(t, history.EntityOutlet, "outlets"),
		mergeOp(t, history.EntityTopic, "topics"),
		func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
			// Undo one of the merges in the trash.
			trash, _, err := s.Trash(ctx, "", 0, 200)
			if err != nil {
				return "", 0, "", err
			}
			var merges []history.RevisionView
			for _, r := range trash {
				if r.Action == history.ActionMerge {
					merges = append(merges, r)
				}
			}
			if len(merges) == 0 {
				return "", 0, "", models.ErrNotFound
			}
			r := merges[rng.IntN(len(merges))]
			_, err = merge.Undo(ctx, s, r.ID)
			return r.EntityType, r.EntityID, history.ActionRestore, err
		},
	}
}

// mergeOp merges one random record of table into another.
func mergeOp(t *testing.T, typ, table string) editorOp {
	return func(ctx context.Context, s *models.Store, rng *rand.Rand, n int) (string, int64, string, error) {
		from, into := pick(ctx, t, s, rng, table), pick(ctx, t, s, rng, table)
		_, err := merge.Records(ctx, s, typ, from, into, 0)
		var dup *merge.DuplicatesError
		if errors.As(err, &dup) {
			err = models.ErrNotFound // refused, nothing written
		}
		return typ, from, history.ActionMerge, err
	}
}

// refused tells whether err is one of the ways a change is turned down
// with nothing written.
func refused(err error) bool {
	var conflict *history.ConflictError
	var inUse *models.InUseError
	var restore *history.RestoreError
	_, fields := models.AsFieldErrors(err)
	return fields || errors.Is(err, models.ErrNotFound) || errors.As(err, &conflict) || errors.As(err, &inUse) || errors.As(err, &restore)
}

// Five editors make 1000 random creates, edits, deletes and restores at
// once. Every committed change has exactly one revision (a new quote may
// also create the topics it names), every refused one none, and replaying
// the revisions into an empty database reproduces every row.
func TestHistoryReplaysConcurrentEditors(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := apptest.MustOpenStore(t)
	editors := make([]*accounts.User, 5)
	for i := range editors {
		editors[i] = apptest.MustCreateUser(t, store, fmt.Sprintf("editor%d@example.org", i), accounts.RoleEditor, "")
	}
	ops := historyOps(t)
	const total = 1000
	type outcome struct {
		n           int
		typ, action string
		id          int64
		committed   bool
		editor      int64
	}
	results := make(chan outcome, total)
	var wg sync.WaitGroup
	for e, user := range editors {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(e), 7))
			for n := e; n < total; n += len(editors) {
				opCtx := history.WithSummary(history.WithEditor(ctx, user.ID), fmt.Sprintf("op-%d", n))
				// The first ops build something to change.
				op := ops[rng.IntN(len(ops))]
				if n < 40 {
					op = ops[[]int{0, 3, 6, 9, 12}[n%5]]
				}
				typ, id, action, err := op(opCtx, store, rng, n)
				if err != nil && !refused(err) {
					t.Errorf("op %d (%s %s %d): %v", n, action, typ, id, err)
				}
				results <- outcome{n: n, typ: typ, action: action, id: id, committed: err == nil, editor: user.ID}
			}
		}()
	}
	wg.Wait()
	close(results)

	committed, byAction := 0, map[string]int{}
	var want int64
	for r := range results {
		revs, err := store.RevisionsWithSummary(ctx, fmt.Sprintf("op-%d", r.n))
		if err != nil {
			t.Fatal(err)
		}
		want += int64(len(revs))
		if !r.committed {
			if len(revs) != 0 {
				t.Errorf("op %d was refused but wrote %d revisions", r.n, len(revs))
			}
			continue
		}
		committed++
		byAction[r.action]++
		own := 0
		for _, rev := range revs {
			switch {
			case rev.EntityType == r.typ && rev.EntityID == r.id && rev.Action == r.action:
				own++
			case r.typ == history.EntityQuote && rev.EntityType == history.EntityTopic && rev.Action == history.ActionCreate:
				// a topic the quote named, made on the way
			case (r.action == history.ActionMerge || r.action == history.ActionRestore) && rev.EntityType == r.typ && rev.Action == history.ActionUpdate:
				// the record a merge kept, which gained or gave back
			default:
				t.Errorf("op %d (%s %s %d) wrote an unexpected revision: %s %s %d", r.n, r.action, r.typ, r.id, rev.Action, rev.EntityType, rev.EntityID)
			}
			if rev.UserID == nil || *rev.UserID != r.editor {
				t.Errorf("op %d: revision %d is not credited to its editor", r.n, rev.ID)
			}
		}
		if own != 1 {
			t.Errorf("op %d (%s %s %d) wrote %d revisions of its record, want 1", r.n, r.action, r.typ, r.id, own)
		}
	}
	if n, err := store.CountRevisions(ctx); err != nil || n != want {
		t.Errorf("%d revisions in all, %d written by the ops (%v)", n, want, err)
	}
	t.Logf("%d of %d changes committed: %v", committed, total, byAction)
	for _, a := range []string{history.ActionCreate, history.ActionUpdate, history.ActionDelete, history.ActionRestore, history.ActionMerge} {
		if byAction[a] < 10 {
			t.Errorf("only %d %s changes committed: the test does not exercise them", byAction[a], a)
		}
	}

	checkReplay(t, store)
}

// checkReplay replays store's revisions into an empty database and checks
// that it gives every row of every table store has.
func checkReplay(t *testing.T, store *models.Store) {
	t.Helper()
	ctx := context.Background()
	replay := apptest.MustOpenStore(t)
	if err := replay.ReplayFrom(ctx, store, merge.Replay); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"people", "person_aliases", "outlets", "outlet_domains", "articles", "topics", "quotes", "quote_topics",
		"person_year_counts", "person_outlet_counts", "person_topic_counts", "former_slugs", "merged_names"} {
		got, err := replay.TableRows(ctx, table)
		if err != nil {
			t.Fatal(err)
		}
		want, err := store.TableRows(ctx, table)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Errorf("%s: replay has %d rows, the database %d", table, len(got), len(want))
			continue
		}
		for i := range want {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("%s row %d differs after replay:\n got %v\nwant %v", table, i, got[i], want[i])
				break
			}
		}
	}
}

// A topic restored from the trash goes back on the quotes that are still
// there; its revision says so, and a replay of the history puts it back
// on the same quotes.
func TestHistoryRecordsTopicBackOnItsQuotes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := apptest.MustOpenStore(t)
	apptest.MustLoadDemo(t, store)
	d := &models.QuoteDraft{
		Quote:   models.Quote{Text: "Filed under a topic that comes and goes.", Kind: models.QuoteDirect, Status: "unverified"},
		Speaker: models.PersonRef{Name: "Lina Khan"}, Article: models.ArticleRef{ID: 1}, Topics: []string{"Comings and goings"},
	}
	if err := store.SaveQuote(ctx, d); err != nil {
		t.Fatal(err)
	}
	topic, err := store.TopicBySlug(ctx, "comings-and-goings")
	if err != nil {
		t.Fatal(err)
	}
	if err := store.DeleteTopic(ctx, topic.ID); err != nil {
		t.Fatal(err)
	}
	revs, _, err := store.History(ctx, history.EntityTopic, topic.ID)
	if err != nil || len(revs) == 0 || revs[0].Action != history.ActionDelete {
		t.Fatalf("history of the deleted topic: %+v, %v", revs, err)
	}
	if _, err := store.RestoreRevision(ctx, revs[0].ID); err != nil {
		t.Fatal(err)
	}
	if back, err := store.TopicBySlug(ctx, "comings-and-goings"); err != nil || back.QuoteCount != 1 {
		t.Fatalf("the restored topic: %+v, %v; want it on its one quote", back, err)
	}
	checkReplay(t, store)
}
