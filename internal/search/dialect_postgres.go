package search

import "github.com/quotetrail/quotetrail/internal/search/query"

// postgresDialect is PostgreSQL's: the index is one row a quote in
// quote_search, with two tsvectors: document, of the words as they stand
// and the filter tags, and stemmed, of their English stems (see the
// store's migrations 2 and 15).
var postgresDialect = dialect{
	searchID: "f.quote_id",
	where:    postgresWhere,
	// ts_rank weighs the document's parts as bm25 does on SQLite: the
	// quote's own words (A) count most, then the speaker (B), then the
	// article (C) and outlet (D); the filter tags are left out of the
	// words ranked. It reads each document, so it runs on the newest
	// RankWindow only.
	idAmong: func(sub string) string { return "q.id = ANY (ARRAY(" + sub + "))" },
	rankedSearch: func(_, from string, m searchMatch) (string, []any) {
		column, tsq, arg := "document", "CAST(? AS tsquery)", ""
		if p := firstPart(m.words.Cond()); p != nil {
			column, tsq, arg = postgresColumn(p), postgresTSQuery(p), p.TSQuery()
		}
		return `SELECT w.id FROM (SELECT f.quote_id AS id, f.` + column + ` AS document FROM ` + from + ` ORDER BY f.quote_id DESC LIMIT ?) AS w
			ORDER BY ts_rank('{0.2, 0.2, 0.5, 1.0}', w.document, ` + tsq + `, 1) DESC, w.id DESC LIMIT ? OFFSET ?`,
			[]any{RankWindow, arg}
	},
	indexFrom: "quote_search f",
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

// postgresWhere matches m's tags in the document, with its words when
// they are all exact, and the stemmed words in the stemmed column.
func postgresWhere(m searchMatch) (string, string, []any) {
	c := m.words.Cond()
	if m.words.Empty() || c.Part != nil && c.Part.Exact {
		return "quote_search f", "f.document @@ CAST(? AS tsquery)", []any{m.tsquery()}
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
