package extract

import "testing"

// TestAnyNewsChiefWithRegnalNumber: a chief named in apposition with a
// title before the name and a number after it ("Nana Okofo Kwadwo Sakyi
// III") is the speaker, not the office before the comma.
func TestAnyNewsChiefWithRegnalNumber(t *testing.T) {
	t.Parallel()
	in := "The Paramount Chief of the Asukese Traditional Area, Nana Kwaku Boadu Asante III, said the bridge had become “a danger to every child who crosses it.”\n\n" +
		"“We have written letters for ten years,” he said.\n\n" +
		"The Queenmother of the area, Nana Abena Owusua II, appealed to parents to keep their daughters in school.\n\n" +
		"“An educated girl is a gift to the whole town,” she said."
	checkSpeakerOf(t, in, "a danger to every child who crosses it.", "Kwaku Boadu Asante III")
	checkSpeakerOf(t, in, "We have written letters for ten years,", "Kwaku Boadu Asante III")
	checkSpeakerOf(t, in, "An educated girl is a gift to the whole town,", "Abena Owusua II")
}

// TestAnyNewsOfficeAcronym: "the DCE", "the RC" and "the OC" are the
// person whose office the letters stand for: given in brackets before
// the name, or written out (in capitals or not) before it.
func TestAnyNewsOfficeAcronym(t *testing.T) {
	t.Parallel()
	in := "The Asukese Municipal Chief Executive (MCE), Mr Daniel Kwesi Ofori, said the assembly had graded the road twice.\n\n" +
		"“Grading is not a solution in this rain,” the MCE said.\n\n" +
		"Mbeya Regional Commissioner Zuberi Mwakalinga told farmers the government had heard them.\n\n" +
		"“No buyer will cheat you with false scales in this region,” the RC said.\n\n" +
		"Tongi police station officer-in-charge Md Rafiqul Hasan said the protest had been peaceful.\n\n" +
		"‘We let the ambulances through first,’ the OC said."
	checkSpeakerOf(t, in, "Grading is not a solution in this rain,", "Daniel Kwesi Ofori")
	checkSpeakerOf(t, in, "No buyer will cheat you with false scales in this region,", "Zuberi Mwakalinga")
	checkSpeakerOf(t, in, "We let the ambulances through first,", "Md Rafiqul Hasan")
}

// TestAnyNewsOfficeWithPortfolioBeforeName: a long office before a name,
// whose portfolio ("for Legal and International Affairs") or posting ("to
// the United Nations") sits between the office and the name, is no
// name itself: the person after it speaks.
func TestAnyNewsOfficeWithPortfolioBeforeName(t *testing.T) {
	t.Parallel()
	in := "Tehran condemned the new sanctions on Thursday.\n\n" +
		"Iran's Deputy Foreign Minister for Legal and International Affairs Hamid-Reza Tavakoli, in a post on X, described the measures as “piracy with paperwork.”\n\n" +
		"Separately, Iran's Ambassador and Permanent Representative to the United Nations Ali-Reza Mohtashami, in a letter to the Security Council, said the measures “undermine the freedom of navigation.”"
	checkSpeakerOf(t, in, "piracy with paperwork.", "Hamid-Reza Tavakoli")
	checkSpeakerOf(t, in, "undermine the freedom of navigation.", "Ali-Reza Mohtashami")
}

// TestAnyNewsGivenNameAfterRole: a person introduced by a given name
// alone after a role ("Another farmer, Paulo, 29, from Mkalama, said")
// is the "he" of the next sentence, though a man named in full spoke
// paragraphs before.
func TestAnyNewsGivenNameAfterRole(t *testing.T) {
	t.Parallel()
	in := "Millers say the trouble started at the ports.\n\n" +
		"“Cheap palm oil is sinking us,” said Mr Bakari Sefu, chairman of the Dodoma Oilseed Millers Association.\n\n" +
		"Mr Sefu said half the mills in the region had closed.\n\n" +
		"In the villages the mood is no better.\n\n" +
		"Another farmer, Paulo, 29, from Manyoni, said he was thinking of planting sorghum instead.\n\n" +
		"“Nobody wants what we grow any more,” he said."
	checkSpeakerOf(t, in, "Nobody wants what we grow any more,", "Paulo")
}

