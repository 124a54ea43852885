package importer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/quotetrail/quotetrail/models"
)

// postgresDialect is how a batch writes to PostgreSQL. A list parameter
// is an array; a set of rows is copied (postgresCopyRows).
func postgresDialect() dialect {
	return dialect{
		// Every row the batch writes runs the foreign-key checks and
		// the facet triggers, whose statements PostgreSQL keeps planned;
		// force_custom_plan (see models.Open), meant for searches, would
		// plan them again for every row, which doubles the cost of
		// writing a quote. Their plans do not depend on the values, so
		// the batch lets PostgreSQL keep them, until it commits.
		//
		// quotetrail.import_batch tells the per-row triggers on quotes
		// and quote topics that index each row for search and count its
		// facets (migration 16) that the transaction does that work
		// itself, in a few statements at its end (finish): a trigger's
		// WHEN clause reads it without running the trigger, where the
		// marker row of quote_search_deferred is read by a query in each
		// trigger, for each row, which cost more than writing the row.
		txSetup: `SELECT set_config('plan_cache_mode', 'auto', true), set_config('quotetrail.import_batch', 'on', true)`,

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

		listArg:           func(values any) (any, error) { return values, nil },
		countArgs:         postgresCountArgs,
		reserve:           postgresReserve,
		insertArticles:    postgresCopyRows("articles", true),
		insertQuotes:      postgresCopyRows("quotes", true),
		insertQuoteTopics: postgresCopyRows("quote_topics", false),
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

// postgresCopyRows writes rows of table by COPY into a staging table of
// the transaction's own (temporary, dropped when it ends), then one
// INSERT … SELECT … ON CONFLICT DO NOTHING from there: COPY costs the
// least a row of anything PostgreSQL offers, and into a table with no
// index, no foreign key and no trigger it costs almost nothing; the
// INSERT then checks and indexes the rows in one pass. The batch holds
// the write lock and has already set aside the quotes whose fingerprint
// is taken (and the articles at a URL there), so the INSERT should skip
// nothing (in a bulk load there is no unique index on fingerprints to
// skip by: see bulk_postgres.go); when exact, a row it skipped (written
// meanwhile by a writer that does not take the lock) fails the batch
// rather than leave its counts wrong.
func postgresCopyRows(table string, exact bool) func(b *importBatch, rows [][]any) error {
	cols := setColumns(table)
	list := strings.Join(cols, ", ")
	staging := "import_" + table
	create := fmt.Sprintf(`CREATE TEMP TABLE IF NOT EXISTS %s ON COMMIT DROP AS SELECT %s FROM %s WITH NO DATA`, staging, list, table)
	insert := fmt.Sprintf(`INSERT INTO %s (%s) SELECT %s FROM %s ON CONFLICT DO NOTHING`, table, list, list, staging)
	what := strings.ReplaceAll(table, "_", " ")
	return func(b *importBatch, rows [][]any) error {
		if _, err := b.tx.ExecContext(b.ctx, create); err != nil {
			return fmt.Errorf("import: stage %s: %w", what, err)
		}
		err := b.conn.Raw(func(dc any) error {
			c, ok := dc.(*stdlib.Conn)
			if !ok {
				return fmt.Errorf("not a pgx connection (%T)", dc)
			}
			_, err := c.Conn().CopyFrom(b.ctx, pgx.Identifier{staging}, cols, pgx.CopyFromRows(rows))
			return err
		})
		if err != nil {
			return fmt.Errorf("import: copy %s: %w", what, err)
		}
		res, err := b.tx.ExecContext(b.ctx, insert)
		if err != nil {
			return fmt.Errorf("import: save %s: %w", what, err)
		}
		if n, err := res.RowsAffected(); err == nil && exact && n != int64(len(rows)) {
			return fmt.Errorf("import: save %s: %d of %d were written by someone else meanwhile; import again", what, int64(len(rows))-n, len(rows))
		}
		if b.bulk != nil {
			// A bulk load's batches share its transaction, and so the
			// staging table.
			if _, err := b.tx.ExecContext(b.ctx, `TRUNCATE `+staging); err != nil {
				return fmt.Errorf("import: stage %s: %w", what, err)
			}
		}
		return nil
	}
}
