package extract

import (
	"strings"
	"testing"
)

// TestAnyNewsInterviewWithThePublication: an interview printed without
// labels whose introduction says the one answering "sat down with The
// Athletic" (the publication, not the one interviewed) is with the
// subject of that sentence, across a relative clause; a club named as
// often as the coach never answers.
func TestAnyNewsInterviewWithThePublication(t *testing.T) {
	t.Parallel()
	in := "Championship\n\n" +
		"Tobias Aaberg-Lunde interview: ‘We press as a team or not at all’\n\n" +
		"Norwich City’s head coach on his methods and the spring run-in\n\n" +
		"Tobias Aaberg-Lunde has taken Norwich City from 20th to fifth (Photo: Getty Images)\n\n" +
		"He is already on the training pitch when we arrive at Norwich City’s Colney base.\n\n" +
		"Since he arrived, Norwich City have lost two of 15 league games. Aaberg-Lunde, who spent five years coaching in Bergen, sat down with The Athletic to talk about pressing.\n\n" +
		"This interview has been edited for length and clarity.\n\n" +
		"What was the first thing you changed?\n\n" +
		"The distances between the lines. The players were running a lot, but they were running alone.\n\n" +
		"Is the league too physical for a team that presses high?\n\n" +
		"No league is too physical if you choose the moments. We choose them together.\n\n" +
		"Will you go up?\n\n" +
		"Ask me in May. I will have a better answer then."
	checkSpeakerOf(t, in, "The distances between the lines. The players were running a lot, but they were running alone.", "Tobias Aaberg-Lunde")
	checkSpeakerOf(t, in, "Ask me in May. I will have a better answer then.", "Tobias Aaberg-Lunde")
	// Without the sentence saying whom the publication talked to, the
	// one named most often above the questions, less the club.
	bare := strings.Replace(in, "sat down with The Athletic to talk about pressing", "has plenty to say about pressing", 1)
	checkSpeakerOf(t, bare, "Ask me in May. I will have a better answer then.", "Tobias Aaberg-Lunde")
	// The one who sat down with the publication, however often the
	// club's owner is named.
	owner := strings.Replace(in, "Since he arrived,", "Owner Mark Okafor-Reid hired him in October. Mark Okafor-Reid calls him the best decision of his career, and Mark Okafor-Reid should know. Since he arrived,", 1)
	checkSpeakerOf(t, owner, "Ask me in May. I will have a better answer then.", "Tobias Aaberg-Lunde")
}

// TestAnyNewsStreetNamedFirst: a street whose name opens with the word
// for street ("the lot on Calle Sendero") is a place, not the "she" of
// the quotes after it.
func TestAnyNewsStreetNamedFirst(t *testing.T) {
	t.Parallel()
	in := "Marisol Ybarra-Quintero, 71, swam to the pool when the fire came over the ridge.\n\n" +
		"Six months later, the lot on Calle Sendero is scraped clean.\n\n" +
		"Her insurer has offered a settlement she calls “about two-thirds of a house.”\n\n" +
		"“Everybody has an opinion about what I should do,” she said."
	checkSpeakerOf(t, in, "about two-thirds of a house.", "Marisol Ybarra-Quintero")
	checkSpeakerOf(t, in, "Everybody has an opinion about what I should do,", "Marisol Ybarra-Quintero")
}

// TestAnyNewsCountySupervisorTitle: "County Supervisor Annika Thorsrud"
// is Annika Thorsrud, whose title is county supervisor.
func TestAnyNewsCountySupervisorTitle(t *testing.T) {
	t.Parallel()
	in := "County Supervisor Annika Thorsrud, whose district includes the canyon, said the county was working on the gap.\n\n" +
		"“People did everything right,” Thorsrud said."
	checkSpeakerOf(t, in, "People did everything right,", "Annika Thorsrud")
}

