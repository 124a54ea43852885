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

// TestAnyNewsStatementOnSomeonesBehalf: a statement read "on Mr X's
// behalf" (or "on behalf of X") speaks for X, not for the one reading it.
func TestAnyNewsStatementOnSomeonesBehalf(t *testing.T) {
	t.Parallel()
	in := "Bus driver Kwame Mensah, 52, was attacked on the night of March 3.\n\n" +
		"Prosecuting counsel Aoife Brady read a victim impact statement on Mr Mensah’s behalf.\n\n" +
		"‘I have driven this route for 20 years and never once felt afraid,’ the statement read.\n\n" +
		"Solicitor Mark Dunne read a statement on behalf of Grace Adjei, his partner.\n\n" +
		"‘We want him home and well,’ the statement said."
	checkSpeakerOf(t, in, "I have driven this route for 20 years and never once felt afraid,", "Kwame Mensah")
	checkSpeakerOf(t, in, "We want him home and well,", "Grace Adjei")
}

// TestAnyNewsPluralPossessiveInName: the apostrophe of "Drivers’" in
// "the National Taxi Drivers’ Union" is part of the union's name, not a
// closing mark that cuts it.
func TestAnyNewsPluralPossessiveInName(t *testing.T) {
	t.Parallel()
	checkQuotes(t, "A spokesperson for the National Taxi Drivers’ Union said attacks were ‘far more common than people realise’.",
		[]wantQuote{{"far more common than people realise", "a spokesperson for the National Taxi Drivers’ Union", ""}})
	checkQuotes(t, "A spokesman for the Transport Workers' Union called the ruling \"a disgrace\".",
		[]wantQuote{{"a disgrace", "a spokesman for the Transport Workers' Union", ""}})
}

// TestAnyNewsInWhichSomeoneWrote: "a letter, in which Keogh wrote:" gives
// the quotation to the letter's writer, not to the one who handed it in.
func TestAnyNewsInWhichSomeoneWrote(t *testing.T) {
	t.Parallel()
	in := "Defence barrister Cathal Moynihan said his client had been sober for eight months.\n\n" +
		"He handed in a letter of apology, in which Darren Keogh wrote: \"I know sorry doesn't fix it. I am ashamed of who I was that night.\""
	checkSpeakerOf(t, in, "I know sorry doesn't fix it. I am ashamed of who I was that night.", "Darren Keogh")
}

// TestAnyNewsReportQuotedAsSaying: "Interfax quoted X as saying" gives the
// words to X, through Interfax, in quotes and in the paraphrase alike.
func TestAnyNewsReportQuotedAsSaying(t *testing.T) {
	t.Parallel()
	in := "Press TV, the English-language channel of the state broadcaster, quoted a Dutch Foreign Ministry spokeswoman as saying that the Netherlands \"respects the independence of its judiciary\" and would \"not comment on an ongoing legal process.\"\n\n" +
		"Interfax quoted Deputy Foreign Minister Sergei Ryabkov as saying: \"We are not going to take part in this.\""
	checkQuotes(t, in, []wantQuote{
		{"respects the independence of its judiciary", "Dutch Foreign Ministry spokeswoman", "Press TV"},
		{"not comment on an ongoing legal process.", "Dutch Foreign Ministry spokeswoman", "Press TV"},
		{"We are not going to take part in this.", "Sergei Ryabkov", "Interfax"},
	})
}

// TestAnyNewsStateRepublicNoOutlet: "told that the Islamic Republic
// ..." names a state, not a newspaper like "the Arizona Republic": no
// via.
func TestAnyNewsStateRepublicNoOutlet(t *testing.T) {
	t.Parallel()
	in := "Spokesman Ali Rezaei said the ambassador had been told that the Islamic Republic \"will not stand idle while its property is auctioned off.\"\n\n" +
		"Governor Dana Kell told the Arizona Republic the plan was \"dead on arrival.\""
	checkQuotes(t, in, []wantQuote{
		{"will not stand idle while its property is auctioned off.", "Ali Rezaei", "-"},
		{"dead on arrival.", "Dana Kell", "Arizona Republic"},
	})
}

