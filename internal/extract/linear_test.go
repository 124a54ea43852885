package extract

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// worstShapes are the inputs that once took time growing with the square
// of their length: each is one unit that a page repeats. They seed
// FuzzExtractLinear and are what BenchmarkExtractWorst measures.
var worstShapes = []struct{ name, unit string }{
	{"nested-marks", "“‘“‘ said Bob ’”’” "},
	{"said-marks", "\" said "},
	{"straight-pairs", "\"a\" "},
	{"open-marks", "“a "},
	{"close-marks", "a” "},
	{"colon-quotes", "Bob: “x” "},
	{"it-said", "“x,” it said. "},
	{"news-paragraphs", "“We will keep going,” Sen. Ted Cruz said on Tuesday. He added that the plan “is working.”\n\n"},
	{"one-paragraph", "Sen. Ted Cruz said on Tuesday that the plan is working. “We will keep going,” he said. "},
	{"cues", "said "},
	{"capitals", "Aaa Bbb of Ccc "},
	{"possessives", "Trump’s "},
	{"names", "John Smith, Mary Jones and Bob Brown said "},
	{"pronouns", "he said she said “x” "},
	{"participles", "Bob saying, "},
	{"according-to", "according to NPR, "},
	{"single-marks", "‘We played rock ’n’ roll in the players’ bar ‘a "},
	{"straight-singles", "'a' 'b 's' "},
	{"transcript", "Jane Smith spoke.\nQ: Why?\nA: Because.\nSMITH: Yes.\n"},
	{"briefing-calls", "MS. FERREIRA: Okay. Go ahead, Priscilla.\n\nQ Thanks, Nadia. Kofi Mensah, Detroit Free Press. Why?\n\n"},
	{"keyed-initials", "Speaker key:\nTBR Tariq Bensalem-Ruud\nICM Inês Carvalho-Mbeki\nTBR Good morning.\nICM Thank you, Tariq.\n"},
	{"record-lines", "The Llywydd (Mererid Hopcyn)\nThe next item.\n1. What now?\nSiwan Rhydderch\nThank you.\n"},
	{"epithets", "Leeds United beat Callum Ferrie. ‘We won,’ the Scot said. ‘Yes,’ he said. ‘No,’ the source said. "},
	{"paraphrases", "Gault said the club would appeal, the BBC reported. Pike posted a photo of the team. "},
	{"captions", "0:44\nright i've been joined by bernadette here\n0:49\n>> hiya gav >> how long\n1:52\n[Music]\n"},
	{"un-record", "The President (spoke in French): I give the floor to Ms. Sesay-Doumbia.\n\nMs. Sesay-Doumbia: I thank the Council.\n\n"},
	{"inquiry", "MS ANWEN GRIFFITHS (affirmed)\n\nExamination by THE CHAIR\n\nQ. Why?\n\nA. Because.\n\nTHE CHAIR: Thank you.\n\n"},
	{"thread-plain", "MapleLeafMel • 6 hr. ago\nThis is the branch.\n\n  Reply · 188\n\n    Dan_D • 5 hr. ago\n    > This is the branch.\n    Yes.\n\n"},
	{"bold-offices", "**Health and Social Care Secretary:** Thank you.\n\n**Chris Mallory, BBC:** Why?\n\n**The 19th:** Why not?\n\n"},
	{"initialled-answers", "How did you start?\n\nMT: My granny worked there.\n\nThe Express: Why?\n\n"},
	{"agencies", "the Jordan News Agency, Petra, reported. Hiyari said it was \"a priority\", according to Petra. "},
}

// repeatTo repeats unit until the result has at least n bytes.
func repeatTo(unit string, n int) string {
	if unit == "" {
		return ""
	}
	return strings.Repeat(unit, (n+len(unit)-1)/len(unit))
}

// work extracts text and returns the units of work the extractor counted.
func work(text string) int {
	x := newExtractor(text)
	x.run()
	return x.steps
}

// linearSize is the size the linearity check starts from: above every
// bounded window of the extractor (a sentence of maxSentence tokens,
// maxNameLookback mentions), so that only growth with the whole input
// shows. At 8 KiB a text of short quoted fragments was still filling the
// name lookback (2.5 times the work for twice the input, then 2.3 and
// 2.1 as it doubles on).
const linearSize = 16 << 10

// checkLinear fails when extracting unit repeated to twice linearSize
// costs more than about twice what linearSize costs.
func checkLinear(t *testing.T, unit string) {
	t.Helper()
	k := (linearSize + len(unit) - 1) / max(len(unit), 1)
	small, large := strings.Repeat(unit, k), strings.Repeat(unit, 2*k)
	w1, w2 := work(small), work(large)
	// Twice the input, about twice the work: a quadratic path gives four
	// times. The slack covers what happens once per text.
	if limit := 2.5*float64(w1) + 1000; float64(w2) > limit {
		t.Fatalf("%d bytes took %d steps, %d bytes took %d (%.2f times): want at most %.0f",
			len(small), w1, len(large), w2, float64(w2)/float64(max(w1, 1)), limit)
	}
}

// FuzzExtractLinear checks that the extractor's work grows linearly with
// its input: any text repeated to twice the length costs at most about
// twice as much. Work is counted by the extractor's loops, not timed.
func FuzzExtractLinear(f *testing.F) {
	for _, s := range worstShapes {
		f.Add(s.unit)
	}
	f.Fuzz(func(t *testing.T, unit string) {
		if len(unit) == 0 || len(unit) > 512 {
			t.Skip()
		}
		checkLinear(t, unit)
	})
}

// TestWorkCountsQuadraticPaths makes sure the work counter sees a path
// whose cost grows with the square of the input, so that
// FuzzExtractLinear can fail: a sentence shorter than maxSentence is read
// whole for each of its quotes.
func TestWorkCountsQuadraticPaths(t *testing.T) {
	unit := "\"a\" "
	n := maxSentence / 12 // a few dozen quotes in one sentence
	w1, w2 := work(strings.Repeat(unit, n)), work(strings.Repeat(unit, 2*n))
	if float64(w2) < 3*float64(w1) {
		t.Fatalf("one sentence of %d quotes took %d steps, of %d quotes %d: want the growth of a square", n, w1, 2*n, w2)
	}
}

// TestExtractContextStops checks that extraction gives up with the
// context's error once the context has ended.
func TestExtractContextStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := ExtractContext(ctx, repeatTo(worstShapes[0].unit, 64<<10))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if res.Quotes == nil || len(res.Quotes) != 0 {
		t.Fatalf("quotes = %v, want an empty list", res.Quotes)
	}
	text := "“We will keep going,” Sen. Ted Cruz said."
	res, err = ExtractContext(context.Background(), text)
	if err != nil || len(res.Quotes) != 1 || res.Quotes[0].Speaker != "Ted Cruz" {
		t.Fatalf("ExtractContext = %+v, %v; want one quote by Ted Cruz", res, err)
	}
}

// BenchmarkExtractWorst extracts each worst shape at 64 KiB and 256 KiB:
// the time per byte should not grow with the size.
func BenchmarkExtractWorst(b *testing.B) {
	for _, s := range worstShapes {
		for _, n := range []int{64 << 10, 256 << 10} {
			text := repeatTo(s.unit, n)
			b.Run(fmt.Sprintf("%s/%dKiB", s.name, n>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					Extract(text)
				}
			})
		}
	}
}
