package extract

import "testing"

// TestPronounContinuity: "he said" after a sentence whose subject comes
// after fronted phrases ("Later, walking to the car, Malhotra tried ...")
// is that subject, not a name in its clauses; and a "he" with nobody
// named since an earlier "he" of a quote is the same man.
func TestPronounContinuity(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"fronted phrases", "Walter Oake draws maps. Dev Malhotra scans them.\n\nLater, walking to that car, Malhotra tried to explain why the agency still comes to Oake at all. “A GIS map tells you where the trail is,” he said.",
			[]wantQuote{{"A GIS map tells you where the trail is,", "Dev Malhotra", ""}}},
		{"the same he", "Walter Oake draws maps.\n\nOake grew up in Laramie and held the rod for his father, Clarence Oake, a surveyor. He went to Vietnam in 1971.\n\nHe has never owned a computer. “I don’t trust a line that took no effort,” he told an interviewer in 2009. Two years later, he was blunter. “They can have my pens,” he told a reporter.",
			[]wantQuote{{"I don’t trust a line that took no effort,", "Walter Oake", ""}, {"They can have my pens,", "Walter Oake", ""}}},
	}
	checkCases(t, cases)
}
