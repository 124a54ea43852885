// Package accounts keeps the people who sign in to change the data: users
// and their roles, passwords, invites, sessions, failed logins, and the
// secrets every app instance shares. It holds the SQL of its own tables
// (users, sessions, login_failures, app_secrets); the migrations that
// create them stay in models' ordered list.
package accounts

import (
	"context"
	"runtime"
	"time"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/models"
)

// Store reads and writes accounts through a models.Store's narrow way in
// (models/conn.go): reads bound to a context, and write transactions that
// take the same write lock as every other writer.
type Store struct {
	store   *models.Store
	hashing *hashing
}

// New returns the accounts kept in store's database. Its password checks
// and hashes run at most one per core at once (see hashing).
func New(store *models.Store) *Store { return NewWithHashing(store, 0) }

// NewWithHashing is New with at most slots password checks and hashes at
// once (one per core when slots is 0).
func NewWithHashing(store *models.Store, slots int) *Store {
	if slots <= 0 {
		slots = runtime.NumCPU()
	}
	return &Store{store: store, hashing: newHashing(slots, hashWait)}
}

// db is a handle for reads (and single-statement writes) bound to ctx.
func (s *Store) db(ctx context.Context) *gorm.DB { return s.store.DB(ctx) }

// tx runs fn in one write transaction.
func (s *Store) tx(ctx context.Context, fn func(tx *gorm.DB) error) error {
	return s.store.WriteTx(ctx, fn)
}

// dbTime and notFound are the store's own, so that accounts keep times
// and answer missing records exactly as every other table does.
func dbTime(t time.Time) time.Time { return models.DBTime(t) }

func notFound(err error, what string) error { return models.NotFound(err, what) }
