// Package accounts keeps the people who sign in to change the data: users
// and their roles, passwords, invites, sessions, failed logins, and the
// secrets every app instance shares. It holds the SQL of its own tables
// (users, sessions, login_failures, app_secrets); the migrations that
// create them stay in models' ordered list.
package accounts

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/models"
)

// Store reads and writes accounts through a models.Store's narrow way in
// (models/conn.go): reads bound to a context, and write transactions that
// take the same write lock as every other writer.
type Store struct {
	store *models.Store
}

// New returns the accounts kept in store's database.
func New(store *models.Store) *Store { return &Store{store: store} }

// db is a handle for reads (and single-statement writes) bound to ctx.
func (s *Store) db(ctx context.Context) *gorm.DB { return s.store.DB(ctx) }

// tx runs fn in one write transaction.
func (s *Store) tx(ctx context.Context, fn func(tx *gorm.DB) error) error {
	return s.store.WriteTx(ctx, fn)
}

// dbTime is t as both engines keep it: in UTC, to the microsecond, so that
// a time read back equals the one written.
func dbTime(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// pgInvalidText is PostgreSQL's error code for text its encoding cannot
// hold (character_not_in_repertoire).
const pgInvalidText = "22021"

// notFound turns gorm's record-not-found into models.ErrNotFound with
// context, as models does, so that the error page says 404. So does
// PostgreSQL's refusal of a key it could never hold (a NUL byte, bytes
// that are not UTF-8): SQLite looks such a key up and finds nothing, and
// the two engines answer alike.
func notFound(err error, what string) error {
	var pgErr *pgconn.PgError
	if errors.Is(err, gorm.ErrRecordNotFound) || errors.As(err, &pgErr) && pgErr.Code == pgInvalidText {
		return fmt.Errorf("%s: %w", what, models.ErrNotFound)
	}
	return fmt.Errorf("%s: %w", what, err)
}
