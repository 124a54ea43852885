package search

import "github.com/quotetrail/quotetrail/internal/search/query"

// sqliteDialect is SQLite's: the index is two FTS5 tables whose rowid is
// the quote's id, quote_fts of the words as they stand and quote_stem
// of their stems (see the schema's migration 17). Both hold the filter
// tags, so a query whose words are all one kind (nearly all: bare words,
// or "phrases") with its filters is one MATCH of one table.
var sqliteDialect = dialect{
	searchID: "f.rowid",
	where:    sqliteWhere,
	// bm25 weights the quote's own words most, then the speaker, then
	// the article and outlet; tags not at all.
	idAmong: func(sub string) string { return "q.id IN (" + sub + ")" },
	// FTS5 counts its matches from its doclists without reading a row
	// (see listed.go).
	count: countRows,
	rankListed: func(searchMatch) (string, []any) {
		panic("search: SQLite counts its matches; it never ranks a list of them")
	},
	rankedSearch: func(table, from string, _ searchMatch, _ bool) (string, []any) {
		return `SELECT id FROM (SELECT f.rowid AS id, bm25(f.` + table + `, 10.0, 5.0, 2.0, 2.0, 0.0) AS rank FROM ` + from +
			` ORDER BY f.rowid DESC LIMIT ?) AS w ORDER BY rank, id DESC LIMIT ? OFFSET ?`, []any{RankWindow}
	},
	indexFrom: "quote_fts f",
}

// sqliteTable is the FTS5 table that answers a part.
func sqliteTable(p *query.Part) string {
	if p.Exact {
		return "quote_fts"
	}
	return "quote_stem"
}

// sqliteWhere is one MATCH of the table of m's words, with m's tags; a
// query whose words both tables answer (penalty "world cup") matches
// one part and its tags in the table of that part, and the others in
// their own tables by rowid.
func sqliteWhere(m searchMatch) (string, string, []any) {
	c := m.words.Cond()
	lead := c.Part
	var rest []query.Cond // all of these, and none of restNot
	var restNot []query.Cond
	switch {
	case lead != nil, m.words.Empty():
	case len(c.All) > 0:
		for i, k := range c.All {
			if k.Part != nil && lead == nil {
				lead = k.Part
				rest = append(append(rest, c.All[:i]...), c.All[i+1:]...)
			}
		}
		if lead == nil {
			rest = c.All
		}
		restNot = c.Not
	default:
		rest = []query.Cond{c}
	}
	table, expr := "quote_fts", ""
	if lead != nil {
		table, expr = sqliteTable(lead), lead.FTS5()
	}
	if expr == "" && len(m.tags) == 0 && len(m.anyTag) == 0 {
		// Only rowids narrow the match: every quote has a kind.
		m = Query{All: true}.match(query.ParsedQuery{})
	}
	cond := "f." + table + " MATCH ?"
	args := []any{m.fts5(expr)}
	part := func(p *query.Part) (string, any) {
		t := sqliteTable(p)
		// The + keeps SQLite from planning f's scan around the
		// rowids (it would then look for f's MATCH where it cannot).
		return "+f.rowid IN (SELECT rowid FROM " + t + " WHERE " + t + " MATCH ?)", p.FTS5()
	}
	for _, k := range rest {
		s, a := joinConds(k, part)
		cond += " AND " + s
		args = append(args, a...)
	}
	for _, k := range restNot {
		s, a := joinConds(k, part)
		cond += " AND NOT " + s
		args = append(args, a...)
	}
	return table + " f", cond, args
}