// TestAnyNewsPodcastTimeBeforeName: a podcast page's transcript whose
// turns are headed by the time in the recording and then the speaker's
// name ("00:00:04 Maya Ortiz") gives each paragraph under the line as
// that speaker's turn.
func TestAnyNewsPodcastTimeBeforeName(t *testing.T) {
	t.Parallel()
	in := "Groundwork · Episode 88\nWhy Culverts Fail\n\nTranscript\n\n" +
		"00:00:03 Ines Varga\nWelcome back to Groundwork. I'm Ines Varga, and today we're talking about the pipes under your road.\n\n" +
		"00:00:11 Tobias Reyne\nAnd I'm Tobias Reyne. I've been waiting for this one.\n\n" +
		"00:00:16 Ines Varga\nOur guest is a hydrologist who has looked at a lot of broken culverts.\n\n" +
		"00:00:21 Halima Osei\nThanks for having me. Most of them fail quietly, and then all at once.\n\n" +
		"12:40 Tobias Reyne\nThat's a cheerful thought to end on.\n"
	checkQuotes(t, in, []wantQuote{
		{"Welcome back to Groundwork. I'm Ines Varga, and today we're talking about the pipes under your road.", "Ines Varga", ""},
		{"And I'm Tobias Reyne. I've been waiting for this one.", "Tobias Reyne", ""},
		{"Our guest is a hydrologist who has looked at a lot of broken culverts.", "Ines Varga", ""},
		{"Thanks for having me. Most of them fail quietly, and then all at once.", "Halima Osei", ""},
		{"That's a cheerful thought to end on.", "Tobias Reyne", ""}})
}

// TestAnyNewsUnlabelledAnswersAfterQ: a press conference's page that
// labels the coach once and then prints "Q." before each question and
// the answer under it with no label gives the answers to the coach.
func TestAnyNewsUnlabelledAnswersAfterQ(t *testing.T) {
	t.Parallel()
	in := "Hartford Wolves Media Availability\nMarch 3, 2026\nRenata Solberg\n\n" +
		"RENATA SOLBERG: Okay, injuries first. Pike is out with the knee. Everyone else practised. Go ahead.\n\n" +
		"Q. Is Pike's knee a long-term concern?\n\n" +
		"I don't think so. We'll know more on Friday after the scan.\n\n" +
		"Q. Who starts in his place?\n\n" +
		"Marsh starts. He has earned it in practice.\n\n" +
		"He has been the best player on the ice all week, honestly.\n\n" +
		"Q. Thanks, coach.\n\n" +
		"RENATA SOLBERG: Thank you.\n"
	checkQuotes(t, in, []wantQuote{
		{"Okay, injuries first. Pike is out with the knee. Everyone else practised. Go ahead.", "Renata Solberg", ""},
		{"Is Pike's knee a long-term concern?", "a reporter", ""},
		{"I don't think so. We'll know more on Friday after the scan.", "Renata Solberg", ""},
		{"Who starts in his place?", "a reporter", ""},
		{"Marsh starts. He has earned it in practice.", "Renata Solberg", ""},
		{"He has been the best player on the ice all week, honestly.", "Renata Solberg", ""},
		{"Thanks, coach.", "a reporter", ""},
		{"Thank you.", "Renata Solberg", ""}})
}

// TestAnyNewsPresidingChair: a hearing page's "Presiding: Sen. NAME
// (party-state), Chairman" line names "THE CHAIRMAN:", and is no turn
// itself.
func TestAnyNewsPresidingChair(t *testing.T) {
	t.Parallel()
	in := "Subcommittee on Rail Safety\nLevel Crossings in Rural America\n" +
		"Presiding: Sen. Marlon Duquesne (R-Neb.), Chairman\n\n" +
		"THE CHAIRMAN: The subcommittee will come to order.\n\n" +
		"SENATOR PELLAM: Thank you, Mr. Chairman.\n\n" +
		"THE CHAIRMAN: Our first witness is Ms. Ostrova.\n\n" +
		"MS. OSTROVA: Thank you for having me.\n"
	checkQuotes(t, in, []wantQuote{
		{"The subcommittee will come to order.", "Marlon Duquesne", ""},
		{"Thank you, Mr. Chairman.", "Pellam", ""},
		{"Our first witness is Ms. Ostrova.", "Marlon Duquesne", ""},
		{"Thank you for having me.", "Ostrova", ""}})
}

