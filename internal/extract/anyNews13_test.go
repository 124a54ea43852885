package extract

import (
	"testing"

	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
)

// TestAnyNewsNamesAloneOnLines: an earnings call printed with each
// speaker's name alone on a line (no dash, no colon, no time) above the
// words: a name that stands alone twice, or once after the list of
// participants gives it with a title, heads a turn. "Operator" under the
// list opens the call; "Comments (4)" after the last turn is no one's.
func TestAnyNewsNamesAloneOnLines(t *testing.T) {
	t.Parallel()
	in := "Harlow Mills (HRLM) Q3 2026 Earnings Call Transcript\n\nCompany Participants\n\nOdette Pruszynski — Chief Executive Officer\nLeander Cobb — Chief Financial Officer\n\nConference Call Participants\n\nMarguerite Selassie — Analyst, Baird\n\nOperator\n\nGood morning and welcome to the call.\n\nOdette Pruszynski\n\nThank you. Flour volumes rose 6% in the quarter.\n\nWe opened the Toledo mill in August.\n\nOperator\n\nOur first question comes from Marguerite Selassie with Baird.\n\nMarguerite Selassie\n\nThanks. Leander, how much of that was price?\n\nLeander Cobb\n\nAbout half of it, Marguerite.\n\nOperator\n\nThis concludes today's call.\n\nComments (4)\n\nMore on Harlow Mills"
	checkQuotes(t, in, []wantQuote{{"Good morning and welcome to the call.", "Operator", ""},
		{"Thank you. Flour volumes rose 6% in the quarter.", "Odette Pruszynski", ""}, {"We opened the Toledo mill in August.", "Odette Pruszynski", ""},
		{"Our first question comes from Marguerite Selassie with Baird.", "Operator", ""},
		{"Thanks. Leander, how much of that was price?", "Marguerite Selassie", ""}, {"About half of it, Marguerite.", "Leander Cobb", ""},
		{"This concludes today's call.", "Operator", ""}})
	// A name alone once is a byline, not a speaker.
	checkQuotes(t, "Rain returns to the valley\n\nMaren Castellanos\n\nForecasters expect two inches by Friday.\n\n“We need every drop,” said Ivo Brandt, a grower.", []wantQuote{{"We need every drop,", "Ivo Brandt", ""}})
}

// TestAnyNewsQuoteReportedInsideTurn: a turn that reports someone else's
// words by name or description ("A dealer in Traverse City said, “...”")
// gives that quote to them as well as the turn to its speaker; after a
// pronoun ("He said, “...”") the quote stays part of the turn, since in
// a speaker's own words it mostly stands for someone unnamed.
func TestAnyNewsQuoteReportedInsideTurn(t *testing.T) {
	t.Parallel()
	in := "Official Report\n\nFiona Rask (Caithness) (Con): Dr Alasdair Muir, who runs a practice in Wick, said last week, “We are running on goodwill.” Does the minister agree?\n\nThe Minister for Public Health (Nadia Quayle): No. A constituent wrote to me. He said, “I was told to phone back in the autumn.” That is not good enough.\n\nFiona Rask: I thank the minister."
	checkQuotes(t, in, []wantQuote{{"Dr Alasdair Muir, who runs a practice in Wick, said last week, “We are running on goodwill.” Does the minister agree?", "Fiona Rask", ""},
		{"We are running on goodwill.", "Alasdair Muir", ""},
		{"No. A constituent wrote to me. He said, “I was told to phone back in the autumn.” That is not good enough.", "Nadia Quayle", ""},
		{"I thank the minister.", "Fiona Rask", ""}})
}

// TestAnyNewsTitleWithSubtitle: a title in title case with a subtitle
// after a colon is no one's words even where a cue comes near it ("The
// institute's report, “...,” is linked"); a quote in title case without
// one, as headlines print quotes, still is.
func TestAnyNewsTitleWithSubtitle(t *testing.T) {
	t.Parallel()
	in := "That's all for this week. The Great Lakes Freight Institute report, “Nowhere to Stop: Overnight Truck Parking on Three Midwest Corridors,” is linked in the show notes.\n\n“We’re Going To Be Pickier, Not Smaller,” Kendra Osei-Lind told the trade press."
	checkQuotes(t, in, []wantQuote{{"We’re Going To Be Pickier, Not Smaller,", "Kendra Osei-Lind", ""}})
}

