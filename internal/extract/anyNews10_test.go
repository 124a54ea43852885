package extract

import (
	"testing"

	"github.com/quotetrail/quotetrail/internal/extract/internal/nameform"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
)

// TestAnyNewsEpithetForTheSubject: "the Norwegian" after a sentence
// naming two people is the one who was its subject, not the one named
// after a verb ("refused to discuss Falcão").
func TestAnyNewsEpithetForTheSubject(t *testing.T) {
	t.Parallel()
	in := "Wolverhampton Wanderers have agreed a deal with Porto for midfielder Duarte Falcão.\n\nThe 23-year-old is due in the West Midlands on Saturday.\n\nSpeaking at his press conference on Friday, before the fee had been agreed, Wolves head coach Tomas Brekke refused to discuss Falcão by name.\n\n“I’m not going to talk about players from other clubs. That’s not fair on them,” the Norwegian said."
	checkQuotes(t, in, []wantQuote{{"I’m not going to talk about players from other clubs. That’s not fair on them,", "Tomas Brekke", ""}})
	checkGenreSpeaker(t, "athletic_wolves_porto_falcao_transfer", "I’m not going to talk", "Tomas Brekke")
}

// TestAnyNewsRoleInApposition: "Her coach, Iñaki Berasategui," opens a
// sentence with a man whose "her" is someone else's; the "he" after is
// him, not a name from a newsletter box.
func TestAnyNewsRoleInApposition(t *testing.T) {
	t.Parallel()
	in := "Marta Escolano beat the British No 1 in straight sets.\n\nPrivacy Notice: Newsletters may contain info about charities.\n\nHer coach, Iñaki Berasategui, has been credited with transforming her return of serve. In an interview before the tournament, he said Escolano had spent “hours and hours” inside the baseline."
	checkQuotes(t, in, []wantQuote{{"hours and hours", "Iñaki Berasategui", ""}})
	checkGenreSpeaker(t, "guardian_usopen_escolano_clarke", "hours and hours", "Iñaki Berasategui")
}

// TestAnyNewsSpeakerLineTranscript: an earnings call printed with each
// speaker on a line of their own ("Name -- Title") gives every paragraph
// under the line as that speaker's quote, the operator included.
func TestAnyNewsSpeakerLineTranscript(t *testing.T) {
	t.Parallel()
	in := "Brightwell Foods (BWF) Q2 2026 Earnings Call Transcript\n\nPrepared Remarks:\n\nOperator\n\nGood morning, and welcome to the call. [Operator Instructions]\n\nAda Brenner -- Chief Executive Officer\n\nThanks, operator. Sales rose 6% in the quarter.\n\nWe are raising our guidance.\n\nQuestions & Answers:\n\nOperator\n\n[Operator Instructions] Our first question is from Li Wen with Harbour Securities.\n\nLi Wen -- Harbour Securities -- Analyst\n\nHow much of that was pricing?\n\nAda Brenner -- Chief Executive Officer\n\nAbout a third, Li."
	checkQuotes(t, in, []wantQuote{{"Good morning, and welcome to the call. [Operator Instructions]", "Operator", ""},
		{"Thanks, operator. Sales rose 6% in the quarter.", "Ada Brenner", ""}, {"We are raising our guidance.", "Ada Brenner", ""},
		{"[Operator Instructions] Our first question is from Li Wen with Harbour Securities.", "Operator", ""},
		{"How much of that was pricing?", "Li Wen", ""}, {"About a third, Li.", "Ada Brenner", ""}})
}

// TestAnyNewsTitleGivesGender: "he" is never "Ms Drury", whatever the
// pronouns before made of her: the subject of the sentence before.
func TestAnyNewsTitleGivesGender(t *testing.T) {
	t.Parallel()
	in := "Imogen Drury, prosecuting, said the carer had taken £186,000.\n\n“He told anyone who would listen that she was his guardian angel,” Ms Drury said.\n\nIn a victim personal statement read to the court by Ms Drury, Martin Prentice, 59, said his father had died in February.\n\n“Dad spent the last year of his life ashamed and frightened,” he said."
	checkQuotes(t, in, []wantQuote{{"He told anyone who would listen that she was his guardian angel,", "Imogen Drury", ""},
		{"Dad spent the last year of his life ashamed and frightened,", "Martin Prentice", ""}})
	checkGenreSpeaker(t, "thetimes_carer_fraud", "Dad spent the last year", "Martin Prentice")
}

