package search

import "github.com/quotetrail/quotetrail/internal/search/query"

// postgresDialect is PostgreSQL's: the index is one tsvector a quote
// (see the store's migration 2).
var postgresDialect = dialect{
	searchFrom: "quote_search f",
	searchID:   "f.quote_id",
	searchCond: "f.document @@ CAST(? AS tsquery)",
	searchArg:  searchMatch.tsquery,
	// ts_rank weighs the document's parts as bm25 does on SQLite: the
	// quote's own words (A) count most, then the speaker (B), then the
	// article (C) and outlet (D); the filter tags are left out of the
	// words ranked. It reads each document, so it runs on the newest
	// RankWindow only.
	idAmong: func(sub string) string { return "q.id = ANY (ARRAY(" + sub + "))" },
	// A match found by the GIN index is read from the table to be
	// counted, and a phrase's candidates are checked there too (GIN keeps
	// no word positions): listing the matches' ids once, rather than
	// counting them and then reading them again for the newest
	// RankWindow, halves what such a search reads (listed.go).
	count: countByListing,
	rankListed: func(words query.ParsedQuery) (string, []any) {
		return `SELECT f.quote_id FROM quote_search f WHERE f.quote_id = ANY (CAST(? AS bigint[]))
			ORDER BY ts_rank('{0.2, 0.2, 0.5, 1.0}', f.document, CAST(? AS tsquery), 1) DESC, f.quote_id DESC LIMIT ? OFFSET ?`,
			[]any{words.TSQuery()}
	},
	//
	// The newest RankWindow are taken along the ids, newest first, until
	// that many match: quick when matches are spread over the ids. A
	// search kept to a range of dates finds quotes of a stretch of time,
	// which quotes imported in date order hold in a stretch of ids, and
	// walking down to it read 400,000 quotes to find a year's 1,000 at 1M;
	// so its matches (a year's at most) are read from the index and
	// sorted instead ("+ 0" keeps the id index out of the plan).
	rankedSearch: func(from string, words query.ParsedQuery, dated bool) (string, []any) {
		order := "f.quote_id"
		if dated {
			order = "f.quote_id + 0"
		}
		return `SELECT w.id FROM (SELECT f.quote_id AS id, f.document FROM ` + from + ` ORDER BY ` + order + ` DESC LIMIT ?) AS w
			ORDER BY ts_rank('{0.2, 0.2, 0.5, 1.0}', w.document, CAST(? AS tsquery), 1) DESC, w.id DESC LIMIT ? OFFSET ?`,
			[]any{RankWindow, words.TSQuery()}
	},
}
