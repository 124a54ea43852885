package extract

import (
	"strings"
	"testing"
)

// TestAnyNewsQualifiedSources: an unnamed speaker keeps the place or
// affiliation written after it ("a diplomat from a Nordic country", "an
// official of the state Water Resources Department"), and "the
// diplomat" or "the same executive" later is the source so introduced.
func TestAnyNewsQualifiedSources(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"after the verb, to the full stop", "Smaller members were furious. “We invested early and now we are punished,” said a diplomat from a Baltic country. “It sends the wrong signal.”",
			[]wantQuote{{"We invested early and now we are punished,", "diplomat from a Baltic country", ""}, {"It sends the wrong signal.", "diplomat from a Baltic country", ""}}},
		{"before a relative clause", "A senior official of the state Irrigation Department, who did not wish to be named, said the figures were revised. “Nobody's share has been cut,” the official said.",
			[]wantQuote{{"Nobody's share has been cut,", "senior official of the state Irrigation Department", ""}}},
		{"the diplomat later", "But a Western diplomat from a large exporting country said several capitals had asked for more time. “Nobody will say so in public,” the diplomat said.",
			[]wantQuote{{"Nobody will say so in public,", "Western diplomat from a large exporting country", ""}}},
		{"the same executive", "One marketing executive at a rival studio, who requested anonymity, said the price was “steep but fair”. The same executive said the real test would be “bodies in seats in March.”",
			[]wantQuote{{"steep but fair", "marketing executive at a rival studio", ""}, {"bodies in seats in March.", "marketing executive at a rival studio", ""}}},
		{"two places", "Several backbenchers are unhappy. One MP from a coastal seat in the south-east said: “They thought it was a handful of rebels. It isn’t.”",
			[]wantQuote{{"They thought it was a handful of rebels. It isn’t.", "MP from a coastal seat in the south-east", ""}}},
	})
}

// TestAnyNewsThePaper: "told the paper" is the outlet the article named
// before it, after a word of the trade ("Danish daily Morgenposten") or
// from the outlet list.
func TestAnyNewsThePaper(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"a daily named before", "Holm, 38, described the part in an interview with Danish daily Morgenposten this spring as “the hardest thing I have done”.\n\n“I had to let go of every habit,” Holm told the paper.",
			[]wantQuote{{"the hardest thing I have done", "Holm", ""}, {"I had to let go of every habit,", "Holm", "Morgenposten"}}},
		{"a known outlet named before", "Speaking to the BBC last year, Ines Varga said the rules were unclear. This week she went further.\n\n“Nobody has read them,” Varga told the broadcaster.",
			[]wantQuote{{"Nobody has read them,", "Ines Varga", "BBC"}}},
	})
}

// TestAnyNewsOrgWithAnd: an organisation whose name joins two fields
// with "and" keeps the whole name ("Department of Health and Social
// Care"), with a spokesperson written after it.
func TestAnyNewsOrgWithAnd(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"the body itself", "Ambulances queued for hours.\n\nThe Department for Environment and Rural Affairs said it recognised farmers were “under real pressure” and that help was coming.",
			[]wantQuote{{"under real pressure", "Department for Environment and Rural Affairs", ""}}},
		{"its spokesperson", "Ambulances queued for hours.\n\nA Department of Health and Social Care spokesperson said: “Patients deserve better, and we are acting.”",
			[]wantQuote{{"Patients deserve better, and we are acting.", "Department of Health and Social Care spokesperson", ""}}},
	})
}

// TestAnyNewsCreditLine: a caption's credit line ("Image Credits:
// Halyard") names no one a pronoun can stand for.
func TestAnyNewsCreditLine(t *testing.T) {
	t.Parallel()
	in := "Nadia Okafor, Halyard's chief executive, started the company after running a clinic's front desk.\n\nImage Credits: Halyard\n\nThat last feature is the one she is proudest of. “Anyone can build a bot that books a slot,” she said."
	checkQuotes(t, in, []wantQuote{{"Anyone can build a bot that books a slot,", "Nadia Okafor", ""}})
}

// TestAnyNewsNotPeople: a pronoun passes over what only looks like a
// person: a capitalised word opening a sentence about something else
// ("Sea surface temperatures in the Coral Sea"), and an outlet with its
// edition's place ("Guardian Australia"); a first name that is also a
// word of the trade ("Bill") stays the person's.
func TestAnyNewsNotPeople(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"a capital opening a sentence", "Dr Harriet Vance, a coral ecologist who led the survey, said the recovery was real.\n\nVance said her team would return in March. Sea surface temperatures in the Coral Sea are forecast to run warm.\n\n“If we get through autumn without bleaching, I’ll say so,” she said.",
			[]wantQuote{{"If we get through autumn without bleaching, I’ll say so,", "Harriet Vance", ""}}},
		{"a first name that is a word of the trade", "Senator Tamsin Rourke told Guardian Australia she would move a motion next week.\n\nTourism operators welcomed the survey. Bill Okada, who has run dive trips for 22 years, said bookings were up.\n\n“Customers used to ask me if the reef was dead,” he said.",
			[]wantQuote{{"Customers used to ask me if the reef was dead,", "Bill Okada", ""}}},
		{"an outlet's edition", "Sign up for Down to Earth, Guardian Australia’s free weekly newsletter\n\nMark Delaney, who runs a dive shop, said bookings were up. Rourke told Guardian Australia she would move a motion.\n\n“People come back,” he said.",
			[]wantQuote{{"People come back,", "Mark Delaney", ""}}},
	})
}