// TestAnyNewsParaphraseEndsBeforeAside: a paraphrase ends at its quoted
// words when a dash after them opens an aside on them ("“...”—a line
// that now heads ..."), not at the sentence's end.
func TestAnyNewsParaphraseEndsBeforeAside(t *testing.T) {
	t.Parallel()
	in := "In a 2024 interview, chief executive Malcolm Pryor told reporters that the company would “never put watering your lawn behind a paywall”—a line that now heads the most-upvoted post on the forum."
	checkParaphrases(t, in, []wantPara{{"the company would “never put watering your lawn behind a paywall”", "Malcolm Pryor"}})
}

// TestAnyNewsFirmIsNoShe: "she" after a firm's name ("sponsored by
// Brightwell", the Brightwell Care Staffing named before) is the woman
// the sentence is about: a name ending in "Staffing" is a firm's.
func TestAnyNewsFirmIsNoShe(t *testing.T) {
	t.Parallel()
	in := "Internal documents show that Brightwell Care Staffing, which supplies workers to 60 care homes, deducted thousands from recruits' wages.\n\n" +
		"Marites Dumalagan, 34, a nurse from Iloilo, arrived in Wolverhampton in March 2023 on a visa sponsored by Brightwell. Within a week, she said, she was called into an office.\n\n" +
		"“They told me it was a training agreement,” she said."
	checkSpeakerOf(t, in, "They told me it was a training agreement,", "Marites Dumalagan")
}

// TestAnyNewsDocumentsOwner: a document's owner in the possessive
// ("Brackwater’s advisory"), among its modifiers ("an internal Lekwa
// Local Municipality engineering report") or after "posted by" is who
// speaks when the document does.
func TestAnyNewsDocumentsOwner(t *testing.T) {
	t.Parallel()
	in := "The works is operating below capacity, according to an internal Lekwa Local Municipality engineering report seen by Daily Maverick. The report states that four of the six pumps are “non-functional due to vandalism”.\n\n" +
		"Brackwater’s advisory recommends that anyone who ran the install rotate every credential.\n\n" +
		"“Rotate first, investigate second,” the advisory says.\n\n" +
		"A statement posted by Ganjiang New Energy Technology on its WeChat account said the company “firmly supports” the measures."
	checkSpeakerOf(t, in, "non-functional due to vandalism", "Lekwa Local Municipality")
	checkSpeakerOf(t, in, "Rotate first, investigate second,", "Brackwater")
	checkSpeakerOf(t, in, "firmly supports", "Ganjiang New Energy Technology")
}

// TestAnyNewsItAfterFirm: "It said" opening the sentence after one whose
// subject is a firm is the firm, not the spokesperson quoted before.
func TestAnyNewsItAfterFirm(t *testing.T) {
	t.Parallel()
	in := "A spokesperson for Heronsgate said the company was “deeply concerned” by the allegations.\n\n" +
		"“We require all our staffing partners to comply fully with employment law,” the spokesperson said.\n\n" +
		"In a statement to the Guardian, Brightwell Care Staffing denied breaking the law. It said the agreements were “entirely voluntary”."
	checkSpeakerOf(t, in, "entirely voluntary", "Brightwell Care Staffing")
}

// TestAnyNewsDottedAbbreviationInDescription: "one U.S. official said"
// after a quotation is a description of the one speaking, though the
// abbreviation's last dot stands between the determiner and the noun,
// and the paragraph's next words are theirs too; a sentence of its own
// after the quotation ("A U.S. spokesperson told ...") is no attribution.
func TestAnyNewsDottedAbbreviationInDescription(t *testing.T) {
	t.Parallel()
	in := "The draft framework would require independent audits, two of the sources said. They spoke on condition of anonymity.\n\n" +
		"\"We're down to the last two brackets in the text,\" one U.S. official said. \"Nobody is popping champagne yet.\"\n\n" +
		"\"The gap is narrow,\" a senior U.K. diplomat said."
	checkQuotes(t, in, []wantQuote{
		{"We're down to the last two brackets in the text,", "one U.S. official", ""},
		{"Nobody is popping champagne yet.", "one U.S. official", ""},
		{"The gap is narrow,", "senior U.K. diplomat", ""},
	})
	in = "Trade official Kang Min-ji said talks would continue. \"We will pursue it with patience.\" A U.S. Commerce Department spokesperson told Bloomberg News that Washington was open to talks."
	checkSpeakerOf(t, in, "We will pursue it with patience.", "Kang Min-ji")
}

