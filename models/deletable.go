package models

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/history"
)

// DeleteRefusal says why the record typ id (a history entity type) cannot
// be deleted, as its Delete method would say it, or "" when it can: the
// delete page shows the refusal instead of a Delete button.
func (s *Store) DeleteRefusal(ctx context.Context, typ string, id int64, name string) (string, error) {
	err := refuseDelete(s.db.WithContext(ctx), typ, id, name)
	if inUse, ok := err.(*InUseError); ok {
		return inUse.Message, nil
	}
	return "", err
}

// refuseDelete returns an InUseError when records still point to the
// record typ id called name: quotes to a speaker or an article, articles
// and quotes to an outlet. Deleting checks it inside its transaction.
func refuseDelete(tx *gorm.DB, typ string, id int64, name string) error {
	count := func(model any, where string) (int64, error) {
		var n int64
		if err := tx.Model(model).Where(where, id).Count(&n).Error; err != nil {
			return 0, fmt.Errorf("count what points to %s %d: %w", typ, id, err)
		}
		return n, nil
	}
	switch typ {
	case history.EntityPerson:
		n, err := count(&Quote{}, "person_id = ?")
		if err != nil || n == 0 {
			return err
		}
		return &InUseError{Message: fmt.Sprintf("%s cannot be deleted: %s still attributed to them. Reattribute or delete those first.", name, quoteCount(n))}
	case history.EntityArticle:
		n, err := count(&Quote{}, "article_id = ?")
		if err != nil || n == 0 {
			return err
		}
		return &InUseError{Message: fmt.Sprintf("“%s” cannot be deleted: %s still printed in it. Delete those first.", name, quoteCount(n))}
	case history.EntityOutlet:
		articles, err := count(&Article{}, "outlet_id = ?")
		if err != nil {
			return err
		}
		via, err := count(&Quote{}, "via_outlet_id = ?")
		if err != nil || articles+via == 0 {
			return err
		}
		var what []string
		if articles > 0 {
			what = append(what, plural(articles, "article"))
		}
		if via > 0 {
			what = append(what, plural(via, "quote received via it"))
		}
		verb := "point"
		if articles+via == 1 {
			verb = "points"
		}
		return &InUseError{Message: fmt.Sprintf("%s cannot be deleted: %s still %s to it. Move or delete those first.", name, strings.Join(what, " and "), verb)}
	}
	return nil
}
