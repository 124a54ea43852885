package models

import (
	"fmt"
	"slices"
	"strings"
)

// PostgreSQL's side of ImportBatch. On SQLite a statement costs
// microseconds in-process, so the batch writes a row at a time; on
// PostgreSQL every statement is a round trip, so the batch instead
//
//   - looks up the batch's speakers and article URLs in a few queries
//     before resolving it (prefetch), rather than one or two a row;
//   - reserves the ids of its new articles and quotes from their
//     sequences in one query each (reserve), so that it knows them,
//     and the fingerprints made of them, before writing anything;
//   - writes its new articles, quotes and quote topics as one INSERT per
//     table, one array per column (insertRows), in that order, since
//     foreign keys are checked at the end of each statement;
//   - brings the denormalised counts up to date in one UPDATE per table.
//
// Everything else (speakers, outlets and topics the batch creates,
// articles without a URL) is written as on SQLite, a row at a time: few
// rows, and what the batch looks up later must find them.
//
// What is left of a batch's time is PostgreSQL's own work, about half in
// the rows' foreign-key checks and triggers and half in building their
// search documents and GIN entries (finish); see BENCHMARKS.md.
//
// The batch holds the write lock (see ImportBatch), so nothing another
// writer does can make what prefetch found stale, and the quotes' ids are
// the only ones drawn from their sequence while it runs.

// pgBatch is what an importBatch keeps on PostgreSQL only.
type pgBatch struct {
	// prefetched is set once prefetch has looked up every speaker and
	// article URL of the batch: one missing from the maps below is
	// known not to exist.
	prefetched bool
	byName     map[string]int64   // speaker as written → the person of that name
	byAlias    map[string][]int64 // speaker without a person of that name → the people with that alias
	byURL      map[string]importedArticle

	ids map[string][]int64 // table → ids reserved, not yet used

	// Rows for flush to write, a value per column of pgInsertSQL's
	// statement for the table.
	articles, quotes, quoteTopics [][]any
}

// The INSERTs of the rows the batch collects, each fed one array per
// column: the column lists are importSQL's with the id first.
var pgInsertSQL = map[string]string{
	"articles": `INSERT INTO articles (id, title, url, outlet_id, authors, published_on, accessed_on, created_at, updated_at)
		SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::date[], $7::date[], $8::timestamptz[], $9::timestamptz[])`,
	"quotes": `INSERT INTO quotes (id, text, person_id, speaker_title, kind, article_id, outlet_id, via_outlet_id, said_on,
			sort_date, context, status, fingerprint, created_at, updated_at)
		SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::bigint[], $7::bigint[], $8::bigint[], $9::date[],
			$10::text[], $11::text[], $12::text[], $13::text[], $14::timestamptz[], $15::timestamptz[])`,
	"quote_topics": `INSERT INTO quote_topics (quote_id, topic_id) SELECT * FROM unnest($1::bigint[], $2::bigint[])`,
}

// prefetch looks up, in one query each, the people named (or, failing
// that, aliased) by the batch's speakers and the articles at its URLs,
// and reserves ids for the articles it did not find. person and article
// then ask these maps instead of the database.
func (b *importBatch) prefetch(quotes []ImportQuote) error {
	var speakers, urls []string
	seenSpeaker, seenURL := map[string]bool{}, map[string]bool{}
	for i := range quotes {
		q := &quotes[i]
		if q.Speaker != "" && !seenSpeaker[q.Speaker] {
			seenSpeaker[q.Speaker] = true
			speakers = append(speakers, q.Speaker)
		}
		if u := q.Article.URL; u != "" && !seenURL[u] {
			seenURL[u] = true
			urls = append(urls, u)
		}
	}
	pg := &b.pg
	pg.byName, pg.byAlias, pg.byURL = map[string]int64{}, map[string][]int64{}, map[string]importedArticle{}

	// Names and aliases are compared as personByName and personByAlias
	// compare them, lower() on both sides.
	err := b.namedIDs(`SELECT s.name, p.id FROM unnest($1::text[]) AS s (name)
		JOIN people p ON lower(p.name) = lower(s.name)`, speakers, func(name string, id int64) { pg.byName[name] = id })
	if err != nil {
		return err
	}
	var unnamed []string
	for _, s := range speakers {
		if _, ok := pg.byName[s]; !ok {
			unnamed = append(unnamed, s)
		}
	}
	if len(unnamed) > 0 {
		err := b.namedIDs(`SELECT DISTINCT s.name, a.person_id FROM unnest($1::text[]) AS s (name)
			JOIN person_aliases a ON lower(a.alias) = lower(s.name)`, unnamed, func(name string, id int64) { pg.byAlias[name] = append(pg.byAlias[name], id) })
		if err != nil {
			return err
		}
	}

	rows, err := b.tx.QueryContext(b.ctx, `SELECT id, outlet_id, published_on, url FROM articles WHERE url = ANY ($1::text[])`, urls)
	if err != nil {
		return fmt.Errorf("import: look up articles: %w", err)
	}
	for rows.Next() {
		var url string
		art, err := scanArticle(rows, &url)
		if err != nil {
			rows.Close()
			return err
		}
		pg.byURL[url] = art
	}
	if err := closeRows(rows); err != nil {
		return fmt.Errorf("import: look up articles: %w", err)
	}
	pg.prefetched = true
	return b.reserve("articles", len(urls)-len(pg.byURL))
}

