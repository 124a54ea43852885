package models_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/demo"
	"github.com/quotetrail/quotetrail/models"
)

func TestSlugify(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Lina M. Khan":           "lina-m-khan",
		"Müller-Lüdenscheidt":    "muller-ludenscheidt",
		"  The FTC's Blog!  ":    "the-ftcs-blog",
		"李明":                     "x",
		"Ana María de la Cruz":   "ana-maria-de-la-cruz",
		"U.S. Dept. of Justice":  "u-s-dept-of-justice",
		"Twitter spokesperson\n": "twitter-spokesperson",
	} {
		if got := models.Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUniqueSlugs(t *testing.T) {
	t.Parallel()
	s := apptest.MustOpenStore(t)
	ctx := context.Background()
	var slugs []string
	for _, name := range []string{"Jane Doe", "Jane Doé", "JANE-DOE!"} {
		p := &models.Person{Name: name, Kind: "person"}
		if err := s.CreatePerson(ctx, p); err != nil {
			t.Fatalf("create %q: %v", name, err)
		}
		slugs = append(slugs, p.Slug)
	}
	if strings.Join(slugs, " ") != "jane-doe jane-doe-2 jane-doe-3" {
		t.Errorf("slugs = %v", slugs)
	}
}

func TestFindPersonByAlias(t *testing.T) {
	t.Parallel()
	s := apptest.MustOpenStore(t)
	apptest.MustLoadDemo(t, s)
	ctx := context.Background()
	for _, name := range []string{"Lina Khan", "lina khan", "Khan", "LINA M. KHAN"} {
		p, err := s.FindPerson(ctx, name)
		if err != nil || p.Slug != "lina-khan" {
			t.Errorf("FindPerson(%q) = %v, %v", name, p, err)
		}
	}
	// An alias two people share names neither.
	if err := s.CreatePerson(ctx, &models.Person{Name: "Imran Khan", Kind: "person", Aliases: []string{"Khan"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.FindPerson(ctx, "Khan"); !errors.Is(err, models.ErrNotFound) {
		t.Errorf("ambiguous alias: err = %v, want ErrNotFound", err)
	}
}

func TestDemoData(t *testing.T) {
	t.Parallel()
	s := apptest.MustOpenStore(t)
	apptest.MustLoadDemo(t, s)
	ctx := context.Background()
	list, err := s.Quotes(ctx, models.QuoteFilter{ArticleID: 1}, models.Page{Number: 1, Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(list.Quotes) != len(demo.Quotes) {
		t.Fatalf("%d quotes, want %d", len(list.Quotes), len(demo.Quotes))
	}
	body := []rune(demo.Body)
	last := -1
	for _, q := range list.Quotes {
		if q.AnchorStart == nil {
			t.Errorf("quote %q is not anchored", q.Text)
			continue
		}
		if got := string(body[*q.AnchorStart:*q.AnchorEnd]); got != q.Text {
			t.Errorf("quote anchored at %q, want %q", got, q.Text)
		}
		if *q.AnchorStart <= last {
			t.Errorf("quotes out of printed order at %q", q.Text)
		}
		last = *q.AnchorStart
	}
	bySpeaker := map[string][]models.QuoteView{}
	for _, q := range list.Quotes {
		bySpeaker[q.SpeakerName] = append(bySpeaker[q.SpeakerName], q)
	}
	for _, c := range []struct {
		speaker, title, via string
		n                   int
	}{
		{"Lina Khan", "FTC chair", "NPR", 2},
		{"Sam Levine", "leader of FTC’s Bureau of Consumer Protection", "NPR", 2},
		{"Damien Kieran", "Twitter’s chief privacy officer", "", 3},
		{"Twitter spokesperson", "", "", 4},
		{"Federal Trade Commission", "", "", 3},
	} {
		qs := bySpeaker[c.speaker]
		if len(qs) != c.n {
			t.Errorf("%s has %d quotes, want %d", c.speaker, len(qs), c.n)
		}
		for _, q := range qs {
			if c.title != "" && q.SpeakerTitle != c.title {
				t.Errorf("%s: title %q, want %q", c.speaker, q.SpeakerTitle, c.title)
			}
			if c.via != "" && q.ViaName != c.via {
				t.Errorf("%s: via %q, want %q", c.speaker, q.ViaName, c.via)
			}
		}
	}
	for _, q := range bySpeaker["Sam Levine"] {
		if q.Kind != models.QuoteParaphrase {
			t.Errorf("Levine's %q is %s, want paraphrase", q.Text, q.Kind)
		}
	}
	// Nothing from the site boilerplate.
	for _, junk := range []string{"Conservatives are being attacked", "About Post Author", "Follow Us", "CensorTrack"} {
		if strings.Contains(demo.Body, junk) {
			t.Errorf("demo body keeps boilerplate %q", junk)
		}
	}
	// Loading again into a database with data does nothing.
	loaded, err := demo.Load(ctx, s)
	if err != nil || loaded {
		t.Errorf("second load: loaded=%v err=%v", loaded, err)
	}
}

// Writers queued behind a long write wait without holding connections, so
// readers still get one; and a writer that gives up while queued leaves
// without touching the database.
func TestQueuedWritersLeaveConnectionsToReaders(t *testing.T) {
	t.Parallel()
	s := apptest.MustOpenStore(t)
	ctx := context.Background()
	holding, done := make(chan struct{}), make(chan struct{})
	go s.WriteTx(ctx, func(*gorm.DB) error {
		close(holding)
		<-done
		return nil
	})
	<-holding
	// More writers than the pool has connections (16 on PostgreSQL).
	const writers = 24
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for i := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.CreateTopic(ctx, &models.Topic{Name: fmt.Sprintf("Queued %d", i)}); err != nil {
				errs <- err
			}
		}()
	}
	time.Sleep(200 * time.Millisecond) // let them queue
	readCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if _, err := s.Topics(readCtx); err != nil {
		t.Errorf("a read while writers queue: %v", err)
	}
	giveUp, cancelGiveUp := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancelGiveUp()
	if err := s.CreateTopic(giveUp, &models.Topic{Name: "Impatient"}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("a queued writer whose context ends: %v, want context.DeadlineExceeded", err)
	}
	close(done)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("queued write: %v", err)
	}
	topics, err := s.Topics(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(topics) != writers {
		t.Errorf("%d topics, want %d", len(topics), writers)
	}
}

// Writers on several connections at once wait for the write lock instead
// of failing with "database is locked", and every write lands.
func TestConcurrentWriters(t *testing.T) {
	t.Parallel()
	s := apptest.MustOpenStore(t)
	apptest.MustLoadDemo(t, s)
	ctx := context.Background()
	const writers, each = 8, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers*each)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				d := &models.QuoteDraft{
					Quote:   models.Quote{Text: fmt.Sprintf("writer %d quote %d", w, i), Kind: "direct", Status: "unverified"},
					Speaker: models.PersonRef{Name: fmt.Sprintf("Writer %d", w), Create: true, Kind: "person"},
					Article: models.ArticleRef{ID: 1},
					Topics:  []string{"load", fmt.Sprintf("w%d", w)},
				}
				if err := s.SaveQuote(ctx, d); err != nil {
					errs <- err
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent write: %v", err)
	}
	c, _ := s.Count(ctx)
	if want := int64(len(demo.Quotes) + writers*each); c.Quotes != want {
		t.Errorf("%d quotes, want %d", c.Quotes, want)
	}
	if c.People != int64(len(demo.Speakers)+writers) {
		t.Errorf("%d people, want %d: a speaker was created twice", c.People, len(demo.Speakers)+writers)
	}
	topic, err := s.TopicBySlug(ctx, "load")
	if err != nil || topic.QuoteCount != writers*each {
		t.Errorf("topic load: %+v %v", topic, err)
	}
}

func TestDeleteRefusals(t *testing.T) {
	t.Parallel()
	s := apptest.MustOpenStore(t)
	apptest.MustLoadDemo(t, s)
	ctx := context.Background()
	khan, _ := s.PersonBySlug(ctx, "lina-khan")
	npr, _ := s.OutletBySlug(ctx, "npr")
	var inUse *models.InUseError
	if err := s.DeletePerson(ctx, khan.ID); !errors.As(err, &inUse) {
		t.Errorf("delete person with quotes: %v", err)
	}
	if err := s.DeleteOutlet(ctx, npr.ID); !errors.As(err, &inUse) || !strings.Contains(err.Error(), "2 quotes received via it") && !strings.Contains(err.Error(), "quotes received via it") {
		t.Errorf("delete outlet with via quotes: %v", err)
	}
	if err := s.DeleteArticle(ctx, 1); !errors.As(err, &inUse) {
		t.Errorf("delete article with quotes: %v", err)
	}
	if err := s.DeletePerson(ctx, 9999); !errors.Is(err, models.ErrNotFound) {
		t.Errorf("delete missing person: %v", err)
	}
}

// A database file the store creates, with its write-ahead log and shared
// memory index, is readable by its owner alone: it holds the app's
// secrets and session tokens.
func TestNewDatabaseFileIsPrivate(t *testing.T) {
	apptest.SkipOnPostgres(t, "a file's mode")
	t.Parallel()
	path := filepath.Join(t.TempDir(), "nested", "private.db")
	store, err := models.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	for _, name := range []string{path, path + "-wal", path + "-shm"} {
		info, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		if mode := info.Mode().Perm(); mode&0o077 != 0 {
			t.Errorf("%s has mode %v, want no access for group and others", filepath.Base(name), mode)
		}
	}
}
