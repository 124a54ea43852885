package importer

import (
	"fmt"
)

// How WriteBatch writes in sets. A statement costs microseconds on
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
//     hundred rows each on SQLite (flush), parents first, since
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
// The batch holds the write lock (see WriteBatch), so nothing another
// writer does can make what prefetch found stale, and the ids it reserves
// are drawn by no one else while it runs.

// setBatch is what an importBatch collects to write in sets.
type setBatch struct {
	// byName, byAlias and byURL hold what prefetch found of every
	// speaker and article URL of the batch: one missing from them is
	// known not to exist.
	byName  map[string]int64     // speaker as written → the person of that name
	byQID   map[string]personRef // Wikidata ID → the person with it
	byAlias map[string][]int64   // speaker without a person of that name → the people with that alias
	byURL   map[string]importedArticle

	ids map[string][]int64 // table → ids reserved, not yet used

	// Rows for flush to write, a value per column of setColumns.
	articles, quotes, quoteTopics [][]any
}

// personRef is a person prefetch found by Wikidata ID.
type personRef struct {
	id   int64
	name string
}

// setColumns are the columns of the rows flush writes to table, in the
// order of each row's values.
func setColumns(table string) []string {
	switch table {
	case "articles":
		return []string{"id", "title", "url", "outlet_id", "authors", "published_on", "accessed_on", "created_at", "updated_at"}
	case "quotes":
		return []string{"id", "text", "person_id", "speaker_title", "kind", "article_id", "outlet_id", "via_outlet_id", "said_on",
			"sort_date", "context", "status", "fingerprint", "created_at", "updated_at"}
	case "quote_topics":
		return []string{"quote_id", "topic_id"}
	}
	return nil
}

// prefetch looks up, in one query each, the people named (or, failing
// that, aliased) by the batch's speakers and the articles at its URLs,
// and reserves ids for the articles it did not find. person and article
// then ask these maps instead of the database.
func (b *importBatch) prefetch(quotes []Quote) error {
	var speakers, urls, qids []string
	seenSpeaker, seenURL, seenQID := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for i := range quotes {
		q := &quotes[i]
		if q.Speaker != "" && !seenSpeaker[q.Speaker] {
			seenSpeaker[q.Speaker] = true
			speakers = append(speakers, q.Speaker)
		}
		if qid := q.SpeakerWikidata; qid != "" && !seenQID[qid] {
			seenQID[qid] = true
			qids = append(qids, qid)
		}
		if u := q.Article.URL; u != "" && !seenURL[u] {
			seenURL[u] = true
			urls = append(urls, u)
		}
	}
	set := &b.set
	set.byName, set.byAlias, set.byURL, set.byQID = map[string]int64{}, map[string][]int64{}, map[string]importedArticle{}, map[string]personRef{}

	// Names and aliases are compared as the forms compare them, lower()
	// on both sides.
	err := b.namedIDs(b.d.peopleByName, speakers, func(name string, id int64, qid string) {
		set.byName[name] = id
		b.qidOf[id] = qid
	})
	if err != nil {
		return err
	}
	if len(qids) > 0 {
		err := b.namedIDs(b.d.peopleByWikidata, qids, func(qid string, id int64, name string) {
			set.byQID[qid] = personRef{id: id, name: name}
			b.qidOf[id] = qid
		})
		if err != nil {
			return err
		}
	}
	var unnamed []string
	for _, s := range speakers {
		if _, ok := set.byName[s]; !ok {
			unnamed = append(unnamed, s)
		}
	}
	if len(unnamed) > 0 {
		err := b.namedIDs(b.d.peopleByAlias, unnamed, func(name string, id int64, _ string) { set.byAlias[name] = append(set.byAlias[name], id) })
		if err != nil {
			return err
		}
	}

	list, err := b.d.listArg(urls)
	if err != nil {
		return err
	}
	rows, err := b.tx.QueryContext(b.ctx, b.d.articlesByURL, list)
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

// namedIDs runs query, a statement of the dialect that looks names up
// and yields (name, id, extra) rows, over names, and hands each row to
// found.
func (b *importBatch) namedIDs(query string, names []string, found func(name string, id int64, extra string)) error {
	list, err := b.d.listArg(names)
	if err != nil {
		return err
	}
	rows, err := b.tx.QueryContext(b.ctx, query, list)
	if err != nil {
		return fmt.Errorf("import: look up speakers: %w", err)
	}
	for rows.Next() {
		var name, extra string
		var id int64
		if err := rows.Scan(&name, &id, &extra); err != nil {
			rows.Close()
			return err
		}
		found(name, id, extra)
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

// reserve sets aside n ids of table for rows the batch will write, in
// ascending order: quotes then get ids in the order of the file, as when
// each INSERT drew its own.
func (b *importBatch) reserve(table string, n int) error {
	if n == 0 {
		return nil
	}
	ids, err := b.d.reserve(b, table, n)
	if err != nil {
		return err
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

// flush writes the rows collected so far, parents first.
func (b *importBatch) flush() error {
	for _, t := range []struct {
		rows  *[][]any
		write func(*importBatch, [][]any) error
	}{{&b.set.articles, b.d.insertArticles}, {&b.set.quotes, b.d.insertQuotes}, {&b.set.quoteTopics, b.d.insertQuoteTopics}} {
		if len(*t.rows) > 0 {
			if err := t.write(b, *t.rows); err != nil {
				return err
			}
		}
		*t.rows = nil
	}
	return nil
}

// addCounts adds delta[id] to column of every row of table it names, in
// one statement.
func (b *importBatch) addCounts(table, column string, delta map[int64]int) error {
	args, err := b.d.countArgs(delta)
	if err != nil {
		return err
	}
	q := fmt.Sprintf(b.d.addCounts, table, column)
	if _, err := b.tx.ExecContext(b.ctx, q, args...); err != nil {
		return fmt.Errorf("import: recount: %w", err)
	}
	return nil
}