// TestAnyNewsAutomaticCaptionsOneVoice: a video page's automatic
// captions with no ">>" where the voice changes are the host's, named
// by the captions ("it's ellie and") and in full by the description.
func TestAnyNewsAutomaticCaptionsOneVoice(t *testing.T) {
	t.Parallel()
	in := "Transcript\nSearch in video\n0:00\n[Music]\n0:05\nhello and welcome back it's maren and today we're at the canal basin\n" +
		"0:10\nthe lock gates here are being replaced this winter\n0:14\nand the trust says the towpath will close for six weeks\n" +
		"0:19\nwhich is a big deal for anyone who cycles to work\n0:23\nso let's have a look at what they're doing\n0:27\n[Music]\n\n" +
		"Description\nI'm Maren Holloway and I film the waterways of the Midlands every week.\n"
	checkQuotes(t, in, []wantQuote{
		{"hello and welcome back it's maren and today we're at the canal basin", "Maren Holloway", ""},
		{"the lock gates here are being replaced this winter", "Maren Holloway", ""},
		{"and the trust says the towpath will close for six weeks", "Maren Holloway", ""},
		{"which is a big deal for anyone who cycles to work", "Maren Holloway", ""},
		{"so let's have a look at what they're doing", "Maren Holloway", ""}})
}

// TestAnyNewsRosterChairman: a congressional record's roster that gives
// the chairman ("ODELL J. FARNSWORTH, Nebraska, Chairman") names the
// turns labelled "The CHAIRMAN.", which are his alone.
func TestAnyNewsRosterChairman(t *testing.T) {
	t.Parallel()
	in := "[House Hearing, 119 Congress]\n[From the U.S. Government Publishing Office]\n\n" +
		"             COMMITTEE ON RURAL INFRASTRUCTURE\n\n" +
		"                  ODELL J. FARNSWORTH, Nebraska, Chairman\n" +
		"PRISCILLA MAYHEW, Vermont             DESMOND ACHTERBERG, Iowa, Ranking Member\n\n" +
		"    The CHAIRMAN. The committee will come to order.\n\n" +
		"    Ms. MAYHEW. Thank you, Mr. Chairman. I have an amendment at the desk.\n\n" +
		"    The CHAIRMAN. The Clerk will report the amendment.\n\n" +
		"    Mr. ACHTERBERG. I oppose the amendment, Mr. Chairman.\n\n" +
		"    The CHAIRMAN. The question is on the amendment.\n"
	checkQuotes(t, in, []wantQuote{
		{"The committee will come to order.", "Odell J. Farnsworth", ""},
		{"Thank you, Mr. Chairman. I have an amendment at the desk.", "Priscilla Mayhew", ""},
		{"The Clerk will report the amendment.", "Odell J. Farnsworth", ""},
		{"I oppose the amendment, Mr. Chairman.", "Desmond Achterberg", ""},
		{"The question is on the amendment.", "Odell J. Farnsworth", ""}})
}

// TestAnyNewsCourtCoverFields: the cover of an argument's transcript
// ("Pages: 1 through 44", "Place: Washington, D.C.", "ORAL ARGUMENT OF:")
// and a judgment page's links ("[New search] [Printable PDF version]")
// are no one's words.
func TestAnyNewsCourtCoverFields(t *testing.T) {
	t.Parallel()
	in := "[New search] [Printable PDF version] [Help]\n\n" +
		"Pages: 1 through 44\nPlace: Washington, D.C.\nDate: March 3, 2025\n\n" +
		"ORAL ARGUMENT OF:                                PAGE:\nMARTA J. OYELARAN, ESQ.\n\n" +
		"CHIEF JUSTICE HARTWELL: We'll hear argument first this morning in Case 24-310, Pell versus Dunmore.\n\n" +
		"MS. OYELARAN: Mr. Chief Justice, and may it please the Court: the statute says what it says.\n\n" +
		"JUSTICE ABERNATHY: Does it, though?\n\n" +
		"MS. OYELARAN: It does, Justice Abernathy.\n"
	checkQuotes(t, in, []wantQuote{
		{"We'll hear argument first this morning in Case 24-310, Pell versus Dunmore.", "Hartwell", ""},
		{"Mr. Chief Justice, and may it please the Court: the statute says what it says.", "Marta J. Oyelaran", ""},
		{"Does it, though?", "Abernathy", ""},
		{"It does, Justice Abernathy.", "Marta J. Oyelaran", ""}})
}

