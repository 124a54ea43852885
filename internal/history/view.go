package history

import (
	"fmt"

	"gorm.io/gorm"
)

// RevisionView is a revision as history pages show it: who made it, what
// the record is called, and what changed from the revision before.
type RevisionView struct {
	Revision
	UserName string // filled in by the store, which knows the editors
	Label    string
	Fields   []Field // the record's state in this revision
	Changes  []FieldChange
	// Merged is what a merge moved (ActionMerge), or what undoing one
	// moved back (an ActionRestore that undid it); nil otherwise.
	Merged *Merge
}

// Editor is an account that has made changes, as revisions name it.
type Editor struct {
	ID   int64
	Name string
}

// OfRecord lists the revisions of the record typ id, newest first, each
// with what it changed.
func OfRecord(db *gorm.DB, typ string, id int64) ([]RevisionView, error) {
	var revs []Revision
	if err := db.Where("entity_type = ? AND entity_id = ?", typ, id).Order("id DESC").Find(&revs).Error; err != nil {
		return nil, fmt.Errorf("history of %s %d: %w", typ, id, err)
	}
	views, err := views(revs)
	if err != nil {
		return nil, err
	}
	for i := range views {
		var prev *Revision
		if i+1 < len(revs) {
			prev = &revs[i+1]
		}
		if views[i].Changes, err = changesBetween(prev, &revs[i]); err != nil {
			return nil, err
		}
	}
	return views, nil
}

// Since lists the revisions of the record typ id after version, oldest
// first: what a conflicting editor did since a form was opened.
func Since(db *gorm.DB, typ string, id int64, version int) ([]RevisionView, error) {
	var revs []Revision
	if err := db.Where("entity_type = ? AND entity_id = ? AND version > ?", typ, id, version).Order("id").Find(&revs).Error; err != nil {
		return nil, fmt.Errorf("changes to %s %d: %w", typ, id, err)
	}
	return viewsWithChanges(db, revs)
}

// ChangeFilter narrows the recent changes. Zero fields do not filter.
type ChangeFilter struct {
	UserID     int64
	EntityType string
	Before     int64 // only revisions older than this one: the next page
}

// Recent lists up to n revisions across the site, newest first, each
// with what it changed, and the ID to pass as Before for the next page
// (0 when there is none).
func Recent(db *gorm.DB, f ChangeFilter, n int) ([]RevisionView, int64, error) {
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
	views, err := viewsWithChanges(db, revs)
	return views, next, err
}

// Trash lists up to n deleted records (of type typ, "" for all): the
// revisions of their deletes, most recent first, and the ID to pass as
// before for the next page.
func Trash(db *gorm.DB, typ string, before int64, n int) ([]RevisionView, int64, error) {
	q := db.Table("revisions r").Select("r.*").Where("r.action IN ?", []string{ActionDelete, ActionMerge}).
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
	views, err := views(revs)
	return views, next, err
}

// nextPage cuts revs (read with one more than n) to n and tells where the
// next page starts: 0 when there is none.
func nextPage(revs []Revision, n int) ([]Revision, int64) {
	if len(revs) <= n {
		return revs, 0
	}
	return revs[:n], revs[n-1].ID
}

// viewsWithChanges decodes revisions, each with what it changed from the
// revision of its record before it.
func viewsWithChanges(db *gorm.DB, revs []Revision) ([]RevisionView, error) {
	views, err := views(revs)
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

// views decodes revisions for showing.
func views(revs []Revision) ([]RevisionView, error) {
	out := make([]RevisionView, len(revs))
	for i, r := range revs {
		snap, err := Decode(r.EntityType, r.Data)
		if err != nil {
			return nil, fmt.Errorf("revision %d: %w", r.ID, err)
		}
		out[i] = RevisionView{Revision: r, Label: snap.label(), Fields: snap.fields(), Merged: MergeOf(snap)}
	}
	return out, nil
}

// changesBetween tells what changed from revision prev (nil for none) to
// r: every field, for a record's first revision.
func changesBetween(prev, r *Revision) ([]FieldChange, error) {
	after, err := Decode(r.EntityType, r.Data)
	if err != nil {
		return nil, fmt.Errorf("revision %d: %w", r.ID, err)
	}
	if prev == nil {
		return diffFields(nil, after.fields()), nil
	}
	before, err := Decode(prev.EntityType, prev.Data)
	if err != nil {
		return nil, fmt.Errorf("revision %d: %w", prev.ID, err)
	}
	if r.Action == ActionDelete || r.Action == ActionMerge {
		return nil, nil
	}
	return diffFields(before.fields(), after.fields()), nil
}