// TestAnyNewsRegionOfPlace: the region written after a place ("in
// Batley, West Yorkshire") is no one a pronoun stands for.
func TestAnyNewsRegionOfPlace(t *testing.T) {
	t.Parallel()
	in := "Arthur Pennock, a retired miner, had ridden the scooter to the churchyard in Batley, West Yorkshire, every morning since 2021.\n\nHis granddaughter Kelly Shaw, 38, said he had been heartbroken by the theft.\n\n‘When I picked him up he just sat by the window and cried,’ she told MailOnline."
	checkQuotes(t, in, []wantQuote{{"When I picked him up he just sat by the window and cried,", "Kelly Shaw", "MailOnline"}})
}

// TestAnyNewsHomeEpithets: a person called after where they come from or
// play ("the Craughwell man", "the Dicksboro clubman", "the Kilkenny
// boss") or after their family ("the father-of-three") is the person
// named so before; "he" in a sentence that opens with such an epithet
// is that person.
func TestAnyNewsHomeEpithets(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"the place man", "Galway manager Declan Furey felt a late free should have been given when Jack Mahony was pulled down. The Craughwell man said his side had been \"on the wrong end of a few tight calls\".",
			[]wantQuote{{"on the wrong end of a few tight calls", "Declan Furey", ""}}},
		{"the clubman", "Cian Fitzpatrick, who missed last season through injury, told RTÉ Sport that the rehabilitation had changed him.\n\n\"You promise yourself you won't waste a minute,\" the Dicksboro clubman said.",
			[]wantQuote{{"You promise yourself you won't waste a minute,", "Cian Fitzpatrick", ""}}},
		{"the boss and he", "\"We had to dig it out,\" said Kilkenny manager Martin Cuddihy. \"Galway were better than us for long stretches.\"\n\nThe Kilkenny boss made three changes at half-time, moving Tadhg Brennan into the square, and he admitted the dressing-room had been \"a quiet enough place\" at the interval.\n\n\"There wasn't a lot of shouting,\" he said.",
			[]wantQuote{{"We had to dig it out,", "Martin Cuddihy", ""}, {"Galway were better than us for long stretches.", "Martin Cuddihy", ""}, {"a quiet enough place", "Martin Cuddihy", ""}, {"There wasn't a lot of shouting,", "Martin Cuddihy", ""}}},
		{"the father-of-three", "Darren Price, 41, waited 31 hours on a trolley after a fall at work.\n\n\"I'm not blaming anybody on the ground,\" the father-of-three said.",
			[]wantQuote{{"I'm not blaming anybody on the ground,", "Darren Price", ""}}},
	})
}

// TestAnyNewsSplitQuoteOneSpeaker: the chunks of a quotation split by
// "she said" are the same person's.
func TestAnyNewsSplitQuoteOneSpeaker(t *testing.T) {
	t.Parallel()
	in := "Dental offices miss calls. Halyard co-founder and CEO Nadia Okafor says a third go unanswered.\n\nImage Credits: Halyard\n\nThat last feature is the one the CEO is proudest of. “The scheduling part is table stakes,” she said. “The hard part is knowing your patients.”"
	checkQuotes(t, in, []wantQuote{{"The scheduling part is table stakes,", "Nadia Okafor", ""}, {"The hard part is knowing your patients.", "Nadia Okafor", ""}})
}

// TestAnyNewsOrgDescriptions: "the sheriff's office" is the sheriff's
// office the article named, and a caption's "The trust said" is the
// trust the story names after it.
func TestAnyNewsOrgDescriptions(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"the sheriff's office", "The Harnett County Sheriff's Office asked drivers to stay home.\n\n\"Our deputies have responded to more than 40 crashes,\" the sheriff's office wrote in a Facebook post.",
			[]wantQuote{{"Our deputies have responded to more than 40 crashes,", "Harnett County Sheriff's Office", ""}}},
		{"a caption before the story", "Patients describe long waits\n\nThe trust said corridor care had become a \"daily reality\" (file image)\n\nPatients at two hospitals say they waited more than a day.\n\nData shows 1,412 patients waited more than 12 hours at Millbrook University Hospitals NHS Trust in January.",
			[]wantQuote{{"daily reality", "Millbrook University Hospitals NHS Trust", ""}}},
	})
}

