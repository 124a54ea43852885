package extract

import "testing"

// TestDialogueTurns: in a feature's scene between two people, a line
// standing alone after a short beat ("Oake leaned in.") is the person of
// the beat, and an untagged line answering the line before is the other
// person's; "he said" after sentences that all open with "He" continues
// the subject before them, even named by surname alone. A quotation that
// runs on over paragraphs in a story stays its speaker's.
func TestDialogueTurns(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"an exchange", "Walter Oake draws maps. Dev Malhotra scans them.\n\nMalhotra, who is forty-one, has spent three years on Oake’s archive. He drove down from Denver and opened a laptop on the table.\n\n“This is your Maroon Bells sheet,” he said. “Every line.”\n\nOake leaned in, then leaned back.\n\n“The switchbacks are wrong.”\n\n“They’re your switchbacks, Walt.”\n\n“Then I drew them wrong in 1994.”\n\nThere was a silence.",
			[]wantQuote{{"This is your Maroon Bells sheet,", "Dev Malhotra", ""}, {"Every line.", "Dev Malhotra", ""}, {"The switchbacks are wrong.", "Walter Oake", ""},
				{"They’re your switchbacks, Walt.", "Dev Malhotra", ""}, {"Then I drew them wrong in 1994.", "Walter Oake", ""}}},
		{"a quotation running on", "Senator Ann Lee spoke first. “We will vote no,” Lee said.\n\n“The bill is a mistake,” said Tom Hart, the majority leader.\n\n“It will cost billions.”\n\n“Nobody has read it.”",
			[]wantQuote{{"We will vote no,", "Ann Lee", ""}, {"The bill is a mistake,", "Tom Hart", ""}, {"It will cost billions.", "Tom Hart", ""}, {"Nobody has read it.", "Tom Hart", ""}}},
		{"three people in play", "Walter Oake draws maps. Dev Malhotra scans them.\n\n“This is your sheet,” Malhotra said.\n\n“The switchbacks are wrong,” Oake said.\n\nLorna Castellanos came in with coffee.\n\n“Nobody cares.”\n\n“I care.”",
			[]wantQuote{{"This is your sheet,", "Dev Malhotra", ""}, {"The switchbacks are wrong,", "Walter Oake", ""}, {"Nobody cares.", "Lorna Castellanos", ""}, {"I care.", "Lorna Castellanos", ""}}},
	}
	checkCases(t, cases)
}
