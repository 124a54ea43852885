package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/models"
)

var csrfFieldRE = regexp.MustCompile(`name="csrf_token" value="([^"]+)"`)

// browser is an HTTP client with cookies that posts forms as a signed-in
// editor would.
type browser struct {
	base   string
	client *http.Client
	csrf   string
}

func (b *browser) get(path string) (string, error) {
	res, err := b.client.Get(b.base + path)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	return string(body), err
}

// post sends a form and reports the status of the answer.
func (b *browser) post(path string, v url.Values) (int, error) {
	v.Set("csrf_token", b.csrf)
	res, err := b.client.PostForm(b.base+path, v)
	if err != nil {
		return 0, err
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res.StatusCode, nil
}

func logIn(t *testing.T, base, email, password string) *browser {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	b := &browser{base: base, client: &http.Client{Jar: jar, Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	page, err := b.get("/login")
	if err != nil {
		t.Fatal(err)
	}
	b.csrf = csrfFieldRE.FindStringSubmatch(page)[1]
	if status, err := b.post("/login", url.Values{"email": {email}, "password": {password}}); err != nil || status != http.StatusSeeOther {
		t.Fatalf("log in = %d, %v", status, err)
	}
	page, err = b.get("/topics/new")
	if err != nil {
		t.Fatal(err)
	}
	b.csrf = csrfFieldRE.FindStringSubmatch(page)[1]
	return b
}

// The server killed with SIGKILL in the middle of writes loses no write
// it acknowledged, leaves no revision without its record (or the other
// way round), and leaves a database that passes SQLite's integrity check.
func TestKillDuringWrites(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills a server process")
	}
	db := filepath.Join(t.TempDir(), "crash.db")
	store, err := models.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	const email, password = "crash@example.org", "a long enough password"
	apptest.MustCreateUser(t, store, email, accounts.RoleEditor, password)
	store.Close()

	var (
		mu     sync.Mutex
		topics []string
		titles []string
	)
	// Three times over the same database: start, write from four
	// editors' tabs at once, kill mid-stream.
	for round := 0; round < 3; round++ {
		writeUntilKilled(t, db, email, password, round, func(topic, title string) {
			mu.Lock()
			defer mu.Unlock()
			if topic != "" {
				topics = append(topics, topic)
			} else {
				titles = append(titles, title)
			}
		})
	}

	store, err = models.Open(db)
	if err != nil {
		t.Fatalf("reopen after the kill: %v", err)
	}
	defer store.Close()
	ctx := context.Background()
	if verdict, err := store.IntegrityCheck(ctx); err != nil || verdict != "ok" {
		t.Fatalf("integrity check: %q, %v", verdict, err)
	}
	t.Logf("%d topics and %d articles acknowledged before the kill", len(topics), len(titles))
	all, err := store.Topics(ctx)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]int64{}
	for _, tp := range all {
		have[tp.Name] = tp.ID
	}
	for _, name := range topics {
		id, ok := have[name]
		if !ok {
			t.Errorf("acknowledged topic %q is lost", name)
			continue
		}
		if revs, _, err := store.History(ctx, history.EntityTopic, id); err != nil || len(revs) != 1 {
			t.Errorf("topic %q has %d revisions (%v), want 1", name, len(revs), err)
		}
	}
	articles, err := store.Articles(ctx, 0, models.Page{Number: 1, Size: 100000})
	if err != nil {
		t.Fatal(err)
	}
	saved := map[string]int{}
	for _, a := range articles.Articles {
		saved[a.Title]++
	}
	for _, title := range titles {
		if saved[title] != 1 {
			t.Errorf("acknowledged article %q saved %d times", title, saved[title])
		}
	}
	// Nothing half-written: every record has its revision and every
	// revision its record.
	counts, err := store.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	changes, _, err := store.RecentChanges(ctx, history.ChangeFilter{}, 100000)
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(changes)) != counts.Topics+counts.Articles {
		t.Errorf("%d revisions for %d topics and %d articles", len(changes), counts.Topics, counts.Articles)
	}
}

// writeUntilKilled starts the server on db, signs in, creates topics and
// articles from four clients at once, reports each one acknowledged, and
// kills the server with SIGKILL after 150 acknowledgements while the
// clients are still writing.
func writeUntilKilled(t *testing.T, db, email, password string, round int, acked func(topic, title string)) {
	srv := startServer(t, "--db", db)
	b := logIn(t, srv.Base, email, password)
	var (
		n       atomic.Int64
		stopped atomic.Bool
		wg      sync.WaitGroup
	)
	body := strings.Repeat("A paragraph of article text that makes the write span several pages. ", 200)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; !stopped.Load(); i++ {
				name := fmt.Sprintf("Topic %d-%d-%d", round, w, i)
				title := fmt.Sprintf("Article %d-%d-%d", round, w, i)
				var status int
				var err error
				if i%2 == 0 {
					status, err = b.post("/topics", url.Values{"name": {name}})
				} else {
					status, err = b.post("/articles", url.Values{"title": {title}, "body": {body}})
				}
				if err != nil {
					return // the server is gone
				}
				if status != http.StatusSeeOther {
					t.Errorf("write answered %d", status)
					return
				}
				if i%2 == 0 {
					acked(name, "")
				} else {
					acked("", title)
				}
				n.Add(1)
			}
		}()
	}
	for n.Load() < 150 {
		time.Sleep(5 * time.Millisecond)
	}
	srv.Kill(t)
	stopped.Store(true)
	wg.Wait()
}
