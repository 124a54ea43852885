package extract

import (
	"strings"
	"testing"
)

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

// TestAnyNewsDocumentWriterPossessive: a possessive writer before a
// modifier ("Selvane’s security advisory", with no "own" between) still
// names the document's writer.
func TestAnyNewsDocumentWriterPossessive(t *testing.T) {
	t.Parallel()
	in := "Attackers are exploiting a flaw in routers sold by Selvane Networks, researchers said.\n\n" +
		"Selvane’s security advisory, published on Tuesday, is calmer. It calls the flaw an “input handling issue” and asks customers to “update when convenient.”"
	checkSpeakerOf(t, in, "input handling issue", "Selvane Networks")
	checkSpeakerOf(t, in, "update when convenient.", "Selvane Networks")
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

// TestAnyNewsPressConferenceQuestions: questions printed after "in his
// press conference" are reporters', not the byline's writer's, though
// the page has a byline; the answers stay the manager's.
func TestAnyNewsPressConferenceQuestions(t *testing.T) {
	t.Parallel()
	in := "By Dana Whitfield\nFootball Reporter\n\n" +
		"Kieran Lowry insists he still has the backing of the Ashgate Town board after a fourth defeat in five.\n\n" +
		"What Lowry said in his press conference...\n\n" +
		"Q: Are you worried about your job?\n\n" +
		"Lowry: \"No. I speak to the chairman every week and he has been nothing but supportive.\"\n\n" +
		"Q: What do you say to the fans who booed?\n\n" +
		"Lowry: \"They are right to be angry. That first half was not good enough.\"\n"
	checkQuotes(t, in, []wantQuote{{"Are you worried about your job?", "a reporter", ""},
		{"No. I speak to the chairman every week and he has been nothing but supportive.", "Kieran Lowry", ""},
		{"What do you say to the fans who booed?", "a reporter", ""},
		{"They are right to be angry. That first half was not good enough.", "Kieran Lowry", ""}})
}

// TestAnyNewsDiplomatNamedBefore: wire copy calls the official it just
// named "the senior diplomat" or "the diplomat": the latest person named
// with an office, here written before the name with the country the
// ambassador is sent to ("Ambassador to Japan Konstantin Lavrinenko"),
// which is no part of the name.
func TestAnyNewsDiplomatNamedBefore(t *testing.T) {
	t.Parallel()
	in := "MOSCOW, March 3. Moscow is open to talks with Oslo on the fishery, Russian Deputy Foreign Minister Pavel Sokolin told reporters.\n\n" +
		"\"Norwegian boats can work in these waters under our rules,\" the senior diplomat stressed.\n\n" +
		"Russian Ambassador to Norway Mikhail Dorofeev said in an interview on Monday that the talks had been held in a \"calm atmosphere.\"\n\n" +
		"However, the diplomat noted that relations \"leave much to be desired.\""
	checkQuotes(t, in, []wantQuote{{"Norwegian boats can work in these waters under our rules,", "Pavel Sokolin", ""},
		{"calm atmosphere.", "Mikhail Dorofeev", ""},
		{"leave much to be desired.", "Mikhail Dorofeev", ""}})
}

// TestAnyNewsPronounAfterOwnSubjectSpoke: "he" later in a sentence
// whose named subject has already spoken in it ("Judge Nolan said he
// accepted ..., but he said") is that subject, not the last man quoted.
func TestAnyNewsPronounAfterOwnSubjectSpoke(t *testing.T) {
	t.Parallel()
	in := "Darragh Quinlan (29), of Tallaght, pleaded guilty at Dublin Circuit Criminal Court to endangerment.\n\n" +
		"Judge Colm Nolan said it was “sheer luck” that nobody was killed.\n\n" +
		"When asked by the judge if he had anything to say, Quinlan stood up in the dock.\n\n" +
		"“I’m sorry, judge. I’m sorry to the guard and to her family,” he said.\n\n" +
		"Judge Nolan said he accepted the apology was genuine, but he said the offences were “at the very top end” of seriousness."
	checkQuotes(t, in, []wantQuote{{"sheer luck", "Colm Nolan", ""},
		{"I’m sorry, judge. I’m sorry to the guard and to her family,", "Darragh Quinlan", ""},
		{"at the very top end", "Colm Nolan", ""}})
}

// TestAnyNewsAddressedYou: remarks addressed to one person by name
// ("Owen Tregear, you may sit down") give what "you" said ("You told
// the officer:", "you replied,", "You said you had “borrowed” it") to
// them.
func TestAnyNewsAddressedYou(t *testing.T) {
	t.Parallel()
	remarks := "SENTENCING REMARKS OF HER HONOUR JUDGE PELLOW\n\n" +
		"1. Owen Tregear, you may sit down for the moment. You have pleaded guilty to fraud by abuse of position.\n\n" +
		"2. When the treasurer, Mrs Ruth Nance, asked for the receipts, you replied, “They are in the van, I’ll bring them Monday.” There were no receipts.\n\n" +
		"3. When interviewed you said you had “borrowed” the money. You told the officer: “I meant to pay every penny back.”\n\n" +
		"4. Mrs Nance has written a statement. She writes: “We trusted him with everything.”"
	checkQuotes(t, remarks, []wantQuote{{"They are in the van, I’ll bring them Monday.", "Owen Tregear", ""},
		{"borrowed", "Owen Tregear", ""},
		{"I meant to pay every penny back.", "Owen Tregear", ""},
		{"We trusted him with everything.", "Ruth Nance", ""}})
}

// TestAnyNewsAcronymAfterTheOpening: an acronym speaker ("the FDA") is
// the name whose initials spell it, also where that name follows "The"
// opening a sentence ("The Food and Drug Administration on Wednesday
// declined ...").
func TestAnyNewsAcronymAfterTheOpening(t *testing.T) {
	t.Parallel()
	in := "The Food and Drug Administration on Wednesday declined to approve Corvane Bio’s treatment for a rare muscle disease.\n\n" +
		"In its letter, the FDA said the single trial “did not establish substantial evidence of effectiveness.”"
	checkQuotes(t, in, []wantQuote{{"did not establish substantial evidence of effectiveness.", "Food and Drug Administration", ""}})
}

// TestAnyNewsFormerHomeEpithet: "the ex-England man" calls someone after
// a side they have left, as "the Kilkenny boss" after one they lead: the
// one just named, not a description.
func TestAnyNewsFormerHomeEpithet(t *testing.T) {
	t.Parallel()
	in := "Former Hornets striker Danny Colquhoun was left baffled by the decision.\n\n" +
		"Speaking on the radio, the ex-England man said: ‘I’ve watched it ten times and it’s a penalty every time.’"
	checkQuotes(t, in, []wantQuote{{"I’ve watched it ten times and it’s a penalty every time.", "Danny Colquhoun", ""}})
}

// TestAnyNewsLedeRelativeNamedLater: a lede's "The daughter of an
// 84-year-old man ... says she is “disgusted”" is the daughter the story
// names further down ("His daughter Ceri Pugh said").
func TestAnyNewsLedeRelativeNamedLater(t *testing.T) {
	t.Parallel()
	in := "The daughter of an 84-year-old man with dementia says she is \"disgusted\" after he was sent home alone in a taxi at 2am.\n\n" +
		"Idris Morgan, a retired steelworker, had spent four days on a ward at the hospital after a fall.\n\n" +
		"His daughter Ceri Pugh said the family had been told he would stay in until a care package was ready.\n\n" +
		"\"I couldn't believe what I was hearing,\" said Ceri, 56."
	checkSpeakerOf(t, in, "disgusted", "Ceri Pugh") // held back, a lone word, but given its speaker
}

// checkSpeakerOf checks the speaker Extract gives the quotation text in
// input, kept or held back.
func checkSpeakerOf(t *testing.T, input, text, want string) {
	t.Helper()
	for _, q := range Extract(input).Quotes {
		if q.Text == text && q.Speaker != want {
			t.Errorf("%q: speaker %q, want %q", q.Text, q.Speaker, want)
		}
	}
}

// TestAnyNewsUnnamedWhoAskedNotToBeNamed: "he" after "The taxi driver,
// who asked not to be named, confirmed ..." is the taxi driver, not the
// man named before him.
func TestAnyNewsUnnamedWhoAskedNotToBeNamed(t *testing.T) {
	t.Parallel()
	in := "Idris Morgan, a retired steelworker, had spent four days on a ward after a fall.\n\n" +
		"The taxi driver, who asked not to be named, confirmed to the Echo that he had been given only an address. \"Nobody told me he had dementia,\" he said."
	checkQuotes(t, in, []wantQuote{{"Nobody told me he had dementia,", "the taxi driver", ""}})
}

// TestAnyNewsInterviewUnderCapitalsHeading: a press conference page
// whose "Q." and "A." turns come under the player's name in capitals
// ("An Interview With:" / "LUCA BRANDIMARTE") is an interview, not a
// list of labelled lines, though an answer runs on into a paragraph of
// its own; the answers are the player's, whom the heading names, not
// the opponent on the score line, nor "Q. You", which is no name.
func TestAnyNewsInterviewUnderCapitalsHeading(t *testing.T) {
	t.Parallel()
	in := "Tennis\nDESERT CLASSIC\n\nMarch 9, 2025\n\nLuca Brandimarte\n\nPalm Springs, California, USA\n\nPress Conference\n\n" +
		"L. BRANDIMARTE/T. Okafor\n6-4, 3-6, 7-6\n\nAn Interview With:\n\nLUCA BRANDIMARTE\n\n" +
		"THE MODERATOR: Questions for Luca, please.\n\n" +
		"Q. You saved two match points in the third set. What were you thinking?\n\n" +
		"A. Nothing clever. Just put the first serve in and hope.\n\n" +
		"After that I felt the ball again, and the crowd helped me a lot.\n\n" +
		"Q. Your coach was very loud today. What was he saying?\n\n" +
		"A. He told me to step inside the court. He was right, I was too far back.\n\n" +
		"Q. You play Ito next. How do you see that match?\n\n" +
		"A. It will be hard. He is very fast and he makes you play one more ball.\n"
	want := []wantQuote{{"Questions for Luca, please.", "the moderator", ""},
		{"You saved two match points in the third set. What were you thinking?", "a reporter", ""},
		{"Nothing clever. Just put the first serve in and hope.", "Luca Brandimarte", ""},
		{"After that I felt the ball again, and the crowd helped me a lot.", "Luca Brandimarte", ""},
		{"Your coach was very loud today. What was he saying?", "a reporter", ""},
		{"He told me to step inside the court. He was right, I was too far back.", "Luca Brandimarte", ""},
		{"You play Ito next. How do you see that match?", "a reporter", ""},
		{"It will be hard. He is very fast and he makes you play one more ball.", "Luca Brandimarte", ""}}
	checkQuotes(t, in, want)
}

// TestAnyNewsLoneGivenName: a travel piece names the people met by a
// given name alone ("a morning with Manuel, a master cheesemaker"); "he"
// after it is Manuel, not the cheese or the island named since.
func TestAnyNewsLoneGivenName(t *testing.T) {
	t.Parallel()
	in := "The island’s fame rests on its cheese. Queijo Terra Alta is a hard, sharp wheel aged up to two years, and at the cooperative I spend a morning with Manuel, a master cheesemaker who has worked there since he was 16. He cuts into a wheel and hands me a shard. “Taste the grass first,” he says."
	checkQuotes(t, in, []wantQuote{{"Taste the grass first,", "Manuel", ""}})
}

// TestAnyNewsRoleBeforeSurname: "Skipper Colley, who scored ...,
// admitted" is Ben Colley called by his surname after his role, and
// "the back-rower" the one just named, as "the flanker" is.
func TestAnyNewsRoleBeforeSurname(t *testing.T) {
	t.Parallel()
	in := "Exeter had led thanks to tries from Ben Colley and Sam Harte.\n\n" +
		"Skipper Colley, who scored the opening try from a lineout drive, admitted the hosts had let the game slip.\n\n" +
		"‘We had them,’ the back-rower said. ‘We gave it back to them with a knock-on.’"
	checkQuotes(t, in, []wantQuote{{"We had them,", "Ben Colley", ""}, {"We gave it back to them with a knock-on.", "Ben Colley", ""}})
}

// TestAnyNewsJudgeByTitledSurname: "the judge remarked" after "Justice
// Haidari asked ..." is Justice Haidari, named in full with a colleague
// on the bench before, not the colleague named last in full.
func TestAnyNewsJudgeByTitledSurname(t *testing.T) {
	t.Parallel()
	in := "A two-judge bench headed by Justice Salman Akhtar Haidari and comprising Justice Nadia Rehman Baig took up the petition.\n\n" +
		"Justice Haidari asked the company’s counsel, Imran Qadir Butt, whether it had any written policy approved by the regulator.\n\n" +
		"\"There is a policy, sir, and it has been shared with the regulator,\" Mr Butt replied.\n\n" +
		"\"Shared is not the same as approved,\" the judge remarked."
	checkQuotes(t, in, []wantQuote{{"There is a policy, sir, and it has been shared with the regulator,", "Imran Qadir Butt", ""},
		{"Shared is not the same as approved,", "Salman Akhtar Haidari", ""}})
}

// TestAnyNewsAttendantNamedOnce: "the caddie" is the caddie named once
// with the role ("his caddie, Per Ekholm"), though only the player is
// named in the sentences just before.
func TestAnyNewsAttendantNamedOnce(t *testing.T) {
	t.Parallel()
	in := "Nils Ahlberg shot a 67 on Saturday. He said he had told his caddie, Per Ekholm, on the 10th tee that he would not look at a leaderboard.\n\n" +
		"The Swede birdied four of the last six holes.\n\n" +
		"Asked about his temper, Ahlberg spoke about himself in a way he had never done before.\n\n" +
		"\"He used to punish himself for every bogey for three holes,\" the caddie said. \"Now it's one hole.\""
	checkQuotes(t, in, []wantQuote{{"He used to punish himself for every bogey for three holes,", "Per Ekholm", ""},
		{"Now it's one hole.", "Per Ekholm", ""}})
}

// TestAnyNewsReportByWriter: "It recommended ..." after "A 2022 report by
// the Prairie Forensic Consortium, a group of pathologists, found ..."
// is the consortium's: a year before the document, its writer after
// "by".
func TestAnyNewsReportByWriter(t *testing.T) {
	t.Parallel()
	in := "Reformers have complained for a century.\n\n" +
		"A 2022 report by the Prairie Forensic Consortium, a group of pathologists, made a similar argument in drier language. It recommended that states “phase out elected coroners within ten years.”"
	checkQuotes(t, in, []wantQuote{{"phase out elected coroners within ten years.", "Prairie Forensic Consortium", ""}})
}

// TestAnyNewsPostMarkedWith: "the post continued" is its writer's, who
// "marked the milestone with a lengthy Instagram post": a document made
// "with", after the subject's verb and an age in apposition.
func TestAnyNewsPostMarkedWith(t *testing.T) {
	t.Parallel()
	in := "The climb caps a patient run for the track.\n\n" +
		"Vallejo, 26, marked the milestone with a lengthy Instagram post on Monday night, alongside a photo of a lyric sheet.\n\n" +
		"“I wrote this song on the floor of a laundromat,” she wrote.\n\n" +
		"“To every radio programmer who took a chance on a weird little song: I owe you,” the post continued."
	checkSpeakerOf(t, in, "To every radio programmer who took a chance on a weird little song: I owe you,", "Vallejo")
}

// TestAnyNewsOrgCalledSoInApposition: "the union said" is the body an
// apposition called a union a few paragraphs up ("The NTU, Scotland’s
// largest teaching union, ..."), though its name has no "Union" in it.
func TestAnyNewsOrgCalledSoInApposition(t *testing.T) {
	t.Parallel()
	in := "NTU calls for review of appeals\n\n" +
		"The NTU, Scotland’s largest teaching union, has renewed its call for the appeals process to be overhauled.\n\n" +
		"Its general secretary has written to ministers.\n\n" +
		"In a post on X, the union said: “Appeals should be about fairness for learners, not paperwork for teachers.”"
	checkQuotes(t, in, []wantQuote{{"Appeals should be about fairness for learners, not paperwork for teachers.", "NTU", ""}})
}

// TestAnyNewsDetectiveEpithet: "the detective" is the detective named
// just before ("Det Insp Mark Thistleby"), as "the striker" is.
func TestAnyNewsDetectiveEpithet(t *testing.T) {
	t.Parallel()
	in := "Det Insp Mark Thistleby, of Preston CID, said the robbery was terrifying for the staff.\n\n" +
		"\"We are keeping an open mind,\" the detective said."
	checkQuotes(t, in, []wantQuote{{"We are keeping an open mind,", "Mark Thistleby", ""}})
}

// TestAnyNewsClubIsNoAge: "the club said" after "The 21-year-old will
// occupy ..." is no description of the player: an age is no club's name.
func TestAnyNewsClubIsNoAge(t *testing.T) {
	t.Parallel()
	in := "The Halden Rovers have landed the midfielder they chased all winter.\n\n" +
		"The club announced Tuesday it has signed midfielder Tomás Arrieta from Deportivo Sur. The 21-year-old will occupy one of the two senior slots.\n\n" +
		"\"Tomás is a dynamic, two-way midfielder who fits the way we want to play,\" the club said in a statement."
	for _, q := range Extract(in).Quotes {
		if strings.Contains(q.Speaker, "year-old") {
			t.Errorf("%q: speaker %q, an age for the club", q.Text, q.Speaker)
		}
	}
}

// TestAnyNewsVideoTranscriptBracketNames: a video page's transcript with
// the speaker's first name in square brackets and times on lines of
// their own, unpunctuated as captions are, is a transcript: each turn is
// its speaker's, by the full name the description gives; "[Music]" is
// no one.
func TestAnyNewsVideoTranscriptBracketNames(t *testing.T) {
	t.Parallel()
	in := "The Sideline Pod\n\nDana Kerr and Ollie Mensah are joined by Priya Lal to talk about the derby.\n\nTranscript\n\n" +
		"0:00\n[Music]\n0:05\n[Dana] welcome back everybody i'm dana kerr and i'm here with ollie mensah and priya lal\n" +
		"0:12\n[Priya] thanks for having me again i was promised snacks\n" +
		"0:15\n[Ollie] there are no snacks there have never been snacks\n" +
		"0:18\n[Dana] okay so the derby what did we make of that second half\n" +
		"0:25\n[Priya] honestly it was the worst half of football i have seen all year\n"
	checkQuotes(t, in, []wantQuote{{"welcome back everybody i'm dana kerr and i'm here with ollie mensah and priya lal", "Dana Kerr", ""},
		{"thanks for having me again i was promised snacks", "Priya Lal", ""},
		{"there are no snacks there have never been snacks", "Ollie Mensah", ""},
		{"okay so the derby what did we make of that second half", "Dana Kerr", ""},
		{"honestly it was the worst half of football i have seen all year", "Priya Lal", ""}})
}

// TestAnyNewsCallLinesWithFirm: a call transcript whose speaker lines
// give the name, the firm and, after a hyphen, the title ("Ruth Adeyemi
// Harbor Foods Inc - CFO") gives each paragraph under a line to the
// name; "Operator" is the operator.
func TestAnyNewsCallLinesWithFirm(t *testing.T) {
	t.Parallel()
	in := "EDITED TRANSCRIPT\nHBRF - Q4 2025 Harbor Foods Inc Earnings Call\n\n" +
		"PRESENTATION\n\nOperator\nGood afternoon, and welcome to the Harbor Foods fourth quarter earnings call.\n\n" +
		"Ruth Adeyemi Harbor Foods Inc - CFO\nThank you, operator. Gross margin in the quarter was 31.2%, up 40 basis points.\n\n" +
		"QUESTIONS AND ANSWERS\n\nOperator\nOur first question comes from Sam Ortiz with Pier Capital.\n\n" +
		"Sam Ortiz Pier Capital LLC, Research Division - Analyst\nThanks. Ruth, how much of the margin gain was freight?\n\n" +
		"Ruth Adeyemi Harbor Foods Inc - CFO\nAbout half of it, Sam. The rest was mix.\n"
	checkQuotes(t, in, []wantQuote{{"Good afternoon, and welcome to the Harbor Foods fourth quarter earnings call.", "the operator", ""},
		{"Thank you, operator. Gross margin in the quarter was 31.2%, up 40 basis points.", "Ruth Adeyemi", ""},
		{"Our first question comes from Sam Ortiz with Pier Capital.", "the operator", ""},
		{"Thanks. Ruth, how much of the margin gain was freight?", "Sam Ortiz", ""},
		{"About half of it, Sam. The rest was mix.", "Ruth Adeyemi", ""}})
}

// TestAnyNewsOfficeLabelAlone: a radio transcript's "MINISTER:" is the
// minister the introduction names ("Water minister Gareth Penhale"), not
// the presenter whose turns come between, and stays so.
func TestAnyNewsOfficeLabelAlone(t *testing.T) {
	t.Parallel()
	in := "Water minister Gareth Penhale has insisted that households will not face standpipes.\n\n" +
		"Below is a transcript of the interview.\n\n" +
		"JOANNA CARRICK: Well, the water minister is on the line. Good morning.\n\n" +
		"MINISTER: Good morning, Joanna.\n\n" +
		"JOANNA CARRICK: Your companies lose a quarter of their water. Is that acceptable?\n\n" +
		"MINISTER: Look, I understand the frustration, and we will publish new rules within weeks.\n"
	checkQuotes(t, in, []wantQuote{{"Well, the water minister is on the line. Good morning.", "Joanna Carrick", ""},
		{"Good morning, Joanna.", "Gareth Penhale", ""},
		{"Your companies lose a quarter of their water. Is that acceptable?", "Joanna Carrick", ""},
		{"Look, I understand the frustration, and we will publish new rules within weeks.", "Gareth Penhale", ""}})
}

// TestAnyNewsInitialsOfBylineInCapitals: "PV:" in a Q&A under "BY PRIYA
// VANCE" is the byline's writer, whose name in capitals is no entity; the
// subject's initials are hers.
func TestAnyNewsInitialsOfBylineInCapitals(t *testing.T) {
	t.Parallel()
	in := "BY PRIYA VANCE\nFebruary 3, 2026\n\n" +
		"For 29 years, Dr. Marielle Gauthier has kept the town’s birthing unit open.\n\n" +
		"This interview has been condensed and edited.\n\n" +
		"PV: You’ve been on call since before Christmas. How many hours did you sleep last night?\n\n" +
		"MG: Four? Maybe four and a half. A woman came in at one in the morning.\n\n" +
		"PV: What would actually fix it?\n\n" +
		"MG: Money, and a second doctor who stays longer than a winter.\n"
	checkQuotes(t, in, []wantQuote{{"You’ve been on call since before Christmas. How many hours did you sleep last night?", "Priya Vance", ""},
		{"Four? Maybe four and a half. A woman came in at one in the morning.", "Marielle Gauthier", ""},
		{"What would actually fix it?", "Priya Vance", ""},
		{"Money, and a second doctor who stays longer than a winter.", "Marielle Gauthier", ""}})
}

// TestAnyNewsLineNumberedCourtTranscript: a court reporter's pages number
// every line ("12             THE COURT: ..."); the numbers are no part of
// the labels, and "THE COURT" is the judge the caption names.
func TestAnyNewsLineNumberedCourtTranscript(t *testing.T) {
	t.Parallel()
	in := " 1               IN THE CIRCUIT COURT OF BRANTLEY COUNTY, MISSOURI\n\n" +
		" 7                  TRANSCRIPT OF JURY TRIAL - DAY 2\n" +
		" 8           BEFORE THE HONORABLE MIRIAM OSTROWSKI, CIRCUIT JUDGE\n\n" +
		" 9   APPEARANCES:\n     For the Plaintiff:   DANIEL FARRAGUT, ESQ.\n\n" +
		"12             THE COURT: Good morning. Please be seated. Mr. Farragut, you may call your next witness.\n\n" +
		"13             MR. FARRAGUT: Thank you, Your Honor. Plaintiff calls Earl Whitcomb.\n\n" +
		"14             THE COURT: Mr. Whitcomb, please come forward and be sworn.\n\n" +
		"15             MR. FARRAGUT: Mr. Whitcomb, you own the dairy on Route V?\n"
	checkQuotes(t, in, []wantQuote{{"Good morning. Please be seated. Mr. Farragut, you may call your next witness.", "Miriam Ostrowski", ""},
		{"Thank you, Your Honor. Plaintiff calls Earl Whitcomb.", "Daniel Farragut", ""},
		{"Mr. Whitcomb, please come forward and be sworn.", "Miriam Ostrowski", ""},
		{"Mr. Whitcomb, you own the dairy on Route V?", "Daniel Farragut", ""}})
}
