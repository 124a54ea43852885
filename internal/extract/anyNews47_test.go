package extract

import "testing"

// TestAnyNewsDocumentWriter: "it" after a sentence whose subject is a
// document is that document's writer when the sentence names them ("The
// Harwick post", "Selvane's own advisory", "the Selvane advisory" after
// a fronted phrase), though another organisation was named or quoted in
// between.
func TestAnyNewsDocumentWriter(t *testing.T) {
	t.Parallel()
	in := "Attackers are exploiting a flaw in routers sold by Selvane Networks, according to researchers at Harwick Security.\n\n" +
		"Selvane’s own security advisory, published on Tuesday, is calmer. It calls the flaw an “input handling issue” and asks customers to “update when convenient.”\n\n" +
		"The Harwick post is blunter. “Assume every exposed router is already compromised,” it states.\n\n" +
		"For customers who cannot update, the Selvane advisory suggests a workaround. “Disable remote management until the update is installed,” it says."
	checkQuotes(t, in, []wantQuote{{"input handling issue", "Selvane Networks", ""},
		{"update when convenient.", "Selvane Networks", ""},
		{"Assume every exposed router is already compromised,", "Harwick Security", ""},
		{"Disable remote management until the update is installed,", "Selvane Networks", ""}})
}

// TestAnyNewsIntervieweeTalkedToWriter: an interview printed without
// labels whose introduction says the subject "talked to" the writer
// ("the 58-year-old ranger talked to Mere Tapsell") is with the subject:
// the writer asks. "We spoke with" still names the one answering, and a
// byline's name over the writer's job and the date is the one asking.
func TestAnyNewsIntervieweeTalkedToWriter(t *testing.T) {
	t.Parallel()
	intro := "Mere Tapsell\nStaff writer\nMay 2, 2025\n\n" +
		"Hemi Kawhia has walked the Tūhoe tracks for three decades. Before he hands over the hut keys next month, the 58-year-old ranger talked to Mere Tapsell about floods, possums and the visitors who never listen.\n\n"
	qa := "So, thirty years. What changes first when you leave?\n\n" +
		"The mornings, I think. I have woken before five every day since I started, and I am not sure I know how to stop.\n\n" +
		"Have the visitors changed?\n\n" +
		"They carry more gear and know less. I had a man last summer with a satellite phone and no raincoat. I told him the river does not care about his phone.\n\n" +
		"What will you miss most?\n\n" +
		"The quiet. I will miss the quiet in the bush at night more than I can say.\n"
	turns := func(asker, interviewee string) []wantQuote {
		return []wantQuote{{"So, thirty years. What changes first when you leave?", asker, ""},
			{"The mornings, I think. I have woken before five every day since I started, and I am not sure I know how to stop.", interviewee, ""},
			{"Have the visitors changed?", asker, ""},
			{"They carry more gear and know less. I had a man last summer with a satellite phone and no raincoat. I told him the river does not care about his phone.", interviewee, ""},
			{"What will you miss most?", asker, ""},
			{"The quiet. I will miss the quiet in the bush at night more than I can say.", interviewee, ""}}
	}
	checkQuotes(t, intro+qa, turns("Mere Tapsell", "Hemi Kawhia"))
	we := "Kate Tapsell\nStaff writer\nMay 2, 2025\n\n" +
		"Hemi Kawhia has walked the Tūhoe tracks for three decades. We spoke with Kawhia at the hut before his last season.\n\n"
	checkQuotes(t, we+qa, turns("Kate Tapsell", "Hemi Kawhia"))
}
