package models

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// How ImportBatch writes in sets. A statement costs microseconds on
// SQLite, where most of them go in crossing from Go to C and back, and a
// round trip on PostgreSQL; so on both engines the batch
//
//   - looks up the batch's speakers and article URLs in a few queries
//     before resolving it (prefetch), rather than one or two a row;
//   - reserves the ids of its new articles and quotes in one query each
//     (reserve), so that it knows them, and the fingerprints made of
//     them, before writing anything;
//   - writes its new articles, quotes and quote topics as one INSERT per
//     table on PostgreSQL, each column as one array, and as INSERTs of a
//     hundred rows each on SQLite (insertRows), parents first, since
//     foreign keys are checked at the end of each statement;
//   - brings the denormalised counts up to date in one UPDATE per table.
//
// Everything else (speakers, outlets and topics the batch creates,
// articles without a URL) is written a row at a time: few rows, and what
// the batch looks up later must find them.
//
// What is left of a batch's time is the engine's own work: the quotes'
// indexes and triggers, and their search index (finish); see
// BENCHMARKS.md.
//
// The batch holds the write lock (see ImportBatch), so nothing another
// writer does can make what prefetch found stale, and the ids it reserves
// are drawn by no one else while it runs.

// setBatch is what an importBatch collects to write in sets.
type setBatch struct {
	// byName, byAlias and byURL hold what prefetch found of every
	// speaker and article URL of the batch: one missing from them is
	// known not to exist.
	byName  map[string]int64   // speaker as written → the person of that name
	byAlias map[string][]int64 // speaker without a person of that name → the people with that alias
	byURL   map[string]importedArticle

	ids map[string][]int64 // table → ids reserved, not yet used

	// Rows for flush to write, a value per column of setColumns.
	articles, quotes, quoteTopics [][]any
}

// setColumns are the columns of the rows flush writes to each table.
var setColumns = map[string][]string{
	"articles": {"id", "title", "url", "outlet_id", "authors", "published_on", "accessed_on", "created_at", "updated_at"},
	"quotes": {"id", "text", "person_id", "speaker_title", "kind", "article_id", "outlet_id", "via_outlet_id", "said_on",
		"sort_date", "context", "status", "fingerprint", "created_at", "updated_at"},
	"quote_topics": {"quote_id", "topic_id"},
}

// setSQL holds each engine's statements over a set of values: a list
// parameter (see listArg) is an array on PostgreSQL and a JSON array on
// SQLite. The PostgreSQL INSERTs take setColumns in order, one array
// each.
var setSQL = map[Engine]map[string]string{
	Postgres: {
		"peopleByName": `SELECT s.name, p.id FROM unnest($1::text[]) AS s (name)
			JOIN people p ON lower(p.name) = lower(s.name)`,
		"peopleByAlias": `SELECT DISTINCT s.name, a.person_id FROM unnest($1::text[]) AS s (name)
			JOIN person_aliases a ON lower(a.alias) = lower(s.name)`,
		"articlesByURL":     `SELECT id, outlet_id, published_on, url FROM articles WHERE url = ANY ($1::text[])`,
		"knownFingerprints": `SELECT fingerprint FROM quotes WHERE fingerprint = ANY ($1::text[])`,
		"reserve":           `SELECT nextval(pg_get_serial_sequence($1, 'id')) FROM generate_series(1, $2)`,
		"addCounts": `UPDATE %[1]s AS t SET %[2]s = t.%[2]s + d.n
			FROM unnest($1::bigint[], $2::bigint[]) AS d (id, n) WHERE t.id = d.id`,
		"articles": `INSERT INTO articles (id, title, url, outlet_id, authors, published_on, accessed_on, created_at, updated_at)
			SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::date[], $7::date[], $8::timestamptz[], $9::timestamptz[])`,
		"quotes": `INSERT INTO quotes (id, text, person_id, speaker_title, kind, article_id, outlet_id, via_outlet_id, said_on,
				sort_date, context, status, fingerprint, created_at, updated_at)
			SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::bigint[], $7::bigint[], $8::bigint[], $9::date[],
				$10::text[], $11::text[], $12::text[], $13::text[], $14::timestamptz[], $15::timestamptz[])`,
		"quote_topics": `INSERT INTO quote_topics (quote_id, topic_id) SELECT * FROM unnest($1::bigint[], $2::bigint[])`,
	},
	SQLite: {
		"peopleByName": `SELECT s.value, p.id FROM json_each(?) AS s
			JOIN people p ON lower(p.name) = lower(s.value)`,
		"peopleByAlias": `SELECT DISTINCT s.value, a.person_id FROM json_each(?) AS s
			JOIN person_aliases a ON lower(a.alias) = lower(s.value)`,
		"articlesByURL":     `SELECT id, outlet_id, published_on, url FROM articles WHERE url IN (SELECT value FROM json_each(?))`,
		"knownFingerprints": `SELECT fingerprint FROM quotes WHERE fingerprint IN (SELECT value FROM json_each(?))`,
		// The largest id table has had: AUTOINCREMENT hands out the
		// next one up (reserve then moves sqlite_sequence past the ids
		// it sets aside).
		"reserve": `SELECT max(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), (SELECT COALESCE(max(id), 0) FROM %s))`,
		"addCounts": `UPDATE %[1]s AS t SET %[2]s = t.%[2]s + d.value ->> 1
			FROM json_each(?) AS d WHERE t.id = d.value ->> 0`,
	},
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
	set := &b.set
	set.byName, set.byAlias, set.byURL = map[string]int64{}, map[string][]int64{}, map[string]importedArticle{}

	// Names and aliases are compared as the forms compare them, lower()
	// on both sides.
	err := b.namedIDs("peopleByName", speakers, func(name string, id int64) { set.byName[name] = id })
	if err != nil {
		return err
	}
	var unnamed []string
	for _, s := range speakers {
		if _, ok := set.byName[s]; !ok {
			unnamed = append(unnamed, s)
		}
	}
	if len(unnamed) > 0 {
		err := b.namedIDs("peopleByAlias", unnamed, func(name string, id int64) { set.byAlias[name] = append(set.byAlias[name], id) })
		if err != nil {
			return err
		}
	}

	list, err := b.listArg(urls)
	if err != nil {
		return err
	}
	rows, err := b.tx.QueryContext(b.ctx, setSQL[b.engine]["articlesByURL"], list)
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
		set.byURL[url] = art
	}
	if err := closeRows(rows); err != nil {
		return fmt.Errorf("import: look up articles: %w", err)
	}
	return b.reserve("articles", len(urls)-len(set.byURL))
}

