package models

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// ImportBatch writes quotes in one transaction: all of them land or, on
// any error, none do. Speakers are matched by name or alias and outlets by
// name or domain before anything is created; a quote whose fingerprint is
// already taken is counted as a duplicate and skipped. Denormalised counts
// are brought up to date once per batch. Each quote must have passed
// Validate. The batch writes its new articles, quotes and quote topics in
// one statement each (import_batch_sets.go).
func (s *Store) ImportBatch(ctx context.Context, quotes []ImportQuote) (ImportStats, error) {
	var stats ImportStats
	if len(quotes) == 0 {
		return stats, nil
	}
	sqlDB, err := s.db.DB()
	if err != nil {
		return stats, err
	}
	conn, err := sqlDB.Conn(ctx)
	if err != nil {
		return stats, fmt.Errorf("import: %w", err)
	}
	defer conn.Close()
	if s.engine == SQLite {
		// Statements that fire triggers or resolve conflicts keep a
		// statement journal; in a temporary file that costs two system
		// calls a row, in memory nothing worth measuring.
		// A batch touches indexes all over the file (speakers, random
		// fingerprints, the search index): a larger page cache for this
		// connection, given back when the batch is done, keeps them in
		// memory.
		if _, err := conn.ExecContext(ctx, `PRAGMA temp_store = MEMORY; PRAGMA cache_size = -131072`); err != nil {
			return stats, fmt.Errorf("import: %w", err)
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA cache_size = -2000`)
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return stats, fmt.Errorf("import: begin: %w", err)
	}
	defer tx.Rollback()
	if s.engine == Postgres {
		// The batch takes the write lock every write transaction takes
		// (see lockWrites), so what it looks up stays true until it
		// commits.
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, writeLock); err != nil {
			return stats, fmt.Errorf("import: wait for the write lock: %w", err)
		}
		// Every row the batch writes runs the foreign-key checks and
		// the facet triggers, whose statements PostgreSQL keeps planned;
		// force_custom_plan (see Open), meant for searches, would plan
		// them again for every row, which doubles the cost of writing a
		// quote. Their plans do not depend on the values, so the batch
		// lets PostgreSQL keep them, until it commits.
		if _, err := tx.ExecContext(ctx, `SET LOCAL plan_cache_mode = auto`); err != nil {
			return stats, fmt.Errorf("import: %w", err)
		}
	}
	b, err := s.newImportBatch(ctx, tx)
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
	if err := tx.Commit(); err != nil {
		return stats, fmt.Errorf("import: commit: %w", err)
	}
	return b.stats, nil
}

// importBatch is the state of one ImportBatch transaction: its prepared
// statements, what it has matched or created so far, and the count
// changes to apply at its end. Nothing in it outlives the transaction,
// so a batch that rolls back leaves no stale IDs behind.
type importBatch struct {
	ctx    context.Context
	tx     *sql.Tx
	engine Engine
	now    time.Time
	stmts  map[string]*sql.Stmt
	stats  ImportStats

	people   map[string]int64 // by lower-case name
	outlets  map[string]*int64
	articles map[string]importedArticle
	topics   map[string]int64

	personDelta, articleDelta, topicDelta, outletDelta map[int64]int
	firstID, lastID                                    int64

	set setBatch // see import_batch_sets.go
}

type importedArticle struct {
	id        int64
	outletID  *int64
	published *time.Time
}

var importSQL = map[string]string{
	"slugTaken": `SELECT count(*) FROM %s WHERE slug = ?`,
	"insertPerson": `INSERT INTO people (name, slug, sort_name, kind, wikidata_id, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`,
	"outletByName":   `SELECT id FROM outlets WHERE lower(name) = lower(?)`,
	"outletByDomain": `SELECT outlet_id FROM outlet_domains WHERE domain = ?`,
	"insertOutlet":   `INSERT INTO outlets (name, slug, kind, home_url, created_at, updated_at) VALUES (?, ?, 'news', ?, ?, ?)`,
	"insertDomain":   `INSERT INTO outlet_domains (outlet_id, domain) VALUES (?, ?)`,
	"articleByTitle": `SELECT id, outlet_id, published_on FROM articles WHERE title = ? AND url IS NULL AND outlet_id IS NOT DISTINCT FROM ? ORDER BY id LIMIT 1`,
	"insertArticle": `INSERT INTO articles (title, url, outlet_id, authors, published_on, accessed_on, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
	"topicByName": `SELECT id FROM topics WHERE lower(name) = ?`,
	"insertTopic": `INSERT INTO topics (name, slug, created_at, updated_at) VALUES (?, ?, ?, ?)`,
}

func (s *Store) newImportBatch(ctx context.Context, tx *sql.Tx) (*importBatch, error) {
	b := &importBatch{
		// go-sqlite3 runs every statement on a context that can be
		// cancelled in a goroutine of its own, to interrupt it; at a few
		// microseconds a row that doubles the cost of an import. The
		// batch checks for cancellation between quotes instead.
		ctx: context.WithoutCancel(ctx), tx: tx, engine: s.engine, now: time.Now().UTC().Truncate(time.Microsecond),
		stmts:  map[string]*sql.Stmt{},
		people: map[string]int64{}, outlets: map[string]*int64{}, articles: map[string]importedArticle{}, topics: map[string]int64{},
		personDelta: map[int64]int{}, articleDelta: map[int64]int{}, topicDelta: map[int64]int{}, outletDelta: map[int64]int{},
	}
	// Index the batch in one statement at its end rather than row by row
	// (see searchIndexSQL); only this transaction sees the row.
	if _, err := tx.ExecContext(ctx, `INSERT INTO quote_search_deferred (on_batch) VALUES (1)`); err != nil {
		return nil, fmt.Errorf("import: defer search indexing: %w", err)
	}
	return b, nil
}

func (b *importBatch) close() {
	for _, st := range b.stmts {
		st.Close()
	}
}

// stmt prepares a statement of importSQL once per batch; args fill its
// %s verbs (table names, never values).
func (b *importBatch) stmt(name string, args ...any) (*sql.Stmt, error) {
	q := importSQL[name]
	if len(args) > 0 {
		q = fmt.Sprintf(q, args...)
	}
	return b.prepare(name+fmt.Sprint(args...), q)
}

func (b *importBatch) prepare(key, q string) (*sql.Stmt, error) {
	if st, ok := b.stmts[key]; ok {
		return st, nil
	}
	if b.engine == Postgres {
		q = rebindDollar(q)
	}
	st, err := b.tx.PrepareContext(b.ctx, q)
	if err != nil {
		return nil, fmt.Errorf("import: prepare %s: %w", key, err)
	}
	b.stmts[key] = st
	return st, nil
}

// rebindDollar turns ? placeholders into PostgreSQL's $1, $2, ...
func rebindDollar(q string) string {
	var sb strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			sb.WriteString("$" + strconv.Itoa(n))
			continue
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// insert runs one of importSQL's INSERTs and returns the new row's id.
func (b *importBatch) insert(name string, args ...any) (int64, error) {
	if b.engine == Postgres {
		st, err := b.prepare(name+" returning", importSQL[name]+" RETURNING id")
		if err != nil {
			return 0, err
		}
		var id int64
		return id, st.QueryRowContext(b.ctx, args...).Scan(&id)
	}
	st, err := b.stmt(name)
	if err != nil {
		return 0, err
	}
	res, err := st.ExecContext(b.ctx, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// exec runs one of importSQL's statements and tells how many rows it
// changed.
func (b *importBatch) exec(name string, args ...any) (int64, error) {
	st, err := b.stmt(name)
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
func (b *importBatch) queryID(name string, args ...any) (id int64, ok bool, err error) {
	st, err := b.stmt(name)
	if err != nil {
		return 0, false, err
	}
	err = st.QueryRowContext(b.ctx, args...).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return id, err == nil, err
}

func (b *importBatch) uniqueSlug(table, name string) (string, error) {
	base := Slugify(name)
	st, err := b.stmt("slugTaken", table)
	if err != nil {
		return "", err
	}
	for n := 1; ; n++ {
		candidate := base
		if n > 1 {
			candidate = fmt.Sprintf("%s-%d", base, n)
		}
		if reservedSlugs[candidate] {
			continue
		}
		var count int
		if err := st.QueryRowContext(b.ctx, candidate).Scan(&count); err != nil {
			return "", fmt.Errorf("check slug %q: %w", candidate, err)
		}
		if count == 0 {
			return candidate, nil
		}
	}
}

// person finds the speaker by name, then by an alias that names only
// them, as the forms do; else it creates them.
func (b *importBatch) person(q *ImportQuote) (int64, error) {
	key := strings.ToLower(q.Speaker)
	if id, ok := b.people[key]; ok {
		return id, nil
	}
	// prefetch looked the batch's speakers up.
	id, ok := b.set.byName[q.Speaker]
	ids := b.set.byAlias[q.Speaker] // people with the speaker as an alias
	if !ok && len(ids) == 1 {
		id, ok = ids[0], true
	}
	if !ok {
		slug, err := b.uniqueSlug("people", q.Speaker)
		if err != nil {
			return 0, err
		}
		id, err = b.insert("insertPerson", q.Speaker, slug, SortKey(q.Speaker, q.SpeakerKind), q.SpeakerKind, q.SpeakerWikidata, b.now, b.now)
		if err != nil {
			return 0, fmt.Errorf("create speaker %q: %w", q.Speaker, err)
		}
		b.stats.People++
	}
	b.people[key] = id
	return id, nil
}

// outlet finds an outlet by name, then by domain, else creates it; name
// may be empty when only the article's URL tells the outlet. No name and
// no URL is no outlet.
func (b *importBatch) outlet(name, articleURL string) (*int64, error) {
	name = strings.TrimSpace(name)
	domain := ""
	if articleURL != "" {
		domain = NormalizeDomain(articleURL)
	}
	key := strings.ToLower(name) + "\x00" + domain
	if id, ok := b.outlets[key]; ok {
		return id, nil
	}
	var (
		id  int64
		ok  bool
		err error
	)
	if name != "" {
		if id, ok, err = b.queryID("outletByName", name); err != nil {
			return nil, fmt.Errorf("find outlet %q: %w", name, err)
		}
		if !ok {
			id, ok, err = b.queryID("outletByDomain", NormalizeDomain(name))
		}
	}
	if !ok && domain != "" && err == nil {
		id, ok, err = b.queryID("outletByDomain", domain)
	}
	if err != nil {
		return nil, fmt.Errorf("find outlet %q: %w", name+" "+domain, err)
	}
	if !ok {
		if name == "" && domain == "" {
			b.outlets[key] = nil
			return nil, nil
		}
		if name == "" {
			name = domain
		}
		slug, err := b.uniqueSlug("outlets", name)
		if err != nil {
			return nil, err
		}
		home := ""
		if domain != "" {
			home = "https://" + domain + "/"
		}
		if id, err = b.insert("insertOutlet", name, slug, home, b.now, b.now); err != nil {
			return nil, fmt.Errorf("create outlet %q: %w", name, err)
		}
		if domain != "" {
			if _, err := b.exec("insertDomain", id, domain); err != nil {
				return nil, fmt.Errorf("create outlet %q: %w", name, err)
			}
		}
		b.stats.Outlets++
	}
	b.outlets[key] = &id
	return &id, nil
}

func (b *importBatch) article(a *ImportArticle) (importedArticle, error) {
	key := a.URL
	if key == "" {
		key = "\x00" + a.Title + "\x00" + strings.ToLower(a.Outlet)
	}
	if art, ok := b.articles[key]; ok {
		return art, nil
	}
	outletID, err := b.outlet(a.Outlet, a.URL)
	if err != nil {
		return importedArticle{}, err
	}
	var (
		art   importedArticle
		found bool
	)
	if a.URL != "" {
		art, found = b.set.byURL[a.URL] // looked up by prefetch
	} else {
		art, found, err = b.queryArticle("articleByTitle", a.Title, outletID)
	}
	if err != nil {
		return art, fmt.Errorf("find article %q: %w", a.Title, err)
	}
	if !found {
		var link any
		if a.URL != "" {
			link = a.URL
		}
		art = importedArticle{outletID: outletID, published: a.Published}
		row := []any{a.Title, link, outletID, strings.Join(a.Authors, "\n"), a.Published, a.Accessed, b.now, b.now}
		if a.URL != "" {
			// Written with the batch's quotes (flush). An article without
			// a URL is written now: a later quote's lookup by title and
			// outlet must find it.
			if art.id, err = b.takeID("articles"); err == nil {
				b.set.articles = append(b.set.articles, append([]any{art.id}, row...))
			}
		} else {
			art.id, err = b.insert("insertArticle", row...)
		}
		if err != nil {
			return art, fmt.Errorf("create article %q: %w", a.Title, err)
		}
		b.stats.Articles++
		if outletID != nil {
			b.outletDelta[*outletID]++
		}
	}
	b.articles[key] = art
	return art, nil
}

// queryArticle runs one of importSQL's article lookups.
func (b *importBatch) queryArticle(name string, args ...any) (importedArticle, bool, error) {
	st, err := b.stmt(name)
	if err != nil {
		return importedArticle{}, false, err
	}
	art, err := scanArticle(st.QueryRowContext(b.ctx, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return art, false, nil
	}
	return art, err == nil, err
}

// scanArticle reads an article's id, outlet_id and published_on, then
// into extra any columns after them.
func scanArticle(row scanner, extra ...any) (importedArticle, error) {
	var (
		art       importedArticle
		outlet    sql.NullInt64
		published sql.NullTime
	)
	if err := row.Scan(append([]any{&art.id, &outlet, &published}, extra...)...); err != nil {
		return art, err
	}
	if outlet.Valid {
		art.outletID = &outlet.Int64
	}
	if published.Valid {
		art.published = &published.Time
	}
	return art, nil
}

func (b *importBatch) topic(name string) (int64, error) {
	name = strings.Join(strings.Fields(name), " ")
	key := strings.ToLower(name)
	if id, ok := b.topics[key]; ok {
		return id, nil
	}
	id, ok, err := b.queryID("topicByName", key)
	if err != nil {
		return 0, fmt.Errorf("find topic %q: %w", name, err)
	}
	if !ok {
		slug, err := b.uniqueSlug("topics", name)
		if err != nil {
			return 0, err
		}
		if id, err = b.insert("insertTopic", name, slug, b.now, b.now); err != nil {
			return 0, fmt.Errorf("create topic %q: %w", name, err)
		}
		b.stats.Topics++
	}
	b.topics[key] = id
	return id, nil
}

// pendingQuote is a quote whose speaker and article are resolved, ready
// to insert.
type pendingQuote struct {
	q           *ImportQuote
	pid         int64
	art         importedArticle
	via         *int64
	fingerprint string
}

// resolve matches or creates the speaker, article and outlets of q.
func (b *importBatch) resolve(q *ImportQuote) (pendingQuote, error) {
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
	fingerprints := make([]string, len(pending))
	for i, p := range pending {
		fingerprints[i] = p.fingerprint
	}
	list, err := b.listArg(fingerprints)
	if err != nil {
		return nil, err
	}
	rows, err := b.tx.QueryContext(b.ctx, setSQL[b.engine]["knownFingerprints"], list)
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
	return known, nil
}

// insertQuote adds one resolved quote, with an id reserved for it, and
// its filing under its topics to the rows flush writes.
func (b *importBatch) insertQuote(p pendingQuote) error {
	q := p.q
	row := []any{q.Text, p.pid, q.SpeakerTitle, q.Kind, p.art.id, p.art.outletID, p.via, q.SaidOn,
		sortDate(q.SaidOn, p.art.published), q.Context, q.Status, p.fingerprint, b.now, b.now}
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
	if b.lastID > 0 {
		// The batch holds the write lock, so every id in the range is one
		// of its own quotes.
		index := `INSERT INTO quote_fts (rowid, text, speaker, article, outlet, tags)
			SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE id BETWEEN ? AND ?`
		years := `INSERT OR IGNORE INTO quote_search_years (year)
			SELECT DISTINCT substr(sort_date, 1, 4) FROM quotes WHERE id BETWEEN ? AND ? AND sort_date <> ''`
		if b.engine == Postgres {
			index = `INSERT INTO quote_search (quote_id, document)
				SELECT id, document FROM quote_search_rows WHERE id BETWEEN $1 AND $2`
			years = `INSERT INTO quote_search_years (year)
				SELECT DISTINCT substr(sort_date, 1, 4) FROM quotes WHERE id BETWEEN $1 AND $2 AND sort_date <> '' ON CONFLICT DO NOTHING`
		}
		if _, err := b.tx.ExecContext(b.ctx, index, b.firstID, b.lastID); err != nil {
			return fmt.Errorf("import: index for search: %w", err)
		}
		if _, err := b.tx.ExecContext(b.ctx, years, b.firstID, b.lastID); err != nil {
			return fmt.Errorf("import: index for search: %w", err)
		}
		for _, q := range bulkFacetsSQL {
			if b.engine == Postgres {
				q = rebindDollar(q)
			}
			if _, err := b.tx.ExecContext(b.ctx, q, b.firstID, b.lastID); err != nil {
				return fmt.Errorf("import: count facets: %w", err)
			}
		}
		if b.engine == SQLite {
			if _, err := b.tx.ExecContext(b.ctx, bumpDataVersionSQL); err != nil {
				return fmt.Errorf("import: mark the data changed: %w", err)
			}
		}
	}
	if _, err := b.tx.ExecContext(b.ctx, `DELETE FROM quote_search_deferred`); err != nil {
		return fmt.Errorf("import: index for search: %w", err)
	}
	return nil
}
