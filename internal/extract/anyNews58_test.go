package extract

import (
	"strings"
	"testing"
)

// TestAnyNewsRegionAfterPossessivePlace: "The 63-year-old" after a
// sentence ending "in Victoria's Central Highlands" is the captain it
// names, not the region: a name after "in" and a place's possessive is
// a place.
func TestAnyNewsRegionAfterPossessivePlace(t *testing.T) {
	t.Parallel()
	in := "Neville Ashcombe, captain of the local fire brigade, was giving evidence on the third day of the inquiry into the fire, which destroyed 46 homes in Victoria's Central Highlands.\n\n" +
		"The 63-year-old told the inquiry that at 1:12pm the spot fires were starting \"a kilometre ahead of the front\"."
	checkSpeakerOf(t, in, "a kilometre ahead of the front", "Neville Ashcombe")
}

// TestAnyNewsCallerByFirstNameAndTown: a phone-in's callers, named by
// first name and town ("Sunita from Leicester", "Moira, from Dumfries,"),
// are the "she" of the quotes after them, not the presenter.
func TestAnyNewsCallerByFirstNameAndTown(t *testing.T) {
	t.Parallel()
	in := "On Wednesday's phone-in, presenter Helen Ashdown asked listeners whether the rules should change.\n\n" +
		"Sunita from Leicester, whose mother is 76, said the proposal was \"ageist\" and would hit people in rural areas hardest.\n\n" +
		"\"My mum drives better than I do, honestly,\" she said.\n\n" +
		"Moira, from Dumfries, who is 73, agreed in principle but said three years was too frequent.\n\n" +
		"\"I get my eyes tested every two years anyway,\" she said."
	checkSpeakerOf(t, in, "ageist", "Sunita")
	checkSpeakerOf(t, in, "My mum drives better than I do, honestly,", "Sunita")
	checkSpeakerOf(t, in, "I get my eyes tested every two years anyway,", "Moira")
}

// TestAnyNewsBriefingAskerInBracketsAfterQ: a briefing that prints
// questions "Q (Name, Outlet) ..." and statements without a question mark
// "Q But ...": the "Q" is no part of the words, the name in brackets is
// the asker, and "Just a follow-up" is the same reporter's.
func TestAnyNewsBriefingAskerInBracketsAfterQ(t *testing.T) {
	t.Parallel()
	in := "Press briefing by the government spokesman, Anton Belisar\n\n" +
		"MR. BELISAR: Good morning. I'll take your questions.\n\n" +
		"Q Thank you, Anton. Will the army move fuel out of the port?\n\n" +
		"MR. BELISAR: I'm not going to get ahead of the meeting.\n\n" +
		"Q But you haven't ruled it out.\n\n" +
		"MR. BELISAR: I've told you where our focus is.\n\n" +
		"Q (Dragan Holt, Vardenian Press Agency) Anton, how will the limit be enforced?\n\n" +
		"MR. BELISAR: Station operators will record plates.\n\n" +
		"Q Just a follow-up on that. Drivers are crossing the border to fill up.\n\n" +
		"MR. BELISAR: People are free to travel, Dragan."
	checkQuotes(t, in, []wantQuote{{"Good morning. I'll take your questions.", "Anton Belisar", ""},
		{"Thank you, Anton. Will the army move fuel out of the port?", "a reporter", ""},
		{"I'm not going to get ahead of the meeting.", "Anton Belisar", ""},
		{"But you haven't ruled it out.", "a reporter", ""},
		{"I've told you where our focus is.", "Anton Belisar", ""},
		{"Anton, how will the limit be enforced?", "Dragan Holt", ""},
		{"Station operators will record plates.", "Anton Belisar", ""},
		{"Just a follow-up on that. Drivers are crossing the border to fill up.", "Dragan Holt", ""},
		{"People are free to travel, Dragan.", "Anton Belisar", ""}})
}

