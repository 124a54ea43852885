package dump_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/cite"
	"github.com/quotetrail/quotetrail/internal/dump"
	"github.com/quotetrail/quotetrail/internal/export"
	"github.com/quotetrail/quotetrail/internal/importer"
	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/models"
)

// openStore opens a store on a new SQLite file and returns its path too:
// a database made from scratch, as restore targets are.
func openStore(t *testing.T, name string) (*models.Store, string) {
	t.Helper()
	return openPath(t, name, filepath.Join(t.TempDir(), name))
}

// openDemoStore opens a store on a SQLite file that holds the demo story
// and returns its path too.
func openDemoStore(t *testing.T, name string) (*models.Store, string) {
	t.Helper()
	return openPath(t, name, apptest.MigratedSQLite(t, true))
}

func openPath(t *testing.T, name, path string) (*models.Store, string) {
	t.Helper()
	store, err := models.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", name, err)
	}
	t.Cleanup(func() { store.Close() })
	return store, path
}

// source is a database with the demo story and the edge cases.
func source(t *testing.T) (*models.Store, string) {
	t.Helper()
	store, path := openDemoStore(t, "source.db")
	apptest.MustLoadEdgeCases(t, store)
	return store, path
}

func mustDump(t *testing.T, store *models.Store) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := dump.Write(context.Background(), store, &buf, noWarnings(t)); err != nil {
		t.Fatalf("dump: %v", err)
	}
	return buf.Bytes()
}

// noWarnings fails the test on any warning: a database the store wrote
// holds nothing a dump or a restore must write otherwise.
func noWarnings(t *testing.T) func(string) {
	return func(msg string) { t.Errorf("unexpected warning: %s", msg) }
}

func mustRestore(t *testing.T, store *models.Store, data []byte) []dump.TableCount {
	t.Helper()
	counts, err := dump.Restore(context.Background(), store, bytes.NewReader(data), noWarnings(t))
	if err != nil {
		t.Fatalf("restore: %v", err)
	}
	return counts
}

