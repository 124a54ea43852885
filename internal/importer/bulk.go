package importer

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/quotetrail/quotetrail/internal/schema"
	"github.com/quotetrail/quotetrail/models"
)

// A bulk load writes a whole import in one transaction, on SQLite, with
// the work each row would cost taken out of the rows' way and done once
// at the end:
//
//   - the quotes' and quote topics' indexes are dropped, and built again
//     at the end, each in one pass (a sort) rather than a seek per row; the
//     fingerprint index among them, so the load keeps the fingerprints
//     taken in memory (those of the quotes there before, read once at the
//     start, and its own);
//   - the per-row triggers that index each quote for search, count its
//     facets and bump the data version are dropped (and the search index
//     deferred, as a batch defers it), and at the end the search index is
//     built in one statement, each facet count table filled by one query
//     (store.IndexQuotes), the data version bumped once, and the triggers
//     made again as they were.
//
// Dropping and making indexes and triggers is part of the transaction, so
// a load that fails, is cancelled or is killed at any moment leaves the
// database as it was: SQLite rolls the schema back with the rows. Other
// connections see the old schema and data until the load commits. The
// load holds the write lock from start to end, so the site's own writes
// wait for it (and give up after their busy timeout): it is for loading
// an empty database, which Import chooses on its own, or a site that can
// pause its edits (--bulk).
//
// Only the triggers whose work the load does at the end are dropped, by
// name (deferredTrigger): any other trigger, say one a later migration
// adds, stays and runs for each row, so the load stays right if slower.

// The bulk choices of Options.Bulk.
const (
	BulkAuto  = 0  // bulk when the database holds no quote (SQLite, no LockTarget)
	BulkOn    = 1  // always bulk
	BulkNever = -1 // batches of their own, committed one by one
)

// bulkCacheKiB is the page cache of a bulk load's connection: the load
// writes a whole file's rows in one transaction, and pages that do not
// fit are spilled to the log and read back.
const bulkCacheKiB = 1 << 20

// Stage is one step of a bulk load and how long it took.
type Stage struct {
	Name string
	Took time.Duration
}

// deferredTrigger tells whether a bulk load drops the trigger name and
// does its work at the end: the per-row search index and facet counts of
// quotes and quote topics, and the data version on every table.
func deferredTrigger(name string) bool {
	for _, prefix := range []string{"quotes_search_", "quote_topics_search_", "quotes_facets_", "quote_topics_facets_", "data_version_"} {
		if strings.HasPrefix(name, prefix) {
			return true
		}
	}
	return false
}

// yearsSQL lists the years of the quotes with ids from ? to ?, as the
// search triggers do, for a load whose search index is built beside it.
const yearsSQL = `INSERT OR IGNORE INTO quote_search_years (year)
	SELECT DISTINCT substr(sort_date, 1, 4) FROM quotes WHERE id BETWEEN ? AND ? AND sort_date <> ''`

// bulkTables are the tables whose indexes a bulk load drops.
var bulkTables = []string{"quotes", "quote_topics"}

// bulkLoad is a bulk load under way.
type bulkLoad struct {
	ctx     context.Context // never cancelled: see newImportBatch
	store   *models.Store
	d       dialect
	conn    *sql.Conn
	tx      *sql.Tx
	release func()
	stage   func(Stage)
	// step hears how far a stage has come: done of its steps, and the
	// time since it began (see Progress.step).
	step func(stage string, done, of int, elapsed time.Duration)

	dropped     []schemaObject // to make again, indexes first
	seen        map[string]bool
	first, last int64 // the ids of the quotes written
	batchFirst  int64 // the first id of the batch being written

	side    *sideIndex     // the search index built beside; nil when built at the end
	aliased map[int64]bool // people the load gave an alias
}

type schemaObject struct{ kind, name, sql string }

