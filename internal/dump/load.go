package dump

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/quotetrail/quotetrail/models"
)

// ErrNotEmpty is returned by Restore when the database already holds data.
var ErrNotEmpty = errors.New("the database is not empty")

// restoreParams bounds the values of one multi-row INSERT, under SQLite's
// limit of 32766 and PostgreSQL's of 65535.
const (
	restoreParams   = 30000
	restoreMaxBatch = 500
)

// loader loads rows into an empty database inside loadEmpty's
// transaction.
type loader struct {
	ctx    context.Context // for statements: not cancellable, see loadEmpty
	cancel context.Context // checked between batches
	tx     *sql.Tx
	d      dialect
}

// loadEmpty runs fn in one write transaction over store's database,
// which must be empty (see ErrNotEmpty), then computes again what the app
// derives from the rows and commits: derived columns (Tables), the search
// index (the per-row index triggers are switched off for the load, as for
// an import), and the facet counts and data_version, which their triggers
// keep as the rows go in. When fn or anything after it fails, nothing is
// written.
func loadEmpty(ctx context.Context, store *models.Store, fn func(*loader) error) error {
	d := dialectFor(store.Engine())
	sqlDB, err := store.SQLDB()
	if err != nil {
		return err
	}
	release, err := store.HoldWrites(ctx)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer release()
	conn, err := sqlDB.Conn(ctx)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer conn.Close()
	if d.connSetup != "" {
		if _, err := conn.ExecContext(ctx, d.connSetup); err != nil {
			return fmt.Errorf("restore: %w", err)
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), d.connReset)
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("restore: begin: %w", err)
	}
	defer tx.Rollback()
	// go-sqlite3 watches a cancellable context in a goroutine of its own
	// for every statement; the load checks for cancellation between
	// batches instead (as an import does).
	r := &loader{ctx: context.WithoutCancel(ctx), cancel: ctx, tx: tx, d: d}
	if err := r.checkEmpty(); err != nil {
		return err
	}
	if d.deferSearchIndex {
		if err := store.DeferSearchIndex(r.ctx, tx); err != nil {
			return fmt.Errorf("restore: %w", err)
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
	if d.deferSearchIndex {
		if err := store.RebuildSearchIndex(r.ctx, tx); err != nil {
			return fmt.Errorf("restore: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("restore: commit: %w", err)
	}
	return nil
}

// checkEmpty refuses a database that holds a row in any dumped table.
func (r *loader) checkEmpty() error {
	for _, t := range Tables() {
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
func (r *loader) Columns(table string) ([]Column, error) {
	return dumpedColumns(r.ctx, r.tx, table)
}

// tableLoad inserts the rows of one table in multi-row batches.
type tableLoad struct {
	r       *loader
	table   Table
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
func (r *loader) Load(table string, cols []Column) (*tableLoad, error) {
	t, ok := tableNamed(table)
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
	l := &tableLoad{r: r, table: t, cols: slices.Clone(cols), batch: batch}
	l.full = l.insertSQL(batch)
	return l, nil
}

// insertSQL is an INSERT of n rows.
func (l *tableLoad) insertSQL(n int) string {
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
			sb.WriteString(l.r.d.placeholder(p))
		}
		sb.WriteByte(')')
	}
	return sb.String()
}

// Add queues one row, its values in the order of Load's columns, as
// portable Go values (see ColumnKind); row may be reused after the call.
func (l *tableLoad) Add(row []any) error {
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
func (l *tableLoad) Finish(sequence int64) (int64, error) {
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
func (r *loader) setSequence(table string, seq int64) error {
	var maxID int64
	if err := r.tx.QueryRowContext(r.ctx, `SELECT COALESCE(MAX(id), 0) FROM `+quoteIdent(table)).Scan(&maxID); err != nil {
		return fmt.Errorf("restore %s: sequence: %w", table, err)
	}
	seq = max(seq, maxID)
	if seq <= 0 {
		return nil
	}
	if err := r.d.setSequence(r.ctx, r.tx, table, seq); err != nil {
		return fmt.Errorf("restore %s: sequence: %w", table, err)
	}
	return nil
}

// computeDerived sets every derived column (see Tables) from the rows
// loaded.
func (r *loader) computeDerived() error {
	for _, t := range Tables() {
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