// TestAnyNewsPodiumCallsColleague: at a press conference, "Wen-Li?" from
// the mayor calls a colleague to the podium, who answers under her own
// label: the "Q:" questions after it are a reporter's, not hers.
func TestAnyNewsPodiumCallsColleague(t *testing.T) {
	t.Parallel()
	in := "MAYOR DOLORES QUINTANILLA: Good evening. At 5:40 this afternoon part of the Market Street deck collapsed.\n\n" +
		"MAYOR QUINTANILLA: Wen-Li?\n\n" +
		"CITY ENGINEER WEN-LI HSU: Thank you. My team has been on site since about 8:15.\n\n" +
		"REPORTER: Who owns the deck? Is it the city?\n\n" +
		"MAYOR QUINTANILLA: The deck is privately owned.\n\n" +
		"Q: Mayor, was the city aware of the 2023 inspection?\n\n" +
		"MAYOR QUINTANILLA: I'm going to be careful here.\n\n" +
		"Q: When will we hear from you next?\n\n" +
		"MAYOR QUINTANILLA: Tomorrow at 10 a.m."
	checkSpeakerOf(t, in, "Mayor, was the city aware of the 2023 inspection?", "a reporter")
	checkSpeakerOf(t, in, "When will we hear from you next?", "a reporter")
	checkSpeakerOf(t, in, "Thank you. My team has been on site since about 8:15.", "City Engineer Wen-Li Hsu")
}

// TestAnyNewsRecordLabelSpokeIn: a United Nations record's briefer,
// labelled by honorific and name with how she spoke ("Mrs. Tchindo Garba
// (spoke in French):"), speaks her turn, not the President before her.
func TestAnyNewsRecordLabelSpokeIn(t *testing.T) {
	t.Parallel()
	in := "President:\tMr. Moreno Ibáñez\t(Colombia)\n\nThe meeting was called to order at 10.05 a.m.\n\n" +
		"The President (spoke in Spanish): In accordance with rule 39, I invite the briefers to participate in this meeting.\n\n" +
		"I give the floor to Ms. Abba Kyari.\n\n" +
		"Ms. Abba Kyari: I thank you, Mr. President, for convening this meeting.\n\n" +
		"The President (spoke in Spanish): I thank Ms. Abba Kyari for her briefing. I now give the floor to Mrs. Tchindo Garba.\n\n" +
		"Mrs. Tchindo Garba (spoke in French): I speak on behalf of the women of the lake.\n\n" +
		"I was born on an island that no longer appears on your maps.\n\n" +
		"The President (spoke in Spanish): I thank Mrs. Tchindo Garba for her briefing.\n\n" +
		"Ms. Ashworth-Kent (United Kingdom): I thank both briefers."
	checkQuotes(t, in, []wantQuote{
		{"In accordance with rule 39, I invite the briefers to participate in this meeting.", "Moreno Ibáñez", ""},
		{"I give the floor to Ms. Abba Kyari.", "Moreno Ibáñez", ""},
		{"I thank you, Mr. President, for convening this meeting.", "Abba Kyari", ""},
		{"I thank Ms. Abba Kyari for her briefing. I now give the floor to Mrs. Tchindo Garba.", "Moreno Ibáñez", ""},
		{"I speak on behalf of the women of the lake.", "Tchindo Garba", ""},
		{"I was born on an island that no longer appears on your maps.", "Tchindo Garba", ""},
		{"I thank Mrs. Tchindo Garba for her briefing.", "Moreno Ibáñez", ""},
		{"I thank both briefers.", "Ashworth-Kent", ""},
	})
}

// TestAnyNewsPartyInApposition: "Valdivia, a Democrat, told CNN" is
// Valdivia's, not the party's.
func TestAnyNewsPartyInApposition(t *testing.T) {
	t.Parallel()
	in := "Wisconsin Gov. Teresa Valdivia on Sunday dared the Justice Department to sue.\n\n" +
		"“They are going to have to sue me,” Valdivia, a Democrat, told CNN’s Jake Tapper on “State of the Union.”"
	checkQuotes(t, in, []wantQuote{{"They are going to have to sue me,", "Teresa Valdivia", "CNN"}})
}

