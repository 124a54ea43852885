package dump

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// sqliteDialect is how a dump, restore or backup works on SQLite.
func sqliteDialect() dialect {
	return dialect{
		// The SQLite driver begins every transaction IMMEDIATE (see
		// models' sqliteDSN), which would hold off the app's writers for
		// the whole dump, so the read view begins its own read
		// transaction.
		beginRead: "BEGIN DEFERRED",
		// Read the stored text and parse it here: the driver turns a
		// time it cannot parse into the zero time without a word.
		readTime:    func(expr string) string { return "CAST(" + expr + " AS TEXT)" },
		orderText:   func(expr string) string { return expr },
		sequence:    sqliteSequence,
		placeholder: func(int) string { return "?" },

		// As for an import: statement journals in memory and a large
		// page cache for the load, given back after.
		connSetup: `PRAGMA temp_store = MEMORY; PRAGMA cache_size = -131072`,
		connReset: `PRAGMA cache_size = -2000`,
		// The search index is rebuilt in a few statements at the end.
		deferSearchIndex: true,
		setSequence:      sqliteSetSequence,

		backupInto: `VACUUM INTO ?`,
	}
}

func sqliteSequence(ctx context.Context, conn *sql.Conn, table string) (seq int64, ok bool, err error) {
	err = conn.QueryRowContext(ctx, `SELECT seq FROM sqlite_sequence WHERE name = ?`, table).Scan(&seq)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, true, nil
	} else if err != nil {
		return 0, false, fmt.Errorf("sequence of %s: %w", table, err)
	}
	return seq, true, nil
}

// sqliteSetSequence sets AUTOINCREMENT's high-water mark, which it keeps
// in sqlite_sequence and the inserts have already moved to the highest
// id.
func sqliteSetSequence(ctx context.Context, tx *sql.Tx, table string, seq int64) error {
	_, err := tx.ExecContext(ctx, `UPDATE sqlite_sequence SET seq = ? WHERE name = ? AND seq < ?`, seq, table, seq)
	if err == nil {
		_, err = tx.ExecContext(ctx, `INSERT INTO sqlite_sequence (name, seq)
				SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?)`, table, seq, table)
	}
	return err
}
