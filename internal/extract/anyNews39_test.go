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

// TestAnyNewsSoleNames: a resident known by one name, introduced by an
// age or a description in commas ("Hany, a 52-year-old accountant ...,
// said", "Marites, 41,"), is a person, and the pronouns after stand for
// them, not for the doctor before; "Al" inside an Arabic name is part of
// it. A headline's "Grandmother, 74," names no one.
func TestAnyNewsSoleNames(t *testing.T) {
	t.Parallel()
	in := "Grandmother, 74, left waiting for a flu jab\n\nDr Rohan Thottathil, a pulmonologist, said the clinic was full.\n\n\"Do not wait,\" he told Gulf News.\n\n" +
		"Hany, a 52-year-old Egyptian accountant in Abu Dhabi who has asthma, said he had tried three pharmacies.\n\n\"Nobody put a sign on the door,\" he said.\n\n" +
		"Marites, 41, a Filipina caregiver who lives in Sharjah, is planning to use her day off.\n\n\"My madam is 83,\" she told Gulf News.\n\n" +
		"Ahmed, an engineer, said he had booked online.\n\n\"It took two minutes,\" he said.\n\n" +
		"Dr Moza Khalfan Al Mehairbi, a director at the department, said cases had risen.\n\n\"We usually see the curve rise in December,\" she said."
	checkQuotes(t, in, []wantQuote{{"Do not wait,", "Rohan Thottathil", ""}, {"Nobody put a sign on the door,", "Hany", ""},
		{"My madam is 83,", "Marites", ""}, {"It took two minutes,", "Ahmed", ""},
		{"We usually see the curve rise in December,", "Moza Khalfan Al Mehairbi", ""}})
}

// TestAnyNewsTitledLabels: an earnings call's labels give the speaker's
// title and firm after the name ("Oona Nyberg, Vice President, Investor
// Relations, Lanternlight Cinemas:"); a sentence that opens with a name
// and a title in commas is no label, and a "Risk Disclosure:" after the
// call is no one's words.
func TestAnyNewsTitledLabels(t *testing.T) {
	t.Parallel()
	in := "Full transcript - Lanternlight Cinemas Q3 2025:\n\nOperator: Good afternoon, and welcome to the call.\n\n" +
		"Oona Nyberg, Vice President, Investor Relations, Lanternlight Cinemas: Thank you, operator.\n\n" +
		"Ansel Dumitrescu, President and Chief Executive Officer, Lanternlight Cinemas: Thanks, Oona. It was a strong quarter.\n\n" +
		"Operator: Our first question comes from Gideon Strandberg with Bexley Rowe & Co.\n\n" +
		"Gideon Strandberg, Analyst, Bexley Rowe & Co.: Thanks. What about the debt?\n\n" +
		"Dumitrescu: We will pay it down.\n\n" +
		"Operator: This concludes today's conference call.\n\nThis article was generated with the support of AI.\n\n" +
		"Risk Disclosure: Trading in financial instruments involves high risks."
	checkQuotes(t, in, []wantQuote{{"Good afternoon, and welcome to the call.", "Operator", ""}, {"Thank you, operator.", "Oona Nyberg", ""},
		{"Thanks, Oona. It was a strong quarter.", "Ansel Dumitrescu", ""},
		{"Our first question comes from Gideon Strandberg with Bexley Rowe & Co.", "Operator", ""},
		{"Thanks. What about the debt?", "Gideon Strandberg", ""}, {"We will pay it down.", "Ansel Dumitrescu", ""},
		{"This concludes today's conference call.", "Operator", ""}})
	in = "Jane Smith, Chief Executive of Acme, said: \"We are growing.\""
	checkQuotes(t, in, []wantQuote{{"We are growing.", "Jane Smith", ""}})
}

// TestAnyNewsVietnameseNames: a Vietnamese name has four words when the
// middle name "Thi" or "Van" follows the family name, and the family
// name alone stands for the person after.
func TestAnyNewsVietnameseNames(t *testing.T) {
	t.Parallel()
	in := "The court awarded the woman, Dinh Thi Hoai Thuong, 31, about 2.4 million yen.\n\n\"I was told that if I complained, I would be sent home,\" Dinh told reporters.\n\n" +
		"The lawyer, Nguyen Van Hai Dang, said: \"We will ask for more.\""
	checkQuotes(t, in, []wantQuote{{"I was told that if I complained, I would be sent home,", "Dinh Thi Hoai Thuong", ""},
		{"We will ask for more.", "Nguyen Van Hai Dang", ""}})
}

