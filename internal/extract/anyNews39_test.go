package extract

import "testing"

// TestAnyNewsLordsRecord: the Lords' record heads each speech with the
// peer and their party on a line of their own ("Lord Garthmyl (CB)"),
// the minister's first with their office ("The Minister of State, ...
// (Baroness Merriweather of Lindale) (Lab)"), and the question with
// "Asked by" over the peer who tabled it; a peer's title is part of
// their name.
func TestAnyNewsLordsRecord(t *testing.T) {
	t.Parallel()
	in := "Rural Mobile Coverage\nVolume 851: debated on Wednesday 12 November 2025\n\nQuestion\n3.07pm\nAsked by\nLord Carnsew of Tresillian\nTo ask His Majesty’s Government what progress has been made on rural coverage.\nShare this contribution\n\n" +
		"The Minister of State, Department for Science, Innovation and Technology (Baroness Merriweather of Lindale) (Lab)\nMy Lords, coverage has reached 94 per cent.\n\nWe remain committed to the target.\nShare this contribution\n\n" +
		"Lord Garthmyl (CB)\nMy Lords, may I press the Minister on power connections?\nShare this contribution\n\n" +
		"Baroness Merriweather of Lindale (Lab)\nThe noble Lord makes a fair point.\nShare this contribution\n\n" +
		"Lord Carnsew of Tresillian (Con)\nMy Lords, I am grateful to the Minister.\nShare this contribution"
	checkQuotes(t, in, []wantQuote{{"To ask His Majesty’s Government what progress has been made on rural coverage.", "Lord Carnsew of Tresillian", ""},
		{"My Lords, coverage has reached 94 per cent.", "Baroness Merriweather of Lindale", ""},
		{"We remain committed to the target.", "Baroness Merriweather of Lindale", ""},
		{"My Lords, may I press the Minister on power connections?", "Lord Garthmyl", ""},
		{"The noble Lord makes a fair point.", "Baroness Merriweather of Lindale", ""},
		{"My Lords, I am grateful to the Minister.", "Lord Carnsew of Tresillian", ""}})
}