// namedIDs runs query, which looks names up and yields (name, id) rows,
// over names, and hands each row to found.
func (b *importBatch) namedIDs(query string, names []string, found func(name string, id int64)) error {
	rows, err := b.tx.QueryContext(b.ctx, query, names)
	if err != nil {
		return fmt.Errorf("import: look up speakers: %w", err)
	}
	for rows.Next() {
		var name string
		var id int64
		if err := rows.Scan(&name, &id); err != nil {
			rows.Close()
			return err
		}
		found(name, id)
	}
	if err := closeRows(rows); err != nil {
		return fmt.Errorf("import: look up speakers: %w", err)
	}
	return nil
}

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

func closeRows(rows interface {
	Close() error
	Err() error
}) error {
	if err := rows.Err(); err != nil {
		rows.Close()
		return err
	}
	return rows.Close()
}

// reserve draws n ids from table's sequence for rows the batch will
// write, in ascending order: quotes then get ids in the order of the
// file, as when each INSERT drew its own.
func (b *importBatch) reserve(table string, n int) error {
	if n == 0 {
		return nil
	}
	rows, err := b.tx.QueryContext(b.ctx, `SELECT nextval(pg_get_serial_sequence($1, 'id')) FROM generate_series(1, $2)`, table, n)
	if err != nil {
		return fmt.Errorf("import: reserve ids for %s: %w", table, err)
	}
	ids := make([]int64, 0, n)
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	if err := closeRows(rows); err != nil {
		return fmt.Errorf("import: reserve ids for %s: %w", table, err)
	}
	slices.Sort(ids)
	if b.pg.ids == nil {
		b.pg.ids = map[string][]int64{}
	}
	b.pg.ids[table] = append(b.pg.ids[table], ids...)
	return nil
}

// takeID hands out the next id reserved for table.
func (b *importBatch) takeID(table string) (int64, error) {
	ids := b.pg.ids[table]
	if len(ids) == 0 {
		return 0, fmt.Errorf("import: no id reserved for a new row of %s", table)
	}
	b.pg.ids[table] = ids[1:]
	return ids[0], nil
}

// insertRows writes rows (a value per column, as pgInsertSQL[table]
// lists them) in one statement: each column goes as one array
// parameter, so the statement's text, and the server's parsed form of
// it, is the same whatever the number of rows.
func (b *importBatch) insertRows(table string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	cols := make([]any, len(rows[0]))
	for c := range cols {
		col := make([]any, len(rows))
		for r, row := range rows {
			col[r] = row[c]
		}
		cols[c] = col
	}
	if _, err := b.tx.ExecContext(b.ctx, pgInsertSQL[table], cols...); err != nil {
		return fmt.Errorf("import: save %s: %w", strings.ReplaceAll(table, "_", " "), err)
	}
	return nil
}

// flush writes the rows collected so far, parents first.
func (b *importBatch) flush() error {
	for _, t := range []struct {
		table string
		rows  *[][]any
	}{{"articles", &b.pg.articles}, {"quotes", &b.pg.quotes}, {"quote_topics", &b.pg.quoteTopics}} {
		if err := b.insertRows(t.table, *t.rows); err != nil {
			return err
		}
		*t.rows = nil
	}
	return nil
}

// addCounts adds delta[id] to column of every row of table it names, in
// one statement.
func (b *importBatch) addCounts(table, column string, delta map[int64]int) error {
	ids := make([]int64, 0, len(delta))
	ns := make([]int64, 0, len(delta))
	for id, n := range delta {
		ids = append(ids, id)
		ns = append(ns, int64(n))
	}
	q := fmt.Sprintf(`UPDATE %[1]s AS t SET %[2]s = t.%[2]s + d.n
		FROM unnest($1::bigint[], $2::bigint[]) AS d (id, n) WHERE t.id = d.id`, table, column)
	if _, err := b.tx.ExecContext(b.ctx, q, ids, ns); err != nil {
		return fmt.Errorf("import: recount: %w", err)
	}
	return nil
}
