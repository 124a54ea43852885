// Package search runs searches over the store's full-text index: the
// search page's, the pickers' suggestions, other reports of the same
// statement, and the matches a quote listing or an export keeps. It holds
// each engine's SQL for the index (dialect.go) and reaches the database
// through the store's connection and its read helpers; the query
// language itself is internal/search/query, which knows nothing of the
// database.
package search

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/quotetrail/quotetrail/internal/search/query"
	"github.com/quotetrail/quotetrail/models"
)

// Searcher runs searches over one store's index.
type Searcher struct {
	store *models.Store
	d     *dialect
}

// New is the searcher of store.
func New(store *models.Store) *Searcher {
	return &Searcher{store: store, d: dialectFor(store.Engine())}
}

// Search sort orders.
const (
	SortRelevance = "relevance"
	SortNewest    = "newest"
	SortOldest    = "oldest"
)

// Sorts lists the orders a search can come in.
var Sorts = []string{SortRelevance, SortNewest, SortOldest}

// Query is a search with its filters. Zero fields do not filter.
type Query struct {
	Text        string
	PersonID    int64
	OutletID    int64 // printed in the outlet's articles
	ViaOutletID int64 // came through the outlet
	TopicID     int64
	Kind        string
	Status      string
	From, To    string // YYYY-MM-DD, inclusive, against the quote's date
	Sort        string
	// All makes a query with no words and no filters find every quote
	// (the list of all quotes) rather than none.
	All bool
}

// Hit is one quote found, with the words that matched marked.
type Hit struct {
	models.QuoteView
	// Snippet is the quote's text, or the passage of a long one around
	// the first match, with the words searched for between
	// query.SnippetOpen and query.SnippetClose. It is plain text:
	// escape it before showing it.
	Snippet string
}

// Results is one page of a search.
type Results struct {
	Hits  []Hit
	Total int64
	// MoreThan tells that Total is CountLimit and more quotes match.
	MoreThan bool
	Query    query.ParsedQuery
	// Ranked tells whether this page was ordered by relevance: only the
	// newest RankWindow matches are ranked, later pages come newest first.
	Ranked bool
}

// CountLimit is as far as a search counts its matches: counting every
// match of a common word over a million quotes costs more than finding
// them, and nobody pages through more than 400 pages. A search with more
// says "more than 10,000" and asks for more words.
const CountLimit = 10000

// RankWindow is how many matches, newest first, relevance ranks. bm25
// costs about a microsecond a row, so ranking every match of a common
// word over a million quotes takes 100–200 ms; ranking the newest 1,000
// keeps the first pages fast and fresh. It is a multiple of every page
// size the app uses, so no page straddles ranked and unranked results.
const RankWindow = 1000

// searchMatch is what a search asks of the index: the words typed, the
// filter tags every match carries (query.TagPrefix and a kind, such as
// qqtp12) and, for a date range, tags of which a match carries at least
// one.
type searchMatch struct {
	words  query.ParsedQuery
	tags   []string
	anyTag []string
}

// match is the whole search as the index takes it: the typed words, and
// the filters as tags.
func (q Query) match(parsed query.ParsedQuery) searchMatch {
	m := searchMatch{words: parsed}
	tag := func(kind string, id int64) {
		if id > 0 {
			m.tags = append(m.tags, query.TagPrefix+kind+strconv.FormatInt(id, 10))
		} else if id < 0 {
			// an unknown person or outlet keeps nothing rather than everything
			m.tags = append(m.tags, query.TagPrefix+"none")
		}
	}
	tag("p", q.PersonID)
	tag("o", q.OutletID)
	tag("v", q.ViaOutletID)
	tag("t", q.TopicID)
	if slices.Contains(models.QuoteKinds, q.Kind) {
		m.tags = append(m.tags, query.TagPrefix+"k"+q.Kind)
	}
	if slices.Contains(models.QuoteStatuses, q.Status) {
		m.tags = append(m.tags, query.TagPrefix+"s"+q.Status)
	}
	if q.All && m.empty() {
		for _, kind := range models.QuoteKinds { // every quote has one
			m.anyTag = append(m.anyTag, query.TagPrefix+"k"+kind)
		}
	}
	return m
}

// empty tells whether the match asks for nothing, and so finds nothing.
func (m searchMatch) empty() bool {
	return m.words.Empty() && len(m.tags) == 0 && len(m.anyTag) == 0
}