// TestAnyNewsTrialRecapExchanges: a trial recap quoting the testimony
// as "Q." and "A." lines, a line each, between paragraphs of its own.
// The paragraph above each exchange says who testified ("X was the first
// witness", "The State then called Y") and who asked ("Under questioning
// from Assistant District Attorney Z", "On cross-examination, defense
// attorney W"); the side that called a witness asks first. The story
// after a blank line is no answer's next paragraph.
func TestAnyNewsTrialRecapExchanges(t *testing.T) {
	t.Parallel()
	in := "Day 4 of the Pellingham trial: neighbor says she heard a scream\n\n" +
		"By Marisa Colborne-Teague\n\n" +
		"Prosecutors say Avery Pellingham pushed her husband from the deck; the defense says he fell.\n\n" +
		"Ruth Vandersloot, who has lived across the street for 20 years, was the first witness of the day. Under questioning from Assistant District Attorney Teodora Bramwell, she described the night.\n\n" +
		"Q. Where were you at that time?\n" +
		"A. In my kitchen, by the window.\n" +
		"Q. What did you hear?\n" +
		"A. A scream, and then nothing.\n\n" +
		"Vandersloot said she called 911 a few minutes later.\n\n" +
		"On cross-examination, defense attorney Lucas Feldkamp asked about the light.\n\n" +
		"Q. It was dark, wasn't it?\n" +
		"A. It was, but the porch light was on.\n\n" +
		"The State then called Detective Sgt. Imogen Achterhof of the county police, the lead investigator.\n\n" +
		"Q. What did the defendant tell you?\n" +
		"A. That she was asleep when he fell.\n\n" +
		"The trial resumes on Monday."
	checkQuotes(t, in, []wantQuote{
		{"Where were you at that time?", "Teodora Bramwell", ""},
		{"In my kitchen, by the window.", "Ruth Vandersloot", ""},
		{"What did you hear?", "Teodora Bramwell", ""},
		{"A scream, and then nothing.", "Ruth Vandersloot", ""},
		{"It was dark, wasn't it?", "Lucas Feldkamp", ""},
		{"It was, but the porch light was on.", "Ruth Vandersloot", ""},
		{"What did the defendant tell you?", "Teodora Bramwell", ""},
		{"That she was asleep when he fell.", "Imogen Achterhof", ""}})
	for _, q := range Extract(in).Quotes {
		if strings.HasPrefix(q.Text, "Vandersloot said") || strings.HasPrefix(q.Text, "The trial resumes") {
			t.Errorf("the story's own paragraph %q taken for an answer by %q", q.Text, q.Speaker)
		}
	}
}

// TestAnyNewsTheInsiderIsTheSourceBefore: "the insider said" after "A
// source close to Kezia told MailOnline ..." is that source, as a
// tabloid refers back to the one it introduced.
func TestAnyNewsTheInsiderIsTheSourceBefore(t *testing.T) {
	t.Parallel()
	in := "Perpetua Vallance-Moor has split from her boyfriend after two years.\n\n" +
		"A source close to Perpetua told MailOnline the split had been 'brewing for a while'.\n\n" +
		"'She's been devastated, honestly, but she's not someone who falls apart in public,' the insider said.\n\n" +
		"'She's leaning on her sister,' the pal added."
	checkSpeakerOf(t, in, "She's been devastated, honestly, but she's not someone who falls apart in public,", "source close to Perpetua")
	checkSpeakerOf(t, in, "She's leaning on her sister,", "source close to Perpetua")
}

// TestAnyNewsShowOrClubBeforeRole: "The This Morning Live presenter"
// and "the Love Island star" describe the one just named; the show's
// name before the role is no person the pronouns could stand for.
func TestAnyNewsShowOrClubBeforeRole(t *testing.T) {
	t.Parallel()
	in := "Kezia Montgomery-Hale has split from her boyfriend.\n\n" +
		"The This Morning Live presenter, 34, shared the news on Instagram, telling fans she was 'choosing peace'.\n\n" +
		"The Love Island star said she was 'fine'."
	checkSpeakerOf(t, in, "choosing peace", "Kezia Montgomery-Hale")
	checkSpeakerOf(t, in, "fine", "Kezia Montgomery-Hale")
}

// TestAnyNewsDemonymsWithoutSuffix: "the Montenegrin", "the Kenyan"
// stand for the one just named, as "the Scot" does.
func TestAnyNewsDemonymsWithoutSuffix(t *testing.T) {
	t.Parallel()
	in := "Dario Vukcevic had 27 points for Denver.\n\n" +
		"\"We played 40 good minutes,\" the Montenegrin said.\n\n" +
		"Eliud Kiprono won the race in 2:04.\n\n" +
		"\"The wind was hard,\" the Kenyan said."
	checkSpeakerOf(t, in, "We played 40 good minutes,", "Dario Vukcevic")
	checkSpeakerOf(t, in, "The wind was hard,", "Eliud Kiprono")
}

