package models

import (
	"context"
	"fmt"
	"slices"
	"time"

	"gorm.io/gorm"
)

// The kinds of record history keeps.
const (
	EntityPerson  = "person"
	EntityOutlet  = "outlet"
	EntityArticle = "article"
	EntityQuote   = "quote"
	EntityTopic   = "topic"
)

// EntityTypes lists the kinds of record history keeps, for filters.
var EntityTypes = []string{EntityPerson, EntityOutlet, EntityArticle, EntityQuote, EntityTopic}

// What a revision did to its record.
const (
	ActionCreate  = "create"
	ActionUpdate  = "update"
	ActionDelete  = "delete"
	ActionRestore = "restore"
)

// Revision is one change to one record: the record's state after the
// change (before it, for a delete), who made it and why.
type Revision struct {
	ID         int64
	EntityType string
	EntityID   int64
	Version    int // the record's version after the change
	Action     string
	UserID     *int64
	Summary    string
	Data       string // the snapshot, as JSON
	CreatedAt  time.Time
}

// TableName tells gorm the table.
func (Revision) TableName() string { return "revisions" }

type editorKey struct{}
type summaryKey struct{}

// WithEditor marks ctx as acting for the signed-in user: the revisions
// written under it name them.
func WithEditor(ctx context.Context, userID int64) context.Context {
	return context.WithValue(ctx, editorKey{}, userID)
}

// WithSummary gives the changes written under ctx the editor's summary of
// why they were made.
func WithSummary(ctx context.Context, summary string) context.Context {
	return context.WithValue(ctx, summaryKey{}, summary)
}

func changeFrom(ctx context.Context) (*int64, string) {
	var user *int64
	if id, ok := ctx.Value(editorKey{}).(int64); ok && id > 0 {
		user = &id
	}
	summary, _ := ctx.Value(summaryKey{}).(string)
	return user, summary
}

// ConflictError refuses to save a form over a record that someone else
// changed after the form was opened.
type ConflictError struct {
	EntityType string
	EntityID   int64
	Yours      int // the version the form was opened at
	Current    int // the version saved now
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("%s %d was changed (now version %d) since version %d was opened", e.EntityType, e.EntityID, e.Current, e.Yours)
}

// RestoreError says why a revision cannot be put back as it stands; the
// message is written for the editor who asked.
type RestoreError struct {
	Message string
}

func (e *RestoreError) Error() string { return e.Message }

// checkVersion refuses a write based on version yours when the record is
// at current.
func checkVersion(typ string, id int64, yours, current int) error {
	if yours != current {
		return &ConflictError{EntityType: typ, EntityID: id, Yours: yours, Current: current}
	}
	return nil
}

// guardedUpdate runs an UPDATE of the record only if it is still at
// version: on PostgreSQL, two transactions that both read the same
// version cannot both write.
func guardedUpdate(res *gorm.DB, typ string, id int64, version int) error {
	if res.Error != nil {
		return fmt.Errorf("update %s %d: %w", typ, id, res.Error)
	}
	if res.RowsAffected == 0 {
		return &ConflictError{EntityType: typ, EntityID: id, Yours: version, Current: version + 1}
	}
	return nil
}

// beforeChange prepares a change to an existing record: a record that has
// no history yet (imported, or older than history) first gets a revision
// of its state as it stands, so the change has something to differ from.
func (s *Store) beforeChange(tx *gorm.DB, typ string, id int64) error {
	var n int64
	if err := tx.Model(&Revision{}).Where("entity_type = ? AND entity_id = ?", typ, id).Limit(1).Count(&n).Error; err != nil {
		return fmt.Errorf("history of %s %d: %w", typ, id, err)
	}
	if n > 0 {
		return nil
	}
	snap, meta, err := s.loadSnapshot(tx, typ, id)
	if err != nil {
		return err
	}
	return writeRevision(tx, Revision{
		EntityType: typ, EntityID: id, Version: meta.Version, Action: ActionCreate,
		Summary: "State before its first recorded change", CreatedAt: meta.CreatedAt,
	}, snap, false)
}

