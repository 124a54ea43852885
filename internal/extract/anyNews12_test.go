package extract

import (
	"strings"
	"testing"
)

// TestAnyNewsHearingRoster: a hearing's labels give surnames ("SEN.
// ORMESBY:", "RANKING MEMBER ORMESBY:"); the panel listed in capitals
// before the first turn gives each one's full name.
func TestAnyNewsHearingRoster(t *testing.T) {
	t.Parallel()
	in := "Senate Committee on Rural Broadband Holds Hearing on Grant Delays\n\nLIST OF PANEL MEMBERS AND WITNESSES\n\nSEN. CORWIN HALLSTEAD (R-WYO.), CHAIRMAN\nSEN. PRUDENCE ORMESBY (D-VT.), RANKING MEMBER\n\nWITNESSES:\nIDRIS KAMARA-LOWE, ADMINISTRATOR, RURAL CONNECT PROGRAM\n\nCHAIRMAN HALLSTEAD: The committee will come to order.\n\nSEN. ORMESBY: Thank you, Mr. Chairman.\n\nCHAIRMAN HALLSTEAD: Mr. Kamara-Lowe, you have five minutes.\n\nMR. KAMARA-LOWE: Thank you for having me.\n\nRANKING MEMBER ORMESBY: How many grants are still unpaid?"
	checkQuotes(t, in, []wantQuote{{"The committee will come to order.", "Corwin Hallstead", ""}, {"Thank you, Mr. Chairman.", "Prudence Ormesby", ""},
		{"Mr. Kamara-Lowe, you have five minutes.", "Corwin Hallstead", ""},
		{"Thank you for having me.", "Idris Kamara-Lowe", ""}, {"How many grants are still unpaid?", "Prudence Ormesby", ""}})
	checkGenreSpeaker(t, "hearing_senate_wildfire_power_shutoffs", "Thank you, Mr. Chairman.", "Teresa Madrigal")
}

// TestAnyNewsTimestampedLabels: a podcast's transcript prints the time in
// the recording before each label ("[00:00:09] HOST NAME: ..."); each
// turn is its speaker's quote.
func TestAnyNewsTimestampedLabels(t *testing.T) {
	t.Parallel()
	in := "Ledger Lines, episode 88\n\nTranscript\n\n[00:00:04] [THEME MUSIC]\n\n[00:00:09] WINIFRED OYELARAN: Welcome back to Ledger Lines. I'm Winifred Oyelaran.\n\n[00:00:13] CASPAR DUVENHAGE: And I'm Caspar Duvenhage.\n\n[00:00:15] WINIFRED OYELARAN: Today we're talking about invoices.\n\n(00:00:21) CASPAR DUVENHAGE: Nobody's favourite subject."
	checkQuotes(t, in, []wantQuote{{"Welcome back to Ledger Lines. I'm Winifred Oyelaran.", "Winifred Oyelaran", ""},
		{"And I'm Caspar Duvenhage.", "Caspar Duvenhage", ""}, {"Today we're talking about invoices.", "Winifred Oyelaran", ""},
		{"Nobody's favourite subject.", "Caspar Duvenhage", ""}})
}

// TestAnyNewsLongOpeningStatement: a briefer's opening statement runs
// over more paragraphs than an answer does; each is the briefer's.
func TestAnyNewsLongOpeningStatement(t *testing.T) {
	t.Parallel()
	in := "Department Press Briefing\n\nMS. VELLACOTT: Good afternoon. Three things at the top.\n\nFirst, the embassy in Lusaka reopens on Monday.\n\nSecond, the Secretary travels to Oslo on Thursday.\n\nThird, we welcome the ceasefire announced this morning.\n\nWith that, questions.\n\nQUESTION: When does the Secretary land?\n\nMS. VELLACOTT: Thursday evening.\n\nQUESTION: Thank you."
	checkQuotes(t, in, []wantQuote{{"Good afternoon. Three things at the top.", "Vellacott", ""},
		{"First, the embassy in Lusaka reopens on Monday.", "Vellacott", ""}, {"Second, the Secretary travels to Oslo on Thursday.", "Vellacott", ""},
		{"Third, we welcome the ceasefire announced this morning.", "Vellacott", ""}, {"With that, questions.", "Vellacott", ""},
		{"When does the Secretary land?", "a reporter", ""}, {"Thursday evening.", "Vellacott", ""}, {"Thank you.", "a reporter", ""}})
}