// TestAnyNewsMeetingsCoverageNameInCapitals: a meetings record that
// opens each speaker's paragraph with the name in capitals and a title
// ("MARIAM DIALLO-HASSAN, Director of ..., said that") gives that
// speaker the paragraph's quotes and the "She" after, not a word of the
// title; "Ms. Diallo-Hassan" later is the same person.
func TestAnyNewsMeetingsCoverageNameInCapitals(t *testing.T) {
	t.Parallel()
	in := "Security Council Told Camps at Breaking Point\n\n" +
		"MARIAM DIALLO-HASSAN, Director of Operations and Advocacy, Office for the Coordination of Humanitarian Affairs (OCHA), said that arrivals had averaged 1,500 people a day. “The camps were designed for a fraction of the people who now live in them,” she said.\n\n" +
		"She reported that three convoys had been attacked. “Aid workers are not a target,” she stressed.\n\n" +
		"HAWA ISMAIL ADAM, founder of the Adré Women’s Solidarity Network, spoke of women arriving “with nothing but the clothes they walked in.”\n\n" +
		"Ms. Diallo-Hassan said the plan was only 31 per cent funded."
	checkQuotes(t, in, []wantQuote{{"The camps were designed for a fraction of the people who now live in them,", "Mariam Diallo-Hassan", ""},
		{"Aid workers are not a target,", "Mariam Diallo-Hassan", ""},
		{"with nothing but the clothes they walked in.", "Hawa Ismail Adam", ""}})
	for _, p := range []string{"arrivals had averaged 1,500 people a day", "three convoys had been attacked", "the plan was only 31 per cent funded"} {
		found := false
		for _, q := range Extract(in).Quotes {
			if q.Kind == KindParaphrase && q.Text == p {
				found = true
				if q.Speaker != "Mariam Diallo-Hassan" {
					t.Errorf("%q: speaker %q, want Mariam Diallo-Hassan", p, q.Speaker)
				}
			}
		}
		if !found {
			t.Errorf("no paraphrase %q", p)
		}
	}
}

// TestAnyNewsChamberOfficeLabelOfFourWords: "The Deputy Presiding
// Officer:" in a parliament's record is a label, the holder its first
// use named, though labels in mixed case are otherwise of three words
// at most.
func TestAnyNewsChamberOfficeLabelOfFourWords(t *testing.T) {
	t.Parallel()
	in := "The Deputy Presiding Officer (Annabel Gowrie): The final item of business is a members’ business debate.\n\n" +
		"Catriona Morrison (Highlands and Islands) (SNP): I thank the members who signed my motion.\n\n" +
		"Alasdair Brodie (Argyll and Bute) (Con): Will the member take an intervention?\n\n" +
		"Catriona Morrison: I will not.\n\n" +
		"The Deputy Presiding Officer: Order. Members should not speak from a sedentary position.\n\n" +
		"Catriona Morrison: The island needs a boat."
	checkQuotes(t, in, []wantQuote{{"The final item of business is a members’ business debate.", "Annabel Gowrie", ""},
		{"I thank the members who signed my motion.", "Catriona Morrison", ""},
		{"Will the member take an intervention?", "Alasdair Brodie", ""},
		{"I will not.", "Catriona Morrison", ""},
		{"Order. Members should not speak from a sedentary position.", "Annabel Gowrie", ""},
		{"The island needs a boat.", "Catriona Morrison", ""}})
}

// TestAnyNewsAcronymWHOIsNoRelativePronoun: "WHO spokesperson Dr. Tomás
// Ibarra-Lund told" names the spokesperson; "WHO" in capitals is the
// World Health Organization, not "who" opening a relative clause that
// sends the words back to the last person named.
func TestAnyNewsAcronymWHOIsNoRelativePronoun(t *testing.T) {
	t.Parallel()
	in := "The Scot, who won 14 caps, was outstanding.\n\n" +
		"“We are not yet seeing cholera in the sites,” WHO spokesperson Dr. Tomás Ibarra-Lund told the Geneva briefing."
	checkSpeakerOf(t, in, "We are not yet seeing cholera in the sites,", "Tomás Ibarra-Lund")
}

// TestAnyNewsDescriptionAfterDescription: "the 28-year-old told" after a
// sentence about "The Scot, who ..." is the captain named before both:
// a description read as a name is no one, and a sentence opening with
// one names no one either.
func TestAnyNewsDescriptionAfterDescription(t *testing.T) {
	t.Parallel()
	in := "Exeter captain Callum Dalgleish admitted his side were second best at the set-piece.\n\n" +
		"The Scot, who won the last of his 14 caps in the autumn, was outstanding in the loose, but he was honest about the failings that cost his side.\n\n" +
		"\"Their maul was the difference,\" the 28-year-old told the broadcaster."
	checkSpeakerOf(t, in, "Their maul was the difference,", "Callum Dalgleish")
}

