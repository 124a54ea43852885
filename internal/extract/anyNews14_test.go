package extract

import "testing"

// TestAnyNewsModifiersBeforeRole: after "said", a run of lower-case
// modifiers before a role ("county emergency management director Carla
// Hinton") still leads to the name, and the quote's second half after the
// attribution is hers, not an earlier organisation's spokesman's.
func TestAnyNewsModifiersBeforeRole(t *testing.T) {
	t.Parallel()
	in := "A spokesman for Tarrow Power said crews from out of state had been brought in.\n\nThe county has opened a warming center at the library.\n\n“If your home is getting cold, don't heat it with a grill,” said county emergency management director Carla Hinton. “Come see us. We have cots, we have coffee.”"
	checkQuotes(t, in, []wantQuote{{"If your home is getting cold, don't heat it with a grill,", "Carla Hinton", ""},
		{"Come see us. We have cots, we have coffee.", "Carla Hinton", ""}})
}

// TestAnyNewsHeadlineDownThePage: a live page's entry headline quoting a
// description ("Economy minister ... 'could be delayed'") is the words of
// the person the entry's story quotes saying them; an entry headline
// that names its speaker ("Port authority: ...") keeps them.
func TestAnyNewsHeadlineDownThePage(t *testing.T) {
	t.Parallel()
	in := "Live updates: port strike enters third day\n\nBy Staff\n\nThe strike at the southern port entered its third day on Wednesday, with dozens of ships waiting offshore.\n\n4:47 pm\nEconomy minister reportedly told associates reform 'could be delayed'\n\nEconomy Minister Natan Arbel-Shaked has told associates that the port reform \"could be delayed by a few months\" if that is what it takes to end the strike, Channel 12 news reported.\n\n3:10 pm\nPort authority: Backlog 'will take weeks to clear'\n\nThe port authority said in a statement that the backlog \"will take weeks to clear\" once work resumes, according to its chief executive, Dorit Lavan."
	checkQuotes(t, in, []wantQuote{{"could be delayed", "Natan Arbel-Shaked", ""}, {"could be delayed by a few months", "Natan Arbel-Shaked", ""},
		{"will take weeks to clear", "Port authority", ""}, {"will take weeks to clear", "port authority", ""}})
}

// TestAnyNewsOfficeNamingNoOne: "The Prime Minister said" in a story that
// never names the holder is the office, not "Minister" titled "Prime";
// a headline's words the office says are still the person the story
// quotes saying them.
func TestAnyNewsOfficeNamingNoOne(t *testing.T) {
	t.Parallel()
	in := "First Minister says councils 'must make their own decisions' on pools\n\nHolyrood debated pool closures on Tuesday.\n\nAt First Minister's Questions, Alasdair Lorimer said councils “must make their own decisions” about their estates.\n\nThe Prime Minister said: “We will act.”"
	checkQuotes(t, in, []wantQuote{{"must make their own decisions", "Alasdair Lorimer", ""}, {"must make their own decisions", "Alasdair Lorimer", ""},
		{"We will act.", "Prime Minister", ""}})
}

// TestAnyNewsMoreLaterEpithets: "the monarch" after a chief named with
// his title, and "the California Democrat" after "Rep. Corinne Aldaco
// (D-Calif.)", are the person just named.
func TestAnyNewsMoreLaterEpithets(t *testing.T) {
	t.Parallel()
	in := "The Baale of Ewu-Elepe, Chief Mustapha Adisa Olaleye, said the community had written letters about the bridge.\n\nThe monarch said, \"We saw cracks on that bridge since last year.\"\n\nRep. Corinne Aldaco (D-Calif.) negotiated the amendment over the weekend.\n\n\"They asked for the extra time,\" the California Democrat said."
	checkQuotes(t, in, []wantQuote{{"We saw cracks on that bridge since last year.", "Mustapha Adisa Olaleye", ""},
		{"They asked for the extra time,", "Corinne Aldaco", ""}})
}