// TestAnyNewsCodeInMarksNoQuote: a program's text set in marks (an
// environment variable, a file, a command with flags) is no one's words.
func TestAnyNewsCodeInMarksNoQuote(t *testing.T) {
	t.Parallel()
	in := "The malicious version added a script, “lib/telemetry.js,” that read variables such as “AWS_SECRET_ACCESS_KEY” and sent them to a remote server.\n\n" +
		"Researcher Ibrahim Sotoudeh said teams should run “npm ci --ignore-scripts” in their pipelines. “Assume anything the script could read was read,” he said."
	checkQuotes(t, in, []wantQuote{{"Assume anything the script could read was read,", "Ibrahim Sotoudeh", ""}})
}

// TestAnyNewsAttributedSinglesInDoubleMarkPaper: a paper that quotes in
// double marks but sets a judge's remarks in single ones ("‘...,’ Justice
// Awan remarked.") gives those remarks as quotations too; a scare quote
// in single marks stays none.
func TestAnyNewsAttributedSinglesInDoubleMarkPaper(t *testing.T) {
	t.Parallel()
	in := "The Lahore High Court took the Punjab government to task over the repeated delay in holding local elections.\n\n" +
		"'Three years have passed. Every time the government comes, it has a fresh reason,' Justice Farrukh Awan remarked.\n\n" +
		"PTI's counsel, Azhar Bhatti, argued that the delay was deliberate. \"The government is afraid of the result,\" he told the court.\n\n" +
		"Information Minister Saima Butt rejected the allegation. \"We are not afraid of anyone,\" she said.\n\n" +
		"The opposition called the new rules a 'paper exercise'."
	checkQuotes(t, in, []wantQuote{
		{"Three years have passed. Every time the government comes, it has a fresh reason,", "Farrukh Awan", ""},
		{"The government is afraid of the result,", "Azhar Bhatti", ""},
		{"We are not afraid of anyone,", "Saima Butt", ""},
	})
}

// TestAnyNewsHeadlineRoleSays: a headline's "‘...,’ Mountie says as ..."
// is the words of the officer the story quotes saying them.
func TestAnyNewsHeadlineRoleSays(t *testing.T) {
	t.Parallel()
	in := "'These were not random calls,' Mountie says as RCMP charge nine in alleged grandparent scam\n\n" +
		"RCMP Sgt. Nathalie Gagnon said investigators had traced more than 300 calls to a call centre in Montreal.\n\n" +
		"\"These were not random calls,\" Gagnon said. \"They knew exactly who they were calling.\""
	checkQuotes(t, in, []wantQuote{
		{"These were not random calls,", "Nathalie Gagnon", ""},
		{"These were not random calls,", "Nathalie Gagnon", ""},
		{"They knew exactly who they were calling.", "Nathalie Gagnon", ""},
	})
}

// TestAnyNewsPressConferenceOfficeLabels: a government transcript whose
// labels are offices in capitals on lines of their own ("PRIME
// MINISTER:", "CMO:") gives the turns to the holders the introduction
// names ("Prime Minister Eleanor Marsh", "the Chief Medical Officer,
// Professor Sir Rajiv Menon"), and a journalist's "Name, Outlet:" line
// heads their question.
func TestAnyNewsPressConferenceOfficeLabels(t *testing.T) {
	t.Parallel()
	checkQuotes(t, "PM remarks at press conference on measles\n\n"+
		"Prime Minister Eleanor Marsh held a press conference in Downing Street alongside the Chief Medical Officer, Professor Sir Rajiv Menon.\n\n"+
		"PRIME MINISTER:\n\nGood afternoon.\n\nI'll now hand over to Professor Sir Rajiv Menon.\n\n"+
		"CMO:\n\nThank you, Prime Minister.\n\nMeasles is not a mild illness.\n\n"+
		"PRIME MINISTER:\n\nThank you, Rajiv. We'll take some questions. Harriet Oduya, BBC News.\n\n"+
		"Harriet Oduya, BBC News:\n\nWhy has it taken a child's death to act?\n\n"+
		"PRIME MINISTER:\n\nHarriet, I don't accept that nothing has been done.",
		[]wantQuote{
			{"Good afternoon.", "Eleanor Marsh", ""},
			{"I'll now hand over to Professor Sir Rajiv Menon.", "Eleanor Marsh", ""},
			{"Thank you, Prime Minister.", "Rajiv Menon", ""},
			{"Measles is not a mild illness.", "Rajiv Menon", ""},
			{"Thank you, Rajiv. We'll take some questions. Harriet Oduya, BBC News.", "Eleanor Marsh", ""},
			{"Why has it taken a child's death to act?", "Harriet Oduya", ""},
			{"Harriet, I don't accept that nothing has been done.", "Eleanor Marsh", ""},
		})
}