// namedIDs runs the setSQL query named, which looks names up and yields
// (name, id) rows, over names, and hands each row to found.
func (b *importBatch) namedIDs(query string, names []string, found func(name string, id int64)) error {
	list, err := b.listArg(names)
	if err != nil {
		return err
	}
	rows, err := b.tx.QueryContext(b.ctx, setSQL[b.engine][query], list)
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

// listArg passes values (a slice) as one parameter of a setSQL
// statement: as an array to PostgreSQL, as a JSON array to SQLite.
func (b *importBatch) listArg(values any) (any, error) {
	if b.engine == Postgres {
		return values, nil
	}
	data, err := json.Marshal(values)
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	return string(data), nil
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

// reserve sets aside n ids of table for rows the batch will write, in
// ascending order: quotes then get ids in the order of the file, as when
// each INSERT drew its own.
func (b *importBatch) reserve(table string, n int) error {
	if n == 0 {
		return nil
	}
	ids := make([]int64, 0, n)
	if b.engine == SQLite {
		var last int64
		if err := b.tx.QueryRowContext(b.ctx, fmt.Sprintf(setSQL[SQLite]["reserve"], table), table).Scan(&last); err != nil {
			return fmt.Errorf("import: reserve ids for %s: %w", table, err)
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
			return fmt.Errorf("import: reserve ids for %s: %w", table, err)
		}
	} else {
		rows, err := b.tx.QueryContext(b.ctx, setSQL[Postgres]["reserve"], table, n)
		if err != nil {
			return fmt.Errorf("import: reserve ids for %s: %w", table, err)
		}
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
	}
	if b.set.ids == nil {
		b.set.ids = map[string][]int64{}
	}
	b.set.ids[table] = append(b.set.ids[table], ids...)
	return nil
}

// takeID hands out the next id reserved for table.
func (b *importBatch) takeID(table string) (int64, error) {
	ids := b.set.ids[table]
	if len(ids) == 0 {
		return 0, fmt.Errorf("import: no id reserved for a new row of %s", table)
	}
	b.set.ids[table] = ids[1:]
	return ids[0], nil
}

// insertRows writes rows, a value per column of setColumns[table]. On
// PostgreSQL they go in one statement, each column as one array
// parameter, so the statement's text, and the server's parsed form of it,
// is the same whatever the number of rows. On SQLite they go a hundred
// rows a statement: one statement a row costs as much again in crossing
// from Go to C, and a larger one saves no more.
func (b *importBatch) insertRows(table string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	if b.engine == Postgres {
		args := make([]any, len(rows[0]))
		for c := range args {
			col := make([]any, len(rows))
			for r, row := range rows {
				col[r] = row[c]
			}
			args[c] = col
		}
		if _, err := b.tx.ExecContext(b.ctx, setSQL[Postgres][table], args...); err != nil {
			return fmt.Errorf("import: save %s: %w", strings.ReplaceAll(table, "_", " "), err)
		}
		return nil
	}
	const perStatement = 100
	cols := setColumns[table]
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

// flush writes the rows collected so far, parents first.
func (b *importBatch) flush() error {
	for _, t := range []struct {
		table string
		rows  *[][]any
	}{{"articles", &b.set.articles}, {"quotes", &b.set.quotes}, {"quote_topics", &b.set.quoteTopics}} {
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
	var args []any
	if b.engine == Postgres {
		ids := make([]int64, 0, len(delta))
		ns := make([]int64, 0, len(delta))
		for id, n := range delta {
			ids = append(ids, id)
			ns = append(ns, int64(n))
		}
		args = []any{ids, ns}
	} else {
		pairs := make([][2]int64, 0, len(delta))
		for id, n := range delta {
			pairs = append(pairs, [2]int64{id, int64(n)})
		}
		arg, err := b.listArg(pairs)
		if err != nil {
			return err
		}
		args = []any{arg}
	}
	q := fmt.Sprintf(setSQL[b.engine]["addCounts"], table, column)
	if _, err := b.tx.ExecContext(b.ctx, q, args...); err != nil {
		return fmt.Errorf("import: recount: %w", err)
	}
	return nil
}
