package export

import "github.com/quotetrail/quotetrail/models"

// dialect is what reading quotes for citations says differently on each
// engine. There are exactly two, one a file (dialect_sqlite.go,
// dialect_postgres.go); TestDialectsAreComplete sees to it that each
// engine sets every field.
type dialect struct {
	// unitSep is the character 31, which separates the fields an export
	// packs into one column; dateText writes a date column (%s) as
	// YYYY-MM-DD; quoteTopicNames is the names of quote q's topics in
	// name order, each after the first behind the character 30.
	unitSep, dateText, quoteTopicNames string
}

// dialectFor is the dialect of engine.
func dialectFor(engine models.Engine) *dialect {
	if engine == models.Postgres {
		return &postgresDialect
	}
	return &sqliteDialect
}
