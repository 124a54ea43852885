package search

import "github.com/quotetrail/quotetrail/internal/search/query"

// sqliteDialect is SQLite's: the index is an FTS5 table whose rowid is
// the quote's id.
var sqliteDialect = dialect{
	searchFrom: "quote_fts f",
	searchID:   "f.rowid",
	searchCond: "f.quote_fts MATCH ?",
	searchArg:  searchMatch.fts5,
	// bm25 weights the quote's own words most, then the speaker, then
	// the article and outlet; tags not at all.
	idAmong: func(sub string) string { return "q.id IN (" + sub + ")" },
	// FTS5 counts its matches from its doclists without reading a row
	// (see listed.go).
	count: countRows,
	rankListed: func(query.ParsedQuery) (string, []any) {
		panic("search: SQLite counts its matches; it never ranks a list of them")
	},
	rankedSearch: func(from string, _ query.ParsedQuery, _ bool) (string, []any) {
		return `SELECT id FROM (SELECT f.rowid AS id, bm25(f.quote_fts, 10.0, 5.0, 2.0, 2.0, 0.0) AS rank FROM ` + from +
			` ORDER BY f.rowid DESC LIMIT ?) AS w ORDER BY rank, id DESC LIMIT ? OFFSET ?`, []any{RankWindow}
	},
}
