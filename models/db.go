// Package models holds quotetrail's domain types, their storage and the
// database migrations. Handlers call the Store; nothing above this package
// writes SQL.
package models

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/mattn/go-sqlite3"
	"gorm.io/driver/postgres"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
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
	db     *gorm.DB
	engine Engine
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
	engine := EngineFor(dsn)
	cfg := &gorm.Config{
		Logger:                 logger.Discard,
		SkipDefaultTransaction: true,
		NowFunc:                func() time.Time { return time.Now().UTC().Truncate(time.Microsecond) },
	}
	var (
		db  *gorm.DB
		err error
	)
	switch engine {
	case Postgres:
		var pgCfg *pgx.ConnConfig
		if pgCfg, err = pgx.ParseConfig(dsn); err != nil {
			return nil, fmt.Errorf("open database: %w", err)
		}
		// Statements are prepared once a connection and then run with
		// new arguments; after five runs PostgreSQL may switch to a plan
		// made without looking at them, and a search for one common word
		// and for a rare one need different plans (a generic plan made
		// the selective searches ten times slower).
		if _, set := pgCfg.RuntimeParams["plan_cache_mode"]; !set {
			pgCfg.RuntimeParams["plan_cache_mode"] = "force_custom_plan"
		}
		db, err = gorm.Open(postgres.New(postgres.Config{Conn: stdlib.OpenDB(*pgCfg)}), cfg)
	default:
		db, err = gorm.Open(sqlite.New(sqlite.Config{DriverName: sqliteDriver, DSN: sqliteDSN(dsn)}), cfg)
	}
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	if engine == SQLite {
		// WAL lets readers run beside the single writer; every connection
		// carries the pragmas in its DSN, so the pool size only bounds
		// concurrent readers.
		sqlDB.SetMaxOpenConns(8)
		sqlDB.SetMaxIdleConns(8)
	} else {
		sqlDB.SetMaxOpenConns(16)
		sqlDB.SetMaxIdleConns(16)
	}
	sqlDB.SetConnMaxIdleTime(5 * time.Minute)
	s := &Store{db: db, engine: engine}
	if err := s.checkEncoding(context.Background()); err != nil {
		sqlDB.Close()
		return nil, err
	}
	if err := s.migrate(context.Background(), oc.migrations); err != nil {
		sqlDB.Close()
		return nil, err
	}
	return s, nil
}

// sqliteDriver is mattn's SQLite driver with the settings a DSN cannot
// carry applied to every new connection.
const sqliteDriver = "sqlite3_quotetrail"

func init() {
	sql.Register(sqliteDriver, &sqlite3.SQLiteDriver{
		ConnectHook: func(conn *sqlite3.SQLiteConn) error {
			// Reads of a large database map its file rather than copy
			// every page through SQLite's cache.
			_, err := conn.Exec("PRAGMA mmap_size = 1073741824", nil)
			return err
		},
	})
}

// sqliteDSN turns a file name (or file: URI) into a DSN that sets WAL,
// foreign keys, a busy timeout and IMMEDIATE write transactions, so that
// concurrent writers wait for the lock instead of failing half-way.
func sqliteDSN(name string) string {
	path, query := splitSQLiteDSN(name)
	params, _ := url.ParseQuery(query)
	set := func(k, v string) {
		if params.Get(k) == "" {
			params.Set(k, v)
		}
	}
	set("_journal_mode", "WAL")
	set("_foreign_keys", "on")
	set("_busy_timeout", "10000")
	set("_txlock", "immediate")
	set("_synchronous", "NORMAL")
	// 32 MB of page cache a connection (the default is 2 MB): the joins of
	// a list page and the search index stay in memory.
	set("_cache_size", "-32768")
	if path != ":memory:" && path != "" {
		if abs, err := filepath.Abs(path); err == nil {
			path = abs
		}
		if dir := filepath.Dir(path); dir != "" {
			_ = os.MkdirAll(dir, 0o755)
		}
	}
	return "file:" + path + "?" + params.Encode()
}

