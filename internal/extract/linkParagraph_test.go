package extract

import "testing"

// TestLinkParagraphNamesNoOne: a name a "RELATED:" link to another story
// gives is nobody "she" can be, even when a word of it recurs later; and
// a surname opening a paragraph after a link ending in capitals is a
// mention of its own.
func TestLinkParagraphNamesNoOne(t *testing.T) {
	t.Parallel()
	in := "Tessa Marlowe is pressing pause.\n\nLantern Street Productions, which is producing the revival, said previews would be pushed.\n\nRELATED: Tessa Marlowe Looks Back on Her Oscar Night and the Dress She Nearly Didn't Wear\n\nMarlowe, who won the best actress Oscar in 2019 for her role in Bright Hours, had spoken candidly about stage work.\n\n\"Theater is eight marathons a week,\" she said on a podcast in November."
	checkQuotes(t, in, []wantQuote{{"Theater is eight marathons a week,", "Tessa Marlowe", ""}})
	in = "Tessa Marlowe is pressing pause.\n\nLantern Street Productions said previews would be pushed.\n\nRELATED: Tessa Marlowe Looks Back on Her Oscar Night\n\nMarlowe had spoken candidly about stage work.\n\n\"Theater is eight marathons a week,\" she said on a podcast."
	checkQuotes(t, in, []wantQuote{{"Theater is eight marathons a week,", "Tessa Marlowe", ""}})
}
