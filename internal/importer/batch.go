package importer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/quotetrail/quotetrail/models"
)

// WriteBatch writes quotes through store in one transaction: all of them
// land or, on any error, none do. Speakers are matched by name or alias
// and outlets by name or domain before anything is created; a quote whose
// fingerprint is already taken is counted as a duplicate and skipped.
// Denormalised counts are brought up to date once per batch. Each quote
// must have passed Validate. The batch writes its new articles, quotes
// and quote topics in one statement each (batch_sets.go).
func WriteBatch(ctx context.Context, store *models.Store, quotes []Quote) (Stats, error) {
	var stats Stats
	if len(quotes) == 0 {
		return stats, nil
	}
	d := dialectFor(store.Engine())
	sqlDB, err := store.SQLDB()
	if err != nil {
		return stats, err
	}
	release, err := store.HoldWrites(ctx)
	if err != nil {
		return stats, fmt.Errorf("import: %w", err)
	}
	defer release()
	conn, err := sqlDB.Conn(ctx)
	if err != nil {
		return stats, fmt.Errorf("import: %w", err)
	}
	defer conn.Close()
	if d.connSetup != "" {
		if _, err := conn.ExecContext(ctx, d.connSetup); err != nil {
			return stats, fmt.Errorf("import: %w", err)
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), d.connReset)
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return stats, fmt.Errorf("import: begin: %w", err)
	}
	defer tx.Rollback()
	// The batch takes the write lock every write transaction takes, so
	// what it looks up stays true until it commits.
	if err := store.LockWrites(ctx, tx); err != nil {
		return stats, fmt.Errorf("import: %w", err)
	}
	if d.txSetup != "" {
		if _, err := tx.ExecContext(ctx, d.txSetup); err != nil {
			return stats, fmt.Errorf("import: %w", err)
		}
	}
	stats, err = writeIn(ctx, store, d, conn, tx, quotes, nil)
	if err != nil {
		return stats, err
	}
	if err := tx.Commit(); err != nil {
		return stats, fmt.Errorf("import: commit: %w", err)
	}
	return stats, nil
}

// writeIn writes quotes in tx, which holds the write lock: WriteBatch's
// work but for the transaction. With bulk (bulk.go), it is one batch of
// a bulk load: the per-row triggers and the quotes' indexes are gone, so
// the batch asks bulk, not the database, which fingerprints are taken,
// and leaves the search index and the facet counts to the load's end.
func writeIn(ctx context.Context, store *models.Store, d dialect, conn *sql.Conn, tx *sql.Tx, quotes []Quote, bulk *bulkLoad) (Stats, error) {
	var stats Stats
	b, err := newImportBatch(ctx, store, d, conn, tx, bulk)
	if err != nil {
		return stats, err
	}
	defer b.close()
	if err := b.prefetch(quotes); err != nil {
		return stats, err
	}
	pending := make([]pendingQuote, 0, len(quotes))
	for i := range quotes {
		p, err := b.resolve(&quotes[i])
		if err != nil {
			return stats, fmt.Errorf("line %d: %w", quotes[i].Line, err)
		}
		pending = append(pending, p)
	}
	known, err := b.known(pending)
	if err != nil {
		return stats, err
	}
	fresh := pending[:0]
	for _, p := range pending {
		if known[p.fingerprint] {
			b.stats.Duplicates++
			continue
		}
		known[p.fingerprint] = true // the same quote twice in one batch
		fresh = append(fresh, p)
	}
	if err := b.reserve("quotes", len(fresh)); err != nil {
		return stats, err
	}
	for _, p := range fresh {
		if err := ctx.Err(); err != nil {
			return stats, err
		}
		if err := b.insertQuote(p); err != nil {
			return stats, fmt.Errorf("line %d: %w", p.q.Line, err)
		}
	}
	if err := b.flush(); err != nil {
		return stats, err
	}
	if err := b.finish(); err != nil {
		return stats, err
	}
	return b.stats, nil
}

// importBatch is the state of one WriteBatch transaction: its prepared
// statements, what it has matched or created so far, and the count
// changes to apply at its end. Nothing in it outlives the transaction,
// so a batch that rolls back leaves no stale IDs behind.
type importBatch struct {
	ctx   context.Context
	store *models.Store
	d     dialect
	conn  *sql.Conn // the connection tx runs on (PostgreSQL's COPY needs it)
	tx    *sql.Tx
	now   time.Time
	stmts map[string]*sql.Stmt
	stats Stats

	people   map[string]int64     // by lower-case name
	byQID    map[string]personRef // people by Wikidata ID
	aliased  map[string]bool      // names kept as another's alias
	qidOf    map[int64]string     // the Wikidata ID of the people found or made
	outlets  map[string]*int64
	articles map[string]importedArticle
	topics   map[string]int64

	personDelta, articleDelta, topicDelta, outletDelta map[int64]int
	firstID, lastID                                    int64

	set setBatch // see batch_sets.go

	bulk *bulkLoad // the bulk load the batch is part of; nil for none
}

