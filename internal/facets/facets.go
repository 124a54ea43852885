// Package facets reads what a speaker's page filters by (the years,
// outlets and topics of their quotes) and how many quotes a filter leaves,
// from the per-speaker count tables the database keeps in step with the
// quotes (migration 4), so a prolific speaker's page counts nothing.
package facets

import (
	"context"
	"fmt"
	"strconv"

	"github.com/quotetrail/quotetrail/models"
)

// Count tells how many of a speaker's quotes pass f (whose
// PersonID is the speaker's), given all, the speaker's quote count. With
// no filter or one facet filter alone the answer comes from the
// per-speaker counts; only other combinations count the quotes.
func Count(ctx context.Context, s *models.Store, f models.QuoteFilter, all int64) (int64, error) {
	rest := f
	rest.TopicID, rest.OutletID, rest.Year = 0, 0, 0
	set := 0
	for _, on := range []bool{f.TopicID != 0, f.OutletID != 0, f.Year != 0} {
		if on {
			set++
		}
	}
	if rest != (models.QuoteFilter{PersonID: f.PersonID}) || set > 1 {
		return s.CountQuotes(ctx, f)
	}
	var table, column string
	var value any
	switch {
	case set == 0:
		return all, nil
	case f.TopicID != 0:
		table, column, value = "person_topic_counts", "topic_id", f.TopicID
	case f.OutletID != 0:
		table, column, value = "person_outlet_counts", "outlet_id", f.OutletID
	default:
		table, column, value = "person_year_counts", "year", fmt.Sprintf("%04d", f.Year)
	}
	var ns []int64
	err := s.DB(ctx).Table(table).Where("person_id = ? AND "+column+" = ?", f.PersonID, value).Pluck("n", &ns).Error
	if err != nil {
		return 0, fmt.Errorf("count quotes of person %d: %w", f.PersonID, err)
	}
	if len(ns) == 0 {
		return 0, nil
	}
	return ns[0], nil
}

// Years lists the years a speaker's quotes span, newest first, from
// the per-speaker counts kept by triggers (migration 4).
func Years(ctx context.Context, s *models.Store, personID int64) ([]int, error) {
	var years []string
	err := s.DB(ctx).Table("person_year_counts").Where("person_id = ?", personID).Order("year DESC").Pluck("year", &years).Error
	if err != nil {
		return nil, fmt.Errorf("years of person %d: %w", personID, err)
	}
	out := make([]int, 0, len(years))
	for _, y := range years {
		if n, err := strconv.Atoi(y); err == nil {
			out = append(out, n)
		}
	}
	return out, nil
}

// Outlets lists the outlets that print a speaker, with counts, from
// the per-speaker counts.
func Outlets(ctx context.Context, s *models.Store, personID int64) ([]models.FacetItem, error) {
	var out []models.FacetItem
	err := s.DB(ctx).Table("person_outlet_counts c").Joins("JOIN outlets o ON o.id = c.outlet_id").
		Select("o.id, o.slug, o.name, c.n AS count").Where("c.person_id = ?", personID).Order("count DESC, o.name").Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("outlets of person %d: %w", personID, err)
	}
	return out, nil
}

// Topics lists the topics of a speaker's quotes, with counts, from
// the per-speaker counts.
func Topics(ctx context.Context, s *models.Store, personID int64) ([]models.FacetItem, error) {
	var out []models.FacetItem
	err := s.DB(ctx).Table("person_topic_counts c").Joins("JOIN topics t ON t.id = c.topic_id").
		Select("t.id, t.slug, t.name, c.n AS count").Where("c.person_id = ?", personID).Order("count DESC, t.name").Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("topics of person %d: %w", personID, err)
	}
	return out, nil
}