// TestAnyNewsNameAfterPlaceWithRole: "Speaking from Dhaka, Henrik
// Sørvik, the agency's chief, said" names a person, not a region of
// Dhaka, so the "he" of the next quote is him.
func TestAnyNewsNameAfterPlaceWithRole(t *testing.T) {
	t.Parallel()
	in := "Tomas Okerlund, a researcher at the Coastal Institute, said money had been diverted.\n\n“It has been promised for twenty years,” he said.\n\nSpeaking from Dhaka, Henrik Sørvik, the agency’s chief of mission, said the pattern was repeating.\n\n“People are moving towards cities that are not ready for them,” he said."
	checkQuotes(t, in, []wantQuote{{"It has been promised for twenty years,", "Tomas Okerlund", ""},
		{"People are moving towards cities that are not ready for them,", "Henrik Sørvik", ""}})
	checkGenreSpeaker(t, "aljazeera_kutubdia_erosion_displacement", "Adaptation has to include", "Henrik Sørvik")
}

// TestAnyNewsRoleThenNameInApposition: a role, then the name in
// apposition, after a quote: "said the forum’s chairperson, Marietjie
// Coetzer" and "Afpwu’s provincial organiser, Lesiba Matjila, told Daily
// Maverick" are the named people, and the outlet is no one's name.
func TestAnyNewsRoleThenNameInApposition(t *testing.T) {
	t.Parallel()
	in := "Workers at the packhouse walked out on Monday.\n\n“We pack the fruit that goes to London,” Afpwu’s provincial organiser, Lesiba Matjila, told Daily Maverick outside the gates. “We are asking for R600.”\n\nGrowers say the strike is costing them.\n\n“Every day of this strike is fruit we can’t ship,” said the forum’s chairperson, Marietjie Coetzer, who farms near Letsitele."
	checkQuotes(t, in, []wantQuote{{"We pack the fruit that goes to London,", "Lesiba Matjila", "Daily Maverick"}, {"We are asking for R600.", "Lesiba Matjila", "Daily Maverick"},
		{"Every day of this strike is fruit we can’t ship,", "Marietjie Coetzer", ""}})
}

// TestAnyNewsLinkLineHeadline: a quoted phrase in an "Also read:" line is
// another story's headline, no one's words here.
func TestAnyNewsLinkLineHeadline(t *testing.T) {
	t.Parallel()
	in := "Her son, Vivek Anand, said she had barely eaten.\n\n“She keeps asking how it happened,” he said.\n\nAlso read: Jaipur man loses Rs 12 lakh in fake ‘share trading’ app scam\n\nAlso read: ‘Digital arrest’ cases up 40% in Rajasthan, data shows"
	checkQuotes(t, in, []wantQuote{{"She keeps asking how it happened,", "Vivek Anand", ""}})
}

// TestAnyNewsDocumentsAuthor: "the post read" is whoever made the post:
// the subject of "In a blog post published Tuesday, Rainlark said", of
// "In a post on Facebook, the club said" (the club the story named) and
// of "The council shared a post".
func TestAnyNewsDocumentsAuthor(t *testing.T) {
	t.Parallel()
	in := "St Peter’s Amateur Boxing Club paid tribute to the coach on Sunday.\n\nIn a post on Facebook, the club said it was “heartbroken”.\n\n“Colm gave his time and his heart to this club,” the post read.\n\nIn a blog post published Tuesday, Rainlark said the update closed a hole.\n\n“We did not make this decision lightly,” the post reads.\n\nHarrowby Council shared a post on Instagram on Monday evening.\n\n“The pool will reopen in June,” the post said."
	checkQuotes(t, in, []wantQuote{{"heartbroken", "St Peter’s Amateur Boxing Club", ""},
		{"Colm gave his time and his heart to this club,", "St Peter’s Amateur Boxing Club", ""},
		{"We did not make this decision lightly,", "Rainlark", ""}, {"The pool will reopen in June,", "Harrowby Council", ""}})
}