// TestAnyNewsBoxScoreLines: a match page's box (scores, line-ups, the
// referee, game notes and fixtures under "Game notes" and "Up next") is
// labelled by team and field, but no one's words; the post-match
// quotes beside it are still found.
func TestAnyNewsBoxScoreLines(t *testing.T) {
	t.Parallel()
	in := "Six Nations: Wales (6) 19\n" +
		"Tries: Tudur-Jenkins, Bowen  Cons: Lloyd-Hastings  Pens: Lloyd-Hastings 3\n" +
		"Italy (10) 24\n" +
		"Tries: Ferrandi, Cavazzuti  Con: Brancaleone  Pens: Brancaleone 4\n\n" +
		"Italy won in Cardiff for the second time.\n\n" +
		"What they said\n\n" +
		"Gianluca Moretti-Sala: We stayed calm. We trust our system.\n\n" +
		"Ioan Prydderch: It hurts. We had our chances.\n\n" +
		"Gianluca Moretti-Sala: Twickenham is a different mountain.\n\n" +
		"Wales: Bowen; Gwynne, Tudur-Jenkins, Hopkins, Maddox; Lloyd-Hastings, Rees-Evans\n\n" +
		"Italy: Calvi; Cavazzuti, Marzotto, Baldini, Pettinelli; Sorrentino, Brancaleone\n\n" +
		"Referee: Jean-Baptiste Rocheteau (France)\n\n" +
		"Game notes\n" +
		"Nuggets: Denver shot 9-of-31 from 3-point range. ... Castle picked up his 14th technical foul.\n" +
		"Pacers: Indiana outscored Denver 35-16 in the fourth quarter.\n\n" +
		"Up next\n" +
		"Nuggets: At Chicago on Monday.\n" +
		"Pacers: Host Milwaukee on Tuesday.\n\n" +
		"Leaders\n" +
		"Nuggets: D. Vukcevic 27 PTS, 14 REB, 9 AST\n" +
		"Pacers: M. Tillery 38 PTS, 5 REB, 7 AST\n"
	checkQuotes(t, in, []wantQuote{{"We stayed calm. We trust our system.", "Gianluca Moretti-Sala", ""},
		{"It hurts. We had our chances.", "Ioan Prydderch", ""},
		{"Twickenham is a different mountain.", "Gianluca Moretti-Sala", ""}})
}

// TestAnyNewsFactCheckParts: a fact check's "FACT FOCUS:", "CLAIM:" and
// "THE FACTS:" head its parts; they are no one's turns, and the quotes
// in its paragraphs are found as in any story.
func TestAnyNewsFactCheckParts(t *testing.T) {
	t.Parallel()
	in := "AP\nMenu\nWorld\nU.S.\nFact Check\n" +
		"FACT FOCUS: No, Ohio isn't fining residents for collecting rainwater\n" +
		"BY DESMOND VALLANCE\n" +
		"Updated 4:17 PM EDT, May 29, 2026\n\n" +
		"Social media users are sharing claims that Ohio will begin fining homeowners for rain barrels.\n\n" +
		"But the legislation has nothing to do with rain barrels.\n\n" +
		"Here's a closer look at the facts.\n\n" +
		"CLAIM: A new Ohio law makes it illegal to collect rainwater without a permit.\n\n" +
		"THE FACTS: The claim misrepresents House Bill 318, a measure on commercial storage.\n\n" +
		"\"There is nothing in this bill that touches someone's rain barrel,\" said state Rep. Lorna Whitsett, who sponsored it.\n\n" +
		"Related Stories\n\n" +
		"FACT FOCUS: Posts falsely claim new federal rule bans gas stoves in rental homes"
	checkQuotes(t, in, []wantQuote{{"There is nothing in this bill that touches someone's rain barrel,", "Lorna Whitsett", ""}})
}

// TestAnyNewsPortfolioBeforeName: an office with a field of more than
// one word ("Minister Responsible for the French Language", "Minister
// Responsible for Seniors") ends before the name, and a page's "Sign
// In" button is nobody the story's pronouns could stand for.
func TestAnyNewsPortfolioBeforeName(t *testing.T) {
	t.Parallel()
	in := "Montreal Gazette\n\nSubscribe\nSign In\n\nNews\n\n" +
		"Harriet Kouri, the Liberal MNA for Robert-Baldwin, said she had written to the minister.\n\n" +
		"Minister Responsible for the French Language Étienne Bellefleur-Roy declined an interview request. In a post on X written in French, he said the law “applies to everyone.”\n\n" +
		"Minister Responsible for Seniors Louise Gagnon said the rule was “sad.”"
	checkSpeakerOf(t, in, "applies to everyone.", "Étienne Bellefleur-Roy")
	checkSpeakerOf(t, in, "sad.", "Louise Gagnon")
}

