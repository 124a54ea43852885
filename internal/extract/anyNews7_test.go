package extract

import "testing"

// TestAnyNewsOfficesAndFirms: an office resolves to the person the
// article gave it ("Chancellor Rachel Reeves" for "the chancellor"), not
// to a qualified holder ("the shadow chancellor"), and to the subject of
// the sentence before when no one else is named; "the company" is the
// firm an earlier sentence was about, however many sentences back.
func TestAnyNewsOfficesAndFirms(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"an office given earlier", "Chancellor Rachel Reeves spoke first. Mel Stride, the shadow chancellor, replied at length.\n\n“We will not change course,” the chancellor said.",
			[]wantQuote{{"We will not change course,", "Rachel Reeves", ""}}},
		{"an office after its holder's sentence", "Rachel Reeves has defended the decision to raise fuel duty.\n\n“It was the fair choice,” the chancellor said.",
			[]wantQuote{{"It was the fair choice,", "Rachel Reeves", ""}}},
		{"a head of state is not the last name", "Kamala Harris spoke in Ohio on Monday.\n\n“We will not stand for it,” the president said in Washington.",
			[]wantQuote{{"We will not stand for it,", "the president", ""}}},
		{"the company sentences later", "Loomly has disabled the assistant it launched last month.\n\nThe problem surfaced on Monday, when Jordan Kessler posted a screenshot. “It just showed up,” Kessler wrote. “Nobody asked it.”\n\nWithin hours, similar reports appeared on Reddit.\n\nOn Tuesday, the company said the assistant had been “treating calendar access as consent.”",
			[]wantQuote{{"It just showed up,", "Jordan Kessler", ""}, {"Nobody asked it.", "Jordan Kessler", ""}, {"treating calendar access as consent.", "Loomly", ""}}},
		{"the company is no regulator", "Loomly has disabled the assistant.\n\nThe Federal Trade Commission has asked for documents.\n\nThe company said it was “cooperating fully.”",
			[]wantQuote{{"cooperating fully.", "Loomly", ""}}},
	}
	checkCases(t, cases)
}

// TestAnyNewsViaFromTheInterviewOn: an outlet a person spoke to later
// in the article is not the way their earlier posts came.
func TestAnyNewsViaFromTheInterviewOn(t *testing.T) {
	t.Parallel()
	checkQuotes(t, "Loomly's chief executive, Marcus Feld, apologised on Threads. “We got this badly wrong,” he posted.\n\nFeld told The Verge in an email that few accounts had been affected. “We will do better,” he said.",
		[]wantQuote{{"We got this badly wrong,", "Marcus Feld", "-"}, {"We will do better,", "Marcus Feld", "Verge"}})
}

// TestAnyNewsAnonymousSources: an unnamed source keeps how it knows
// ("familiar with the matter", "close to the talks") without its number,
// and "one of the people", "one official" or "the source" later is that
// source.
func TestAnyNewsAnonymousSources(t *testing.T) {
	t.Parallel()
	in := "Two people familiar with the matter said the leak had been detected hours earlier. \"There was a delay,\" one of the people said.\n\nA source close to the talks said the deal was near. \"It is done,\" the source said.\n\nThree officials briefed on the plans said the vote would slip. \"Nobody wants it,\" one official said."
	checkQuotes(t, in, []wantQuote{{"There was a delay,", "people familiar with the matter", ""}, {"It is done,", "source close to the talks", ""}, {"Nobody wants it,", "officials briefed on the plans", ""}})
}