// TestAnyNewsSignedBy: "in a statement signed by his press secretary,
// Mr. X, the governor said" is the governor's, not the secretary's.
func TestAnyNewsSignedBy(t *testing.T) {
	t.Parallel()
	in := "ADO-EKITI — GOVERNOR Folarin Adeyemi of Ekiti State, yesterday, said the opposition was behind the protests.\n\nThe governor, who spoke at a town hall meeting, said the levy was “the smallest sacrifice” anyone could make.\n\nLater in the evening, in a statement signed by his Chief Press Secretary, Mr. Kunle Fadahunsi, the governor said the reaction had “confirmed our suspicion that the protest was political.”\n\nThe statement read in part: “It is curious that the opposition is in such a hurry to defend people it claims not to know.”"
	checkQuotes(t, in, []wantQuote{{"the smallest sacrifice", "Folarin Adeyemi", ""}, {"confirmed our suspicion that the protest was political.", "Folarin Adeyemi", ""}, {"It is curious that the opposition is in such a hurry to defend people it claims not to know.", "Folarin Adeyemi", ""}})
}

// TestAnyNewsSetUpSpeaker: "he" after a sentence that names one person
// and has him speaking ("... was Fitzpatrick, and the 23-year-old was
// beaming when he spoke to reporters") is that person, not the manager
// quoted before.
func TestAnyNewsSetUpSpeaker(t *testing.T) {
	t.Parallel()
	in := "A late goal from Cian Fitzpatrick sank Galway. Galway manager Declan Furey felt his side deserved more.\n\n\"We're disappointed, obviously,\" Furey said. \"We came here to win.\"\n\nThe player of the match, perhaps inevitably, was Fitzpatrick, and the 23-year-old was still wearing a look of disbelief when he spoke to reporters.\n\n\"Honestly, I didn't even see it go in,\" he said."
	checkQuotes(t, in, []wantQuote{{"We're disappointed, obviously,", "Declan Furey", ""}, {"We came here to win.", "Declan Furey", ""}, {"Honestly, I didn't even see it go in,", "Cian Fitzpatrick", ""}})
}

// TestAnyNewsDashSigned: a quotation that fills its paragraph is the
// words of the name the next line signs it with after a dash.
func TestAnyNewsDashSigned(t *testing.T) {
	t.Parallel()
	in := "“I wouldn’t read too much into the tone,” said Andreas Lind, a strategist at Nordbank.\n\nWhat Bloomberg Economics Says...\n\n“The guidance tilts toward a pause in May, but we think weak factories will pull the board back toward easing by June.”\n\n— Petra Novotna, economist. For full analysis, click here."
	checkQuotes(t, in, []wantQuote{{"I wouldn’t read too much into the tone,", "Andreas Lind", ""}, {"The guidance tilts toward a pause in May, but we think weak factories will pull the board back toward easing by June.", "Petra Novotna", ""}})
}

// TestAnyNewsQuotedTitleNoOne: a programme's name in quotation marks
// ("“Oplan Bantay Gabi”") is no one "he" stands for (read in the
// development article where it was).
func TestAnyNewsQuotedTitleNoOne(t *testing.T) {
	t.Parallel()
	checkGenreSpeaker(t, "philstar_batangas_tricycle_driver_shooting", "Criminals who think", "Ernesto Cabrera")
}

// checkGenreSpeaker extracts a development article and checks the
// speaker of the quote that opens with prefix.
func checkGenreSpeaker(t *testing.T, name, prefix, speaker string) {
	t.Helper()
	text, _ := loadGenre(t, name)
	checkQuoteSpeaker(t, text, prefix, func(q string) bool { return strings.HasPrefix(q, prefix) }, speaker)
}

// checkQuoteSpeaker checks the speaker of the first quote of input the
// words of which match (what, in the failure's words).
func checkQuoteSpeaker(t *testing.T, input, what string, match func(string) bool, speaker string) {
	t.Helper()
	for _, q := range Extract(input).Quotes {
		if match(q.Text) {
			if normSpeaker(q.Speaker) != normSpeaker(speaker) {
				t.Errorf("%q: speaker %q, want %q", what, q.Speaker, speaker)
			}
			return
		}
	}
	t.Errorf("no quote %q", what)
}

