package extract

import "testing"

// TestHeadlineOpeningQuote: a headline that opens with a quotation in
// single marks before a colon ("‘...’: paramedic Helen Marwick on ...")
// is a quotation even in an article that quotes in double marks, by the
// person it names or whose words in the story it repeats; a title in
// title case there is not one, and one whose speaker nothing gives is
// held back.
func TestHeadlineOpeningQuote(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"named in the headline", "‘You learn to eat a sandwich in ninety seconds’: paramedic Helen Marwick on 22 years of nights\n\nHelen Marwick worked nights for two decades. “I was just the one who turned up,” she said.",
			[]wantQuote{{"You learn to eat a sandwich in ninety seconds", "Helen Marwick", ""}, {"I was just the one who turned up,", "Helen Marwick", ""}}},
		{"repeated in the story", "'Every shift was a gamble': life on the night ambulance\n\nTom Hart drove ambulances for years. “Every shift was a gamble, and most nights we lost,” he said.",
			[]wantQuote{{"Every shift was a gamble", "Tom Hart", ""}, {"Every shift was a gamble, and most nights we lost,", "Tom Hart", ""}}},
		{"a title", "‘The Lord of the Rings’: a review of the new staging\n\nThe show opened on Friday. “It is a triumph,” said Ann Lee, the producer.",
			[]wantQuote{{"It is a triumph,", "Ann Lee", ""}}},
		{"no one says it", "'We can't wait for the grid': a conversation about batteries\n\nJane Whitcombe runs a battery maker. “Orders are strong,” she said.",
			[]wantQuote{{"Orders are strong,", "Jane Whitcombe", ""}}},
	}
	checkCases(t, cases)
}
