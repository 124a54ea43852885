package quotemark

import (
	"strings"
	"testing"
)

// quoted returns the text and the rune range of the words between the
// first pair of double marks in s.
func quoted(t *testing.T, s string) ([]rune, int, int) {
	t.Helper()
	r := []rune(s)
	open := -1
	for i, c := range r {
		if IsDouble(c) && !Inch(r, i) {
			if open < 0 {
				open = i
				continue
			}
			return r, open + 1, i
		}
	}
	t.Fatalf("no quotation in %q", s)
	return nil, 0, 0
}

func TestNotSpeech(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{`“We will keep going,” Sen. Ted Cruz said.`, false},
		{`He spoke on CBS’s “Face the Nation” on Sunday.`, true},
		{`<tweet author="@pamkeyNEN">`, true},
		{`Rep. Robert C. "Bobby" Scott said so.`, true},
		{`“(CROSSTALK.)”`, true},
		{`Write to “news@example.com” today.`, true},
		{`—"Sam Mendes leaves the show," by Times' Michael Paulson`, true},
		{`She called it “a cartel” and left.`, false},
	} {
		r, s, e := quoted(t, c.text)
		if got := NotSpeech(r, s, e); got != c.want {
			t.Errorf("NotSpeech(%q) = %v, want %v", string(r[s:e]), got, c.want)
		}
	}
}

func TestInch(t *testing.T) {
	r := []rune(`He is 6'3" tall.`)
	if i := strings.IndexRune(string(r), '"'); !Inch(r, len([]rune(string(r)[:i]))) {
		t.Errorf(`Inch(6'3") = false, want true`)
	}
	r = []rune(`He said "3" twice.`)
	if Inch(r, 10) { // the closing mark after a digit
		t.Errorf(`Inch("3") = true, want false`)
	}
}