type importedArticle struct {
	id        int64
	outletID  *int64
	published *time.Time
	stored    bool // there before the batch, so it may hold quotes already
}

func newImportBatch(ctx context.Context, store *models.Store, d dialect, conn *sql.Conn, tx *sql.Tx, bulk *bulkLoad) (*importBatch, error) {
	b := &importBatch{
		// go-sqlite3 runs every statement on a context that can be
		// cancelled in a goroutine of its own, to interrupt it; at a few
		// microseconds a row that doubles the cost of an import. The
		// batch checks for cancellation between quotes instead.
		ctx: context.WithoutCancel(ctx), store: store, d: d, conn: conn, tx: tx, now: time.Now().UTC().Truncate(time.Microsecond),
		stmts:  map[string]*sql.Stmt{},
		people: map[string]int64{}, byQID: map[string]personRef{}, aliased: map[string]bool{}, qidOf: map[int64]string{}, outlets: map[string]*int64{}, articles: map[string]importedArticle{}, topics: map[string]int64{},
		personDelta: map[int64]int{}, articleDelta: map[int64]int{}, topicDelta: map[int64]int{}, outletDelta: map[int64]int{},
		bulk: bulk,
	}
	if bulk != nil {
		return b, nil // the load deferred the index for all its batches
	}
	// Index the batch in a few statements at its end (finish) rather
	// than row by row; only this transaction sees the change.
	if err := store.DeferSearchIndex(ctx, tx); err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	return b, nil
}

func (b *importBatch) close() {
	for _, st := range b.stmts {
		st.Close()
	}
}

// stmt prepares a statement of records.go once per batch; args fill its %s
// verbs (table names, never values).
func (b *importBatch) stmt(query string, args ...any) (*sql.Stmt, error) {
	if len(args) > 0 {
		query = fmt.Sprintf(query, args...)
	}
	return b.prepare(query, query)
}

func (b *importBatch) prepare(key, q string) (*sql.Stmt, error) {
	if st, ok := b.stmts[key]; ok {
		return st, nil
	}
	st, err := b.tx.PrepareContext(b.ctx, b.d.bind(q))
	if err != nil {
		return nil, fmt.Errorf("import: prepare %s: %w", key, err)
	}
	b.stmts[key] = st
	return st, nil
}

// insert runs one of the INSERTs of records.go and returns the new row's
// id.
func (b *importBatch) insert(query string, args ...any) (int64, error) {
	return b.d.insertID(b, query, args)
}