// TestAnyNewsFirstSpeakerMarked: a hearing's transcript as CQ prints
// it marks the first to speak with "[*]" before the label; that turn is
// the chairman's like the rest.
func TestAnyNewsFirstSpeakerMarked(t *testing.T) {
	t.Parallel()
	in := "CQ Congressional Transcripts\nCongressional Hearings\nMar. 18, 2026 - Final\n\n" +
		"House Subcommittee on Aviation Holds Hearing on Drone Delivery\n\n" +
		"LIST OF PANEL MEMBERS AND WITNESSES\n\n" +
		"REP. GARRETT HOLLIS (R-OKLA.), CHAIRMAN\n" +
		"REP. DENISE OKAFOR-BELL (D-MD.), RANKING MEMBER\n\n" +
		"WITNESSES:\n" +
		"VANESSA THORNQUIST, CHIEF EXECUTIVE OFFICER, SKYPARCEL INC.\n\n" +
		"[*] HOLLIS: The Subcommittee on Aviation will come to order.\n\n" +
		"Drone delivery has gone from a novelty to a daily reality in parts of this country.\n\n" +
		"But on January 9th, a delivery drone lost its link and came down on the roof of a daycare.\n\n" +
		"I now recognize the ranking member for her opening statement.\n\n" +
		"OKAFOR-BELL: Thank you, Mr. Chairman.\n\n" +
		"HOLLIS: The gentlelady yields back. Ms. Thornquist, you're recognized.\n\n" +
		"THORNQUIST: Thank you, Chairman Hollis."
	for _, want := range []string{"The Subcommittee on Aviation will come to order.", "I now recognize the ranking member for her opening statement."} {
		checkQuoteSpeaker(t, in, want, func(s string) bool { return s == want }, "Hollis")
	}
}

// TestAnyNewsAppositiveWithCampusAndWho: "Garrick Oyelaran, an
// astrophysicist at the University of California, Santa Cruz, who was
// not involved in the work, calls the result ..." is Oyelaran's: the
// campus after the university's comma ends his appositive, no speaker.
func TestAnyNewsAppositiveWithCampusAndWho(t *testing.T) {
	t.Parallel()
	in := "Others were impressed.\n\n" +
		"Garrick Oyelaran, an astrophysicist at the University of California, Santa Cruz, who was not involved in the work, calls the result “a really convincing case”.\n\n" +
		"Nolwenn Le Bihan, an astronomer at the University of Leeds, who was not involved in the study, called the detection “the most convincing case so far”."
	checkQuotes(t, in, []wantQuote{{"a really convincing case", "Garrick Oyelaran", ""}, {"the most convincing case so far", "Nolwenn Le Bihan", ""}})
}

// TestAnyNewsCommitteeMembersInAttendance: a Senate estimates record
// lists "Committee members in attendance: Senator Rhiannon Calder
// (Chair), Senator Brett McAuliffe"; "CHAIR:" is Calder and "Senator
// McAULIFFE:" is Brett McAuliffe.
func TestAnyNewsCommitteeMembersInAttendance(t *testing.T) {
	t.Parallel()
	in := "RURAL AND REGIONAL AFFAIRS AND TRANSPORT LEGISLATION COMMITTEE\nEstimates\n\n" +
		"Committee members in attendance: Senator Rhiannon Calder (Chair), Senator Brett McAuliffe, Senator Tamsin Okoro\n\n" +
		"CHAIR: We'll resume with outcome 3. Senator McAuliffe.\n\n" +
		"Senator McAULIFFE: Thank you, Chair. How many grants were recommended?\n\n" +
		"Mr Hanrahan: Thirty-three of the 41, Senator.\n\n" +
		"Senator McAULIFFE: And the other eight?"
	checkQuotes(t, in, []wantQuote{{"We'll resume with outcome 3. Senator McAuliffe.", "Rhiannon Calder", ""},
		{"Thank you, Chair. How many grants were recommended?", "Brett McAuliffe", ""},
		{"Thirty-three of the 41, Senator.", "Hanrahan", ""},
		{"And the other eight?", "Brett McAuliffe", ""}})
}

