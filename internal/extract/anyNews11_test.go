package extract

import "testing"

// TestAnyNewsNameAfterRole: a description the speaker's name follows
// between commas ("The Greens spokesperson for oceans, Senator Tamsin
// Rourke, said") gives the person, not the description.
func TestAnyNewsNameAfterRole(t *testing.T) {
	t.Parallel()
	in := "Coral cover on the southern reef has reached a record high, a survey found.\n\nThe Greens spokesperson for oceans, Senator Tamsin Rourke, said it was “galling” for governments to claim credit for the recovery.\n\nThe chief executive of the Reef Trust, Dr Malcolm Ashby, said the figures were “a reprieve, not a rescue”."
	checkQuotes(t, in, []wantQuote{{"galling", "Tamsin Rourke", ""}, {"a reprieve, not a rescue", "Malcolm Ashby", ""}})
	in = "A judge refused to dismiss the suit.\n\nWhitlock's attorney, Marcus Ocampo of Ocampo Reiter LLP, said in a statement that the decision \"recognizes what every parent already knows\"."
	checkQuotes(t, in, []wantQuote{{"recognizes what every parent already knows", "Marcus Ocampo", ""}})
	checkGenreSpeaker(t, "guardian_australia_southern_reef_recovery", "galling", "Tamsin Rourke")
}

// TestAnyNewsIndefiniteLedeRole: a lede's "a minister has insisted" or
// "a senior Republican senator warned" is the holder of that office the
// next paragraphs name ("Housing Minister Rachel Tate", "Sen. Wade
// Harlan"), not the description.
func TestAnyNewsIndefiniteLedeRole(t *testing.T) {
	t.Parallel()
	in := "Council tax rise 'unavoidable', says council\n\nA 4.99% rise in council tax is \"unavoidable\", a minister has insisted, as councils warn of a funding gap.\n\nHousing Minister Helen Crossley told BBC Breakfast the settlement was fair.\n\nThe opposition disagreed."
	checkQuotes(t, in, []wantQuote{{"unavoidable", "Helen Crossley", ""}})
	in = "The White House is standing by its nominee, even as a senior Republican senator warned that he may hold up the vote over “unanswered questions” about her finances.\n\nThe nominee has denied wrongdoing.\n\nBut Sen. Wade Harlan, a Kansas Republican, said on Sunday that he would not support the nomination yet."
	checkQuotes(t, in, []wantQuote{{"unanswered questions", "Wade Harlan", ""}})
	checkGenreSpeaker(t, "bbc_housing_target", "still achievable", "Rachel Tate")
}

// TestAnyNewsCompanyIsTheLatestFirm: "The company said" after a
// paragraph naming a firm only as the employer of a union's members
// ("members employed by Hebridean Island Ferries") is that firm, and so
// is a utility whose name ends in "Power & Light".
func TestAnyNewsCompanyIsTheLatestFirm(t *testing.T) {
	t.Parallel()
	in := "Ferry crews are to strike next month.\n\nThe Maritime and Ferry Workers' Union said 78% of its members employed by Skerray Island Ferries had voted for action, on a turnout of 71%.\n\nCrews say the rosters leave them working 14-hour days.\n\nThe company said it was \"deeply disappointed\" by the vote."
	checkQuotes(t, in, []wantQuote{{"deeply disappointed", "Skerray Island Ferries", ""}})
	checkGenreSpeaker(t, "hurricane_texas_landfall", "We will not be able to restore everyone", "Coastal Bend Power & Light")
}

// TestAnyNewsTimedPodcastTranscript: a podcast's transcript with each
// speaker's name on a line above words opening with the time in the
// recording gives each paragraph as the speaker's quote, without the
// time or a "(laughs)" before the words.
func TestAnyNewsTimedPodcastTranscript(t *testing.T) {
	t.Parallel()
	in := "Small Print — Episode 12\n\nTRANSCRIPT\n\nOdile Brann\n[00:00:04] Hello, and welcome to Small Print. I'm Odile Brann.\n\nKwame Osei\n[00:00:38] (laughs) Thanks for having me.\n\nAnd it is good to be back.\n\nOdile Brann\n[00:00:56] Let's start with you. What happens to a claim?\n\nKwame Osei\n[00:01:01] Honestly, nothing. It goes into a queue."
	checkQuotes(t, in, []wantQuote{{"Hello, and welcome to Small Print. I'm Odile Brann.", "Odile Brann", ""},
		{"Thanks for having me.", "Kwame Osei", ""}, {"And it is good to be back.", "Kwame Osei", ""},
		{"Let's start with you. What happens to a claim?", "Odile Brann", ""}, {"Honestly, nothing. It goes into a queue.", "Kwame Osei", ""}})
}