// with is m that also needs tag.
func (m searchMatch) with(tag string) searchMatch {
	m.tags = append(slices.Clip(m.tags), tag)
	return m
}

// tagsOnly is m without its words.
func (m searchMatch) tagsOnly() searchMatch {
	m.words = query.ParsedQuery{}
	return m
}

// fts5 writes m's tags as an FTS5 expression, with words (an FTS5
// expression, or "").
func (m searchMatch) fts5(words string) string {
	var parts []string
	if words != "" {
		parts = append(parts, words)
	}
	for _, t := range m.tags {
		parts = append(parts, `"`+t+`"`)
	}
	if len(m.anyTag) > 0 {
		quoted := make([]string, len(m.anyTag))
		for i, t := range m.anyTag {
			quoted[i] = `"` + t + `"`
		}
		parts = append(parts, "("+strings.Join(quoted, " OR ")+")")
	}
	return strings.Join(parts, " AND ")
}

// tsquery writes m as a PostgreSQL tsquery. The document holds the tags
// as lexemes that start with "#" where the FTS5 index has
// query.TagPrefix: no typed word or prefix can reach them, since typed
// words keep only letters and digits.
func (m searchMatch) tsquery() string {
	var parts []string
	if !m.words.Empty() {
		parts = append(parts, m.words.TSQuery())
	}
	for _, t := range m.tags {
		parts = append(parts, tsqueryTag(t))
	}
	if len(m.anyTag) > 0 {
		quoted := make([]string, len(m.anyTag))
		for i, t := range m.anyTag {
			quoted[i] = tsqueryTag(t)
		}
		parts = append(parts, "("+strings.Join(quoted, " | ")+")")
	}
	return strings.Join(parts, " & ")
}

func tsqueryTag(tag string) string {
	return query.TSQueryLexeme("#" + strings.TrimPrefix(tag, query.TagPrefix))
}

// matching is the FROM ... WHERE of the quotes m finds, joined to the
// quotes table q when dr needs their exact dates, and its arguments.
func (s *Searcher) matching(m searchMatch, dr dateRange) (string, []any) {
	from, _, args := s.matchingIn(m, dr)
	return from, args
}

// matchingIn is matching, with the index table it reads (aliased f).
func (s *Searcher) matchingIn(m searchMatch, dr dateRange) (string, string, []any) {
	d := s.d
	table, cond, args := d.where(m)
	args = append(args, dr.args...)
	if dr.exact != "" {
		return table + " JOIN quotes q ON q.id = " + d.searchID + " WHERE " + cond + dr.exact, strings.Fields(table)[0], args
	}
	return table + " WHERE " + cond, strings.Fields(table)[0], args
}

// matchedIDs is a condition on the quotes table q: its id is among the
// quotes m finds (dr's exact dates are for the caller to add).
func (s *Searcher) matchedIDs(m searchMatch) (string, []any) {
	d := s.d
	table, cond, args := d.where(m)
	return "q.id IN (SELECT " + d.searchID + " FROM " + table + " WHERE " + cond + ")", args
}

// Match is the quotes q finds as a quote listing keeps them
// (models.QuoteFilter's Match): the same match the search page runs,
// unranked, for an export that wants every quote found, not a page of
// them. A search with nothing to look for keeps nothing.
func (s *Searcher) Match(q Query) *models.QuoteMatch {
	dr := newDateRange(q.From, q.To)
	match := dr.narrow(q.match(query.ParseQuery(q.Text)))
	if match.empty() {
		return &models.QuoteMatch{Where: "1 = 0"}
	}
	cond, args := s.matchedIDs(match)
	return &models.QuoteMatch{Where: cond + dr.exact, Args: append(args, dr.args...)}
}

// MatchNewest is Match narrowed to the newest limit quotes q finds, for
// a reader that counts a sample of a common word's matches rather than
// all of them: the index hands over its newest matches without listing
// the rest. A date range that cuts a month needs the quotes' own dates
// before the newest can be told, so it keeps every match, as Match does.
func (s *Searcher) MatchNewest(q Query, limit int) *models.QuoteMatch {
	dr := newDateRange(q.From, q.To)
	match := dr.narrow(q.match(query.ParseQuery(q.Text)))
	if match.empty() {
		return &models.QuoteMatch{Where: "1 = 0"}
	}
	if dr.exact != "" {
		return s.Match(q)
	}
	d := s.d
	table, cond, args := d.where(match)
	return &models.QuoteMatch{
		Where: d.idAmong("SELECT " + d.searchID + " FROM " + table + " WHERE " + cond +
			" ORDER BY " + d.searchID + " DESC LIMIT ?"),
		Args: append(args, limit),
	}
}

