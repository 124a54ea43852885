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

// TestSingleMarks: which single marks can open or close a quotation, and
// which closing marks may be apostrophes.
func TestSingleMarks(t *testing.T) {
	at := func(s string, n int) ([]rune, int) { // the n-th single mark of s
		r := []rune(s)
		for i, c := range r {
			if IsSingle(c) {
				if n == 0 {
					return r, i
				}
				n--
			}
		}
		t.Fatalf("no single mark %d in %q", n, s)
		return nil, 0
	}
	for _, c := range []struct {
		s          string
		n          int
		open, shut bool
	}{
		{"‘Yes,’ he said", 0, true, false},
		{"‘Yes,’ he said", 1, false, true},
		{"'Yes,' he said", 0, true, false},
		{"'Yes,' he said", 1, false, true},
		{"in the ’90s", 0, false, false},
		{"in the '90s", 0, false, false},
		{"rock ’n’ roll", 0, false, false},
		{"'em all", 0, false, false},
		{"the Jones' house", 0, false, true},
	} {
		r, i := at(c.s, c.n)
		if SingleOpens(r, i) != c.open || SingleCloses(r, i) != c.shut {
			t.Errorf("%q mark %d: opens %v closes %v, want %v %v", c.s, c.n, SingleOpens(r, i), SingleCloses(r, i), c.open, c.shut)
		}
	}
	for s, want := range map[string]bool{
		"the Jones' old house": true, "the players’ union": true, "nothin’ doing": true,
		"the players’ said": false, "sides’ insisted Smith": false, "the fans’ and": false, "yes’.": false,
	} {
		r, i := at(s, 0)
		if MaybeApostrophe(r, i) != want {
			t.Errorf("MaybeApostrophe(%q) = %v, want %v", s, !want, want)
		}
	}
}