// TestAnyNewsHeadlineOffice: a headline that gives its quotation to an
// office ("Tasman Air CEO says ...") is the person the story names with
// that office ("Tasman Air CEO Rowena Achterberg said ..."), when the
// story does not quote the words again.
func TestAnyNewsHeadlineOffice(t *testing.T) {
	t.Parallel()
	in := "AIRLINES\nTasman Air CEO says winter bookings are ‘the best in a decade’ despite fuel costs\nPublished Tue, Apr 14 2026 7:12 AM EDT\nKey Points\n" +
		"Tasman Air CEO Rowena Achterberg said demand for winter travel remains strong even as the carrier cut its full-year profit forecast.\n" +
		"The airline's shares fell 4% in early trading.\n"
	checkSpeakerOf(t, in, "the best in a decade", "Rowena Achterberg")
}

// TestAnyNewsTradeOpensSentence: a trade written before a given name
// and a surname at the start of a sentence ("Shearer Jack Pfitzner
// said", "Beekeeper Tom Ellery") is no part of the name.
func TestAnyNewsTradeOpensSentence(t *testing.T) {
	t.Parallel()
	in := "Shearer Jack Pfitzner said he was booked out until June.\n\n" +
		"“There's plenty of work, that's not the problem,” he said.\n\n" +
		"Beekeeper Tom Ellery said the hives had come through the winter well. “We lost two out of forty,” he said."
	checkSpeakerOf(t, in, "There's plenty of work, that's not the problem,", "Jack Pfitzner")
	checkSpeakerOf(t, in, "We lost two out of forty,", "Tom Ellery")
}

// TestAnyNewsHonorificGivenNameSubject: "he" after a sentence whose
// subject is a man called by honorific and given name ("Mr Chaiwat, 52,
// who grows ..., said") is that man, not a name in the sentence's
// clauses (a dye, "Basic Yellow 2"); and a district named after a place
// ("Trat's Khao Saming district") is no one a quotation is by.
func TestAnyNewsHonorificGivenNameSubject(t *testing.T) {
	t.Parallel()
	in := "“Our fruit is rotting at the border,” said Anan Sukprasert, coordinator of the Eastern Fruit Growers Network.\n\n" +
		"Mr Anan, 52, who grows durian in Chanthaburi, said the trouble began when customs began testing every consignment for the banned dye Basic Yellow 2.\n\n" +
		"He said growers had followed every rule issued by the Department of Agriculture and should not be punished for the actions of “a few cheating packing houses”.\n\n" +
		"“An official told us to go home and wait. We waited,” he said.\n\n" +
		"Among the protesters was Ratana Phromma, 61, who travelled from Trat's Khao Saming district with her grandchildren.\n\n" +
		"“People in Bangkok think durian farmers are rich. We are not,” she said."
	checkSpeakerOf(t, in, "a few cheating packing houses", "Anan Sukprasert")
	checkSpeakerOf(t, in, "An official told us to go home and wait. We waited,", "Anan Sukprasert")
	checkSpeakerOf(t, in, "People in Bangkok think durian farmers are rich. We are not,", "Ratana Phromma")
}

// TestAnyNewsAldermanAbbreviated: "Ald." before a Chicago alderman's name
// is a title, whose full stop ends no sentence.
func TestAnyNewsAldermanAbbreviated(t *testing.T) {
	t.Parallel()
	in := "“My residents call it being late for work,” said Ald. Renata Okonkwo, 29th, drawing laughter from the gallery."
	checkSpeakerOf(t, in, "My residents call it being late for work,", "Renata Okonkwo")
}

