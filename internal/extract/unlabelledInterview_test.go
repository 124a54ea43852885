package extract

import "testing"

// TestUnlabelledInterviews: an interview printed without "Q:" and "A:"
// (questions as short paragraphs of their own, answers in the
// interviewee's words without quotation marks) gives every answer
// paragraph as a quote by the person the introduction is about, not by
// the byline's writer; the questions are the writer's, when the byline
// or the introduction names them, and the interviewer's otherwise. A story with a
// couple of rhetorical questions, or an explainer's question headings,
// stays a story.
func TestUnlabelledInterviews(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"marked up front", "Teenagers need more sleep, a new study says\n\nBy Priya Natarajan\n\nAmara Osei has spent a decade studying sleep in teenagers. Amara Osei's new study finds that later school start times add almost an hour of sleep a night. I spoke with her about what schools should do.\n\nThis conversation has been edited and condensed.\n\nWhy does an hour matter so much?\n\nBecause teenagers are short of sleep. Their body clocks shift later, so asking them to be alert at 7.30 is like asking an adult to work at 5.\n\nWhat surprised you in the data?\n\nHow fast it happened. Within two weeks we saw grades begin to move.\n\nWe also saw fewer crashes among teen drivers, which I did not expect.\n\nWhat would you tell a school board?\n\nStart with the evidence, and then listen to the parents.",
			[]wantQuote{
				{"Why does an hour matter so much?", "Priya Natarajan", ""},
				{"Because teenagers are short of sleep. Their body clocks shift later, so asking them to be alert at 7.30 is like asking an adult to work at 5.", "Amara Osei", ""},
				{"What surprised you in the data?", "Priya Natarajan", ""},
				{"How fast it happened. Within two weeks we saw grades begin to move.", "Amara Osei", ""},
				{"We also saw fewer crashes among teen drivers, which I did not expect.", "Amara Osei", ""},
				{"What would you tell a school board?", "Priya Natarajan", ""},
				{"Start with the evidence, and then listen to the parents.", "Amara Osei", ""},
			}},
		{"no note, a prompt, a closing line", "Interview by Tom Reyes\n\nMarcus Bell ran the last record shop in Dunmore for thirty years. It closed in March.\n\nWhat was the first record you sold?\n\nA Motown compilation, to a woman who came back every Saturday. I still remember her face.\n\nDid you see the end coming?\n\nFor a long time, no. Then the rent doubled and I knew.\n\nThat must have been hard.\n\nIt was. But my customers were loyal to the end.\n\nWhat will you miss most?\n\nThe arguments about music. Nobody argues with me about music any more.\n\nThe shop is now a phone repair stall.",
			[]wantQuote{
				{"What was the first record you sold?", "Tom Reyes", ""},
				{"A Motown compilation, to a woman who came back every Saturday. I still remember her face.", "Marcus Bell", ""},
				{"Did you see the end coming?", "Tom Reyes", ""},
				{"For a long time, no. Then the rent doubled and I knew.", "Marcus Bell", ""},
				{"That must have been hard.", "Tom Reyes", ""},
				{"It was. But my customers were loyal to the end.", "Marcus Bell", ""},
				{"What will you miss most?", "Tom Reyes", ""},
				{"The arguments about music. Nobody argues with me about music any more.", "Marcus Bell", ""},
			}},
		{"the one the writer spoke with", "Drummer Ana Ruiz remembers the rehearsal. “Nobody played right,” Ana Ruiz says. Ana Ruiz joined in 2019.\n\nCora Lund started the band at 22. Her father, Abe Lund, drove trucks.\n\nWe spoke with Lund over two afternoons about the debt.\n\nThis interview has been edited and condensed.\n\nIs the fire the best thing that happened to you?\n\nSome days. It burned away the version of us that wanted a label.\n\nWhat did your dad make of it?\n\nHe is the reason I am stubborn.\n\nDo you still owe money?\n\nLess. We are paying it off show by show.",
			[]wantQuote{
				{"Nobody played right,", "Ana Ruiz", ""},
				{"Is the fire the best thing that happened to you?", "the interviewer", ""},
				{"Some days. It burned away the version of us that wanted a label.", "Cora Lund", ""},
				{"What did your dad make of it?", "the interviewer", ""},
				{"He is the reason I am stubborn.", "Cora Lund", ""},
				{"Do you still owe money?", "the interviewer", ""},
				{"Less. We are paying it off show by show.", "Cora Lund", ""},
			}},
		{"rhetorical questions in a story", "The city council voted on Tuesday to close two libraries. Council leader Jane Holt said the decision was painful.\n\nWhy now?\n\nThe budget gap has grown to £12 million, the council says.\n\nWhat happens to the staff?\n\nThey will be redeployed.\n\n“We had no choice,” Holt said.",
			[]wantQuote{{"We had no choice,", "Jane Holt", ""}}},
		{"nobody named", "Water bills will rise in April, the regulator said.\n\nThis Q&A has been edited for length.\n\nWhat do you need to do?\n\nNothing. I would wait for the letter.\n\nCan you pay in instalments?\n\nYes. I did last year.\n\nWhat if you cannot pay?\n\nI would call the helpline.",
			nil},
		{"an explainer", "MPs vote on the wage bill today.\n\nWhat is the bill?\n\nIt would raise the minimum wage to £15.\n\nWho supports it?\n\nUnions and most Labour MPs back it. “It is overdue,” said Sam Ford, a union leader.\n\nWhat happens next?\n\nThe Lords will vote in May.",
			[]wantQuote{{"It is overdue,", "Sam Ford", ""}}},
	}
	checkCases(t, cases)
}
