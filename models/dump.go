package models

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mattn/go-sqlite3"
)

// DumpTable is a table a dump carries, row by row.
type DumpTable struct {
	Name string
	// Key is the primary key: rows are read, and dumped, in its order. A
	// table keyed by the single integer column id also has an id sequence
	// ({{id}} in the migrations), whose high-water mark a dump keeps.
	Key []string
	// Derived are columns the app computes from other tables; a dump
	// leaves them out and a restore computes them again.
	Derived []DerivedColumn
}

// DerivedColumn is a stored column computed from other rows: Expr is the
// SQL that computes it for one row of its table.
type DerivedColumn struct {
	Column string
	Expr   string
}

// DumpTables lists, parents before children, the tables a dump holds:
// everything that cannot be rebuilt from the rest. Sessions, login
// failures and app secrets start afresh; the search index, facet counts,
// data_version and schema_migrations are rebuilt. A new table is one
// line here.
func DumpTables() []DumpTable {
	id := []string{"id"}
	return []DumpTable{
		{Name: "outlets", Key: id, Derived: []DerivedColumn{
			{"article_count", `(SELECT COUNT(*) FROM articles WHERE articles.outlet_id = outlets.id)`}}},
		{Name: "outlet_domains", Key: []string{"outlet_id", "domain"}},
		{Name: "people", Key: id, Derived: []DerivedColumn{
			{"quote_count", `(SELECT COUNT(*) FROM quotes WHERE quotes.person_id = people.id)`}}},
		{Name: "person_aliases", Key: []string{"person_id", "alias"}},
		{Name: "topics", Key: id, Derived: []DerivedColumn{
			{"quote_count", `(SELECT COUNT(*) FROM quote_topics WHERE quote_topics.topic_id = topics.id)`}}},
		{Name: "articles", Key: id, Derived: []DerivedColumn{
			{"quote_count", `(SELECT COUNT(*) FROM quotes WHERE quotes.article_id = articles.id)`}}},
		{Name: "quotes", Key: id},
		{Name: "quote_topics", Key: []string{"quote_id", "topic_id"}},
		{Name: "users", Key: id},
		{Name: "revisions", Key: id},
	}
}

// dumpTable finds a table of DumpTables by name.
func dumpTable(name string) (DumpTable, bool) {
	for _, t := range DumpTables() {
		if t.Name == name {
			return t, true
		}
	}
	return DumpTable{}, false
}

// hasSequence tells whether the table's ids come from a sequence.
func (t DumpTable) hasSequence() bool { return len(t.Key) == 1 && t.Key[0] == "id" }

func (t DumpTable) derived(column string) bool {
	return slices.ContainsFunc(t.Derived, func(d DerivedColumn) bool { return d.Column == column })
}

// ColumnKind is the portable type of a column's values.
type ColumnKind string

// The kinds of value a dump holds. Values are read and written as int64,
// string, time.Time (a time in UTC; a date at midnight UTC), bool and
// float64, and nil for NULL.
const (
	KindInt  ColumnKind = "int"
	KindText ColumnKind = "text"
	KindTime ColumnKind = "time" // a point in time
	KindDate ColumnKind = "date" // a calendar day
	KindBool ColumnKind = "bool"
	KindReal ColumnKind = "real"
)

// Column is a dumped column: its name and kind.
type Column struct {
	Name string
	Kind ColumnKind
}

// columnKind maps a column's declared type, as either engine reports it,
// to its kind.
func columnKind(dbType string) (ColumnKind, bool) {
	t := strings.ToUpper(strings.TrimSpace(dbType))
	if i := strings.IndexByte(t, '('); i >= 0 {
		t = strings.TrimSpace(t[:i])
	}
	switch t {
	case "INTEGER", "INT", "BIGINT", "SMALLINT", "INT2", "INT4", "INT8":
		return KindInt, true
	case "TEXT", "VARCHAR", "CHAR", "CHARACTER VARYING", "BPCHAR":
		return KindText, true
	case "DATETIME", "TIMESTAMP", "TIMESTAMPTZ":
		return KindTime, true
	case "DATE":
		return KindDate, true
	case "BOOLEAN", "BOOL":
		return KindBool, true
	case "REAL", "FLOAT", "DOUBLE", "FLOAT4", "FLOAT8":
		return KindReal, true
	}
	return "", false
}