// TestAnyNewsEstimatesChairFromAttendance: a Senate estimates record's
// "CHAIR:" is the senator the attendance line marks "(Chair)".
func TestAnyNewsEstimatesChairFromAttendance(t *testing.T) {
	t.Parallel()
	in := "RURAL AND REGIONAL AFFAIRS AND TRANSPORT LEGISLATION COMMITTEE\n\nEstimates\n\n" +
		"Members in attendance: Senators Callaghan-Reid (Chair), O'Halloran, Papadakis, Truong\n\n" +
		"CHAIR: We now move to outcome 3, regional development.\n\n" +
		"Senator PAPADAKIS: How many grants were approved?\n\n" +
		"Mr Pellow: Forty-one, Senator.\n\n" +
		"CHAIR: Thank you. We'll suspend for lunch."
	checkSpeakerOf(t, in, "We now move to outcome 3, regional development.", "Callaghan-Reid")
	checkSpeakerOf(t, in, "Thank you. We'll suspend for lunch.", "Callaghan-Reid")
}

// TestAnyNewsPronounAfterPlaceBeforeRole: "he said" after "Keighley
// Central ward councillor Martin Dobson" is the councillor, not the ward.
func TestAnyNewsPronounAfterPlaceBeforeRole(t *testing.T) {
	t.Parallel()
	in := "However, Keighley Central ward councillor Martin Dobson, who first raised concerns about the house, said residents had been let down.\n\n" +
		"\"Neighbours were telling the council about this house two years ago,\" he said."
	checkSpeakerOf(t, in, "Neighbours were telling the council about this house two years ago,", "Martin Dobson")
}

// TestAnyNewsRegionIsNoShe: "she says" after a scientist "who studies
// alpine meadows in the Canadian Rockies" is the scientist: a region
// after "in the" is no one.
func TestAnyNewsRegionIsNoShe(t *testing.T) {
	t.Parallel()
	in := "“If the pollinators walk away from those flowers, the flowers are in real trouble,” says Anouk Beaulieu-Tremblay, a plant ecologist at Université Laval in Québec, who studies alpine meadows in the Canadian Rockies. “You could get a feedback loop.”\n\n" +
		"She told Scientific American that her own team has seen hints of a similar shift in Alberta but hasn’t yet published the data. “We’re seeing the same direction,” she says."
	checkSpeakerOf(t, in, "We’re seeing the same direction,", "Anouk Beaulieu-Tremblay")
}

// TestAnyNewsDescribedSourceReportsNamed: "he said" after "A former
// sales manager, who spoke on condition of anonymity, said Deshpande-
// Wirth had told staff ..." is the unnamed manager, not the chief
// executive his report names.
func TestAnyNewsDescribedSourceReportsNamed(t *testing.T) {
	t.Parallel()
	in := "Not everyone is as upbeat. A former PalletTide sales manager, who was laid off this week and spoke on the condition of anonymity, said Deshpande-Wirth had told staff as recently as March that the company was “fully funded for growth.”\n\n" +
		"“We were hiring right up until we weren’t,” he said."
	checkSpeakerOf(t, in, "We were hiring right up until we weren’t,", "former PalletTide sales manager")
}

