package importer_test

import (
	"bytes"
	"context"
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

// postgresState is what a bulk load on PostgreSQL must leave as a load
// in batches does: the indexes, the rows, the counts, the facet counts
// and the search documents.
var postgresState = []string{
	`SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1`,
	`SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`,
	`SELECT concat_ws(' ', id, person_id, article_id, outlet_id, via_outlet_id, sort_date, fingerprint, md5(text)) FROM quotes ORDER BY id`,
	`SELECT concat_ws(' ', quote_id, topic_id) FROM quote_topics ORDER BY 1`,
	`SELECT concat_ws(' ', id, name, slug, wikidata_id, quote_count) FROM people ORDER BY id`,
	`SELECT concat_ws(' ', person_id, alias) FROM person_aliases ORDER BY 1`,
	`SELECT concat_ws(' ', id, outlet_id, url, quote_count) FROM articles ORDER BY id`,
	`SELECT concat_ws(' ', id, name, article_count) FROM outlets ORDER BY id`,
	`SELECT concat_ws(' ', id, name, quote_count) FROM topics ORDER BY id`,
	`SELECT concat_ws(' ', person_id, year, n) FROM person_year_counts ORDER BY 1`,
	`SELECT concat_ws(' ', person_id, outlet_id, n) FROM person_outlet_counts ORDER BY 1`,
	`SELECT concat_ws(' ', person_id, topic_id, n) FROM person_topic_counts ORDER BY 1`,
	`SELECT concat_ws(' ', outlet_id, month, n, via) FROM quote_month_counts ORDER BY 1`,
	`SELECT concat_ws(' ', topic_id, month, n, via) FROM topic_month_counts ORDER BY 1`,
	`SELECT year FROM quote_search_years ORDER BY 1`,
	`SELECT count(*) FROM quote_search_deferred`,
	`SELECT quote_id || ' ' || md5(document::text) FROM quote_search ORDER BY quote_id`,
	// The documents are the view's, as the triggers write them.
	`SELECT count(*) FROM quote_search s JOIN quote_search_rows r ON r.id = s.quote_id WHERE r.document = s.document`,
	`SELECT count(*) FROM quote_search WHERE document @@ CAST('''the''' AS tsquery)`,
}

// On PostgreSQL, --bulk ends with the database a load in batches leaves,
// indexes dropped and built again included, and loading the same file
// again in bulk adds nothing.
func TestPostgresBulkLoadMatchesBatches(t *testing.T) {
	t.Parallel()
	if apptest.Backend(t) != models.Postgres {
		t.Skip("PostgreSQL's bulk load")
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
	bulk, sum := load(importer.BulkOn)
	if bsum.Bulk || !sum.Bulk || len(sum.Stages) < 4 {
		t.Errorf("bulk: batches %v, --bulk %v, stages %v", bsum.Bulk, sum.Bulk, sum.Stages)
	}
	if sum.Stats != bsum.Stats || sum.Added < 2900 {
		t.Errorf("bulk %+v, batches %+v", sum.Stats, bsum.Stats)
	}
	for _, q := range postgresState {
		want, got := column(t, batched, q), column(t, bulk, q)
		if strings.Join(want, "\n") != strings.Join(got, "\n") {
			t.Errorf("%s:\nin batches %d rows %.300q\nin bulk    %d rows %.300q", q, len(want), want, len(got), got)
		}
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

// A bulk load on PostgreSQL that fails leaves the database as it was,
// its indexes included.
func TestPostgresBulkLoadIsAllOrNothing(t *testing.T) {
	t.Parallel()
	if apptest.Backend(t) != models.Postgres {
		t.Skip("PostgreSQL's bulk load")
	}
	var data bytes.Buffer
	if err := synth.Write(&data, synth.Config{Quotes: 2500, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	store := apptest.MustOpenStore(t)
	ctx := context.Background()
	// Some quotes there before, so "as it was" is not just empty.
	lines := bytes.SplitAfter(data.Bytes(), []byte("\n"))
	if _, err := importer.Import(ctx, store, bytes.NewReader(bytes.Join(lines[:300], nil)), importer.Options{Bulk: importer.BulkNever}); err != nil {
		t.Fatal(err)
	}
	before := map[string][]string{}
	for _, q := range postgresState {
		before[q] = column(t, store, q)
	}
	// The input breaks after two thousand lines, several batches in.
	broken := io.MultiReader(bytes.NewReader(bytes.Join(lines[:2000], nil)), iotestErrReader{errors.New("the disk went away")})
	sum, err := importer.Import(ctx, store, broken, importer.Options{Bulk: importer.BulkOn, BatchSize: 500})
	if err == nil || !strings.Contains(err.Error(), "the disk went away") || !sum.Bulk {
		t.Fatalf("import of broken input: %+v, %v", sum, err)
	}
	if sum.Added != 0 {
		t.Errorf("a failed bulk load reports %d quotes added", sum.Added)
	}
	for _, q := range postgresState {
		if got := column(t, store, q); strings.Join(got, "\n") != strings.Join(before[q], "\n") {
			t.Errorf("%s changed:\nbefore %.300q\nafter  %.300q", q, before[q], got)
		}
	}
	ok, err := importer.Import(ctx, store, bytes.NewReader(data.Bytes()), importer.Options{Bulk: importer.BulkOn})
	if err != nil || !ok.Bulk || ok.Added < 2100 {
		t.Errorf("import after the failed one: %+v, %v", ok, err)
	}
}