// TestAnyNewsOfficeQuotedBefore: "The judge said" after "Judge Philippa
// Crane KC told her: “...”" is the judge quoted, not the one she spoke
// to, and so is the "she" after it.
func TestAnyNewsOfficeQuotedBefore(t *testing.T) {
	t.Parallel()
	in := "Donna Kettering, 52, admitted fraud.\n\nSentencing, Judge Philippa Crane KC told her: “You were welcomed into his home as a carer.”\n\nThe judge said the messages revealed “the contempt in which you held him”.\n\n“When you wrote that he hadn’t got a clue, you were not joking,” she said."
	checkQuotes(t, in, []wantQuote{{"You were welcomed into his home as a carer.", "Philippa Crane", ""}, {"the contempt in which you held him", "Philippa Crane", ""},
		{"When you wrote that he hadn’t got a clue, you were not joking,", "Philippa Crane", ""}})
}

// TestAnyNewsStatementOverParagraphs: "the statement reads" after a
// statement quoted over three paragraphs is the body that issued it,
// named before its first.
func TestAnyNewsStatementOverParagraphs(t *testing.T) {
	t.Parallel()
	in := "In a statement on Sunday in Abuja, the Presidency said the President had directed the ministry to act.\n\n“The President is fully aware of the pressure that households are under. He feels it, and he has made it clear that the burden must be shared fairly.\n\n“But the sector owes gas suppliers over N4 trillion. A tariff that does not cover the cost of generation is not a gift to Nigerians.\n\n“We urge the leadership of organised labour to return to the negotiating table,” the statement reads in part.\n\nThe Nigerian Electricity Regulatory Commission (NERC) had, in an order, raised the rate. The commission said the review reflected the naira's fall."
	checkQuotes(t, in, []wantQuote{{"The President is fully aware of the pressure that households are under. He feels it, and he has made it clear that the burden must be shared fairly.", "Presidency", ""},
		{"But the sector owes gas suppliers over N4 trillion. A tariff that does not cover the cost of generation is not a gift to Nigerians.", "Presidency", ""},
		{"We urge the leadership of organised labour to return to the negotiating table,", "Presidency", ""}})
}

// TestAnyNewsEpithetPastAnItSentence: "the 61-year-old" after "It hangs
// on a hook ..." is the one named in the paragraph before, not a fire
// ("the Mesa Ridge fire") or a place ("San Gabriel") named since.
func TestAnyNewsEpithetPastAnItSentence(t *testing.T) {
	t.Parallel()
	in := "Six months after the Mesa Ridge fire, survivors say the county's plan leaves them behind.\n\nDelphine Okonkwo-Reyes still keeps the key to a house that no longer exists.\n\nIt hangs on a hook by the door of the hotel where the retired schoolteacher has lived since January, when the Mesa Ridge fire roared down towards San Gabriel.\n\n“I look at it every morning,” the 61-year-old said."
	checkQuotes(t, in, []wantQuote{{"I look at it every morning,", "Delphine Okonkwo-Reyes", ""}})
}

// TestAnyNewsOpenerNoName: "Later Monday" opening a sentence is no one
// the "she" after it stands for.
func TestAnyNewsOpenerNoName(t *testing.T) {
	t.Parallel()
	in := "Sen. Miriam Okafor, D-Colo., said the framework was a start.\n\nLater Monday, she posted a photo of the signed framework on X, writing, “Signed, sealed, delivered. Let’s finish the job.”"
	checkQuotes(t, in, []wantQuote{{"Signed, sealed, delivered. Let’s finish the job.", "Miriam Okafor", ""}})
	checkGenreSpeaker(t, "thehill_permitting_deal", "Signed, sealed", "Miriam Okafor")
}

// TestAnyNewsOfficeIsLastSpeaker: "the commissioner", an office the
// article gave no one, is the one quoted just before.
func TestAnyNewsOfficeIsLastSpeaker(t *testing.T) {
	t.Parallel()
	in := "Marisol Ketter, who chairs the county commission, has spent the summer looking for a new use for the bins.\n\nKetter does not think any of this will save the town. “I want the bins to stay standing,” she said. Demolishing them can cost upward of $300,000, which the co-op has no plans to spend.\n\n“You can see them from the interstate,” the commissioner said."
	checkQuotes(t, in, []wantQuote{{"I want the bins to stay standing,", "Marisol Ketter", ""}, {"You can see them from the interstate,", "Marisol Ketter", ""}})
	checkGenreSpeaker(t, "atlantic_grain_elevator_town", "You can see them from", "Marisol Ketter")
}

