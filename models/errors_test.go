package models_test

import (
	"context"
	"errors"
	"testing"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/models"
)

// Each engine's driver errors reach callers as the store's own, with
// the driver's message kept.
func TestDriverErrorsAreTheStores(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	apptest.MustLoadDemo(t, store)
	ctx := context.Background()
	exec := func(stmt string, args ...any) error {
		return store.WriteTx(ctx, func(tx *gorm.DB) error { return tx.Exec(stmt, args...).Error })
	}
	err := exec(`INSERT INTO topics (name, slug, created_at, updated_at) VALUES ('Another', 'privacy', ?, ?)`, "2024-01-01", "2024-01-01")
	if !errors.Is(err, models.ErrDuplicate) {
		t.Errorf("a taken slug: %v, want ErrDuplicate", err)
	}
	err = exec(`INSERT INTO quote_topics (quote_id, topic_id) VALUES (1, 999999)`)
	if !errors.Is(err, models.ErrReference) {
		t.Errorf("a missing topic: %v, want ErrReference", err)
	}
	if err := exec(`UPDATE topics SET name = name WHERE id = 0`); err != nil {
		t.Errorf("a harmless write: %v", err)
	}
	// A key the database cannot hold is not found, as any other.
	for _, slug := range []string{"nul\x00byte", "bad \xff\xfe bytes"} {
		if _, err := store.PersonBySlug(ctx, slug); !errors.Is(err, models.ErrNotFound) {
			t.Errorf("PersonBySlug(%q): %v, want ErrNotFound", slug, err)
		}
	}
}