// TestAnyNewsFormerRole: "the former Azzurri centre" is what the coach
// named just before used to be; "centre" alone would name a body.
func TestAnyNewsFormerRole(t *testing.T) {
	t.Parallel()
	in := "Italy head coach Gianluca Moretti-Sala, whose side now have two wins, said his players had shown \"courage\".\n\n" +
		"\"Two years ago we lose this game,\" the former Azzurri centre said."
	checkQuotes(t, in, []wantQuote{{"courage", "Gianluca Moretti-Sala", ""}, {"Two years ago we lose this game,", "Gianluca Moretti-Sala", ""}})
}

// TestAnyNewsPageButtonsAndNeutralNames: a page's "Read More: ..." line
// names no one a story's speaker could be; "Lindsey", a woman's name as
// often as a man's, lets "she" stand for Lindsey Thirlwell.
func TestAnyNewsPageButtonsAndNeutralNames(t *testing.T) {
	t.Parallel()
	mpc := "The Monetary Policy Committee (MPC) cut the rate to 8.75%.\n\n" +
		"Read More: Kenya Eurobond Rally Stalls as Investors Weigh Next IMF Program\n\n" +
		"In a statement released after the meeting, the MPC said it \"noted the slowdown in private sector credit growth\"."
	checkQuotes(t, mpc, []wantQuote{{"noted the slowdown in private sector credit growth", "Monetary Policy Committee", ""}})
	trust := "Trust chair Lindsey Thirlwell said the group had met the new owners twice.\n\n" +
		"\"We have all seen what happens,\" she told ChronicleLive."
	checkSpeakerOf(t, trust, "We have all seen what happens,", "Lindsey Thirlwell")
}

// TestAnyNewsOfficeWithFieldBeforeName: an office whose field has
// commas of its own ("the Minister of State with responsibility for
// planning, Seán Farrelly, said") is the title of the name after it;
// "Kenya's Cabinet Secretary" is an office, no one "she" could be.
func TestAnyNewsOfficeWithFieldBeforeName(t *testing.T) {
	t.Parallel()
	minister := "The appeal was refused on Friday.\n\n" +
		"Speaking to RTÉ's Morning Ireland on Monday, the Minister of State with responsibility for planning, Seán Farrelly, said the new Planning and Development Act would \"bring much greater clarity\"."
	checkQuotes(t, minister, []wantQuote{{"bring much greater clarity", "Seán Farrelly", "RTÉ's Morning Ireland"}})
	secretary := "Estonia's Kadri Tamm spoke first.\n\n" +
		"Kenya's Cabinet Secretary for Information, Communications and the Digital Economy, Wanjiru Mwangi, said developing countries risked being left behind.\n\n" +
		"\"We have the young people,\" she said."
	checkQuotes(t, secretary, []wantQuote{{"We have the young people,", "Wanjiru Mwangi", ""}})
}

// TestAnyNewsEpithetAfterSpeakingToOutlet: "Speaking to Sky Sports Golf
// after his round, the Scot admitted ..." names an outlet, no second
// person the Scot could be; he is the one named before.
func TestAnyNewsEpithetAfterSpeakingToOutlet(t *testing.T) {
	t.Parallel()
	in := "Callum Featherby, who was bidding for his second win, was gracious in defeat.\n\n" +
		"Speaking to Sky Sports Golf after his round, the Scot admitted his tee shot had cost him \"a really good look\" at birdie."
	checkQuotes(t, in, []wantQuote{{"a really good look", "Callum Featherby", "Sky Sports Golf"}})
}

// TestAnyNewsBylineOverJobLine: a Q&A whose byline is the writer's name
// on a line over "Correspondent" and the date is the writer's asking,
// though the given name is none the extractor knows.
func TestAnyNewsBylineOverJobLine(t *testing.T) {
	t.Parallel()
	in := "Sport\n\n" +
		"‘I stopped sailing to win’: Nadia Koh on Asian Games silver\n\n" +
		"Deepa Ramalingam\nCorrespondent\n\n" +
		"Updated Oct 12, 2026, 05:00 AM\n\n" +
		"SINGAPORE – Two years ago, Nadia Koh was ready to quit. She spoke to The Straits Times about the road back.\n\n" +
		"Q: What brought you back?\n\n" +
		"A: I missed the water more than I missed winning.\n\n" +
		"Q: Is an Olympic medal realistic?\n\n" +
		"A: Realistic, yes. Likely, no."
	checkQuotes(t, in, []wantQuote{{"I stopped sailing to win", "Nadia Koh", ""},
		{"What brought you back?", "Deepa Ramalingam", ""}, {"I missed the water more than I missed winning.", "Nadia Koh", ""},
		{"Is an Olympic medal realistic?", "Deepa Ramalingam", ""}, {"Realistic, yes. Likely, no.", "Nadia Koh", ""}})
}

