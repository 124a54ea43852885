package models

import (
	"context"
	"fmt"
	"slices"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/history"
)

// The store writes a revision (internal/history) in the same transaction
// as every change it makes to a record, and reads them back for the
// history pages with the editors' names. History keeps the revisions
// table's SQL; the store builds and applies the snapshots, which takes
// the domain tables' (snapshot.go).

// beforeChange prepares a change to an existing record: one with no
// history yet first gets a revision of its state as it stands.
func (s *Store) beforeChange(tx *gorm.DB, typ string, id int64) error {
	return history.EnsureBaseline(tx, typ, id, func() (history.State, error) { return s.loadSnapshot(tx, typ, id) })
}

// record writes the revision of a change just made to a record, with the
// record's state as it now stands.
func (s *Store) record(tx *gorm.DB, typ string, id int64, action string) error {
	st, err := s.loadSnapshot(tx, typ, id)
	if err != nil {
		return err
	}
	if t, ok := st.Snapshot.(*history.TopicSnapshot); ok && action == history.ActionRestore {
		// A topic back from the trash was put back on its quotes: the
		// revision records which, as the delete did.
		if err := topicQuotes(tx, t, id); err != nil {
			return err
		}
	}
	return history.Write(tx, typ, id, action, st)
}

// recordDelete writes the revision of a record about to be deleted, with
// its last state: the trash restores it from there.
func (s *Store) recordDelete(tx *gorm.DB, typ string, id int64) error {
	if err := s.beforeChange(tx, typ, id); err != nil {
		return err
	}
	st, err := s.loadSnapshot(tx, typ, id)
	if err != nil {
		return err
	}
	if t, ok := st.Snapshot.(*history.TopicSnapshot); ok {
		if err := topicQuotes(tx, t, id); err != nil {
			return err
		}
	}
	return history.Write(tx, typ, id, history.ActionDelete, st)
}

// topicQuotes adds to a topic's snapshot the quotes filed under it.
func topicQuotes(tx *gorm.DB, t *history.TopicSnapshot, id int64) error {
	if err := tx.Table("quote_topics").Where("topic_id = ?", id).Order("quote_id").Pluck("quote_id", &t.QuoteIDs).Error; err != nil {
		return fmt.Errorf("quotes of topic %d: %w", id, err)
	}
	return nil
}

// History lists a record's revisions, newest first, each with what it
// changed, and tells whether the record is still there (not in the
// trash). A record with none yet (imported, and not changed since) has an
// empty history; one that never existed is ErrNotFound.
func (s *Store) History(ctx context.Context, typ string, id int64) ([]history.RevisionView, bool, error) {
	if !slices.Contains(history.EntityTypes, typ) {
		return nil, false, fmt.Errorf("history of %q: %w", typ, ErrNotFound)
	}
	db := s.db.WithContext(ctx)
	views, err := history.OfRecord(db, typ, id)
	if err != nil {
		return nil, false, err
	}
	exists, err := s.entityExists(db, typ, id)
	if err != nil {
		return nil, false, err
	}
	if len(views) == 0 && !exists {
		return nil, false, fmt.Errorf("history of %s %d: %w", typ, id, ErrNotFound)
	}
	return views, exists, nameEditors(db, views)
}

// RevisionsSince lists the revisions of a record after version, oldest
// first: what a conflicting editor did since a form was opened.
func (s *Store) RevisionsSince(ctx context.Context, typ string, id int64, version int) ([]history.RevisionView, error) {
	db := s.db.WithContext(ctx)
	views, err := history.Since(db, typ, id, version)
	if err != nil {
		return nil, err
	}
	return views, nameEditors(db, views)
}

// RecentChanges lists up to n revisions across the site, newest first,
// each with what it changed, and the ID to pass as Before for the next
// page (0 when there is none).
func (s *Store) RecentChanges(ctx context.Context, f history.ChangeFilter, n int) ([]history.RevisionView, int64, error) {
	db := s.db.WithContext(ctx)
	views, next, err := history.Recent(db, f, n)
	if err != nil {
		return nil, 0, err
	}
	return views, next, nameEditors(db, views)
}

// Trash lists up to n deleted records (of type typ, "" for all), most
// recently deleted first, and the ID to pass as before for the next page.
func (s *Store) Trash(ctx context.Context, typ string, before int64, n int) ([]history.RevisionView, int64, error) {
	db := s.db.WithContext(ctx)
	views, next, err := history.Trash(db, typ, before, n)
	if err != nil {
		return nil, 0, err
	}
	return views, next, nameEditors(db, views)
}

// RestoreRevision puts a record back as revision id left it: an existing
// record is changed to that state, a deleted one comes back from the
// trash with its old ID. The restore is itself a change, with its own
// revision. It reports the record's type and ID.
func (s *Store) RestoreRevision(ctx context.Context, id int64) (history.Restored, error) {
	var r history.Revision
	var dropped []string
	err := s.tx(ctx, func(tx *gorm.DB) error {
		var err error
		if r, err = history.Get(tx, id); err != nil {
			return notFound(err, fmt.Sprintf("revision %d", id))
		}
		exists, err := s.entityExists(tx, r.EntityType, r.EntityID)
		if err != nil {
			return err
		}
		first, latest, err := history.Ends(tx, r.EntityType, r.EntityID)
		if err != nil {
			return err
		}
		version := latest.Version + 1
		if exists {
			st, err := s.loadSnapshot(tx, r.EntityType, r.EntityID)
			if err != nil {
				return err
			}
			version = max(version, st.Version+1)
		}
		at := applyTarget{id: r.EntityID, exists: exists, version: version, created: first.CreatedAt, dropped: &dropped}
		if err := s.applySnapshot(tx, r.EntityType, r.Data, at); err != nil {
			return err
		}
		if _, given := history.SummaryFrom(ctx); !given {
			tx = tx.WithContext(history.WithSummary(ctx, fmt.Sprintf("Restored version %d", r.Version)))
		}
		return s.record(tx, r.EntityType, r.EntityID, history.ActionRestore)
	})
	return history.Restored{EntityType: r.EntityType, EntityID: r.EntityID, Version: r.Version, Dropped: dropped}, err
}

// nameEditors fills in who made each revision.
func nameEditors(db *gorm.DB, views []history.RevisionView) error {
	var userIDs []int64
	for _, v := range views {
		if v.UserID != nil {
			userIDs = append(userIDs, *v.UserID)
		}
	}
	ids := uniqueIDs(userIDs)
	if len(ids) == 0 {
		return nil
	}
	var users []editor
	if err := db.Where("id IN ?", ids).Find(&users).Error; err != nil {
		return fmt.Errorf("editors of revisions: %w", err)
	}
	names := make(map[int64]string, len(users))
	for i := range users {
		names[users[i].ID] = users[i].DisplayName()
	}
	for i := range views {
		if id := views[i].UserID; id != nil {
			views[i].UserName = names[*id]
		}
	}
	return nil
}

func entityTable(typ string) string {
	switch typ {
	case history.EntityPerson:
		return "people"
	case history.EntityOutlet:
		return "outlets"
	case history.EntityArticle:
		return "articles"
	case history.EntityQuote:
		return "quotes"
	case history.EntityTopic:
		return "topics"
	}
	return ""
}

func (s *Store) entityExists(db *gorm.DB, typ string, id int64) (bool, error) {
	var n int64
	if err := db.Table(entityTable(typ)).Where("id = ?", id).Count(&n).Error; err != nil {
		return false, fmt.Errorf("look for %s %d: %w", typ, id, err)
	}
	return n > 0, nil
}