// TestAnyNewsDocumentAuthor: "the report said" is whoever the article
// said wrote it: "published ... by data firm Halden Insight", or the
// subject of "In a complaint filed Monday, the 29-year-old alleges".
func TestAnyNewsDocumentAuthor(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"published by", "The report, published on Monday by construction data firm Halden Insight, found that 84 firms failed.\n\n“Scaffolding firms sit at the end of the payment queue,” the report said.",
			[]wantQuote{{"Scaffolding firms sit at the end of the payment queue,", "Halden Insight", ""}}},
		{"filed by the subject", "Singer Kaia Mendel has sued her label.\n\nIn a complaint filed Monday in Los Angeles Superior Court, the 29-year-old alleges the label shelved her album.\n\n“The album is finished,” the complaint reads.",
			[]wantQuote{{"The album is finished,", "Kaia Mendel", ""}}},
		{"no author, a day", "Students will deliver a petition by Tuesday.\n\n“Closing the library at night falls hardest on students who work,” the petition says.",
			[]wantQuote{{"Closing the library at night falls hardest on students who work,", "the petition", ""}}},
	})
}

// TestAnyNewsItIsTheBody: "it said" or "It urged" after an organisation's
// words is that organisation.
func TestAnyNewsItIsTheBody(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"in a statement it said", "Donna Kettering, 52, was jailed.\n\nBrightCare Homecare, the agency that employed Kettering, said she had been dismissed. In a statement it said: “We are appalled by her actions.”",
			[]wantQuote{{"We are appalled by her actions.", "BrightCare Homecare", ""}}},
		{"it urged", "The Grid Forward Coalition, an alliance of utilities, said in a statement Monday that “the window is closing fast.” It urged both senators to “stop negotiating through the press.”",
			[]wantQuote{{"the window is closing fast.", "Grid Forward Coalition", ""}, {"stop negotiating through the press.", "Grid Forward Coalition", ""}}},
	})
}

// TestAnyNewsFamilySays: "his family said in a statement" beside a quote
// is the family of the one the story is about, not the publicist quoted
// last.
func TestAnyNewsFamilySays(t *testing.T) {
	t.Parallel()
	in := "Robert Castellano, the guitarist, has died at 78.\n\nCastellano died Sunday at his home, his publicist, Susan Merriweather, said Monday. She said he was surrounded by his family.\n\n“Dewey left this world the way he lived in it — loudly,” his family said in a statement. “We ask for privacy as we grieve.”"
	checkQuotes(t, in, []wantQuote{{"Dewey left this world the way he lived in it — loudly,", "Castellano family", ""}, {"We ask for privacy as we grieve.", "Castellano family", ""}})
}

// TestAnyNewsMessageSender: a message quoted after "that read:" is the
// words of whoever sent it, and "Another message" is theirs too.
func TestAnyNewsMessageSender(t *testing.T) {
	t.Parallel()
	in := "Donna Kettering, 52, admitted fraud.\n\nThe court heard that when his son queried a transfer, Kettering sent him a text message that read: “Your dad wanted to help with the wedding.”\n\nAnother message, sent to a friend and recovered from her phone by detectives, said: “Old boy hasn’t got a clue lol.”"
	checkQuotes(t, in, []wantQuote{{"Your dad wanted to help with the wedding.", "Donna Kettering", ""}, {"Old boy hasn’t got a clue lol.", "Donna Kettering", ""}})
}

// TestAnyNewsCallerNamedAlone: a caller "who gave her name only as
// Margaret from Lisburn" is known by that, and so is the "she" after.
func TestAnyNewsCallerNamedAlone(t *testing.T) {
	t.Parallel()
	in := "The minister faced callers on the phone-in.\n\nOne caller to the Nolan Show, who gave her name only as Margaret from Lisburn, said she had paid \"more in parking than in prescriptions\" last winter.\n\n\"Minister, come and sit in that car park at night,\" she told the programme."
	checkQuotes(t, in, []wantQuote{{"more in parking than in prescriptions", "Margaret from Lisburn", ""}, {"Minister, come and sit in that car park at night,", "Margaret from Lisburn", ""}})
}