// emptyForBulk tells whether Import should load in bulk on its own: the
// database is SQLite and holds no quote.
func emptyForBulk(ctx context.Context, store *models.Store) (bool, error) {
	if store.Engine() != models.SQLite {
		return false, nil
	}
	db, err := store.SQLDB()
	if err != nil {
		return false, err
	}
	var any bool
	if err := db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM quotes)`).Scan(&any); err != nil {
		return false, fmt.Errorf("import: is the database empty: %w", err)
	}
	return !any, nil
}

// startBulk begins a bulk load: the transaction, the write lock, and the
// indexes and triggers out of the way. stage hears of each stage done,
// step of how far the one under way has come.
func startBulk(ctx context.Context, store *models.Store, stage func(Stage), step func(string, int, int, time.Duration)) (_ *bulkLoad, err error) {
	pg := store.Engine() == models.Postgres
	start := time.Now()
	l := &bulkLoad{ctx: context.WithoutCancel(ctx), store: store, d: dialectFor(store.Engine()), stage: stage, step: step, seen: map[string]bool{}, aliased: map[int64]bool{}}
	sqlDB, err := store.SQLDB()
	if err != nil {
		return nil, err
	}
	if l.release, err = store.HoldWrites(ctx); err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	defer func() {
		if err != nil {
			l.rollback()
		}
	}()
	if l.conn, err = sqlDB.Conn(ctx); err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	if !pg {
		if _, err := l.conn.ExecContext(l.ctx, fmt.Sprintf(`PRAGMA temp_store = MEMORY; PRAGMA cache_size = -%d`, bulkCacheKiB)); err != nil {
			return nil, fmt.Errorf("import: %w", err)
		}
	}
	if l.tx, err = l.conn.BeginTx(ctx, nil); err != nil {
		return nil, fmt.Errorf("import: begin: %w", err)
	}
	if err := store.LockWrites(ctx, l.tx); err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	if pg {
		if err := l.setUpPostgres(); err != nil {
			return nil, err
		}
	}
	if err := store.DeferSearchIndex(l.ctx, l.tx); err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	var quotes bool
	if err := l.tx.QueryRowContext(l.ctx, `SELECT EXISTS (SELECT 1 FROM quotes)`).Scan(&quotes); err != nil {
		return nil, fmt.Errorf("import: is the database empty: %w", err)
	}
	if !quotes && !pg {
		if l.side, err = startSideIndex(l.ctx, l.tx); err != nil {
			return nil, err
		}
	}
	if pg {
		err = l.dropPostgresIndexes()
	} else {
		err = l.dropIndexesAndTriggers()
	}
	if err != nil {
		return nil, err
	}
	if err := l.readFingerprints(); err != nil {
		return nil, err
	}
	if pg {
		l.stage(Stage{"indexes set aside, fingerprints read", time.Since(start)})
	} else {
		l.stage(Stage{"indexes and triggers set aside, fingerprints read", time.Since(start)})
	}
	return l, nil
}

// dropIndexesAndTriggers drops the indexes of bulkTables and the
// triggers deferredTrigger names, keeping what made them.
func (l *bulkLoad) dropIndexesAndTriggers() error {
	rows, err := l.tx.QueryContext(l.ctx, `SELECT type, name, tbl_name, sql FROM sqlite_master
		WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name`)
	if err != nil {
		return fmt.Errorf("import: read the schema: %w", err)
	}
	for rows.Next() {
		var o schemaObject
		var table string
		if err := rows.Scan(&o.kind, &o.name, &table, &o.sql); err != nil {
			rows.Close()
			return err
		}
		if (o.kind == "index" && isBulkTable(table)) || (o.kind == "trigger" && (deferredTrigger(o.name) || (l.side != nil && sideTrigger(o.name)))) {
			l.dropped = append(l.dropped, o)
		}
	}
	if err := closeRows(rows); err != nil {
		return fmt.Errorf("import: read the schema: %w", err)
	}
	for _, o := range l.dropped {
		if _, err := l.tx.ExecContext(l.ctx, fmt.Sprintf(`DROP %s %q`, strings.ToUpper(o.kind), o.name)); err != nil {
			return fmt.Errorf("import: set %s %s aside: %w", o.kind, o.name, err)
		}
	}
	return nil
}

func isBulkTable(table string) bool {
	for _, t := range bulkTables {
		if t == table {
			return true
		}
	}
	return false
}

// readFingerprints reads the fingerprints the quotes already there hold,
// and those of the words of the ones whose fingerprint may not be of
// their words (see knownByText), so that the load adds none of them
// again.
func (l *bulkLoad) readFingerprints() error {
	rows, err := l.tx.QueryContext(l.ctx, `SELECT fingerprint, text, person_id, article_id, fingerprint IS NULL OR updated_at <> created_at FROM quotes`)
	if err != nil {
		return fmt.Errorf("import: read fingerprints: %w", err)
	}
	for rows.Next() {
		var (
			fp                sql.NullString
			text              string
			person, article   int64
			mayDifferFromText bool
		)
		if err := rows.Scan(&fp, &text, &person, &article, &mayDifferFromText); err != nil {
			rows.Close()
			return err
		}
		if fp.Valid {
			l.seen[fp.String] = true
		}
		if mayDifferFromText {
			l.seen[Fingerprint(text, person, article)] = true
		}
	}
	if err := closeRows(rows); err != nil {
		return fmt.Errorf("import: read fingerprints: %w", err)
	}
	return nil
}

// write writes one batch of the load.
func (l *bulkLoad) write(quotes []Quote) (Stats, error) {
	l.batchFirst = 0
	stats, err := writeIn(l.ctx, l.store, l.d, l.conn, l.tx, quotes, l)
	if err == nil && l.side != nil && l.batchFirst > 0 {
		err = l.side.send(l.ctx, l.tx, `id BETWEEN ? AND ?`, l.batchFirst, l.last)
	}
	return stats, err
}

// known is the set of fingerprints taken: the batch adds its own quotes'
// to it as it writes them.
func (l *bulkLoad) known([]pendingQuote) map[string]bool { return l.seen }

// wrote notes the ids of a batch's quotes.
func (l *bulkLoad) wrote(first, last int64) {
	if last == 0 {
		return
	}
	if l.first == 0 {
		l.first = first
	}
	l.batchFirst, l.last = first, last
}

// finish builds what the load left for its end and commits.
func (l *bulkLoad) finish() error {
	defer l.rollback()
	if l.store.Engine() == models.Postgres {
		return l.finishPostgres()
	}
	start := time.Now()
	var triggers []schemaObject
	var indexes []schemaObject
	for _, o := range l.dropped {
		if o.kind == "trigger" {
			triggers = append(triggers, o)
		} else {
			indexes = append(indexes, o)
		}
	}
	if err := l.buildIndexes(indexes); err != nil {
		return err
	}
	l.stage(Stage{"indexes built", time.Since(start)})
	start = time.Now()
	if l.side != nil {
		aliased := make([]int64, 0, len(l.aliased))
		for id := range l.aliased {
			aliased = append(aliased, id)
		}
		if err := l.side.finish(l.ctx, l.tx, aliased, l.step); err != nil {
			return err
		}
		l.stage(Stage{"search index (built beside) copied", time.Since(start)})
		start = time.Now()
		counts := append([]string{yearsSQL}, schema.BulkFacetsSQL()...)
		for i, q := range counts {
			l.step("counting", i, len(counts), time.Since(start))
			if _, err := l.tx.ExecContext(l.ctx, q, l.first, l.last); err != nil {
				return fmt.Errorf("import: count facets: %w", err)
			}
		}
		l.step("counting", len(counts), len(counts), time.Since(start))
		if _, err := l.tx.ExecContext(l.ctx, schema.BumpDataVersionSQL); err != nil {
			return fmt.Errorf("import: mark the data changed: %w", err)
		}
	} else if l.last > 0 {
		if err := l.indexQuotes(); err != nil {
			return err
		}
	} else if _, err := l.tx.ExecContext(l.ctx, schema.BumpDataVersionSQL); err != nil {
		// No quote, but perhaps a person given an ID or an alias.
		return fmt.Errorf("import: mark the data changed: %w", err)
	}
	if l.side != nil {
		l.stage(Stage{"counts built", time.Since(start)})
	} else {
		l.stage(Stage{"search index and counts built", time.Since(start)})
	}
	start = time.Now()
	for _, o := range triggers {
		if _, err := l.tx.ExecContext(l.ctx, o.sql); err != nil {
			return fmt.Errorf("import: make trigger %s again: %w", o.name, err)
		}
	}
	if err := l.store.ResumeSearchIndex(l.ctx, l.tx); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	if err := l.tx.Commit(); err != nil {
		return fmt.Errorf("import: commit: %w", err)
	}
	l.stage(Stage{"committed", time.Since(start)})
	return nil
}

// buildIndexes makes the indexes the load set aside again, one step
// each.
func (l *bulkLoad) buildIndexes(indexes []schemaObject) error {
	start := time.Now()
	for i, o := range indexes {
		l.step("building indexes", i, len(indexes), time.Since(start))
		if _, err := l.tx.ExecContext(l.ctx, o.sql); err != nil {
			return fmt.Errorf("import: build index %s: %w", o.name, err)
		}
	}
	l.step("building indexes", len(indexes), len(indexes), time.Since(start))
	return nil
}

// indexSpan is how many quotes' ids a step of indexing the load for
// search covers: the steps are alike, so the time left is honest.
const indexSpan = 50000

// indexQuotes indexes the load's quotes for search, counts their facets
// and marks the data changed (Store.IndexQuotes), a span of ids a step.
func (l *bulkLoad) indexQuotes() error {
	start := time.Now()
	spans := int((l.last-l.first)/indexSpan) + 1
	for i := range spans {
		l.step("indexing for search", i, spans, time.Since(start))
		lo := l.first + int64(i)*indexSpan
		if err := l.store.IndexQuotes(l.ctx, l.tx, lo, min(l.last, lo+indexSpan-1)); err != nil {
			return fmt.Errorf("import: %w", err)
		}
	}
	l.step("indexing for search", spans, spans, time.Since(start))
	return nil
}

// rollback ends the load, rolling it back unless it committed, and
// gives the connection and the write lock back.
func (l *bulkLoad) rollback() {
	if l.tx != nil {
		l.tx.Rollback()
		l.tx = nil
	}
	if l.side != nil {
		l.side.remove()
		l.side = nil
		if l.conn != nil {
			discardConn(l.conn)
			l.conn = nil
		}
	}
	if l.conn != nil {
		if l.store.Engine() == models.SQLite {
			l.conn.ExecContext(l.ctx, `PRAGMA cache_size = -2000`)
		}
		l.conn.Close()
		l.conn = nil
	}
	if l.release != nil {
		l.release()
		l.release = nil
	}
}