// record writes the revision of a change just made to a record, with the
// record's state as it now stands.
func (s *Store) record(tx *gorm.DB, typ string, id int64, action string) error {
	snap, meta, err := s.loadSnapshot(tx, typ, id)
	if err != nil {
		return err
	}
	if t, ok := snap.(*topicSnapshot); ok && action == ActionRestore {
		// A topic back from the trash was put back on its quotes: the
		// revision records which, as the delete did.
		if err := topicQuotes(tx, t, id); err != nil {
			return err
		}
	}
	r := Revision{EntityType: typ, EntityID: id, Version: meta.Version, Action: action}
	if action == ActionCreate {
		r.CreatedAt = meta.CreatedAt // a record was made when its first revision says
	}
	return writeRevision(tx, r, snap, true)
}

// recordDelete writes the revision of a record about to be deleted, with
// its last state: the trash restores it from there.
func (s *Store) recordDelete(tx *gorm.DB, typ string, id int64) error {
	if err := s.beforeChange(tx, typ, id); err != nil {
		return err
	}
	snap, meta, err := s.loadSnapshot(tx, typ, id)
	if err != nil {
		return err
	}
	if t, ok := snap.(*topicSnapshot); ok {
		if err := topicQuotes(tx, t, id); err != nil {
			return err
		}
	}
	return writeRevision(tx, Revision{EntityType: typ, EntityID: id, Version: meta.Version + 1, Action: ActionDelete}, snap, true)
}

// topicQuotes adds to a topic's snapshot the quotes filed under it.
func topicQuotes(tx *gorm.DB, t *topicSnapshot, id int64) error {
	if err := tx.Table("quote_topics").Where("topic_id = ?", id).Order("quote_id").Pluck("quote_id", &t.QuoteIDs).Error; err != nil {
		return fmt.Errorf("quotes of topic %d: %w", id, err)
	}
	return nil
}

func writeRevision(tx *gorm.DB, r Revision, snap snapshot, byEditor bool) error {
	data, err := encodeSnapshot(snap)
	if err != nil {
		return err
	}
	r.Data = data
	if byEditor {
		r.UserID, r.Summary = changeFrom(tx.Statement.Context)
	}
	if r.CreatedAt.IsZero() {
		r.CreatedAt = tx.Config.NowFunc()
	}
	if err := tx.Create(&r).Error; err != nil {
		return fmt.Errorf("record %s of %s %d: %w", r.Action, r.EntityType, r.EntityID, err)
	}
	return nil
}

// RevisionView is a revision as history pages show it: who made it, what
// the record is called, and what changed from the revision before.
type RevisionView struct {
	Revision
	UserName string
	Label    string
	Fields   []Field // the record's state in this revision
	Changes  []FieldChange
}

// History lists a record's revisions, newest first, each with what it
// changed, and tells whether the record is still there (not in the
// trash). A record with none yet (imported, and not changed since) has an
// empty history; one that never existed is ErrNotFound.
func (s *Store) History(ctx context.Context, typ string, id int64) ([]RevisionView, bool, error) {
	if !slices.Contains(EntityTypes, typ) {
		return nil, false, fmt.Errorf("history of %q: %w", typ, ErrNotFound)
	}
	var revs []Revision
	db := s.db.WithContext(ctx)
	if err := db.Where("entity_type = ? AND entity_id = ?", typ, id).Order("id DESC").Find(&revs).Error; err != nil {
		return nil, false, fmt.Errorf("history of %s %d: %w", typ, id, err)
	}
	exists, err := s.entityExists(db, typ, id)
	if err != nil {
		return nil, false, err
	}
	if len(revs) == 0 && !exists {
		return nil, false, fmt.Errorf("history of %s %d: %w", typ, id, ErrNotFound)
	}
	views, err := s.revisionViews(db, revs)
	if err != nil {
		return nil, false, err
	}
	for i := range views {
		var prev *Revision
		if i+1 < len(revs) {
			prev = &revs[i+1]
		}
		if views[i].Changes, err = changesBetween(prev, &revs[i]); err != nil {
			return nil, false, err
		}
	}
	return views, exists, nil
}

