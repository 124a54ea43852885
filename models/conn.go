package models

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// The packages under internal/ that keep tables of their own (accounts,
// history) or move rows in bulk (import, dump, restore, backup) reach the
// database through these few methods. Each of them holds its own SQL;
// models holds the domain's, and none needs to know another's.

// DB returns a handle for reads bound to ctx.
func (s *Store) DB(ctx context.Context) *gorm.DB { return s.db.WithContext(ctx) }

// WriteTx runs fn in one write transaction that holds the write lock
// every writer takes (see lockWrites): everything fn does lands, or
// nothing does.
func (s *Store) WriteTx(ctx context.Context, fn func(tx *gorm.DB) error) error {
	return s.tx(ctx, fn)
}

// HoldWrites waits until no other write transaction of this process runs,
// or ctx ends, and returns the function that lets the next one in. Every
// write transaction the store begins holds it; a bulk path holds it
// before it begins its own.
//
// The database makes writers wait for each other anyway, but a writer
// waiting there holds one of the pool's few connections, which readers
// then lack, and SQLite's waiters poll with sleeps that grow to 100ms,
// so under load a lock can sit free while they sleep. Here they queue in
// the process, without a connection, and the next starts as soon as the
// last is done.
func (s *Store) HoldWrites(ctx context.Context) (release func(), err error) {
	if s.writes == nil {
		return func() {}, nil
	}
	select {
	case s.writes <- struct{}{}:
		return func() { <-s.writes }, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("wait for the write lock: %w", context.Cause(ctx))
	}
}

// LockWrites takes, inside tx, the write lock every writer takes, for a
// transaction begun outside the store (a bulk path's own connection).
func (s *Store) LockWrites(ctx context.Context, tx *sql.Tx) error {
	if s.dialect.writeLock == "" {
		return nil
	}
	if _, err := tx.ExecContext(ctx, s.dialect.writeLock, writeLock); err != nil {
		return fmt.Errorf("wait for the write lock: %w", err)
	}
	return nil
}

// SQLDB returns the connection pool, for bulk paths that need one
// connection of their own (pragmas, snapshots, prepared statements).
func (s *Store) SQLDB() (*sql.DB, error) { return s.db.DB() }

// NotFound turns a lookup's error into one that wraps ErrNotFound when the
// record is not there (or its key is one the engine could never hold), as
// the store's own lookups do, for packages with tables of their own.
func NotFound(err error, what string) error { return notFound(err, what) }

// DBTime is t as the database keeps it (see dbTime).
func DBTime(t time.Time) time.Time { return dbTime(t) }