// TestAnyNewsFamilyNameFirst: "For Mrs Tran, ..." names Tran Thi Lan, whose
// family name comes first, and the "she" after is her.
func TestAnyNewsFamilyNameFirst(t *testing.T) {
	t.Parallel()
	in := "Tran Thi Lan, 81, has lived at the home since 2021.\n\nA spokesperson for the Minister for Aged Care and Seniors said interpreting was funded.\n\nFor Mrs Tran, the loss of the daily visits has been hardest of all.\n\n“When the interpreter came every morning, I could ask about my tablets,” she says."
	checkQuotes(t, in, []wantQuote{{"When the interpreter came every morning, I could ask about my tablets,", "Tran Thi Lan", ""}})
	checkGenreSpeaker(t, "sbsnews_aged_care_interpreters", "When Chị Hoa", "Tran Thi Lan")
}

// TestAnyNewsTheCompanyPastBoilerplate: "the company said" is the firm
// the sentence before opens with ("Holderness Valley Foods, which freezes
// peas, wrote ..."), not a newsletter box's "Please try again later."
func TestAnyNewsTheCompanyPastBoilerplate(t *testing.T) {
	t.Parallel()
	in := "Sign up to our newsletter. Sorry, there seem to be some issues. Please try again later.\n\nHolderness Valley Foods, which freezes and packs peas at its factory near Hull, wrote to its 140 contracted growers last month.\n\nIn the letter, the company said it had faced “unprecedented” increases in costs."
	checkQuotes(t, in, []wantQuote{{"unprecedented", "Holderness Valley Foods", ""}})
}

// TestAnyNewsOfficeInABody: "Leader of the Opposition in the National
// Assembly Saifullah Khattak" is Saifullah Khattak, not "Assembly
// Saifullah Khattak".
func TestAnyNewsOfficeInABody(t *testing.T) {
	t.Parallel()
	in := "The bill was passed on Monday.\n\nReacting to the minister's remarks, Leader of the Opposition in the National Assembly Saifullah Khattak said the offer of talks was \"a photo session, not a dialogue\"."
	checkQuotes(t, in, []wantQuote{{"a photo session, not a dialogue", "Saifullah Khattak", ""}})
}

// TestAnyNewsHeadlineGroupEchoed: a headline's words said of a group or
// a body ("Ministry says ...", "Campaigners ...") are the person the story
// quotes saying them.
func TestAnyNewsHeadlineGroupEchoed(t *testing.T) {
	t.Parallel()
	in := "Ministry says system 'sees dots, not faces'\n\nSeoul will install crowd cameras in 40 districts.\n\n\"We are not identifying anyone. The system sees dots, not faces,\" Park Ji-hoon, director general for disaster safety policy at the ministry, said on Wednesday."
	checkQuotes(t, in, []wantQuote{{"sees dots, not faces", "Park Ji-hoon", ""}, {"We are not identifying anyone. The system sees dots, not faces,", "Park Ji-hoon", ""}})
}

// TestAnyNewsUnnamedOne: "One mother, who did not want to be named,
// said ..." is the one a "she" after speaks for.
func TestAnyNewsUnnamedOne(t *testing.T) {
	t.Parallel()
	in := "Darren Lowther, 44, said his van had been torched twice.\n\nOne mother, who did not want to be named, said her children had started sleeping in her room. Speaking to ITV News, she said: \"My youngest asked me if fire can come through the window.\""
	checkQuotes(t, in, []wantQuote{{"My youngest asked me if fire can come through the window.", "mother", ""}})
	checkGenreSpeaker(t, "itvnews_car_arson_estate", "My youngest asked", "mother")
}

// TestAnyNewsPlaceNamedPoint: "Harrow Point", a place's name (here a
// film's), is no one the "she" after it stands for.
func TestAnyNewsPlaceNamedPoint(t *testing.T) {
	t.Parallel()
	checkGenreSpeaker(t, "mag_celebrity_profile", "Honestly? It frightened", "Tessa Varga")
}

// TestAnyNewsTheAccused: "“...,” the accused told gardaí" right after a
// quote read out by a sergeant is the accused's, and the accused is the
// man who pleaded guilty.
func TestAnyNewsTheAccused(t *testing.T) {
	t.Parallel()
	in := "Darren Keohane, of Fermoy, pleaded guilty at Mallow District Court to assault causing harm.\n\nSergeant Niamh Desmond told the judge that gardaí found a door supervisor bleeding heavily.\n\nSgt Desmond read extracts from the memo of interview into the record. “I just lost the head. I’d been drinking since the match,” the accused told gardaí."
	checkQuotes(t, in, []wantQuote{{"I just lost the head. I’d been drinking since the match,", "Darren Keohane", ""}})
}

