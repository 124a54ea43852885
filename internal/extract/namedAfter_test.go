package extract

import "testing"

// TestSpeakerNamedAfter: a quotation standing alone as its paragraph,
// followed by a paragraph opening "This was Castellanos, that evening",
// is hers; without that opening it keeps the speaker before.
func TestSpeakerNamedAfter(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"this was", "Lorna Castellanos is married to Walter Oake. Dev Malhotra scans his maps.\n\n“Nobody should,” Malhotra said.\n\n“You have to understand, he thinks the computer is going to make people lazy about looking.”\n\nThis was Castellanos, that evening, on the back porch.",
			[]wantQuote{{"Nobody should,", "Dev Malhotra", ""}, {"You have to understand, he thinks the computer is going to make people lazy about looking.", "Lorna Castellanos", ""}}},
		{"no naming", "Lorna Castellanos is married to Walter Oake. Dev Malhotra scans his maps.\n\n“Nobody should,” Malhotra said.\n\n“You have to understand, he thinks the computer is going to make people lazy about looking.”\n\nThis was the view of many, that evening, on the back porch.",
			[]wantQuote{{"Nobody should,", "Dev Malhotra", ""}, {"You have to understand, he thinks the computer is going to make people lazy about looking.", "Dev Malhotra", ""}}},
	}
	checkCases(t, cases)
}