// TestAnyNewsQuestionsAreTheInterviewers: in a "Q:"/"A:" interview the
// questions are the interviewer's, whom the byline or "She tells ..."
// names; with no one named, "the interviewer"'s.
func TestAnyNewsQuestionsAreTheInterviewers(t *testing.T) {
	t.Parallel()
	byline := "The lookout who stayed\n\nBy Orla Penhallow | The Coast Courier\n\nMarigold Esterhuyse has watched the ridge for 31 summers.\n\nQ: How did you start?\n\nA: By accident. A friend broke her leg.\n\nQ: Will you miss it?\n\nA: Every morning."
	checkQuotes(t, byline, []wantQuote{{"How did you start?", "Orla Penhallow", ""}, {"By accident. A friend broke her leg.", "Marigold Esterhuyse", ""},
		{"Will you miss it?", "Orla Penhallow", ""}, {"Every morning.", "Marigold Esterhuyse", ""}})
	told := "The songwriter’s fourth record was made after her father’s death. She tells Fergus Lomond about grief.\n\nNell Fairbairn\n\nQ: Was it hard?\n\nA: Yes. Every day.\n\nQ: And now?\n\nA: Easier."
	checkQuotes(t, told, []wantQuote{{"Was it hard?", "Fergus Lomond", ""}, {"Yes. Every day.", "Nell Fairbairn", ""},
		{"And now?", "Fergus Lomond", ""}, {"Easier.", "Nell Fairbairn", ""}})
	unnamed := "After 30 years on the radio, Junia Abernethy retires next month. She spoke to us about early starts.\n\nQ: Do you remember your first show?\n\nA: Every second of it.\n\nQ: What changed?\n\nA: Everything."
	checkQuotes(t, unnamed, []wantQuote{{"Do you remember your first show?", "the interviewer", ""}, {"Every second of it.", "Junia Abernethy", ""},
		{"What changed?", "the interviewer", ""}, {"Everything.", "Junia Abernethy", ""}})
	checkGenreSpeaker(t, "oregonian_fire_lookout_qa", "What did your first season teach you?", "Hollis Drummond")
}

// TestAnyNewsTitlesBeforeNames: an office's field ("... Social Care"),
// a priest's "Fr", a Māori elder's "Kaumātua" and a job opening the
// sentence are no part of the name after them; the office written whole
// before a name stays its holder's title, so "the deputy minister" is him.
func TestAnyNewsTitlesBeforeNames(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"portfolio", "Waits are rising.\n\nCabinet Secretary for Health and Social Care Aled Pritchard-Rees said the case was “clearly unacceptable” and that he had asked for a report.",
			[]wantQuote{{"clearly unacceptable", "Aled Pritchard-Rees", ""}}},
		{"priest", "Fr Seán Mallon said the parish was in shock. “People are numb,” he said.",
			[]wantQuote{{"People are numb,", "Seán Mallon", ""}}},
		{"elder", "Kaumātua Matiu Tautahi said the river had once run “clear enough to count the stones”.",
			[]wantQuote{{"clear enough to count the stones", "Matiu Tautahi", ""}}},
		{"job", "Rain will clear by Thursday. Forecaster Niall Dowdall said: “It will still be quite unsettled.”",
			[]wantQuote{{"It will still be quite unsettled.", "Niall Dowdall", ""}}},
		{"office whole", "Meanwhile, Deputy Minister of Roads and Urban Development Alireza Kazemi-Nouri said cargo had risen, IRNA reported.\n\nThe ports had handled 4.6 million tons, he said.\n\n“Our shipping companies have learned how to manage,” the deputy minister told IRNA.",
			[]wantQuote{{"Our shipping companies have learned how to manage,", "Alireza Kazemi-Nouri", "IRNA"}}},
	})
}

// TestAnyNewsQuotedHeadlineIsNoTurn: a headline "Name: ‘words’" under a
// site's menu is no turn of the interview below it, whose answers are
// still the one it is about.
func TestAnyNewsQuotedHeadlineIsNoTurn(t *testing.T) {
	t.Parallel()
	in := "News | Culture | Music\n\nNell Fairbairn: ‘I wrote the whole album in a caravan’\n\nThe songwriter’s fourth record was made after her father’s death. She tells Fergus Lomond about grief.\n\nQ: Was it hard?\n\nA: Yes. Every day.\n\nQ: And now?\n\nA: Easier."
	checkQuotes(t, in, []wantQuote{{"I wrote the whole album in a caravan", "Nell Fairbairn", ""}, {"Was it hard?", "Fergus Lomond", ""},
		{"Yes. Every day.", "Nell Fairbairn", ""}, {"And now?", "Fergus Lomond", ""}, {"Easier.", "Nell Fairbairn", ""}})
}

