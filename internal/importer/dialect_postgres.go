package importer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/quotetrail/quotetrail/models"
)

// postgresDialect is how a batch writes to PostgreSQL. A list parameter
// is an array; the INSERTs of a set take setColumns in order, one array
// each.
func postgresDialect() dialect {
	return dialect{
		// Every row the batch writes runs the foreign-key checks and
		// the facet triggers, whose statements PostgreSQL keeps planned;
		// force_custom_plan (see models.Open), meant for searches, would
		// plan them again for every row, which doubles the cost of
		// writing a quote. Their plans do not depend on the values, so
		// the batch lets PostgreSQL keep them, until it commits.
		txSetup: `SET LOCAL plan_cache_mode = auto`,

		bind:     models.DollarPlaceholders,
		insertID: postgresInsertID,

		peopleByName: `SELECT s.name, p.id, p.wikidata_id FROM unnest($1::text[]) AS s (name)
			JOIN people p ON lower(p.name) = lower(s.name)`,
		peopleByAlias: `SELECT DISTINCT s.name, a.person_id, '' FROM unnest($1::text[]) AS s (name)
			JOIN person_aliases a ON lower(a.alias) = lower(s.name)`,
		peopleByWikidata: `SELECT DISTINCT ON (p.wikidata_id) p.wikidata_id, p.id, p.name FROM people p
			WHERE p.wikidata_id <> '' AND p.wikidata_id = ANY ($1::text[]) ORDER BY p.wikidata_id, p.id`,
		articlesByURL:     `SELECT id, outlet_id, published_on, url FROM articles WHERE url = ANY ($1::text[])`,
		knownFingerprints: `SELECT fingerprint FROM quotes WHERE fingerprint = ANY ($1::text[])`,
		quotesOf: `SELECT text, person_id, article_id FROM quotes WHERE article_id = ANY ($1::bigint[]) AND person_id = ANY ($2::bigint[])
			AND (fingerprint IS NULL OR updated_at <> created_at)`,
		addCounts: `UPDATE %[1]s AS t SET %[2]s = t.%[2]s + d.n
			FROM unnest($1::bigint[], $2::bigint[]) AS d (id, n) WHERE t.id = d.id`,

		listArg:   func(values any) (any, error) { return values, nil },
		countArgs: postgresCountArgs,
		reserve:   postgresReserve,
		insertArticles: postgresInsertRows("articles", `INSERT INTO articles (id, title, url, outlet_id, authors, published_on, accessed_on, created_at, updated_at)
			SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::date[], $7::date[], $8::timestamptz[], $9::timestamptz[])`),
		insertQuotes: postgresInsertRows("quotes", `INSERT INTO quotes (id, text, person_id, speaker_title, kind, article_id, outlet_id, via_outlet_id, said_on,
				sort_date, context, status, fingerprint, created_at, updated_at)
			SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::bigint[], $7::bigint[], $8::bigint[], $9::date[],
				$10::text[], $11::text[], $12::text[], $13::text[], $14::timestamptz[], $15::timestamptz[])`),
		insertQuoteTopics: postgresInsertRows("quote_topics", `INSERT INTO quote_topics (quote_id, topic_id) SELECT * FROM unnest($1::bigint[], $2::bigint[])`),
	}
}

func postgresInsertID(b *importBatch, query string, args []any) (int64, error) {
	st, err := b.prepare(query+" returning", query+" RETURNING id")
	if err != nil {
		return 0, err
	}
	var id int64
	return id, st.QueryRowContext(b.ctx, args...).Scan(&id)
}

// postgresCountArgs passes the deltas as two arrays, of ids and of
// deltas.
func postgresCountArgs(delta map[int64]int) ([]any, error) {
	ids := make([]int64, 0, len(delta))
	ns := make([]int64, 0, len(delta))
	for id, n := range delta {
		ids = append(ids, id)
		ns = append(ns, int64(n))
	}
	return []any{ids, ns}, nil
}

// postgresReserve draws n ids from table's sequence.
func postgresReserve(b *importBatch, table string, n int) ([]int64, error) {
	ids := make([]int64, 0, n)
	rows, err := b.tx.QueryContext(b.ctx, `SELECT nextval(pg_get_serial_sequence($1, 'id')) FROM generate_series(1, $2)`, table, n)
	if err != nil {
		return nil, fmt.Errorf("import: reserve ids for %s: %w", table, err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	if err := closeRows(rows); err != nil {
		return nil, fmt.Errorf("import: reserve ids for %s: %w", table, err)
	}
	slices.Sort(ids)
	return ids, nil
}

// postgresInsertRows writes rows of table in one statement, query, each
// column as one array parameter, so that the statement's text, and the
// server's parsed form of it, is the same whatever the number of rows.
func postgresInsertRows(table, query string) func(b *importBatch, rows [][]any) error {
	return func(b *importBatch, rows [][]any) error {
		args := make([]any, len(rows[0]))
		for c := range args {
			col := make([]any, len(rows))
			for r, row := range rows {
				col[r] = row[c]
			}
			args[c] = col
		}
		if _, err := b.tx.ExecContext(b.ctx, query, args...); err != nil {
			return fmt.Errorf("import: save %s: %w", strings.ReplaceAll(table, "_", " "), err)
		}
		return nil
	}
}
