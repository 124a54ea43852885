package search

import (
	"github.com/quotetrail/quotetrail/internal/search/query"
	"github.com/quotetrail/quotetrail/models"
)

// dialect is what a search says differently on each engine: the
// full-text index is an FTS5 table on SQLite and a tsvector column on
// PostgreSQL. There are exactly two, one a file (dialect_sqlite.go,
// dialect_postgres.go); TestDialectsAreComplete sees to it that each
// engine sets every field.
type dialect struct {
	// searchFrom is the full-text index's table (aliased f), searchID
	// its quote id column, and searchCond the condition that takes a
	// match: one ? argument, written by searchArg.
	searchFrom, searchID, searchCond string
	searchArg                        func(searchMatch) string
	// rankedSearch is the query that ranks the newest RankWindow
	// quotes of from (the index's FROM ... WHERE) by how well they
	// match words, and takes a page of them: it ends in LIMIT ? OFFSET ?.
	// args are its arguments between from's and the page's. dated tells
	// that the search keeps to a range of dates.
	rankedSearch func(from string, words query.ParsedQuery, dated bool) (stmt string, args []any)
	// idAmong is the condition that the quote q's id is among those a
	// subquery lists, written so that the engine reads the list first
	// and then only those quotes (PostgreSQL would otherwise hash-join
	// the subquery against every quote).
	idAmong func(subquery string) string
	// count is how a search counts its matches: countRows, or
	// countByListing with rankListed, the statement that ranks the
	// matches listed (see listed.go).
	count      countMethod
	rankListed func(words query.ParsedQuery) (stmt string, args []any)
}

// dialectFor is the dialect of engine.
func dialectFor(engine models.Engine) *dialect {
	if engine == models.Postgres {
		return &postgresDialect
	}
	return &sqliteDialect
}
