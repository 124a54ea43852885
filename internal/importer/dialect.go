package importer

import "github.com/quotetrail/quotetrail/models"

// dialect is what a batch does differently on each engine: the settings
// that keep it fast, how it binds a statement and learns a new row's id,
// its statements over sets of values, and how it reserves ids and writes
// a set of rows. There are exactly two, one a file (dialect_sqlite.go,
// dialect_postgres.go), so that the compiler sees to it that each engine
// has every statement.
type dialect struct {
	// connSetup runs on the batch's own connection before it begins,
	// and connReset after it ends; both empty for none.
	connSetup, connReset string
	// txSetup runs in the batch's transaction once it holds the write
	// lock; empty for none.
	txSetup string

	// bind turns a statement of records.go, written with ?, into one
	// with the engine's placeholders.
	bind func(query string) string
	// insertID runs query, an INSERT of records.go, and returns the new
	// row's id.
	insertID func(b *importBatch, query string, args []any) (int64, error)

	// Statements over a set of values, each taking one list parameter
	// (see listArg). peopleByName yields (name, id, wikidata_id) rows,
	// peopleByAlias (name, id, '') and peopleByWikidata (wikidata_id,
	// id, name); articlesByURL yields the articles' id, outlet_id,
	// published_on and url; knownFingerprints the fingerprints taken.
	peopleByName, peopleByAlias, peopleByWikidata, articlesByURL, knownFingerprints string
	// quotesOf takes two lists, of article ids and of person ids, and
	// yields the text, person_id and article_id of the quotes of those
	// articles by those people whose fingerprint may not be of their
	// words: none, or changed since it was set (see knownByText).
	quotesOf string
	// addCounts adds to column %[2]s of table %[1]s the deltas of
	// countArgs.
	addCounts string

	// listArg passes values (a slice) as one parameter of a statement
	// over a set.
	listArg func(values any) (any, error)
	// countArgs passes an id → delta map as addCounts' parameters.
	countArgs func(delta map[int64]int) ([]any, error)
	// reserve sets aside n ids of table, in ascending order.
	reserve func(b *importBatch, table string, n int) ([]int64, error)
	// insertArticles, insertQuotes and insertQuoteTopics write rows (at
	// least one), a value per column of setColumns.
	insertArticles, insertQuotes, insertQuoteTopics func(b *importBatch, rows [][]any) error
}

// dialectFor is the dialect of engine.
func dialectFor(engine models.Engine) dialect {
	if engine == models.Postgres {
		return postgresDialect()
	}
	return sqliteDialect()
}
