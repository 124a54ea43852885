package importer

import (
	"fmt"
	"time"
)

// A bulk load on PostgreSQL (--bulk) is the batches' own path, COPY into
// staging tables and one INSERT … SELECT a table (postgresCopyRows), with
// the per-row search and facet triggers kept out of the way as in a
// batch (migration 16), in one transaction, with what costs each row
// most done once at the end instead:
//
//   - the secondary indexes of quotes, quote topics and the search index
//     (all but the primary keys, which the foreign keys need) are dropped
//     at the start and built again at the end, each in one sort; the
//     fingerprints' unique index among them, so the load keeps the
//     fingerprints taken in memory, as on SQLite;
//   - the search documents, years and facet counts of all the load's
//     quotes are written by one statement each (store.IndexQuotes), into
//     a search table without its GIN index, which is built after them.
//
// PostgreSQL's DDL is transactional: a load that fails, is cancelled or
// is killed leaves the database as it was, indexes and all, and one that
// commits leaves it whole. Dropping an index locks its table until the
// load ends, so the site's pages that read quotes wait for it: --bulk is
// for loading a database, or a site that can pause.

// bulkMaintenanceMemory is the memory PostgreSQL may give each index the
// load builds (its maintenance_work_mem, for the load's transaction).
const bulkMaintenanceMemory = "256MB"

// setUpPostgres sets the load's transaction up as a batch's, with room to
// build its indexes.
func (l *bulkLoad) setUpPostgres() error {
	if _, err := l.tx.ExecContext(l.ctx, l.d.txSetup); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	if _, err := l.tx.ExecContext(l.ctx, `SELECT set_config('maintenance_work_mem', $1, true)`, bulkMaintenanceMemory); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	return nil
}

// dropPostgresIndexes drops the indexes of quotes, quote topics and the
// search index that no constraint owns, keeping what made them.
func (l *bulkLoad) dropPostgresIndexes() error {
	rows, err := l.tx.QueryContext(l.ctx, `SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i
		WHERE i.indrelid IN ('quotes'::regclass, 'quote_topics'::regclass, 'quote_search'::regclass)
		AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
		ORDER BY 1`)
	if err != nil {
		return fmt.Errorf("import: read the schema: %w", err)
	}
	for rows.Next() {
		o := schemaObject{kind: "index"}
		if err := rows.Scan(&o.name, &o.sql); err != nil {
			rows.Close()
			return err
		}
		l.dropped = append(l.dropped, o)
	}
	if err := closeRows(rows); err != nil {
		return fmt.Errorf("import: read the schema: %w", err)
	}
	for _, o := range l.dropped {
		// The name comes quoted where it needs to be (regclass).
		if _, err := l.tx.ExecContext(l.ctx, `DROP INDEX `+o.name); err != nil {
			return fmt.Errorf("import: set index %s aside: %w", o.name, err)
		}
	}
	return nil
}

// finishPostgres indexes the load's quotes for search and counts them,
// builds the indexes again and commits.
func (l *bulkLoad) finishPostgres() error {
	start := time.Now()
	if l.last > 0 {
		if err := l.indexQuotes(); err != nil {
			return err
		}
	}
	// The data version is bumped by the writes' own statement triggers.
	l.stage(Stage{"search index and counts built", time.Since(start)})
	start = time.Now()
	if err := l.buildIndexes(l.dropped); err != nil {
		return err
	}
	l.stage(Stage{"indexes built", time.Since(start)})
	start = time.Now()
	if err := l.store.ResumeSearchIndex(l.ctx, l.tx); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	if err := l.tx.Commit(); err != nil {
		return fmt.Errorf("import: commit: %w", err)
	}
	l.stage(Stage{"committed", time.Since(start)})
	return nil
}
