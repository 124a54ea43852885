package dump

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// Table is a table a dump carries, row by row.
type Table struct {
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

// Tables lists, parents before children, the tables a dump holds:
// everything that cannot be rebuilt from the rest. Sessions, login
// failures and app secrets start afresh; the search index, facet counts,
// data_version and schema_migrations are rebuilt. A new table is one
// line here.
func Tables() []Table {
	id := []string{"id"}
	return []Table{
		{Name: "outlets", Key: id, Derived: []DerivedColumn{
			{"article_count", `(SELECT COUNT(*) FROM articles WHERE articles.outlet_id = outlets.id)`}}},
		{Name: "outlet_domains", Key: []string{"outlet_id", "domain"}},
		{Name: "people", Key: id, Derived: []DerivedColumn{
			{"quote_count", `(SELECT COUNT(*) FROM quotes WHERE quotes.person_id = people.id)`}}},
		{Name: "person_aliases", Key: []string{"person_id", "alias"}},
		{Name: "topics", Key: id, Derived: []DerivedColumn{
			{"quote_count", `(SELECT COUNT(*) FROM quote_topics WHERE quote_topics.topic_id = topics.id)`}}},
		{Name: "former_slugs", Key: []string{"kind", "slug"}},
		{Name: "articles", Key: id, Derived: []DerivedColumn{
			{"quote_count", `(SELECT COUNT(*) FROM quotes WHERE quotes.article_id = articles.id)`}}},
		{Name: "quotes", Key: id},
		{Name: "quote_topics", Key: []string{"quote_id", "topic_id"}},
		{Name: "users", Key: id},
		{Name: "revisions", Key: id},
	}
}

// tableNamed finds a table of Tables by name.
func tableNamed(name string) (Table, bool) {
	for _, t := range Tables() {
		if t.Name == name {
			return t, true
		}
	}
	return Table{}, false
}

// hasSequence tells whether the table's ids come from a sequence.
func (t Table) hasSequence() bool { return len(t.Key) == 1 && t.Key[0] == "id" }

func (t Table) derived(column string) bool {
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
func dumpColumns(t Table, all []Column) ([]Column, error) {
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

// dumpedColumns lists the columns of table that a dump holds and a
// restore fills, read through q: all but the derived ones, key first.
func dumpedColumns(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, table string) ([]Column, error) {
	t, ok := tableNamed(table)
	if !ok {
		return nil, fmt.Errorf("%s is not a table a dump holds", table)
	}
	all, err := tableColumns(ctx, q, table)
	if err != nil {
		return nil, err
	}
	return dumpColumns(t, all)
}
