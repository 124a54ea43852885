package bench

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/quotetrail/quotetrail/models"
)

// benchPostgresEnv, set to the DSN of a PostgreSQL server, runs the
// benchmarks on PostgreSQL instead of SQLite:
//
//	QUOTETRAIL_BENCH_POSTGRES=postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable \
//	  go test -tags sqlite_fts5 -run '^$' -bench 'BenchmarkSearch$' -benchtime 100x ./bench/
//
// The data set of n quotes is the database quotetrail_bench_<n> there,
// built the first time and kept for later runs (drop it to rebuild).
const benchPostgresEnv = "QUOTETRAIL_BENCH_POSTGRES"

// benchPostgresPrefix starts the names of the data sets' databases:
// QUOTETRAIL_BENCH_POSTGRES_PREFIX, else quotetrail_bench. Two builds
// with different migrations sharing a server keep apart with their own.
func benchPostgresPrefix() string {
	if p := os.Getenv("QUOTETRAIL_BENCH_POSTGRES_PREFIX"); p != "" {
		return p
	}
	return "quotetrail_bench"
}

// openSynthPostgres opens the PostgreSQL data set of n quotes, building
// it (under another name, renamed when complete) when it is missing.
func openSynthPostgres(tb testing.TB, admin string, n int) *models.Store {
	tb.Helper()
	name := fmt.Sprintf("%s_%d", benchPostgresPrefix(), n)
	var found int64
	adminDo(tb, admin, func(db *gorm.DB) error {
		return db.Raw(`SELECT count(*) FROM pg_database WHERE datname = ?`, name).Scan(&found).Error
	})
	if found == 0 {
		building := name + "_building"
		adminExec(tb, admin, `DROP DATABASE IF EXISTS `+building+` WITH (FORCE)`)
		adminExec(tb, admin, `CREATE DATABASE `+building+` ENCODING 'UTF8' TEMPLATE template0`)
		fillSynth(tb, withDatabase(tb, admin, building), n)
		// Statistics for the planner and a visibility map for index-only
		// scans, as autovacuum would leave them on a server in use.
		adminDo(tb, withDatabase(tb, admin, building), func(db *gorm.DB) error { return db.Exec(`VACUUM ANALYZE`).Error })
		adminExec(tb, admin, `ALTER DATABASE `+building+` RENAME TO `+name)
	}
	store, err := models.Open(withDatabase(tb, admin, name))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { store.Close() })
	return store
}

// freshDSN is an empty database for one run of a benchmark: a SQLite file
// in a temporary folder, or a PostgreSQL database dropped afterwards.
func freshDSN(tb testing.TB) string {
	tb.Helper()
	admin := os.Getenv(benchPostgresEnv)
	if admin == "" {
		return filepath.Join(tb.TempDir(), "bench.db")
	}
	suffix := make([]byte, 6)
	rand.Read(suffix)
	name := "quotetrail_bench_tmp_" + hex.EncodeToString(suffix)
	adminExec(tb, admin, `CREATE DATABASE `+name+` ENCODING 'UTF8' TEMPLATE template0`)
	tb.Cleanup(func() { adminExec(tb, admin, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`) })
	return withDatabase(tb, admin, name)
}

// withDatabase is the DSN dsn with another database name.
func withDatabase(tb testing.TB, dsn, name string) string {
	tb.Helper()
	u, err := url.Parse(dsn)
	if err != nil {
		tb.Fatalf("%s: %v", benchPostgresEnv, err)
	}
	u.Path = "/" + name
	return u.String()
}

func adminExec(tb testing.TB, dsn, stmt string) {
	tb.Helper()
	adminDo(tb, dsn, func(db *gorm.DB) error { return db.Exec(stmt).Error })
}

// adminDo runs fn on a connection of its own to dsn.
func adminDo(tb testing.TB, dsn string, fn func(*gorm.DB) error) {
	tb.Helper()
	db, err := gorm.Open(postgres.Open(dsn), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		tb.Fatalf("connect to %s: %v", benchPostgresEnv, err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		tb.Fatal(err)
	}
	defer sqlDB.Close()
	if err := fn(db); err != nil {
		tb.Fatal(err)
	}
}
