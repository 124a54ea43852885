package dump_test

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/dump"
	"github.com/quotetrail/quotetrail/models"
)

// withBadText is the demo database as an older release may have left it:
// a NUL and bytes that are not UTF-8 in its text, in a record's column
// and in a key, written past the store, which now refuses them.
func withBadText(t *testing.T) *models.Store {
	t.Helper()
	store, _ := openDemoStore(t, "badtext.db")
	db, err := store.SQLDB()
	if err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []struct {
		sql  string
		args []any
	}{
		{`UPDATE people SET description = ? WHERE slug = 'lina-khan'`, []any{"Chair\x00of the FTC"}},
		{`UPDATE quotes SET context = ? WHERE id = 1`, []any{"said \xff\xfe in a hearing"}},
		{`INSERT INTO person_aliases (person_id, alias) SELECT id, ? FROM people WHERE slug = 'lina-khan'`, []any{"L\xe9na"}},
	} {
		if _, err := db.Exec(stmt.sql, stmt.args...); err != nil {
			t.Fatalf("%s: %v", stmt.sql, err)
		}
	}
	return store
}

// warnings collects what a dump or a restore warns of.
type warnings []string

func (w *warnings) add(msg string) { *w = append(*w, msg) }

// One record holding what is not text does not stop the dump of the
// rest: a NUL is written as \u0000, bytes that are not UTF-8 as U+FFFD
// with a warning naming the table, key and column. Restoring the dump
// puts U+FFFD in place of the NUL, with a warning naming the line, and
// SQLite and PostgreSQL end up holding the same text.
func TestDumpAndRestoreTextThatIsNotText(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	var dumpWarnings warnings
	var buf bytes.Buffer
	if _, err := dump.Write(ctx, withBadText(t), &buf, dumpWarnings.add); err != nil {
		t.Fatalf("dump of a database holding what is not text: %v", err)
	}
	data := buf.Bytes()
	if !bytes.Contains(data, []byte(`Chair\u0000of the FTC`)) || !bytes.Contains(data, []byte("said \uFFFD in a hearing")) {
		t.Errorf("the dump does not hold the NUL escaped and the bad bytes replaced")
	}
	if got := strings.Join(dumpWarnings, "\n"); len(dumpWarnings) != 2 ||
		!strings.Contains(got, "dump quotes: key [1]: column context holds bytes that are not UTF-8") ||
		!strings.Contains(got, "dump person_aliases: key [3 L\xe9na]: column alias") {
		t.Errorf("dump warnings:\n%s", got)
	}

	targets := map[string]*models.Store{}
	targets["SQLite"], _ = openStore(t, "restored.db")
	if dsn := postgresDSNIfAny(t); dsn != "" {
		pg, err := models.Open(dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { pg.Close() })
		targets["PostgreSQL"] = pg
	}
	var dumps [][]byte
	for engine, store := range targets {
		var restoreWarnings warnings
		if _, err := dump.Restore(ctx, store, bytes.NewReader(data), restoreWarnings.add); err != nil {
			t.Fatalf("restore into %s: %v", engine, err)
		}
		if len(restoreWarnings) != 1 || !strings.Contains(restoreWarnings[0], "people.description holds a NUL character") ||
			!strings.Contains(restoreWarnings[0], "restore line ") {
			t.Errorf("restore into %s warned: %q", engine, restoreWarnings)
		}
		p, err := store.PersonBySlug(ctx, "lina-khan")
		if err != nil {
			t.Fatal(err)
		}
		if p.Description != "Chair\uFFFDof the FTC" || !strings.Contains(strings.Join(p.Aliases, "|"), "L\uFFFDna") {
			t.Errorf("%s holds %q with aliases %q", engine, p.Description, p.Aliases)
		}
		q, err := store.QuoteByID(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		if q.Context != "said \uFFFD in a hearing" {
			t.Errorf("%s holds the context %q", engine, q.Context)
		}
		// What was restored is text: it dumps without a warning.
		dumps = append(dumps, mustDump(t, store))
	}
	if len(dumps) == 2 && !bytes.Equal(dumps[0], dumps[1]) {
		t.Errorf("SQLite and PostgreSQL restored different text: %s", firstDiff(dumps[0], dumps[1]))
	}
}

// postgresDSNIfAny is a PostgreSQL database of the test's own when
// QUOTETRAIL_TEST_POSTGRES names a server, else "".
func postgresDSNIfAny(t *testing.T) string {
	t.Helper()
	if os.Getenv("QUOTETRAIL_TEST_POSTGRES") == "" {
		return ""
	}
	return postgresDatabase(t)
}
