package nearquotes_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/nearquotes"
)

func TestMain(m *testing.M) { os.Exit(apptest.RunTests(m)) }

func TestNear(t *testing.T) {
	t.Parallel()
	long := "we will keep enforcing the law against companies that break it"
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{long, "we will keep enforcing the law", true},                             // a cut
		{long, "we will keep enforcing the law against firms that break it", true}, // one word edited
		{long, long, false},      // the same: the fingerprint's job
		{long, "the law", false}, // too short to tell
		{long, "companies that break the law will pay", false},                                    // other words
		{"it was a good day", "it was a bad day for everyone who came to the meeting", false},     // shares little of the longer
		{long, "we will keep enforcing the rules against companies that break them again", false}, // three words changed of eleven
	} {
		if got := nearquotes.Near(strings.Fields(c.a), strings.Fields(c.b)); got != c.want {
			t.Errorf("Near(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestCheckFindsACutOfASavedQuote(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := apptest.MustOpenDemoStore(t)
	q, err := s.QuoteByID(ctx, 6)
	if err != nil {
		t.Fatal(err)
	}
	cut := strings.Join(strings.Fields(q.Text)[:len(strings.Fields(q.Text))*2/3], " ")
	err = nearquotes.Check(ctx, s, q.SpeakerName, q.ArticleID, 0, cut)
	var near *nearquotes.Error
	if !errors.As(err, &near) || len(near.Matches) != 1 || near.Matches[0].ID != q.ID {
		t.Fatalf("a cut of quote 6 (%q): %v", cut, err)
	}
	if err := nearquotes.Check(ctx, s, q.SpeakerName, q.ArticleID, q.ID, cut); err != nil {
		t.Errorf("the quote itself, edited: %v", err)
	}
	if err := nearquotes.Check(ctx, s, "Nobody Known", q.ArticleID, 0, cut); err != nil {
		t.Errorf("an unknown speaker: %v", err)
	}
}
