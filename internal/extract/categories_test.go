package extract

import (
	"strings"
	"testing"
)

// wantQuote is what a focused test expects of one quotation: its exact
// text, its speaker, and optionally its via ("-" for none).
type wantQuote struct{ text, speaker, via string }

// quoteCase is a text the extractor reads and the quotes it must give.
type quoteCase struct {
	name, input string
	want        []wantQuote
}

// checkCases runs checkQuotes on each case as a subtest.
func checkCases(t *testing.T, cases []quoteCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkQuotes(t, c.input, c.want) })
	}
}

// checkQuotes extracts input and checks that its likely direct and partial
// quotes are exactly want, in order.
func checkQuotes(t *testing.T, input string, want []wantQuote) {
	t.Helper()
	res := Extract(input)
	checkInvariants(t, input, res)
	var got []Quote
	for _, q := range res.Quotes {
		if q.Kind != KindParaphrase && q.Likely {
			got = append(got, q)
		}
	}
	var b strings.Builder
	for _, q := range got {
		b.WriteString("\n  " + q.Text + " | " + q.Speaker + " | via " + q.Via)
	}
	if len(got) != len(want) {
		t.Fatalf("%d quotes, want %d:%s", len(got), len(want), b.String())
	}
	for i, w := range want {
		q := got[i]
		if q.Text != w.text || normSpeaker(q.Speaker) != normSpeaker(w.speaker) {
			t.Errorf("quote %d = %q by %q, want %q by %q", i, q.Text, q.Speaker, w.text, w.speaker)
		}
		if w.via != "" && q.Via != strings.TrimPrefix(w.via, "-") {
			t.Errorf("quote %d %q: via %q, want %q", i, q.Text, q.Via, w.via)
		}
	}
}

// TestSingleMarks: quotations in single marks are found and attributed
// like double-mark ones; apostrophes never open or close one; a nested
// quotation stays part of the outer one.
func TestSingleMarks(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"curly", "Ann Lee, the head teacher, was delighted.\n\n‘The children worked so hard,’ she said. ‘They deserve this.’\n\n‘It is a great day for the town,’ said Tom Hart, the mayor.",
			[]wantQuote{{"The children worked so hard,", "Ann Lee", ""}, {"They deserve this.", "Ann Lee", ""}, {"It is a great day for the town,", "Tom Hart", ""}}},
		{"straight", "Tom Hart said: 'We will build the bridge by spring.'\n\n'I don't believe him,' said Ann Lee.",
			[]wantQuote{{"We will build the bridge by spring.", "Tom Hart", ""}, {"I don't believe him,", "Ann Lee", ""}}},
		{"apostrophes inside", "‘The Jones' old house is where we played rock ’n’ roll in the ’90s until two o'clock,’ said Ann Lee.\n\n‘It's gone now,’ she said.",
			[]wantQuote{{"The Jones' old house is where we played rock ’n’ roll in the ’90s until two o'clock,", "Ann Lee", ""}, {"It's gone now,", "Ann Lee", ""}}},
		{"apostrophes only", "The Jones' dog barked at eight o'clock. Rock ’n’ roll was big in the ’90s, and the players’ union didn't mind. 'Tis the season.", nil},
		{"nested single in double", "“My mother told me ‘never give up’ and I didn't,” said Ann Lee.\n\nTom Hart said: “They shouted ‘out!’ at us.”",
			[]wantQuote{{"My mother told me ‘never give up’ and I didn't,", "Ann Lee", ""}, {"They shouted ‘out!’ at us.", "Tom Hart", ""}}},
		{"nested double in single", "‘My mother told me \"never give up\" and I didn't,’ said Ann Lee.\n\n‘It worked,’ she added.",
			[]wantQuote{{"My mother told me \"never give up\" and I didn't,", "Ann Lee", ""}, {"It worked,", "Ann Lee", ""}}},
	}
	checkCases(t, cases)
}

// TestSingleMarksInDoubleStyle: an article that quotes in double marks
// keeps single ones for its headline and titles, which are not quotations.
func TestSingleMarksInDoubleStyle(t *testing.T) {
	t.Parallel()
	in := "Mayor calls bridge plan 'a disgrace'\n\n“We will not pay for it,” said Tom Hart, the mayor.\n\nThe council's 'Bridges for All' scheme was launched in May. “It is a disgrace,” Hart said."
	checkQuotes(t, in, []wantQuote{{"We will not pay for it,", "Tom Hart", ""}, {"It is a disgrace,", "Tom Hart", ""}})
}