// TestAnyNewsAttributionInLaterParagraph: a quotation running over two
// paragraphs, attributed only at the end of the second, is the same
// speaker's in both.
func TestAnyNewsAttributionInLaterParagraph(t *testing.T) {
	t.Parallel()
	in := "Police Regional Office director Police Brig. Gen. Ernesto Cabrera said investigators had identified “a person of interest.”\n\n“We already have a lead and we are building the case,” Cabrera told reporters yesterday.\n\nThe regional police chief said the suspect and the victim had co-owned two tricycles.\n\nCabrera has ordered the provincial office to form a task group.\n\n“The order of the regional director is clear: we must resolve this within the week.\n\n“We also appeal to the neighbours to come forward,” said Police Lt. Col. Maricel Santos, San Roque police chief."
	checkQuotes(t, in, []wantQuote{{"a person of interest.", "Ernesto Cabrera", ""}, {"We already have a lead and we are building the case,", "Ernesto Cabrera", ""}, {"The order of the regional director is clear: we must resolve this within the week.", "Maricel Santos", ""}, {"We also appeal to the neighbours to come forward,", "Maricel Santos", ""}})
}

// TestAnyNewsCrossheadsAndDashHeadlines: in a story quoting in double
// marks, a short unended line in single marks (a crosshead) and a
// headline opening with a quotation before a dash are quotations too,
// by the person whose words they repeat or, for a crosshead that sums
// up, the one quoted next.
func TestAnyNewsCrossheadsAndDashHeadlines(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"a headline before a dash", "'We are not sitting on our hands' - Sondela mayor as Rietvlei enters sixth day without water\n\nResidents queued at tankers again on Wednesday.\n\n\"We are not sitting on our hands. Our teams have worked through the night,\" Mayor Sipho Dlamini told News24.",
			[]wantQuote{{"We are not sitting on our hands", "Sipho Dlamini", ""}, {"We are not sitting on our hands. Our teams have worked through the night,", "Sipho Dlamini", "News24"}}},
		{"a crosshead that sums up", "Leaders left the summit without a deal.\n\n‘A lot of work still to do’\n\nThe defence commissioner, Jaromír Halas, said the plan would be reworked.\n\n\"I will not pretend tonight was a success,\" Halas told Euronews.",
			[]wantQuote{{"A lot of work still to do", "Jaromír Halas", ""}, {"I will not pretend tonight was a success,", "Jaromír Halas", "Euronews"}}},
		{"a sentence alone is no crosshead", "The court heard the appeal.\n\n'The decision must be quashed.'\n\n\"We are pleased,\" said Aoife Byrne, the applicant's solicitor.",
			[]wantQuote{{"We are pleased,", "Aoife Byrne", ""}}},
	})
	// a headline quotation whose line names someone else first ("Cats'")
	checkGenreSpeaker(t, "irish_independent_kilkenny_galway", "We had to dig it out of the ground", "Martin Cuddihy")
}

// TestAnyNewsIrishAndCouncilTitles: the Taoiseach, a Ceann Comhairle and
// a councillor written "Coun" are titles, not names; "the Minister of
// State" is the one named after that office, whose portfolio's second
// field ("and Planning") is no part of the name.
func TestAnyNewsIrishAndCouncilTitles(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"the Taoiseach", "Taoiseach Declan Hennessy said the levy was “a blight on communities”.",
			[]wantQuote{{"a blight on communities", "Declan Hennessy", ""}}},
		{"a Ceann Comhairle", "Earlier, Ceann Comhairle Bríd Nagle told the House she would “not be chairing a shouting match”.",
			[]wantQuote{{"not be chairing a shouting match", "Bríd Nagle", ""}}},
		{"Coun", "Committee chair Coun Sandra Whitlock said members had to decide applications \"on planning grounds\".",
			[]wantQuote{{"on planning grounds", "Sandra Whitlock", ""}}},
		{"the Minister of State", "Minister of State for Local Government and Planning Pádraig Tuohy told The Irish Times that he would bring proposals to Cabinet.\n\n“The collection rates are not acceptable,” the Minister of State said.",
			[]wantQuote{{"The collection rates are not acceptable,", "Pádraig Tuohy", ""}}},
		{"a portfolio of two fields", "Minister of State for Local Government and Planning Pádraig Tuohy said the collection rates were “not acceptable”.",
			[]wantQuote{{"not acceptable", "Pádraig Tuohy", ""}}},
	})
}

// TestAnyNewsBrandPlus: a name written with a plus ("OPEC+") keeps it.
func TestAnyNewsBrandPlus(t *testing.T) {
	t.Parallel()
	in := "Ministers agreed to extend the cuts. \"There was no appetite to add barrels,\" said one OPEC+ source. A second OPEC+ source said the review in June would give \"a very different picture\"."
	checkQuotes(t, in, []wantQuote{{"There was no appetite to add barrels,", "OPEC+ source", ""}, {"a very different picture", "second OPEC+ source", ""}})
}

// TestAnyNewsTradeEpithets: a person called by their trade after being
// named ("the retired postman") is that person.
func TestAnyNewsTradeEpithets(t *testing.T) {
	t.Parallel()
	in := "After the meeting, another objector, Paul Sutcliffe, 58, told reporters that residents would ask for the decision to be called in.\n\n\"We're not finished,\" the retired postman said."
	checkQuotes(t, in, []wantQuote{{"We're not finished,", "Paul Sutcliffe", ""}})
}