// TestAnyNewsTabloidEpithets: "the blonde bombshell wrote" and "the
// Essex beauty described" are the reality star the story is about, as
// tabloids call her, not a place.
func TestAnyNewsTabloidEpithets(t *testing.T) {
	t.Parallel()
	in := "Reality star Jodie-Mae Kerrigan has split from her fiancé after two years.\n\n" +
		"In a lengthy post, the blonde bombshell wrote: ‘I’ve been pretending for months and I can’t do it anymore.’\n\n" +
		"In an interview in January, the Essex beauty described moving in with him as ‘a proper grown-up moment’."
	checkSpeakerOf(t, in, "I’ve been pretending for months and I can’t do it anymore.", "Jodie-Mae Kerrigan")
	checkSpeakerOf(t, in, "a proper grown-up moment", "Jodie-Mae Kerrigan")
}

// TestAnyNewsSurnameWithParticleIsTheFullName: "van der Kolk told" and
// "Garza de León said" are the people the story named in full before,
// not names of their own.
func TestAnyNewsSurnameWithParticleIsTheFullName(t *testing.T) {
	t.Parallel()
	in := "The chairman of the bench, Peter van der Kolk, said the assault was serious. Rosalinda Garza de León, 61, has lived in the park since 2009.\n\n" +
		"\"Bus drivers provide a vital public service,\" van der Kolk told Whitworth.\n\n" +
		"“Nobody from the company ever told us anything,” Garza de León said."
	checkSpeakerOf(t, in, "Bus drivers provide a vital public service,", "Peter van der Kolk")
	checkSpeakerOf(t, in, "Nobody from the company ever told us anything,", "Rosalinda Garza de León")
}

// TestAnyNewsMemberOfTheSeneddLetters: "Gareth Vaughan-Jones MS," after
// "The Welsh Conservatives' health spokesperson" is the member: "MS"
// after a name is the letters of a seat in the Senedd, as "MP" is.
func TestAnyNewsMemberOfTheSeneddLetters(t *testing.T) {
	t.Parallel()
	in := "The Welsh Conservatives' health spokesperson, Gareth Vaughan-Jones MS, said the plan was \"another step in the slow hollowing-out\" of community hospitals."
	checkSpeakerOf(t, in, "another step in the slow hollowing-out", "Gareth Vaughan-Jones")
}

// TestAnyNewsLoneSurnameParticles: Welsh "ap", Filipino "dela" and Dutch
// "ter" join a given name to a surname on their own: "Rhodri ap Ifan"
// is one name, not "Rhodri" and a stray "Ifan".
func TestAnyNewsLoneSurnameParticles(t *testing.T) {
	t.Parallel()
	in := "Cwm Gwenith head coach Rhodri ap Ifan has said he has no regrets about resting his first team.\n\n" +
		"\"I'd do it again tomorrow,\" ap Ifan said.\n\n" +
		"SPD family spokesman Jan-Hendrik ter Horst was scathing. \"This coalition cannot agree on anything,\" ter Horst said."
	checkSpeakerOf(t, in, "I'd do it again tomorrow,", "Rhodri ap Ifan")
	checkSpeakerOf(t, in, "This coalition cannot agree on anything,", "Jan-Hendrik ter Horst")
}

// TestAnyNewsHearingChairmanPresiding: "The CHAIRMAN." in a Senate
// hearing's record is the member its opening says presides ("Hon. Dale
// Whitford, Chairman of the Subcommittee, presiding."), over a line
// break.
func TestAnyNewsHearingChairmanPresiding(t *testing.T) {
	t.Parallel()
	in := "The Subcommittee met, pursuant to notice, at 10 a.m., in room SR-253, Russell Senate Office Building, Hon. Dale Whitford,\nChairman of the Subcommittee, presiding.\n" +
		"    Present: Senators Whitford [presiding] and Okafor.\n\n" +
		"    The CHAIRMAN. Good morning. This hearing will come to order.\n\n" +
		"    Senator OKAFOR. Thank you, Mr. Chairman.\n\n" +
		"    The CHAIRMAN. Without objection."
	checkSpeakerOf(t, in, "Good morning. This hearing will come to order.", "Dale Whitford")
	checkSpeakerOf(t, in, "Without objection.", "Dale Whitford")
}

