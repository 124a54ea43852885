package models

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/quotetrail/quotetrail/internal/schema"
)

// The bulk paths (internal/importer, internal/dump) write rows on a
// transaction of their own (see conn.go) with the per-row search indexing
// and facet counting switched off, then bring the search index, the facet
// counts and the data version up to date in a few statements. Those are
// the store's tables and the store's SQL, so the bulk paths ask for them
// here.

// DeferSearchIndex switches off, for the rest of tx, the triggers that
// index each quote for search and count its facets as it is written; only
// tx sees the change. The bulk load then calls IndexQuotes, or
// RebuildSearchIndex, and ResumeSearchIndex before it commits.
func (s *Store) DeferSearchIndex(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO quote_search_deferred (on_batch) VALUES (1)`); err != nil {
		return fmt.Errorf("defer search indexing: %w", err)
	}
	return nil
}

// ResumeSearchIndex switches the per-row indexing DeferSearchIndex
// switched off back on, before tx commits.
func (s *Store) ResumeSearchIndex(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM quote_search_deferred`); err != nil {
		return fmt.Errorf("index for search: %w", err)
	}
	return nil
}

// IndexQuotes indexes for search, and counts the facets of, the quotes
// with ids first to last, which tx wrote with indexing deferred. The
// caller holds the write lock, so every id in the range is one of its
// own quotes.
func (s *Store) IndexQuotes(ctx context.Context, tx *sql.Tx, first, last int64) error {
	d := s.dialect
	for _, q := range d.bulkIndex {
		if _, err := tx.ExecContext(ctx, q, first, last); err != nil {
			return fmt.Errorf("index for search: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, d.bulkYears, first, last); err != nil {
		return fmt.Errorf("index for search: %w", err)
	}
	for _, q := range schema.BulkFacetsSQL() {
		if _, err := tx.ExecContext(ctx, d.bind(q), first, last); err != nil {
			return fmt.Errorf("count facets: %w", err)
		}
	}
	for _, q := range d.bulkDone {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("mark the data changed: %w", err)
		}
	}
	return nil
}

// RebuildSearchIndex indexes every quote for search, counts the facets
// and marks the data changed, in a few statements, after a load into an
// empty database with indexing deferred (DeferSearchIndex), and switches
// the per-row indexing back on. On PostgreSQL, whose loads leave the
// triggers on, each row was indexed and counted as it was written, so
// there is nothing to do.
func (s *Store) RebuildSearchIndex(ctx context.Context, tx *sql.Tx) error {
	if !s.dialect.rebuildAfterLoad {
		return nil
	}
	// The facets too were left to this end (migration 7).
	for _, q := range schema.BulkFacetsSQL() {
		if _, err := tx.ExecContext(ctx, q, 1, math.MaxInt64); err != nil {
			return fmt.Errorf("count facets: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, schema.BumpDataVersionSQL); err != nil {
		return fmt.Errorf("mark the data changed: %w", err)
	}
	for _, stmt := range append(schema.SQLiteSearchRebuildSQL(),
		`INSERT OR IGNORE INTO quote_search_years (year) SELECT DISTINCT substr(sort_date, 1, 4) FROM quotes WHERE sort_date <> ''`,
		`DELETE FROM quote_search_deferred`,
	) {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("index for search: %w", err)
		}
	}
	return nil
}

// SortDate is the day a quote files under (see Quote.SortDate), for a
// bulk path that writes quotes itself.
func SortDate(said, published *time.Time) string { return sortDate(said, published) }

// ReservedSlug tells whether slug is a path word no record may take, for
// a bulk path that picks slugs itself.
func ReservedSlug(slug string) bool { return reservedSlugs[slug] }

// DollarPlaceholders turns ? placeholders into PostgreSQL's $1, $2, ...,
// for the bulk paths' statements written once for both engines.
func DollarPlaceholders(q string) string {
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
