package extract

import (
	"sort"
	"testing"

	"github.com/quotetrail/quotetrail/internal/extract/internal/polnear"
)

// rankEpochs is the number of passes of the perceptron over the train split.
const rankEpochs = 5

// rankExample is one quoted piece matched to a gold quotation: its
// candidates and which of them the gold accepts.
type rankExample struct {
	doc   int // index of the document, for cross-validation
	cands []candidate
	right []bool
}

// rankExamples extracts the candidates of every piece of the documents
// that matches a gold quotation, labelled by the evaluation's own judgement
// of a speaker (polnear.GoldQuote.SpeakerOK).
func rankExamples(docs []polnear.Document) []rankExample {
	var out []rankExample
	for di, d := range docs {
		x := newExtractor(d.Text)
		if len(x.toks) == 0 {
			continue
		}
		x.keepFeats = true
		_, cands := x.prepare()
		spans := make([]polnear.Span, len(x.ps))
		for i, p := range x.ps {
			spans[i] = polnear.Span{Start: p.S, End: p.E}
		}
		pairs := polnear.Match(spans, d.Gold)
		sort.Slice(pairs, func(a, b int) bool { return pairs[a][0] < pairs[b][0] })
		for _, pr := range pairs {
			g := d.Gold[pr[1]]
			ex := rankExample{doc: di, cands: cands[pr[0]]}
			for _, c := range ex.cands {
				ok := false
				if c.at.ok {
					ok = g.SpeakerOK(c.at.ms, c.at.me, c.at.speaker)
				} else {
					ok = g.SpeakerOK(-1, -1, "")
				}
				ex.right = append(ex.right, ok)
			}
			out = append(out, ex)
		}
	}
	return out
}

// trainRanker fits an averaged perceptron: for each example whose best
// candidate is wrong, the features of the best right candidate gain one
// and those of the chosen one lose one. The returned weights are the sums
// of the weights after every example (the average, unnormalised), which
// are integers, so training is exact and reproducible.
func trainRanker(exs []rankExample, epochs int) map[string]int64 {
	w := map[string]int64{}   // current weights
	acc := map[string]int64{} // sum over time of the updates, weighted by when they happened
	var t int64 = 1
	scoreWith := func(c *candidate) int64 {
		var s int64
		for _, f := range c.feats {
			s += w[f]
		}
		return s
	}
	for range epochs {
		for _, ex := range exs {
			pred, ps := 0, scoreWith(&ex.cands[0])
			gold, gs := -1, int64(0)
			for k := range ex.cands {
				s := scoreWith(&ex.cands[k])
				if k > 0 && s > ps {
					pred, ps = k, s
				}
				if ex.right[k] && (gold < 0 || s > gs) {
					gold, gs = k, s
				}
			}
			if gold >= 0 && !ex.right[pred] {
				for _, f := range ex.cands[gold].feats {
					w[f]++
					acc[f] += t
				}
				for _, f := range ex.cands[pred].feats {
					w[f]--
					acc[f] -= t
				}
			}
			t++
		}
	}
	// The average of the weights over time, times t: t*w - acc.
	out := map[string]int64{}
	for f, v := range w {
		if a := t*v - acc[f]; a != 0 {
			out[f] = a
		}
	}
	return out
}

// rankAccuracy is the share of examples whose best candidate under
// weights w is right.
func rankAccuracy(exs []rankExample, w map[string]int64) float64 {
	right := 0
	for _, ex := range exs {
		b, bs := 0, int64(0)
		for k := range ex.cands {
			var s int64
			for _, f := range ex.cands[k].feats {
				s += w[f]
			}
			if k == 0 || s > bs {
				b, bs = k, s
			}
		}
		if ex.right[b] {
			right++
		}
	}
	return float64(right) / float64(max(len(exs), 1))
}

// TestRankWeights retrains the speaker ranker on the PolNeAR train split and
// checks that the result is the shipped rank_weights.go (with -update, it
// rewrites the file instead). It needs the corpus; in CI its absence is a
// failure.
func TestRankWeights(t *testing.T) {
	t.Parallel()
	exs := rankExamples(trainSplit(t))
	oracle := 0
	for _, ex := range exs {
		for _, r := range ex.right {
			if r {
				oracle++
				break
			}
		}
	}
	w := trainRanker(exs, rankEpochs)
	t.Logf("train: %d quotes; right among the candidates %.3f, cascade %.3f, ranker %.3f",
		len(exs), float64(oracle)/float64(len(exs)), rankAccuracy(exs, nil), rankAccuracy(exs, w))
	if *crossValidate {
		right, n := 0.0, 0
		for f := range cvFolds {
			train, test := fold(exs, func(ex rankExample) int { return ex.doc }, f)
			right += rankAccuracy(test, trainRanker(train, rankEpochs)) * float64(len(test))
			n += len(test)
		}
		t.Logf("five-fold cross-validation on train: ranker %.4f", right/float64(n))
	}
	checkWeights(t, "rank_weights.go", "TestRankWeights", weightsSource("TestRankWeights", "rankWeights",
		"// rankWeights are the speaker ranker's feature weights (see rank.go), trained\n// on the PolNeAR train split by rank_train_test.go.\n", w))
}