// TestAnyNewsStatementsAndEpithets: "the statement" that speaks is the
// statement of the speaker before it, with its outlet; "a rep for X"
// keeps whom the rep speaks for; "the Oscar winner" is the person named
// just before.
func TestAnyNewsStatementsAndEpithets(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"the statement read", "The City of Dunmore said in a statement that it was finding housing for residents.\n\n\"Our hearts go out to every family,\" the statement read.",
			[]wantQuote{{"Our hearts go out to every family,", "City of Dunmore", ""}}},
		{"a rep's statement continued", "A rep for Ellison confirmed the news to PEOPLE, saying the singer \"is resting at home.\"\n\n\"She asks for privacy,\" the statement continued.",
			[]wantQuote{{"is resting at home.", "rep for Ellison", ""}, {"She asks for privacy,", "rep for Ellison", ""}}},
		{"the award winner", "Vera Ellison is taking a break.\n\n\"I need to rest my voice,\" the Grammy winner said on Tuesday.",
			[]wantQuote{{"I need to rest my voice,", "Vera Ellison", ""}}},
	}
	checkCases(t, cases)
}

// TestAnyNewsHonorificSurname: "Mrs Ellwood" is a later mention of
// Margaret Ellwood, so a pronoun after it is hers and not that of a woman
// named in full since.
func TestAnyNewsHonorificSurname(t *testing.T) {
	t.Parallel()
	in := "Dean Pike took £62,000 from Margaret Ellwood.\n\nOpening the case, Rebecca Sloane, prosecuting, said Pike had lied. ‘He knew what he was doing,’ Miss Sloane said.\n\nMrs Ellwood, a retired secretary, gave evidence from behind a screen.\n\n‘He was very polite,’ she said."
	checkQuotes(t, in, []wantQuote{{"He knew what he was doing,", "Rebecca Sloane", ""}, {"He was very polite,", "Margaret Ellwood", ""}})
}

// TestAnyNewsSurnameAfterOpener: a surname after a word that opens its
// sentence ("For Brennan, ...") is the latest mention a pronoun after it
// continues, not the person quoted before.
func TestAnyNewsSurnameAfterOpener(t *testing.T) {
	t.Parallel()
	in := "Kayla Brennan thought her son had a cold.\n\nDr. Marisol Ortega, a specialist, said cases were rising. \"It is bad,\" Ortega said.\n\nFor Brennan, the diagnosis came late. She had been offered the shot.\n\n\"Nobody pushed,\" she said."
	checkQuotes(t, in, []wantQuote{{"It is bad,", "Marisol Ortega", ""}, {"Nobody pushed,", "Kayla Brennan", ""}})
}

// TestAnyNewsProgrammeVia: a programme's title after its outlet is part
// of the via; "telling the programme" is that outlet; the same speaker's
// next quotes, a paragraph on, came the same way.
func TestAnyNewsProgrammeVia(t *testing.T) {
	t.Parallel()
	in := "\"I am disappointed,\" Forest manager Sander Hoekman told BBC Match of the Day.\n\n\"We defended well.\"\n\nHoekman also defended his side, telling the programme that Brentford \"would do exactly the same\" in his position.\n\n\"People can whistle,\" Hoekman said."
	checkQuotes(t, in, []wantQuote{{"I am disappointed,", "Sander Hoekman", "BBC Match of the Day"}, {"We defended well.", "Sander Hoekman", "BBC Match of the Day"},
		{"would do exactly the same", "Sander Hoekman", "BBC Match of the Day"}, {"People can whistle,", "Sander Hoekman", "BBC Match of the Day"}})
}

// TestAnyNewsOfficersAndAskers: "the chief executive" is the person the
// article titled so, not the officer quoted since; "the Cupertino,
// California-based company" is no person for "he"; the one asking ("Asked
// by Martin Kell, defending") is not the one who replies.
func TestAnyNewsOfficersAndAskers(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"the chief executive", "\"We over-built,\" Chief Executive Adrian Castellanos said on a call with analysts.\n\nThe Cupertino, California-based company said in a filing that 410 jobs would go.\n\n\"We would rather take the pain now,\" Chief Financial Officer Meera Pillai said. She said sales would recover.\n\nThe chief executive said the company was not losing ground.\n\n\"Our customers are waiting,\" he said.",
			[]wantQuote{{"We over-built,", "Adrian Castellanos", ""}, {"We would rather take the pain now,", "Meera Pillai", ""}, {"Our customers are waiting,", "Adrian Castellanos", ""}}},
		{"asked by", "Margaret Ellwood gave evidence from behind a screen. ‘He was very polite,’ she said.\n\nAsked by Martin Kell, defending, whether she had gone up to look, the pensioner replied: ‘I’m 84. I don’t go up ladders.’",
			[]wantQuote{{"He was very polite,", "Margaret Ellwood", ""}, {"I’m 84. I don’t go up ladders.", "Margaret Ellwood", ""}}},
	}
	checkCases(t, cases)
}

