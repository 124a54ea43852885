package models

import (
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/history"
)

// Merging two records (internal/merge) moves what points to one onto the
// other inside one write transaction (Store.WriteTx), and records it in
// the history with these, as the store's own changes are recorded.

// Snapshot reads the record typ id as history keeps it.
func (s *Store) Snapshot(tx *gorm.DB, typ string, id int64) (history.State, error) {
	return s.loadSnapshot(tx, typ, id)
}

// BeforeChange gives a record with no history yet a revision of how it
// stands, before a change to it.
func (s *Store) BeforeChange(tx *gorm.DB, typ string, id int64) error {
	return s.beforeChange(tx, typ, id)
}

// Record writes the revision of a change just made to the record typ id.
func (s *Store) Record(tx *gorm.DB, typ string, id int64, action string) error {
	return s.record(tx, typ, id, action)
}

// Recreate writes back the deleted record typ id, with its ID, as the
// snapshot data has it, at version; what stands in the way is a
// history.RestoreError.
func (s *Store) Recreate(tx *gorm.DB, typ, data string, id int64, version int, created time.Time) error {
	return s.applySnapshot(tx, typ, data, applyTarget{id: id, version: version, created: created})
}

// Recount sets the quote counts of the people, articles and topics named,
// and the article counts of the outlets.
func Recount(tx *gorm.DB, people, articles, topics, outlets []int64) error {
	for _, id := range uniqueIDs(outlets) {
		if err := recountOutlets(tx, &id); err != nil {
			return err
		}
	}
	if err := recount(tx, people, articles, topics); err != nil {
		return fmt.Errorf("recount: %w", err)
	}
	return nil
}

// mergedInto finds the record of kind whose merged_names hold name.
func mergedInto(tx *gorm.DB, kind, name string) *gorm.DB {
	return tx.Where("id = (SELECT m.record_id FROM merged_names m WHERE m.kind = ? AND m.name_key = ?)", kind, MergedNameKey(name))
}

// MergedNameKey is the key merged_names files a name under.
func MergedNameKey(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}