// TestAnyNewsGPOHearing: a congressional hearing as the Government
// Publishing Office prints it: "Chairman SURNAME." and "Ms. SURNAME."
// open the turns, unlabelled paragraphs continue them, and the panel in
// two columns and the "STATEMENT OF HON. ..." headings give the full
// names.
func TestAnyNewsGPOHearing(t *testing.T) {
	t.Parallel()
	in := "                     SUBCOMMITTEE ON WATER\n\n                     AMOS DELACROIX, Nevada, Chairman\nHELGA BRANNSTROM, Oregon            TOBIAS McKEE, Idaho\n\n          OPENING STATEMENT OF HON. AMOS DELACROIX, U.S. SENATOR FROM NEVADA\n\n    Chairman DELACROIX. The Subcommittee will come to order.\n\n    Lake Mead is lower than it has been in a decade.\n\n  STATEMENT OF PRIYA OYELOWO-HART, DIRECTOR, BASIN AUTHORITY\n\n    Ms. OYELOWO-HART. Thank you, Mr. Chairman.\n\n    [Laughter.]\n\n    Senator McKEE. How much water is left?\n\n    Ms. OYELOWO-HART. About a third, Senator.\n\n    Chairman DELACROIX. We stand adjourned."
	checkQuotes(t, in, []wantQuote{{"The Subcommittee will come to order.", "Amos Delacroix", ""},
		{"Lake Mead is lower than it has been in a decade.", "Amos Delacroix", ""},
		{"Thank you, Mr. Chairman.", "Priya Oyelowo-Hart", ""}, {"How much water is left?", "Tobias McKee", ""},
		{"About a third, Senator.", "Priya Oyelowo-Hart", ""}, {"We stand adjourned.", "Amos Delacroix", ""}})
}

// TestAnyNewsCapsLabelWithAnyRole: a television transcript gives each
// speaker's part after the name, whatever it is ("TONYA BURKETT, PARTS
// PLANT WORKER:"), and later the surname alone; the host's "Hello, I'm
// Jessamy Koranteng" names her, not someone called "I'm Jessamy
// Koranteng".
func TestAnyNewsCapsLabelWithAnyRole(t *testing.T) {
	t.Parallel()
	in := "State of the Union\n\nJESSAMY KORANTENG, CNN HOST: Parts and pieces.\n\nHello, I'm Jessamy Koranteng in Washington.\n\n(BEGIN VIDEO CLIP)\n\nTONYA BURKETT, PARTS PLANT WORKER: Eleven years I've been on that line.\n\n(END VIDEO CLIP)\n\nKORANTENG: Joining me now is Senator Ruth Amadi.\n\nSEN. RUTH AMADI (D-MI): Good morning.\n\nKORANTENG: What do you call it?\n\nAMADI: A layoff."
	checkQuotes(t, in, []wantQuote{{"Parts and pieces.", "Jessamy Koranteng", ""}, {"Hello, I'm Jessamy Koranteng in Washington.", "Jessamy Koranteng", ""},
		{"Eleven years I've been on that line.", "Tonya Burkett", ""}, {"Joining me now is Senator Ruth Amadi.", "Jessamy Koranteng", ""},
		{"Good morning.", "Ruth Amadi", ""}, {"What do you call it?", "Jessamy Koranteng", ""}, {"A layoff.", "Ruth Amadi", ""}})
}

// TestAnyNewsChamberVoices: a parliament's record labels members heard
// from their seats ("Some hon. members: Oh, oh!", "An hon. member:") and
// the chair ("The Speaker:"); each is a turn of that description, not of
// the member who spoke before.
func TestAnyNewsChamberVoices(t *testing.T) {
	t.Parallel()
	in := "Oral Questions\n\nMr. Clifford Hynes (Long Range Mountains, CPC): Mr. Speaker, the ferry was cancelled again.\n\nHon. Geneviève Thibodeau (Minister of Transport, Lib.): Mr. Speaker, I thank my hon. colleague.\n\nSome hon. members: Oh, oh!\n\nThe Speaker: Order. The hon. member for Long Range Mountains has the floor.\n\nMr. Clifford Hynes (Long Range Mountains, CPC): Mr. Speaker, the minister says 2028.\n\nAn hon. member: Where is it now?"
	checkQuotes(t, in, []wantQuote{{"Mr. Speaker, the ferry was cancelled again.", "Clifford Hynes", ""},
		{"Mr. Speaker, I thank my hon. colleague.", "Geneviève Thibodeau", ""}, {"Oh, oh!", "Some hon. members", ""},
		{"Order. The hon. member for Long Range Mountains has the floor.", "The Speaker", ""},
		{"Mr. Speaker, the minister says 2028.", "Clifford Hynes", ""}, {"Where is it now?", "An hon. member", ""}})
}

