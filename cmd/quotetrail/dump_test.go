package main

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/importer"
	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/models"
)

// run runs the program with args and returns its output and error.
func run(args ...string) (stdout, stderr string, err error) {
	m, out, errOut := testMain(nil)
	err = m.Run(context.Background(), args)
	return out.String(), errOut.String(), err
}

// `quotetrail dump` and `quotetrail restore` move a database to a new one
// that dumps and exports the same bytes; restore refuses bad input with a
// message and a non-zero exit.
func TestDumpAndRestoreCommands(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src, dst, file := apptest.MigratedSQLite(t, true), filepath.Join(dir, "dst.db"), filepath.Join(dir, "all.jsonl")
	store, err := models.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	apptest.MustLoadEdgeCases(t, store)
	store.Close()

	if _, stderr, err := run("dump", "--db", src, file); err != nil || !strings.Contains(stderr, "17 quotes") {
		t.Fatalf("dump = %v, stderr %q", err, stderr)
	}
	stdout, _, err := run("restore", "--db", dst, file)
	if err != nil || !strings.Contains(stdout, "quotes           17\n") || !strings.Contains(stdout, "users            3\n") {
		t.Fatalf("restore = %v, stdout %q", err, stdout)
	}
	first, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	second, _, err := run("dump", "--db", dst, "-")
	if err != nil || second != string(first) {
		t.Errorf("the restored database dumps differently (%v)", err)
	}
	for _, format := range []string{"csv", "bibtex"} {
		before, _, err1 := run("export", "--db", src, "--format", format)
		after, _, err2 := run("export", "--db", dst, "--format", format)
		if err1 != nil || err2 != nil || before == "" || before != after {
			t.Errorf("export --format %s differs after the round trip (%v, %v):\nbefore: %.300s\nafter:  %.300s", format, err1, err2, before, after)
		}
	}

	garbage := filepath.Join(dir, "garbage.jsonl")
	if err := os.WriteFile(garbage, []byte("not a dump\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(dir, "cut.jsonl")
	if err := os.WriteFile(cut, first[:len(first)-200], 0o644); err != nil {
		t.Fatal(err)
	}
	bad := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no file", []string{"restore", "--db", filepath.Join(dir, "new1.db")}, 2, "restore takes one FILE"},
		{"missing file", []string{"restore", "--db", filepath.Join(dir, "new2.db"), filepath.Join(dir, "nope.jsonl")}, 1, "no such file"},
		{"not a dump", []string{"restore", "--db", filepath.Join(dir, "new3.db"), garbage}, 1, "not a quotetrail dump"},
		{"cut short", []string{"restore", "--db", filepath.Join(dir, "new4.db"), cut}, 1, "cut short"},
		{"not empty", []string{"restore", "--db", dst, file}, 1, "the database is not empty"},
		{"dump without a file", []string{"dump", "--db", src}, 2, "dump takes one FILE"},
	}
	for _, b := range bad {
		t.Run(b.name, func(t *testing.T) {
			_, _, err := run(b.args...)
			if err == nil || exitCode(err) != b.code {
				t.Fatalf("%v = %v, want exit status %d", b.args, err, b.code)
			}
			if !strings.Contains(err.Error(), b.want) {
				t.Errorf("%v: %q, want it to say %q", b.args, err, b.want)
			}
		})
	}
	// The refused restores into new files left no database behind, and
	// the one into an existing database left it as it was.
	for _, name := range []string{"new3.db", "new4.db"} {
		for _, suffix := range []string{"", "-wal", "-shm"} {
			if _, err := os.Stat(filepath.Join(dir, name+suffix)); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a refused restore left %s%s behind (%v)", name, suffix, err)
			}
		}
	}
	if again, _, err := run("dump", "--db", dst, "-"); err != nil || !sameDump(again, string(first)) {
		t.Errorf("the refused restore into %s changed it (%v)", dst, err)
	}
}

// sameDump tells whether two dumps hold the same records: their lines
// but the header and the end, which say when each was taken.
func sameDump(a, b string) bool {
	body := func(s string) string {
		lines := strings.Split(strings.TrimSpace(s), "\n")
		if len(lines) < 2 {
			return ""
		}
		return strings.Join(lines[1:len(lines)-1], "\n")
	}
	return body(a) != "" && body(a) == body(b)
}