// TestAnyNewsDescriptionCalledBefore: "the quarterback said" when the
// sentence before names two players is the one the story called the
// quarterback before his name, as "the Walcha wool grower" is the one a
// caption called "Wool grower Rob Tindall".
func TestAnyNewsDescriptionCalledBefore(t *testing.T) {
	t.Parallel()
	in := "Jamarion Pettaway caught two touchdown passes as the Panthers won.\n\nThe rookie had six catches, and quarterback Cole Haddix drove the offense 68 yards late on.\n\nHaddix, who threw for 287 yards, said he had decided the last drive would go to Pettaway.\n\n\"He's got no fear in him,\" the quarterback said."
	checkQuotes(t, in, []wantQuote{{"He's got no fear in him,", "Cole Haddix", ""}})
	checkGenreSpeaker(t, "abc_tablelands_wild_dog_baiting", "You get to the point", "Rob Tindall")
}

// TestAnyNewsCompanyNamedShort: "the company said in its filing" after
// "Fernhollow argued ..." is Fernhollow Beverage Co., named so before,
// and "Kombucha is fermented", a drink written in lower case nearby, is
// no firm, nor is the headline's "Kombucha Maker Can't Shake".
func TestAnyNewsCompanyNamedShort(t *testing.T) {
	t.Parallel()
	in := "Kombucha Maker Can't Shake 'Nonalcoholic' Label Suit\n\nA judge refused to dismiss a suit accusing Fernhollow Beverage Co. of mislabeling its kombucha.\n\nKombucha is fermented, and its alcohol content can rise after bottling. Fernhollow argued in its motion that the label warned buyers.\n\n\"Every kombucha drinker knows that a fermented product changes,\" the company said in its filing."
	checkQuotes(t, in, []wantQuote{{"Every kombucha drinker knows that a fermented product changes,", "Fernhollow Beverage Co", ""}})
}

// TestAnyNewsHeadlineEchoedInTheBody: a headline's quotation with a
// speaker the headline only half names ("Kerala Budget 2026-27: ...;
// Opposition calls it ‘a cheque without funds’") is the one the story
// quotes saying the same words.
func TestAnyNewsHeadlineEchoedInTheBody(t *testing.T) {
	t.Parallel()
	in := "Kerala Budget 2026-27: welfare pension raised; Opposition calls it ‘a cheque without funds’\n\nThe Finance Minister raised the welfare pension to ₹2,000 a month.\n\nLeader of the Opposition V.M. Varghese dismissed the Budget as “a cheque without funds”. He said arrears were still pending."
	checkQuotes(t, in, []wantQuote{{"a cheque without funds", "V.M. Varghese", ""}, {"a cheque without funds", "V.M. Varghese", ""}})
}

// TestAnyNewsNicknamesAreNoQuotes: a name given to someone or something
// in quotation marks ("a pale dog locals call “the Ghost”", "known to
// teammates as “Jet”", "dubbed “the Catapult”") is no one's words, while
// what someone called a thing in their own words still is.
func TestAnyNewsNicknamesAreNoQuotes(t *testing.T) {
	t.Parallel()
	in := "Rob Tindall said a pale dog that locals have dubbed \"the Ghost\" had killed 74 sheep.\n\nHis neighbour, known to everyone as \"Jet\", has lost more.\n\nThe minister called the baiting plan \"a disgrace\" on Monday."
	checkQuotes(t, in, []wantQuote{{"a disgrace", "the minister", ""}})
}

// TestAnyNewsProgrammeAfterOutlet: a programme's name after its
// broadcaster's is the via whole, when a clause goes on after it ("told
// ABC Country Hour the trial ...") and after a possessive ("on RTÉ’s
// Morning Ireland"), but a presenter's name is no programme ("told
// CNBC's Leah Sorensen").
func TestAnyNewsProgrammeAfterOutlet(t *testing.T) {
	t.Parallel()
	in := "Agriculture Minister Danielle Okeby told ABC Country Hour the trial had been \"a success by any measure\".\n\nSpeaking on RTÉ’s Morning Ireland, Prof Cathal Breen said the wait was \"the worst in 20 years\".\n\nThe chief executive, Dana Whitcombe, told CNBC's Leah Sorensen that shoppers were \"trading down\"."
	checkQuotes(t, in, []wantQuote{{"a success by any measure", "Danielle Okeby", "ABC Country Hour"},
		{"the worst in 20 years", "Cathal Breen", "RTÉ’s Morning Ireland"}, {"trading down", "Dana Whitcombe", "CNBC"}})
}

// TestAnyNewsAffidavitReads: "the affidavit read" after "In an affidavit
// filed in court, Achieng said ..." is the one who swore it.
func TestAnyNewsAffidavitReads(t *testing.T) {
	t.Parallel()
	in := "Two men were charged with selling fake fertiliser.\n\nIn an affidavit filed in court, investigating officer Janet Achieng said detectives had recovered 1,120 bags.\n\n\"Investigations are at an advanced stage,\" the affidavit read in part."
	checkQuotes(t, in, []wantQuote{{"Investigations are at an advanced stage,", "Janet Achieng", ""}})
}
