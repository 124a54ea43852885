package schema_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/schema"
	"github.com/quotetrail/quotetrail/models"
)

// The migrations run as the store opens a database (models.Open), so
// they are tested through it, on the engine the tests run on.

func TestMigrationsAreIdempotent(t *testing.T) {
	t.Parallel()
	dsn := apptest.NewDSN(t)
	for i := 0; i < 2; i++ {
		s, err := models.Open(dsn)
		if err != nil {
			t.Fatalf("open #%d: %v", i+1, err)
		}
		v, err := s.SchemaVersion(context.Background())
		if err != nil || v < 1 {
			t.Fatalf("schema version %d, %v", v, err)
		}
		s.Close()
	}
}

// Every transaction of the runner takes the write lock it is given first:
// the one that makes schema_migrations and each migration's own, so that
// instances starting together on one database take turns.
func TestMigrateTakesTheWriteLock(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := apptest.MustOpenStore(t)
	engine := schema.SQLite
	if store.Engine() == models.Postgres {
		engine = schema.Postgres
	}
	refused := errors.New("no lock today")
	err := schema.Migrate(ctx, store.DB(ctx), engine, func(*gorm.DB) error { return refused }, nil)
	if !errors.Is(err, refused) {
		t.Errorf("Migrate with a lock that fails: %v, want %v", err, refused)
	}

	// Forget the newest migration: the runner applies it again (as a
	// statement that can run twice), under the lock, and tells the logger.
	newest, err := store.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.DB(ctx).Exec(`DELETE FROM schema_migrations WHERE version = ?`, newest).Error; err != nil {
		t.Fatal(err)
	}
	var locks int
	lock := func(tx *gorm.DB) error {
		locks++
		var n int64
		return tx.Raw(`SELECT count(*) FROM schema_migrations`).Scan(&n).Error
	}
	var log bytes.Buffer
	if err := schema.MigrateRerunningNewest(ctx, store.DB(ctx), engine, lock, slog.New(slog.NewTextHandler(&log, nil))); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	if locks != 2 {
		t.Errorf("the runner took the lock %d times, want 2 (schema_migrations, migration %d)", locks, newest)
	}
	if v, err := store.SchemaVersion(ctx); err != nil || v != newest {
		t.Errorf("schema version %d, %v after the upgrade; want %d", v, err, newest)
	}
	for _, want := range []string{"upgrading the database", "upgraded the database", fmt.Sprintf("migration=%d", newest)} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("the log lacks %q:\n%s", want, log.String())
		}
	}
}

// On PostgreSQL the stems' tsvector carries the filter tags, so a bare
// word with a filter is one GIN scan of one column (migration 18); a
// database upgraded from migration 17 gets them copied from the
// documents.
func TestStemsCarryTheFilterTags(t *testing.T) {
	t.Parallel()
	if apptest.Backend(t) != models.Postgres {
		t.Skip("SQLite's stems table has held the tags since migration 17")
	}
	ctx := context.Background()
	dsn := apptest.MigratedDSN(t, true)
	store := apptest.MustOpenDSN(t, dsn)
	tagged := func(column string) int64 {
		t.Helper()
		var n int64
		if err := store.DB(ctx).Raw(`SELECT count(*) FROM quote_search WHERE ` + column + ` @@ CAST('#kpartial' AS tsquery)`).Scan(&n).Error; err != nil {
			t.Fatal(err)
		}
		return n
	}
	want := tagged("document")
	if want == 0 {
		t.Fatal("no demo quote is tagged partial in its document")
	}
	if got := tagged("stemmed"); got != want {
		t.Fatalf("%d stems tagged partial, %d documents", got, want)
	}

	// As migration 17 left them: the stems without their tags.
	db := store.DB(ctx)
	if err := db.Exec(`UPDATE quote_search SET stemmed = ts_filter(stemmed, '{a,b,c,d}')`).Error; err != nil {
		t.Fatal(err)
	}
	if got := tagged("stemmed"); got != 0 {
		t.Fatalf("%d stems still tagged after the tags were taken out", got)
	}
	if err := db.Exec(`DELETE FROM schema_migrations WHERE version = 18`).Error; err != nil {
		t.Fatal(err)
	}
	again := apptest.MustOpenDSN(t, dsn) // migrates
	store = again
	if got := tagged("stemmed"); got != want {
		t.Errorf("after the upgrade %d stems are tagged partial, want %d", got, want)
	}
}
