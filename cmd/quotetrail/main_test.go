package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

// syncBuffer is a bytes.Buffer the server's logger and the test can share.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func testMain(env map[string]string) (*Main, *syncBuffer, *syncBuffer) {
	stdout, stderr := &syncBuffer{}, &syncBuffer{}
	m := NewMain(strings.NewReader(""), stdout, stderr)
	m.Getenv = func(k string) string { return env[k] }
	return m, stdout, stderr
}

var urlRE = regexp.MustCompile(`url=(http://\S+)`)

// serve starts the real program in-process and returns its base URL and a
// function that stops it (as SIGINT would) and returns Run's error.
func serve(t *testing.T, m *Main, stderr *syncBuffer, args ...string) (string, func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx, args) }()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if match := urlRE.FindStringSubmatch(stderr.String()); match != nil {
			return match[1], func() error { cancel(); return <-done }
		}
		select {
		case err := <-done:
			cancel()
			t.Fatalf("server stopped early: %v\n%s", err, stderr)
		case <-time.After(20 * time.Millisecond):
		}
	}
	cancel()
	t.Fatalf("server did not start:\n%s", stderr)
	return "", nil
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(body)
}

func TestServeWithDemoAndGracefulStop(t *testing.T) {
	t.Parallel()
	db := apptest.NewDSN(t)
	m, _, stderr := testMain(map[string]string{"QUOTETRAIL_DB": db})
	base, stop := serve(t, m, stderr, "serve", "--addr", "127.0.0.1:0", "--demo")
	if code, body := get(t, base+"/healthz"); code != 200 || body != "ok" {
		t.Errorf("healthz = %d %q", code, body)
	}
	if code, body := get(t, base+"/people/lina-khan"); code != 200 || !strings.Contains(body, "As the complaint notes") {
		t.Errorf("person page = %d", code)
	}
	// The password printed for the demo account lets a newcomer log in.
	match := regexp.MustCompile(`log in as (\S+) with the password (\S+)`).FindStringSubmatch(stderr.String())
	if match == nil {
		t.Fatalf("no demo account printed:\n%s", stderr)
	}
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar}
	res, err := client.Get(base + "/login")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	token := regexp.MustCompile(`name="csrf_token" value="([^"]+)"`).FindSubmatch(page)
	if token == nil {
		t.Fatalf("no CSRF token on the login page")
	}
	res, err = client.PostForm(base+"/login", url.Values{"csrf_token": {string(token[1])}, "email": {match[1]}, "password": {match[2]}})
	if err != nil {
		t.Fatal(err)
	}
	page, _ = io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || !strings.Contains(string(page), "Log out") {
		t.Errorf("logging in with the demo account: %d\n%s", res.StatusCode, page)
	}
	// It edits quotes; managing users is for an admin the operator makes.
	if res, err := client.Get(base + "/admin/users"); err != nil {
		t.Error(err)
	} else if res.Body.Close(); res.StatusCode != http.StatusForbidden {
		t.Errorf("the demo editor on the users page: %d, want 403", res.StatusCode)
	}
	if err := stop(); err != nil {
		t.Fatalf("Run after stop = %v, want nil", err)
	}
	logs := stderr.String()
	for _, want := range []string{"loaded the demo article", "log in as demo@quotetrail.example with the password", "method=GET uri=/healthz status=200", "shutting down"} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %q:\n%s", want, logs)
		}
	}
	// Started again on the same file, the demo is not loaded twice.
	m2, _, stderr2 := testMain(map[string]string{})
	base, stop = serve(t, m2, stderr2, "--db", db, "--addr", "127.0.0.1:0", "--demo")
	if _, body := get(t, base+"/"); !strings.Contains(body, "<strong>15</strong> quotes") {
		t.Errorf("second start: home page does not count 15 quotes")
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr2.String(), "demo data not loaded") || strings.Contains(stderr2.String(), "with the password") {
		t.Errorf("second start did not skip the demo data and account:\n%s", stderr2)
	}
}

func TestAddrFromEnvironment(t *testing.T) {
	t.Parallel()
	m, _, stderr := testMain(map[string]string{"QUOTETRAIL_ADDR": "127.0.0.1:0", "QUOTETRAIL_DB": apptest.MigratedDSN(t, false)})
	base, stop := serve(t, m, stderr)
	if code, _ := get(t, base+"/healthz"); code != 200 {
		t.Errorf("healthz = %d", code)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
}

func TestUsageErrors(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"frobnicate"}, {"serve", "--no-such-flag"}, {"serve", "extra-arg"}} {
		m, _, stderr := testMain(nil)
		err := m.Run(context.Background(), args)
		if err == nil || exitCode(err) != 2 {
			t.Errorf("Run(%v) = %v (exit %d), want a usage error", args, err, exitCode(err))
		}
		if stderr.String() == "" && !strings.Contains(err.Error(), "serve") {
			t.Errorf("Run(%v) printed nothing to explain", args)
		}
	}
}

func TestServeReportsBadDatabase(t *testing.T) {
	t.Parallel()
	m, _, _ := testMain(nil)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	// A folder is not a database file.
	err := m.Run(ctx, []string{"serve", "--db", t.TempDir(), "--addr", "127.0.0.1:0"})
	if err == nil || exitCode(err) != 1 {
		t.Fatalf("Run with an unusable database = %v, want an error", err)
	}
	var ue usageError
	if errors.As(err, &ue) {
		t.Errorf("a database failure is not a usage error")
	}
}

