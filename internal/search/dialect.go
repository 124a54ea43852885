package search

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/search/query"
	"github.com/quotetrail/quotetrail/models"
)

// dialect is what a search says differently on each engine: the
// full-text index is two FTS5 tables on SQLite (the words as they
// stand, and their stems) and two tsvector columns on PostgreSQL. There
// are exactly two, one a file (dialect_sqlite.go, dialect_postgres.go);
// TestDialectsAreComplete sees to it that each engine sets every field.
type dialect struct {
	// searchID is the quote id column of the index (aliased f).
	searchID string
	// where is the index table (aliased f) that finds a match's quotes
	// and the condition on it that does, with the condition's arguments.
	where func(searchMatch) (table, cond string, args []any)
	// rankedSearch is the query that ranks the newest RankWindow
	// quotes of from (the index's FROM ... WHERE, from table) by how
	// well they match m's words, and takes a page of them: it ends in
	// LIMIT ? OFFSET ?. args are its arguments between from's and the
	// page's. dated tells that the search keeps to a range of dates.
	rankedSearch func(table, from string, m searchMatch, dated bool) (stmt string, args []any)
	// idAmong is the condition that the quote q's id is among those a
	// subquery lists, written so that the engine reads the list first
	// and then only those quotes (PostgreSQL would otherwise hash-join
	// the subquery against every quote).
	idAmong func(subquery string) string
	// count is how a search counts its matches: countRows, or
	// countByListing with rankListed, the statement that ranks the
	// matches listed by how well they match m's words (see listed.go).
	count      countMethod
	rankListed func(m searchMatch) (stmt string, args []any)
	// indexFrom is the index's table of one row a quote.
	indexFrom string
}

// dialectFor is the dialect of engine.
func dialectFor(engine models.Engine) *dialect {
	if engine == models.Postgres {
		return &postgresDialect
	}
	return &sqliteDialect
}

// firstPart is the first part of c, depth first, among those it looks
// for (not those it leaves out): the one that ranks a query whose parts
// more than one index answers.
func firstPart(c query.Cond) *query.Part {
	if c.Part != nil {
		return c.Part
	}
	for _, k := range append(append([]query.Cond{}, c.All...), c.Any...) {
		if p := firstPart(k); p != nil {
			return p
		}
	}
	return nil
}

// joinConds writes the conditions of c's kids with each one's SQL (part
// writes a part's), AND-ed or OR-ed as c joins them.
func joinConds(c query.Cond, part func(*query.Part) (string, any)) (string, []any) {
	if c.Part != nil {
		s, arg := part(c.Part)
		return s, []any{arg}
	}
	var parts []string
	var args []any
	add := func(kids []query.Cond, prefix string) {
		for _, k := range kids {
			s, a := joinConds(k, part)
			parts = append(parts, prefix+s)
			args = append(args, a...)
		}
	}
	op := " AND "
	if len(c.Any) > 0 {
		op = " OR "
		add(c.Any, "")
	} else {
		add(c.All, "")
		add(c.Not, "NOT ")
	}
	return "(" + strings.Join(parts, op) + ")", args
}