// TestAnyNewsUnknownOutlets: an outlet the lexicon does not know is read
// from its trade word ("The Business Times", "TNT Sports") or a podcast's
// title; a person's name after "told" is no outlet; words said to
// reporters later are not the interview's.
func TestAnyNewsUnknownOutlets(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"a trade word", "\"We will hold them to their word,\" union chief Raymond Goh told The Business Times.",
			[]wantQuote{{"We will hold them to their word,", "Raymond Goh", "The Business Times"}}},
		{"sports", "\"I'll be polite,\" the Brentford head coach Declan Foyle said, speaking to TNT Sports.",
			[]wantQuote{{"I'll be polite,", "Declan Foyle", "TNT Sports"}}},
		{"a podcast", "Tessa Marlowe spoke about stage work last month. \"Film is a sprint,\" she said on the Second Act podcast in November.",
			[]wantQuote{{"Film is a sprint,", "Tessa Marlowe", "Second Act"}}},
		{"a person", "\"It was a mistake,\" Senator Dana Cole told Mark Ellis, a reporter.",
			[]wantQuote{{"It was a mistake,", "Dana Cole", "-"}}},
		{"another occasion", "\"It is a blank check,\" Brandt said on Fox News. \"That is not how I was raised.\"\n\nSpeaking to reporters later, Dana Brandt said they would \"not be bullied.\"",
			[]wantQuote{{"It is a blank check,", "Dana Brandt", "Fox News"}, {"That is not how I was raised.", "Dana Brandt", "Fox News"}, {"not be bullied.", "Dana Brandt", "-"}}},
	}
	checkCases(t, cases)
}

// TestAnyNewsLinkLines: a line linking to another story ("RELATED: ...")
// names no one in this one, so a pronoun after it skips its title's
// words, as it skips a work ("in Bright Hours").
func TestAnyNewsLinkLines(t *testing.T) {
	t.Parallel()
	in := "Tessa Marlowe is pressing pause.\n\nRELATED: Tessa Marlowe Looks Back on Her Oscar Night and the Dress She Nearly Didn't Wear\n\nMarlowe, who won an Oscar in 2019 for her role in Bright Hours, had spoken about stage work last month.\n\n\"Film is a sprint,\" she said."
	checkQuotes(t, in, []wantQuote{{"Film is a sprint,", "Tessa Marlowe", ""}})
}

// TestAnyNewsHeadlineSubject: a quote in a title-case headline is the
// words of the person the headline opens with, not of a run of its
// capitalised words.
func TestAnyNewsHeadlineSubject(t *testing.T) {
	t.Parallel()
	in := "Tessa Marlowe Exits Broadway Revival After Vocal Cord Surgery: 'My Body Finally Sent the Bill'\n\nTessa Marlowe is pressing pause.\n\n\"Some personal news,\" Marlowe wrote on Instagram."
	checkQuotes(t, in, []wantQuote{{"My Body Finally Sent the Bill", "Tessa Marlowe", ""}, {"Some personal news,", "Tessa Marlowe", ""}})
}

// TestAnyNewsSpeakerGoesOn: "She added:" in the paragraph after a
// woman's quote, with no one named in between, is still her.
func TestAnyNewsSpeakerGoesOn(t *testing.T) {
	t.Parallel()
	in := "Kayla Brennan thought her son had a cold.\n\nDr. Marisol Ortega, a specialist, said cases were rising. \"It is bad,\" Ortega said.\n\nFor Brennan, the diagnosis came late. She had been offered the shot.\n\n\"Nobody pushed,\" she said.\n\nShe added: \"If someone had shown me a video, I would have said yes.\""
	checkQuotes(t, in, []wantQuote{{"It is bad,", "Marisol Ortega", ""}, {"Nobody pushed,", "Kayla Brennan", ""}, {"If someone had shown me a video, I would have said yes.", "Kayla Brennan", ""}})
}

