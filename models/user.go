package models

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/quotetrail/quotetrail/internal/history"
)

// editor is the little of an account that revisions show: who made a
// change. The accounts themselves, and every write to the users table,
// belong to internal/accounts, which models cannot import (it imports
// models); naming a revision's editor is a read models must do itself.
type editor struct {
	ID    int64
	Email string
	Name  string
}

// TableName tells gorm the table.
func (editor) TableName() string { return "users" }

// DisplayName is the name shown for the editor: the name, or the email,
// as accounts.User.DisplayName.
func (e *editor) DisplayName() string {
	if e.Name != "" {
		return e.Name
	}
	return e.Email
}

// ChangeEditors lists, by name, the accounts that have made changes, for
// the recent-changes filter: an account that never changed anything (an
// admin, an invited user) is not named to the editors who read it.
func (s *Store) ChangeEditors(ctx context.Context) ([]history.Editor, error) {
	var eds []editor
	err := s.db.WithContext(ctx).Where(`EXISTS (SELECT 1 FROM revisions WHERE revisions.user_id = users.id)`).Find(&eds).Error
	if err != nil {
		return nil, fmt.Errorf("list editors: %w", err)
	}
	out := make([]history.Editor, len(eds))
	for i := range eds {
		out[i] = history.Editor{ID: eds[i].ID, Name: eds[i].DisplayName()}
	}
	slices.SortFunc(out, func(a, b history.Editor) int {
		return cmp.Or(strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}