// TestAnyNewsOutletSaysNothingUnasked: a headline's quoted words under a
// masthead are not the outlet's; an outlet is a speaker only where a verb
// makes it one.
func TestAnyNewsOutletSaysNothingUnasked(t *testing.T) {
	t.Parallel()
	in := "Daily Mail\n\nLandlady faces eviction after pub giant demands 'eye-watering' rent\n\nA landlady says she has been hung out to dry.\n\nRosalind Pettifer, 58, received a letter from Hopwell Taverns demanding a rent she describes as 'eye-watering'."
	res := Extract(in)
	for _, q := range res.Quotes {
		if q.Speaker == "Daily Mail" {
			t.Errorf("%q: speaker %q, an outlet no verb made one", q.Text, q.Speaker)
		}
	}
}

// TestAnyNewsNameInRelativeClause: "The mother-of-two, who runs the pub
// with her husband Clive, 61, said" is the landlady, not her husband
// named inside the clause.
func TestAnyNewsNameInRelativeClause(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"description", "Rosalind Pettifer has run the Wheatsheaf for 22 years.\n\nThe mother-of-two, who runs the pub with her husband Clive, 61, said the new figure was “simply not survivable” for the village.",
			[]wantQuote{{"simply not survivable", "Rosalind Pettifer", ""}}},
		{"name", "Rosalind Pettifer, who runs the pub with her husband Clive, 61, said the rent was “simply not survivable”.",
			[]wantQuote{{"simply not survivable", "Rosalind Pettifer", ""}}},
	})
}

// TestAnyNewsSpokesmanOfABody: "Kremlin Spokesman Arkady Lobanov" is
// Arkady Lobanov, and "the Kremlin spokesman" after it is him.
func TestAnyNewsSpokesmanOfABody(t *testing.T) {
	t.Parallel()
	in := "MOSCOW, March 20. /TASS/. The Kremlin considers the expulsion unfounded, Kremlin Spokesman Arkady Lobanov told reporters.\n\nAccording to the Kremlin spokesman, the decision \"fits into the line of the current Moldovan leadership.\""
	checkQuotes(t, in, []wantQuote{{"fits into the line of the current Moldovan leadership.", "Arkady Lobanov", ""}})
}

// TestAnyNewsPoliceRankBeforeName: "SP Olumide Fashakin" is a police
// rank and a name; the description before it in apposition is his role.
func TestAnyNewsPoliceRankBeforeName(t *testing.T) {
	t.Parallel()
	in := "A bus driver, Kehinde Ogunbiyi, said he had paid both groups.\n\nConfirming the incident, the Police Public Relations Officer in the state, SP Olumide Fashakin, said “11 suspects have been arrested.”"
	checkQuotes(t, in, []wantQuote{{"11 suspects have been arrested.", "Olumide Fashakin", ""}})
}

// TestAnyNewsConstableToldCallSign: "Const." ends no sentence, and a
// broadcaster's call sign with digits ("CP24") is the outlet told.
func TestAnyNewsConstableToldCallSign(t *testing.T) {
	t.Parallel()
	in := "A girl was struck by a car.\n\n\"It is a very busy stretch,\" Const. Marlon Fenwick-Adu told CP24 at the scene. \"We are asking anyone who saw it to call.\""
	checkQuotes(t, in, []wantQuote{{"It is a very busy stretch,", "Marlon Fenwick-Adu", "CP24"}, {"We are asking anyone who saw it to call.", "Marlon Fenwick-Adu", "CP24"}})
}

// TestAnyNewsOfficeFieldWithOrgWord: an organisation's word in an
// office's field ("Sindh Minister for Local Government Nasir Abbas
// Jatoi") leaves the name after it a person's, whom "the minister" is.
func TestAnyNewsOfficeFieldWithOrgWord(t *testing.T) {
	t.Parallel()
	in := "The court ordered a crackdown.\n\nSindh Minister for Local Government Nasir Abbas Jatoi said the government \"fully supports\" the order.\n\n\"The tanker mafia will not be allowed to hold the city hostage,\" the minister said."
	checkQuotes(t, in, []wantQuote{{"fully supports", "Nasir Abbas Jatoi", ""}, {"The tanker mafia will not be allowed to hold the city hostage,", "Nasir Abbas Jatoi", ""}})
}

