package export

// sqliteDialect is SQLite's.
var sqliteDialect = dialect{
	unitSep:         "char(31)",
	dateText:        "substr(%s, 1, 10)",
	quoteTopicNames: `(SELECT group_concat(t.name, char(30)) FROM (SELECT t.name FROM quote_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.quote_id = q.id ORDER BY lower(t.name)) t)`,
}