// TestAnyNewsNameGivenOnly: a person who gave only a surname ("who gave
// only her surname, Chan") is called by it, and a photographer credited
// under a caption ("Photo: Winson Kwok") is no one a pronoun stands for.
func TestAnyNewsNameGivenOnly(t *testing.T) {
	t.Parallel()
	in := "Tenants in Sham Shui Po are among the most affected. Photo: Winson Kwok\n\nA 58-year-old tenant, who gave only her surname, Chan, said she had lived in a cubicle for nine years.\n\n“The landlord told me in July the flat cannot be registered,” she said."
	checkQuotes(t, in, []wantQuote{{"The landlord told me in July the flat cannot be registered,", "Chan", ""}})
	checkGenreSpeaker(t, "scmp_subdivided_flat_evictions", "The landlord told me in July", "Chan")
}

// TestAnyNewsPhotographerNoSpeaker: the photographer a caption credits
// ("Photo: Jane Whitcombe") is no one "she" stands for.
func TestAnyNewsPhotographerNoSpeaker(t *testing.T) {
	t.Parallel()
	in := "Mary Okafor has run the fruit stall for 30 years.\n\nTraders at the market on Tuesday. Photo: Jane Whitcombe\n\n“We are not going anywhere,” she said."
	checkQuotes(t, in, []wantQuote{{"We are not going anywhere,", "Mary Okafor", ""}})
}

// TestAnyNewsPlacesOnAndOwnedOffices: a street or hill after "on" ("on
// Capitol Hill") is no one "she" stands for; an office named with a
// possessive ("the Franklin County Prosecutor's Office") keeps its whole
// name; "the Palace manager" is the manager the article named.
func TestAnyNewsPlacesOnAndOwnedOffices(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"on Capitol Hill", "Agriculture Secretary Ellen Marchetti has made cost-cutting a theme.\n\nMarchetti, a former Iowa official, spoke on Tuesday, before word of the plan had spread on Capitol Hill.\n\n“I’ve walked through some of these facilities,” she said.",
			[]wantQuote{{"I’ve walked through some of these facilities,", "Ellen Marchetti", ""}}},
		{"a possessive office", "In a statement, the Franklin County Prosecutor's Office said the sentence \"reflects the seriousness of the crime.\"",
			[]wantQuote{{"reflects the seriousness of the crime.", "Franklin County Prosecutor's Office", ""}}},
		{"the club's manager", "Crystal Palace manager Tomas Ekdahl praised his side. Sandvik limped off late on.\n\n\"He is limping a little bit,\" the Palace manager said.",
			[]wantQuote{{"He is limping a little bit,", "Tomas Ekdahl", ""}}},
	})
	checkGenreSpeaker(t, "washingtonpost_usda_lab_closures", "I’ve walked through some of these facilities", "Ellen Marchetti")
}

// TestAnyNewsLedeOfficeNamedLater: an office that speaks in a headline
// or lede ("Judge tells driver: ...") is the holder named with it
// further down ("Common Pleas Judge Harold Whitacre").
func TestAnyNewsLedeOfficeNamedLater(t *testing.T) {
	t.Parallel()
	in := "Judge tells driver in fatal scooter hit-and-run: 'You chose to keep driving'\n\nAn Ohio man who struck and killed a student riding a scooter was sentenced Friday to 18 years in prison.\n\nProsecutors asked for the maximum. The defence asked Franklin County Common Pleas Judge Harold Whitacre for eight years.\n\nWhitacre said he had read more than 60 letters."
	checkQuotes(t, in, []wantQuote{{"You chose to keep driving", "Harold Whitacre", ""}})
	checkGenreSpeaker(t, "abcnews_scooter_hit_and_run_sentencing", "You chose to keep driving", "Harold Whitacre")
}

// TestAnyNewsCoordinatedSpeechVerb: a fragment introduced by a speech
// verb joined with "and" to its subject's first verb is that subject's,
// initials and all ("Chief Minister M.S. Lingaraju on Wednesday defended
// ... and said the move was aimed at “...”").
func TestAnyNewsCoordinatedSpeechVerb(t *testing.T) {
	t.Parallel()
	in := "Schools to be merged\n\nChief Minister M.S. Lingaraju on Wednesday (July 9, 2025) defended the State government’s decision to merge 1,214 government primary schools that have very low enrolment with neighbouring schools, and said the move was aimed at “giving every child a real classroom”."
	checkQuotes(t, in, []wantQuote{{"giving every child a real classroom", "M.S. Lingaraju", ""}})
}