// TestAnyNewsGroups: "they" is the group the sentence before opens with
// ("The researchers ..."), and "the group" a whole name with "of" in it.
func TestAnyNewsGroups(t *testing.T) {
	t.Parallel()
	in := "The researchers are careful not to overstate the benefit. “Legacy effects are not uniformly positive,” they wrote in the paper.\n\nThe Alliance of Small Island States (Aosis), which negotiates as a bloc, was blunter still. \"A deal that retreats is no compromise,\" the group said."
	checkQuotes(t, in, []wantQuote{{"Legacy effects are not uniformly positive,", "researchers", ""}, {"A deal that retreats is no compromise,", "Alliance of Small Island States", ""}})
}

// TestAnyNewsObjectNotSpeaker: a person named in the pronoun's own
// sentence as an owner ("Asked about Brandt’s remarks, she said") is not
// the one answering; the subject of the sentence before is.
func TestAnyNewsObjectNotSpeaker(t *testing.T) {
	t.Parallel()
	in := "Senator Lorraine Pruitt and Representative Celia Brandt traded blows on Sunday.\n\nPruitt, for her part, brushed off the criticism. Asked about Brandt’s remarks later, she said the congresswoman “has never seen a fire line in her life.”"
	checkQuotes(t, in, []wantQuote{{"has never seen a fire line in her life.", "Lorraine Pruitt", ""}})
}

// TestAnyNewsIntroducedJustBefore: "the official" after "A second
// administration official pushed back" is that second official, not the
// official quoted earlier.
func TestAnyNewsIntroducedJustBefore(t *testing.T) {
	t.Parallel()
	in := "\"It is a turf war,\" a senior administration official said.\n\nA second administration official pushed back on that reading.\n\n\"There is no turf war,\" the official said."
	checkQuotes(t, in, []wantQuote{{"It is a turf war,", "senior administration official", ""}, {"There is no turf war,", "second administration official", ""}})
}

// TestAnyNewsTitlesHeldBack: a programme's or a work's title in marks is
// held back, a few words of speech are not.
func TestAnyNewsTitlesHeldBack(t *testing.T) {
	t.Parallel()
	in := "Senator Dana Brandt made her case.\n\n\"It is a blank check,\" Brandt said on Fox News’ “Sunday Morning Futures.” She called the bill “Not Good Enough” and said it was “a disgrace.”"
	checkQuotes(t, in, []wantQuote{{"It is a blank check,", "Dana Brandt", ""}, {"Not Good Enough", "Dana Brandt", ""}, {"a disgrace.", "Dana Brandt", ""}})
}

// TestAnyNewsHoldersAndStrategists: "the two-term senator" is the
// senator the article wrote "Sen." before; "the 61-year-old former
// governor" the one it called "Former Gov."; an anonymous strategist
// keeps what they were involved in; "the Briton" is the one person named
// just before, not a team after "his".
func TestAnyNewsHoldersAndStrategists(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"offices with their holders' words", "Former Gov. Ruth Calloway unseated Republican Sen. Dale Whitaker on Tuesday.\n\n\"Nevada sent a mandate,\" Calloway told supporters.\n\nThe 61-year-old former governor built her campaign around water, hammering Whitaker over his votes.\n\n\"I asked whether it held water,\" she said.\n\nWhitaker conceded before midnight.\n\n\"We came up short,\" the two-term senator said.",
			[]wantQuote{{"Nevada sent a mandate,", "Ruth Calloway", ""}, {"I asked whether it held water,", "Ruth Calloway", ""}, {"We came up short,", "Dale Whitaker", ""}}},
		{"a strategist involved", "One Democratic strategist involved in the Senate race, who spoke on condition of anonymity, said the campaign had been worried.\n\n\"We were terrified in September,\" the strategist said.",
			[]wantQuote{{"We were terrified in September,", "Democratic strategist involved in the Senate race", ""}}},
		{"the Briton", "Lando Norris was handed a penalty.\n\nNorris, who now trails his Red Bull rival by 11 points, was unimpressed.\n\n“I don’t agree with it,” the Briton said.",
			[]wantQuote{{"I don’t agree with it,", "Lando Norris", ""}}},
	}
	checkCases(t, cases)
}