// TestAnyNewsBriefingAskers: a briefing's transcript names its moderator
// in the header ("Moderator: NAME, Head of Communications"), whose
// "MODERATOR:" turns are theirs; a question opening with its asker in
// brackets is the asker's, from after the brackets; a reporter who gives
// their name early in the question ("It's Tom Ashbourne from the Racing
// Post") asked it, but "This is Fox News, right?" names no asker; the
// header's "Speakers:" line is no one's turn.
func TestAnyNewsBriefingAskers(t *testing.T) {
	t.Parallel()
	in := "TRANSCRIPT: Media briefing on the festival samples\n\nSpeakers: Dr Orla Brenagh, Chief Executive; Dr Cathal Rooney, Chief Veterinary Officer\nModerator: Sinéad Kearns-Doyle, Head of Communications\n\nMODERATOR: Good afternoon, everyone. Dr Brenagh will open.\n\nDR. ORLA BRENAGH: Thank you. The system worked.\n\nQ: (Eamon Gallagher, The Irish Field) Does the result stand?\n\nDR. ORLA BRENAGH: It stands for now.\n\nQ: [inaudible] — sorry, can you hear me? It's Tom Ashbury from the Racing Post. Will bookmakers pay out?\n\nDR. ORLA BRENAGH: That is a matter for them.\n\nQ: [Reporter at the back; name not given] Are there more to come?\n\nDR. CATHAL ROONEY: I won't comment on other samples.\n\nQ: This is Fox News, right? Will you resign?\n\nDR. CATHAL ROONEY: No.\n\nMODERATOR: Thank you all."
	checkQuotes(t, in, []wantQuote{{"Good afternoon, everyone. Dr Brenagh will open.", "Sinéad Kearns-Doyle", ""},
		{"Thank you. The system worked.", "Orla Brenagh", ""}, {"Does the result stand?", "Eamon Gallagher", ""},
		{"It stands for now.", "Orla Brenagh", ""},
		{"[inaudible] — sorry, can you hear me? It's Tom Ashbury from the Racing Post. Will bookmakers pay out?", "Tom Ashbury", ""},
		{"That is a matter for them.", "Orla Brenagh", ""}, {"Are there more to come?", "a reporter", ""},
		{"I won't comment on other samples.", "Cathal Rooney", ""}, {"This is Fox News, right? Will you resign?", "a reporter", ""},
		{"No.", "Cathal Rooney", ""}, {"Thank you all.", "Sinéad Kearns-Doyle", ""}})
}

// TestAnyNewsTradeNounEpithets: a description headed by a trade's noun ("the
// retired boilermaker") or "national" ("the Greek national") stands for
// the person just named.
func TestAnyNewsTradeNounEpithets(t *testing.T) {
	t.Parallel()
	in := "Barry Tognoli, who has lived in the town since 1986, was loading sandbags into his ute.\n\n\"This one's got me nervous,\" the retired boilermaker said.\n\nStelios Karamanlis, who runs a dive centre in Dibba, said demand had grown.\n\n“Nobody gets paid. Everybody comes back,” said the Greek national, who has lived in the UAE since 2006."
	checkQuotes(t, in, []wantQuote{{"This one's got me nervous,", "Barry Tognoli", ""}, {"Nobody gets paid. Everybody comes back,", "Stelios Karamanlis", ""}})
}

// TestAnyNewsIntroducedQuote: a live page's paragraph that only hands
// over to the quotation after it ("X has given her latest update",
// "Dr Y, medical officer of health, has put out a reminder to
// residents") gives that quotation, and its later paragraphs, to the
// person it names first, not to the organisation quoted before.
func TestAnyNewsIntroducedQuote(t *testing.T) {
	t.Parallel()
	in := "Watertown Utilities said in a statement that it would work with property owners.\n\nWatertown Utilities head of operations Shona Mahon has given her latest update at the Keith Park water station.\n\n“The pipe is isolated and the crews are in the hole.”\n\nMahon said the pipe was due for renewal in 2027.\n\nDr Ishaan Venkat, medical officer of health with the regional health service, has put out a reminder to residents.\n\n“Boil all water used for drinking and cooking.\n\n“If anyone develops vomiting in the next few days, call the health line.”"
	checkQuotes(t, in, []wantQuote{{"The pipe is isolated and the crews are in the hole.", "Shona Mahon", ""},
		{"Boil all water used for drinking and cooking.", "Ishaan Venkat", ""},
		{"If anyone develops vomiting in the next few days, call the health line.", "Ishaan Venkat", ""}})
}

// TestAnyNewsListSubjectParaphrase: a report whose subject is a list of
// nouns ("said deputies, Cherokee County Fire and several ambulances
// responded") is a paraphrase; "X interrupt those cycles and give
// microbes a head start" still is none.
func TestAnyNewsListSubjectParaphrase(t *testing.T) {
	t.Parallel()
	in := "A school bus overturned on Tuesday.\n\nIn a statement posted to Facebook, the sheriff's office said deputies, Cherokee County Fire and several ambulances responded to the scene.\n\nFire Chief Dana Welch said firefighters and paramedics stayed until dark.\n\nFreeze-thaw cycles drive sap flow; extended warm stretches interrupt those cycles and give microbes a head start."
	checkParaphrases(t, in, []wantPara{{"deputies, Cherokee County Fire and several ambulances responded to the scene", "sheriff's office"},
		{"firefighters and paramedics stayed until dark", "Dana Welch"}})
}

