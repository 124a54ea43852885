// Package models holds quotetrail's domain types and their storage; the
// database schema it migrates to is internal/schema's. Handlers call the
// Store; nothing above this package writes SQL.
package models

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/quotetrail/quotetrail/internal/fingerprint"
	"github.com/quotetrail/quotetrail/internal/schema"
)

// Engine names the database engine behind a Store.
type Engine string

// The engines quotetrail runs on.
const (
	SQLite   Engine = "sqlite"
	Postgres Engine = "postgres"
)

// Store is the storage layer: every read and write the app makes goes
// through its methods.
type Store struct {
	db      *gorm.DB
	dialect *dialect
	// writes admits this process's write transactions one at a time
	// (see HoldWrites); nil in a Store bound to a transaction, which
	// already holds it.
	writes chan struct{}
	// version reads the data version (DataVersion), prepared once: every
	// page served from the page cache asks for it. Nil in a Store bound
	// to a transaction.
	version *sql.Stmt
}

// EngineFor tells which engine a --db value selects: a postgres:// or
// postgresql:// DSN selects PostgreSQL, anything else is a SQLite file.
func EngineFor(dsn string) Engine {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return Postgres
	}
	return SQLite
}

// An Option changes how Open opens a database.
type Option func(*openConfig)

type openConfig struct {
	migrations *slog.Logger
}

// LogMigrations has Open tell logger of each schema migration it applies,
// as it starts and when it is done: a migration may rebuild an index,
// which takes a while in a large database.
func LogMigrations(logger *slog.Logger) Option {
	return func(c *openConfig) { c.migrations = logger }
}

// Open connects to the database named by dsn and brings its schema up to
// date.
func Open(dsn string, opts ...Option) (*Store, error) {
	var oc openConfig
	for _, o := range opts {
		o(&oc)
	}
	d := dialectFor(EngineFor(dsn))
	cfg := &gorm.Config{
		Logger:                 logger.Discard,
		SkipDefaultTransaction: true,
		NowFunc:                func() time.Time { return time.Now().UTC().Truncate(time.Microsecond) },
	}
	conn, err := d.open(dsn)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	db, err := gorm.Open(conn, cfg)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	if err := registerChecks(db); err != nil {
		sqlDB.Close()
		return nil, fmt.Errorf("open database: %w", err)
	}
	sqlDB.SetMaxOpenConns(d.conns)
	sqlDB.SetMaxIdleConns(d.conns)
	sqlDB.SetConnMaxIdleTime(5 * time.Minute)
	s := &Store{db: db, dialect: d, writes: make(chan struct{}, 1)}
	if err := d.checkDatabase(context.Background(), db); err != nil {
		sqlDB.Close()
		return nil, err
	}
	if err := schema.Migrate(context.Background(), db, d.schema, s.lockWrites, oc.migrations); err != nil {
		sqlDB.Close()
		return nil, err
	}
	// A duplicate here is another instance filling the same quote.
	if err := fingerprint.Fill(context.Background(), db); err != nil && !errors.Is(err, ErrDuplicate) {
		sqlDB.Close()
		return nil, fmt.Errorf("open database: %w", err)
	}
	if s.version, err = sqlDB.Prepare(dataVersionSQL); err != nil {
		sqlDB.Close()
		return nil, fmt.Errorf("open database: %w", err)
	}
	return s, nil
}

// SQLiteFiles lists the files a SQLite database named by dsn keeps: the
// database and its write-ahead log and shared-memory index. It is empty
// for PostgreSQL and for an in-memory database.
func SQLiteFiles(dsn string) []string {
	if EngineFor(dsn) != SQLite {
		return nil
	}
	path, _ := splitSQLiteDSN(dsn)
	if path == "" || path == ":memory:" {
		return nil
	}
	return []string{path, path + "-wal", path + "-shm"}
}

// Engine reports the engine behind the store.
func (s *Store) Engine() Engine { return s.dialect.engine }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	return sqlDB.PingContext(ctx)
}

// dbTime is t as the database keeps it: in UTC, to the microsecond, the
// finest both engines store, so that a dump reads the same from either.
func dbTime(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// IntegrityCheck runs SQLite's integrity check over the whole file and
// returns its verdict: "ok" when the database is sound.
func (s *Store) IntegrityCheck(ctx context.Context) (string, error) {
	if s.dialect.integrityCheck == "" {
		return "", fmt.Errorf("integrity check: only for SQLite databases")
	}
	var rows []string
	if err := s.db.WithContext(ctx).Raw(s.dialect.integrityCheck).Scan(&rows).Error; err != nil {
		return "", fmt.Errorf("integrity check: %w", err)
	}
	return strings.Join(rows, "; "), nil
}

// Close releases the database connections.
func (s *Store) Close() error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	if s.version != nil {
		s.version.Close()
	}
	return sqlDB.Close()
}

// tx runs fn in one write transaction: everything it does lands, or
// nothing does.
func (s *Store) tx(ctx context.Context, fn func(tx *gorm.DB) error) error {
	release, err := s.HoldWrites(ctx)
	if err != nil {
		return err
	}
	defer release()
	return storeError(s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := s.lockWrites(tx); err != nil {
			return err
		}
		return fn(tx)
	}))
}

// lockWrites makes a write transaction on PostgreSQL wait for the others
// to finish, as SQLite's IMMEDIATE transactions do: the checks a write
// makes first (is this name taken? does this topic exist?) then still
// hold when it writes, whichever instance it runs in, and two writers
// never wait on each other's rows. On SQLite the transaction already
// holds the write lock.
func (s *Store) lockWrites(tx *gorm.DB) error {
	if s.dialect.writeLock == "" {
		return nil
	}
	if err := tx.Exec(s.dialect.writeLock, writeLock).Error; err != nil {
		return fmt.Errorf("wait for the write lock: %w", err)
	}
	return nil
}

// Atomic runs fn with a Store whose every write joins one transaction, so
// a job of several steps lands whole or not at all.
func (s *Store) Atomic(ctx context.Context, fn func(*Store) error) error {
	release, err := s.HoldWrites(ctx)
	if err != nil {
		return err
	}
	defer release()
	return storeError(s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := s.lockWrites(tx); err != nil {
			return err
		}
		return fn(&Store{db: tx, dialect: s.dialect})
	}))
}

const dataVersionSQL = "SELECT version FROM data_version WHERE id = 1"

// DataVersion is a number that changes, in the same transaction, with
// every change to people, outlets, articles, quotes and topics: a page
// rendered at one version is current while the version stays.
func (s *Store) DataVersion(ctx context.Context) (int64, error) {
	var v int64
	var err error
	if s.version != nil {
		err = s.version.QueryRowContext(ctx).Scan(&v)
	} else {
		err = s.db.WithContext(ctx).Raw(dataVersionSQL).Scan(&v).Error
	}
	if err != nil {
		return 0, fmt.Errorf("data version: %w", err)
	}
	return v, nil
}