// TestAnyNewsAskedByTitled: the one a question came from, with a role
// before the name ("Asked by prosecutor Karen Liu"), is not the one who
// replies.
func TestAnyNewsAskedByTitled(t *testing.T) {
	t.Parallel()
	in := "Carla Dominguez, 61, was the first eyewitness called by prosecutors.\n\nDominguez testified that she was watering plants on her porch.\n\nAsked by prosecutor Karen Liu whether she could see what Brenner was holding, she replied, \"A shovel. A flat one.\""
	checkQuotes(t, in, []wantQuote{{"A shovel. A flat one.", "Carla Dominguez", ""}})
}

// TestAnyNewsAcronymOutlets: an acronym after "told", or after "to" or
// "with" where words of speech come just before, is an outlet; the FBI
// is not one, nor is "told FBI agents".
func TestAnyNewsAcronymOutlets(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"told", "\"That's on me,\" game director Jonas Ekberg told IGN.", []wantQuote{{"That's on me,", "Jonas Ekberg", "IGN"}}},
		{"in an interview with", "In an interview with STAT, founder Nadia Perl said the timing was a surprise. \"Nobody is switching anything off,\" Perl said.",
			[]wantQuote{{"Nobody is switching anything off,", "Nadia Perl", "STAT"}}},
		{"not an outlet", "\"I saw him run,\" witness Dana Cole told FBI agents.", []wantQuote{{"I saw him run,", "Dana Cole", "-"}}},
		{"the paper's one word", "\"He loved her approach,\" a royal source told the Mail.", []wantQuote{{"He loved her approach,", "royal source", "Mail"}}},
	}
	checkCases(t, cases)
}

// TestAnyNewsSurnameSubject: a pronoun continues the subject of the
// sentence before written by surname alone ("Whitfield visited Hawthorne
// three times"), not a school named in that sentence.
func TestAnyNewsSurnameSubject(t *testing.T) {
	t.Parallel()
	in := "The board voted 4-3 to close Hawthorne Elementary.\n\nBoard members Karen Whitfield and Dana Pruitt had been undecided. Whitfield visited Hawthorne three times this fall.\n\n\"It's a wonderful school,\" she said."
	checkQuotes(t, in, []wantQuote{{"It's a wonderful school,", "Karen Whitfield", ""}})
}

// TestAnyNewsFirmOwner: "the Stockholm-based studio" and "the studio"
// later are the firm written as an owner before ("Halfmoon Interactive's
// shooter"), and "The company" the firm's whole name.
func TestAnyNewsFirmOwner(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"the studio", "Ashfall Protocol, Halfmoon Interactive's long-awaited shooter, will not leave early access this year, Halfmoon confirmed on Tuesday.\n\nIn a statement posted on X, the Stockholm-based studio called the delay \"the hardest call we've made.\"\n\n\"We'd rather ship it late than broken,\" the studio said.",
			[]wantQuote{{"the hardest call we've made.", "Halfmoon Interactive", ""}, {"We'd rather ship it late than broken,", "Halfmoon Interactive", ""}}},
		{"the whole name", "Northwind Analytics raised $40 million on Tuesday.\n\nNorthwind's software is used by 300 retail chains. The company describes its approach as \"weather-aware\" forecasting.",
			[]wantQuote{{"weather-aware", "Northwind Analytics", ""}}},
	}
	checkCases(t, cases)
}