// TestAnyNewsQuotedAsSaying: "“...,” the spokesman quoted the prime
// minister as saying" gives the words to the one quoted, by the name the
// story gave the office.
func TestAnyNewsQuotedAsSaying(t *testing.T) {
	t.Parallel()
	in := "The cabinet approved the levy, according to government spokesman Anucha Thongdee.\n\nHe said Prime Minister Srisuda Phongpanich told the meeting the levy was no tax on visitors.\n\n\"We want every guest to know they will be looked after,\" the spokesman quoted the prime minister as saying."
	checkQuotes(t, in, []wantQuote{{"We want every guest to know they will be looked after,", "Srisuda Phongpanich", ""}})
}

// TestAnyNewsOfficeTitledLater: a deck's office of two words ("Presidential
// spokesperson says ...") is the one person the story gives that title
// further down ("Presidential spokesperson Federico Lanús ... said").
func TestAnyNewsOfficeTitledLater(t *testing.T) {
	t.Parallel()
	in := "Gas subsidy cut for millions\n\nPresidential spokesperson says the subsidy regime was \"a privilege paid for by everyone\"; governors warn bills will double.\n\nPresidential spokesperson Federico Lanús, speaking at his daily press conference, said the discount would be kept only for registered households.\n\n\"Nobody who really needs help will lose it,\" Lanús told reporters."
	checkQuotes(t, in, []wantQuote{{"a privilege paid for by everyone", "Federico Lanús", ""}, {"Nobody who really needs help will lose it,", "Federico Lanús", ""}})
}

// TestAnyNewsHeadlineWordEcho: a headline's one quoted word that a group
// says ("Patients describe ‘undignified’ waits") is the words of the one
// person the story quotes using it.
func TestAnyNewsHeadlineWordEcho(t *testing.T) {
	t.Parallel()
	in := "Patients describe ‘undignified’ waits in hospital corridors\n\nPatients at the city's hospital have waited up to 40 hours on trolleys.\n\nHer daughter, Claire Ellis, said her mother could not use a toilet without being wheeled past other patients, which she described as “completely undignified”.\n\n“We are working hard to reduce waits,” said the trust's chief executive, Amir Shah."
	checkQuotes(t, in, []wantQuote{{"undignified", "Claire Ellis", ""}, {"completely undignified", "Claire Ellis", ""},
		{"We are working hard to reduce waits,", "Amir Shah", ""}})
}

// TestAnyNewsParlInfoHansard: Australian Hansard as ParlInfo prints it:
// labels with the seat and the time in brackets ("Mr BRANAGAN
// (Riverina) (14:22):"), whose time's colon is no label's end; the
// record's list of who spoke ("Speaker: Branagan, Declan, MP; ...")
// gives the full names and is no one's turn; "Banking: Regional
// Branches" is a heading.
func TestAnyNewsParlInfoHansard(t *testing.T) {
	t.Parallel()
	in := "ParlInfo - QUESTIONS WITHOUT NOTICE : Banking\n\nMetadata\nDatabase: House Hansard\nQuestioner: Branagan, Declan, MP\nSpeaker: Branagan, Declan, MP; Tregoning, Ailsa, MP\nResponder: Tregoning, Ailsa, MP\n\nQUESTIONS WITHOUT NOTICE\nBanking: Regional Branches\n\nMr BRANAGAN (Riverina) (14:22): My question is to the Assistant Treasurer. Why did the branch close?\n\nMs TREGONING (Bass—Assistant Treasurer) (14:23): I thank the member for Riverina for his question.\n\nThe SPEAKER: The member for Riverina has asked his question.\n\nMs TREGONING: I have the letter here."
	checkQuotes(t, in, []wantQuote{{"My question is to the Assistant Treasurer. Why did the branch close?", "Declan Branagan", ""},
		{"I thank the member for Riverina for his question.", "Ailsa Tregoning", ""},
		{"The member for Riverina has asked his question.", "The Speaker", ""}, {"I have the letter here.", "Ailsa Tregoning", ""}})
}

