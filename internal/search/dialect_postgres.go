package search

import "github.com/quotetrail/quotetrail/internal/search/query"

// postgresDialect is PostgreSQL's: the index is one row a quote in
// quote_search, with two tsvectors: document, of the words as they stand
// and the filter tags, and stemmed, of their English stems (see the
// store's migrations 2 and 17).
var postgresDialect = dialect{
	searchID: "f.quote_id",
	where:    postgresWhere,
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
	rankListed: func(m searchMatch) (string, []any) {
		column, tsq, arg := postgresRank(m)
		return `SELECT f.quote_id FROM quote_search f WHERE f.quote_id = ANY (CAST(? AS bigint[]))
			ORDER BY ts_rank('{0.2, 0.2, 0.5, 1.0}', f.` + column + `, ` + tsq + `, 1) DESC, f.quote_id DESC LIMIT ? OFFSET ?`,
			[]any{arg}
	},
	//
	// The newest RankWindow are taken along the ids, newest first, until
	// that many match: quick when matches are spread over the ids. A
	// search kept to a range of dates finds quotes of a stretch of time,
	// which quotes imported in date order hold in a stretch of ids, and
	// walking down to it read 400,000 quotes to find a year's 1,000 at 1M;
	// so its matches (a year's at most) are read from the index and
	// sorted instead ("+ 0" keeps the id index out of the plan).
	rankedSearch: func(_, from string, m searchMatch, dated bool) (string, []any) {
		column, tsq, arg := postgresRank(m)
		order := "f.quote_id"
		if dated {
			order = "f.quote_id + 0"
		}
		return `SELECT w.id FROM (SELECT f.quote_id AS id, f.` + column + ` AS document FROM ` + from + ` ORDER BY ` + order + ` DESC LIMIT ?) AS w
			ORDER BY ts_rank('{0.2, 0.2, 0.5, 1.0}', w.document, ` + tsq + `, 1) DESC, w.id DESC LIMIT ? OFFSET ?`,
			[]any{RankWindow, arg}
	},
	indexFrom: "quote_search f",
}

// postgresRank is the tsvector and tsquery (with its argument) that rank
// m's matches: those of its first part, which answers for the query.
func postgresRank(m searchMatch) (column, tsq string, arg any) {
	column, tsq, arg = "document", "CAST(? AS tsquery)", ""
	if p := firstPart(m.words.Cond()); p != nil {
		column, tsq, arg = postgresColumn(p), postgresTSQuery(p), p.TSQuery()
	}
	return column, tsq, arg
}

// postgresColumn is the tsvector that answers a part.
func postgresColumn(p *query.Part) string {
	if p.Exact {
		return "document"
	}
	return "stemmed"
}

// postgresTSQuery is the tsquery of a part: its words as they stand, or
// stemmed by to_tsquery as the stemmed column's are.
func postgresTSQuery(p *query.Part) string {
	if p.Exact {
		return "CAST(? AS tsquery)"
	}
	return "to_tsquery('quotetrail_english', ?)"
}

// postgresWhere matches m's tags in the column of its words when they
// are one part (nearly every query): one GIN scan of one column, since
// both hold the tags (migration 18). Words of both kinds match each part
// in its own column, and the tags in the document.
func postgresWhere(m searchMatch) (string, string, []any) {
	c := m.words.Cond()
	if m.words.Empty() || c.Part != nil && c.Part.Exact {
		return "quote_search f", "f.document @@ CAST(? AS tsquery)", []any{m.tsquery()}
	}
	if c.Part != nil {
		tags := m.tagsOnly()
		if tags.empty() {
			return "quote_search f", "f.stemmed @@ " + postgresTSQuery(c.Part), []any{c.Part.TSQuery()}
		}
		return "quote_search f", "f.stemmed @@ (" + postgresTSQuery(c.Part) + " && CAST(? AS tsquery))", []any{c.Part.TSQuery(), tags.tsquery()}
	}
	cond, args := joinConds(c, func(p *query.Part) (string, any) {
		return "f." + postgresColumn(p) + " @@ " + postgresTSQuery(p), p.TSQuery()
	})
	if tags := m.tagsOnly(); !tags.empty() {
		cond += " AND f.document @@ CAST(? AS tsquery)"
		args = append(args, tags.tsquery())
	}
	return "quote_search f", cond, args
}