// TestAnyNewsBriefingOpeningOfADozenParagraphs: a police chief's opening statement at
// a briefing runs on for a dozen unlabelled paragraphs in the chief's
// own words ("our dispatch center", "I spoke with him"), a family's
// statement read among them; all are the chief's.
func TestAnyNewsBriefingOpeningOfADozenParagraphs(t *testing.T) {
	t.Parallel()
	in := "Speakers:\nSgt. Amy Keough, Public Information Officer\nChief Teodoro Villanueva, Bellmont Police Department\n\n" +
		"SGT. KEOUGH: Good afternoon, everyone. Chief Villanueva will give an update.\n\n" +
		"CHIEF VILLANUEVA: Thank you, Amy. Good afternoon.\n\n"
	paras := []string{"At 5:48 p.m. yesterday, our dispatch center received a 911 call from the credit union.",
		"Our patrol officers arrived within four minutes and set up a perimeter.",
		"Over the next two hours, our negotiators were in phone contact with the suspect.",
		"At about 8:02 p.m., the suspect fired a round toward our officers.",
		"The three employees were brought out. One was cut by broken glass.",
		"Corporal Orrick was evaluated at the hospital and released. I spoke with him this morning.",
		"We have identified the suspect as a 34-year-old man from Bellmont.",
		"As is standard, the state police will investigate the use of force.",
		"We are not releasing the officer's name today.",
		"Before I hand over to the mayor, the family of the employee asked me to read a statement.",
		"\"Our mom went to work yesterday like she has every weekday for 22 years.\"",
		"That's the end of their statement. Mayor."}
	for _, p := range paras {
		in += p + "\n\n"
	}
	in += "MAYOR BRANDVOLD: Thank you, Chief. We are grateful to our officers.\n\n" +
		"SGT. KEOUGH: We'll take questions. Go ahead, Jenna.\n\n" +
		"REPORTER: Did the suspect know anyone inside?\n\n" +
		"CHIEF VILLANUEVA: Our investigators are still working on that."
	for _, p := range paras[:10] {
		checkSpeakerOf(t, in, p, "Teodoro Villanueva")
		found := false
		for _, q := range Extract(in).Quotes {
			found = found || q.Text == p
		}
		if !found {
			t.Errorf("no turn %q", p)
		}
	}
}

// TestAnyNewsDocumentSenders: a letter, memo or petition read out is
// its sender's or author's words: "a letter from a Shawtown Mill
// teacher", "a letter he had received from a constituent in South
// Uist", "a letter from the Greater Boston Paratransit Riders Council",
// "A memo ..., signed by Ndabeni", "a petition started by Hengrove Vale
// resident Josh Redwood"; but a statement "signed by its spokesperson"
// stays the body's.
func TestAnyNewsDocumentSenders(t *testing.T) {
	t.Parallel()
	cases := []struct{ in, quote, want string }{
		{"One parent read aloud a letter from a Shawtown Mill teacher who was afraid to speak publicly.\n\n\"I have taught at Shawtown Mill for 19 years,\" the letter read.",
			"I have taught at Shawtown Mill for 19 years,", "a Shawtown Mill teacher"},
		{"The convener, Alasdair MacPhail, read out a letter he had received from a constituent in South Uist.\n\n\"I have been on the list since March 2023,\" the letter said.",
			"I have been on the list since March 2023,", "a constituent in South Uist"},
		{"The board's secretary read into the record a letter from the Greater Boston Paratransit Riders Council. “Riders with disabilities should not pay more,” the letter said.",
			"Riders with disabilities should not pay more,", "the Greater Boston Paratransit Riders Council"},
		{"Sipho Ndabeni, the acting director, approved the contract.\n\nA memo dated 14 March 2023, signed by Ndabeni and addressed to the municipal manager, recommended the award. “It is not in the public interest to follow a full procurement process,” the memo states.",
			"It is not in the public interest to follow a full procurement process,", "Sipho Ndabeni"},
		{"More than 6,000 people have signed a petition against the closure, started by Hengrove Vale resident Josh Redwood, 34. The petition states: \"Closing the tip will push fly-tipping onto our streets.\"",
			"Closing the tip will push fly-tipping onto our streets.", "Josh Redwood"},
	}
	for _, c := range cases {
		checkSpeakerOf(t, c.in, c.quote, c.want)
	}
}

// TestAnyNewsHeadNounBeforeName: "the agency wrote" after "Peru's labor
// inspection agency SUNAFIL said" is SUNAFIL, the name written after the
// same noun.
func TestAnyNewsHeadNounBeforeName(t *testing.T) {
	t.Parallel()
	in := "Peru's labor inspection agency SUNAFIL said on X that it had opened an investigation into working conditions at the mine. \"No economic activity justifies risking the life of a worker,\" the agency wrote."
	checkSpeakerOf(t, in, "No economic activity justifies risking the life of a worker,", "SUNAFIL")
}