// TestAnyNewsPronounAfterUnlistedName: "he" after a speaker whose name
// the list of people missed ("Local Government Minister Arsalan Haider
// Qureshi", where the office's "Government" reads as an organisation's
// word) is that speaker, not the person named before him.
func TestAnyNewsPronounAfterUnlistedName(t *testing.T) {
	t.Parallel()
	in := "Residents of Orangi complained to Tariq Jokhio about the shortage.\n\nResponding, Local Government Minister Arsalan Haider Qureshi said the corporation had sealed 47 hydrants.\n\nHe said the shortage was “not the result of theft alone” but of a gap between supply and demand."
	checkQuotes(t, in, []wantQuote{{"not the result of theft alone", "Arsalan Haider Qureshi", ""}})
}

// TestAnyNewsDescriptionAfterLongQuote: "the Liverpool boss" is the one
// quoted last, whose quote ran on over paragraphs and whom a line of page
// furniture and a sentence naming two others follow.
func TestAnyNewsDescriptionAfterLongQuote(t *testing.T) {
	t.Parallel()
	in := "Henrik Dahlqvist has confirmed the injury.\n\n\"It's a blow, of course it's a blow,\" Dahlqvist said. \"But it's not two months.\n\n\"We won't take risks with him.\"\n\nAdvertisement\n\nArriola's absence means Dahlqvist must reshuffle his midfield, with academy graduate Jamie Culshaw expected to start.\n\nAsked about the fixture list, the Liverpool boss said he did not want to use the calendar \"as an excuse\" but admitted his squad were \"running on fumes\"."
	checkQuotes(t, in, []wantQuote{{"It's a blow, of course it's a blow,", "Henrik Dahlqvist", ""}, {"But it's not two months.", "Henrik Dahlqvist", ""},
		{"We won't take risks with him.", "Henrik Dahlqvist", ""}, {"as an excuse", "Henrik Dahlqvist", ""}, {"running on fumes", "Henrik Dahlqvist", ""}})
}

// TestAnyNewsCapitalTheOutlets: an outlet the lexicon does not know is
// read by a capital "The" mid-sentence after "told" or "wrote in" ("she
// told The Oldie", "wrote in The Chronicle of Higher Education"); the
// outlet whose masthead tops the page publishes the story and is no
// one's channel to it.
func TestAnyNewsCapitalTheOutlets(t *testing.T) {
	t.Parallel()
	in := "Hester Gaulden, cheesemaker, dies at 89\n\nIn 1984 Hester Gaulden presented a series on BBC Two. ‘I was on the telly for six weeks,’ she told The Oldie in 2011. ‘Mostly it is.’\n\nThe historian Ada Voss wrote in The Chronicle of Higher Education that the college had “an obligation to protect the right to protest”."
	checkQuotes(t, in, []wantQuote{{"I was on the telly for six weeks,", "Hester Gaulden", "The Oldie"}, {"Mostly it is.", "Hester Gaulden", "The Oldie"},
		{"an obligation to protect the right to protest", "Ada Voss", "The Chronicle of Higher Education"}})
	home := "The EastAfrican\n\nBusiness\n\nTanzania doubles transit bond\n\n“We are not closing the corridor,” Mr Lukumay told The EastAfrican."
	checkQuotes(t, home, []wantQuote{{"We are not closing the corridor,", "Lukumay", "-"}})
}

