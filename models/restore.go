package models

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

// ErrNotEmpty is returned by Restore when the database already holds data.
var ErrNotEmpty = errors.New("the database is not empty")

// restoreParams bounds the values of one multi-row INSERT, under SQLite's
// limit of 32766 and PostgreSQL's of 65535.
const (
	restoreParams   = 30000
	restoreMaxBatch = 500
)

// Restorer loads rows into an empty database inside Restore's transaction.
type Restorer struct {
	ctx    context.Context // for statements: not cancellable, see Restore
	cancel context.Context // checked between batches
	tx     *sql.Tx
	engine Engine
}

// Restore runs fn in one write transaction over an empty database (see
// ErrNotEmpty), then computes again what the app derives from the rows
// and commits: derived columns (DumpTables), the search index (the
// per-row index triggers are switched off for the load, as for an
// import), and the facet counts and data_version, which their triggers
// keep as the rows go in. When fn or anything after it fails, nothing
// is written.
func (s *Store) Restore(ctx context.Context, fn func(*Restorer) error) error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	conn, err := sqlDB.Conn(ctx)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer conn.Close()
	if s.engine == SQLite {
		// As for an import (see ImportBatch): statement journals in
		// memory and a large page cache for the load, given back after.
		if _, err := conn.ExecContext(ctx, `PRAGMA temp_store = MEMORY; PRAGMA cache_size = -131072`); err != nil {
			return fmt.Errorf("restore: %w", err)
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA cache_size = -2000`)
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("restore: begin: %w", err)
	}
	defer tx.Rollback()
	// go-sqlite3 watches a cancellable context in a goroutine of its own
	// for every statement; the load checks for cancellation between
	// batches instead (as ImportBatch does).
	r := &Restorer{ctx: context.WithoutCancel(ctx), cancel: ctx, tx: tx, engine: s.engine}
	if err := r.checkEmpty(); err != nil {
		return err
	}
	if s.engine == SQLite {
		if _, err := tx.ExecContext(r.ctx, `INSERT INTO quote_search_deferred (on_batch) VALUES (1)`); err != nil {
			return fmt.Errorf("restore: defer search indexing: %w", err)
		}
	}
	if err := fn(r); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := r.computeDerived(); err != nil {
		return err
	}
	if err := r.rebuildSearchIndex(); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("restore: commit: %w", err)
	}
	return nil
}

// checkEmpty refuses a database that holds a row in any dumped table.
func (r *Restorer) checkEmpty() error {
	for _, t := range DumpTables() {
		var found bool
		err := r.tx.QueryRowContext(r.ctx, `SELECT EXISTS (SELECT 1 FROM `+quoteIdent(t.Name)+`)`).Scan(&found)
		if err != nil {
			return fmt.Errorf("restore: check %s is empty: %w", t.Name, err)
		}
		if found {
			return fmt.Errorf("%w: table %s holds rows; restore into a new database", ErrNotEmpty, t.Name)
		}
	}
	return nil
}

// Columns lists the columns of table a restore can fill: all but the
// derived ones, key first.
func (r *Restorer) Columns(table string) ([]Column, error) {
	return dumpedColumns(r.ctx, r.tx, table)
}

// TableLoad inserts the rows of one table in multi-row batches.
type TableLoad struct {
	r       *Restorer
	table   DumpTable
	cols    []Column
	batch   int    // rows an INSERT holds
	full    string // the INSERT of a whole batch
	stmt    *sql.Stmt
	pending []any // values of the rows not yet inserted
	rows    int64
}

// Load starts loading table; cols (a subset of Columns, any order) name
// the values each row of Add holds. Columns left out take their
// defaults.
func (r *Restorer) Load(table string, cols []Column) (*TableLoad, error) {
	t, ok := dumpTable(table)
	if !ok {
		return nil, fmt.Errorf("%s is not a table a dump holds", table)
	}
	have, err := r.Columns(table)
	if err != nil {
		return nil, err
	}
	for i, c := range cols {
		j := slices.IndexFunc(have, func(h Column) bool { return h.Name == c.Name })
		switch {
		case j < 0:
			return nil, fmt.Errorf("table %s has no column %s to restore", table, c.Name)
		case have[j].Kind != c.Kind:
			return nil, fmt.Errorf("column %s.%s holds %s values here, not %s", table, c.Name, have[j].Kind, c.Kind)
		case slices.ContainsFunc(cols[:i], func(p Column) bool { return p.Name == c.Name }):
			return nil, fmt.Errorf("column %s.%s named twice", table, c.Name)
		}
	}
	for _, k := range t.Key {
		if !slices.ContainsFunc(cols, func(c Column) bool { return c.Name == k }) {
			return nil, fmt.Errorf("table %s: key column %s missing", table, k)
		}
	}
	if len(cols) == 0 {
		return nil, fmt.Errorf("table %s: no columns", table)
	}
	batch := min(restoreMaxBatch, restoreParams/len(cols))
	l := &TableLoad{r: r, table: t, cols: slices.Clone(cols), batch: batch}
	l.full = l.insertSQL(batch)
	return l, nil
}

// insertSQL is an INSERT of n rows.
func (l *TableLoad) insertSQL(n int) string {
	names := make([]string, len(l.cols))
	for i, c := range l.cols {
		names[i] = quoteIdent(c.Name)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "INSERT INTO %s (%s) VALUES ", quoteIdent(l.table.Name), strings.Join(names, ", "))
	p := 0
	for i := range n {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteByte('(')
		for j := range l.cols {
			if j > 0 {
				sb.WriteString(", ")
			}
			p++
			if l.r.engine == Postgres {
				fmt.Fprintf(&sb, "$%d", p)
			} else {
				sb.WriteByte('?')
			}
		}
		sb.WriteByte(')')
	}
	return sb.String()
}

// Add queues one row, its values in the order of Load's columns, as
// portable Go values (see ColumnKind); row may be reused after the call.
func (l *TableLoad) Add(row []any) error {
	if len(row) != len(l.cols) {
		return fmt.Errorf("%s: a row of %d values for %d columns", l.table.Name, len(row), len(l.cols))
	}
	l.pending = append(l.pending, row...)
	if len(l.pending) < l.batch*len(l.cols) {
		return nil
	}
	if err := l.r.cancel.Err(); err != nil {
		return err
	}
	if l.stmt == nil {
		st, err := l.r.tx.PrepareContext(l.r.ctx, l.full)
		if err != nil {
			return fmt.Errorf("restore %s: %w", l.table.Name, err)
		}
		l.stmt = st
	}
	if _, err := l.stmt.ExecContext(l.r.ctx, l.pending...); err != nil {
		return fmt.Errorf("restore %s: rows %d to %d: %w", l.table.Name, l.rows+1, l.rows+int64(l.batch), err)
	}
	l.rows += int64(l.batch)
	l.pending = l.pending[:0]
	return nil
}

// Finish inserts the rows still queued and sets the table's id sequence
// to sequence, or past the highest id when that is higher, so that new
// rows never take an id a row had. It reports how many rows the table
// received.
func (l *TableLoad) Finish(sequence int64) (int64, error) {
	if l.stmt != nil {
		l.stmt.Close()
	}
	if n := len(l.pending) / len(l.cols); n > 0 {
		if _, err := l.r.tx.ExecContext(l.r.ctx, l.insertSQL(n), l.pending...); err != nil {
			return l.rows, fmt.Errorf("restore %s: rows %d to %d: %w", l.table.Name, l.rows+1, l.rows+int64(n), err)
		}
		l.rows += int64(n)
		l.pending = l.pending[:0]
	}
	if l.table.hasSequence() {
		if err := l.r.setSequence(l.table.Name, sequence); err != nil {
			return l.rows, err
		}
	}
	return l.rows, nil
}

// setSequence moves table's id sequence to at least seq and the highest
// id in the table.
func (r *Restorer) setSequence(table string, seq int64) error {
	var maxID int64
	if err := r.tx.QueryRowContext(r.ctx, `SELECT COALESCE(MAX(id), 0) FROM `+quoteIdent(table)).Scan(&maxID); err != nil {
		return fmt.Errorf("restore %s: sequence: %w", table, err)
	}
	seq = max(seq, maxID)
	if seq <= 0 {
		return nil
	}
	var err error
	switch r.engine {
	case Postgres:
		_, err = r.tx.ExecContext(r.ctx, `SELECT setval(pg_get_serial_sequence($1, 'id'), $2)`, table, seq)
	default:
		// AUTOINCREMENT keeps its high-water mark in sqlite_sequence, which
		// the inserts have already moved to the highest id.
		_, err = r.tx.ExecContext(r.ctx, `UPDATE sqlite_sequence SET seq = ? WHERE name = ? AND seq < ?`, seq, table, seq)
		if err == nil {
			_, err = r.tx.ExecContext(r.ctx, `INSERT INTO sqlite_sequence (name, seq)
				SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?)`, table, seq, table)
		}
	}
	if err != nil {
		return fmt.Errorf("restore %s: sequence: %w", table, err)
	}
	return nil
}

// computeDerived sets every derived column (see DumpTables) from the rows
// loaded.
func (r *Restorer) computeDerived() error {
	for _, t := range DumpTables() {
		if len(t.Derived) == 0 {
			continue
		}
		sets := make([]string, len(t.Derived))
		for i, d := range t.Derived {
			sets[i] = quoteIdent(d.Column) + " = " + d.Expr
		}
		if _, err := r.tx.ExecContext(r.ctx, `UPDATE `+quoteIdent(t.Name)+` SET `+strings.Join(sets, ", ")); err != nil {
			return fmt.Errorf("restore: compute %s counts: %w", t.Name, err)
		}
	}
	return nil
}

// rebuildSearchIndex indexes every quote for search in one statement (the
// per-row triggers were off for the load; see searchIndexSQL).
func (r *Restorer) rebuildSearchIndex() error {
	if r.engine != SQLite {
		// PostgreSQL's triggers indexed and counted each row as it was
		// loaded.
		return nil
	}
	// The facets too were left to this end (migration 7).
	for _, q := range bulkFacetsSQL {
		if _, err := r.tx.ExecContext(r.ctx, q, 1, math.MaxInt64); err != nil {
			return fmt.Errorf("restore: count facets: %w", err)
		}
	}
	if _, err := r.tx.ExecContext(r.ctx, bumpDataVersionSQL); err != nil {
		return fmt.Errorf("restore: mark the data changed: %w", err)
	}
	for _, stmt := range []string{
		`DELETE FROM quote_fts`,
		`INSERT INTO quote_fts (rowid, text, speaker, article, outlet, tags)
			SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows`,
		`INSERT OR IGNORE INTO quote_search_years (year) SELECT DISTINCT substr(sort_date, 1, 4) FROM quotes WHERE sort_date <> ''`,
		`DELETE FROM quote_search_deferred`,
	} {
		if _, err := r.tx.ExecContext(r.ctx, stmt); err != nil {
			return fmt.Errorf("restore: index for search: %w", err)
		}
	}
	return nil
}