// Search finds the quotes that match q, a page at a time. A query with
// nothing to look for and no filter finds nothing; a malformed one is
// repaired (see query.ParseQuery).
func (s *Searcher) Search(ctx context.Context, q Query, page models.Page) (Results, error) {
	out := Results{Query: query.ParseQuery(q.Text)}
	out.Query.Notes = append(out.Query.Notes, dateNotes(q.From, q.To)...)
	dr := newDateRange(q.From, q.To)
	match := dr.narrow(q.match(out.Query))
	if match.empty() {
		return out, nil
	}
	if q.Sort != SortNewest && q.Sort != SortOldest {
		out.Ranked = page.Offset() < RankWindow && out.Query.Expr != ""
	}
	if s.d.count == countByListing {
		return s.searchListed(ctx, q, match, dr, page, out)
	}
	// The count and the page read the index apart, so they run side by
	// side on two of the pool's connections: a phrase or a word with
	// filters over a million quotes costs each about as much as the
	// other, and the reader waits for the longer rather than both. The
	// page is thrown away when the count says it is past the end.
	type pageOf struct {
		hits []Hit
		err  error
	}
	pageCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	paged := make(chan pageOf, 1)
	ranked, marks := out.Ranked, out.Query.Marks
	go func() {
		ids, err := s.pageIDs(pageCtx, q, match, dr, ranked, nil, page)
		if err != nil {
			paged <- pageOf{err: err}
			return
		}
		hits, err := s.searchHits(pageCtx, ids, marks)
		paged <- pageOf{hits: hits, err: err}
	}()
	var err error
	if out.Total, err = s.countMatches(ctx, match, dr, CountLimit+1); err != nil {
		return out, err
	}
	if !out.counted(page) {
		return out, nil
	}
	p := <-paged
	out.Hits = p.hits
	return out, p.err
}

// searchListed is Search for a dialect that counts by listing the
// matches (listed.go): the page is cut from the list, so it waits for it.
func (s *Searcher) searchListed(ctx context.Context, q Query, match searchMatch, dr dateRange, page models.Page, out Results) (Results, error) {
	listed, total, err := s.listMatches(ctx, match, dr, CountLimit+1)
	if err != nil {
		return out, err
	}
	if out.Total = total; !out.counted(page) {
		return out, nil
	}
	ids, err := s.pageIDs(ctx, q, match, dr, out.Ranked, listed, page)
	if err != nil {
		return out, err
	}
	out.Hits, err = s.searchHits(ctx, ids, out.Query.Marks)
	return out, err
}

// counted caps the results' total at CountLimit, and tells whether page
// holds any of them.
func (r *Results) counted(page models.Page) bool {
	if r.Total > CountLimit {
		r.Total, r.MoreThan = CountLimit, true
	}
	return r.Total > 0 && int64(page.Offset()) < r.Total
}

// pageIDs are the ids of page's matches in q's order; listed, when the
// dialect counts by listing, is every match newest first.
func (s *Searcher) pageIDs(ctx context.Context, q Query, match searchMatch, dr dateRange, ranked bool, listed []int64, page models.Page) ([]int64, error) {
	switch {
	case q.Sort == SortNewest || q.Sort == SortOldest:
		return s.searchByDate(ctx, match, dr, q.Sort == SortNewest, page)
	case listed != nil:
		return s.pageOfListed(ctx, listed, match, ranked, page)
	default:
		return s.searchByRelevance(ctx, match, dr, ranked, page)
	}
}

// countMatches counts the quotes that match, up to limit (0 for no
// limit). The index alone counts, unless a date range cuts a month and
// needs the quotes' exact dates.
func (s *Searcher) countMatches(ctx context.Context, match searchMatch, dr dateRange, limit int) (int64, error) {
	var n int64
	from, args := s.matching(match, dr)
	stmt := `SELECT ` + s.d.searchID + ` FROM ` + from
	if limit > 0 {
		stmt += ` LIMIT ?`
		args = append(args, limit)
	}
	if err := s.store.DB(ctx).Raw(`SELECT count(*) FROM (`+stmt+`) AS m`, args...).Scan(&n).Error; err != nil {
		return 0, searchError(err)
	}
	return n, nil
}

