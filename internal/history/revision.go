// Package history keeps every change to the records editors make: each
// change is a revision holding a snapshot of the record after it, who
// made it and why. It owns the revisions table, the snapshots' encoding
// and the diffs between them; the store builds a record's snapshot from
// its own tables, and hands history the database handle or write
// transaction to use, so that a revision lands together with its change
// or not at all.
package history

import (
	"context"
	"fmt"
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
	// ActionMerge: the record was merged into another, which took over
	// everything that pointed to it; undoing the merge restores it.
	ActionMerge = "merge"
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

// SummaryFrom is the summary WithSummary gave ctx, if any.
func SummaryFrom(ctx context.Context) (string, bool) {
	summary, ok := ctx.Value(summaryKey{}).(string)
	return summary, ok && summary != ""
}

func changeFrom(ctx context.Context) (*int64, string) {
	var user *int64
	if id, ok := ctx.Value(editorKey{}).(int64); ok && id > 0 {
		user = &id
	}
	summary, _ := ctx.Value(summaryKey{}).(string)
	return user, summary
}

// State is a record as it stands, as a revision takes it: its snapshot,
// its version and when it was made.
type State struct {
	Snapshot  Snapshot
	Version   int
	CreatedAt time.Time
}

// Write records, in tx, the change action just made to the record typ id,
// which now stands as st (a record about to be deleted: as it stood
// last). The revision is credited to the editor and summary of tx's
// context.
func Write(tx *gorm.DB, typ string, id int64, action string, st State) error {
	r := Revision{EntityType: typ, EntityID: id, Version: st.Version, Action: action}
	switch action {
	case ActionCreate:
		r.CreatedAt = st.CreatedAt // a record was made when its first revision says
	case ActionDelete, ActionMerge:
		r.Version++ // the delete is a change of its own
	}
	r.UserID, r.Summary = changeFrom(tx.Statement.Context)
	return insert(tx, r, st.Snapshot)
}

// EnsureBaseline prepares a change to an existing record: a record that
// has no history yet (imported, or older than history) first gets a
// revision of its state as it stands, read by load, so the change has
// something to differ from.
func EnsureBaseline(tx *gorm.DB, typ string, id int64, load func() (State, error)) error {
	var n int64
	if err := tx.Model(&Revision{}).Where("entity_type = ? AND entity_id = ?", typ, id).Limit(1).Count(&n).Error; err != nil {
		return fmt.Errorf("history of %s %d: %w", typ, id, err)
	}
	if n > 0 {
		return nil
	}
	st, err := load()
	if err != nil {
		return err
	}
	return insert(tx, Revision{
		EntityType: typ, EntityID: id, Version: st.Version, Action: ActionCreate,
		Summary: "State before its first recorded change", CreatedAt: st.CreatedAt,
	}, st.Snapshot)
}

func insert(tx *gorm.DB, r Revision, snap Snapshot) error {
	data, err := encode(snap)
	if err != nil {
		return err
	}
	r.Data = data
	if r.CreatedAt.IsZero() {
		r.CreatedAt = tx.Config.NowFunc()
	}
	if err := tx.Create(&r).Error; err != nil {
		return fmt.Errorf("record %s of %s %d: %w", r.Action, r.EntityType, r.EntityID, err)
	}
	return nil
}

// Get reads revision id.
func Get(db *gorm.DB, id int64) (Revision, error) {
	var r Revision
	if err := db.Take(&r, id).Error; err != nil {
		return r, fmt.Errorf("load revision %d: %w", id, err)
	}
	return r, nil
}

// Ends reads the first and the latest revision of the record typ id: when
// it was made, and the version its history has reached.
func Ends(db *gorm.DB, typ string, id int64) (first, latest Revision, err error) {
	q := func() *gorm.DB { return db.Where("entity_type = ? AND entity_id = ?", typ, id) }
	if err := q().Order("id DESC").Take(&latest).Error; err != nil {
		return first, latest, fmt.Errorf("history of %s %d: %w", typ, id, err)
	}
	if err := q().Order("id").Take(&first).Error; err != nil {
		return first, latest, fmt.Errorf("history of %s %d: %w", typ, id, err)
	}
	return first, latest, nil
}

// Restored is what a restore brought back: the record, the version of it
// that was restored (as the history page numbers them), and the links of
// that version that could not come back, in words ("the topic
// “privacy”, which is in the trash").
type Restored struct {
	EntityType string
	EntityID   int64
	Version    int
	Dropped    []string
	// Unmerged names the record a merge was undone from, when the
	// revision restored was a merge.
	Unmerged string
}
