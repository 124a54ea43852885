package extract

import (
	"testing"
)

// TestRankerPicks checks the shipped ranker on small hand-written articles
// (not from any corpus), one per kind of evidence it weighs.
func TestRankerPicks(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, input, quote, speaker, mention string
	}{
		{"parenthetical and stray comma",
			"On Monday in Dayton, after winning Nevada in the primary, Gov.\u00a0Tom Brandt (R-NV), said, “We are going all the way to the convention.”",
			"We are going all the way to the convention.", "Tom Brandt", "Gov.\u00a0Tom Brandt"},
		{"relative pronoun",
			"Radio host Glenn Becker spoke in Iowa on Monday.\n\nBecker, who has described the senator as “a dangerous man,” left early.",
			"a dangerous man,", "Glenn Becker", "who"},
		{"pronoun subject",
			"Senator Mary Alden met voters in Reno.\n\nShe told them that together they would “build a better state for everyone.”",
			"build a better state for everyone.", "Mary Alden", "She"},
		{"cue after",
			"The vote is on Friday.\n\n“We will win this,” said Maria Lopez, the campaign chair.",
			"We will win this,", "Maria Lopez", "Maria Lopez"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(c.input)
			r := []rune(c.input)
			for _, q := range res.Quotes {
				if q.Text != c.quote {
					continue
				}
				m := ""
				if q.SpeakerStart >= 0 {
					m = string(r[q.SpeakerStart:q.SpeakerEnd])
				}
				if q.Speaker != c.speaker || m != c.mention {
					t.Errorf("speaker %q at %q, want %q at %q", q.Speaker, m, c.speaker, c.mention)
				}
				return
			}
			t.Errorf("quote %q not found in %+v", c.quote, res.Quotes)
		})
	}
}

// TestTrainRanker checks the perceptron on a toy problem: the right
// candidate carries "good", and is listed first in some examples and last
// in others, against distractors with "bad" or nothing.
func TestTrainRanker(t *testing.T) {
	t.Parallel()
	mk := func(feats ...[]string) []candidate {
		var cs []candidate
		for _, f := range feats {
			cs = append(cs, candidate{feats: f})
		}
		return cs
	}
	exs := []rankExample{
		{cands: mk([]string{"bad", "x"}, []string{"good", "x"}), right: []bool{false, true}},
		{cands: mk([]string{"good"}, []string{"bad"}), right: []bool{true, false}},
		{cands: mk([]string{"x"}, []string{"bad", "y"}, []string{"good", "y"}), right: []bool{false, false, true}},
	}
	w := trainRanker(exs, 3)
	if w["good"] <= 0 || w["bad"] >= 0 {
		t.Errorf("weights %v: want good > 0 > bad", w)
	}
	if acc := rankAccuracy(exs, w); acc != 1 {
		t.Errorf("accuracy %v after training, want 1", acc)
	}
	if again := trainRanker(exs, 3); len(again) != len(w) || again["good"] != w["good"] || again["bad"] != w["bad"] {
		t.Errorf("training is not deterministic: %v then %v", w, again)
	}
}

// TestRankTies checks that the cascade's choice, listed first, wins ties:
// with no evidence either way the ranker keeps what the rules chose.
func TestRankTies(t *testing.T) {
	t.Parallel()
	cs := []candidate{{feats: []string{"no such feature a"}}, {feats: []string{"no such feature b"}}}
	if b := best(cs); b != 0 {
		t.Errorf("best = %d, want 0", b)
	}
}