// TestAnyNewsNoonBriefingCalls: the spokesman's calls at a noon briefing
// name the askers: "Mariam, and then Dmitri." gives the floor to Mariam
// first; "Yes, sir, in the back." to someone unnamed; "Mariam, a last
// one." to Mariam again.
func TestAnyNewsNoonBriefingCalls(t *testing.T) {
	t.Parallel()
	in := "Noon briefing by Henrik Aldana, Spokesman for the Secretary-General\n\n" +
		"Spokesman: Good afternoon. Questions? Mariam, and then Dmitri.\n\n" +
		"Question: Thank you, Henrik. Who carried out the attack?\n\n" +
		"Spokesman: We don't have any attribution at this point.\n\n" +
		"Spokesman: Dmitri?\n\n" +
		"Question: Thank you. Is there going to be a flash appeal?\n\n" +
		"Spokesman: I believe one is being prepared.\n\n" +
		"Spokesman: Yes, sir, in the back.\n\n" +
		"Question: Thank you. Have the talks in Doha been postponed?\n\n" +
		"Spokesman: I have seen those reports.\n\n" +
		"Spokesman: Mariam, a last one.\n\n" +
		"Question: Will there be an investigation by the UN?\n\n" +
		"Spokesman: We will, as always, look at what happened."
	checkSpeakerOf(t, in, "Thank you, Henrik. Who carried out the attack?", "Mariam")
	checkSpeakerOf(t, in, "Thank you. Is there going to be a flash appeal?", "Dmitri")
	checkSpeakerOf(t, in, "Thank you. Have the talks in Doha been postponed?", "a reporter")
	checkSpeakerOf(t, in, "Will there be an investigation by the UN?", "Mariam")
}

// TestAnyNewsFrenchParticleSurname: "d'Entremont-Surette told ..." names
// the speaker, whose surname opens with a particle in lower case, not
// the host after "told"; "she said" after it is her too.
func TestAnyNewsFrenchParticleSurname(t *testing.T) {
	t.Parallel()
	in := "The whale circled the boats for 72 hours, according to Geneviève d'Entremont-Surette, who chairs the harbour authority.\n\n" +
		"\"She just would not go,\" d'Entremont-Surette told As It Happens guest host Paul Desrochers.\n\n" +
		"\"You have to understand, this is lobster season,\" she said."
	checkSpeakerOf(t, in, "She just would not go,", "Geneviève d'Entremont-Surette")
	checkSpeakerOf(t, in, "You have to understand, this is lobster season,", "Geneviève d'Entremont-Surette")
}

// TestAnyNewsUnnamedIntroducedBefore: "the executive said" after "One
// Western Conference executive, who spoke on the condition of anonymity,
// said scouts had written Balan off" is that executive, not the player
// the sentence is about; but "an executive, Dana Ruiz, said" names her.
func TestAnyNewsUnnamedIntroducedBefore(t *testing.T) {
	t.Parallel()
	in := "Teo Balan has averaged 19 points since the break.\n\n" +
		"One Western Conference executive, who spoke on the condition of anonymity, said scouts had written Balan off as “a G League lifer” after his rookie year.\n\n" +
		"“We had him as a second-round flier with a good attitude,” the executive said."
	checkSpeakerOf(t, in, "We had him as a second-round flier with a good attitude,", "One Western Conference executive")
	named := "Teo Balan has averaged 19 points since the break.\n\n" +
		"An executive, Dana Ruiz, said scouts had written Balan off after his rookie year.\n\n" +
		"“We had him as a second-round flier,” the executive said."
	checkSpeakerOf(t, named, "We had him as a second-round flier,", "Dana Ruiz")
}

// TestAnyNewsPositionsAsDescriptions: "the wing-back said" after
// "Offaly captain Darragh Fitzpatrick-Kehoe said" is the captain: a
// player's position describes the player named before.
func TestAnyNewsPositionsAsDescriptions(t *testing.T) {
	t.Parallel()
	in := "Speaking on RTÉ’s The Sunday Game later that evening, Offaly captain Darragh Fitzpatrick-Kehoe said the win had been built on months of unglamorous work.\n\n" +
		"“We were in the gym at half six in the morning in January,” the wing-back said."
	checkSpeakerOf(t, in, "We were in the gym at half six in the morning in January,", "Darragh Fitzpatrick-Kehoe")
}

