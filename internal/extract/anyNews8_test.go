package extract

import "testing"

// TestAnyNewsFullNames: a speaker called by part of a name gets the
// whole of it: a surname after a nickname in quotation marks, a given
// name after a royal style with "bin", a surname with a particle after
// "she" read as its last mention, and an organisation without the
// "-based" before it.
func TestAnyNewsFullNames(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"a nickname between the names", "The fighter's cutman, Ramon “Flaco” Ibarra, said the cut had never worried him.\n\n“We closed it in thirty seconds,” Ibarra said.",
			[]wantQuote{{"We closed it in thirty seconds,", "Ramon Ibarra", ""}}},
		{"a nickname after an abbreviated given name", "At the hearing, Sen. Ma. Lourdes “Malou” Villareal, the panel chair, opened the session.\n\n“Where is the money?” Villareal said.",
			[]wantQuote{{"Where is the money?", "Ma. Lourdes Villareal", ""}}},
		{"a royal style and bin", "The delegation was received by the kingdom's energy minister, Prince Faisal bin Khalid Al Rashid, on Sunday.\n\nPrince Faisal said the partnership was “only the beginning” of the work.",
			[]wantQuote{{"only the beginning", "Faisal bin Khalid Al Rashid", ""}}},
		{"she after Ms and a particle", "Speaking in Brussels, the Taoiseach, Cathal Ó Broin, said the Government would “read the report carefully” before deciding. “But I will say this: we need the investment,” he said.\n\nThe Tánaiste, Nuala Mac Carthaigh, was more cautious. Ms Mac Carthaigh told RTÉ’s News at One that the report was “a first draft”.\n\n“We will not rush a decision of this size,” she said.",
			[]wantQuote{{"read the report carefully", "Cathal Ó Broin", ""}, {"But I will say this: we need the investment,", "Cathal Ó Broin", ""}, {"a first draft", "Nuala Mac Carthaigh", ""}, {"We will not rush a decision of this size,", "Nuala Mac Carthaigh", ""}}},
		{"an organisation's base", "Conservation groups objected. The Lyon-based European Wetlands Trust said the plan was “a step backwards for the delta”.",
			[]wantQuote{{"a step backwards for the delta", "European Wetlands Trust", ""}}},
	})
}

// TestAnyNewsDescribedSubjectOverName: "he" after a sentence about an
// unnamed official ("the prime minister's official spokesman was asked
// ...") is that official, not a word the sentence before opened with.
func TestAnyNewsDescribedSubjectOverName(t *testing.T) {
	t.Parallel()
	in := "Official statistics published on Thursday showed construction started on 98,000 homes in England.\n\nThe target was a central promise of the manifesto.\n\nA Downing Street spokesperson said ministers would set out further measures in the new year.\n\nAt a briefing on Friday, the prime minister's official spokesman was asked whether the target would change. \"The plan stands,\" he said."
	checkQuotes(t, in, []wantQuote{{"The plan stands,", "prime minister's official spokesman", ""}})
}

// TestAnyNewsOfficeBeforeName: an office written before its holder's
// name, as South Asian and Nigerian papers write it, gives the holder,
// not the office; an acronym given to the office in brackets is the
// holder later; "the Chief Minister" is the person the article called
// so; and initials stay with the name ("Mr. Raghavan" is "P.K.
// Raghavan").
func TestAnyNewsOfficeBeforeName(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"an office of several words, then the name", "Leader of the Opposition in the Sindh Assembly Farooq Ahmed Qureshi, talking to reporters, called the bill “a licence for nominated councils”.",
			[]wantQuote{{"a licence for nominated councils", "Farooq Ahmed Qureshi", ""}}},
		{"an office, a comma and an honorific", "Earlier, the Chairman of the Supporters Club, Comrade Tunde Afolabi, told the governor that fans were “tired of excuses”.",
			[]wantQuote{{"tired of excuses", "Tunde Afolabi", ""}}},
		{"an acronym for the office", "Special Assistant to the Prime Minister (SAPM) on Political Affairs Imran Haider Shah said nobody would be allowed to “hold the city hostage”.\n\nIn a statement issued later, the SAPM said the province was “setting an example”.",
			[]wantQuote{{"hold the city hostage", "Imran Haider Shah", ""}, {"setting an example", "Imran Haider Shah", ""}}},
		{"the Chief Minister after a heading", "Minister rejects charges\n\nPower Minister R. Vel Murugan said the tender was open. He added that Chief Minister M. Selvaraj had asked for a review.\n\n“We have nothing to hide,” the Chief Minister said.",
			[]wantQuote{{"We have nothing to hide,", "M. Selvaraj", ""}}},
		{"comrade is a title", "The supporters' leader, Comrade Kehinde Bamidele, was blunt. “We are tired of excuses,” Comrade Bamidele said.",
			[]wantQuote{{"We are tired of excuses,", "Kehinde Bamidele", ""}}},
		{"initials stay", "DMK spokesperson P.K. Raghavan said the charges were false.\n\n“This is the same party that asked for meters,” Mr. Raghavan told reporters.",
			[]wantQuote{{"This is the same party that asked for meters,", "P.K. Raghavan", ""}}},
	})
}

