package dump

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
)

// postgresDialect is how a dump or restore works on PostgreSQL; Backup
// does not copy its databases (pg_dump does).
func postgresDialect() dialect {
	return dialect{
		beginRead: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
		readTime:  func(expr string) string { return expr },
		// Byte order, as SQLite sorts, whatever the database's locale.
		orderText:   func(expr string) string { return expr + ` COLLATE "C"` },
		sequence:    postgresSequence,
		placeholder: func(n int) string { return "$" + strconv.Itoa(n) },

		// The triggers index and count each row as it is loaded.
		deferSearchIndex: false,
		setSequence:      postgresSetSequence,
	}
}

func postgresSequence(ctx context.Context, conn *sql.Conn, table string) (seq int64, ok bool, err error) {
	var name sql.NullString
	if err := conn.QueryRowContext(ctx, `SELECT pg_get_serial_sequence($1, 'id')`, table).Scan(&name); err != nil {
		return 0, false, fmt.Errorf("sequence of %s: %w", table, err)
	}
	if !name.Valid {
		return 0, false, nil
	}
	var called bool
	if err := conn.QueryRowContext(ctx, `SELECT last_value, is_called FROM `+name.String).Scan(&seq, &called); err != nil {
		return 0, false, fmt.Errorf("sequence of %s: %w", table, err)
	}
	if !called {
		seq = 0
	}
	return seq, true, nil
}

func postgresSetSequence(ctx context.Context, tx *sql.Tx, table string, seq int64) error {
	_, err := tx.ExecContext(ctx, `SELECT setval(pg_get_serial_sequence($1, 'id'), $2)`, table, seq)
	return err
}
