package models

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
