package extract

import "testing"

// TestMastheadVia: a newspaper the outlet list lacks is still an outlet
// by its shape: a city's or a name's words and a masthead word ("the
// Denver Post", "The Business Times"); a run of capitalised words that
// goes on past "Journal" is no paper.
func TestMastheadVia(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"city and masthead", "Walter Oake draws maps.\n\n“They can have my pens when they pry them out of my hand,” Oake told the Denver Post.",
			[]wantQuote{{"They can have my pens when they pry them out of my hand,", "Walter Oake", "Denver Post"}}},
		{"capitalised article", "Raymond Goh leads the guild.\n\n“We will hold the platforms to their word,” Goh told The Business Times.",
			[]wantQuote{{"We will hold the platforms to their word,", "Raymond Goh", "The Business Times"}}},
		{"no paper", "Ann Lee chairs the committee.\n\n“We will look at it,” Lee told the Senate Journal Clerk.",
			[]wantQuote{{"We will look at it,", "Ann Lee", "-"}}},
	}
	checkCases(t, cases)
}