// TestAnyNewsForumThread: a thread copied from a forum's page, each
// comment under "u/NAME • 9 hr. ago" and closed by its votes and
// buttons: every paragraph is its author's, the poster's by the name
// the post gives ("My name is Gus Thorby"); the post's flair, a removed
// comment and the buttons are no one's; "EDIT:" is no label.
func TestAnyNewsForumThread(t *testing.T) {
	t.Parallel()
	in := "r/IAmA\nPosted by u/night_groomer_gus • 9 hr. ago\nUnique Experience\n\nI groom ski runs overnight. AMA!\n\nHey Reddit. My name is Gus Thorby and I groom runs in Colorado.\n\nEDIT: wow, this blew up.\n\n8.4k    612 Comments    Share    Award\n\nu/powderday_paloma • 9 hr. ago\nWhat's the scariest thing that's happened up there?\n2.3k   Reply   Share\n\n  u/night_groomer_gus OP • 9 hr. ago\n  Winching on a steep pitch in a whiteout.\n\n  I still think about it.\n  1.9k   Reply   Share\n\nu/[deleted] • 7 hr. ago\n[removed]\n\nu/snow_parent • 7 hr. ago\nWhat's the pay like?\n488   Reply   Share"
	checkQuotes(t, in, []wantQuote{{"I groom ski runs overnight. AMA!", "Gus Thorby", ""},
		{"Hey Reddit. My name is Gus Thorby and I groom runs in Colorado.", "Gus Thorby", ""}, {"EDIT: wow, this blew up.", "Gus Thorby", ""},
		{"What's the scariest thing that's happened up there?", "powderday_paloma", ""},
		{"Winching on a steep pitch in a whiteout.", "Gus Thorby", ""}, {"I still think about it.", "Gus Thorby", ""},
		{"What's the pay like?", "snow_parent", ""}})
}

// TestAnyNewsAgeAfterTwoNamed: "the 24-year-old" after a sentence naming
// two people is the one named last.
func TestAnyNewsAgeAfterTwoNamed(t *testing.T) {
	t.Parallel()
	in := "The visitors looked set to win after Lebohang Sekgobela's first-half strike, but the hosts kept pushing and were rewarded in added time when Siyabonga Ndlela rose above two defenders to head home.\n\n\"I just closed my eyes and attacked the ball,\" said the 24-year-old."
	checkQuotes(t, in, []wantQuote{{"I just closed my eyes and attacked the ball,", "Siyabonga Ndlela", ""}})
}

// TestAnyNewsCouncilTitles: "Assemblymember", "Councilmember" and the like
// are titles before a name, not part of it.
func TestAnyNewsCouncilTitles(t *testing.T) {
	t.Parallel()
	in := "“Every parent understands sunscreen,” said Assemblymember Marisela Ontiveros, a Democrat from Fresno.\n\n“We will vote no,” Councilwoman Dana Pruitt said."
	checkQuotes(t, in, []wantQuote{{"Every parent understands sunscreen,", "Marisela Ontiveros", ""}, {"We will vote no,", "Dana Pruitt", ""}})
}

// TestAnyNewsTurnInMarks: a turn printed whole in quotation marks ("Mr
// Quilty: “...”") is the words inside them; a page's "Share:" and
// "Aired:" lines are no one's turns.
func TestAnyNewsTurnInMarks(t *testing.T) {
	t.Parallel()
	in := "Island Morning\n\nAired: Tuesday, April 8, 2025\n\nShare: Facebook | X | Email\n\nThe exchange was as follows:\n\nMr Quilty: “You’ve lied to your employer. Why should they believe you?”\n\nMr Sorell: “Because I’ve got nothing left to lie about.”\n\nMr Quilty: “You were offered a deal.”"
	checkQuotes(t, in, []wantQuote{{"You’ve lied to your employer. Why should they believe you?", "Quilty", ""},
		{"Because I’ve got nothing left to lie about.", "Sorell", ""}, {"You were offered a deal.", "Quilty", ""}})
}

// TestAnyNewsCompanyQuotedUp: "The company said" paragraphs after the
// firm last spoke, with a CNN paragraph between, is the firm.
func TestAnyNewsCompanyQuotedUp(t *testing.T) {
	t.Parallel()
	in := "The cruise line cut the trip short on Thursday.\n\nIn a statement, Meridian Coast Cruises said it had “implemented enhanced sanitation protocols” after the first reports of illness.\n\nCNN has reached out to the line for more details.\n\nPassengers described long waits for help.\n\nThe company said passengers would receive a refund and that the ship would undergo what it called a “deep sanitization” before its next departure."
	checkQuotes(t, in, []wantQuote{{"implemented enhanced sanitation protocols", "Meridian Coast Cruises", ""}, {"deep sanitization", "Meridian Coast Cruises", ""}})
}

