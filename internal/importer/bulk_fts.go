package importer

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"
)

// The search index costs a bulk load as much as everything else put
// together (FTS5 tokenizes and posts some 55 words a quote), and it is
// work for one core, which would leave the other idle at the load's end.
// So when the database holds no quote, the index is built beside the
// load, on the other core: each batch's rows of quote_search_rows (the
// view the triggers index from, read in the load's transaction) go to a
// connection of its own, to a search table made by the same CREATE
// statement in a scratch file; at the end FTS5's tables (quote_fts_data,
// _idx, _docsize, _config: the index is contentless, so that is all of
// it) are copied into the load's transaction, which is still all or
// nothing. The scratch file is removed when the load ends, and left in
// the temporary directory if the process is killed.
//
// The load's connection must not touch quote_fts itself while it does
// this (FTS5 would keep in memory what it read of the index before the
// copy), so the trigger that indexes a person's quotes again when they
// gain an alias is set aside too; the people the load gives an alias
// have their quotes indexed again in the scratch table before the copy.
// And the load's connection is closed rather than given back to the
// pool.

// sideRow is one row of quote_search_rows for the scratch index.
type sideRow struct {
	id                                  int64
	text, speaker, article, outlet, tag string
}

// sideIndex is a search index a bulk load builds beside it.
type sideIndex struct {
	path   string
	db     *sql.DB
	rows   chan []sideRow
	done   chan error
	tables []string // FTS5's own tables, as in the load's database
}

// sideTrigger tells whether the load sets the trigger aside when it
// builds the search index beside it (see above).
func sideTrigger(name string) bool { return name == "aliases_search_insert" }

// startSideIndex makes the scratch index, with the same CREATE statement
// as the load's database's quote_fts, and starts writing to it.
func startSideIndex(ctx context.Context, tx *sql.Tx) (*sideIndex, error) {
	var creates []string
	for _, table := range searchTables {
		var create string
		if err := tx.QueryRowContext(ctx, `SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`, table).Scan(&create); err != nil {
			return nil, fmt.Errorf("import: read the search index's definition: %w", err)
		}
		creates = append(creates, create)
	}
	tables, err := ftsTables(ctx, tx)
	if err != nil {
		return nil, err
	}
	f, err := os.CreateTemp("", "quotetrail-search-*.db")
	if err != nil {
		return nil, fmt.Errorf("import: scratch file for the search index: %w", err)
	}
	f.Close()
	s := &sideIndex{path: f.Name(), rows: make(chan []sideRow, 2), done: make(chan error, 1), tables: tables}
	// A scratch file: nothing in it needs to survive a crash.
	s.db, err = sql.Open("sqlite3", "file:"+s.path+"?_journal_mode=OFF&_synchronous=OFF")
	if err == nil {
		s.db.SetMaxOpenConns(1)
		for _, stmt := range append(append([]string{`PRAGMA temp_store = MEMORY`, `PRAGMA cache_size = -262144`}, creates...), `BEGIN`) {
			if _, err = s.db.ExecContext(ctx, stmt); err != nil {
				break
			}
		}
	}
	if err == nil {
		var made []string
		if made, err = ftsTables(ctx, s.db); err == nil && !slices.Equal(made, tables) {
			err = fmt.Errorf("its tables are %q, the database's %q", made, tables)
		}
	}
	if err != nil {
		s.rows = nil // nothing writes yet
		s.remove()
		return nil, fmt.Errorf("import: scratch search index: %w", err)
	}
	rows := s.rows
	go background(func() { s.done <- s.write(ctx, rows) })
	return s, nil
}

// searchTables are the search index's FTS5 tables: the words as they
// stand and their stems (schema migration 17).
var searchTables = []string{"quote_fts", "quote_stem"}

// ftsTables lists FTS5's own tables of searchTables.
func ftsTables(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table'
		AND (name LIKE 'quote\_fts\_%' ESCAPE '\' OR name LIKE 'quote\_stem\_%' ESCAPE '\') ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("import: list the search index's tables: %w", err)
	}
	var names []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return nil, err
		}
		names = append(names, name)
	}
	return names, closeRows(rows)
}