// TestAnyNewsMoreNationalities: "the New Zealander", "the Samoan" and
// "the Pakistani" stand for the person named before, as "the Scot" does.
func TestAnyNewsMoreNationalities(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"lander", "Bath beat Leicester Tigers 31-24 at the Rec.\n\nLeicester director of rugby Warrick Brennen was left frustrated by the yellow card, which he described as \"a momentum killer\".\n\n\"Jake was trying to catch the ball,\" the New Zealander said.",
			[]wantQuote{{"a momentum killer", "Warrick Brennen", ""}, {"Jake was trying to catch the ball,", "Warrick Brennen", ""}}},
		{"listed", "Moana Tuilagi-Fale scored twice for the visitors.\n\n\"We never stopped believing,\" the Samoan said.",
			[]wantQuote{{"We never stopped believing,", "Moana Tuilagi-Fale", ""}}},
	})
}

// TestAnyNewsProgrammeIsNoShe: "Speaking on RTÉ's Morning Ireland, she
// said" is the minister; the programme is no person.
func TestAnyNewsProgrammeIsNoShe(t *testing.T) {
	t.Parallel()
	in := "The company will close two nursing homes.\n\nThe Minister of State for Older People, Siobhán Keaveney, said she was \"deeply concerned\" by the closures.\n\nSpeaking on RTÉ's Morning Ireland, she said: \"These are people's homes.\""
	checkQuotes(t, in, []wantQuote{{"deeply concerned", "Siobhán Keaveney", ""}, {"These are people's homes.", "Siobhán Keaveney", "RTÉ's Morning Ireland"}})
}

// TestAnyNewsHeadlineListIsNoTranscript: a list of related stories
// printed "Place: headline" is no transcript, however often a place
// comes twice: most of its lines end as no sentence does.
func TestAnyNewsHeadlineListIsNoTranscript(t *testing.T) {
	t.Parallel()
	in := "PREMIUM TIMES\nTop News | Headlines | Politics\n\nBenue: Police arrest 11 as thugs disrupt senator's town hall\n\nPolice said 11 people had been arrested. \"We will not tolerate violence,\" said Catherine Anene, the command's spokesperson.\n\nTEXT AD: Call Willie - +2348098788999\n\nRelated\nBenue: Police confirm attack on council chairman's convoy\nOtukpo: Youths protest killing of vigilante leader\nSenate confirms nominee for board"
	checkQuotes(t, in, []wantQuote{{"We will not tolerate violence,", "Catherine Anene", ""}})
}

// TestAnyNewsListOfQuotedWords: a press release's "Words such as
// “anticipate,” “believe,” “expect” ..." lists words, none of them said.
func TestAnyNewsListOfQuotedWords(t *testing.T) {
	t.Parallel()
	in := "“We are proud of this project,” said Dana Okafor, chief executive of Quarrystone.\n\nForward-Looking Statements\n\nWords such as “anticipate,” “believe,” “expect,” “intend,” “may” and similar expressions identify forward-looking statements."
	checkQuotes(t, in, []wantQuote{{"We are proud of this project,", "Dana Okafor", ""}})
}

// TestAnyNewsPhoneInAndOrderPaperLabels: a phone-in's "CALLER (TREVOR,
// ROTHERHAM):" is the caller named in the brackets, and an official
// report's numbered question "1. Fiona Ogilvie (Highlands and Islands)
// (Con):" is the member's.
func TestAnyNewsPhoneInAndOrderPaperLabels(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"phone-in", "[00:00:04] MICKY FAIRLANE: Welcome back. Trevor's in Rotherham.\n\n[00:00:33] CALLER (TREVOR, ROTHERHAM): Evening lads. Prices are too high.\n\n[00:00:48] MICKY FAIRLANE: Thanks, Trevor.\n\n[00:00:50] CALLER (TREVOR, ROTHERHAM): Cheers.",
			[]wantQuote{{"Welcome back. Trevor's in Rotherham.", "Micky Fairlane", ""}, {"Evening lads. Prices are too high.", "Trevor", ""},
				{"Thanks, Trevor.", "Micky Fairlane", ""}, {"Cheers.", "Trevor", ""}}},
		{"order paper", "First Minister's Question Time\n\n1. Fiona Ogilvie (Highlands and Islands) (Con): To ask the First Minister what action is being taken on dentistry.\n\nThe First Minister (Ewan Carmichael): We have recruited more dentists.\n\nFiona Ogilvie (Highlands and Islands) (Con): That is not enough.\n\nThe First Minister (Ewan Carmichael): I disagree.",
			[]wantQuote{{"To ask the First Minister what action is being taken on dentistry.", "Fiona Ogilvie", ""}, {"We have recruited more dentists.", "Ewan Carmichael", ""},
				{"That is not enough.", "Fiona Ogilvie", ""}, {"I disagree.", "Ewan Carmichael", ""}}},
	})
}