// exec runs one of the statements of records.go and tells how many rows it
// changed.
func (b *importBatch) exec(query string, args ...any) (int64, error) {
	st, err := b.stmt(query)
	if err != nil {
		return 0, err
	}
	res, err := st.ExecContext(b.ctx, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// queryID runs a lookup that yields one id; ok is false when none.
func (b *importBatch) queryID(query string, args ...any) (id int64, ok bool, err error) {
	st, err := b.stmt(query)
	if err != nil {
		return 0, false, err
	}
	err = st.QueryRowContext(b.ctx, args...).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return id, err == nil, err
}

// pendingQuote is a quote whose speaker and article are resolved, ready
// to insert.
type pendingQuote struct {
	q           *Quote
	pid         int64
	art         importedArticle
	via         *int64
	fingerprint string
}

// resolve matches or creates the speaker, article and outlets of q.
func (b *importBatch) resolve(q *Quote) (pendingQuote, error) {
	if q.Text == "" || q.Speaker == "" || q.Article.Title == "" || q.Kind == "" || q.Status == "" {
		return pendingQuote{}, errors.New("import: quote not validated")
	}
	pid, err := b.person(q)
	if err != nil {
		return pendingQuote{}, err
	}
	art, err := b.article(&q.Article)
	if err != nil {
		return pendingQuote{}, err
	}
	via, err := b.outlet(q.Via, "")
	if err != nil {
		return pendingQuote{}, err
	}
	return pendingQuote{q: q, pid: pid, art: art, via: via, fingerprint: q.fingerprint(pid, art.id)}, nil
}

// known tells which of the batch's fingerprints are already taken, in
// one query: cheaper than letting each INSERT resolve a conflict, and
// safe because the batch holds the write lock.
func (b *importBatch) known(pending []pendingQuote) (map[string]bool, error) {
	if b.bulk != nil {
		return b.bulk.known(pending), nil
	}
	fingerprints := make([]string, len(pending))
	for i, p := range pending {
		fingerprints[i] = p.fingerprint
	}
	list, err := b.d.listArg(fingerprints)
	if err != nil {
		return nil, err
	}
	rows, err := b.tx.QueryContext(b.ctx, b.d.knownFingerprints, list)
	if err != nil {
		return nil, fmt.Errorf("import: look up fingerprints: %w", err)
	}
	known := map[string]bool{}
	for rows.Next() {
		var fp string
		if err := rows.Scan(&fp); err != nil {
			rows.Close()
			return nil, err
		}
		known[fp] = true
	}
	if err := closeRows(rows); err != nil {
		return nil, fmt.Errorf("import: look up fingerprints: %w", err)
	}
	if err := b.knownByText(pending, known); err != nil {
		return nil, err
	}
	return known, nil
}

// knownByText adds to known the fingerprints of the pending quotes that
// a stored quote of the same speaker and article already says, though
// its own fingerprint differs: quotes saved through the forms have none,
// and a quote edited since it was imported keeps that of its old words.
// So importing an export into the database it came from adds nothing.
// Only quotes whose fingerprint is new and whose article was there
// before the batch are looked for, so a re-run, whose fingerprints are
// all taken, and a file of new articles cost no query more; and only
// stored quotes without a fingerprint or changed since they were written
// (an imported quote's fingerprint is of its words until it is edited)
// are read, so new quotes for imported articles cost little more.
func (b *importBatch) knownByText(pending []pendingQuote, known map[string]bool) error {
	type pair struct{ person, article int64 }
	wanted := map[pair]bool{}
	var people, articles []int64
	for _, p := range pending {
		k := pair{p.pid, p.art.id}
		if known[p.fingerprint] || !p.art.stored || wanted[k] {
			continue
		}
		wanted[k] = true
		people = append(people, p.pid)
		articles = append(articles, p.art.id)
	}
	if len(wanted) == 0 {
		return nil
	}
	articleList, err := b.d.listArg(articles)
	if err != nil {
		return err
	}
	peopleList, err := b.d.listArg(people)
	if err != nil {
		return err
	}
	rows, err := b.tx.QueryContext(b.ctx, b.d.quotesOf, articleList, peopleList)
	if err != nil {
		return fmt.Errorf("import: look up quotes: %w", err)
	}
	for rows.Next() {
		var (
			text string
			k    pair
		)
		if err := rows.Scan(&text, &k.person, &k.article); err != nil {
			rows.Close()
			return err
		}
		if wanted[k] {
			known[Fingerprint(text, k.person, k.article)] = true
		}
	}
	if err := closeRows(rows); err != nil {
		return fmt.Errorf("import: look up quotes: %w", err)
	}
	return nil
}

// insertQuote adds one resolved quote, with an id reserved for it, and
// its filing under its topics to the rows flush writes.
func (b *importBatch) insertQuote(p pendingQuote) error {
	q := p.q
	row := []any{q.Text, p.pid, q.SpeakerTitle, q.Kind, p.art.id, p.art.outletID, p.via, q.SaidOn,
		models.SortDate(q.SaidOn, p.art.published), q.Context, q.Status, p.fingerprint, b.now, b.now}
	id, err := b.takeID("quotes")
	if err != nil {
		return fmt.Errorf("save quote: %w", err)
	}
	b.set.quotes = append(b.set.quotes, append([]any{id}, row...))
	if b.firstID == 0 {
		b.firstID = id
	}
	b.lastID = id
	b.stats.Added++
	b.personDelta[p.pid]++
	b.articleDelta[p.art.id]++
	var filed []int64 // the same topic twice on one line counts once
	for _, name := range q.Topics {
		if strings.TrimSpace(name) == "" {
			continue
		}
		tid, err := b.topic(name)
		if err != nil {
			return err
		}
		if slices.Contains(filed, tid) {
			continue
		}
		filed = append(filed, tid)
		b.set.quoteTopics = append(b.set.quoteTopics, []any{id, tid})
		b.topicDelta[tid]++
	}
	return nil
}

// finish brings the counts up to date and indexes the batch for search.
func (b *importBatch) finish() error {
	deltas := []struct {
		table, column string
		delta         map[int64]int
	}{
		{"people", "quote_count", b.personDelta},
		{"articles", "quote_count", b.articleDelta},
		{"topics", "quote_count", b.topicDelta},
		{"outlets", "article_count", b.outletDelta},
	}
	for _, d := range deltas {
		if len(d.delta) == 0 {
			continue
		}
		if err := b.addCounts(d.table, d.column, d.delta); err != nil {
			return err
		}
	}
	if b.bulk != nil {
		b.bulk.wrote(b.firstID, b.lastID)
		return nil
	}
	if b.lastID > 0 {
		// The batch holds the write lock, so every id in the range is one
		// of its own quotes.
		if err := b.store.IndexQuotes(b.ctx, b.tx, b.firstID, b.lastID); err != nil {
			return fmt.Errorf("import: %w", err)
		}
	}
	if err := b.store.ResumeSearchIndex(b.ctx, b.tx); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	return nil
}
