package models

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/mattn/go-sqlite3"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/schema"
)

// sqliteDialect is SQLite's (see dialect for what each field is).
var sqliteDialect = dialect{
	SQLite, // engine

	// open
	func(dsn string) (gorm.Dialector, error) {
		full := sqliteDSN(dsn)
		if err := createPrivate(full); err != nil {
			return nil, err
		}
		return sqlite.New(sqlite.Config{DriverName: sqliteDriver, DSN: full}), nil
	},
	// conns: WAL lets readers run beside the single writer; every
	// connection carries the pragmas in its DSN, so the pool size only
	// bounds concurrent readers.
	8,
	// checkDatabase: any file SQLite opens will do.
	func(context.Context, *gorm.DB) error { return nil },
	// writeLock: a transaction begun IMMEDIATE (see sqliteDSN) already
	// holds the write lock.
	"",
	"PRAGMA integrity_check", // integrityCheck

	schema.SQLite, // schema

	schema.SearchIndexSQL(schema.SQLite, "id BETWEEN ? AND ?"), // bulkIndex
	// bulkYears
	`INSERT OR IGNORE INTO quote_search_years (year)
		SELECT DISTINCT substr(sort_date, 1, 4) FROM quotes WHERE id BETWEEN ? AND ? AND sort_date <> ''`,
	func(q string) string { return q }, // bind
	// bulkDone: the data version too waits for the end of a bulk write.
	[]string{schema.BumpDataVersionSQL},
	true, // rebuildAfterLoad
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

// createPrivate makes a new database file readable and writable by its
// owner alone before SQLite opens it: the file holds the app's secrets and
// the session tokens, and SQLite gives the -wal and -shm files beside it
// the same mode. An existing file keeps the mode it has.
func createPrivate(dsn string) error {
	path, query := splitSQLiteDSN(dsn)
	if path == "" || path == ":memory:" || strings.Contains(query, "mode=memory") {
		return nil
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	return f.Close()
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