// TestAnyNewsSourceIntroducedOtherwise: "the source said" stands for the
// anonymous source the paragraph before introduced as "a show insider"
// or "One of the sources".
func TestAnyNewsSourceIntroducedOtherwise(t *testing.T) {
	t.Parallel()
	in := "But a show insider told the Mirror that Jodie's departure followed months of tension with bosses.\n\n" +
		"'Jodie's been unhappy since the summer,' the source said.\n\n" +
		"One of the sources, who was not authorized to speak to the media, said the gearbox had been damaged.\n\n" +
		"'It's not a reset-and-restart situation,' the source said."
	checkSpeakerOf(t, in, "Jodie's been unhappy since the summer,", "show insider")
	checkSpeakerOf(t, in, "It's not a reset-and-restart situation,", "One of the sources")
}

// TestAnyNewsOfficeWithPortfolioLater: "the deputy minister said" after
// "Deputy Foreign Minister for Legal and International Affairs Reza
// Najafi-Kia" is the deputy minister named after his portfolio.
func TestAnyNewsOfficeWithPortfolioLater(t *testing.T) {
	t.Parallel()
	in := "Meanwhile, Deputy Foreign Minister for Legal and International Affairs Reza Najafi-Kia told IRIB News that the ruling set \"a dangerous precedent.\"\n\n" +
		"Foreign Ministry spokesman Ali Rezaei said the ambassador had been summoned.\n\n" +
		"\"We have already sent two notes verbales to The Hague,\" the deputy minister said."
	checkSpeakerOf(t, in, "We have already sent two notes verbales to The Hague,", "Reza Najafi-Kia")
}

// TestAnyNewsCallParticipantsWithHyphens: an earnings call whose
// participants are listed "Name - Firm" heads each one's words with the
// name alone: the investor relations head and an analyst who speak once
// are speakers too.
func TestAnyNewsCallParticipantsWithHyphens(t *testing.T) {
	t.Parallel()
	in := "Kestrel Cold Chain Q2 2025 Earnings Call Transcript\n\nCompany Participants\n\n" +
		"Dolores Whitcombe - Vice President, Investor Relations\nRavi Subramaniam - President and Chief Executive Officer\n\n" +
		"Conference Call Participants\n\nYuki Tanabe - Briarcliff Securities\n\n" +
		"Operator\n\nGood afternoon, and welcome to the call.\n\n" +
		"Dolores Whitcombe\n\nThank you, operator, and good afternoon, everyone. With that, I'll turn it over to Ravi.\n\n" +
		"Ravi Subramaniam\n\nThanks, Dolores. Q2 was a quarter of two halves.\n\n" +
		"Operator\n\nOur next question comes from Yuki Tanabe with Briarcliff Securities.\n\n" +
		"Yuki Tanabe\n\nGood afternoon. What's the payback period you're underwriting?\n\n" +
		"Ravi Subramaniam\n\nAbout four years, Yuki.\n\n" +
		"Copyright: © 2025 Seeking Alpha. All rights reserved."
	checkQuotes(t, in, []wantQuote{
		{"Good afternoon, and welcome to the call.", "Operator", ""},
		{"Thank you, operator, and good afternoon, everyone. With that, I'll turn it over to Ravi.", "Dolores Whitcombe", ""},
		{"Thanks, Dolores. Q2 was a quarter of two halves.", "Ravi Subramaniam", ""},
		{"Our next question comes from Yuki Tanabe with Briarcliff Securities.", "Operator", ""},
		{"Good afternoon. What's the payback period you're underwriting?", "Yuki Tanabe", ""},
		{"About four years, Yuki.", "Ravi Subramaniam", ""},
	})
}

// TestAnyNewsFamilyAfterWovenQuote: a quote woven into a sentence that
// ends ", his family said" is the family's.
func TestAnyNewsFamilyAfterWovenQuote(t *testing.T) {
	t.Parallel()
	in := "Derek Ashworth, 68, a retired bus driver, died in a house fire at his home in Stockton-on-Tees.\n\n" +
		"Mr Ashworth had gone back inside to look for his dog, neighbours said.\n\n" +
		"He had bought the charger online because it was ‘half the price’ of the real thing, his family said last night."
	checkSpeakerOf(t, in, "half the price", "Ashworth family")
}