// TestAnyNewsSportPositions: a sports story calls the player just named
// by position ("the veteran guard", "the rookie", "the goaltender").
func TestAnyNewsSportPositions(t *testing.T) {
	t.Parallel()
	in := "Kendrick Vashaw scored 29 points. Julian Castellow blocked the shot.\n\n\"I just wanted to make him shoot over me,\" Castellow said.\n\nVashaw was two lockers away and heard every word.\n\n\"It would have been his fault, for the record,\" the veteran guard said, laughing."
	checkQuotes(t, in, []wantQuote{{"I just wanted to make him shoot over me,", "Julian Castellow", ""}, {"It would have been his fault, for the record,", "Kendrick Vashaw", ""}})
}

// TestAnyNewsNestedQuotesHeld: the words a speaker reports someone
// saying inside their own quotation come out as quotations of their own,
// held back for review, by the one named or described as saying them (by
// the speaker for "I said"); after a pronoun they stay inside.
func TestAnyNewsNestedQuotesHeld(t *testing.T) {
	t.Parallel()
	in := "Dentists warn of a crisis.\n\n“I rang the practice in Wick, and the receptionist said, ‘Most people go to Inverness.’ So I said, ‘That is a 220-mile round trip.’ Then Dr Alasdair Muir told me, ‘We are running on goodwill.’ He said, ‘Come back in autumn,’” Fiona Rask said."
	type nestedWant struct{ text, speaker string }
	want := []nestedWant{{"Most people go to Inverness.", "the receptionist"}, {"That is a 220-mile round trip.", "Fiona Rask"}, {"We are running on goodwill.", "Alasdair Muir"}}
	var got []nestedWant
	res := Extract(in)
	checkInvariants(t, in, res)
	for _, q := range res.Quotes {
		if q.Likely {
			if q.Speaker != "Fiona Rask" {
				t.Errorf("likely quote %q by %q", q.Text, q.Speaker)
			}
			continue
		}
		got = append(got, nestedWant{q.Text, q.Speaker})
	}
	if len(got) != len(want) {
		t.Fatalf("held quotes %q, want %q", got, want)
	}
	for i := range want {
		if got[i].text != want[i].text || normSpeaker(got[i].speaker) != normSpeaker(want[i].speaker) {
			t.Errorf("held quote %d = %q, want %q", i, got[i], want[i])
		}
	}
}

// TestAnyNewsApposition: a quote attributed to the description set
// between commas after a person's name ("Roy Delacroix, a Republican,
// has so far declined, saying"; "Ashraf Memon, a member of the
// opposition from Karachi West, however, questioned ..., saying") is the
// person's, whether or not the list of people had the name.
func TestAnyNewsApposition(t *testing.T) {
	t.Parallel()
	in := "Sen. Wade Harlan, a Kansas Republican who sits on the committee, said he would not support it.\n\nMarquez has asked the committee to hold a second hearing. Committee Chairman Roy Delacroix, a Republican, has so far declined, saying the nominee already answered “hundreds of questions” in writing.\n\nHaji Muhammad Ashraf Memon, a member of the opposition from Karachi West, however, questioned the government’s seriousness, saying similar committees had been formed “every monsoon and every summer” without any result."
	checkQuotes(t, in, []wantQuote{{"hundreds of questions", "Roy Delacroix", ""}, {"every monsoon and every summer", "Muhammad Ashraf Memon", ""}})
}

// TestAnyNewsArabicPatronymic: "bin" or "bint" and the father's name
// before an "Al-" family name are part of an Arabic name.
func TestAnyNewsArabicPatronymic(t *testing.T) {
	t.Parallel()
	in := "Farmers in Qassim are angry about the ban.\n\nOne of them, Saleh bin Ibrahim Al-Harbi, has 600 offshoots sold.\n\n\"Nobody is against the inspection,\" Al-Harbi said."
	checkQuotes(t, in, []wantQuote{{"Nobody is against the inspection,", "Saleh bin Ibrahim Al-Harbi", ""}})
}

// TestAnyNewsTimedTalk: a talk's transcript under its times in the
// recording, with no labels, is the words of the one the page is about;
// the audience's laughter parts a paragraph, and stage directions are no
// one's.
func TestAnyNewsTimedTalk(t *testing.T) {
	t.Parallel()
	in := "Oren Vashti: Why bridges hum\n\nStructural engineer Oren Vashti listens to bridges. In this talk, Oren Vashti explains what the sound means.\n\nTranscript (English)\n\n00:04\nSo I want to start with a sound.\n\n(Audio: low hum)\n\n00:17\nThat is a healthy bridge. My professor said it was nonsense. (Laughter) He was wrong.\n\n01:02\nAnd this one is about to fail.\n\nWatch next"
	checkQuotes(t, in, []wantQuote{{"So I want to start with a sound.", "Oren Vashti", ""}, {"That is a healthy bridge. My professor said it was nonsense.", "Oren Vashti", ""},
		{"He was wrong.", "Oren Vashti", ""}, {"And this one is about to fail.", "Oren Vashti", ""}})
}