// TestAnyNewsProsecutorCalledWitness: "Assistant County Prosecutor
// Beatriz Ruiz-Waterhouse called Marisa Kowalczyk" names both the one
// who asks the "Q:" lines after it and the one who answers.
func TestAnyNewsProsecutorCalledWitness(t *testing.T) {
	t.Parallel()
	in := "Prosecutors say Viktor Kastelic set the fire to collect on a policy.\n\n" +
		"On the third day of testimony, Assistant Cuyahoga County Prosecutor Beatriz Ruiz-Waterhouse called Marisa Kowalczyk, who worked at the restaurant for four years.\n\n" +
		"Q: What time did your shift normally end on a Saturday?\n" +
		"A: Eleven, eleven-thirty.\n" +
		"Q: Was it dead?\n" +
		"A: No. We had maybe 15 tables still going.\n\n" +
		"Kowalczyk testified for two hours."
	checkQuotes(t, in, []wantQuote{{"What time did your shift normally end on a Saturday?", "Beatriz Ruiz-Waterhouse", ""},
		{"Eleven, eleven-thirty.", "Marisa Kowalczyk", ""}, {"Was it dead?", "Beatriz Ruiz-Waterhouse", ""},
		{"No. We had maybe 15 tables still going.", "Marisa Kowalczyk", ""}})
}

// TestAnyNewsPostInApposition: "Dr Fenella Caskie-Obi, Senior Lecturer
// in Archaeology at the University of Stirling, said" is hers; a post
// in capitals is no one's name.
func TestAnyNewsPostInApposition(t *testing.T) {
	t.Parallel()
	in := "The team also found a carved slab.\n\n" +
		"Project lead Dr Fenella Caskie-Obi, Senior Lecturer in Archaeology at the University of Stirling, said: \"When we turned the slab over, there was a moment of silence.\""
	checkQuotes(t, in, []wantQuote{{"When we turned the slab over, there was a moment of silence.", "Fenella Caskie-Obi", ""}})
}

// TestAnyNewsMemberOfCommittee: "Member of the Majlis National Security
// and Foreign Policy Committee Alireza Tavassoli-Nejad also told IRNA"
// names him after his office, and the words quoted in what he said are
// his too.
func TestAnyNewsMemberOfCommittee(t *testing.T) {
	t.Parallel()
	in := "Ebrahimzadeh spoke on Monday.\n\n" +
		"Member of the Majlis National Security and Foreign Policy Committee Alireza Tavassoli-Nejad also told IRNA on Wednesday that the Parliament would \"closely monitor\" the Board meeting."
	checkQuotes(t, in, []wantQuote{{"closely monitor", "Alireza Tavassoli-Nejad", "IRNA"}})
}

// TestAnyNewsStaffListedByRole: a council transcript's header lists
// "Rosalie Dufresne, City Clerk"; its "CITY CLERK:" turns are hers.
func TestAnyNewsStaffListedByRole(t *testing.T) {
	t.Parallel()
	in := "COUNCIL PRESENT:\nMayor Ingrid Thorvaldsen\nCouncillor Tobenna Eze\n\n" +
		"STAFF:\nRosalie Dufresne, City Clerk\n\n" +
		"MAYOR THORVALDSEN: Thank you. Madam Clerk, first speaker, please.\n\n" +
		"CITY CLERK: The first registered speaker is Ms. Aurelia Pinto.\n\n" +
		"MS. PINTO: I have lived on Harbour Street for thirty years.\n\n" +
		"CITY CLERK: Mr. Lachlan Rennick."
	checkSpeakerOf(t, in, "The first registered speaker is Ms. Aurelia Pinto.", "Rosalie Dufresne")
	checkQuoteSpeaker(t, in, "Mr. Lachlan Rennick.", func(s string) bool { return s == "Mr. Lachlan Rennick." }, "Rosalie Dufresne")
}

// TestAnyNewsWorldNumber: "said the world number 14 from Pontefract" is
// the player named just before, by rank.
func TestAnyNewsWorldNumber(t *testing.T) {
	t.Parallel()
	in := "Callum Vereker lost the final 10-9.\n\n" +
		"\"I felt the crowd carrying me,\" said the world number 14 from Pontefract."
	checkQuotes(t, in, []wantQuote{{"I felt the crowd carrying me,", "Callum Vereker", ""}})
}
