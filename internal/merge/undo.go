package merge

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/models"
)

// Restore restores revision id as the history pages offer it: a merge's
// revision undoes the merge (Undo), any other goes to the store's
// RestoreRevision.
func Restore(ctx context.Context, store *models.Store, id int64) (history.Restored, error) {
	rev, err := history.Get(store.DB(ctx), id)
	if err != nil {
		return history.Restored{}, models.NotFound(err, fmt.Sprintf("revision %d", id))
	}
	if rev.Action != history.ActionMerge {
		return store.RestoreRevision(ctx, id)
	}
	res, err := Undo(ctx, store, id)
	return history.Restored{EntityType: rev.EntityType, EntityID: rev.EntityID, Version: rev.Version, Unmerged: res.Into}, err
}

// Undo undoes the merge revision id: the merged record comes back with
// its ID, name and addresses, and what moved to the record kept moves
// back, as far as it is still there. Restoring is refused (a
// history.RestoreError) when the merge was undone already or the record
// kept is in the trash.
func Undo(ctx context.Context, store *models.Store, id int64) (Result, error) {
	var res Result
	err := store.WriteTx(ctx, func(tx *gorm.DB) error {
		rev, err := history.Get(tx, id)
		if err != nil {
			return models.NotFound(err, fmt.Sprintf("revision %d", id))
		}
		if rev.Action != history.ActionMerge {
			return fmt.Errorf("revision %d is a %s, not a merge: %w", id, rev.Action, models.ErrNotFound)
		}
		snap, err := history.Decode(rev.EntityType, rev.Data)
		if err != nil {
			return err
		}
		m := history.MergeOf(snap)
		typ, table, fromID := rev.EntityType, tables[rev.EntityType], rev.EntityID
		res = Result{Type: typ, FromID: fromID, IntoID: m.IntoID, Into: m.Into, RevisionID: id, Quotes: len(m.Quotes), Articles: len(m.Articles)}
		first, latest, err := history.Ends(tx, typ, fromID)
		if err != nil {
			return err
		}
		if latest.ID != rev.ID {
			return &history.RestoreError{Message: "This merge was undone already, or the record changed since: restore it from its history instead."}
		}
		into, err := load(tx, table, m.IntoID)
		if errors.Is(err, models.ErrNotFound) {
			return &history.RestoreError{Message: fmt.Sprintf("This merge cannot be undone: %s, which it was merged into, is in the trash. Restore it first.", m.Into)}
		} else if err != nil {
			return err
		}
		res.Into, res.IntoSlug = into.Name, into.Slug
		if _, given := history.SummaryFrom(ctx); !given {
			tx = tx.WithContext(history.WithSummary(ctx, fmt.Sprintf("Undid the merge into %s", into.Name)))
		}
		// The record kept gives back first what the merged one takes
		// back (a domain belongs to one outlet), and says so in its
		// history before the merged record comes back.
		if err := giveBack(tx, typ, fromID, m); err != nil {
			return err
		}
		if err := bump(tx, table, m.IntoID); err != nil {
			return err
		}
		if err := store.Record(tx, typ, m.IntoID, history.ActionUpdate); err != nil {
			return err
		}
		if err := store.Recreate(tx, typ, rev.Data, fromID, rev.Version+1, first.CreatedAt); err != nil {
			return err
		}
		if err := moveBack(tx, typ, fromID, m); err != nil {
			return err
		}
		st, err := store.Snapshot(tx, typ, fromID)
		if err != nil {
			return err
		}
		back, err := load(tx, table, fromID)
		if err != nil {
			return err
		}
		res.From = back.Name
		undone := *m
		undone.Undone = true
		history.SetMerge(st.Snapshot, &undone)
		return history.Write(tx, typ, fromID, history.ActionRestore, st)
	})
	return res, err
}

