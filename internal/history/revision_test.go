package history_test

import (
	"context"
	"testing"
	"time"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/models"
)

// topicState is a topic called name at version, as a revision takes it.
func topicState(name string, version int, created time.Time) history.State {
	return history.State{Snapshot: &history.TopicSnapshot{Name: name, Slug: models.Slugify(name)}, Version: version, CreatedAt: created}
}

// A record's first change gets a baseline revision of how it stood, once
// and credited to no one; every change is credited to the editor of its
// context; a delete is a version of its own; and the history reads back
// newest first, each revision with what it changed.
func TestWriteAndReadBack(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	editor := apptest.MustCreateUser(t, store, "history@example.org", accounts.RoleEditor, "")
	ctx := history.WithSummary(history.WithEditor(context.Background(), editor.ID), "Renamed")
	imported := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	const id = 41

	loads := 0
	load := func() (history.State, error) {
		loads++
		return topicState("Privacy", 3, imported), nil
	}
	err := store.WriteTx(ctx, func(tx *gorm.DB) error {
		for range 2 {
			if err := history.EnsureBaseline(tx, history.EntityTopic, id, load); err != nil {
				return err
			}
		}
		if err := history.Write(tx, history.EntityTopic, id, history.ActionUpdate, topicState("Data privacy", 4, imported)); err != nil {
			return err
		}
		return history.Write(tx, history.EntityTopic, id, history.ActionDelete, topicState("Data privacy", 4, imported))
	})
	if err != nil {
		t.Fatal(err)
	}
	if loads != 1 {
		t.Errorf("the baseline was read %d times, want once", loads)
	}

	db := store.DB(context.Background())
	revs, err := history.OfRecord(db, history.EntityTopic, id)
	if err != nil || len(revs) != 3 {
		t.Fatalf("history: %d revisions (%v), want 3", len(revs), err)
	}
	del, upd, base := revs[0], revs[1], revs[2]
	if base.Action != history.ActionCreate || base.Version != 3 || base.UserID != nil || !base.CreatedAt.Equal(imported) ||
		base.Summary != "State before its first recorded change" {
		t.Errorf("baseline: got %+v, want version 3 as imported, no editor", base.Revision)
	}
	if upd.Action != history.ActionUpdate || upd.Version != 4 || upd.UserID == nil || *upd.UserID != editor.ID || upd.Summary != "Renamed" {
		t.Errorf("update: got %+v, want version 4 by editor %d, summary Renamed", upd.Revision, editor.ID)
	}
	if len(upd.Changes) != 1 || upd.Changes[0].Old != "Privacy" || upd.Changes[0].New != "Data privacy" || upd.Label != "Data privacy" {
		t.Errorf("update shows %q with changes %+v, want the rename", upd.Label, upd.Changes)
	}
	if del.Action != history.ActionDelete || del.Version != 5 || del.Changes != nil {
		t.Errorf("delete: got version %d, changes %+v; want version 5, nothing changed", del.Version, del.Changes)
	}

	since, err := history.Since(db, history.EntityTopic, id, 3)
	if err != nil || len(since) != 2 || since[0].ID != upd.ID || len(since[0].Changes) != 1 {
		t.Errorf("since version 3: %+v (%v), want the update with its change, then the delete", since, err)
	}
	trash, next, err := history.Trash(db, history.EntityTopic, 0, 10)
	if err != nil || len(trash) != 1 || trash[0].ID != del.ID || next != 0 {
		t.Errorf("trash: %+v, next %d (%v); want the delete alone", trash, next, err)
	}
	recent, next, err := history.Recent(db, history.ChangeFilter{UserID: editor.ID}, 1)
	if err != nil || len(recent) != 1 || recent[0].ID != del.ID || next != del.ID {
		t.Errorf("recent by the editor: %+v, next %d (%v); want the delete, then a next page", recent, next, err)
	}
	first, latest, err := history.Ends(db, history.EntityTopic, id)
	if err != nil || first.ID != base.ID || latest.ID != del.ID {
		t.Errorf("ends: %d and %d (%v), want %d and %d", first.ID, latest.ID, err, base.ID, del.ID)
	}
}