// TestAnyNewsIrishNames: surnames of several words ("Mac Giolla Rua",
// "Ó Briain") stay whole, a later "Mac Carthaigh" is the person named in
// full, "the judge" is "Mr Justice ...", and a role in capitals before a
// name ("Local TD") is no part of it.
func TestAnyNewsIrishNames(t *testing.T) {
	t.Parallel()
	in := "Mr Justice Dónal Mac Giolla Rua quashed the permission on Tuesday.\n\n\"I am satisfied that the decision must be quashed,\" the judge said.\n\nThe Tánaiste, Nuala Mac Carthaigh, said the ruling would be studied. \"We have to be honest with people,\" Mac Carthaigh said.\n\nLocal TD Pádraig Ó Briain was scathing. \"We hear the same excuses,\" he told RTÉ Radio 1."
	checkQuotes(t, in, []wantQuote{{"I am satisfied that the decision must be quashed,", "Dónal Mac Giolla Rua", ""}, {"We have to be honest with people,", "Nuala Mac Carthaigh", ""},
		{"We hear the same excuses,", "Pádraig Ó Briain", "RTÉ Radio 1"}})
}

// TestAnyNewsHeadlineRuns: a run of a title-case headline's words
// ("Morrow Cools Bets") is no one's name; the person the story names in
// full with one of its words is.
func TestAnyNewsHeadlineRuns(t *testing.T) {
	t.Parallel()
	in := "Stocks Retreat From Record as Morrow Cools Bets on January Cut\n\nStocks fell after Federal Reserve Chair Daniel Morrow pushed back against wagers on a cut.\n\n\"We have made real progress,\" Morrow said. \"But the last stretch is the hardest.\""
	checkQuotes(t, in, []wantQuote{{"We have made real progress,", "Daniel Morrow", ""}, {"But the last stretch is the hardest.", "Daniel Morrow", ""}})
}

// TestAnyNewsOfficeInApposition: an office written after a name with a
// title of another kind ("Sir Graham Ellery, the former cabinet minister
// who ...") is that person's.
func TestAnyNewsOfficeInApposition(t *testing.T) {
	t.Parallel()
	in := "Shadow housing secretary Helen Marsh attacked the plan.\n\nSir Graham Ellery, the former cabinet minister who chaired the housing committee, was more measured.\n\n\"I don't blame ministers for aiming high,\" the former cabinet minister told the programme."
	checkQuotes(t, in, []wantQuote{{"I don't blame ministers for aiming high,", "Graham Ellery", ""}})
}

// TestAnyNewsPartiesAndSpokesmen: a party ("Christian Democrats") is no
// one "he" stands for; "he" after a sentence about an unnamed spokesman
// is that spokesman.
func TestAnyNewsPartiesAndSpokesmen(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"a party", "Chancellor Stefan Ahrens spoke in Leipzig.\n\nAhrens, whose conservative Christian Democrats govern in coalition, has signalled more openness.\n\n\"We have to be serious about the money,\" he told party members.",
			[]wantQuote{{"We have to be serious about the money,", "Stefan Ahrens", ""}}},
		{"a spokesman", "At a briefing for journalists later, the prime minister's official spokesman was asked repeatedly whether the figure could be revised. \"We've set out the plan,\" he said.",
			[]wantQuote{{"We've set out the plan,", "prime minister's official spokesman", ""}}},
	}
	checkCases(t, cases)
}

// TestAnyNewsEpithetPastPronouns: an epithet after a sentence about "he"
// reads back to the person named before it, and a nationality ("a Sri
// Lankan") is no candidate.
func TestAnyNewsEpithetPastPronouns(t *testing.T) {
	t.Parallel()
	in := "Kasun Wanigasekara had gone 11 matches without a four-wicket haul.\n\nWanigasekara, a left-arm spinner, finished with 6 for 31, the best figures by a Sri Lankan at the ground. He was named player of the match.\n\n\"Honestly, I didn't know if I would play today,\" the 31-year-old said."
	checkQuotes(t, in, []wantQuote{{"Honestly, I didn't know if I would play today,", "Kasun Wanigasekara", ""}})
}

