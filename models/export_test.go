package models

import (
	"context"
	"fmt"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/history"
)

// ReplayFrom applies every revision of src, oldest first, to s, an empty
// database: history's promise is that doing so reproduces src's data.
// Creates, updates and restores write the revision's snapshot as a
// restore would; deletes go through the Store's own delete; then each
// of also sees the revision (merges are left to them: internal/merge).
func (s *Store) ReplayFrom(ctx context.Context, src *Store, also ...func(context.Context, *Store, history.Revision) error) error {
	var revs []history.Revision
	if err := src.db.WithContext(ctx).Order("id").Find(&revs).Error; err != nil {
		return err
	}
	for _, r := range revs {
		var err error
		if r.Action == history.ActionMerge {
			// left to also
		} else if r.Action == history.ActionDelete {
			switch r.EntityType {
			case history.EntityPerson:
				err = s.DeletePerson(ctx, r.EntityID)
			case history.EntityOutlet:
				err = s.DeleteOutlet(ctx, r.EntityID)
			case history.EntityArticle:
				err = s.DeleteArticle(ctx, r.EntityID)
			case history.EntityQuote:
				err = s.DeleteQuote(ctx, r.EntityID)
			case history.EntityTopic:
				err = s.DeleteTopic(ctx, r.EntityID)
			}
		} else {
			err = s.tx(ctx, func(tx *gorm.DB) error {
				exists, err := s.entityExists(tx, r.EntityType, r.EntityID)
				if err != nil {
					return err
				}
				var first history.Revision
				if err := src.db.Where("entity_type = ? AND entity_id = ?", r.EntityType, r.EntityID).Order("id").Take(&first).Error; err != nil {
					return err
				}
				return s.applySnapshot(tx, r.EntityType, r.Data, applyTarget{id: r.EntityID, exists: exists, version: r.Version, created: first.CreatedAt})
			})
		}
		for _, fn := range also {
			if err == nil {
				err = fn(ctx, s, r)
			}
		}
		if err != nil {
			return fmt.Errorf("replay revision %d (%s %s %d): %w", r.ID, r.Action, r.EntityType, r.EntityID, err)
		}
	}
	return nil
}

// TableRows reads every row of table in primary key order, leaving out
// when a row was last written, which a replay cannot reproduce.
func (s *Store) TableRows(ctx context.Context, table string) ([]map[string]any, error) {
	var rows []map[string]any
	if err := s.db.WithContext(ctx).Table(table).Order("1, 2").Find(&rows).Error; err != nil {
		return nil, err
	}
	for _, r := range rows {
		delete(r, "updated_at")
	}
	return rows, nil
}

// TableIDs lists the ids of a table's rows.
func (s *Store) TableIDs(ctx context.Context, table string) ([]int64, error) {
	var ids []int64
	err := s.db.WithContext(ctx).Table(table).Order("id").Pluck("id", &ids).Error
	return ids, err
}

// RevisionsWithSummary lists the revisions written under summary.
func (s *Store) RevisionsWithSummary(ctx context.Context, summary string) ([]history.Revision, error) {
	var revs []history.Revision
	err := s.db.WithContext(ctx).Where("summary = ?", summary).Order("id").Find(&revs).Error
	return revs, err
}

// CountRevisions tells how many revisions there are.
func (s *Store) CountRevisions(ctx context.Context) (int64, error) {
	var n int64
	err := s.db.WithContext(ctx).Model(&history.Revision{}).Count(&n).Error
	return n, err
}
