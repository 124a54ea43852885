// Package nearquotes finds the quotes a new one nearly repeats: the same
// speaker in the same article with nearly the same words, one a cut of
// the other ("the law" for "we will enforce the law") or an edited copy
// (a word or two changed). The same words exactly are refused by the
// fingerprint (package fingerprint); near ones are for the editor to
// judge, so the quote form names them and asks before saving.
package nearquotes

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/quotetrail/quotetrail/internal/fingerprint"
	"github.com/quotetrail/quotetrail/models"
)

// Match is a saved quote the new one nearly repeats.
type Match struct {
	ID   int64
	Text string
}

// Error asks the editor whether the quote is another quote, naming the
// ones it nearly repeats.
type Error struct {
	Speaker string
	Matches []Match
}

func (e *Error) Error() string {
	what := "a quote"
	if len(e.Matches) > 1 {
		what = fmt.Sprintf("%d quotes", len(e.Matches))
	}
	return fmt.Sprintf("%s has %s in this article with nearly these words. Check below; if this is another quote all the same, say so and save again.", e.Speaker, what)
}

// maxCells bounds the word-by-word comparison of two quotes (words ×
// words): longer pairs are compared by cut alone.
const maxCells = 1 << 20

// Check returns an *Error when the speaker named has quotes in article
// (other than quote self, 0 for a new one) whose words nearly repeat
// text; nil when none does or the speaker or article is not known yet.
func Check(ctx context.Context, store *models.Store, speaker string, article, self int64, text string) error {
	if article <= 0 || strings.TrimSpace(speaker) == "" {
		return nil
	}
	p, err := store.FindPerson(ctx, speaker)
	if errors.Is(err, models.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	var saved []Match
	err = store.DB(ctx).Table("quotes").Select("id, text").Where("person_id = ? AND article_id = ? AND id <> ?", p.ID, article, self).Order("id").Limit(500).Scan(&saved).Error
	if err != nil {
		return fmt.Errorf("quotes of %s in article %d: %w", p.Name, article, err)
	}
	words := strings.Fields(fingerprint.Normalize(text))
	var near []Match
	for _, m := range saved {
		if Near(words, strings.Fields(fingerprint.Normalize(m.Text))) {
			near = append(near, m)
		}
	}
	if len(near) == 0 {
		return nil
	}
	return &Error{Speaker: p.Name, Matches: near}
}

// Near tells whether two quotes' normalised words nearly repeat each
// other without being the same: one is a run of the other's words (at
// least three, and half its length), or they share, in order, at least
// four in five of the longer one's words.
func Near(a, b []string) bool {
	if len(a) < 3 || len(b) < 3 || strings.Join(a, " ") == strings.Join(b, " ") {
		return false
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	if 2*len(short) >= len(long) && strings.Contains(" "+strings.Join(long, " ")+" ", " "+strings.Join(short, " ")+" ") {
		return true
	}
	if 5*len(short) < 4*len(long) || len(short)*len(long) > maxCells {
		return false
	}
	return 5*common(short, long) >= 4*len(long)
}

// common is the length of the longest run of words a and b share in
// order (not necessarily side by side), in O(len(a)·len(b)) time and
// O(len(b)) space.
func common(a, b []string) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