// TestAnyNewsNameAfterDescription: the name written after a described
// speaker between commas is the speaker's.
func TestAnyNewsNameAfterDescription(t *testing.T) {
	t.Parallel()
	in := "\"The signal is clear,\" says the study's lead author, Dararith Sok, a population ecologist at the Royal University of Phnom Penh."
	checkQuotes(t, in, []wantQuote{{"The signal is clear,", "Dararith Sok", ""}})
}

// TestAnyNewsPlatforms: the site words were posted on ("a post on the
// mission's X account") is no speaker; the sentence's subject is.
func TestAnyNewsPlatforms(t *testing.T) {
	t.Parallel()
	in := "NASA reassured followers in a post on the mission's X account on Sunday: \"I'm awake, I'm healthy, and I've got an asteroid to catch.\""
	checkQuotes(t, in, []wantQuote{{"I'm awake, I'm healthy, and I've got an asteroid to catch.", "NASA", ""}})
}

// TestAnyNewsAccordingToSources: "the people said", "the second source
// said" are the unnamed sources the story cited with "according to".
func TestAnyNewsAccordingToSources(t *testing.T) {
	t.Parallel()
	in := "Halvorsen Foods is in advanced talks to buy Brightmere Group, according to three people familiar with the matter.\n\n\"The price is mostly settled,\" the people said.\n\n\"They came back with a number the board could not ignore,\" the second source said."
	checkQuotes(t, in, []wantQuote{{"The price is mostly settled,", "people familiar with the matter", ""}, {"They came back with a number the board could not ignore,", "people familiar with the matter", ""}})
}

// TestAnyNewsHyphenTitle: a hyphenated title ("Vice-Chief") is no part of
// the name after it.
func TestAnyNewsHyphenTitle(t *testing.T) {
	t.Parallel()
	in := "\"First Nations should not have to beg for resources,\" Vice-Chief Marcus Ratt said in a news release on Monday."
	checkQuotes(t, in, []wantQuote{{"First Nations should not have to beg for resources,", "Marcus Ratt", ""}})
}

// TestAnyNewsMusicianRoles: a band role opening a sentence ("Drummer
// Marcus Odell") is no part of the name.
func TestAnyNewsMusicianRoles(t *testing.T) {
	t.Parallel()
	in := "Drummer Marcus Odell wrote on Instagram that his bandmate \"played every show like it was the last one.\""
	checkQuotes(t, in, []wantQuote{{"played every show like it was the last one.", "Marcus Odell", ""}})
}

// TestAnyNewsOrgHead: an organisation's name read from "for" on keeps
// the words before it ("Center for Human Rights of the Bajío").
func TestAnyNewsOrgHead(t *testing.T) {
	t.Parallel()
	in := "The Center for Human Rights of the Bajío, a nonprofit based in León, said in a statement that the discovery was \"the predictable result of years of collusion.\""
	checkQuotes(t, in, []wantQuote{{"the predictable result of years of collusion.", "Center for Human Rights of the Bajío", ""}})
}

// TestAnyNewsSourcePlace: an unnamed source keeps where they are ("a
// banker in Frankfurt") and loses their number.
func TestAnyNewsSourcePlace(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"says a banker in", "\"You cannot spend twenty years asking for this and then complain,\" says a banker in Frankfurt.",
			[]wantQuote{{"You cannot spend twenty years asking for this and then complain,", "banker in Frankfurt", ""}}},
		{"one diplomat in", "\"For once we are the safe haven,\" as one diplomat in Brussels puts it.",
			[]wantQuote{{"For once we are the safe haven,", "diplomat in Brussels", ""}}},
	})
}

// TestAnyNewsThingAfterArticle: a name after "a" ("the hood of a
// Chevrolet Impala") is a thing, no one "she" stands for.
func TestAnyNewsThingAfterArticle(t *testing.T) {
	t.Parallel()
	in := "Bassist Carla Benning posted an old photo of the trio sitting on the hood of a Chevrolet Impala. She called Castellano “the loudest, kindest man I ever shared a van with.”"
	checkQuotes(t, in, []wantQuote{{"the loudest, kindest man I ever shared a van with.", "Carla Benning", ""}})
}