// TestAnyNewsFirstNameGender: a first name's gender outweighs a pronoun
// near the name ("as she faced Jonah Wexler"), so "he" later is Jonah,
// not his mother Cheryl Wexler nor a car.
func TestAnyNewsFirstNameGender(t *testing.T) {
	t.Parallel()
	checkGenreSpeaker(t, "chicagotribune_hit_and_run_sentencing", "I’m sorry. I know", "Jonah Wexler")
	checkGenreSpeaker(t, "variety_venice_salt_orchard", "still slightly in shock", "Hana Lindqvist")
}

// TestAnyNewsTheCompanyOfTheLede: "the company said" far from any firm's
// name is the firm the story opens on ("TOKYO -- Kasumi Electrochemical, a
// midsize Japanese maker ..."), not a sentence's capital ("Most of it",
// "Black mass") and not the firm's president written after its name.
func TestAnyNewsTheCompanyOfTheLede(t *testing.T) {
	t.Parallel()
	in := "Kasumi Electrochemical President Hideaki Moriyama says the company wants to secure battery metals.\n\nTOKYO -- Kasumi Electrochemical, a midsize Japanese maker of cathode materials, will build a plant in Thailand.\n\nThe plant, in Rayong province, will open in 2027.\n\nIt would be the first such plant outside Japan.\n\nBlack mass is the powder left after batteries are shredded. Most of it in Asia is refined in China.\n\nIn a filing to the Tokyo Stock Exchange on Wednesday, the company said the investment would be financed through \"a combination of cash on hand and borrowings\"."
	checkQuotes(t, in, []wantQuote{{"a combination of cash on hand and borrowings", "Kasumi Electrochemical", ""}})
}

// TestAnyNewsParticleNameSubject: "she said" after "Hana al-Saeedi, a
// researcher, told Middle East Eye that ..." is Hana al-Saeedi, whose
// name the models did not read as a person's, not the outlet.
func TestAnyNewsParticleNameSubject(t *testing.T) {
	t.Parallel()
	in := "Iraq and Turkey traded accusations over the river.\n\nHana al-Saeedi, a water policy researcher at the Rafidain Centre for Dialogue, told Middle East Eye that the two governments were “talking past each other”.\n\n“Turkey is right that Iraq wastes water. Iraq is right that Turkey controls the tap,” she said."
	checkQuotes(t, in, []wantQuote{{"talking past each other", "Hana al-Saeedi", "Middle East Eye"}, {"Turkey is right that Iraq wastes water. Iraq is right that Turkey controls the tap,", "Hana al-Saeedi", ""}})
	checkGenreSpeaker(t, "middleeasteye_iraq_tigris_water_row", "Turkey is right", "Hana al-Saeedi")
}

// TestAnyNewsCapitalisedOffice: "the Tánaiste said" is the person the
// story has called by that office.
func TestAnyNewsCapitalisedOffice(t *testing.T) {
	t.Parallel()
	checkGenreSpeaker(t, "rte_clonmore_ed_nights", "There is no plan", "Conor Redmond")
	checkGenreSpeaker(t, "telegraph_artillery_mothball", "sensible reprioritisation", "Alastair Penrose")
}

// TestAnyNewsTranscriptOfficeLabel: a briefing's "ADMINISTRATOR
// VANTERPOOL:" is the person the introduction named in full.
func TestAnyNewsTranscriptOfficeLabel(t *testing.T) {
	t.Parallel()
	in := "Press Briefing by Press Secretary Renata Delacroix and FEMA Administrator Marcus Vanterpool\n\nMS. DELACROIX: Good afternoon. I'm pleased to welcome back to the podium FEMA Administrator Marcus Vanterpool.\n\nADMINISTRATOR VANTERPOOL: Thanks, Renata. Odalys made landfall on Monday.\n\nQ    Is there enough money?\n\nADMINISTRATOR VANTERPOOL: Right now, yes.\n\nMS. DELACROIX: Thanks, everybody."
	checkQuotes(t, in, []wantQuote{{"Good afternoon. I'm pleased to welcome back to the podium FEMA Administrator Marcus Vanterpool.", "Renata Delacroix", ""},
		{"Thanks, Renata. Odalys made landfall on Monday.", "Marcus Vanterpool", ""}, {"Is there enough money?", "a reporter", ""},
		{"Right now, yes.", "Marcus Vanterpool", ""}, {"Thanks, everybody.", "Renata Delacroix", ""}})
}

