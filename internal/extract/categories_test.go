package extract

import (
	"strings"
	"testing"
)

// wantQuote is what a focused test expects of one quotation: its exact
// text, its speaker, and optionally its via ("-" for none).
type wantQuote struct{ text, speaker, via string }

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
	cases := []struct {
		name, input string
		want        []wantQuote
	}{
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
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkQuotes(t, c.input, c.want) })
	}
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
// (resolved to the full name the introduction gave); questions from an
// unnamed interviewer are left out, a named one's are theirs.
func TestTranscriptTurns(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, input string
		want        []wantQuote
	}{
		{"q and a", "Jane Smith, the chief executive of Acme, spoke to us about the year.\n\nQ: Was it a good year?\n\nA: The best we have had.\n\nQ. What next?\n\nA. More of the same, I hope.",
			[]wantQuote{{"The best we have had.", "Jane Smith", ""}, {"More of the same, I hope.", "Jane Smith", ""}}},
		{"names", "Our reporter Tom Baker met the novelist Rita Gomez in Lisbon.\n\nBAKER: Why Lisbon?\n\nGOMEZ: The light. Always the light.\n\nBAKER: And the book?\n\nGOMEZ: It is finished, nearly.",
			[]wantQuote{{"Why Lisbon?", "Tom Baker", ""}, {"The light. Always the light.", "Rita Gomez", ""}, {"And the book?", "Tom Baker", ""}, {"It is finished, nearly.", "Rita Gomez", ""}}},
		{"bold names, mixed case", "Rita Gomez has written nine novels.\n\n**Interviewer:** Why write?\n\n**Gomez:** Because I cannot stop. I once said, “Writing is breathing.”\n\n**Interviewer:** Fair enough.",
			[]wantQuote{{"Because I cannot stop. I once said, “Writing is breathing.”", "Rita Gomez", ""}}},
		{"hearing", "The committee heard from Harold Jones, chief executive of Midstate Bank.\n\nTHE CHAIR: The committee will come to order.\n\nSEN. WARREN: How much did you collect?\n\nMR. JONES: I do not have the figure.\n\nSEN. WARREN: Then find it.",
			[]wantQuote{{"The committee will come to order.", "The Chair", ""}, {"How much did you collect?", "Warren", ""}, {"I do not have the figure.", "Harold Jones", ""}, {"Then find it.", "Warren", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkQuotes(t, c.input, c.want) })
	}
}
