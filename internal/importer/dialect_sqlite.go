package importer

import (
	"encoding/json"
	"fmt"
	"strings"
)

// sqliteDialect is how a batch writes to SQLite. A list parameter is a
// JSON array, read with json_each.
func sqliteDialect() dialect {
	return dialect{
		// Statements that fire triggers or resolve conflicts keep a
		// statement journal; in a temporary file that costs two system
		// calls a row, in memory nothing worth measuring.
		// A batch touches indexes all over the file (speakers, random
		// fingerprints, the search index): a larger page cache for this
		// connection, given back when the batch is done, keeps them in
		// memory.
		connSetup: `PRAGMA temp_store = MEMORY; PRAGMA cache_size = -131072`,
		connReset: `PRAGMA cache_size = -2000`,

		bind:     func(query string) string { return query },
		insertID: sqliteInsertID,

		peopleByName: `SELECT s.value, p.id, p.wikidata_id FROM json_each(?) AS s
			JOIN people p ON lower(p.name) = lower(s.value)`,
		peopleByAlias: `SELECT DISTINCT s.value, a.person_id, '' FROM json_each(?) AS s
			JOIN person_aliases a ON lower(a.alias) = lower(s.value)`,
		peopleByWikidata: `SELECT p.wikidata_id, min(p.id), p.name FROM people p
			WHERE p.wikidata_id <> '' AND p.wikidata_id IN (SELECT value FROM json_each(?)) GROUP BY p.wikidata_id`,
		articlesByURL:     `SELECT id, outlet_id, published_on, url FROM articles WHERE url IN (SELECT value FROM json_each(?))`,
		knownFingerprints: `SELECT fingerprint FROM quotes WHERE fingerprint IN (SELECT value FROM json_each(?))`,
		quotesOf: `SELECT text, person_id, article_id FROM quotes
			WHERE article_id IN (SELECT value FROM json_each(?)) AND person_id IN (SELECT value FROM json_each(?))
			AND (fingerprint IS NULL OR updated_at <> created_at)`,
		addCounts: `UPDATE %[1]s AS t SET %[2]s = t.%[2]s + d.value ->> 1
			FROM json_each(?) AS d WHERE t.id = d.value ->> 0`,

		listArg:           sqliteListArg,
		countArgs:         sqliteCountArgs,
		reserve:           sqliteReserve,
		insertArticles:    sqliteInsertRows("articles"),
		insertQuotes:      sqliteInsertRows("quotes"),
		insertQuoteTopics: sqliteInsertRows("quote_topics"),
	}
}

func sqliteInsertID(b *importBatch, query string, args []any) (int64, error) {
	st, err := b.stmt(query)
	if err != nil {
		return 0, err
	}
	res, err := st.ExecContext(b.ctx, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

func sqliteListArg(values any) (any, error) {
	data, err := json.Marshal(values)
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	return string(data), nil
}

// sqliteCountArgs passes the deltas as one JSON array of [id, delta]
// pairs.
func sqliteCountArgs(delta map[int64]int) ([]any, error) {
	pairs := make([][2]int64, 0, len(delta))
	for id, n := range delta {
		pairs = append(pairs, [2]int64{id, int64(n)})
	}
	arg, err := sqliteListArg(pairs)
	if err != nil {
		return nil, err
	}
	return []any{arg}, nil
}

// sqliteReserve reserves the ids after the largest table has had:
// AUTOINCREMENT hands out the next one up.
func sqliteReserve(b *importBatch, table string, n int) ([]int64, error) {
	ids := make([]int64, 0, n)
	var last int64
	q := fmt.Sprintf(`SELECT max(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), (SELECT COALESCE(max(id), 0) FROM %s))`, table)
	if err := b.tx.QueryRowContext(b.ctx, q, table).Scan(&last); err != nil {
		return nil, fmt.Errorf("import: reserve ids for %s: %w", table, err)
	}
	for i := range int64(n) {
		ids = append(ids, last+1+i)
	}
	// Move the table's sequence past them, as PostgreSQL's nextval
	// does, so that a row the batch writes on its own (an article
	// without a URL) draws an id after them.
	res, err := b.tx.ExecContext(b.ctx, `UPDATE sqlite_sequence SET seq = ? WHERE name = ?`, last+int64(n), table)
	if err == nil {
		var changed int64
		if changed, err = res.RowsAffected(); err == nil && changed == 0 {
			_, err = b.tx.ExecContext(b.ctx, `INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)`, table, last+int64(n))
		}
	}
	if err != nil {
		return nil, fmt.Errorf("import: reserve ids for %s: %w", table, err)
	}
	return ids, nil
}

// sqliteInsertRows writes rows of table a hundred a statement: one
// statement a row costs as much again in crossing from Go to C, and a
// larger one saves no more.
func sqliteInsertRows(table string) func(b *importBatch, rows [][]any) error {
	return func(b *importBatch, rows [][]any) error {
		const perStatement = 100
		cols := setColumns(table)
		tuple := "(?" + strings.Repeat(", ?", len(cols)-1) + ")"
		args := make([]any, 0, perStatement*len(cols))
		for start := 0; start < len(rows); start += perStatement {
			part := rows[start:min(start+perStatement, len(rows))]
			st, err := b.prepare(fmt.Sprintf("insert %s %d", table, len(part)), "INSERT INTO "+table+" ("+strings.Join(cols, ", ")+") VALUES "+
				tuple+strings.Repeat(", "+tuple, len(part)-1))
			if err != nil {
				return err
			}
			args = args[:0]
			for _, row := range part {
				args = append(args, row...)
			}
			if _, err := st.ExecContext(b.ctx, args...); err != nil {
				return fmt.Errorf("import: save %s: %w", strings.ReplaceAll(table, "_", " "), err)
			}
		}
		return nil
	}
}