// TestAnyNewsSportsTitles: "Amateur" and "Rookie" before a name are
// descriptions of the player, not part of the name.
func TestAnyNewsSportsTitles(t *testing.T) {
	t.Parallel()
	in := "“Watching him today, you see what's possible,” said Amateur Niall Prendergast, who finished tied 40th.\n\n“I just tried to stay calm,” Rookie Dara Kilbane said."
	checkQuotes(t, in, []wantQuote{{"Watching him today, you see what's possible,", "Niall Prendergast", ""}, {"I just tried to stay calm,", "Dara Kilbane", ""}})
}

// TestAnyNewsSenateHearingMixedCase: a Senate hearing as the Government
// Publishing Office prints it, labels in mixed case ("Senator
// Hegstad.", "Dr. Ochoa-Brandt.") under centred statement headings,
// whose last line ("OF MONTANA") heads no list.
func TestAnyNewsSenateHearingMixedCase(t *testing.T) {
	t.Parallel()
	in := "                    U.S. Senate\n\n  OPENING STATEMENT OF HON. LORNA HEGSTAD, U.S. SENATOR FROM THE STATE \n                              OF MONTANA\n\n    Senator Hegstad. Good morning. The Subcommittee will come to order.\n    Half of the counties have no food-animal veterinarian.\n\n  STATEMENT OF DR. MARISELA OCHOA-BRANDT, DVM, OWNER, HIGH PLAINS VETERINARY\n\n    Dr. Ochoa-Brandt. Thank you, Chairwoman Hegstad.\n    Senator Hegstad. Thank you. Senator Dahlberg.\n    Senator Dahlberg. Thank you, Madam Chair.\n    Dr. Ochoa-Brandt. You're welcome."
	checkQuotes(t, in, []wantQuote{{"Good morning. The Subcommittee will come to order.", "Lorna Hegstad", ""},
		{"Half of the counties have no food-animal veterinarian.", "Lorna Hegstad", ""},
		{"Thank you, Chairwoman Hegstad.", "Marisela Ochoa-Brandt", ""}, {"Thank you. Senator Dahlberg.", "Lorna Hegstad", ""},
		{"Thank you, Madam Chair.", "Dahlberg", ""}, {"You're welcome.", "Marisela Ochoa-Brandt", ""}})
}

// TestAnyNewsOfficeAndPresenterNames: a parliament's "The Prime Minister
// (Graham Tolhurst):" gives the later "The Prime Minister:" turns their
// holder; a phone-in's presenter who says "I’m Stacey Vellacott" in the
// first turn is the "PRESENTER:" of the rest.
func TestAnyNewsOfficeAndPresenterNames(t *testing.T) {
	t.Parallel()
	in := "Q1. Naomi Fretwell (Warrington North) (Lab): If he will list his official engagements.\n\nThe Prime Minister (Graham Tolhurst): I have had meetings with colleagues.\n\nNaomi Fretwell: Will he cut standing charges?\n\nThe Prime Minister: We will bring forward legislation."
	checkQuotes(t, in, []wantQuote{{"If he will list his official engagements.", "Naomi Fretwell", ""},
		{"I have had meetings with colleagues.", "Graham Tolhurst", ""}, {"Will he cut standing charges?", "Naomi Fretwell", ""},
		{"We will bring forward legislation.", "Graham Tolhurst", ""}})
	in = "Phone-in\n\nPRESENTER: It’s five past ten, you’re listening to BBC Radio Norfolk, I’m Stacey Vellacott, and the phones are busy.\n\nMAUREEN: Where’s the help going to be?\n\nPRESENTER: Well, you’re very welcome.\n\nMAUREEN: Thank you, love."
	checkQuotes(t, in, []wantQuote{{"It’s five past ten, you’re listening to BBC Radio Norfolk, I’m Stacey Vellacott, and the phones are busy.", "Stacey Vellacott", ""},
		{"Where’s the help going to be?", "Maureen", ""}, {"Well, you’re very welcome.", "Stacey Vellacott", ""}, {"Thank you, love.", "Maureen", ""}})
}