// exports is every quote in every export format.
func exports(t *testing.T, store *models.Store) map[string]string {
	t.Helper()
	ctx := context.Background()
	f, err := export.Resolve(ctx, store, export.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, format := range cite.Formats() {
		var buf bytes.Buffer
		if _, err := export.Write(ctx, store, f, format.Name, &buf, "https://quotes.example.org"); err != nil {
			t.Fatalf("export %s: %v", format.Name, err)
		}
		out[format.Name] = buf.String()
	}
	return out
}

// derivedQueries read what the app derives from the dumped rows.
var derivedQueries = []string{
	`SELECT id, article_count FROM outlets ORDER BY id`,
	`SELECT id, quote_count FROM people ORDER BY id`,
	`SELECT id, quote_count FROM articles ORDER BY id`,
	`SELECT id, quote_count FROM topics ORDER BY id`,
	`SELECT person_id, year, n FROM person_year_counts ORDER BY 1, 2`,
	`SELECT person_id, outlet_id, n FROM person_outlet_counts ORDER BY 1, 2`,
	`SELECT person_id, topic_id, n FROM person_topic_counts ORDER BY 1, 2`,
}

// sqliteSearchQueries read SQLite's search index: every word it holds,
// with the quote, column and position it holds it at. A statement that
// is not a query runs first, on the same connection.
var sqliteSearchQueries = []string{
	`CREATE VIRTUAL TABLE temp.quote_fts_words USING fts5vocab(main, quote_fts, instance)`,
	`SELECT term, doc, col, offset FROM temp.quote_fts_words ORDER BY doc, col, offset`,
	`SELECT year FROM quote_search_years ORDER BY year`,
}

// derived is the derived data of a database, as text.
func derived(t *testing.T, driver, dsn string, queries []string) string {
	t.Helper()
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // temporary tables live on one connection
	var sb strings.Builder
	for _, q := range queries {
		if strings.HasPrefix(q, "CREATE ") {
			if _, err := db.Exec(q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
			continue
		}
		rows, err := db.Query(q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		fmt.Fprintf(&sb, "%s\n", q)
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for _, v := range vals {
				if b, ok := v.([]byte); ok {
					v = string(b)
				}
				fmt.Fprintf(&sb, "%v|", v)
			}
			sb.WriteByte('\n')
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	return sb.String()
}

func sqliteDerived(t *testing.T, path string) string {
	t.Helper()
	return derived(t, "sqlite3", path, append(derivedQueries, sqliteSearchQueries...))
}

// firstDiff shows where two dumps part.
func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n  first:  %.300s\n  second: %.300s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("one has %d lines, the other %d", len(al), len(bl))
}

// A dump restored into a new database dumps to the same bytes; the new
// database exports the same citations, derives the same counts and search
// index, lets users log in with their passwords and hands out new ids
// past the old sequence.
func TestRoundTrip(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	src, srcPath := source(t)
	first := mustDump(t, src)

	dst, dstPath := openStore(t, "restored.db")
	counts := mustRestore(t, dst, first)
	want := map[string]int64{"outlets": 3, "people": 8, "quotes": 17, "users": 3}
	for _, c := range counts {
		if n, ok := want[c.Table]; ok && c.Rows != n {
			t.Errorf("restored %d %s, want %d", c.Rows, c.Table, n)
		}
	}
	if second := mustDump(t, dst); !bytes.Equal(first, second) {
		t.Fatalf("the restored database dumps differently: %s", firstDiff(first, second))
	}

	for _, s := range []string{
		`"Ünïcödé — “curly” and 'straight' quotes, emoji 🦊, 引用, שלום, Ελληνικά"`,
		`"line one\nline two\t\"quoted\" back\\slash \u0001 control ` + "\u2028" + ` separator <b>&amp;</b>"`,
		`"1000-01-01"`, `"2024-02-29"`, `"2024-05-06T08:08:09.123456Z"`, `"$argon2id$`,
	} {
		if !bytes.Contains(first, []byte(s)) {
			t.Errorf("the dump does not hold %s", s)
		}
	}
	for _, s := range []string{"sessions", "login_failures", "quote_fts", "data_version", "schema_migrations", "person_year_counts", "quote_count"} {
		if bytes.Contains(first, []byte(`"`+s+`"`)) {
			t.Errorf("the dump holds %s, which is rebuilt rather than dumped", s)
		}
	}

	if a, b := exports(t, src), exports(t, dst); len(a) == 0 {
		t.Fatal("no export formats")
	} else {
		for format := range a {
			if a[format] != b[format] {
				t.Errorf("%s export differs after the round trip:\nbefore: %.500s\nafter:  %.500s", format, a[format], b[format])
			}
		}
	}
	if a, b := sqliteDerived(t, srcPath), sqliteDerived(t, dstPath); a != b {
		t.Errorf("derived data differs after the round trip:\nbefore:\n%s\nafter:\n%s", a, b)
	}
	for _, q := range []string{"emoji", "Ñúñez", "leap", "twitter"} {
		a, err := search.New(src).Search(ctx, search.Query{Text: q}, models.Page{Size: 50})
		if err != nil {
			t.Fatal(err)
		}
		b, err := search.New(dst).Search(ctx, search.Query{Text: q}, models.Page{Size: 50})
		if err != nil {
			t.Fatal(err)
		}
		if a.Total == 0 || a.Total != b.Total {
			t.Errorf("search %q finds %d quotes before the round trip, %d after", q, a.Total, b.Total)
		}
	}
	if _, err := accounts.New(dst).Authenticate(ctx, "admin.ünï@example.org", apptest.EdgePassword); err != nil {
		t.Errorf("a restored user cannot log in: %v", err)
	}

	// The last quote (18) was deleted before the dump: a new one takes 19.
	q := importer.Quote{Text: "After the restore.", Speaker: "Lina Khan", Article: importer.Article{Title: "New"}}
	if err := q.Validate(); err != nil {
		t.Fatal(err)
	}
	if _, err := importer.WriteBatch(ctx, dst, []importer.Quote{q}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(mustDump(t, dst)), `{"table_end":"quotes","rows":18,"sequence":19}`) {
		t.Errorf("a quote added after the restore did not take id 19")
	}
}

// Restore refuses a database that holds data, and leaves it as it was.
func TestRestoreRefusesNonEmptyDatabase(t *testing.T) {
	t.Parallel()
	src, _ := source(t)
	data := mustDump(t, src)
	_, err := dump.Restore(context.Background(), src, bytes.NewReader(data), nil)
	if !errors.Is(err, dump.ErrNotEmpty) {
		t.Fatalf("restore into a database with data: %v, want ErrNotEmpty", err)
	}
	if after := mustDump(t, src); !bytes.Equal(data, after) {
		t.Errorf("the refused restore changed the database: %s", firstDiff(data, after))
	}

	// One user is data too.
	users, _ := openStore(t, "users.db")
	apptest.MustCreateUser(t, users, "only@example.org", accounts.RoleAdmin, "")
	if _, err := dump.Restore(context.Background(), users, bytes.NewReader(data), nil); !errors.Is(err, dump.ErrNotEmpty) || !strings.Contains(err.Error(), "users") {
		t.Errorf("restore into a database with a user: %v, want ErrNotEmpty naming users", err)
	}
}

// A damaged, cut or foreign file is refused with a message, and nothing
// of it is written.
func TestRestoreRefusesBadDumps(t *testing.T) {
	t.Parallel()
	src, _ := source(t)
	good := mustDump(t, src)
	lines := strings.SplitAfter(string(good), "\n")
	quoteLine := -1
	for i, l := range lines {
		if strings.Contains(l, "A paraphrase from the leap day.") && strings.HasPrefix(l, "[") {
			quoteLine = i // the quote's row, not a revision of it
			break
		}
	}
	if quoteLine < 0 {
		t.Fatal("no edge-case quote in the dump")
	}
	replaceLine := func(i int, old, new string) string {
		out := append([]string(nil), lines...)
		out[i] = strings.Replace(out[i], old, new, 1)
		return strings.Join(out, "")
	}
	// The last lines are the end of the last table, the end of the dump
	// and the empty string after the final newline.
	last := len(lines) - 2
	cases := []struct {
		name, data, want string
	}{
		{"empty file", "", "not a quotetrail dump"},
		{"not a dump", "id,text\n1,hello\n", "not a quotetrail dump"},
		{"other JSON", `{"format":"something-else"}` + "\n", "not a quotetrail dump"},
		{"cut mid-line", string(good[:len(good)/2]), "cut short"},
		{"cut at a line end", strings.Join(lines[:quoteLine+1], ""), "cut short"},
		{"no end line", strings.Join(lines[:last], ""), "cut short"},
		{"a changed value", replaceLine(quoteLine, "leap day", "leap year"), "checksum mismatch"},
		{"a dropped row", strings.Join(append(append([]string(nil), lines[:quoteLine]...), lines[quoteLine+1:]...), ""), "rows"},
		{"a wrong type", replaceLine(quoteLine, `"2024-02-29"`, `20240229`), "is not a string"},
		{"a bad date", replaceLine(quoteLine, `"2024-02-29"`, `"2024-02-30"`), "not a YYYY-MM-DD date"},
		{"more after the end", string(good) + "[1]\n", "more after the end"},
		{"a partial line after the end", string(good) + "[1", "more after the end"},
		{"newer schema", regexp.MustCompile(`"schema_version":\d+`).ReplaceAllString(string(good), `"schema_version":99`), "newer than this program"},
		{"newer format", replaceLine(0, `"format_version":1`, `"format_version":2`), "format version 2"},
		{"unknown table", replaceLine(0, `"]}`, `","gadgets"]}`), `table "gadgets"`},
	}
	target, _ := openStore(t, "target.db")
	empty := mustDump(t, target)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.data == string(good) {
				t.Fatal("the case does not change the dump")
			}
			_, err := dump.Restore(context.Background(), target, strings.NewReader(c.data), nil)
			if err == nil {
				t.Fatal("restore succeeded, want a refusal")
			}
			t.Logf("refused: %v", err)
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q, want it to say %q", err, c.want)
			}
			if after := mustDump(t, target); !bytes.Equal(empty, after) {
				t.Errorf("the refused restore wrote: %s", firstDiff(empty, after))
			}
		})
	}
	// After every refusal the database still takes the good dump.
	mustRestore(t, target, good)
	if after := mustDump(t, target); !bytes.Equal(good, after) {
		t.Errorf("restore after the refusals: %s", firstDiff(good, after))
	}
}