// TestAnyNewsTradeBeforeName: a trade or office written before a name
// ("Fisherman Mark Trevail", "Legislator Chiang Wei-lun", with a party
// after it) is no part of the name.
func TestAnyNewsTradeBeforeName(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"a trade", "Fishermen were angry on Monday.\n\nFisherman Mark Trevail said: “We don’t work nine to five.”",
			[]wantQuote{{"We don’t work nine to five.", "Mark Trevail", ""}}},
		{"an office with a party", "The budget was frozen.\n\n“This is not about drones,” Kuomintang (KMT) Legislator Chiang Wei-lun said.",
			[]wantQuote{{"This is not about drones,", "Chiang Wei-lun", ""}}},
	})
}

// TestAnyNewsAcronymSpelledOut: "The FAA said" is the Federal Aviation
// Administration the story named before, though it never wrote "(FAA)".
func TestAnyNewsAcronymSpelledOut(t *testing.T) {
	t.Parallel()
	in := "The NTSB has urged the Federal Aviation Administration for more than a decade to require recorders.\n\nThe FAA said in a statement that it was \"supporting the NTSB's investigation\"."
	checkQuotes(t, in, []wantQuote{{"supporting the NTSB's investigation", "Federal Aviation Administration", ""}})
}

// TestAnyNewsIndefiniteLede: a lede's "A Missouri Republican who ...,
// arguing that ... “...”" is the person the next paragraph opens with,
// though a clause comes between the name and "posted".
func TestAnyNewsIndefiniteLede(t *testing.T) {
	t.Parallel()
	in := "GOP Rep. Opposes Wildfire Aid\n\nA Missouri Republican who last year pleaded with FEMA to rush flood relief to his district is now opposing emergency aid for Oregon wildfire victims, arguing that his constituents should not pay for “Portland’s bad policy.”\n\nRep. Wade Kettering, who represents a largely rural stretch of southeastern Missouri, posted Monday night as House leaders haggled over the bill."
	checkQuotes(t, in, []wantQuote{{"Portland’s bad policy.", "Wade Kettering", ""}})
}

// TestAnyNewsFirmInApposition: "the company said" after "Luma Leaf
// Botanicals, the Oregon-based company that sells Nocturna, recalled
// ..." is that firm, not a link's "Here's what parents should know."
func TestAnyNewsFirmInApposition(t *testing.T) {
	t.Parallel()
	in := "MORE: Poisonings in kids are climbing. Here's what parents should know.\n\nLuma Leaf Botanicals, the Oregon-based company that sells Nocturna, recalled all flavors of the product on July 22. In a statement posted to its website, the company said it had \"paused all production\"."
	checkQuotes(t, in, []wantQuote{{"paused all production", "Luma Leaf Botanicals", ""}})
}

// TestAnyNewsOfficeBeforeInitials: "Leader of the Opposition T. Narendra
// Shetty said" is T. Narendra Shetty, the office his title.
func TestAnyNewsOfficeBeforeInitials(t *testing.T) {
	t.Parallel()
	checkGenreSpeaker(t, "thehindu_tank_desilting_probe", "This is an eyewash", "T. Narendra Shetty")
	q := result.Quote{Speaker: "Leader", SpeakerTitle: "of the Opposition T. Narendra Shetty"}
	nameform.OfficeOfName(&q)
	if q.Speaker != "T. Narendra Shetty" || q.SpeakerTitle != "Leader of the Opposition" {
		t.Errorf("OfficeOfName: %q, %q; want T. Narendra Shetty, Leader of the Opposition", q.Speaker, q.SpeakerTitle)
	}
}

// TestAnyNewsQuotedNameNoSpeaker: a scheme's name in quotation marks
// (the ‘Kere Sanjeevini’ scheme) speaks for nothing; "The report of the
// State Audit and Accounts Department ... had found" is that body's.
func TestAnyNewsQuotedNameNoSpeaker(t *testing.T) {
	t.Parallel()
	checkGenreSpeaker(t, "thehindu_tank_desilting_probe", "could not be verified", "State Audit and Accounts Department")
}

// TestAnyNewsPlayerOfTeam: a link's "Nuggets' Vesely on trade chatter:
// 'I'm not going anywhere'" is the player, not the club.
func TestAnyNewsPlayerOfTeam(t *testing.T) {
	t.Parallel()
	checkGenreSpeaker(t, "espn_okonkwo_reed_return_41", "I'm not going anywhere", "Anton Vesely")
}