// write indexes the rows sent, a hundred a statement, until rows is
// closed, then commits; after an error it reads on so the load is never
// held up.
func (s *sideIndex) write(ctx context.Context, rows <-chan []sideRow) error {
	const per = 100
	var (
		err   error
		stmts = map[string]*sql.Stmt{}
		args  []any
	)
	defer func() {
		for _, st := range stmts {
			st.Close()
		}
	}()
	for batch := range rows {
		for start := 0; start < len(batch) && err == nil; start += per {
			part := batch[start:min(start+per, len(batch))]
			args = args[:0]
			for _, r := range part {
				args = append(args, r.id, r.text, r.speaker, r.article, r.outlet, r.tag)
			}
			for _, table := range searchTables {
				key := fmt.Sprint(table, len(part))
				st, ok := stmts[key]
				if !ok {
					q := `INSERT OR REPLACE INTO ` + table + ` (rowid, text, speaker, article, outlet, tags) VALUES (?, ?, ?, ?, ?, ?)` +
						strings.Repeat(", (?, ?, ?, ?, ?, ?)", len(part)-1)
					if st, err = s.db.PrepareContext(ctx, q); err != nil {
						break
					}
					stmts[key] = st
				}
				if _, err = st.ExecContext(ctx, args...); err != nil {
					break
				}
			}
		}
	}
	if err == nil {
		_, err = s.db.ExecContext(ctx, `COMMIT`)
	}
	return err
}

// send reads the rows of quote_search_rows that match where (with args)
// in tx and hands them to the scratch index.
func (s *sideIndex) send(ctx context.Context, tx *sql.Tx, where string, args ...any) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE `+where, args...)
	if err != nil {
		return fmt.Errorf("import: read rows to index: %w", err)
	}
	var batch []sideRow
	for rows.Next() {
		var r sideRow
		if err := rows.Scan(&r.id, &r.text, &r.speaker, &r.article, &r.outlet, &r.tag); err != nil {
			rows.Close()
			return err
		}
		batch = append(batch, r)
	}
	if err := closeRows(rows); err != nil {
		return fmt.Errorf("import: read rows to index: %w", err)
	}
	if len(batch) > 0 {
		s.rows <- batch
	}
	return nil
}

// finish indexes again the quotes of the people given an alias, waits
// for the scratch index, and copies it into tx in place of the (empty)
// index there.
func (s *sideIndex) finish(ctx context.Context, tx *sql.Tx, aliased []int64, step func(string, int, int, time.Duration)) error {
	var err error
	if len(aliased) > 0 {
		var list []byte
		if list, err = json.Marshal(aliased); err == nil {
			err = s.send(ctx, tx, `person_id IN (SELECT value FROM json_each(?))`, string(list))
		}
	}
	close(s.rows)
	s.rows = nil
	if werr := <-s.done; err == nil && werr != nil {
		err = fmt.Errorf("import: scratch search index: %w", werr)
	}
	if err != nil {
		return err
	}
	start := time.Now()
	for i, table := range s.tables {
		step("copying the search index", i, len(s.tables), time.Since(start))
		if err := s.copyTable(ctx, tx, table); err != nil {
			return fmt.Errorf("import: copy the search index's %s: %w", table, err)
		}
	}
	step("copying the search index", len(s.tables), len(s.tables), time.Since(start))
	return nil
}

// copyTable replaces the rows of table in tx with the scratch index's.
func (s *sideIndex) copyTable(ctx context.Context, tx *sql.Tx, table string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM `+table); err != nil {
		return err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT * FROM `+table)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	const per = 200
	tuple := "(?" + strings.Repeat(", ?", len(cols)-1) + ")"
	insert := func(n int) string {
		return `INSERT INTO ` + table + ` VALUES ` + tuple + strings.Repeat(", "+tuple, n-1)
	}
	full, err := tx.PrepareContext(ctx, insert(per))
	if err != nil {
		return err
	}
	defer full.Close()
	args := make([]any, 0, per*len(cols))
	flush := func() error {
		if len(args) == 0 {
			return nil
		}
		st, n := full, len(args)/len(cols)
		var err error
		if n < per {
			_, err = tx.ExecContext(ctx, insert(n), args...)
		} else {
			_, err = st.ExecContext(ctx, args...)
		}
		args = args[:0]
		return err
	}
	vals := make([]any, len(cols))
	for rows.Next() {
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		args = append(args, vals...)
		if len(args) == per*len(cols) {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return flush()
}

// remove closes and deletes the scratch file.
func (s *sideIndex) remove() {
	if s.rows != nil {
		close(s.rows)
		<-s.done
		s.rows = nil
	}
	if s.db != nil {
		s.db.Close()
	}
	os.Remove(s.path)
	os.Remove(s.path + "-journal")
}

// discardConn closes conn instead of giving it back to the pool (see
// above).
func discardConn(conn *sql.Conn) {
	conn.Raw(func(any) error { return driver.ErrBadConn })
	conn.Close()
}