// RevisionsSince lists the revisions of a record after version, oldest
// first: what a conflicting editor did since a form was opened.
func (s *Store) RevisionsSince(ctx context.Context, typ string, id int64, version int) ([]RevisionView, error) {
	var revs []Revision
	db := s.db.WithContext(ctx)
	if err := db.Where("entity_type = ? AND entity_id = ? AND version > ?", typ, id, version).Order("id").Find(&revs).Error; err != nil {
		return nil, fmt.Errorf("changes to %s %d: %w", typ, id, err)
	}
	return s.viewsWithChanges(db, revs)
}

// viewsWithChanges decodes revisions, each with what it changed from the
// revision of its record before it.
func (s *Store) viewsWithChanges(db *gorm.DB, revs []Revision) ([]RevisionView, error) {
	views, err := s.revisionViews(db, revs)
	if err != nil {
		return nil, err
	}
	prev, err := previousRevisions(db, revs)
	if err != nil {
		return nil, err
	}
	for i := range views {
		if views[i].Changes, err = changesBetween(prev[revs[i].ID], &revs[i]); err != nil {
			return nil, err
		}
	}
	return views, nil
}

// nextPage cuts revs (read with one more than n) to n and tells where the
// next page starts: 0 when there is none.
func nextPage(revs []Revision, n int) ([]Revision, int64) {
	if len(revs) <= n {
		return revs, 0
	}
	return revs[:n], revs[n-1].ID
}

// ChangeFilter narrows the recent changes. Zero fields do not filter.
type ChangeFilter struct {
	UserID     int64
	EntityType string
	Before     int64 // only revisions older than this one: the next page
}

// RecentChanges lists up to n revisions across the site, newest first,
// each with what it changed, and the ID to pass as Before for the next
// page (0 when there is none).
func (s *Store) RecentChanges(ctx context.Context, f ChangeFilter, n int) ([]RevisionView, int64, error) {
	db := s.db.WithContext(ctx)
	q := db.Model(&Revision{})
	if f.UserID > 0 {
		q = q.Where("user_id = ?", f.UserID)
	}
	if f.EntityType != "" {
		q = q.Where("entity_type = ?", f.EntityType)
	}
	if f.Before > 0 {
		q = q.Where("id < ?", f.Before)
	}
	var revs []Revision
	if err := q.Order("id DESC").Limit(n + 1).Find(&revs).Error; err != nil {
		return nil, 0, fmt.Errorf("recent changes: %w", err)
	}
	revs, next := nextPage(revs, n)
	views, err := s.viewsWithChanges(db, revs)
	return views, next, err
}

// Trash lists up to n deleted records (of type typ, "" for all), most
// recently deleted first, and the ID to pass as before for the next page.
func (s *Store) Trash(ctx context.Context, typ string, before int64, n int) ([]RevisionView, int64, error) {
	db := s.db.WithContext(ctx)
	q := db.Table("revisions r").Select("r.*").Where("r.action = ?", ActionDelete).
		Where("NOT EXISTS (SELECT 1 FROM revisions l WHERE l.entity_type = r.entity_type AND l.entity_id = r.entity_id AND l.id > r.id)")
	if typ != "" {
		q = q.Where("r.entity_type = ?", typ)
	}
	if before > 0 {
		q = q.Where("r.id < ?", before)
	}
	var revs []Revision
	if err := q.Order("r.id DESC").Limit(n + 1).Scan(&revs).Error; err != nil {
		return nil, 0, fmt.Errorf("trash: %w", err)
	}
	revs, next := nextPage(revs, n)
	views, err := s.revisionViews(db, revs)
	return views, next, err
}