// TestAnyNewsFormerRoleDescriptions: "the Dutch-born ex-player told"
// stands for the former striker named before it.
func TestAnyNewsFormerRoleDescriptions(t *testing.T) {
	t.Parallel()
	in := "Former Riverside striker Ritchie van der Sluis, who scored 211 goals for the club in the 1990s, said he had mixed feelings. \"Half my life happened at Coble Lane,\" the Dutch-born ex-player told ChronicleLive."
	checkSpeakerOf(t, in, "Half my life happened at Coble Lane,", "Ritchie van der Sluis")
}

// TestAnyNewsStatementOfTheNameInApposition: "the statement read" after
// "Mbeki-Rowe's agent, Giancarlo de Santis, moved to calm things down on
// Wednesday morning with a statement released through his agency" is
// the agent's, by his name.
func TestAnyNewsStatementOfTheNameInApposition(t *testing.T) {
	t.Parallel()
	in := "But Mbeki-Rowe's agent, Giancarlo de Santis, moved to calm things down on Wednesday morning with a statement released through his agency.\n\n" +
		"\"In response to recent media reports, we wish to clarify that no decision has been made,\" the statement read."
	checkSpeakerOf(t, in, "In response to recent media reports, we wish to clarify that no decision has been made,", "Giancarlo de Santis")
}

// TestAnyNewsSenderNameEndsWithItsLine: "the note read" under a
// crosshead "A note from Budapest" is no "Budapest Best": the name after
// "from" ends with its line, and the next paragraph opens with "Best".
func TestAnyNewsSenderNameEndsWithItsLine(t *testing.T) {
	t.Parallel()
	in := "A note from Budapest\n\n" +
		"Best first feature went to Weatherglass, the debut of Saara Lindqvist-Moreau, who could not attend. Producer Benjamin de la Torre accepted on her behalf and read a note from her.\n\n" +
		"“I am sorry I am not there,” the note read."
	for _, q := range Extract(in).Quotes {
		if strings.Contains(q.Speaker, "\n") || strings.Contains(q.Speaker, "Budapest") {
			t.Errorf("%q: speaker %q", q.Text, q.Speaker)
		}
	}
}

// TestAnyNewsLabelOpeningWithParticle: an interview labels the guest by
// a surname with its particle in lower case ("von Ahlefeldt:"); those
// are the guest's answers, not more of the interviewer's questions.
func TestAnyNewsLabelOpeningWithParticle(t *testing.T) {
	t.Parallel()
	in := "Friedrich-Wilhelm von Ahlefeldt heads the Rhine barge operators' association. Katrin Vogelsang spoke to him.\n\n" +
		"Katrin Vogelsang: How bad is it at Kaub this week?\n\n" +
		"von Ahlefeldt: Twenty centimeters is a lot for a barge. It's the difference between sailing and waiting.\n\n" +
		"Katrin Vogelsang: Can the river be dredged?\n\n" +
		"von Ahlefeldt: In theory, yes. But we can't dredge our way out of this."
	checkSpeakerOf(t, in, "Twenty centimeters is a lot for a barge. It's the difference between sailing and waiting.", "Friedrich-Wilhelm von Ahlefeldt")
	checkSpeakerOf(t, in, "In theory, yes. But we can't dredge our way out of this.", "Friedrich-Wilhelm von Ahlefeldt")
	found := false
	for _, q := range Extract(in).Quotes {
		found = found || q.Text == "In theory, yes. But we can't dredge our way out of this."
	}
	if !found {
		t.Error("the answer after \"von Ahlefeldt:\" is no turn")
	}
}

// TestAnyNewsPresenterNamedInIntroduction: "PRESENTER:" in a phone-in's
// transcript is the presenter the introduction names with "presented
// by".
func TestAnyNewsPresenterNamedInIntroduction(t *testing.T) {
	t.Parallel()
	in := "Members asked us for a record of Monday's phone-in on BBC Radio Cornwall's mid-morning programme, presented by Jory Pascoe, in which our chair took part.\n\n" +
		"PRESENTER: It's six minutes past ten and we're talking about the second homes premium.\n\n" +
		"DAVE: I pay double and I get nothing for it.\n\n" +
		"PRESENTER: Where's the money going?\n\n" +
		"DAVE: Nobody can tell me."
	checkSpeakerOf(t, in, "Where's the money going?", "Jory Pascoe")
	checkSpeakerOf(t, in, "It's six minutes past ten and we're talking about the second homes premium.", "Jory Pascoe")
}