// TestAnyNewsSharedSurnames: when a relative shares the surname of the
// person the story is about, the surname alone stays with the person it
// was already used for, and so does the pronoun after it; "Sandhu's" or
// "the Arriaga family" use it for no one, and a relative introduced by
// the first's given name ("Maya's mother, Denise Reynolds") takes the
// surname over.
func TestAnyNewsSharedSurnames(t *testing.T) {
	t.Parallel()
	in := "Keziah Bramwell stunned the ninth seed on Tuesday.\n\n\"I just kept going,\" Bramwell said.\n\n" +
		"Her mother, Efua Bramwell, a nurse, could barely watch.\n\n\"My heart cannot take this,\" she said.\n\n" +
		"Bramwell, who received a wild card, will earn $80,000.\n\n\"Pay my coach,\" she said."
	checkQuotes(t, in, []wantQuote{{"I just kept going,", "Keziah Bramwell", ""}, {"My heart cannot take this,", "Efua Bramwell", ""},
		{"Pay my coach,", "Keziah Bramwell", ""}})
	in = "Maya Reynolds, 19, died in the crash. Reynolds was a nursing student.\n\n" +
		"Outside the courthouse, Maya's mother, Denise Reynolds, held a photo.\n\n\"We wanted the minutes, not just the crash,\" Reynolds said."
	checkQuotes(t, in, []wantQuote{{"We wanted the minutes, not just the crash,", "Denise Reynolds", ""}})
	in = "The victim, Harpreet Sandhu, was shot on Saturday.\n\nSandhu's nephew, Gurpreet Sandhu, spoke to reporters.\n\n\"He was just a good man,\" Sandhu said."
	checkQuotes(t, in, []wantQuote{{"He was just a good man,", "Gurpreet Sandhu", ""}})
}

// TestAnyNewsPlacesAndDatesNoNames: a street, a ground or a date stamp
// ("Ngātiawa St", "Chepkoilel Showground", "Published Nov") is no person
// a pronoun can stand for.
func TestAnyNewsPlacesAndDatesNoNames(t *testing.T) {
	t.Parallel()
	in := "Hinewai Poutama had just put the jug on when the tornado hit her home on Ngātiawa St.\n\n\"It sounded like a freight train,\" she said.\n\n" +
		"Published Nov 18, 2025\n\nThe network’s chairman, Mr Loh Guan Hock, said farmers were older.\n\n\"People keep saying upgrade,\" he said."
	checkQuotes(t, in, []wantQuote{{"It sounded like a freight train,", "Hinewai Poutama", ""}, {"People keep saying upgrade,", "Loh Guan Hock", ""}})
}

// TestAnyNewsCourtRuling: words read from "the ruling" are the court's
// that gave it, named before.
func TestAnyNewsCourtRuling(t *testing.T) {
	t.Parallel()
	in := "The Nagoya High Court on Tuesday ordered a sewing company to pay damages.\n\n\"The supervising body took no meaningful action,\" the ruling said."
	checkQuotes(t, in, []wantQuote{{"The supervising body took no meaningful action,", "Nagoya High Court", ""}})
}

// TestAnyNewsHomePaperShortName: a paper calls itself by the last word
// of its name ("told the Star" under the Toronto Star's masthead) or its
// site's address prints the masthead ("DAWN.COM" over "told Dawn"): no
// outlet the words came through.
func TestAnyNewsHomePaperShortName(t *testing.T) {
	t.Parallel()
	star := "Toronto Star\nSubscribe\n\nBramwell stuns ninth seed\n\n\"My heart cannot take this,\" Efua Bramwell told the Star.\n\n\"It was close,\" coach Luc Desrochers told TSN."
	checkQuotes(t, star, []wantQuote{{"My heart cannot take this,", "Efua Bramwell", "-"}, {"It was close,", "Luc Desrochers", "TSN"}})
	dawn := "DAWN.COM\nHome\n\nRefusals rise in Peshawar\n\n\"This is a problem of trust,\" Dr Nighat Kundi told Dawn."
	checkQuotes(t, dawn, []wantQuote{{"This is a problem of trust,", "Nighat Kundi", "-"}})
}

// TestAnyNewsIrishNamesAndOffices: letters after a name ("KC") do not
// hide it from "Mr Ó Dúill" later, and a portfolio with "the" in it
// ("Minister of State for the Gaeltacht") is no part of the minister's
// name.
func TestAnyNewsIrishNamesAndOffices(t *testing.T) {
	t.Parallel()
	in := "Defence barrister Kieran Ó Dúill KC said his client was ashamed.\n\n\"He does not ask the court for sympathy,\" Mr Ó Dúill said.\n\n" +
		"Minister of State for the Gaeltacht Pádraig Ó Gábháin said: \"The colleges are a success story.\"\n\n" +
		"Speaking in the Dáil, Mr Ó Gábháin said a further increase was \"under active consideration\"."
	checkQuotes(t, in, []wantQuote{{"He does not ask the court for sympathy,", "Kieran Ó Dúill", ""},
		{"The colleges are a success story.", "Pádraig Ó Gábháin", ""}, {"under active consideration", "Pádraig Ó Gábháin", ""}})
}

