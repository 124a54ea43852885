package models

import (
	"context"
	"fmt"
	"strconv"
	"time"
)

// SitemapKinds are the records that have a public page each, in the
// order a sitemap lists them.
var SitemapKinds = []string{"people", "outlets", "topics", "articles", "quotes"}

// sitemapSlugged are the kinds whose pages are named by slug, not ID.
var sitemapSlugged = map[string]bool{"people": true, "outlets": true, "topics": true}

// SitemapEntry is one record's page: the key in its address (slug or ID)
// and when the record last changed.
type SitemapEntry struct {
	Key       string
	UpdatedAt time.Time
}

// MaxID is the highest ID a kind of record has, 0 when it has none: a
// sitemap splits the records into ranges of IDs without counting them.
func (s *Store) MaxID(ctx context.Context, kind string) (int64, error) {
	if !sitemapKind(kind) {
		return 0, fmt.Errorf("no sitemap of %q", kind)
	}
	var max *int64
	if err := s.db.WithContext(ctx).Table(kind).Select("MAX(id)").Scan(&max).Error; err != nil {
		return 0, fmt.Errorf("highest %s id: %w", kind, err)
	}
	if max == nil {
		return 0, nil
	}
	return *max, nil
}

// SitemapEntries lists the records of a kind whose IDs are in (after,
// upTo], by ID: a range read from the primary key, however large the
// table.
func (s *Store) SitemapEntries(ctx context.Context, kind string, after, upTo int64) ([]SitemapEntry, error) {
	if !sitemapKind(kind) {
		return nil, fmt.Errorf("no sitemap of %q", kind)
	}
	var rows []struct {
		ID        int64
		Slug      string
		UpdatedAt time.Time
	}
	cols := "id, updated_at"
	if sitemapSlugged[kind] {
		cols += ", slug"
	}
	err := s.db.WithContext(ctx).Table(kind).Select(cols).Where("id > ? AND id <= ?", after, upTo).Order("id").Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("list %s for the sitemap: %w", kind, err)
	}
	out := make([]SitemapEntry, len(rows))
	for i, r := range rows {
		out[i] = SitemapEntry{Key: r.Slug, UpdatedAt: r.UpdatedAt}
		if !sitemapSlugged[kind] {
			out[i].Key = strconv.FormatInt(r.ID, 10)
		}
	}
	return out, nil
}

func sitemapKind(kind string) bool {
	for _, k := range SitemapKinds {
		if k == kind {
			return true
		}
	}
	return false
}
