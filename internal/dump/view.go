package dump

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strings"

	"github.com/quotetrail/quotetrail/models"
)

// dumpBatch is how many rows one keyset query reads.
const dumpBatch = 2000

// ReadView is a consistent, read-only view of the whole database, for a
// dump: every read through it sees the same committed state, while the
// app goes on writing.
type ReadView struct {
	ctx  context.Context
	conn *sql.Conn
	d    dialect
	// SchemaVersion is the newest migration applied to the database.
	SchemaVersion int
}

// WithReadView runs fn over a read view of store's database. On SQLite
// it is a deferred read transaction (WAL lets writers go on beside it);
// on PostgreSQL a REPEATABLE READ, READ ONLY one.
func WithReadView(ctx context.Context, store *models.Store, fn func(*ReadView) error) (err error) {
	d := dialectFor(store.Engine())
	sqlDB, err := store.SQLDB()
	if err != nil {
		return err
	}
	conn, err := sqlDB.Conn(ctx)
	if err != nil {
		return fmt.Errorf("read view: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, d.beginRead); err != nil {
		return fmt.Errorf("read view: begin: %w", err)
	}
	defer func() {
		if _, rerr := conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK"); rerr != nil {
			// A connection left inside a transaction must not go back to
			// the pool.
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
			if err == nil {
				err = fmt.Errorf("read view: end: %w", rerr)
			}
		}
	}()
	v := &ReadView{ctx: ctx, conn: conn, d: d}
	// The first read fixes what the view sees.
	if err := conn.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v.SchemaVersion); err != nil {
		return fmt.Errorf("read view: schema version: %w", err)
	}
	return fn(v)
}

// Columns lists the columns a dump of table holds, key first.
func (v *ReadView) Columns(table string) ([]Column, error) {
	return dumpedColumns(v.ctx, v.conn, table)
}

// EachRow calls fn with every row of table, in key order, its values in
// the order of cols (from Columns) as portable Go values. The slice is
// reused between calls. Rows are read in batches by key, so memory stays
// flat however big the table.
func (v *ReadView) EachRow(table string, cols []Column, fn func(row []any) error) error {
	t, ok := tableNamed(table)
	if !ok {
		return fmt.Errorf("%s is not a dumped table", table)
	}
	var sel, order []string
	for _, c := range cols {
		expr := quoteIdent(c.Name)
		if c.Kind == KindTime || c.Kind == KindDate {
			expr = v.d.readTime(expr)
		}
		sel = append(sel, expr)
	}
	for i, k := range t.Key {
		if i >= len(cols) || cols[i].Name != k {
			return fmt.Errorf("dump %s: the columns must start with the key %v", table, t.Key)
		}
		expr := quoteIdent(k)
		if cols[i].Kind == KindText {
			expr = v.d.orderText(expr)
		}
		order = append(order, expr)
	}
	first := fmt.Sprintf(`SELECT %s FROM %s ORDER BY %s LIMIT %d`,
		strings.Join(sel, ", "), quoteIdent(table), strings.Join(order, ", "), dumpBatch)
	marks := make([]string, len(order))
	for i := range marks {
		marks[i] = v.d.placeholder(i + 1)
	}
	next := fmt.Sprintf(`SELECT %s FROM %s WHERE (%s) > (%s) ORDER BY %s LIMIT %d`,
		strings.Join(sel, ", "), quoteIdent(table), strings.Join(order, ", "), strings.Join(marks, ", "), strings.Join(order, ", "), dumpBatch)

	raw := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range raw {
		ptrs[i] = &raw[i]
	}
	row := make([]any, len(cols))
	var after []any
	for {
		var (
			rows *sql.Rows
			err  error
		)
		if after == nil {
			rows, err = v.conn.QueryContext(v.ctx, first)
		} else {
			rows, err = v.conn.QueryContext(v.ctx, next, after...)
		}
		if err != nil {
			return fmt.Errorf("dump %s: %w", table, err)
		}
		n := 0
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return fmt.Errorf("dump %s: %w", table, err)
			}
			for i, c := range cols {
				v, err := portableValue(c.Kind, raw[i])
				if err != nil {
					rows.Close()
					return fmt.Errorf("dump %s: key %v: column %s: %w", table, raw[:len(t.Key)], c.Name, err)
				}
				row[i] = v
			}
			if err := fn(row); err != nil {
				rows.Close()
				return err
			}
			n++
			after = append(after[:0], row[:len(t.Key)]...)
		}
		if err := rows.Close(); err != nil {
			return fmt.Errorf("dump %s: %w", table, err)
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("dump %s: %w", table, err)
		}
		if n < dumpBatch {
			return nil
		}
	}
}

// Sequence reports the highest id table's sequence has handed out (0 when
// none), so that a restore never hands out an id a deleted row had; ok is
// false for a table without a sequence.
func (v *ReadView) Sequence(table string) (seq int64, ok bool, err error) {
	t, found := tableNamed(table)
	if !found || !t.hasSequence() {
		return 0, false, nil
	}
	seq, ok, err = v.d.sequence(v.ctx, v.conn, table)
	if err != nil || !ok {
		return 0, false, err
	}
	// Never below the rows themselves, whatever the engine reports.
	var maxID int64
	if err := v.conn.QueryRowContext(v.ctx, `SELECT COALESCE(MAX(id), 0) FROM `+quoteIdent(table)).Scan(&maxID); err != nil {
		return 0, false, fmt.Errorf("sequence of %s: %w", table, err)
	}
	return max(seq, maxID), true, nil
}