// searchByRelevance ranks the newest RankWindow matches for the first
// pages; later pages go on newest first (by id) after them.
func (s *Searcher) searchByRelevance(ctx context.Context, match searchMatch, dr dateRange, ranked bool, page models.Page) ([]int64, error) {
	id := s.d.searchID
	from, table, args := s.matchingIn(match, dr)
	var stmt string
	if ranked {
		var rankArgs []any
		stmt, rankArgs = s.d.rankedSearch(table, from, match, len(dr.tokens) > 0)
		args = append(args, rankArgs...)
	} else {
		stmt = `SELECT ` + id + ` AS id FROM ` + from + ` ORDER BY ` + id + ` DESC LIMIT ? OFFSET ?`
	}
	args = append(args, page.Size, page.Offset())
	var ids []int64
	if err := s.store.DB(ctx).Raw(stmt, args...).Scan(&ids).Error; err != nil {
		return nil, searchError(err)
	}
	return ids, nil
}

// searchByDate lists matches by date. Sorting every match of a common
// word by date means reading and sorting a seventh of the table, so it
// walks the calendar instead (the index holds each quote's year and month
// as tags): it counts the matches of each year, newest first or oldest
// first, skips whole years until it reaches the page, then does the same
// with that year's months, and sorts only the months the page falls in.
// Undated quotes come last either way.
func (s *Searcher) searchByDate(ctx context.Context, match searchMatch, dr dateRange, newest bool, page models.Page) ([]int64, error) {
	db := s.store.DB(ctx)
	dir := "ASC"
	if newest {
		dir = "DESC"
	}
	var years []string
	if err := db.Raw(`SELECT year FROM quote_search_years ORDER BY year ` + dir).Scan(&years).Error; err != nil {
		return nil, fmt.Errorf("search years: %w", err)
	}
	offset, need := int64(page.Offset()), page.Size
	var ids []int64
	byDate := func(m searchMatch, extra string) error {
		var part []int64
		cond, args := s.matchedIDs(m)
		err := db.Raw(`SELECT q.id FROM quotes q WHERE `+cond+dr.exact+extra+
			` ORDER BY q.sort_date `+dir+`, q.id `+dir+` LIMIT ? OFFSET ?`,
			append(append(args, dr.args...), need, offset)...).Scan(&part).Error
		if err != nil {
			return searchError(err)
		}
		ids = append(ids, part...)
		need -= len(part)
		offset = 0
		return nil
	}
	// skip tells whether the matches of m all fall before the page, and
	// moves the offset past them if so.
	skip := func(m searchMatch) (bool, error) {
		n, err := s.countMatches(ctx, m, dr, 0)
		if err != nil {
			return false, err
		}
		if offset >= n {
			offset -= n
			return true, nil
		}
		return false, nil
	}
	for _, y := range years {
		if need <= 0 {
			return ids, nil
		}
		ym := match.with(query.TagPrefix + "y" + y)
		if done, err := skip(ym); err != nil || done {
			if err != nil {
				return nil, err
			}
			continue
		}
		// The page starts in this year: walk its months, so only a
		// month's matches are sorted.
		for i := range 12 {
			month := i + 1
			if newest {
				month = 12 - i
			}
			if need <= 0 {
				break
			}
			mm := match.with(fmt.Sprintf("%sm%s%02d", query.TagPrefix, y, month))
			done, err := skip(mm)
			if err != nil {
				return nil, err
			}
			if !done {
				if err := byDate(mm, ""); err != nil {
					return nil, err
				}
			}
		}
	}
	if need > 0 && dr.exact == "" {
		if err := byDate(match, ` AND q.sort_date = ''`); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

// dateRange is a From–To filter as the index sees it: the years and
// months it covers as tag tokens, and, when it cuts a month, the exact
// condition on the quotes' dates.
type dateRange struct {
	tokens []string
	exact  string // SQL to AND with the quotes table q, or ""
	args   []any
}

func newDateRange(from, to string) dateRange {
	var dr dateRange
	if from == "" && to == "" {
		return dr
	}
	lo, errLo := time.Parse(time.DateOnly, from)
	hi, errHi := time.Parse(time.DateOnly, to)
	if errLo != nil {
		lo = time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if errHi != nil {
		hi = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	if hi.Before(lo) {
		dr.tokens = []string{query.TagPrefix + "none"}
		return dr
	}
	if lo.Day() != 1 {
		dr.exact += " AND q.sort_date >= ?"
		dr.args = append(dr.args, lo.Format(time.DateOnly))
	}
	if hi.AddDate(0, 0, 1).Day() != 1 {
		dr.exact += " AND q.sort_date <= ?"
		dr.args = append(dr.args, hi.Format(time.DateOnly))
	}
	// A range of more than fifty years is no filter on the years: the
	// tokens would cost more than they save.
	if hi.Year()-lo.Year() > 50 {
		dr.exact, dr.args = " AND q.sort_date <> ''", nil
		if errLo == nil {
			dr.exact += " AND q.sort_date >= ?"
			dr.args = append(dr.args, lo.Format(time.DateOnly))
		}
		if errHi == nil {
			dr.exact += " AND q.sort_date <= ?"
			dr.args = append(dr.args, hi.Format(time.DateOnly))
		}
		return dr
	}
	for y := lo.Year(); y <= hi.Year(); y++ {
		first, last := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
		if !first.Before(lo) && !last.After(hi) {
			dr.tokens = append(dr.tokens, fmt.Sprintf("%sy%04d", query.TagPrefix, y))
			continue
		}
		for m := time.January; m <= time.December; m++ {
			mfirst := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
			mlast := mfirst.AddDate(0, 1, -1)
			if mlast.Before(lo) || mfirst.After(hi) {
				continue
			}
			dr.tokens = append(dr.tokens, fmt.Sprintf("%sm%04d%02d", query.TagPrefix, y, int(m)))
		}
	}
	return dr
}

// dateNotes say what is wrong with a From–To filter: a date that is not
// one is left out, and a range that ends before it starts finds nothing.
func dateNotes(from, to string) []string {
	var notes []string
	lo, errLo := time.Parse(time.DateOnly, from)
	hi, errHi := time.Parse(time.DateOnly, to)
	for _, d := range []struct {
		name, value string
		err         error
	}{{"from", from, errLo}, {"to", to, errHi}} {
		if d.value != "" && d.err != nil {
			notes = append(notes, "“"+d.value+"” is not a date (use year-month-day): the “"+d.name+"” date was left out.")
		}
	}
	if from != "" && to != "" && errLo == nil && errHi == nil && hi.Before(lo) {
		notes = append(notes, "The dates are the wrong way round: "+to+" is before "+from+", so nothing matches.")
	}
	return notes
}

// narrow adds the range's tokens to a match.
func (dr dateRange) narrow(m searchMatch) searchMatch {
	if len(dr.tokens) > 0 {
		m.anyTag = dr.tokens
	}
	return m
}

// searchError names a failed search. The expression is built so that
// the index (FTS5, or PostgreSQL's tsquery) cannot refuse it; should it
// still, the person searching gets the explanation rather than a 500.
func searchError(err error) error {
	if models.SearchRefused(err) {
		return &QueryError{Message: "That search could not be understood. Try plain words, “a phrase”, word*, AND, OR or NOT."}
	}
	return fmt.Errorf("search: %w", err)
}

// QueryError is a search the index refused, with a message for the
// person who typed it.
type QueryError struct{ Message string }

func (e *QueryError) Error() string { return e.Message }

// searchHits loads the quotes with ids, in that order, with the words
// searched for marked.
func (s *Searcher) searchHits(ctx context.Context, ids []int64, marks []query.MarkWord) ([]Hit, error) {
	views, err := s.store.QuoteViewsByID(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("load search hits: %w", err)
	}
	if views == nil {
		return nil, nil
	}
	hits := make([]Hit, len(views))
	for i, v := range views {
		hits[i] = Hit{QuoteView: v, Snippet: query.Highlight(v.Text, marks, snippetWords)}
	}
	return hits, nil
}

// snippetWords is about how many words of a long quote a result shows.
const snippetWords = 60

// IndexSize tells how many quotes the search index holds, for checks
// that it is in step with the quotes table.
func (s *Searcher) IndexSize(ctx context.Context) (int64, error) {
	var n int64
	err := s.store.DB(ctx).Raw(`SELECT count(*) FROM ` + s.d.indexFrom).Scan(&n).Error
	return n, err
}