// TestAnyNewsPageLinesNoLabels: a page's "Search: Go", "Hours: ..." and
// "Verbatim Transcript: ..." lines open with a colon and name no speaker.
func TestAnyNewsPageLinesNoLabels(t *testing.T) {
	t.Parallel()
	in := "City of Orrington Falls\nSearch: Go\n\nVerbatim Transcript: Public Comment, Item 7.\n\n" +
		"CHAIR OKONJO: We will now hear public comment.\n\nMARTA VOSS: I live on Elm Street. Keep the glass pickup.\n\nCHAIR OKONJO: Thank you.\n\nMARTA VOSS: Thank you.\n\nHours: Monday - Friday, 8 a.m. to 4:30 p.m."
	checkQuotes(t, in, []wantQuote{{"We will now hear public comment.", "Okonjo", ""}, {"I live on Elm Street. Keep the glass pickup.", "Marta Voss", ""},
		{"Thank you.", "Okonjo", ""}, {"Thank you.", "Marta Voss", ""}})
}

// TestAnyNewsReporterWithOutlet: a briefing's "REPORTER (KOIN 6):" is a
// reporter from that outlet; "REPORTER:" alone a reporter.
func TestAnyNewsReporterWithOutlet(t *testing.T) {
	t.Parallel()
	in := "GOV. INGEBORG SALDIVAR: Good morning. We had an outage.\n\nREPORTER (KOIN 6): Governor, what did you tell them?\n\n" +
		"GOV. SALDIVAR: I told them to fix it.\n\nREPORTER: Will it happen again?\n\nGOV. SALDIVAR: I hope not."
	checkQuotes(t, in, []wantQuote{{"Good morning. We had an outage.", "Ingeborg Saldivar", ""}, {"Governor, what did you tell them?", "a reporter from KOIN 6", ""},
		{"I told them to fix it.", "Ingeborg Saldivar", ""}, {"Will it happen again?", "a reporter", ""}, {"I hope not.", "Ingeborg Saldivar", ""}})
}

// TestAnyNewsClubWithPlaceName: "the club" after a club named for its
// town ("Stockport County postponed ...") is that club, though its name
// reads like a person's.
func TestAnyNewsClubWithPlaceName(t *testing.T) {
	t.Parallel()
	in := "Stockport County postponed the match. The club said: \"The decision was taken in the interests of safety.\""
	checkQuotes(t, in, []wantQuote{{"The decision was taken in the interests of safety.", "Stockport County", ""}})
}

// TestAnyNewsContractionNoName: "I’ve" or "There's", capitalised
// wherever it stands, is no one's name.
func TestAnyNewsContractionNoName(t *testing.T) {
	t.Parallel()
	in := "Elspeth Voorhoeve paints eyes. ‘I can tell you the eye colour of everyone I’ve ever met,’ she says.\n\n" +
		"I’ve made eyes for 40 years. I’ve never made one like it.\n\n\"It was a stegosaurus,\" I’ve said."
	res := Extract(in)
	for _, q := range res.Quotes {
		if q.Speaker == "I’ve" {
			t.Errorf("%q attributed to %q", q.Text, q.Speaker)
		}
	}
}

// TestAnyNewsEstimatesLists: Senate estimates name who asked, chaired
// and answered in lists over the record ("Questioner: McGinty-Rowe, Sen
// Dervla", "Speaker: Gattenby, Sen Rosaleen (Chair)"), and the labels
// give surnames alone ("Mr TUPOUNIUA:") or the office ("CHAIR:").
func TestAnyNewsEstimatesLists(t *testing.T) {
	t.Parallel()
	in := "Questioner: McGinty-Rowe, Sen Dervla\nSpeaker: Gattenby, Sen Rosaleen (Chair)\nResponder: Tupouniua, Mr Sione; Quinlivan, Ms Harriet\n\n" +
		"CHAIR: We will now move to outcome 2.\n\nSenator McGINTY-ROWE: Thank you, Chair. Good morning, Mr Tupouniua.\n\n" +
		"Mr TUPOUNIUA: Good morning, Senator.\n\nSenator McGINTY-ROWE: How many teams are there?\n\nMs QUINLIVAN: Forty-nine."
	checkQuotes(t, in, []wantQuote{{"We will now move to outcome 2.", "Rosaleen Gattenby", ""},
		{"Thank you, Chair. Good morning, Mr Tupouniua.", "Dervla McGinty-Rowe", ""}, {"Good morning, Senator.", "Sione Tupouniua", ""},
		{"How many teams are there?", "Dervla McGinty-Rowe", ""}, {"Forty-nine.", "Harriet Quinlivan", ""}})
}

// TestAnyNewsOrderNotCourts: "the order" read out paragraphs after a
// court was named is the president's executive order, not the court's,
// and its words are the president's, who signed it.
func TestAnyNewsOrderNotCourts(t *testing.T) {
	t.Parallel()
	in := "The Supreme Court heard a related case last year.\n\nCongress did not act.\n\nThe president signed an executive order on Monday.\n\n\"Agencies must cut costs,\" the order said."
	checkQuotes(t, in, []wantQuote{{"Agencies must cut costs,", "the president", ""}})
}