func TestRedactDSN(t *testing.T) {
	t.Parallel()
	if got := redactDSN("postgres://app:s3cret@db:5432/q"); got != "postgres://app:***@db:5432/q" {
		t.Errorf("redactDSN = %q", got)
	}
	if got := redactDSN("quotetrail.db"); got != "quotetrail.db" {
		t.Errorf("redactDSN = %q", got)
	}
}

func TestExportCommand(t *testing.T) {
	t.Parallel()
	db := apptest.MigratedDSN(t, false)
	m, _, stderr := testMain(nil)
	_, stop := serve(t, m, stderr, "--db", db, "--addr", "127.0.0.1:0", "--demo")
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	m, stdout, _ := testMain(map[string]string{"QUOTETRAIL_DB": db})
	if err := m.Run(context.Background(), []string{"export", "--format", "bibtex", "--person", "lina-khan"}); err != nil {
		t.Fatalf("export: %v", err)
	}
	if n := strings.Count(stdout.String(), "@online{"); n != 2 {
		t.Errorf("%d BibTeX entries on stdout, want 2:\n%s", n, stdout)
	}
	// "-o -" is standard output, as for dump and restore, not a file
	// named "-".
	m, stdout, _ = testMain(map[string]string{"QUOTETRAIL_DB": db})
	if err := m.Run(context.Background(), []string{"export", "--format", "bibtex", "--person", "lina-khan", "-o", "-"}); err != nil {
		t.Fatalf("export -o -: %v", err)
	}
	if n := strings.Count(stdout.String(), "@online{"); n != 2 {
		t.Errorf("export -o - wrote %d BibTeX entries to stdout, want 2", n)
	}
	if _, err := os.Stat("-"); err == nil {
		os.Remove("-")
		t.Errorf(`export -o - wrote a file named "-"`)
	}
	m, stdout, _ = testMain(map[string]string{"QUOTETRAIL_DB": db})
	if err := m.Run(context.Background(), []string{"export", "--format", "csv", "--q", `"security purposes"`}); err != nil {
		t.Fatalf("export --q: %v", err)
	}
	if n := strings.Count(stdout.String(), "/quotes/"); n != 3 {
		t.Errorf("export --q wrote %d quotes, want 3", n)
	}
	out := filepath.Join(t.TempDir(), "all.csv")
	m, _, stderr = testMain(map[string]string{"QUOTETRAIL_DB": db})
	if err := m.Run(context.Background(), []string{"export", "--format", "csv", "-o", out}); err != nil {
		t.Fatalf("export -o: %v", err)
	}
	if !strings.Contains(stderr.String(), "wrote 15 quotes") {
		t.Errorf("stderr %q", stderr)
	}
	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"export", "--format", "docx"}, 2},
		{[]string{"export", "--format", "bibtex", "--person", "nobody", "-o", filepath.Join(t.TempDir(), "never.bib")}, 1},
	} {
		m, _, _ := testMain(map[string]string{"QUOTETRAIL_DB": db})
		err := m.Run(context.Background(), c.args)
		if err == nil || exitCode(err) != c.code {
			t.Errorf("Run(%v) = %v, want exit %d", c.args, err, c.code)
		}
	}
}

func TestExtractCommand(t *testing.T) {
	t.Parallel()
	title, body := apptest.DemoArticle(t)
	path := filepath.Join(t.TempDir(), "article.txt")
	if err := os.WriteFile(path, []byte(title+"\n\n"+body), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"extract", path}, {"extract", "-"}, {"extract"}} {
		m, stdout, _ := testMain(nil)
		if args[len(args)-1] != path {
			m.Stdin = strings.NewReader(body)
		}
		if err := m.Run(context.Background(), args); err != nil {
			t.Fatalf("Run(%v): %v", args, err)
		}
		var out struct {
			Quotes []struct {
				Text, Speaker, Via, Kind string
				Start, End               int
			}
		}
		if err := json.Unmarshal([]byte(stdout.String()), &out); err != nil {
			t.Fatalf("Run(%v) printed no JSON: %v", args, err)
		}
		speakers := map[string]bool{}
		for _, q := range out.Quotes {
			speakers[q.Speaker+"|"+q.Via] = true
			if strings.Contains(q.Text, "Conservatives") || strings.Contains(q.Text, "Follow Us") {
				t.Errorf("quote from the boilerplate: %q", q.Text)
			}
		}
		for _, want := range []string{"Lina Khan|NPR", "Sam Levine|NPR", "Damien Kieran|"} {
			if !speakers[want] {
				t.Errorf("Run(%v): no quote by %s (have %v)", args, want, speakers)
			}
		}
	}
	m, _, _ := testMain(nil)
	if err := m.Run(context.Background(), []string{"extract", "/no/such/file"}); err == nil || exitCode(err) != 1 {
		t.Errorf("missing file: %v", err)
	}
	m, _, _ = testMain(nil)
	m.Stdin = strings.NewReader("\xff\xfe not text")
	if err := m.Run(context.Background(), []string{"extract"}); err == nil || !strings.Contains(err.Error(), "UTF-8") {
		t.Errorf("binary input: %v", err)
	}
}