// TestAnyNewsFormerOffice: "the former Minister said", after quotes of
// one the article gave no such office, is the one quoted just before.
func TestAnyNewsFormerOffice(t *testing.T) {
	t.Parallel()
	in := "Leader of the Opposition B.R. Chennabasappa said the decision was wrong.\n\n“This is closure, whatever name the Minister gives it,” Mr. Chennabasappa said at a press conference in Hubballi.\n\nHe said his party would hold protests in all district headquarters.\n\n“We are not against improving schools,” the former Minister said."
	checkQuotes(t, in, []wantQuote{{"This is closure, whatever name the Minister gives it,", "B.R. Chennabasappa", ""}, {"We are not against improving schools,", "B.R. Chennabasappa", ""}})
}

// TestAnyNewsPersonAndOrganisation: a person named with their
// organisation ("says Saule Bekova of Steppe Analytics") is the person;
// a role and a name after an organisation ("White House press secretary
// Celeste Warrick told reporters") are the person's; "the Bank of
// England" stays an organisation.
func TestAnyNewsPersonAndOrganisation(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"of a firm", "Sceptics count differently. “A brass plate is not a balance-sheet,” says Saule Bekova of Steppe Analytics, a consultancy in Almaty.",
			[]wantQuote{{"A brass plate is not a balance-sheet,", "Saule Bekova", ""}}},
		{"an organisation's press secretary", "The nominee has critics.\n\n“We have full confidence in Dale Pruett,” White House press secretary Celeste Warrick told reporters at Friday’s briefing.",
			[]wantQuote{{"We have full confidence in Dale Pruett,", "Celeste Warrick", ""}}},
		{"an organisation of a country", "Rates were left on hold. “Inflation is falling,” said the Bank of England.",
			[]wantQuote{{"Inflation is falling,", "Bank of England", ""}}},
	})
}

// TestAnyNewsPronounSubjectGoesOn: "he" after a sentence whose subject
// was "he" already, naming someone else only as an object ("he bought
// the shop from its owner, Arne Halvorsen"), goes on standing for the
// one named before.
func TestAnyNewsPronounSubjectGoesOn(t *testing.T) {
	t.Parallel()
	in := "Teodoro Vasquez, 71, fixes shoes.\n\nFor 31 years, Vasquez has run a narrow storefront on Seventh Street.\n\nHe learned the trade from his father in Zamora. In 1994 he bought the shop from its retiring owner, a Norwegian immigrant named Arne Halvorsen, for $11,000.\n\nThe machine still runs.\n\n“I came to fix shoes for two years and then go home,” he said."
	checkQuotes(t, in, []wantQuote{{"I came to fix shoes for two years and then go home,", "Teodoro Vasquez", ""}})
}

// TestAnyNewsSubjectJustBefore: "he" right after a sentence of its
// paragraph whose subject is a person ("Feldkamp struck a more
// conciliatory tone. Speaking to ZDF, he said ...") is that person, not
// the one quoted in the paragraph before.
func TestAnyNewsSubjectJustBefore(t *testing.T) {
	t.Parallel()
	in := "SPD co-leader Miriam Aksoy told Bild am Sonntag the rise was unfair. Aksoy, who leads the party alongside Vice Chancellor and Finance Minister Jonas Feldkamp, said the SPD would not agree to any increase above €62.\n\nFeldkamp struck a more conciliatory tone. Speaking to public broadcaster ZDF on Sunday evening, he said there was \"room for a compromise\" as long as ticket holders on lower incomes were protected."
	checkQuotes(t, in, []wantQuote{{"room for a compromise", "Jonas Feldkamp", ""}})
	checkGenreSpeaker(t, "dw_deutschlandticket_price_row", "room for a compromise", "Jonas Feldkamp")
}

// TestAnyNewsIndefiniteSourceThenShe: "She said:" after "A Scottish
// Government spokeswoman told The Herald ..." is that spokeswoman, and
// "the Tory leader" is the Conservative leader the article named.
func TestAnyNewsIndefiniteSourceThenShe(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"a spokeswoman", "In a statement, CalMac Ferries said it had chartered an additional vessel.\n\nA Scottish Government spokeswoman told The Herald that the handover was expected soon.\n\nShe said: “We fully understand the frustration of island communities.”",
			[]wantQuote{{"We fully understand the frustration of island communities.", "Scottish Government spokeswoman", ""}}},
		{"the Tory leader", "Scottish Conservative leader Graeme Ruthven told MSPs that islanders had been misled.\n\nThe First Minister, Catriona Lennie, said the delay was disappointing.\n\n“That is not a disappointment, First Minister. That is a scandal,” the Tory leader said.",
			[]wantQuote{{"That is not a disappointment, First Minister. That is a scandal,", "Graeme Ruthven", ""}}},
	})
}

// TestAnyNewsHeadlineCapitalsNoName: a title-case headline's run of
// capitals ("Northlight Pictures Buys Venice Competition Drama") is no
// firm's whole name for "the studio".
func TestAnyNewsHeadlineCapitalsNoName(t *testing.T) {
	t.Parallel()
	checkGenreSpeaker(t, "variety_venice_salt_orchard", "committed to a theatrical-first rollout", "Northlight Pictures")
}

