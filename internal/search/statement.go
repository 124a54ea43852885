package search

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/quotetrail/quotetrail/internal/search/query"
	"github.com/quotetrail/quotetrail/models"
)

// The same statement reported by several outlets is several quotes, one
// an article. SameStatement finds the others of a quote: the search
// index offers the quotes that share a run of its words, and the words
// of the two are then compared, so that editorial marks ("[W]e"), cut
// passages ("…") and one quoting only part of the other still count as
// the same statement.

// The search index is asked for the quotes that hold all of the
// statementProbeWords longest words of some part of this quote (long words
// are the rare ones, which the index finds fast), one part for every
// statementPartWords words: a quote holding this one holds every part's
// words, and one holding a part of it at least a part's.
const (
	statementPartWords  = 8
	statementProbeWords = 3
	statementMaxParts   = 6
	statementMinimum    = 4   // fewer words than this is too little to tell
	statementOverlap    = 0.8 // the share of the shorter's word triples the longer must hold
	statementScan       = 200 // candidates read at most
)

// SameStatement lists up to n other quotes of the same statement as q,
// printed in other articles, newest first.
func (s *Searcher) SameStatement(ctx context.Context, q *models.QuoteView, n int) ([]models.QuoteView, error) {
	words := statementWords(q.Text)
	if len(words) < statementMinimum {
		return nil, nil
	}
	// The index tokenizes the stored text as it stands, so the words
	// looked for come from it as it stands too.
	var probes []string
	for _, part := range parts(query.IndexWords(q.Text), statementPartWords, statementMaxParts) {
		probes = append(probes, "("+strings.Join(longest(part, statementProbeWords), " ")+")")
	}
	match := Query{}.match(query.ParseQuery(strings.Join(probes, " OR ")))
	if match.empty() {
		return nil, nil
	}
	from, args := s.matching(match, dateRange{})
	id := s.d.searchID
	var ids []int64
	err := s.store.DB(ctx).Raw(`SELECT `+id+` FROM `+from+` ORDER BY `+id+` DESC LIMIT ?`, append(args, statementScan)...).Scan(&ids).Error
	if err != nil {
		return nil, fmt.Errorf("same statement as quote %d: %w", q.ID, searchError(err))
	}
	if len(ids) == 0 {
		return nil, nil
	}
	cands, err := s.store.QuoteViewsElsewhere(ctx, ids, q)
	if err != nil {
		return nil, fmt.Errorf("same statement as quote %d: %w", q.ID, err)
	}
	var out []models.QuoteView
	for _, c := range cands {
		if len(out) < n && sameStatement(words, statementWords(c.Text)) {
			out = append(out, c)
		}
	}
	return out, nil
}

// statementWords are the words of a quote as statements are compared:
// folded as the index folds them, with editorial brackets taken out so
// that "[W]e" reads as "we".
func statementWords(text string) []string {
	return query.IndexWords(strings.NewReplacer("[", "", "]", "").Replace(text))
}

// parts cuts words into runs of about size words, at most k of them.
func parts(words []string, size, k int) [][]string {
	n := min(k, max(1, (len(words)+size-1)/size))
	out := make([][]string, n)
	for i := range n {
		out[i] = words[i*len(words)/n : (i+1)*len(words)/n]
	}
	return out
}

// longest picks the n longest distinct words of words, in the order
// they stand.
func longest(words []string, n int) []string {
	ranked := slices.Clone(words)
	slices.SortStableFunc(ranked, func(a, b string) int { return len([]rune(b)) - len([]rune(a)) })
	keep := map[string]bool{}
	for _, w := range ranked {
		if len(keep) == n {
			break
		}
		keep[w] = true
	}
	var out []string
	for _, w := range words {
		if keep[w] {
			out = append(out, w)
			delete(keep, w)
		}
	}
	return out
}

// sameStatement tells whether two quotes' words are one statement: most
// of the word triples of the shorter stand in the longer. A passage cut
// with "…", or a partial quote of a longer one, keeps its triples.
func sameStatement(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < statementMinimum {
		return false
	}
	held := map[string]bool{}
	for i := 0; i+3 <= len(b); i++ {
		held[strings.Join(b[i:i+3], " ")] = true
	}
	found, total := 0, 0
	for i := 0; i+3 <= len(a); i++ {
		total++
		if held[strings.Join(a[i:i+3], " ")] {
			found++
		}
	}
	return float64(found) >= statementOverlap*float64(total)
}