// TestAnyNewsNamesWithTheirTrimmings: a degree after a name ("Rebecca
// Holm, MD,") is no speaker, a role fused to a name ("Co-author Daniel
// Whit") is its title, and a message speaks for the person who sent it.
func TestAnyNewsNamesWithTheirTrimmings(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"a degree after the name", "Outside experts were more measured. Rebecca Holm, MD, a kidney specialist at Carrow College in Denver who was not involved in the study, said the results were \"solid but not transformative.\"",
			[]wantQuote{{"solid but not transformative.", "Rebecca Holm", ""}}},
		{"a role fused to the name", "Co-author Daniel Whit, MD, of Meridian Heart Institute in Nashville, said the team had been surprised.\n\n\"We expected a bigger benefit,\" Whit said.",
			[]wantQuote{{"We expected a bigger benefit,", "Daniel Whit", ""}}},
		{"an email from", "The policy, announced in a Jan. 28 email from Provost Ellen Marsh, took effect Monday.\n\nStudents marched on Tuesday.\n\n“These measures are a reasonable response,” the email read.",
			[]wantQuote{{"These measures are a reasonable response,", "Ellen Marsh", ""}}},
		{"in her email", "Provost Ellen Marsh announced the policy last week.\n\nIn her Jan. 28 email, Marsh wrote that the policy was needed.\n\n“These measures are a reasonable response,” the email read.",
			[]wantQuote{{"These measures are a reasonable response,", "Ellen Marsh", ""}}},
	})
}

// TestAnyNewsTitlesInMarks: a title in quotation marks opening its
// sentence or in brackets after a name is held back, not given as
// anyone's words.
func TestAnyNewsTitlesInMarks(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"a title opening its sentence", "“It is about patience,” Vidic said.\n\n“The Salt Marsh” also stars Goran Vidic and newcomer Ana Sim. It is produced by Ivana Kos for Split-based Mistral Film.",
			[]wantQuote{{"It is about patience,", "Goran Vidic", ""}}},
		{"a title in brackets", "The festival opens on Friday.\n\nThe film also stars Goran Vidic (“The Lighthouse Keeper”) and Ana Sim.", nil},
		{"a title opening a sentence of its own", "The Venice Film Festival runs Aug. 27 to Sept. 6. “The Salt Marsh” world premieres Sept. 2.", nil},
		{"a title and a quote", "“The Salt Marsh” also stars Goran Vidic. “It is a film about patience,” Vidic said.",
			[]wantQuote{{"It is a film about patience,", "Goran Vidic", ""}}},
	})
}

// TestAnyNewsSpelledOut: an acronym spelled out in brackets earlier is
// its organisation's name; a rank before a surname ("PC Hartley") is the
// person given that rank and name; a ministry's last word is no part of
// its minister's name.
func TestAnyNewsSpelledOut(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"an acronym", "The river stood at 13.2 meters, according to the Geological Service of Brazil (SGB).\n\nThe SGB said levels were likely to keep falling \"for at least another three weeks\".",
			[]wantQuote{{"for at least another three weeks", "Geological Service of Brazil", ""}}},
		{"a rank and a surname", "PC Daniel Hartley, a collision investigator, told the hearing there was no evidence of speeding.\n\n\"The motorcycle was in good order,\" PC Hartley said.",
			[]wantQuote{{"The motorcycle was in good order,", "Daniel Hartley", ""}}},
		{"a ministry's last word", "Speaking in Brasilia, Minister of Integration and Regional Development Tiago Ferraz said funds had been released.\n\n\"This is a national emergency,\" Ferraz said.",
			[]wantQuote{{"This is a national emergency,", "Tiago Ferraz", ""}}},
	})
}

// TestAnyNewsShortDescription: "the spokesperson" later is the
// spokesperson the article introduced in full ("the prime minister’s
// spokesperson", "a spokesperson for the County Councils Network").
func TestAnyNewsShortDescription(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"a possessive", "At the lobby briefing the prime minister’s spokesperson defended the new formula.\n\nAsked about the amendment, the spokesperson said: “We are not going to pre-empt the consultation.”",
			[]wantQuote{{"We are not going to pre-empt the consultation.", "prime minister’s spokesperson", ""}}},
		{"a spokesperson for", "A spokesperson for the County Councils Network welcomed the review.\n\nMinisters have not replied.\n\n“We will study the detail,” the spokesperson said.",
			[]wantQuote{{"We will study the detail,", "spokesperson for the County Councils Network", ""}}},
	})
}

// TestAnyNewsPronounAfterPlaces: "he" is not the second of two places
// ("from Lombok and East Java"): it is the person the sentence before
// is about, named there by title and surname.
func TestAnyNewsPronounAfterPlaces(t *testing.T) {
	t.Parallel()
	in := "In Jakarta, Minister for the Protection of Migrant Workers Abdul Fauzan Siregar said his ministry had sent a team to Johor Bahru.\n\nMr Fauzan said many of the passengers were from Lombok and East Java.\n\n\"They were cheated twice,\" he told reporters in Indonesian."
	checkQuotes(t, in, []wantQuote{{"They were cheated twice,", "Abdul Fauzan Siregar", ""}})
}