// TestAnyNewsQAAfterByline: the answers of a "Q:" / "A:" interview are
// the words of the one its introduction is about, not of the byline's
// writer named first, whose words the questions are.
func TestAnyNewsQAAfterByline(t *testing.T) {
	t.Parallel()
	in := "Oregon’s longest-serving fire lookout on 31 summers above the trees\n\nBy Hollis Drummond | The Oregonian\n\nFor 31 summers, Wilma Teague has spent June through September in a glass cab on top of Hager Butte. Teague, 68, is retiring at the end of this season.\n\nThis interview has been edited for length and clarity.\n\nQ: How did you end up in a lookout tower?\n\nA: I answered an ad on a bulletin board at the post office.\n\nQ: What did your first season teach you?\n\nA: Mostly that I didn’t know anything."
	checkQuotes(t, in, []wantQuote{{"How did you end up in a lookout tower?", "Hollis Drummond", ""},
		{"I answered an ad on a bulletin board at the post office.", "Wilma Teague", ""},
		{"What did your first season teach you?", "Hollis Drummond", ""}, {"Mostly that I didn’t know anything.", "Wilma Teague", ""}})
}

// TestAnyNewsMalaysianTitlesAndBareSurnames: Malaysian titles ("Datuk
// Seri") are no part of a name, and an honorific with a surname no fuller
// name was written for ("Mr Hafiz") is the surname.
func TestAnyNewsMalaysianTitlesAndBareSurnames(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"Datuk Seri", "Works Minister Datuk Seri Azman Rashid said the evacuation was a precaution. “Nobody will be left on the street,” he said.",
			[]wantQuote{{"Nobody will be left on the street,", "Azman Rashid", ""}}},
		{"Mr and a surname", "Residents said they had complained for years.\n\n“Every time, they send someone, he takes pictures, he goes,” said Mr Hafiz, a 54-year-old taxi driver.",
			[]wantQuote{{"Every time, they send someone, he takes pictures, he goes,", "Hafiz", ""}}},
	})
	checkGenreSpeaker(t, "cna_penang_slope_evacuation", "Now suddenly it is an emergency.", "Hafiz")
}

// TestAnyNewsInitialsBeforeSurnames: names written with initials and
// full stops ("Dr K.R. Subramaniam, ..., said, “...”", "said A.N.
// Kulkarni") are whole speakers, and "he" after one is them.
func TestAnyNewsInitialsBeforeSurnames(t *testing.T) {
	t.Parallel()
	in := "Sensex rebounds on bank stocks\n\nMumbai\n\nDr K.R. Subramaniam, Chief Investment Strategist at Tarangini Financial Services, said, “The market is taking comfort from the softer dollar.”\n\n“The index has resistance at 22,800,” said A.N. Kulkarni, Senior Technical Analyst at Saptarishi Securities."
	checkQuotes(t, in, []wantQuote{{"The market is taking comfort from the softer dollar.", "K.R. Subramaniam", ""}, {"The index has resistance at 22,800,", "A.N. Kulkarni", ""}})
	checkGenreSpeaker(t, "businessline_sensex_nifty_bank_rebound", "Valuations in the large-cap space", "K.R. Subramaniam")
}

// TestAnyNewsCourtRoles: "the solicitor" in a court report is the
// solicitor the report named.
func TestAnyNewsCourtRoles(t *testing.T) {
	t.Parallel()
	in := "Defending, solicitor Ciarán Lenihan said his client had been drinking since the match.\n\n“He is not a man who goes out looking for trouble, Judge,” the solicitor said."
	checkQuotes(t, in, []wantQuote{{"He is not a man who goes out looking for trouble, Judge,", "Ciarán Lenihan", ""}})
}

// TestAnyNewsLongOrganisationSpokesperson: a spokesperson of an
// organisation of several words ("A Department for Business and Trade
// spokesperson") is so described, and "the spokesperson" after is them.
func TestAnyNewsLongOrganisationSpokesperson(t *testing.T) {
	t.Parallel()
	in := "A Mortlake spokesperson said the data did not reflect the company’s position.\n\nA Department for Business and Trade spokesperson said the government was “determined to tackle late payment”.\n\n“Late payment is a blight on small businesses,” the spokesperson said."
	checkQuotes(t, in, []wantQuote{{"determined to tackle late payment", "Department for Business and Trade spokesperson", ""}, {"Late payment is a blight on small businesses,", "Department for Business and Trade spokesperson", ""}})
	checkGenreSpeaker(t, "constructionnews_scaffolding_insolvencies", "Late payment is a blight", "Department for Business and Trade spokesperson")
}

