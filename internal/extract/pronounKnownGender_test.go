package extract

import "testing"

// TestPronounPrefersKnownGender: "she" is the woman named earlier in the
// paragraph rather than a later capitalised name of unknown gender (a
// place's possessive, a book's title after "her memoir"); with no one
// known to fit, the name of unknown gender still takes it.
func TestPronounPrefersKnownGender(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"a place's possessive", "Helen Marwick joined South Yorkshire’s ambulance service in 2003 and asked to work nights because, she says, “that’s when the city tells you the truth”.",
			[]wantQuote{{"that’s when the city tells you the truth", "Helen Marwick", ""}}},
		{"her memoir's title", "Helen Marwick retired last spring. Her memoir, Blue Hours, is out next week. “I wasn’t brave,” she says.",
			[]wantQuote{{"I wasn’t brave,", "Helen Marwick", ""}}},
		{"no one known to fit", "The council met on Monday. Kel Varga spoke last. “We are ready,” she said.",
			[]wantQuote{{"We are ready,", "Kel Varga", ""}}},
	}
	checkCases(t, cases)
}