// TestAnyNewsLetterAnnouncedIn: "The letter ... tells states" after
// "Whitcombe announced the pause in a letter to state transportation
// directors" is Whitcombe's.
func TestAnyNewsLetterAnnouncedIn(t *testing.T) {
	t.Parallel()
	in := "Transportation Secretary Harlan Whitcombe announced the pause in a letter to state transportation directors late Wednesday.\n\n" +
		"The letter, which was reviewed by The Washington Post, tells states that “no further reimbursement requests will be processed.”"
	checkSpeakerOf(t, in, "no further reimbursement requests will be processed.", "Harlan Whitcombe")
}

// TestAnyNewsPostOfWhoPosted: "the post read" after "Dubai Police also
// posted a warning on Instagram" is Dubai Police's.
func TestAnyNewsPostOfWhoPosted(t *testing.T) {
	t.Parallel()
	in := "Dubai Police also posted a warning on Instagram on Tuesday, urging the public to report suspicious listings. \"Protect your money. Verify before you pay,\" the post read."
	checkSpeakerOf(t, in, "Protect your money. Verify before you pay,", "Dubai Police")
}

// TestAnyNewsStatementWrittenByReadOut: "it said" after "A second
// statement, written by the couple's youngest daughter, Aisling
// Kinsella, was read to the court by Mr Ó Fearghail." is the daughter's.
func TestAnyNewsStatementWrittenByReadOut(t *testing.T) {
	t.Parallel()
	in := "Aisling Kinsella sat with her mother in the public gallery.\n\n" +
		"A second statement, written by the couple's youngest daughter, Aisling Kinsella, was read to the court by Mr Ó Fearghail.\n\n" +
		"\"Dad was supposed to walk me up the aisle in September,\" it said."
	checkSpeakerOf(t, in, "Dad was supposed to walk me up the aisle in September,", "Aisling Kinsella")
}

// TestAnyNewsPossessiveSpokesman: "The governor’s spokesman added"
// after a paragraph about the governor's press secretary, Msugh
// Iortyom, is Iortyom.
func TestAnyNewsPossessiveSpokesman(t *testing.T) {
	t.Parallel()
	in := "Reacting, the Chief Press Secretary to Governor Tersoo Akaahan, Mr. Msugh Iortyom, said the governor had no hand in the dissolution.\n\n" +
		"Iortyom, in a statement he personally signed, said the governor would not interfere in the running of the party.\n\n" +
		"The governor’s spokesman added that security agencies had been alerted to “plans by some disgruntled elements to sponsor agitation.”"
	checkSpeakerOf(t, in, "plans by some disgruntled elements to sponsor agitation.", "Msugh Iortyom")
}

// TestAnyNewsMeetingsCoveragePronounParagraphs: the paragraphs after a
// speaker's name in capitals that open with her pronoun ("She urged
// ...", "She said to me ...") are hers, her title's "the Special
// Rapporteur" too.
func TestAnyNewsMeetingsCoveragePronounParagraphs(t *testing.T) {
	t.Parallel()
	in := "Interactive Dialogue with Special Rapporteur on Adequate Housing\n\n" +
		"AMARA NKEMELU-FORTUNE, Special Rapporteur on adequate housing, presenting her report (document A/80/287), said that at least 14 million people had been evicted in 2024. “Homes have become parking spots for capital,” she said.\n\n" +
		"She urged States to treat housing as a human right, and described settlements cleared for “so-called green infrastructure”. The Special Rapporteur recalled a mother in Nairobi: “She said to me, every time they move us, they tell us it is for our own good.”\n\n" +
		"In the ensuing dialogue, the representative of Brazil said her country had delivered more homes than ever. “We are proud of it,” she said."
	checkSpeakerOf(t, in, "so-called green infrastructure", "Amara Nkemelu-Fortune")
	checkSpeakerOf(t, in, "She said to me, every time they move us, they tell us it is for our own good.", "Amara Nkemelu-Fortune")
}

// TestAnyNewsAgeBeforeNationality: "the 27-year-old Swede said" is the
// goaltender named before, read from "Swede".
func TestAnyNewsAgeBeforeNationality(t *testing.T) {
	t.Parallel()
	in := "Toronto goaltender Jesper Lindholm-Vik, who made 31 saves, shouldered the blame for the winning goal.\n\n“That one’s on me,” the 27-year-old Swede said."
	checkSpeakerOf(t, in, "That one’s on me,", "Jesper Lindholm-Vik")
}