// TestAnyNewsCourtRecordCaption: a court's verbatim report that names the
// judge inside the caption's paragraph ("... before the HONORABLE
// BEATRIX OKONKWO-SANDS, Judge ...") and the witness on the line over
// "having been first duly sworn": THE COURT is the judge, the answers
// the witness's.
func TestAnyNewsCourtRecordCaption(t *testing.T) {
	t.Parallel()
	in := "          BE IT REMEMBERED that on Wednesday, March 5, 2025, the above-entitled matter came on for trial before the HONORABLE BEATRIX OKONKWO-SANDS, Judge of the Superior Court.\n\nTHE COURT: Please be seated. Ms. Reynoso, call your next witness.\n\nMS. REYNOSO: The State calls Colleen Ashwater.\n\n                     COLLEEN ASHWATER,\n      having been first duly sworn, testified as follows:\n\nBY MS. REYNOSO:\n\nQ. How are you employed?\n\nA. I'm a deputy fire marshal.\n\nTHE COURT: Overruled."
	checkQuotes(t, in, []wantQuote{{"Please be seated. Ms. Reynoso, call your next witness.", "Beatrix Okonkwo-Sands", ""},
		{"The State calls Colleen Ashwater.", "Reynoso", ""}, {"How are you employed?", "Reynoso", ""},
		{"I'm a deputy fire marshal.", "Colleen Ashwater", ""}, {"Overruled.", "Beatrix Okonkwo-Sands", ""}})
}

// TestAnyNewsBriefingStatementRunsOn: a briefer's opening statement runs
// over more paragraphs than a story between turns would, some of them
// quoting others, and is still the briefer's while it speaks in the first
// person.
func TestAnyNewsBriefingStatementRunsOn(t *testing.T) {
	t.Parallel()
	in := "Press Briefing\n\nMS. HARTSFIELD: Good afternoon, everybody.\n\nI want to start with the situation at the Soo Locks.\n\nThe President was briefed within the hour.\n\nHe also spoke with the Governor, who said Michigan is \"ready to help.\"\n\nTo walk you through the engineering, I've asked the General to join us.\n\nLT. GEN. ABLEWHITE: Thank you, Delia.\n\nMS. HARTSFIELD: Questions for the General."
	checkQuotes(t, in, []wantQuote{{"Good afternoon, everybody.", "Hartsfield", ""}, {"I want to start with the situation at the Soo Locks.", "Hartsfield", ""},
		{"The President was briefed within the hour.", "Hartsfield", ""},
		{"He also spoke with the Governor, who said Michigan is \"ready to help.\"", "Hartsfield", ""},
		{"To walk you through the engineering, I've asked the General to join us.", "Hartsfield", ""},
		{"Thank you, Delia.", "Ablewhite", ""}, {"Questions for the General.", "Hartsfield", ""}})
}

// TestAnyNewsAgedOffice: "the 58-year-old former finance minister" after
// the person is named is that person, not whoever holds the office.
func TestAnyNewsAgedOffice(t *testing.T) {
	t.Parallel()
	in := "Opposition leader Chisomo Mvula-Banda rejected the tally on Tuesday and demanded an audit.\n\n\"What our monitors signed is not what was announced,\" the 58-year-old former finance minister told supporters."
	checkQuotes(t, in, []wantQuote{{"What our monitors signed is not what was announced,", "Chisomo Mvula-Banda", ""}})
}

// TestAnyNewsAgedDescription: a description with an age, whatever its
// noun ("the 24-year-old apprentice woodcarver"), is the person named
// just before.
func TestAnyNewsAgedDescription(t *testing.T) {
	t.Parallel()
	in := "KHIVA, Uzbekistan (Xinhua) -- In a sunlit courtyard, Sardor Matyakubov runs his palm along a freshly carved elm column.\n\n\"When I started, I was afraid to touch anything here,\" the 24-year-old apprentice woodcarver told Xinhua."
	checkQuotes(t, in, []wantQuote{{"When I started, I was afraid to touch anything here,", "Sardor Matyakubov", ""}})
}

// TestAnyNewsAgeLooksBack: "says the 81-year-old" two sentences about
// her after she was named is still her.
func TestAnyNewsAgeLooksBack(t *testing.T) {
	t.Parallel()
	in := "Every Tuesday and Friday for 14 years, Brenda Vickerstaff has waited at the same bus stop in Tetford.\n\nShe does her shopping and is home by two. From 26 April, she won’t be able to.\n\n‘It’s not just a bus,’ says the 81-year-old, who gave up driving in 2019."
	checkQuotes(t, in, []wantQuote{{"It’s not just a bus,", "Brenda Vickerstaff", ""}})
}
