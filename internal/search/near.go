package search

import (
	"context"
	"strings"

	"github.com/quotetrail/quotetrail/internal/nearnames"
	"github.com/quotetrail/quotetrail/internal/search/query"
)

// NearSpeakers are the speakers a search that found nothing may have
// meant, closest first, at most n: the people whose name or other name is
// near the words typed ("kahn" is near Lina Khan), all of them together,
// else one of them (at most the first three). Each look-up reads every
// name once, so it is for a search that found nothing.
func (s *Searcher) NearSpeakers(ctx context.Context, text string, n int) ([]nearnames.Candidate, error) {
	terms := query.ParseQuery(text).Terms
	if len(terms) == 0 {
		return nil, nil
	}
	tries := []string{strings.Join(terms, " ")}
	if len(terms) > 1 {
		tries = append(tries, terms[:min(3, len(terms))]...)
	}
	for _, typed := range tries {
		found, err := nearnames.People(ctx, s.store, typed, n)
		if err != nil || len(found) > 0 {
			return found, err
		}
	}
	return nil, nil
}