// quoteIdent quotes a table or column name for either engine.
func quoteIdent(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

// dumpBatch is how many rows one keyset query reads.
const dumpBatch = 2000

// Snapshot is a consistent, read-only view of the whole database, for a
// dump: every read through it sees the same committed state, while the
// app goes on writing.
type Snapshot struct {
	ctx    context.Context
	conn   *sql.Conn
	engine Engine
	// SchemaVersion is the newest migration applied to the database.
	SchemaVersion int
}

// ReadSnapshot runs fn over a snapshot of the database. On SQLite it is a
// deferred read transaction (WAL lets writers go on beside it); on
// PostgreSQL a REPEATABLE READ, READ ONLY one.
func (s *Store) ReadSnapshot(ctx context.Context, fn func(*Snapshot) error) (err error) {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	conn, err := sqlDB.Conn(ctx)
	if err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	defer conn.Close()
	// The SQLite driver begins every transaction IMMEDIATE (see
	// sqliteDSN), which would hold off the app's writers for the whole
	// dump, so the snapshot begins its own read transaction.
	begin := "BEGIN DEFERRED"
	if s.engine == Postgres {
		begin = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
	}
	if _, err := conn.ExecContext(ctx, begin); err != nil {
		return fmt.Errorf("snapshot: begin: %w", err)
	}
	defer func() {
		if _, rerr := conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK"); rerr != nil {
			// A connection left inside a transaction must not go back to
			// the pool.
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
			if err == nil {
				err = fmt.Errorf("snapshot: end: %w", rerr)
			}
		}
	}()
	snap := &Snapshot{ctx: ctx, conn: conn, engine: s.engine}
	// The first read fixes the snapshot.
	if err := conn.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&snap.SchemaVersion); err != nil {
		return fmt.Errorf("snapshot: schema version: %w", err)
	}
	return fn(snap)
}

// tableColumns lists a table's columns with their kinds, in the order the
// database declares them.
func tableColumns(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, table string) ([]Column, error) {
	rows, err := q.QueryContext(ctx, `SELECT * FROM `+quoteIdent(table)+` WHERE 1 = 0`)
	if err != nil {
		return nil, fmt.Errorf("columns of %s: %w", table, err)
	}
	defer rows.Close()
	types, err := rows.ColumnTypes()
	if err != nil {
		return nil, fmt.Errorf("columns of %s: %w", table, err)
	}
	cols := make([]Column, 0, len(types))
	for _, ct := range types {
		kind, ok := columnKind(ct.DatabaseTypeName())
		if !ok {
			return nil, fmt.Errorf("column %s.%s has type %s, which dumps do not handle", table, ct.Name(), ct.DatabaseTypeName())
		}
		cols = append(cols, Column{Name: ct.Name(), Kind: kind})
	}
	return cols, rows.Err()
}

// dumpColumns orders a table's columns for a dump: the key first, then
// the rest by name, so that the order never depends on the engine or on
// the order migrations added them. Derived columns are left out.
func dumpColumns(t DumpTable, all []Column) ([]Column, error) {
	var key, rest []Column
	for _, k := range t.Key {
		i := slices.IndexFunc(all, func(c Column) bool { return c.Name == k })
		if i < 0 {
			return nil, fmt.Errorf("table %s has no key column %s", t.Name, k)
		}
		key = append(key, all[i])
	}
	for _, c := range all {
		if !slices.Contains(t.Key, c.Name) && !t.derived(c.Name) {
			rest = append(rest, c)
		}
	}
	slices.SortFunc(rest, func(a, b Column) int { return strings.Compare(a.Name, b.Name) })
	return append(key, rest...), nil
}

// Columns lists the columns a dump of table holds, key first.
func (snap *Snapshot) Columns(table string) ([]Column, error) {
	return dumpedColumns(snap.ctx, snap.conn, table)
}

// dumpedColumns lists the columns of table that a dump holds and a
// restore fills, read through q: all but the derived ones, key first.
func dumpedColumns(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, table string) ([]Column, error) {
	t, ok := dumpTable(table)
	if !ok {
		return nil, fmt.Errorf("%s is not a table a dump holds", table)
	}
	all, err := tableColumns(ctx, q, table)
	if err != nil {
		return nil, err
	}
	return dumpColumns(t, all)
}