// TestAnyNewsHeadlineSaidAfterSingles: in a paper that quotes in double
// marks, a headline opening with words in single marks and a comma, then
// a verb of speech ("'We'll be back bigger,' vows gala organiser"), is a
// quotation.
func TestAnyNewsHeadlineSaidAfterSingles(t *testing.T) {
	t.Parallel()
	in := "'We'll be back bigger,' vows fete organiser after washout\n\n" +
		"THE organiser of the Addingham Summer Fete has promised next year's event will go ahead after Saturday's fair was abandoned.\n\n" +
		"\"We'll be back bigger,\" said Moira Kettlewell, of the fete committee.\n"
	checkQuotes(t, in, []wantQuote{{"We'll be back bigger,", "Moira Kettlewell", ""}, {"We'll be back bigger,", "Moira Kettlewell", ""}})
}

// TestAnyNewsCallSpeakerLinesSingleHyphen: a call transcript whose
// speaker lines give "Name - Title" or "Name - Firm" with a single
// hyphen gives each paragraph under a line to that speaker.
func TestAnyNewsCallSpeakerLinesSingleHyphen(t *testing.T) {
	t.Parallel()
	in := "Presentation\n\nOperator\nGood morning, and welcome to the Harlow Mills third quarter call.\n\n" +
		"Dana Whitcombe - President & CEO\nThanks, and good morning. Sales rose 4% in the quarter.\n\n" +
		"Question-and-Answer Session\n\nOperator\nOur first question comes from Ravi Anand with Barclays.\n\n" +
		"Ravi Anand - Barclays\nGood morning. Can you talk about pricing?\n\n" +
		"Dana Whitcombe - President & CEO\nSure. We held price through the quarter.\n"
	checkQuotes(t, in, []wantQuote{
		{"Good morning, and welcome to the Harlow Mills third quarter call.", "Operator", ""},
		{"Thanks, and good morning. Sales rose 4% in the quarter.", "Dana Whitcombe", ""},
		{"Our first question comes from Ravi Anand with Barclays.", "Operator", ""},
		{"Good morning. Can you talk about pricing?", "Ravi Anand", ""},
		{"Sure. We held price through the quarter.", "Dana Whitcombe", ""}})
}

// TestAnyNewsInterviewSubjectNotVenue: the "A:" of a Q&A is the person
// the introduction is about, not the theatre she runs, though the
// introduction names the theatre as often.
func TestAnyNewsInterviewSubjectNotVenue(t *testing.T) {
	t.Parallel()
	in := "After 38 years running Kelso Bay’s Roxy Cinema, Marguerite Okonedo is handing over the keys.\n\nBy Alan Price\n\n" +
		"When Marguerite Okonedo bought the Roxy Cinema in 1987, the Roxy Cinema had been dark for two years.\n\n" +
		"Q: Why sell now?\n\nA: Because the right people came along.\n\n" +
		"Q: What will you miss?\n\nA: The smell of the popcorn, honestly.\n"
	checkQuotes(t, in, []wantQuote{
		{"Why sell now?", "Alan Price", ""}, {"Because the right people came along.", "Marguerite Okonedo", ""},
		{"What will you miss?", "Alan Price", ""}, {"The smell of the popcorn, honestly.", "Marguerite Okonedo", ""}})
}

// TestAnyNewsBandBeforeTrack: a name before "track" or "song" ("the
// obligatory Cold Chisel track") is a band's, which no "he said" stands
// for.
func TestAnyNewsBandBeforeTrack(t *testing.T) {
	t.Parallel()
	in := "Premier Daniel Whitford has just taken the stage at the convention centre to loud cheers and the obligatory Cold Chisel track.\n\n" +
		"He's thanked his wife, his kids and the volunteers who \"stood in the rain handing out how-to-votes\".\n\n" +
		"“Four years ago South Australians gave us a chance. Tonight they have given us a verdict,” he said."
	checkSpeakerOf(t, in, "Four years ago South Australians gave us a chance. Tonight they have given us a verdict,", "Daniel Whitford")
}

// TestAnyNewsUnnamedAfterFrontedPhrase: "he" after "Speaking to a
// programme, a firefighter who was at the scene, and who asked not to be
// named, described ..." is that firefighter, not the inspector named
// before nor the programme.
func TestAnyNewsUnnamedAfterFrontedPhrase(t *testing.T) {
	t.Parallel()
	in := "Inspector Gareth Moorland said: 'This was a disgraceful attack on people whose only job was to keep the community safe.'\n\n" +
		"Speaking to BBC Radio Ulster's Nolan Show on Monday, a firefighter who was at the scene, and who asked not to be named, described the moment a brick came through the cab window.\n\n" +
		"'I heard it before I saw it,' he said.\n"
	checkSpeakerOf(t, in, "I heard it before I saw it,", "firefighter who was at the scene")
}

