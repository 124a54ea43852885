package schema

// SearchIndexSQL are the statements that index for search the quotes
// where (a condition on quote_search_rows, such as "id BETWEEN ? AND ?")
// holds, which the per-row triggers left to a bulk path: on SQLite into
// both FTS5 tables, the words' and the stems' (migration 17); on
// PostgreSQL into quote_search, both tsvectors.
func SearchIndexSQL(e Engine, where string) []string {
	if e == Postgres {
		return []string{`INSERT INTO quote_search (quote_id, document, stemmed)
		SELECT id, document, stemmed FROM quote_search_rows WHERE ` + where}
	}
	var out []string
	for _, table := range []string{"quote_fts", "quote_stem"} {
		out = append(out, `INSERT INTO `+table+` (rowid, text, speaker, article, outlet, tags)
		SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE `+where)
	}
	return out
}

// SQLiteSearchRebuildSQL empties SQLite's search tables and indexes every
// quote in them again.
func SQLiteSearchRebuildSQL() []string {
	return append([]string{`DELETE FROM quote_fts`, `DELETE FROM quote_stem`}, SearchIndexSQL(SQLite, "1 = 1")...)
}
