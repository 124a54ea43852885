package extract

import "testing"

// TestAnyNewsOtterLabels: a recording's transcript as Otter exports it
// puts "Name  00:03:12" on a line over each turn's words; a speaker it
// could not tell apart ("Speaker 3") is the one the turn before speaks
// to ("Ffion, you were there?"), by the full name the page gives, and
// stays "Speaker 3" where no one is spoken to. A clock's "Kick-off 19:45"
// names no one.
func TestAnyNewsOtterLabels(t *testing.T) {
	t.Parallel()
	in := "Prize Marrow · Episode 63\n\nHattie and Callum talk to a grower. Producer Ffion Tregaskis reports from the showground.\n\nKick-off 19:45\nThe show opens on Friday.\n\nTranscript\n\n" +
		"Hattie Trewhella  00:00:04\nHello and welcome to Prize Marrow.\n\n" +
		"Callum Dewhirst  00:00:11\nAnd this week we have a proper scandal.\n\n" +
		"Hattie Trewhella  00:04:06\nFfion, you were actually there that weekend, weren't you?\n\n" +
		"Speaker 3  00:04:11\nI was, yeah. I got there about half eight.\n\n" +
		"Callum Dewhirst  0:04:33\nSo who's the suspect?\n\n" +
		"Speaker 3  00:04:40\nNobody at the show would do it.\n\n" +
		"Speaker 4  00:05:02\nCan I add something here?"
	checkQuotes(t, in, []wantQuote{{"Hello and welcome to Prize Marrow.", "Hattie Trewhella", ""},
		{"And this week we have a proper scandal.", "Callum Dewhirst", ""},
		{"Ffion, you were actually there that weekend, weren't you?", "Hattie Trewhella", ""},
		{"I was, yeah. I got there about half eight.", "Ffion Tregaskis", ""},
		{"So who's the suspect?", "Callum Dewhirst", ""},
		{"Nobody at the show would do it.", "Ffion Tregaskis", ""},
		{"Can I add something here?", "Speaker 4", ""}})
}