// EachRow calls fn with every row of table, in key order, its values in
// the order of cols (from Columns) as portable Go values. The slice is
// reused between calls. Rows are read in batches by key, so memory stays
// flat however big the table.
func (snap *Snapshot) EachRow(table string, cols []Column, fn func(row []any) error) error {
	t, ok := dumpTable(table)
	if !ok {
		return fmt.Errorf("%s is not a dumped table", table)
	}
	var sel, order []string
	for _, c := range cols {
		expr := quoteIdent(c.Name)
		if snap.engine == SQLite && (c.Kind == KindTime || c.Kind == KindDate) {
			// Read the stored text and parse it here: the driver turns a
			// time it cannot parse into the zero time without a word.
			expr = "CAST(" + expr + " AS TEXT)"
		}
		sel = append(sel, expr)
	}
	for i, k := range t.Key {
		if i >= len(cols) || cols[i].Name != k {
			return fmt.Errorf("dump %s: the columns must start with the key %v", table, t.Key)
		}
		expr := quoteIdent(k)
		if snap.engine == Postgres && cols[i].Kind == KindText {
			// Byte order, as SQLite sorts, whatever the database's locale.
			expr += ` COLLATE "C"`
		}
		order = append(order, expr)
	}
	first := fmt.Sprintf(`SELECT %s FROM %s ORDER BY %s LIMIT %d`,
		strings.Join(sel, ", "), quoteIdent(table), strings.Join(order, ", "), dumpBatch)
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(order)), ", ")
	next := fmt.Sprintf(`SELECT %s FROM %s WHERE (%s) > (%s) ORDER BY %s LIMIT %d`,
		strings.Join(sel, ", "), quoteIdent(table), strings.Join(order, ", "), marks, strings.Join(order, ", "), dumpBatch)
	if snap.engine == Postgres {
		next = rebindDollar(next)
	}

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
			rows, err = snap.conn.QueryContext(snap.ctx, first)
		} else {
			rows, err = snap.conn.QueryContext(snap.ctx, next, after...)
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
func (snap *Snapshot) Sequence(table string) (seq int64, ok bool, err error) {
	t, found := dumpTable(table)
	if !found || !t.hasSequence() {
		return 0, false, nil
	}
	switch snap.engine {
	case Postgres:
		var name sql.NullString
		if err := snap.conn.QueryRowContext(snap.ctx, `SELECT pg_get_serial_sequence($1, 'id')`, table).Scan(&name); err != nil {
			return 0, false, fmt.Errorf("sequence of %s: %w", table, err)
		}
		if !name.Valid {
			return 0, false, nil
		}
		var called bool
		if err := snap.conn.QueryRowContext(snap.ctx, `SELECT last_value, is_called FROM `+name.String).Scan(&seq, &called); err != nil {
			return 0, false, fmt.Errorf("sequence of %s: %w", table, err)
		}
		if !called {
			seq = 0
		}
	default:
		err := snap.conn.QueryRowContext(snap.ctx, `SELECT seq FROM sqlite_sequence WHERE name = ?`, table).Scan(&seq)
		if errors.Is(err, sql.ErrNoRows) {
			seq = 0
		} else if err != nil {
			return 0, false, fmt.Errorf("sequence of %s: %w", table, err)
		}
	}
	// Never below the rows themselves, whatever the engine reports.
	var maxID int64
	if err := snap.conn.QueryRowContext(snap.ctx, `SELECT COALESCE(MAX(id), 0) FROM `+quoteIdent(table)).Scan(&maxID); err != nil {
		return 0, false, fmt.Errorf("sequence of %s: %w", table, err)
	}
	return max(seq, maxID), true, nil
}

// portableValue turns a value as a driver returns it into the portable
// Go value of its kind, or says why it cannot.
func portableValue(kind ColumnKind, v any) (any, error) {
	if v == nil {
		return nil, nil
	}
	if b, ok := v.([]byte); ok {
		v = string(b)
	}
	switch kind {
	case KindInt:
		switch n := v.(type) {
		case int64:
			return n, nil
		case int32:
			return int64(n), nil
		case int:
			return int64(n), nil
		}
	case KindText:
		if s, ok := v.(string); ok {
			if !utf8.ValidString(s) {
				return nil, fmt.Errorf("text %q is not valid UTF-8", s)
			}
			return s, nil
		}
	case KindTime:
		t, err := timeValue(v)
		if err != nil {
			return nil, err
		}
		return t.UTC(), nil
	case KindDate:
		t, err := timeValue(v)
		if err != nil {
			return nil, err
		}
		// The day as stored, in the zone it was stored with.
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
	case KindBool:
		switch b := v.(type) {
		case bool:
			return b, nil
		case int64:
			return b != 0, nil
		}
	case KindReal:
		switch f := v.(type) {
		case float64:
			return f, nil
		case int64:
			return float64(f), nil
		}
	}
	return nil, fmt.Errorf("a %T (%v) where a %s belongs", v, v, kind)
}

// timeValue reads a time as PostgreSQL (time.Time) or SQLite (its text,
// in one of the layouts the SQLite driver writes and reads) returns it.
func timeValue(v any) (time.Time, error) {
	switch t := v.(type) {
	case time.Time:
		return t, nil
	case string:
		s := strings.TrimSuffix(t, "Z")
		for _, layout := range sqlite3.SQLiteTimestampFormats {
			if parsed, err := time.ParseInLocation(layout, s, time.UTC); err == nil {
				return parsed, nil
			}
		}
		return time.Time{}, fmt.Errorf("%q is not a time", t)
	}
	return time.Time{}, fmt.Errorf("a %T (%v) where a time belongs", v, v)
}
