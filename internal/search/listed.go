package search

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"

	"github.com/quotetrail/quotetrail/models"
)

// How a search counts its matches (dialect.count). SQLite's FTS5 counts
// them from its doclists alone (countRows). PostgreSQL's GIN index
// hands over candidates that are read from the table, to be counted and,
// for a phrase, checked against the stored words; counting them and then
// reading them again to take the newest RankWindow read each twice. So
// on PostgreSQL the search lists the ids of its matches, up to the count
// limit (countByListing): when there are no more than CountLimit, that
// list is all of them, the count is its length, the page comes from it,
// and only the newest RankWindow of it are read again, by primary key, to
// be ranked (dialect.rankListed). The order is the one the windowed
// statement gives: the newest RankWindow ranked, ties newest first, and
// the later pages newest first.
type countMethod int

const (
	countRows      countMethod = iota + 1 // count(*) over the matches
	countByListing                        // list the matches' ids and count the list
)

// listMatches lists the ids of the quotes m finds, newest first, with
// how many there are, when there are fewer than limit; when there are
// limit or more it returns limit and no list.
func (s *Searcher) listMatches(ctx context.Context, m searchMatch, dr dateRange, limit int) ([]int64, int64, error) {
	from, args := s.matching(m, dr)
	var ids []int64
	err := s.store.DB(ctx).Raw(`SELECT `+s.d.searchID+` FROM `+from+` LIMIT ?`, append(args, limit)...).Scan(&ids).Error
	if err != nil {
		return nil, 0, searchError(err)
	}
	if len(ids) >= limit {
		return nil, int64(len(ids)), nil
	}
	slices.SortFunc(ids, func(a, b int64) int { return cmp.Compare(b, a) })
	return ids, int64(len(ids)), nil
}

// pageOfListed is the page of listed (every match, newest first): the
// newest RankWindow ranked by relevance when ranked, else newest first.
func (s *Searcher) pageOfListed(ctx context.Context, listed []int64, m searchMatch, ranked bool, page models.Page) ([]int64, error) {
	off := page.Offset()
	if !ranked {
		if off >= len(listed) {
			return nil, nil
		}
		return slices.Clone(listed[off:min(off+page.Size, len(listed))]), nil
	}
	window := listed[:min(RankWindow, len(listed))]
	var list strings.Builder
	list.WriteByte('{')
	for i, id := range window {
		if i > 0 {
			list.WriteByte(',')
		}
		list.WriteString(strconv.FormatInt(id, 10))
	}
	list.WriteByte('}')
	stmt, args := s.d.rankListed(m)
	var ids []int64
	err := s.store.DB(ctx).Raw(stmt, append(append([]any{list.String()}, args...), page.Size, off)...).Scan(&ids).Error
	if err != nil {
		return nil, searchError(err)
	}
	return ids, nil
}