// TestAnyNewsMonthBeforeName: "On a gray morning in January, Walter
// Pruett stood ..." names a man, not a place's region ("in Batley, West
// Yorkshire"), so the "he" after is him.
func TestAnyNewsMonthBeforeName(t *testing.T) {
	t.Parallel()
	in := "Walter Pruett in the casting shed. Photograph by Daniel Ferro for The New Yorker\n\nOn a gray morning in January, Walter Pruett stood in the doorway of his casting shed. The shed was put up by his grandfather in 1921. “You hear that?” he asked me."
	checkQuotes(t, in, []wantQuote{{"You hear that?", "Walter Pruett", ""}})
	checkGenreSpeaker(t, "feature_bell_foundry", "You hear that?", "Walter Pruett")
}

// TestAnyNewsTitlesAndWordsHeldBack: a title in title case ("Closing the
// Linen Loop: Lessons from the Marisol Pilot") and words mentioned as
// words ("words such as “expect,”") are no one's quotation; a headline's
// capitals and a sentence in quotation marks still are.
func TestAnyNewsTitlesAndWordsHeldBack(t *testing.T) {
	t.Parallel()
	in := "The company will present the results in a webinar, “Closing the Linen Loop: Lessons from the Marisol Pilot,” on May 6.\n\nThis release contains forward-looking statements, identified by words such as “expect,” and similar terms.\n\n“We found every sheet,” said Dana Ruiz, the company's chief executive."
	checkQuotes(t, in, []wantQuote{{"We found every sheet,", "Dana Ruiz", ""}})
}

// TestAnyNewsAnotherOfThem: "Another said:" after "One resident wrote:"
// is another resident, not "Another".
func TestAnyNewsAnotherOfThem(t *testing.T) {
	t.Parallel()
	in := "Residents have filled a Facebook group with complaints.\n\nOne resident wrote: “My nan is 91 and parks there every Tuesday.”\n\nAnother said: “Just another way to squeeze Cornwall dry.”"
	checkQuotes(t, in, []wantQuote{{"My nan is 91 and parks there every Tuesday.", "resident", ""}, {"Just another way to squeeze Cornwall dry.", "resident", ""}})
}

// TestAnyNewsOneDescribedWho: "One Northern line driver, who has worked
// on the network for 19 years, said ..." is who the "he" after speaks
// for; "Crews", opening a sentence, is no company "the company" stands for.
func TestAnyNewsOneDescribedWho(t *testing.T) {
	t.Parallel()
	checkGenreSpeaker(t, "standard_night_tube_strike", "I am not lazy", "Northern line driver")
	checkQuotes(t, "Crews voted to strike over rosters.\n\nThe company said it was “deeply disappointed” by the vote.",
		[]wantQuote{{"deeply disappointed", "the company", ""}})
}

// TestAnyNewsAppositionAndCutRole: a quote attributed to the end of an
// apposition ("Solène Garnier, president of the National Rally (RN),
// said") is the person it describes; "said the lorry driver" is the
// driver just named, not "the lorry".
func TestAnyNewsAppositionAndCutRole(t *testing.T) {
	t.Parallel()
	checkGenreSpeaker(t, "france24_referendum_address", "change the rules", "Solène Garnier")
	checkGenreSpeaker(t, "thestar_gua_musang_landslide", "I keep thinking", "Mohd Rizal Ab Ghani")
}

// TestAnyNewsAddingThatAndParticle: "Government spokesman Khalid al-Amin"
// keeps the surname with its particle, and a fragment after "al-Amin
// said, adding that the government “...”" is his too.
func TestAnyNewsAddingThatAndParticle(t *testing.T) {
	t.Parallel()
	checkGenreSpeaker(t, "aljazeera_um_dabakir_aid_convoy", "securing the route", "Khalid al-Amin")
	checkGenreSpeaker(t, "aljazeera_um_dabakir_aid_convoy", "welcomes all humanitarian", "Khalid al-Amin")
}

// TestAnyNewsFirmAfterItsTrade: "The company said" after "Shares in
// Danish wind turbine maker Nordvik Vind (NVIND.CO) fell" is Nordvik
// Vind, not a summary's "CEO says ...".
func TestAnyNewsFirmAfterItsTrade(t *testing.T) {
	t.Parallel()
	in := "Summary\nCEO says no impact on guidance\n\nCOPENHAGEN, Nov 4 (Reuters) - Shares in Danish wind turbine maker Nordvik Vind (NVIND.CO) fell as much as 19% on Tuesday.\n\nThe company said in a statement that it had identified \"a deviation in the bonding process\" at its blade factory."
	checkQuotes(t, in, []wantQuote{{"a deviation in the bonding process", "Nordvik Vind", ""}})
}