// TestAnyNewsOrgFirstHalf: "Oxfordshire Fire", before "and Rescue
// Service", is half an organisation's name, never the "he" after it.
func TestAnyNewsOrgFirstHalf(t *testing.T) {
	t.Parallel()
	in := "Fire investigator gives evidence\n\nThe jury heard from Dr Imran Sowerby-Kent, a fire investigator instructed by Oxfordshire Fire and Rescue Service.\n\nHe told the court that samples contained traces of petrol.\n\n\"In my opinion, this was not an accidental fire,\" he said."
	checkQuotes(t, in, []wantQuote{{"In my opinion, this was not an accidental fire,", "Imran Sowerby-Kent", ""}})
}

// TestAnyNewsUsernameLabels: posts labelled with usernames
// ("pickled_lantern:", "u/Ferrocene_Dreams:") are turns by those
// usernames, and a username the article says someone posts as is that
// person.
func TestAnyNewsUsernameLabels(t *testing.T) {
	t.Parallel()
	in := "Studio boss answers fans\n\nGame director Henrik Osei-Lindgren spent three hours answering questions on Reddit. Osei-Lindgren posts as BramblewickHenrik.\n\nu/Ferrocene_Dreams: Steam Deck at launch, yes or no?\n\nBramblewickHenrik: Yes. We test on Deck every week.\n\npickled_lantern: Mod support? Workshop?\n\nBramblewickHenrik: Not at launch."
	checkQuotes(t, in, []wantQuote{{"Steam Deck at launch, yes or no?", "u/Ferrocene_Dreams", ""}, {"Yes. We test on Deck every week.", "Henrik Osei-Lindgren", ""},
		{"Mod support? Workshop?", "pickled_lantern", ""}, {"Not at launch.", "Henrik Osei-Lindgren", ""}})
}

// TestAnyNewsReporterNamesThemselves: a reporter who gives their name
// and outlet before the question ("REPORTER: Hannah Whitlow, ITV Tyne
// Tees. Has a weapon been recovered?") is that person.
func TestAnyNewsReporterNamesThemselves(t *testing.T) {
	t.Parallel()
	in := "Police update on Bishop Auckland death\n\nDET SUPT CASTLETON: We have arrested a man.\n\nREPORTER: Hannah Whitlow, ITV Tyne Tees. Has a weapon been recovered?\n\nDET SUPT CASTLETON: I won't go into that.\n\nREPORTER: Why was he released?\n\nDET SUPT CASTLETON: Inquiries continue."
	checkQuotes(t, in, []wantQuote{{"We have arrested a man.", "Castleton", ""}, {"Hannah Whitlow, ITV Tyne Tees. Has a weapon been recovered?", "Hannah Whitlow", ""},
		{"I won't go into that.", "Castleton", ""}, {"Why was he released?", "Reporter", ""}, {"Inquiries continue.", "Castleton", ""}})
}

// TestAnyNewsParticipleOpener: a participle opening a sentence before a
// name ("Addressing Jordan McQuarrie, ...", "Cross-examining Lorna
// Fitchett, ...") is no part of it.
func TestAnyNewsParticipleOpener(t *testing.T) {
	t.Parallel()
	in := "A neighbour gave evidence on Tuesday.\n\nCross-examining Lorna Fitchett, defence barrister Nkechi Abara asked whether she had seen his face.\n\n\"I didn't say I saw his face,\" Ms Fitchett replied."
	checkQuotes(t, in, []wantQuote{{"I didn't say I saw his face,", "Lorna Fitchett", ""}})
}

