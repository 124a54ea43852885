package models_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/models"
)

// A database made by a released quotetrail opens in this one: Open
// migrates it, and it ends up with the schema of a database made from
// scratch, its data all there and found by search. testdata holds such a
// release database for each engine (see testdata/README.md).
func TestUpgradeFromRelease(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	engine := apptest.Backend(t)
	dsn := apptest.NewDSN(t)
	loadRelease(t, engine, dsn, "testdata/release-v8-"+string(engine)+".sql")
	upgraded, err := models.Open(dsn)
	if err != nil {
		t.Fatalf("open the release database: %v", err)
	}
	defer upgraded.Close()

	fresh := apptest.MustOpenStore(t)
	apptest.MustLoadDemo(t, fresh)

	got, want := schemaOf(t, upgraded), schemaOf(t, fresh)
	for _, d := range diffLines(got, want) {
		t.Errorf("the upgraded schema differs from a fresh one: %s", d)
	}
	for _, table := range tablesOf(t, fresh) {
		var n, m int64
		if err := upgraded.DB(ctx).Raw(`SELECT count(*) FROM ` + table).Scan(&n).Error; err != nil {
			t.Fatalf("count %s: %v", table, err)
		}
		if err := fresh.DB(ctx).Raw(`SELECT count(*) FROM ` + table).Scan(&m).Error; err != nil {
			t.Fatalf("count %s: %v", table, err)
		}
		if n != m {
			t.Errorf("%s holds %d rows after the upgrade, the demo %d", table, n, m)
		}
	}
	var quotes int64
	if err := upgraded.DB(ctx).Raw(`SELECT count(*) FROM quotes`).Scan(&quotes).Error; err != nil || quotes == 0 {
		t.Fatalf("the release database holds %d quotes, %v", quotes, err)
	}
	if n, err := search.New(upgraded).IndexSize(ctx); err != nil || n != quotes {
		t.Errorf("the search index holds %d quotes, %v; want %d", n, err, quotes)
	}
	for _, q := range []search.Query{
		{Text: "twitter"}, {Text: `"security purposes"`}, {Text: "speaker:khan"}, {Text: "npr"},
		{Text: "fined OR penalty"}, {Text: "priv*", Sort: search.SortNewest}, {Text: "privacy", Kind: "direct"},
	} {
		gotHits, wantHits := searchHits(t, upgraded, q), searchHits(t, fresh, q)
		if len(wantHits) == 0 {
			t.Errorf("%+v finds nothing in the demo", q)
		}
		if !slices.Equal(gotHits, wantHits) {
			t.Errorf("after the upgrade %+v finds %q, in the demo %q", q, gotHits, wantHits)
		}
	}
	// The search index still follows writes.
	khan, err := upgraded.PersonBySlug(ctx, "lina-khan")
	if err != nil {
		t.Fatal(err)
	}
	khan.Name, khan.Aliases = "Lina Zebrowska", nil
	if err := upgraded.UpdatePerson(ctx, khan); err != nil {
		t.Fatal(err)
	}
	if got := searchHits(t, upgraded, search.Query{Text: "zebrowska"}); len(got) == 0 {
		t.Errorf("after a rename, the new name finds nothing")
	}
}

// loadRelease runs the SQL text of a release database into the empty
// database dsn.
func loadRelease(t *testing.T, engine models.Engine, dsn, file string) {
	t.Helper()
	text, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	driver := "sqlite3"
	if engine == models.Postgres {
		driver = "pgx"
		// psql's own commands (\restrict) are not SQL.
		var keep []string
		for _, line := range strings.Split(string(text), "\n") {
			if !strings.HasPrefix(line, `\`) {
				keep = append(keep, line)
			}
		}
		text = []byte(strings.Join(keep, "\n"))
	} else if err := os.MkdirAll(filepath.Dir(dsn), 0o755); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(string(text)); err != nil {
		t.Fatalf("load %s: %v", file, err)
	}
}

// schemaOf describes store's schema, one line a table column, index,
// constraint, trigger, view or function, sorted.
func schemaOf(t *testing.T, store *models.Store) []string {
	t.Helper()
	queries := []string{`SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' || COALESCE(sql, '') FROM sqlite_master`}
	if store.Engine() == models.Postgres {
		queries = []string{
			`SELECT 'column ' || table_name || '.' || column_name || ' #' || ordinal_position || ' ' || data_type || ' ' || is_nullable || ' ' || COALESCE(column_default, '')
				FROM information_schema.columns WHERE table_schema = 'public'`,
			`SELECT 'index ' || indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'public'`,
			`SELECT 'constraint ' || c.conname || ' ON ' || r.relname || ': ' || pg_get_constraintdef(c.oid)
				FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace WHERE n.nspname = 'public'`,
			`SELECT 'trigger ' || tgname || ': ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal`,
			`SELECT 'view ' || viewname || ': ' || definition FROM pg_views WHERE schemaname = 'public'`,
			`SELECT 'function ' || p.proname || ': ' || pg_get_functiondef(p.oid)
				FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'`,
			`SELECT 'sequence ' || sequencename || ' ' || data_type FROM pg_sequences WHERE schemaname = 'public'`,
		}
	}
	var out []string
	for _, q := range queries {
		var part []string
		if err := store.DB(context.Background()).Raw(q).Scan(&part).Error; err != nil {
			t.Fatalf("read the schema: %v", err)
		}
		out = append(out, part...)
	}
	slices.Sort(out)
	return out
}

// tablesOf lists store's tables (not the search index's own).
func tablesOf(t *testing.T, store *models.Store) []string {
	t.Helper()
	q := `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'quote_fts%' AND name NOT LIKE 'quote_stem%'`
	if store.Engine() == models.Postgres {
		q = `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`
	}
	var names []string
	if err := store.DB(context.Background()).Raw(q).Scan(&names).Error; err != nil {
		t.Fatalf("list tables: %v", err)
	}
	if len(names) < 10 {
		t.Fatalf("only %d tables: %v", len(names), names)
	}
	return names
}

// diffLines says which lines stand in only one of got and want.
func diffLines(got, want []string) []string {
	var out []string
	for _, g := range got {
		if !slices.Contains(want, g) {
			out = append(out, fmt.Sprintf("only after the upgrade: %q", g))
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			out = append(out, fmt.Sprintf("only in a fresh database: %q", w))
		}
	}
	return out
}

// searchHits runs q and returns each hit as its id and snippet.
func searchHits(t *testing.T, store *models.Store, q search.Query) []string {
	t.Helper()
	res, err := search.New(store).Search(context.Background(), q, models.Page{Number: 1, Size: 100})
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	var out []string
	for _, h := range res.Hits {
		out = append(out, fmt.Sprintf("%d %s", h.ID, h.Snippet))
	}
	return out
}