// TestAnyNewsWriterAsks: in a first-person feature, the writer's own
// quoted question ("“Is it far?” I asked") is the byline's writer's.
func TestAnyNewsWriterAsks(t *testing.T) {
	t.Parallel()
	in := "Walking the granite trails of the Gerês\n\nBy Lucia Fernhill\n\nLucia Fernhill walked about 40 miles in five days.\n\n" +
		"“Is it far to the first village?” I asked, about an hour in.\n\n“Not far,” said Tiago, our guide, who has walked these paths since he was a boy.\n"
	checkQuotes(t, in, []wantQuote{{"Is it far to the first village?", "Lucia Fernhill", ""}, {"Not far,", "Tiago", ""}})
}

// TestAnyNewsInitialsNoName: letters that happen to stand together with
// stops ("about –3 degrees C. A warmer burrow") are no one's name, which
// "she says" could stand for.
func TestAnyNewsInitialsNoName(t *testing.T) {
	t.Parallel()
	in := "“Rewarming is the most expensive thing a hibernator does,” says the study’s lead author Kaitlyn Moreau-Baptiste, an ecophysiologist at the University of Alaska Fairbanks.\n\n" +
		"Their bodies burn fat to keep from dropping below about –3 degrees C. A warmer burrow might seem like a gift.\n\n" +
		"“It was counterintuitive to us at first,” she says."
	checkSpeakerOf(t, in, "It was counterintuitive to us at first,", "Kaitlyn Moreau-Baptiste")
}

// TestAnyNewsDocumentIntroducedEarlier: "the statement read" after "In a
// statement released through police Tuesday evening, the Haugen family
// asked ..." is the family's; "the advisory states" after "Nestara
// published a security advisory" (and a sentence that calls it "The
// advisory") is Nestara's.
func TestAnyNewsDocumentIntroducedEarlier(t *testing.T) {
	t.Parallel()
	in := "Rosalind Haugen, 67, died at the scene.\n\n" +
		"In a statement released through Minneapolis police Tuesday evening, the Haugen family asked the driver to come forward.\n\n" +
		"\"Rosalind was the kind of person who would have stopped for anybody,\" the statement read.\n\n" +
		"Nestara published a security advisory on Tuesday evening. The advisory describes the issue as a diagnostic interface left open.\n\n" +
		"\"Nestara is not aware of any exploitation of this issue in the wild,\" the advisory states.\n"
	checkQuotes(t, in, []wantQuote{
		{"Rosalind was the kind of person who would have stopped for anybody,", "the Haugen family", ""},
		{"Nestara is not aware of any exploitation of this issue in the wild,", "Nestara", ""}})
}

// TestAnyNewsInHerOwnWords: an account in marks after a paragraph that
// hands over "in her own words" is the person that paragraph opens with,
// every paragraph of it.
func TestAnyNewsInHerOwnWords(t *testing.T) {
	t.Parallel()
	in := "“We slept in the car for two nights”: why our Home Tonight appeal matters\n\n" +
		"Dana Whitlock with her son Finn outside Harbour Light’s Westgate House in Leeds. Photo: Harbour Light\n\n" +
		"This winter Harbour Light is asking supporters to help us open 40 new family bedrooms. Our Home Tonight appeal aims to raise £1.8 million by March.\n\n" +
		"Dana Whitlock, from Whitby, knows that choice better than most. When her son was taken to Leeds for surgery, he was transferred 70 miles for emergency surgery. The Home Tonight appeal exists for families like hers. Here, in her own words, is what happened.\n\n" +
		"“We left Whitby in the back of an ambulance at four in the morning with nothing but the clothes we were wearing.\n\n" +
		"“For the first two nights I slept in the car in the multi-storey.”\n"
	checkSpeakerOf(t, in, "We left Whitby in the back of an ambulance at four in the morning with nothing but the clothes we were wearing.", "Dana Whitlock")
	checkSpeakerOf(t, in, "For the first two nights I slept in the car in the multi-storey.", "Dana Whitlock")
}
