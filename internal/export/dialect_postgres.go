package export

// postgresDialect is PostgreSQL's.
var postgresDialect = dialect{
	unitSep:         "chr(31)",
	dateText:        "to_char(%s, 'YYYY-MM-DD')",
	quoteTopicNames: `(SELECT string_agg(t.name, chr(30) ORDER BY lower(t.name)) FROM quote_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.quote_id = q.id)`,
}