// TestAnyNewsQuestionWithOneSpace: a briefing's "Q Thanks, Nadia. ...?"
// (one space after the Q) is a reporter's question, not more of the
// press secretary's turn; with no one named, an unnamed reporter's.
func TestAnyNewsQuestionWithOneSpace(t *testing.T) {
	t.Parallel()
	in := "Press Briefing by Press Secretary Nadia Fontaine-Reyes\n\nMS. FONTAINE-REYES: Good afternoon, everyone.\n\nQ Thanks, Nadia. Will the President travel on Friday?\n\nMS. FONTAINE-REYES: He will.\n\nQ Is that confirmed?\n\nMS. FONTAINE-REYES: Yes."
	checkQuotes(t, in, []wantQuote{{"Good afternoon, everyone.", "Nadia Fontaine-Reyes", ""},
		{"Thanks, Nadia. Will the President travel on Friday?", "a reporter", ""}, {"He will.", "Nadia Fontaine-Reyes", ""},
		{"Is that confirmed?", "a reporter", ""}, {"Yes.", "Nadia Fontaine-Reyes", ""}})
}

// TestAnyNewsMinuteHeaderIsNoTurn: an official report's page header
// ("Language: English / Gàidhlig", "Agenda: ...") is no one's turn.
func TestAnyNewsMinuteHeaderIsNoTurn(t *testing.T) {
	t.Parallel()
	in := "Language: English / Gàidhlig\nScottish Parliament\n\nMeeting of the Parliament\n\nAgenda: General Question Time, First Minister's Question Time, Decision Time\n\nFiona Ogilvie (Highlands and Islands) (Con): Will the First Minister act on dentistry?\n\nThe First Minister (Ewan Carmichael): We have recruited more dentists.\n\nFiona Ogilvie (Highlands and Islands) (Con): That is not enough."
	checkQuotes(t, in, []wantQuote{{"Will the First Minister act on dentistry?", "Fiona Ogilvie", ""}, {"We have recruited more dentists.", "Ewan Carmichael", ""},
		{"That is not enough.", "Fiona Ogilvie", ""}})
}

// TestAnyNewsThePhraseIsALabel: "the phrase “climate change”" and "the
// word “pivot”" name words; nobody says them here.
func TestAnyNewsThePhraseIsALabel(t *testing.T) {
	t.Parallel()
	in := "Lorna Haugstad has kept the weather records for 41 years. She doesn’t like to use the phrase “climate change” in town, she says, and there was a meeting where somebody used the word “pivot” about her music.\n\n“I’m a farm wife with a thermometer,” she says."
	checkQuotes(t, in, []wantQuote{{"I’m a farm wife with a thermometer,", "Lorna Haugstad", ""}})
}

// TestAnyNewsSignedLetter: a reader's letter, greeted "Dear Imogen,"
// and signed on the line after it ("– Pamela Gosforth, Harrogate"), is
// the signer's words; "Dear Imogen" is no one who speaks.
func TestAnyNewsSignedLetter(t *testing.T) {
	t.Parallel()
	in := "Imogen Truscott Investigates\n\nA reader is still waiting for her bank.\n\nDear Imogen,\n\n\"My mother died in September last year. I notified the bank within a week.\n\n\"When I rang in March, an adviser told me the file had been closed.\"\n\n– Pamela Gosforth, Harrogate\n\nDear Pamela,\n\nI am so sorry. I contacted the bank, which apologised."
	checkQuotes(t, in, []wantQuote{{"My mother died in September last year. I notified the bank within a week.", "Pamela Gosforth", ""},
		{"When I rang in March, an adviser told me the file had been closed.", "Pamela Gosforth", ""}})
	for _, q := range Extract(in).Quotes {
		if strings.HasPrefix(q.Speaker, "Dear ") {
			t.Errorf("%q: speaker %q, a salutation", q.Text, q.Speaker)
		}
	}
}
