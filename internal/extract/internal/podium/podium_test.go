package podium

import (
	"testing"

	"github.com/quotetrail/quotetrail/internal/extract/internal/transcript"
)

// TestCalledOnLoneComma: a comma standing alone among the last words of
// a turn is no word of a name, and no reason to fail; the stop of "U.S."
// ends no sentence, so the words after it are no name called.
func TestCalledOnLoneComma(t *testing.T) {
	for _, c := range []struct {
		text, name string
		call       bool
	}{{"We will take questions. Okay , Darlene.", "Darlene", true}, {"That is all. Thanks , everyone.", "", false}, {"Right. , .", "", false},
		// an abbreviation's stop ends no sentence: no one is called
		{"With me is Inspector Lavinia Toothaker with the U.S. Postal Inspection Service.", "", false}} {
		r := []rune(c.text)
		name, call := CalledOn(r, transcript.Turn{Start: 0, End: len(r)})
		if name != c.name || call != c.call {
			t.Errorf("CalledOn(%q) = %q, %v; want %q, %v", c.text, name, call, c.name, c.call)
		}
	}
}
