package extract

import "testing"

// TestAnyNewsNameShapes: names of other shapes than "First Last" are
// read whole and found again when shortened: a given name before a
// Chinese name ("Kelvin Tan Kok Hwa"), a Malay name shortened to the
// given name ("Ms Nurul", "Mr Firdaus"), a Chinese name shortened to the
// surname written first ("Mr Goh"), and a portfolio after "for" that is
// the title's, not the name's.
func TestAnyNewsNameShapes(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"given name before a Chinese name", "Associate Professor Kelvin Tan Kok Hwa, a marine biologist, said the reefs were dying.\n\n\"The water is too warm,\" said Prof Tan.",
			[]wantQuote{{"The water is too warm,", "Kelvin Tan Kok Hwa", ""}}},
		{"given name before a Chinese name, title after", "Mr Vincent Ong Siew Hock, the chairman of the hawkers' association, was upbeat.\n\n\"Business is back,\" Mr Ong said.",
			[]wantQuote{{"Business is back,", "Vincent Ong Siew Hock", ""}}},
		{"no given name before a Chinese name", "Yesterday Tan Kok Hwa said the reefs were dying. \"It is bad,\" Mr Tan said.",
			[]wantQuote{{"It is bad,", "Tan Kok Hwa", ""}}},
		{"surname first", "Mr Goh Swee Lian, 60, has sold kopi for decades.\n\n\"It is fine,\" said Mr Goh.",
			[]wantQuote{{"It is fine,", "Goh Swee Lian", ""}}},
		{"portfolio before the name", "Minister of State for Transport Nurul Aini Kamal spoke on Monday. Senior Minister of State for Trade Azlan Hamid was also there.\n\n\"We hear you,\" said Ms Nurul. \"Trade is up,\" said Mr Azlan.",
			[]wantQuote{{"We hear you,", "Nurul Aini Kamal", ""}, {"Trade is up,", "Azlan Hamid", ""}}},
		{"a patronymic in the name", "Mr Ahmad Zaki bin Ismail, 45, runs a stall. \"Business is slow,\" said Mr Zaki.\n\nMadam Siti Aishah binti Yusof, 60, agreed. \"Very slow,\" Madam Siti said.",
			[]wantQuote{{"Business is slow,", "Ahmad Zaki bin Ismail", ""}, {"Very slow,", "Siti Aishah binti Yusof", ""}}},
		{"a patronymic after an honorific", "Mr Ismail bin Omar, a fisherman, was worried. \"The fish are gone,\" Mr Ismail said.",
			[]wantQuote{{"The fish are gone,", "Ismail bin Omar", ""}}},
		{"particles of a surname", "The EU chief, Ursula von der Leyen, said the deal was done.\n\n\"It is fair,\" von der Leyen said.\n\nFrank de la Rosa, the coach, agreed. \"Fair,\" said de la Rosa.",
			[]wantQuote{{"It is fair,", "Ursula von der Leyen", ""}, {"Fair,", "Frank de la Rosa", ""}}},
		{"Malay name by the given name in the middle", "Mr Ahmad Firdaus Salleh, 41, drives a taxi at night.\n\n\"It is too hot,\" said Mr Firdaus.",
			[]wantQuote{{"It is too hot,", "Ahmad Firdaus Salleh", ""}}},
	}
	checkCases(t, cases)
}

// TestAnyNewsTitlesAndDayNames: titles written before Nigerian names
// ("Engr.", "Alhaji", "Barr.") are not part of the name and do not end
// the sentence; an office given before a comma ("the Commissioner for
// Lands, Engr. Tunde Bakare") is the person's, so "the commissioner"
// later is that person; a day that is a first name after an honorific
// or a comma ("Mr Monday Okoro") is part of the name.
func TestAnyNewsTitlesAndDayNames(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"office before a comma and an abbreviated title", "The road was closed on Monday, the Commissioner for Lands, Engr. Tunde Bakare, has said.\n\nBakare, who arrived with officials of the agency, said repairs would take a week.\n\nThe commissioner said:\n\n\"We cannot take risks with lives.\"",
			[]wantQuote{{"We cannot take risks with lives.", "Tunde Bakare", ""}}},
		{"an office the name is not", "Minister Ada Eze was away. A spokesman for the Minister, John Okeke, spoke instead.\n\n\"We regret the delay,\" the minister said.",
			[]wantQuote{{"We regret the delay,", "Ada Eze", ""}}},
		{"a title that is no name", "Alhaji Musa Danjuma, the chairman of the market union, agreed. \"Nobody listens,\" he said.",
			[]wantQuote{{"Nobody listens,", "Musa Danjuma", ""}}},
		{"a day as a first name", "One of the traders, Mr Monday Okoro, said the road had been bad for years. \"We have suffered,\" Okoro said.\n\nA driver, Friday Nwosu, agreed. \"It is too much,\" Nwosu said.",
			[]wantQuote{{"We have suffered,", "Monday Okoro", ""}, {"It is too much,", "Friday Nwosu", ""}}},
		{"a day as a first name before an appositive", "Sunday Okon, a farmer, said the floods came early. \"We lost everything,\" Okon said.",
			[]wantQuote{{"We lost everything,", "Sunday Okon", ""}}},
		{"a day that is a day", "On Monday Okoro said the road had been bad for years. \"We have suffered,\" Okoro said.",
			[]wantQuote{{"We have suffered,", "Okoro", ""}}},
	}
	checkCases(t, cases)
}

// TestAnyNewsDescriptionsWhole: a capitalised description with no name
// in it is kept whole ("the Bukit Batok SMC MP", "Alliance of Small
// Island States" style names), an honorific before a name in apposition
// gives way to the role ("the union's general secretary, Mr Dennis Koh
// Beng Huat, told"), and "the MP" later is the person named just before
// even when an outlet and others are named near it.
func TestAnyNewsDescriptionsWhole(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"a description kept whole", "At a dialogue on Nov 3, the Bukit Batok SMC MP said: \"The plan is sound.\"",
			[]wantQuote{{"The plan is sound.", "Bukit Batok SMC MP", ""}}},
		{"an organisation's name kept whole", "The Coalition of Low Island Nations (Colin), which speaks for 20 countries, was angry.\n\n\"It is late,\" the group said in a statement.",
			[]wantQuote{{"It is late,", "Coalition of Low Island Nations", ""}}},
		{"an honorific in apposition", "\"We will watch closely,\" the union's general secretary, Mr Dennis Koh Beng Huat, told reporters.",
			[]wantQuote{{"We will watch closely,", "Dennis Koh Beng Huat", ""}}},
		{"the MP after an interview", "Sara Kwan\nTransport Correspondent\n\nMr Alan Chua Wei Jie, chairman of the Government Parliamentary Committee for Transport, said the pilot built on the Transport Act.\n\nIn an interview with Berita Harian on Nov 3, the Bukit Batok SMC MP said: \"The plan is sound.\"",
			[]wantQuote{{"The plan is sound.", "Alan Chua Wei Jie", ""}}},
	}
	checkCases(t, cases)
}