// A dump taken while quotes are being written is one consistent state:
// it restores (every quote's topics and counts belong to quotes in the
// dump) and holds every quote written before it began.
func TestDumpWhileWriting(t *testing.T) {
	t.Parallel()
	src, _ := openDemoStore(t, "live.db")
	quote := func(text string) importer.Quote {
		q := importer.Quote{Text: text, Speaker: "Lina Khan", Topics: []string{"privacy", "writes"},
			Article: importer.Article{Title: "Writes during a dump", URL: "https://example.org/dump"}}
		if err := q.Validate(); err != nil {
			t.Fatal(err)
		}
		return q
	}
	var bulk []importer.Quote
	for i := range 3000 {
		bulk = append(bulk, quote(fmt.Sprintf("Bulk quote number %d.", i)))
	}
	if _, err := importer.WriteBatch(context.Background(), src, bulk); err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		acked int
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ctx.Err() == nil; i++ {
			if _, err := importer.WriteBatch(context.Background(), src, []importer.Quote{quote(fmt.Sprintf("Written during the dump, %d.", i))}); err != nil {
				t.Errorf("write: %v", err)
				return
			}
			mu.Lock()
			acked++
			mu.Unlock()
		}
	}()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(2 * time.Millisecond) {
		mu.Lock()
		n := acked
		mu.Unlock()
		if n >= 5 || time.Now().After(deadline) {
			break
		}
	}
	mu.Lock()
	before := acked
	mu.Unlock()
	data := mustDump(t, src)
	stop()
	wg.Wait()

	dst, _ := openStore(t, "copy.db")
	mustRestore(t, dst, data)
	c, err := dst.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if min := int64(15 + 3000 + before); c.Quotes < min {
		t.Errorf("the dump holds %d quotes, want at least %d", c.Quotes, min)
	}
}