// TestTranscriptTurns: interviews and hearing transcripts in labelled
// paragraphs give one quote per answer turn, by the person answering
// (resolved to the full name the introduction gave); questions are the
// interviewer's, by name when the introduction gives it.
func TestTranscriptTurns(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"q and a", "Jane Smith, the chief executive of Acme, spoke to us about the year.\n\nQ: Was it a good year?\n\nA: The best we have had.\n\nQ. What next?\n\nA. More of the same, I hope.",
			[]wantQuote{{"Was it a good year?", "the interviewer", ""}, {"The best we have had.", "Jane Smith", ""},
				{"What next?", "the interviewer", ""}, {"More of the same, I hope.", "Jane Smith", ""}}},
		{"names", "Our reporter Tom Baker met the novelist Rita Gomez in Lisbon.\n\nBAKER: Why Lisbon?\n\nGOMEZ: The light. Always the light.\n\nBAKER: And the book?\n\nGOMEZ: It is finished, nearly.",
			[]wantQuote{{"Why Lisbon?", "Tom Baker", ""}, {"The light. Always the light.", "Rita Gomez", ""}, {"And the book?", "Tom Baker", ""}, {"It is finished, nearly.", "Rita Gomez", ""}}},
		{"bold names, mixed case", "Rita Gomez has written nine novels.\n\n**Interviewer:** Why write?\n\n**Gomez:** Because I cannot stop. I once said, “Writing is breathing.”\n\n**Interviewer:** Fair enough.",
			[]wantQuote{{"Why write?", "the interviewer", ""}, {"Because I cannot stop. I once said, “Writing is breathing.”", "Rita Gomez", ""},
				{"Fair enough.", "the interviewer", ""}}},
		{"answer over paragraphs", "Jane Smith, the chief executive of Acme, spoke to us.\n\nQ: Was it a good year?\n\nA: The best we have had.\n\nAnd next year will be better.\n\n(Laughter.)\n\nQ: Why?\n\nA: Orders.\n\nThis interview was edited for length.",
			[]wantQuote{{"Was it a good year?", "the interviewer", ""}, {"The best we have had.", "Jane Smith", ""},
				{"And next year will be better.", "Jane Smith", ""}, {"Why?", "the interviewer", ""}, {"Orders.", "Jane Smith", ""}}},
		{"hearing", "The committee heard from Harold Jones, chief executive of Midstate Bank.\n\nTHE CHAIR: The committee will come to order.\n\nSEN. WARREN: How much did you collect?\n\nMR. JONES: I do not have the figure.\n\nSEN. WARREN: Then find it.",
			[]wantQuote{{"The committee will come to order.", "The Chair", ""}, {"How much did you collect?", "Warren", ""}, {"I do not have the figure.", "Harold Jones", ""}, {"Then find it.", "Warren", ""}}},
	}
	checkCases(t, cases)
}

// wantPara is a paraphrase a focused test expects: its text and speaker.
type wantPara struct{ text, speaker string }

// checkParaphrases extracts input and checks that its paraphrases are
// exactly want, in order.
func checkParaphrases(t *testing.T, input string, want []wantPara) {
	t.Helper()
	res := Extract(input)
	checkInvariants(t, input, res)
	var got []Quote
	for _, q := range res.Quotes {
		if q.Kind == KindParaphrase {
			got = append(got, q)
		}
	}
	var b strings.Builder
	for _, q := range got {
		b.WriteString("\n  " + q.Text + " | " + q.Speaker)
	}
	if len(got) != len(want) {
		t.Fatalf("%d paraphrases, want %d:%s", len(got), len(want), b.String())
	}
	for i, w := range want {
		if got[i].Text != w.text || normSpeaker(got[i].Speaker) != normSpeaker(w.speaker) {
			t.Errorf("paraphrase %d = %q by %q, want %q by %q", i, got[i].Text, got[i].Speaker, w.text, w.speaker)
		}
	}
}