// TestAnyNewsPronounOfTheOtherGender: "she" is never Darren Whitlock;
// after "the widow, who asked not to be named, said ..." it is the widow.
func TestAnyNewsPronounOfTheOtherGender(t *testing.T) {
	t.Parallel()
	checkGenreSpeaker(t, "northernecho_rogue_roofer", "I have lived in this house", "widow")
}

// TestAnyNewsRelativeOf: "The son of the Spennymoor widow told BBC Look
// North" is that son, not someone named before.
func TestAnyNewsRelativeOf(t *testing.T) {
	t.Parallel()
	in := "He urged residents to use the council's Trusted Trader Durham scheme.\n\nThe son of the Spennymoor widow told BBC Look North that the family were “relieved” by the sentence."
	checkQuotes(t, in, []wantQuote{{"relieved", "son of the Spennymoor widow", ""}})
}

// TestAnyNewsMinisterQuotedJustBefore: "the minister said" after a quote
// by "Home Minister SM Anwarul Kabir", a name the models did not collect,
// is his.
func TestAnyNewsMinisterQuotedJustBefore(t *testing.T) {
	t.Parallel()
	checkGenreSpeaker(t, "dailystar_tongi_wage_clash", "Whoever is responsible", "SM Anwarul Kabir")
	checkGenreSpeaker(t, "middleeasteye_iraq_tigris_water_row", "patience of the Iraqi people", "Raed al-Khafaji")
}

// TestAnyNewsHeGoesOnUnknownGender: "He also claimed ..." after the
// minister's quote is the minister, though no first name gives his gender.
func TestAnyNewsHeGoesOnUnknownGender(t *testing.T) {
	t.Parallel()
	checkGenreSpeaker(t, "dailystar_tongi_wage_clash", "vested quarters", "SM Anwarul Kabir")
}

// TestAnyNewsWhoWrote: "Aileen Dunsmore read out a letter from a fish
// merchant, Donnie MacIsaac, who wrote that he had “stopped counting”"
// quotes the merchant, not the one reading.
func TestAnyNewsWhoWrote(t *testing.T) {
	t.Parallel()
	in := "Scottish Labour leader Aileen Dunsmore then read out a letter from a South Uist fish merchant, Donnie MacIsaac, who wrote that he had “stopped counting” the cancelled sailings."
	checkQuotes(t, in, []wantQuote{{"stopped counting", "Donnie MacIsaac", ""}})
}

// TestAnyNewsHeadlineTwoWords: a headline's two quoted words said of
// "Her senator" go to the senator the story quotes saying them.
func TestAnyNewsHeadlineTwoWords(t *testing.T) {
	t.Parallel()
	in := "Social Security says a widow owes $41,000. Her senator calls it 'bureaucratic cruelty'\n\nThe agency sent the notice in June.\n\n\"This is bureaucratic cruelty, plain and simple,\" Sen. Ruth Engebretson said in a statement."
	checkQuotes(t, in, []wantQuote{{"bureaucratic cruelty", "Ruth Engebretson", ""}, {"This is bureaucratic cruelty, plain and simple,", "Ruth Engebretson", ""}})
}

// TestAnyNewsCourtTranscript: a court's transcript gives "Q." to the
// lawyer its "BY" line names, "A." and "THE WITNESS:" to the witness
// sworn, and "THE COURT:" to the judge.
func TestAnyNewsCourtTranscript(t *testing.T) {
	t.Parallel()
	in := "BEFORE THE HONORABLE CORINNE A. DABROWSKI, DISTRICT JUDGE\n\nTHE COURT: Good morning, everyone. Please be seated.\n\nTHE WITNESS: I do.\n\nWENDELL OSTROWSKI, having been first duly sworn, testified as follows:\n\nDIRECT EXAMINATION\n\nBY MS. OKAFOR-REYES:\n\nQ. Mr. Ostrowski, what do you do for a living?\n\nA. I keep bees.\n\nTHE COURT: Cross-examination, Mr. Vandermeer?\n\nBY MR. VANDERMEER:\n\nQ. Morning.\n\nA. Morning."
	checkQuotes(t, in, []wantQuote{{"Good morning, everyone. Please be seated.", "Corinne A. Dabrowski", ""}, {"I do.", "Wendell Ostrowski", ""},
		{"Mr. Ostrowski, what do you do for a living?", "Okafor-Reyes", ""}, {"I keep bees.", "Wendell Ostrowski", ""},
		{"Cross-examination, Mr. Vandermeer?", "Corinne A. Dabrowski", ""}, {"Morning.", "Vandermeer", ""}, {"Morning.", "Wendell Ostrowski", ""}})
}