// TestAnyNewsEuropeanParliamentVerbatim: the European Parliament's
// verbatim report heads each speech "Name, role. – " and gives the
// chair's "President. – " to the member "IN THE CHAIR" at the time.
func TestAnyNewsEuropeanParliamentVerbatim(t *testing.T) {
	t.Parallel()
	in := "14. Single ticketing for cross-border rail journeys (debate)\n\n" +
		"IN THE CHAIR: Katarzyna WIŚNIEWSKA-ORTEGA\nVice-President\n\n" +
		"President. – The next item is the debate on the Commission statement on single ticketing.\n\n" +
		"Lukas Brenner-Olsen, Member of the Commission. – Madam President, every summer thousands of Europeans try to buy one ticket.\n\n" +
		"Rafał Kowalczyk-Brandt (ECR), blue-card question. – Mr van den Bossche, you say the incumbents are the problem.\n\n" +
		"(IN THE CHAIR: Matteo DI LORENZO-SALVI\nVice-President)\n\n" +
		"President. – The debate is closed."
	checkQuotes(t, in, []wantQuote{{"The next item is the debate on the Commission statement on single ticketing.", "Katarzyna Wiśniewska-Ortega", ""},
		{"Madam President, every summer thousands of Europeans try to buy one ticket.", "Lukas Brenner-Olsen", ""},
		{"Mr van den Bossche, you say the incumbents are the problem.", "Rafał Kowalczyk-Brandt", ""},
		{"The debate is closed.", "Matteo Di Lorenzo-Salvi", ""}})
}

// TestAnyNewsOfficeBeforeNameInApposition: "the assistant minister said"
// stands for the name written after that office and a comma ("press the
// assistant minister for the circular economy, Priya Raman-Hollis, on
// why ..."); not for a spokesman "for the Minister, John Okeke".
func TestAnyNewsOfficeBeforeNameInApposition(t *testing.T) {
	t.Parallel()
	in := "The Greens senator Isla Moorcroft used the hearing to press the assistant minister for the circular economy, Priya Raman-Hollis, on why the government had not acted.\n\n" +
		"Raman-Hollis said the voluntary scheme had collected more batteries.\n\n" +
		"“I understand the frustration, and I share it,” the assistant minister said."
	checkSpeakerOf(t, in, "I understand the frustration, and I share it,", "Priya Raman-Hollis")
}

// TestAnyNewsGaelicParticleInLabel: a committee record's labels "Dr
// Euan Mac a’ Phearsain (Scottish Empty Properties Forum):" and "Dr Mac
// a’ Phearsain:" name the witness, whose name holds Gaelic "a’".
func TestAnyNewsGaelicParticleInLabel(t *testing.T) {
	t.Parallel()
	in := "The Convener: I welcome Morag Lindqvist-Baird and Dr Euan Mac a’ Phearsain to the meeting.\n\n" +
		"Morag Lindqvist-Baird (Shelter Scotland): We support the bill.\n\n" +
		"Dr Euan Mac a’ Phearsain (Scottish Empty Properties Forum): I agree with Morag. We have been asking for this power for a decade.\n\n" +
		"The Convener: How long should a home lie empty first?\n\n" +
		"Dr Mac a’ Phearsain: Two years, with a discretion for ministers."
	checkQuotes(t, in, []wantQuote{{"I welcome Morag Lindqvist-Baird and Dr Euan Mac a’ Phearsain to the meeting.", "The Convener", ""},
		{"We support the bill.", "Morag Lindqvist-Baird", ""},
		{"I agree with Morag. We have been asking for this power for a decade.", "Euan Mac a’ Phearsain", ""},
		{"How long should a home lie empty first?", "The Convener", ""},
		{"Two years, with a discretion for ministers.", "Euan Mac a’ Phearsain", ""}})
}

// TestAnyNewsPresenterNamedAtTheEnd: an article whose last words are
// "presented by Jory Pascoe" reads the presenter's name to the end of
// the text, and no further.
func TestAnyNewsPresenterNamedAtTheEnd(t *testing.T) {
	t.Parallel()
	in := "PRESENTER: Hello.\n\nDAVE: Hi.\n\nPRESENTER: Bye.\n\nThe phone-in was presented by Jory Pascoe"
	checkSpeakerOf(t, in, "Bye.", "Jory Pascoe")
}