// TestPronounsResolveToPeople: "he said" and "she said" refer to a person,
// never to a club, company or place named closer.
func TestPronounsResolveToPeople(t *testing.T) {
	t.Parallel()
	checkQuotes(t, "Callum Ferrie scored twice at Elland Road.\n\nThe win lifted Leeds United to fourth. ‘It was our best result,’ he said.",
		[]wantQuote{{"It was our best result,", "Callum Ferrie", ""}})
	checkQuotes(t, "“Prices will rise,” said Anna Kessler, an analyst at Baltic Grain Partners in Hamburg. “I expect a revision by spring,” she said.",
		[]wantQuote{{"Prices will rise,", "Anna Kessler", ""}, {"I expect a revision by spring,", "Anna Kessler", ""}})
	checkQuotes(t, "Steve Gault watched from the stand as Norwich City collapsed. “We played with courage,” he said.",
		[]wantQuote{{"We played with courage,", "Steve Gault", ""}})
	checkQuotes(t, "Tom Hart praised his side. Chelsea had won 3-1 at Stamford Bridge. ‘It was a good day,’ he said.",
		[]wantQuote{{"It was a good day,", "Tom Hart", ""}})
}

// TestSpeakerNamesWhole: names are not cut at the comma of a place, at an
// "of" phrase or at a possessive, and titles stay out of names.
func TestSpeakerNamesWhole(t *testing.T) {
	t.Parallel()
	checkQuotes(t, "“The moon matters,” said Garth Smithson of the University of California, Santa Cruz, who led the study.",
		[]wantQuote{{"The moon matters,", "Garth Smithson", ""}})
	checkParaphrases(t, "Garth Smithson of the University of California, Santa Cruz, said the crabs were lost on cloudy nights.",
		[]wantPara{{"the crabs were lost on cloudy nights", "Garth Smithson"}})
	checkParaphrases(t, "Egypt's State Information Service said in a statement that the engineers had been consulted.",
		[]wantPara{{"the engineers had been consulted", "Egypt's State Information Service"}})
	checkParaphrases(t, "Elsewhere, the Department of Justice said it was not aware of any involvement.",
		[]wantPara{{"it was not aware of any involvement", "Department of Justice"}})
	checkQuotes(t, "“It is elegant work,” said Professor Amara Osei of the University of Ghana.\n\n“These are real jobs,” said Councillor Mark Ellison.",
		[]wantQuote{{"It is elegant work,", "Amara Osei", ""}, {"These are real jobs,", "Mark Ellison", ""}})
}

// TestDescriptionsResolve: a description standing for the person just
// named ("the Scot", "the 27-year-old", "the striker") is that person.
func TestDescriptionsResolve(t *testing.T) {
	t.Parallel()
	checkQuotes(t, "Callum Ferrie now has nine goals this season. Asked about Scotland, the 27-year-old said: ‘That is up to the manager.’",
		[]wantQuote{{"That is up to the manager.", "Callum Ferrie", ""}})
	checkQuotes(t, "Scottish striker Callum Ferrie scored twice.\n\n‘The lads were brilliant,’ the Scot said.",
		[]wantQuote{{"The lads were brilliant,", "Callum Ferrie", ""}})
	checkQuotes(t, "Mottram, who has studied rivers for years, was unconvinced. Dr Helen Mottram wrote the report.\n\n‘I have heard that before,’ the hydrologist said.",
		[]wantQuote{{"I have heard that before,", "Helen Mottram", ""}})
	// Two people just named: "the striker" is the one called a striker.
	checkQuotes(t, "Leeds striker Callum Ferrie and manager Steve Gault both spoke after the game. ‘I was lucky,’ the striker said.",
		[]wantQuote{{"I was lucky,", "Callum Ferrie", ""}})
	// A pronoun continues the subject before it, not a name in its clause.
	checkQuotes(t, "Soap star Lily Carver has spoken about her career.\n\nThe 29-year-old, who plays nurse Becky Shaw in the drama, opened up in an interview.\n\n‘I went home and cried for a week,’ she recalled.",
		[]wantQuote{{"I went home and cried for a week,", "Lily Carver", ""}})
	checkQuotes(t, "Tom Adeyemi, a partner at Harbor Ventures, will join the board of Northwind Analytics. “They have built something customers love,” he said.",
		[]wantQuote{{"They have built something customers love,", "Tom Adeyemi", ""}})
	// A surname after a full name with a title or role before it.
	checkQuotes(t, "But Conservative MP Geoffrey Lang said the move would hurt. ‘People have no choice,’ Mr Lang said.\n\n‘She is the hardest-working person on set,’ said Co-star Mark Ellery.",
		[]wantQuote{{"People have no choice,", "Geoffrey Lang", ""}, {"She is the hardest-working person on set,", "Mark Ellery", ""}})
	// An office is not whoever was named last; a thing is not a person.
	checkQuotes(t, "Hillary Clinton spoke in Ohio on Monday. “We will not stand for it,” the president said in Washington.",
		[]wantQuote{{"We will not stand for it,", "the president", ""}})
	checkQuotes(t, "Donald Trump released a new advertisement. “America deserves better,” the ad says.",
		[]wantQuote{{"America deserves better,", "the ad", ""}})
	// Anonymous sources stay what they are.
	checkQuotes(t, "Callum Ferrie scored twice. ‘He wants to leave,’ a source said.",
		[]wantQuote{{"He wants to leave,", "source", ""}})
}