// TestAnyNewsSelfNamedStatement: a statement read aloud that names its
// maker in its opening words ("I, Chinonso Ukpabi, having been duly
// cautioned ...") is that person's, over every paragraph it runs to.
func TestAnyNewsSelfNamedStatement(t *testing.T) {
	t.Parallel()
	in := "Fraud trial hears defendant's statement\n\nLed in evidence by the prosecution counsel, Aisha Bello-Aliyu, the witness, Aminu Garba Yelwa, read portions of the statement aloud.\n\n“I, Chinonso Ukpabi, having been duly cautioned, voluntarily make the following statement. I joined the bank in 2016.\n\n“I admit that I benefited from part of the money,” the statement read."
	checkQuotes(t, in, []wantQuote{{"I, Chinonso Ukpabi, having been duly cautioned, voluntarily make the following statement. I joined the bank in 2016.", "Chinonso Ukpabi", ""},
		{"I admit that I benefited from part of the money,", "Chinonso Ukpabi", ""}})
}

// TestAnyNewsLedeOfficeAfterMenus: a lede's office with a portfolio
// ("The Minister of State for Older People has said ...") is the person
// the next paragraph names after an opening phrase ("Speaking on RTÉ's
// Morning Ireland, Siobhán Fahy said"), even below a pasted page's menus.
func TestAnyNewsLedeOfficeAfterMenus(t *testing.T) {
	t.Parallel()
	in := "RTÉ\nNews\nSport\nEntertainment\nBusiness\nWeather\nPlayer\nSign in\nMenu\nSearch\nNews\nIreland\nWorld\nPolitics\nHealth\nEducation\n\nHome support waiting lists grow in Mayo\n\nUpdated / Tuesday, 4 Mar 2025 08:41\n\nBy Aoife Keane, Western Correspondent\n\nThe Minister of State for Older People has said that recruitment of carers in rural areas remains \"the single biggest challenge\" facing the service.\n\nSpeaking on RTÉ's Morning Ireland, Siobhán Fahy said the number of home support hours had risen every year since 2020."
	checkQuotes(t, in, []wantQuote{{"the single biggest challenge", "Siobhán Fahy", ""}})
}

// TestAnyNewsWorkTitles: a work's title in quotation marks after its
// noun, "a recording of" or a verb of seeing ("the hymn “Den blomstertid
// nu kommer”", "after seeing “Salt in the Well”") is no one's words; what
// someone called the work is.
func TestAnyNewsWorkTitles(t *testing.T) {
	t.Parallel()
	in := "Festival round-up\n\nActor Mireille Tessand said she had written to the director after seeing “Salt in the Well” at a small cinema. The score sets the hymn “Den blomstertid nu kommer” over the final scene, and a phone recording of “Half a Mile of Fence” went round the crew.\n\nThe label's founder, Cass Merriweather, called the album “the easiest yes I’ve said in years”."
	checkQuotes(t, in, []wantQuote{{"the easiest yes I’ve said in years", "Cass Merriweather", ""}})
}

// TestAnyNewsTheSpokesperson: "the spokesperson said", with no unnamed
// spokesperson introduced, is the one person the story titled so.
func TestAnyNewsTheSpokesperson(t *testing.T) {
	t.Parallel()
	in := "Briefing\n\nSpokesperson Wang Lixun said at a regular press briefing on Tuesday that China opposed the measure.\n\nA journalist asked about the EU. Zambia's minister Peter Banda visited Beijing last week.\n\n\"We urge the EU side to abide by its commitment,\" the spokesperson said."
	checkQuotes(t, in, []wantQuote{{"We urge the EU side to abide by its commitment,", "Wang Lixun", ""}})
}

// TestAnyNewsPlaceOfSpeaker: "said resident Priya Ramaswamy-Kent of
// Dorian Road" is the resident, not the road.
func TestAnyNewsPlaceOfSpeaker(t *testing.T) {
	t.Parallel()
	in := "Council votes on plaza\n\nResidents packed the meeting on Tuesday.\n\n\"My kids learned to ride bikes on that street,\" said resident Priya Ramaswamy-Kent of Dorian Road. \"Please don't take it away from us.\""
	checkQuotes(t, in, []wantQuote{{"My kids learned to ride bikes on that street,", "Priya Ramaswamy-Kent", ""}, {"Please don't take it away from us.", "Priya Ramaswamy-Kent", ""}})
}