// TestAnyNewsLocalTitlesAndRoleStandfirst: local titles
// ("Councilmember", "At-Large") are no part of a name, and a standfirst's
// role that says a story's words ("CEO says ... “has not found its
// floor”") is the one who says them in it.
func TestAnyNewsLocalTitlesAndRoleStandfirst(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"councilmember", "Councilmember Harold Quist wrote on Facebook: \"Our officers did their jobs today.\"",
			[]wantQuote{{"Our officers did their jobs today.", "Harold Quist", ""}}},
		{"at-large", "Board member At-Large Delphine Okafor-Reyes said: \"Nobody on this dais wanted to be here.\"",
			[]wantQuote{{"Nobody on this dais wanted to be here.", "Delphine Okafor-Reyes", ""}}},
		{"a standfirst's CEO", "Brennwerk cuts outlook again\n\nCEO says German heat pump market \"has not found its floor\"\n\nBERLIN (Reuters) - Brennwerk cut its forecast on Thursday.\n\n\"The German heat pump market has not found its floor,\" Chief Executive Katrin Albers told analysts on a conference call.",
			[]wantQuote{{"has not found its floor", "Katrin Albers", ""}, {"The German heat pump market has not found its floor,", "Katrin Albers", ""}}},
	})
}

// TestAnyNewsPoliceRanks: "the sergeant" is the sergeant the report
// named (in the development court report that showed it).
func TestAnyNewsPoliceRanks(t *testing.T) {
	t.Parallel()
	checkGenreSpeaker(t, "irishexaminer_fermoy_pint_glass_assault", "abusive and roaring", "Niamh Desmond")
}

// TestAnyNewsPossessiveBeforeName: "Her neighbor, Edivaldo Lima, 34,
// said ..." gives Lima no gender ("her" is someone else's), so "he" after
// is Lima.
func TestAnyNewsPossessiveBeforeName(t *testing.T) {
	t.Parallel()
	in := "Maria Souza, 61, said the river had never been so low.\n\nHer neighbor, Edivaldo Lima, 34, said the village's only well had started to produce muddy water.\n\n\"Nobody from the government has come here yet,\" he said."
	checkQuotes(t, in, []wantQuote{{"Nobody from the government has come here yet,", "Edivaldo Lima", ""}})
}

// TestAnyNewsShortHeadlineEcho: three quoted words of a headline are the
// words of the one who says them together in the story.
func TestAnyNewsShortHeadlineEcho(t *testing.T) {
	t.Parallel()
	checkGenreSpeaker(t, "guardian_rented_homes_insulation_delay", "time to adjust", "Daniel Okafor")
}

// TestAnyNewsAnotherSource: "he" after "Another banker, who ..., puts
// it more bluntly." is that other banker, not the analyst named before.
func TestAnyNewsAnotherSource(t *testing.T) {
	t.Parallel()
	in := "The rules are rarely what holds a market back, argues Ms Saule Bekova of Steppe Analytics. Another banker, who has advised on two listings, puts it more bluntly. “The problem isn’t the rulebook,” he says."
	checkQuotes(t, in, []wantQuote{{"The problem isn’t the rulebook,", "another banker", ""}})
}

// TestAnyNewsAssemblyMembers: a county assembly's "MCA" is a role, not
// part of a name.
func TestAnyNewsAssemblyMembers(t *testing.T) {
	t.Parallel()
	in := "Majority Leader Kenga Mwarandu said the MCAs were tired of waiting.\n\nNominated MCA Grace Dzame, who seconded the motion, said the ward reps would act.\n\n“We are not joking this time,” she said."
	checkQuotes(t, in, []wantQuote{{"We are not joking this time,", "Grace Dzame", ""}})
}

// TestAnyNewsPostNominals: letters after a name ("Rebecca Tolland KC")
// are no part of it.
func TestAnyNewsPostNominals(t *testing.T) {
	t.Parallel()
	checkGenreSpeaker(t, "mirror_stockport_parking_row_manslaughter", "You were angry about a parking space", "Rebecca Tolland")
}

// TestAnyNewsLowerCaseParticles: a surname with a lower-case particle
// ("Raed al-Khafaji") is a full name: "Khafaji said" is that person, and
// the description after "Hana al-Saeedi," is hers.
func TestAnyNewsLowerCaseParticles(t *testing.T) {
	t.Parallel()
	in := "Water resources minister Raed al-Khafaji told the state-run Iraqi News Agency (INA) on Monday that releases had dropped.\n\n“It is a decision, and it is being made in Ankara,” Khafaji said.\n\nHana al-Saeedi, a water policy researcher at the Rafidain Centre for Dialogue, told Middle East Eye that the two governments were “talking past each other”."
	checkQuotes(t, in, []wantQuote{{"It is a decision, and it is being made in Ankara,", "Raed al-Khafaji", ""}, {"talking past each other", "Hana al-Saeedi", ""}})
}