// TestAnyNewsInitialsInBrackets: "the DfI said" is the Department for
// Infrastructure the story wrote out before its initials in brackets.
func TestAnyNewsInitialsInBrackets(t *testing.T) {
	t.Parallel()
	in := "Councillor Róisín Ní Mhurchú said she had written to the Department for Infrastructure (DfI) three times about the road.\n\n" +
		"In a statement, the DfI said it \"extends its deepest sympathies to the Maguire family\"."
	checkSpeakerOf(t, in, "extends its deepest sympathies to the Maguire family", "Department for Infrastructure")
}

// TestAnyNewsSentencingTranscriptInStory: a story that carries a
// sentencing's transcript gives "THE COURT:" to the judge and "THE
// DEFENDANT:" to the one sentenced, as the story names them.
func TestAnyNewsSentencingTranscriptInStory(t *testing.T) {
	t.Parallel()
	in := "Read the judge’s full remarks as Kuusisto is sentenced for Island Lake boat crash\n\n" +
		"Judge Catherine Thorsgaard sentenced Bradley Kuusisto, 38, to 57 months in prison on Tuesday.\n\n" +
		"THE COURT: We’re on the record. Mr. Kuusisto is present with Mr. Voss.\n\n" +
		"MR. VOSS: Thank you, Your Honor.\n\n" +
		"THE COURT: Mr. Kuusisto, you have the right to address the Court.\n\n" +
		"THE DEFENDANT: I want to. I’m sorry.\n\n" +
		"THE COURT: Thank you. Please remain standing."
	checkSpeakerOf(t, in, "We’re on the record. Mr. Kuusisto is present with Mr. Voss.", "Catherine Thorsgaard")
	checkSpeakerOf(t, in, "I want to. I’m sorry.", "Bradley Kuusisto")
}

// TestAnyNewsDocumentItsMakerPublished: "a technical write-up Sablefish
// published Wednesday" is Sablefish's when "the write-up says".
func TestAnyNewsDocumentItsMakerPublished(t *testing.T) {
	t.Parallel()
	in := "Baby monitor maker recalls cameras after researchers watch strangers’ streams\n\nResearchers at Sablefish Security found the flaw in March.\n\n" +
		"According to a technical write-up Sablefish published Wednesday morning, the app requested a stream by sending the camera’s serial number.\n\n" +
		"“Once you had one, you basically had all of them,” the write-up says."
	checkSpeakerOf(t, in, "Once you had one, you basically had all of them,", "Sablefish")
}

// TestAnyNewsBriefingSectionOpensTheFloor: at a briefing where the
// spokesperson calls reporters by name, a section heading ("**Questions
// and Answers") opens the floor again: the questions after it are a
// reporter's, not the last one called on.
func TestAnyNewsBriefingSectionOpensTheFloor(t *testing.T) {
	t.Parallel()
	in := "Noon briefing by Mireille Dubois, Spokesperson for the Secretary-General\n\n" +
		"Spokesperson: Good afternoon. Our guest today is Ilse Ferreira-Lund of the World Food Programme.\n\n" +
		"Spokesperson: Thank you, Ilse. Questions for Ilse first. Edie?\n\n" +
		"Question: Thank you, Mireille. How much do you need?\n\n" +
		"Ms. Ferreira-Lund: For the next six months, 148 million dollars.\n\n" +
		"Question: Just to follow up, when does the money run out?\n\n" +
		"Ms. Ferreira-Lund: In March.\n\n" +
		"**Questions and Answers\n\n" +
		"Question: Mireille, on the ferry. Was it licensed?\n\n" +
		"Spokesperson: I think it is too early to draw conclusions."
	checkSpeakerOf(t, in, "Just to follow up, when does the money run out?", "Edie")
	checkSpeakerOf(t, in, "Mireille, on the ferry. Was it licensed?", "a reporter")
}

// TestAnyNewsTheyAfterFrontedPhrase: "they write" after "In the paper,
// the researchers are careful ..." is the researchers.
func TestAnyNewsTheyAfterFrontedPhrase(t *testing.T) {
	t.Parallel()
	in := "Farahani says the damaged plant most likely releases a compound through the fungal network.\n\n" +
		"In the paper, the researchers are careful about the limits of their work. \"Our results demonstrate that a connection is necessary under controlled conditions,\" they write."
	checkSpeakerOf(t, in, "Our results demonstrate that a connection is necessary under controlled conditions,", "researchers")
}