// giveBack takes off the record kept what the merge gave it: aliases or
// domains, merged names and addresses.
func giveBack(tx *gorm.DB, typ string, fromID int64, m *history.Merge) error {
	into := m.IntoID
	stmts := []stmt{
		runIf(m.Slugs, "DELETE FROM former_slugs WHERE kind = ? AND slug = ? AND record_id = ?", typ, first(m.Slugs), into),
		runIf(m.Slugs, "UPDATE former_slugs SET record_id = ? WHERE kind = ? AND slug IN ? AND record_id = ?", fromID, typ, m.Slugs, into),
		runIf(m.Names, "DELETE FROM merged_names WHERE kind = ? AND name_key = ? AND record_id = ?", typ, models.MergedNameKey(first(m.Names)), into),
	}
	for _, name := range rest(m.Names) {
		stmts = append(stmts, run("UPDATE merged_names SET record_id = ? WHERE kind = ? AND name_key = ? AND record_id = ?", fromID, typ, models.MergedNameKey(name), into))
	}
	switch typ {
	case history.EntityPerson:
		stmts = append(stmts, runIf(m.Added, "DELETE FROM person_aliases WHERE person_id = ? AND alias IN ?", into, m.Added))
	case history.EntityOutlet:
		stmts = append(stmts, runIf(m.Added, "DELETE FROM outlet_domains WHERE outlet_id = ? AND domain IN ?", into, m.Added))
	}
	return exec(tx, "undo the merge", stmts...)
}

// moveBack moves back to the merged record, now restored, what moved to
// the record kept and is still there.
func moveBack(tx *gorm.DB, typ string, fromID int64, m *history.Merge) error {
	into := m.IntoID
	var people, topics, outlets []int64
	switch typ {
	case history.EntityPerson:
		if err := moveSpeaker(tx, m.Quotes, into, fromID); err != nil {
			return err
		}
		people = []int64{into, fromID}
	case history.EntityOutlet:
		err := exec(tx, "move the outlet's records back",
			runIf(m.Articles, "UPDATE quotes SET outlet_id = ? WHERE article_id IN ? AND article_id IN (SELECT id FROM articles WHERE outlet_id = ?)", fromID, m.Articles, into),
			runIf(m.Articles, "UPDATE articles SET outlet_id = ? WHERE id IN ? AND outlet_id = ?", fromID, m.Articles, into),
			runIf(m.Quotes, "UPDATE quotes SET via_outlet_id = ? WHERE id IN ? AND via_outlet_id = ?", fromID, m.Quotes, into))
		if err != nil {
			return err
		}
		outlets = []int64{into, fromID}
	case history.EntityTopic:
		err := exec(tx, "file the quotes under the topic again",
			runIf(m.Filed, "INSERT INTO quote_topics (quote_id, topic_id) SELECT id, CAST(? AS BIGINT) FROM quotes WHERE id IN ? ON CONFLICT DO NOTHING", fromID, m.Filed),
			runIf(m.Quotes, "DELETE FROM quote_topics WHERE topic_id = ? AND quote_id IN ?", into, m.Quotes))
		if err != nil {
			return err
		}
		topics = []int64{into, fromID}
	}
	return models.Recount(tx, people, nil, topics, outlets)
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

func rest(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s[1:]
}

// Replay applies revision rev of another database's history to store, as
// models' ReplayFrom does (it skips merges): a merge moves what it
// moved; the restore that undid one, once the record is back, moves it
// back. It does nothing for any other revision.
func Replay(ctx context.Context, store *models.Store, rev history.Revision) error {
	if rev.Action != history.ActionMerge && rev.Action != history.ActionRestore {
		return nil
	}
	snap, err := history.Decode(rev.EntityType, rev.Data)
	if err != nil {
		return err
	}
	m := history.MergeOf(snap)
	if m == nil {
		return nil
	}
	return store.WriteTx(ctx, func(tx *gorm.DB) error {
		if rev.Action == history.ActionMerge {
			return apply(tx, rev.EntityType, rev.EntityID, m)
		}
		if !m.Undone {
			return nil
		}
		if err := giveBack(tx, rev.EntityType, rev.EntityID, m); err != nil {
			return err
		}
		return moveBack(tx, rev.EntityType, rev.EntityID, m)
	})
}