// splitSQLiteDSN parts a SQLite file name or file: URI into the file's
// path and its settings.
func splitSQLiteDSN(name string) (path, query string) {
	path = strings.TrimPrefix(name, "file:")
	if i := strings.IndexByte(path, '?'); i >= 0 {
		path, query = path[:i], path[i+1:]
	}
	return path, query
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

// checkEncoding refuses a PostgreSQL database that does not store UTF-8:
// the search index folds words with normalize(), which needs it.
func (s *Store) checkEncoding(ctx context.Context) error {
	if s.engine != Postgres {
		return nil
	}
	var enc string
	if err := s.db.WithContext(ctx).Raw(`SHOW server_encoding`).Scan(&enc).Error; err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	if enc != "UTF8" {
		return fmt.Errorf("open database: its encoding is %s; quotetrail needs a UTF8 database (CREATE DATABASE ... ENCODING 'UTF8')", enc)
	}
	return nil
}

// Engine reports the engine behind the store.
func (s *Store) Engine() Engine { return s.engine }

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
	if s.engine != SQLite {
		return "", fmt.Errorf("integrity check: only for SQLite databases")
	}
	var rows []string
	if err := s.db.WithContext(ctx).Raw("PRAGMA integrity_check").Scan(&rows).Error; err != nil {
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
	return sqlDB.Close()
}

// tx runs fn in one write transaction: everything it does lands, or
// nothing does.
func (s *Store) tx(ctx context.Context, fn func(tx *gorm.DB) error) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := s.lockWrites(tx); err != nil {
			return err
		}
		return fn(tx)
	})
}

// writeLock is the PostgreSQL advisory lock every write transaction
// holds (an arbitrary number, the same in every instance).
const writeLock = 7177306110

// lockWrites makes a write transaction on PostgreSQL wait for the others
// to finish, as SQLite's IMMEDIATE transactions do: the checks a write
// makes first (is this name taken? does this topic exist?) then still
// hold when it writes, whichever instance it runs in, and two writers
// never wait on each other's rows. On SQLite the transaction already
// holds the write lock.
func (s *Store) lockWrites(tx *gorm.DB) error {
	if s.engine != Postgres {
		return nil
	}
	if err := tx.Exec(`SELECT pg_advisory_xact_lock(?)`, writeLock).Error; err != nil {
		return fmt.Errorf("wait for the write lock: %w", err)
	}
	return nil
}

// notFound turns gorm's record-not-found into ErrNotFound with context.
// So does PostgreSQL's refusal of a key it could never hold (a NUL byte,
// bytes that are not UTF-8): SQLite looks such a key up and finds
// nothing, and the two engines answer alike.
func notFound(err error, what string) error {
	var pgErr *pgconn.PgError
	if errors.Is(err, gorm.ErrRecordNotFound) || errors.As(err, &pgErr) && pgErr.Code == pgInvalidText {
		return fmt.Errorf("%s: %w", what, ErrNotFound)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// pgInvalidText is PostgreSQL's error code for text its encoding cannot
// hold (character_not_in_repertoire).
const pgInvalidText = "22021"

// Atomic runs fn with a Store whose every write joins one transaction, so
// a job of several steps lands whole or not at all.
func (s *Store) Atomic(ctx context.Context, fn func(*Store) error) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := s.lockWrites(tx); err != nil {
			return err
		}
		return fn(&Store{db: tx, engine: s.engine})
	})
}

// DataVersion is a number that changes, in the same transaction, with
// every change to people, outlets, articles, quotes and topics: a page
// rendered at one version is current while the version stays.
func (s *Store) DataVersion(ctx context.Context) (int64, error) {
	var v int64
	if err := s.db.WithContext(ctx).Raw("SELECT version FROM data_version WHERE id = 1").Scan(&v).Error; err != nil {
		return 0, fmt.Errorf("data version: %w", err)
	}
	return v, nil
}