// TestAnyNewsPageButtons: a page's buttons ("Sign In", "Support Daily
// Maverick") are no one a description or pronoun stands for.
func TestAnyNewsPageButtons(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"Sign In", "Log In", "Support Daily Maverick", "Subscribe Now"} {
		if !vocab.PlaceOrTeam(name) {
			t.Errorf("%q reads as a person's name", name)
		}
	}
	if vocab.PlaceOrTeam("Mpho Radebe-Nkuna") {
		t.Error("a person's name reads as a page's button")
	}
}

// TestAnyNewsPacificTitles: Fijian titles ("Ratu", "Adi", "Turaga ni
// Koro") are no part of the name after them.
func TestAnyNewsPacificTitles(t *testing.T) {
	t.Parallel()
	in := "Village relocation delayed\n\nBut Turaga ni Koro Semi Ratuvou said the villagers' patience was running out.\n\n\"We are tired of waiting,\" he said.\n\nThe ministry's Ratu Epeli Tavaiqia said officials were \"working closely\" with the village."
	checkQuotes(t, in, []wantQuote{{"We are tired of waiting,", "Semi Ratuvou", ""}, {"working closely", "Epeli Tavaiqia", ""}})
}

// TestAnyNewsDocumentMadeBefore: "the memo added" is whoever the
// sentence before made the memo speak for ("A March 14 memo from the
// agency’s rail office warned ... Pending petitions, the memo added,
// “...”").
func TestAnyNewsDocumentMadeBefore(t *testing.T) {
	t.Parallel()
	in := "Rail safety backlog grows\n\nThe agency regulates freight lines.\n\nA March 14 memo from the agency’s Office of Railroad Safety warned senior leaders that the reassignment would leave the docket “functionally unstaffed.” Pending petitions, the memo added, “may come to be treated by industry as de facto approvals.”"
	checkQuotes(t, in, []wantQuote{{"functionally unstaffed.", "Office of Railroad Safety", ""}, {"may come to be treated by industry as de facto approvals.", "Office of Railroad Safety", ""}})
}

// TestAnyNewsEventsAreNoOne: an event's or a competition's name ("the
// season's remaining Signature Events", "the Ryder Cup") is never the
// "he" after it.
func TestAnyNewsEventsAreNoOne(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"Signature Events", "Ryder Cup", "Premier League", "Scottish Open"} {
		if !vocab.PlaceOrTeam(name) {
			t.Errorf("%q reads as a person's name", name)
		}
	}
	in := "Golfer wins playoff\n\nMikkel Thorsager-Holm won on Sunday. The win earns him a spot in the Masters and in the season's remaining Signature Events.\n\n\"I don't even know my schedule anymore,\" he said."
	checkQuotes(t, in, []wantQuote{{"I don't even know my schedule anymore,", "Mikkel Thorsager-Holm", ""}})
}

// TestAnyNewsBasedWithEnDash: "The San Francisco–based AI company
// Aperture Intelligence" (an en dash) names the firm after its noun; "the
// company" is the firm, not the city.
func TestAnyNewsBasedWithEnDash(t *testing.T) {
	t.Parallel()
	in := "AI firm flags its own errors\n\nThe San Francisco–based AI company Aperture Intelligence says it has found a way to make its model flag its own fabrications.\n\n“We think this is an important step,” the company wrote in the blog post."
	checkQuotes(t, in, []wantQuote{{"We think this is an important step,", "Aperture Intelligence", ""}})
}

// TestAnyNewsUsernameStartingWithU: a username whose first letter is u
// is read whole; only a "u/" before it is the site's.
func TestAnyNewsUsernameStartingWithU(t *testing.T) {
	t.Parallel()
	in := "Studio boss answers fans\n\nGame director Henrik Osei-Lindgren answered questions on Reddit. Osei-Lindgren posts as uwe_makes_games.\n\nFerrocene_Dreams: Steam Deck at launch, yes or no?\n\nuwe_makes_games: Yes. We test on Deck every week.\n\npickled_lantern: Mod support?\n\nuwe_makes_games: Not at launch."
	checkQuotes(t, in, []wantQuote{{"Steam Deck at launch, yes or no?", "Ferrocene_Dreams", ""}, {"Yes. We test on Deck every week.", "Henrik Osei-Lindgren", ""},
		{"Mod support?", "pickled_lantern", ""}, {"Not at launch.", "Henrik Osei-Lindgren", ""}})
}
