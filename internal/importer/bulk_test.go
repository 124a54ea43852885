package importer_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/importer"
	"github.com/quotetrail/quotetrail/internal/synth"
	"github.com/quotetrail/quotetrail/models"
)

// A bulk load ends with the database a load in batches leaves: the same
// rows, counts, facet counts, search index, indexes and triggers; and
// loading the same file again, in bulk, adds nothing.
func TestBulkLoadMatchesBatches(t *testing.T) {
	t.Parallel()
	if apptest.Backend(t) == models.Postgres {
		t.Skip("a bulk load is SQLite's")
	}
	var data bytes.Buffer
	if err := synth.Write(&data, synth.Config{Quotes: 3000, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	load := func(mode int) (*models.Store, importer.Summary) {
		store := apptest.MustOpenStore(t)
		sum, err := importer.Import(ctx, store, bytes.NewReader(data.Bytes()), importer.Options{Bulk: mode, BatchSize: 1000})
		if err != nil {
			t.Fatal(err)
		}
		return store, sum
	}
	batched, bsum := load(importer.BulkNever)
	bulk, sum := load(importer.BulkAuto)
	if bsum.Bulk || !sum.Bulk || !sum.BulkChosen || len(sum.Stages) < 4 {
		t.Errorf("bulk chosen: batches %v, empty database %v (%v), stages %v", bsum.Bulk, sum.Bulk, sum.BulkChosen, sum.Stages)
	}
	if sum.Stats != bsum.Stats || sum.Added < 2900 {
		t.Errorf("bulk %+v, batches %+v", sum.Stats, bsum.Stats)
	}
	for _, q := range []string{
		`SELECT type || ' ' || name || ': ' || sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name`,
		`SELECT id || ' ' || person_id || ' ' || article_id || ' ' || COALESCE(outlet_id, '') || ' ' || sort_date || ' ' || fingerprint FROM quotes ORDER BY id`,
		`SELECT quote_id || ' ' || topic_id FROM quote_topics ORDER BY 1`,
		`SELECT id || ' ' || name || ' ' || quote_count FROM people ORDER BY id`,
		`SELECT id || ' ' || COALESCE(outlet_id, '') || ' ' || quote_count FROM articles ORDER BY id`,
		`SELECT id || ' ' || article_count FROM outlets ORDER BY id`,
		`SELECT id || ' ' || quote_count FROM topics ORDER BY id`,
		`SELECT person_id || ' ' || year || ' ' || n FROM person_year_counts ORDER BY 1`,
		`SELECT person_id || ' ' || outlet_id || ' ' || n FROM person_outlet_counts ORDER BY 1`,
		`SELECT person_id || ' ' || topic_id || ' ' || n FROM person_topic_counts ORDER BY 1`,
		`SELECT year FROM quote_search_years ORDER BY 1`,
		`SELECT count(*) FROM quote_search_deferred`,
		`SELECT rowid FROM quote_fts WHERE quote_fts MATCH 'the' ORDER BY rowid`,
		`SELECT rowid FROM quote_fts WHERE quote_fts MATCH 'qqtp3' ORDER BY rowid`,
		`PRAGMA integrity_check`,
	} {
		want, got := column(t, batched, q), column(t, bulk, q)
		if strings.Join(want, "\n") != strings.Join(got, "\n") {
			t.Errorf("%s:\nin batches %d rows %.300q\nin bulk    %d rows %.300q", q, len(want), want, len(got), got)
		}
	}
	// FTS5's own check of the index the load built beside it and copied.
	if db, err := bulk.SQLDB(); err != nil {
		t.Fatal(err)
	} else if _, err := db.Exec(`INSERT INTO quote_fts (quote_fts, rank) VALUES ('integrity-check', 0)`); err != nil {
		t.Errorf("the search index after a bulk load: %v", err)
	}
	if v, _ := bulk.DataVersion(ctx); v < 2 {
		t.Errorf("data version %d after a bulk load", v)
	}
	checkCounts(t, bulk)

	again, err := importer.Import(ctx, bulk, bytes.NewReader(data.Bytes()), importer.Options{Bulk: importer.BulkOn})
	if err != nil || !again.Bulk || again.Added != 0 || again.Duplicates != sum.Added+sum.Duplicates {
		t.Errorf("again in bulk: %+v, %v", again, err)
	}
	if got := column(t, bulk, `SELECT count(*) FROM quotes`); got[0] != fmt.Sprint(sum.Added) {
		t.Errorf("%s quotes after loading again", got[0])
	}
}

// A bulk load that fails leaves the database as it was, schema and all.
func TestBulkLoadIsAllOrNothing(t *testing.T) {
	t.Parallel()
	if apptest.Backend(t) == models.Postgres {
		t.Skip("a bulk load is SQLite's")
	}
	var data bytes.Buffer
	if err := synth.Write(&data, synth.Config{Quotes: 2500, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	store := apptest.MustOpenStore(t)
	ctx := context.Background()
	schemaBefore := column(t, store, `SELECT name || ': ' || sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name`)
	// The input breaks after two thousand lines, two batches in.
	lines := bytes.SplitAfter(data.Bytes(), []byte("\n"))
	broken := io.MultiReader(bytes.NewReader(bytes.Join(lines[:2000], nil)), iotestErrReader{errors.New("the disk went away")})
	sum, err := importer.Import(ctx, store, broken, importer.Options{BatchSize: 500})
	if err == nil || !strings.Contains(err.Error(), "the disk went away") || !sum.Bulk {
		t.Fatalf("import of broken input: %+v, %v", sum, err)
	}
	if sum.Added != 0 {
		t.Errorf("a failed bulk load reports %d quotes added", sum.Added)
	}
	for _, table := range []string{"quotes", "people", "articles", "outlets", "quote_topics", "person_year_counts", "quote_search_deferred"} {
		if n := column(t, store, `SELECT count(*) FROM `+table); n[0] != "0" {
			t.Errorf("%s rows in %s after a failed bulk load", n[0], table)
		}
	}
	if after := column(t, store, `SELECT name || ': ' || sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name`); strings.Join(after, "\n") != strings.Join(schemaBefore, "\n") {
		t.Errorf("the schema changed:\n%q\n%q", schemaBefore, after)
	}
	// And the database takes the file afterwards.
	ok, err := importer.Import(ctx, store, bytes.NewReader(data.Bytes()), importer.Options{})
	if err != nil || !ok.Bulk || ok.Added < 2400 {
		t.Errorf("import after the failed one: %+v, %v", ok, err)
	}
}

type iotestErrReader struct{ err error }

func (r iotestErrReader) Read([]byte) (int, error) { return 0, r.err }

// column runs q on store's database and returns its first column.
func column(t *testing.T, store *models.Store, q string) []string {
	t.Helper()
	db, err := store.SQLDB()
	if err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s sql.NullString
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s.String)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
