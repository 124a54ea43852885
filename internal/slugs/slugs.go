// Package slugs follows the addresses records had. A person, outlet or
// topic renamed gets a new slug; the database remembers the old ones
// (table former_slugs, filled by triggers on every rename), and Current
// finds where an old one leads now.
package slugs

import (
	"context"
	"errors"
	"fmt"

	"github.com/quotetrail/quotetrail/internal/plaintext"
	"github.com/quotetrail/quotetrail/models"
)

// The kinds of record whose addresses carry a slug, and their tables.
const (
	Person = "person"
	Outlet = "outlet"
	Topic  = "topic"
)

var tables = map[string]string{Person: "people", Outlet: "outlets", Topic: "topics"}

// KindOfSection is the kind of record whose pages live under /section/:
// "people" gives Person; "" for a section without slugs.
func KindOfSection(section string) string {
	for kind, table := range tables {
		if table == section {
			return kind
		}
	}
	return ""
}

// Current is the slug now of the record of kind that was once at slug;
// ok is false when no record that still exists ever had it.
func Current(ctx context.Context, store *models.Store, kind, slug string) (current string, ok bool, err error) {
	table, known := tables[kind]
	if !known {
		return "", false, fmt.Errorf("no addresses for a %q", kind)
	}
	if plaintext.Check("slug", slug) != nil {
		return "", false, nil // no record ever had it
	}
	var found []string
	err = store.DB(ctx).Raw(`SELECT r.slug FROM former_slugs f JOIN `+table+` r ON r.id = f.record_id WHERE f.kind = ? AND f.slug = ?`, kind, slug).Scan(&found).Error
	if err != nil {
		return "", false, fmt.Errorf("former address %s/%s: %w", table, slug, err)
	}
	if len(found) == 0 {
		return "", false, nil
	}
	return found[0], true, nil
}

// Find is find(slug), or, when no record has slug now but one had it
// before, find of the slug that record has now: filters and exports
// accept every address a record ever had.
func Find[T any](ctx context.Context, store *models.Store, kind, slug string, find func(context.Context, string) (T, error)) (T, error) {
	rec, err := find(ctx, slug)
	if !errors.Is(err, models.ErrNotFound) {
		return rec, err
	}
	current, ok, lookupErr := Current(ctx, store, kind, slug)
	if lookupErr != nil {
		return rec, lookupErr
	}
	if !ok {
		return rec, err
	}
	return find(ctx, current)
}