// TestVia: the outlet a quotation was reported through, in its many
// forms: "told the Daily Mail", a report credit after the cue, short
// names, and outlets of several words.
func TestVia(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"told", "Kelly Marsh married on Saturday. ‘I don't care one bit,’ she told the Daily Mail.",
			[]wantQuote{{"I don't care one bit,", "Kelly Marsh", "Daily Mail"}}},
		{"partial then told", "The ministry has been “too optimistic” about the harvest, Anna Kessler told the Washington Post.",
			[]wantQuote{{"too optimistic", "Anna Kessler", "Washington Post"}}},
		{"reported", "“There will be no shortage,” Pavel Dorokhin added, RT reported.",
			[]wantQuote{{"There will be no shortage,", "Pavel Dorokhin", "RT"}}},
		{"short names", "“Prices will rise,” Anna Kessler told AP.\n\n“We welcome it,” Karim Fahmy told the Post.\n\n“It is early,” Ben Ode told WaPo.",
			[]wantQuote{{"Prices will rise,", "Anna Kessler", "AP"}, {"We welcome it,", "Karim Fahmy", "Post"}, {"It is early,", "Ben Ode", "WaPo"}}},
		{"programme", "Rachel Hume told the BBC's Today programme that she had no choice. ‘I would rather be honest,’ she said.",
			[]wantQuote{{"I would rather be honest,", "Rachel Hume", "BBC's Today programme"}}},
		{"sub-brand", "Tom Reddaway was angry. Speaking to BBC Radio Oxford, he said: ‘Families deserve to know.’\n\n‘It is a disgrace,’ Jane Hill told ITV News Anglia.",
			[]wantQuote{{"Families deserve to know.", "Tom Reddaway", "BBC Radio Oxford"}, {"It is a disgrace,", "Jane Hill", "ITV News Anglia"}}},
	}
	checkCases(t, cases)
}

// TestParaphrasePrecision: verbs used in a sense that is not speech make
// no paraphrase, and a paraphrase stops before the attribution after it.
func TestParaphrasePrecision(t *testing.T) {
	t.Parallel()
	checkParaphrases(t, "Leeds conceded a goal in the 70th minute when Mats Olsen headed in from a corner.", nil)
	checkParaphrases(t, "Norwich boss Ricky Dunmore slammed his team's defending after the match.", nil)
	checkParaphrases(t, "Jordan Pike posted a photo of the dressing room celebrations on social media after the game.", nil)
	checkParaphrases(t, "Ricky Dunmore slammed the referee for a late penalty.", nil)
	checkParaphrases(t, "Steve Gault said the club would assess the fitness of Liam Hart.",
		[]wantPara{{"the club would assess the fitness of Liam Hart", "Steve Gault"}})
	checkParaphrases(t, "Karim Fahmy said his country welcomed the offer, the BBC reported.",
		[]wantPara{{"his country welcomed the offer", "Karim Fahmy"}})
	checkParaphrases(t, "Karim Fahmy said the price was too high, according to Reuters.",
		[]wantPara{{"the price was too high", "Karim Fahmy"}})
	checkParaphrases(t, "Ricky Dunmore said he wants a new striker.", []wantPara{{"he wants a new striker", "Ricky Dunmore"}})
}

// TestLabelsHeld: a quoted label or scare quote that nobody says (an
// article's word for a thing, no speech verb near) is held back as
// unlikely; the same words called something by someone stay a quote.
func TestLabelsHeld(t *testing.T) {
	t.Parallel()
	for _, in := range []string{
		"The plant opens in May. A “draft document” setting out the training programme has been shared with local colleges.",
		"The paper ran an “exclusive” interview with the minister on Sunday.",
		"The “stand down” order came too late for the crew.",
	} {
		res := Extract(in)
		checkInvariants(t, in, res)
		for _, q := range res.Quotes {
			if q.Kind != KindParaphrase && q.Likely {
				t.Errorf("%q: %q is likely, want it held back", in, q.Text)
			}
		}
	}
	checkQuotes(t, "Ann Lee called the law a “crazy system” during a stop in Flint.",
		[]wantQuote{{"crazy system", "Ann Lee", ""}})
}