// `quotetrail backup` copies a database that is being written to: the
// copy opens, passes integrity_check, holds every write acknowledged
// before the backup started and is consistent (counts match rows).
func TestBackupWhileWriting(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	live, out := apptest.MigratedSQLite(t, true), filepath.Join(dir, "backup.db")
	store, err := models.Open(live)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	quote := func(text string) importer.Quote {
		q := importer.Quote{Text: text, Speaker: "Lina Khan", Topics: []string{"privacy"},
			Article: importer.Article{Title: "Writes during a backup", URL: "https://example.org/backup"}}
		if err := q.Validate(); err != nil {
			t.Fatal(err)
		}
		return q
	}
	// Enough rows that copying them takes a while.
	var bulk []importer.Quote
	for i := range 3000 {
		bulk = append(bulk, quote(fmt.Sprintf("Bulk quote number %d, with some words to index.", i)))
	}
	if _, err := importer.WriteBatch(context.Background(), store, bulk); err != nil {
		t.Fatal(err)
	}

	ctx, stop := context.WithCancel(context.Background())
	var (
		mu       sync.Mutex
		acked    []string
		wg       sync.WaitGroup
		writeErr error
	)
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ctx.Err() == nil; i++ {
				text := fmt.Sprintf("Written by writer %d, number %d.", w, i)
				if _, err := importer.WriteBatch(context.Background(), store, []importer.Quote{quote(text)}); err != nil {
					mu.Lock()
					writeErr = err
					mu.Unlock()
					return
				}
				mu.Lock()
				acked = append(acked, text)
				mu.Unlock()
			}
		}()
	}
	ackedNow := func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), acked...)
	}
	for deadline := time.Now().Add(10 * time.Second); len(ackedNow()) < 20 && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	before := ackedNow()
	stdout, _, err := run("backup", "--db", live, out)
	during := len(ackedNow()) - len(before)
	time.Sleep(20 * time.Millisecond)
	stop()
	wg.Wait()
	if err != nil || !strings.Contains(stdout, "backed up") {
		t.Fatalf("backup = %v, stdout %q", err, stdout)
	}
	if writeErr != nil {
		t.Fatalf("a write failed during the backup: %v", writeErr)
	}
	if len(before) < 20 {
		t.Fatalf("only %d writes acknowledged before the backup", len(before))
	}
	t.Logf("%d writes before the backup, %d during it", len(before), during)
	// The copy holds the app's secrets and session tokens, as the
	// database does: for its owner only.
	if info, err := os.Stat(out); err != nil || info.Mode().Perm()&0o077 != 0 {
		t.Errorf("the backup's mode: %v %v, want no access for group or others", info.Mode(), err)
	}

	db, err := sql.Open("sqlite3", "file:"+out+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var check string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check of the backup = %q, %v", check, err)
	}
	for _, text := range before {
		var n int
		if err := db.QueryRow(`SELECT COUNT(*) FROM quotes WHERE text = ?`, text).Scan(&n); err != nil || n != 1 {
			t.Errorf("the backup holds %d of %q, acknowledged before it started (%v)", n, text, err)
		}
	}
	var quotes, counted int
	if err := db.QueryRow(`SELECT (SELECT COUNT(*) FROM quotes), (SELECT SUM(quote_count) FROM people)`).Scan(&quotes, &counted); err != nil {
		t.Fatal(err)
	}
	if quotes < 15+3000+len(before) || quotes != counted {
		t.Errorf("the backup holds %d quotes and counts %d, want the same number, at least %d", quotes, counted, 15+3000+len(before))
	}
	copyStore, err := models.Open(out)
	if err != nil {
		t.Fatalf("the app cannot open the backup: %v", err)
	}
	res, err := search.New(copyStore).Search(context.Background(), search.Query{Text: "writer"}, models.Page{Size: 10})
	copyStore.Close()
	if err != nil || res.Total < int64(len(before)) {
		t.Errorf("search in the backup finds %d writes, want at least %d (%v)", res.Total, len(before), err)
	}

	// An existing file is kept unless --force; PostgreSQL is pg_dump's job.
	info, _ := os.Stat(out)
	if _, _, err := run("backup", "--db", live, out); err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("backup over an existing file = %v, want a refusal", err)
	}
	if after, _ := os.Stat(out); !after.ModTime().Equal(info.ModTime()) {
		t.Errorf("the refused backup changed the existing file")
	}
	if stdout, _, err := run("backup", "--force", "--db", live, out); err != nil || !strings.Contains(stdout, "backed up") {
		t.Errorf("backup --force = %v, %q", err, stdout)
	}
	_, _, err = run("backup", "--db", "postgres://quotetrail@127.0.0.1:1/none", filepath.Join(dir, "pg.db"))
	if err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), "pg_dump") {
		t.Errorf("backup of PostgreSQL = %v, want a refusal naming pg_dump", err)
	}
	entries, _ := os.ReadDir(dir)
	var names bytes.Buffer
	for _, e := range entries {
		fmt.Fprintf(&names, "%s ", e.Name())
	}
	if strings.Contains(names.String(), ".tmp") {
		t.Errorf("a temporary file was left behind: %s", names.String())
	}
}

