package extract

import "testing"

// TestAnyNewsCaptionsUnderSpeakerNames: a video page's transcript that
// prints each block's speaker on a line over its time, with the machine's
// unpunctuated captions under it, gives each block to the name over it,
// not every block to the one who says "i'm" first.
func TestAnyNewsCaptionsUnderSpeakerNames(t *testing.T) {
	t.Parallel()
	in := "Kitchen Table Talk\n12K subscribers\n\nEp. 14 | Closing the bakery\n\nTranscript\n\n" +
		"Nia Bello\n0:00\n[Music]\n\n" +
		"Nia Bello\n0:03\nhello everyone welcome back i'm nia\n\n" +
		"Sam Okoro\n0:06\nand i'm sam and today we've got a guest\n\n" +
		"Nia Bello\n0:10\nyes chef daniel welcome\n\n" +
		"Daniel Ekwueme\n0:13\nthank you for having me it's been a long month\n\n" +
		"Sam Okoro\n0:18\nso what happened with the lease\n\n" +
		"Daniel Ekwueme\n0:21\nthe rent doubled overnight basically\n\n" +
		"Daniel Ekwueme\n0:26\nand the gas bill was already killing us"
	checkQuotes(t, in, []wantQuote{
		{"hello everyone welcome back i'm nia", "Nia Bello", ""},
		{"and i'm sam and today we've got a guest", "Sam Okoro", ""},
		{"yes chef daniel welcome", "Nia Bello", ""},
		{"thank you for having me it's been a long month", "Daniel Ekwueme", ""},
		{"so what happened with the lease", "Sam Okoro", ""},
		{"the rent doubled overnight basically", "Daniel Ekwueme", ""},
		{"and the gas bill was already killing us", "Daniel Ekwueme", ""},
	})
}

// TestAnyNewsParliamentRecordWithShareLinks: a parliament's record that
// prints each member's name on a line of its own, with "Share" links
// between the speeches, is read by those lines: "I beg to move," and the
// motion are the mover's, "Hon. Members: Hear, hear!" is theirs while the
// member speaks on, and a member named by surname after a share link
// speaks too.
func TestAnyNewsParliamentRecordWithShareLinks(t *testing.T) {
	t.Parallel()
	in := "Westminster Hall\nCanal Maintenance\n\n[Mrs Ellen Frayne in the Chair]\n\n9.30 am\n\n" +
		"Owain Prydderch (Ceredigion Preseli) (PC)\nI beg to move,\n\nThat this House has considered the maintenance of inland waterways.\n\n" +
		"It is a pleasure to serve under your chairmanship, Mrs Frayne.\n\n" +
		"Share\nLinda Ashcombe (Stroud) (Lab)\nWill the hon. Gentleman give way?\n\n" +
		"Share\nOwain Prydderch\nI will happily give way.\n\n" +
		"Share\nLinda Ashcombe\nI am grateful. Our canal trust says the same.\n\n" +
		"Share\nOwain Prydderch\nThe hon. Lady is right, and the Minister knows it.\n\n" +
		"Hon. Members: Hear, hear!\n\n" +
		"I have two requests for the Minister.\n\n" +
		"Share\nDr Tamsin Rooke (Bath) (LD)\nWill the hon. Gentleman give way?\n\n" +
		"Share\nOwain Prydderch\nI will.\n\n" +
		"Share\nDr Rooke\nDoes he accept that the funding formula is the real problem?\n\n" +
		"Share\nOwain Prydderch\nI do."
	checkQuotes(t, in, []wantQuote{
		{"I beg to move,", "Owain Prydderch", ""},
		{"That this House has considered the maintenance of inland waterways.", "Owain Prydderch", ""},
		{"It is a pleasure to serve under your chairmanship, Mrs Frayne.", "Owain Prydderch", ""},
		{"Will the hon. Gentleman give way?", "Linda Ashcombe", ""},
		{"I will happily give way.", "Owain Prydderch", ""},
		{"I am grateful. Our canal trust says the same.", "Linda Ashcombe", ""},
		{"The hon. Lady is right, and the Minister knows it.", "Owain Prydderch", ""},
		{"Hear, hear!", "Hon. Members", ""},
		{"I have two requests for the Minister.", "Owain Prydderch", ""},
		{"Will the hon. Gentleman give way?", "Tamsin Rooke", ""},
		{"I will.", "Owain Prydderch", ""},
		{"Does he accept that the funding formula is the real problem?", "Tamsin Rooke", ""},
		{"I do.", "Owain Prydderch", ""},
	})
}