// RestoreRevision puts a record back as revision id left it: an existing
// record is changed to that state, a deleted one comes back from the
// trash with its old ID. The restore is itself a change, with its own
// revision. It reports the record's type and ID.
func (s *Store) RestoreRevision(ctx context.Context, id int64) (string, int64, error) {
	var r Revision
	err := s.tx(ctx, func(tx *gorm.DB) error {
		if err := tx.Take(&r, id).Error; err != nil {
			return notFound(err, fmt.Sprintf("revision %d", id))
		}
		exists, err := s.entityExists(tx, r.EntityType, r.EntityID)
		if err != nil {
			return err
		}
		var latest Revision
		if err := tx.Where("entity_type = ? AND entity_id = ?", r.EntityType, r.EntityID).Order("id DESC").Take(&latest).Error; err != nil {
			return fmt.Errorf("history of %s %d: %w", r.EntityType, r.EntityID, err)
		}
		var first Revision
		if err := tx.Where("entity_type = ? AND entity_id = ?", r.EntityType, r.EntityID).Order("id").Take(&first).Error; err != nil {
			return fmt.Errorf("history of %s %d: %w", r.EntityType, r.EntityID, err)
		}
		version := latest.Version + 1
		if exists {
			_, meta, err := s.loadSnapshot(tx, r.EntityType, r.EntityID)
			if err != nil {
				return err
			}
			version = max(version, meta.Version+1)
		}
		at := applyTarget{id: r.EntityID, exists: exists, version: version, created: first.CreatedAt}
		if err := s.applySnapshot(tx, r.EntityType, r.Data, at); err != nil {
			return err
		}
		return s.record(tx, r.EntityType, r.EntityID, ActionRestore)
	})
	return r.EntityType, r.EntityID, err
}

// previousRevisions finds in one query the revision before each of revs
// of the same record, keyed by the ID of the one it comes before; a
// record's first revision has none.
func previousRevisions(db *gorm.DB, revs []Revision) (map[int64]*Revision, error) {
	prev := map[int64]*Revision{}
	if len(revs) == 0 {
		return prev, nil
	}
	ids := make([]int64, len(revs))
	for i, r := range revs {
		ids[i] = r.ID
	}
	var rows []struct {
		Revision
		Of int64
	}
	err := db.Raw(`SELECT p.*, m.of FROM revisions p JOIN (
			SELECT r.id AS of, (SELECT max(x.id) FROM revisions x WHERE x.entity_type = r.entity_type AND x.entity_id = r.entity_id AND x.id < r.id) AS id
			FROM revisions r WHERE r.id IN ?) m ON p.id = m.id`, ids).Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("revisions before %d–%d: %w", ids[len(ids)-1], ids[0], err)
	}
	for i := range rows {
		prev[rows[i].Of] = &rows[i].Revision
	}
	return prev, nil
}

// revisionViews decodes revisions and names their editors.
func (s *Store) revisionViews(db *gorm.DB, revs []Revision) ([]RevisionView, error) {
	var userIDs []int64
	for _, r := range revs {
		if r.UserID != nil {
			userIDs = append(userIDs, *r.UserID)
		}
	}
	names := map[int64]string{}
	if ids := uniqueIDs(userIDs); len(ids) > 0 {
		var users []editor
		if err := db.Where("id IN ?", ids).Find(&users).Error; err != nil {
			return nil, fmt.Errorf("editors of revisions: %w", err)
		}
		for i := range users {
			names[users[i].ID] = users[i].DisplayName()
		}
	}
	out := make([]RevisionView, len(revs))
	for i, r := range revs {
		snap, err := decodeSnapshot(r.EntityType, r.Data)
		if err != nil {
			return nil, fmt.Errorf("revision %d: %w", r.ID, err)
		}
		out[i] = RevisionView{Revision: r, Label: snap.label(), Fields: snap.fields()}
		if r.UserID != nil {
			out[i].UserName = names[*r.UserID]
		}
	}
	return out, nil
}

// changesBetween tells what changed from revision prev (nil for none) to
// r: every field, for a record's first revision.
func changesBetween(prev, r *Revision) ([]FieldChange, error) {
	after, err := decodeSnapshot(r.EntityType, r.Data)
	if err != nil {
		return nil, fmt.Errorf("revision %d: %w", r.ID, err)
	}
	if prev == nil {
		return diffFields(nil, after.fields()), nil
	}
	before, err := decodeSnapshot(prev.EntityType, prev.Data)
	if err != nil {
		return nil, fmt.Errorf("revision %d: %w", prev.ID, err)
	}
	if r.Action == ActionDelete {
		return nil, nil
	}
	return diffFields(before.fields(), after.fields()), nil
}

func entityTable(typ string) string {
	switch typ {
	case EntityPerson:
		return "people"
	case EntityOutlet:
		return "outlets"
	case EntityArticle:
		return "articles"
	case EntityQuote:
		return "quotes"
	case EntityTopic:
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