// A command that finds its database a schema behind upgrades it and says
// so on standard error, migration by migration; a new database is made
// without a word.
func TestUpgradeIsLogged(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "old.db")
	if _, stderr, err := run("export", "--db", path, "--format", "csv"); err != nil || strings.Contains(stderr, "upgrad") {
		t.Fatalf("export from a new database = %v, stderr %q", err, stderr)
	}
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	var newest int
	if err := db.QueryRow(`SELECT max(version) FROM schema_migrations`).Scan(&newest); err != nil {
		t.Fatal(err)
	}
	// Undo the newest migrations, so that they run again: 12 (API tokens)
	// can run twice as it is; 11 adds the dashboards' counts and the
	// speakers' gender and affiliation, taken away here.
	for _, stmt := range []string{
		`DROP TRIGGER quotes_months_insert`, `DROP TRIGGER quotes_months_delete`, `DROP TRIGGER quotes_months_update`,
		`DROP TRIGGER quote_topics_months_insert`, `DROP TRIGGER quote_topics_months_delete`,
		`DROP TABLE quote_month_counts`, `DROP TABLE topic_month_counts`,
		`DROP INDEX person_outlet_counts_outlet`, `DROP INDEX person_topic_counts_topic`,
		`ALTER TABLE people DROP COLUMN gender`, `ALTER TABLE people DROP COLUMN affiliation`,
	} {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	if _, err := db.Exec(`DELETE FROM schema_migrations WHERE version >= 11`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, stderr, err := run("export", "--db", path, "--format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"upgrading the database", "upgraded the database", "migration=11", fmt.Sprintf("migration=%d", newest), "took="} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

// A database an older release left holding what is not text still dumps
// and restores, with a warning on standard error for each value written
// otherwise.
func TestDumpAndRestoreWarnOfTextThatIsNotText(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src, dst, file := apptest.MigratedSQLite(t, true), filepath.Join(dir, "dst.db"), filepath.Join(dir, "all.jsonl")
	db, err := sql.Open("sqlite3", src)
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec(`UPDATE quotes SET context = ? WHERE id = 1`, "said \xff in a hearing")
	if err == nil {
		_, err = db.Exec(`UPDATE quotes SET context = ? WHERE id = 2`, "a NUL \x00 here")
	}
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	_, stderr, err := run("dump", "--db", src, file)
	if err != nil || !strings.Contains(stderr, "warning: dump quotes: key [1]: column context holds bytes that are not UTF-8") {
		t.Fatalf("dump = %v, stderr %q", err, stderr)
	}
	stdout, stderr, err := run("restore", "--db", dst, file)
	if err != nil || !strings.Contains(stdout, "restored") ||
		!strings.Contains(stderr, "warning: restore line ") || !strings.Contains(stderr, "quotes.context holds a NUL character") {
		t.Fatalf("restore = %v, stdout %q, stderr %q", err, stdout, stderr)
	}
}
