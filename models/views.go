package models

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"
)

// The reads that packages outside models build on (internal/search runs
// searches, internal/export streams citations) without repeating the
// SQL of a quote's view or of a quote listing.

// QuoteMatch is a condition on the quotes a listing reads (the table
// quotes, aliased q) that models does not build itself: the quotes a
// full-text search finds (see internal/search), as SQL and its
// arguments.
type QuoteMatch struct {
	Where string
	Args  []any
}

// FilteredQuotes is the quotes table, aliased q, narrowed by f, for a
// read that chooses its own columns, joins and order.
func (s *Store) FilteredQuotes(ctx context.Context, f QuoteFilter) *gorm.DB {
	return s.filterQuotes(s.db.WithContext(ctx).Table("quotes q"), f)
}

// QuoteViewsByID loads the quotes with ids, with their topics, in the
// order of ids; one deleted meanwhile is left out.
func (s *Store) QuoteViewsByID(ctx context.Context, ids []int64) ([]QuoteView, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	var views []QuoteView
	if err := s.quoteViews(ctx).Where("q.id IN ?", ids).Scan(&views).Error; err != nil {
		return nil, fmt.Errorf("load quotes: %w", err)
	}
	if err := s.attachTopics(ctx, views); err != nil {
		return nil, err
	}
	byID := make(map[int64]QuoteView, len(views))
	for _, v := range views {
		byID[v.ID] = v
	}
	out := make([]QuoteView, 0, len(ids))
	for _, id := range ids {
		if v, ok := byID[id]; ok {
			out = append(out, v)
		}
	}
	return out, nil
}

// QuoteViewsElsewhere loads those of the quotes with ids that are not q
// and are printed in another article than q, newest first, without
// their topics.
func (s *Store) QuoteViewsElsewhere(ctx context.Context, ids []int64, q *QuoteView) ([]QuoteView, error) {
	var out []QuoteView
	err := s.quoteViews(ctx).Where("q.id IN ? AND q.id <> ? AND q.article_id <> ?", ids, q.ID, q.ArticleID).
		Order("q.sort_date DESC, q.id DESC").Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("quotes printed elsewhere than quote %d: %w", q.ID, err)
	}
	return out, nil
}

// ArticleChoiceRows is the articles table, aliased a, read as
// ArticleChoice rows, for a picker to narrow and order.
func (s *Store) ArticleChoiceRows(ctx context.Context) *gorm.DB {
	return s.db.WithContext(ctx).Table("articles a").
		Select("a.id, a.title, a.published_on, COALESCE(o.name, '') AS outlet_name").
		Joins("LEFT JOIN outlets o ON o.id = a.outlet_id")
}

// SearchRefused tells whether err is the full-text index refusing a
// search expression, on either engine.
func SearchRefused(err error) bool {
	return errors.Is(storeError(err), errSearchSyntax)
}
