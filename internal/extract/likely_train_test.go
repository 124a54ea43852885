package extract

import (
	"testing"

	"github.com/quotetrail/quotetrail/internal/extract/internal/polnear"
)

// likelyEpochs is the number of passes of the perceptron over the train
// split, chosen by cross-validation (2, 3, 5, 10, 20 and 40 tried; 20 held
// back the most pieces that are no quotation for each real one).
const likelyEpochs = 20

// likelyExample is one quoted piece: its features and whether it matches
// an annotated quotation.
type likelyExample struct {
	doc   int // index of the document, for cross-validation
	feats []string
	real  bool
}

// likelyExamples extracts every quoted piece of the documents, labelled by
// the evaluation's own matching (polnear.Match).
func likelyExamples(docs []polnear.Document) []likelyExample {
	var out []likelyExample
	for di, d := range docs {
		x := newExtractor(d.Text)
		if len(x.toks) == 0 {
			continue
		}
		in, cands := x.prepare()
		spans := make([]polnear.Span, len(x.ps))
		for i, p := range x.ps {
			spans[i] = polnear.Span{Start: p.S, End: p.E}
		}
		real := make([]bool, len(x.ps))
		for _, pr := range polnear.Match(spans, d.Gold) {
			real[pr[0]] = true
		}
		final, _ := x.decide(cands)
		for i := range cands {
			if x.ps[i].Single {
				continue // PolNeAR's gold is read from double marks only: no label
			}
			out = append(out, likelyExample{doc: di, feats: x.likelyFeatures(i, in.shapes[i], in.own[i], final[i]), real: real[i]})
		}
	}
	return out
}

// trainLikely fits an averaged perceptron: for each example on the wrong
// side of zero, the features gain one (a quotation) or lose one. As in
// trainRanker, the returned weights are the unnormalised average, integers.
func trainLikely(exs []likelyExample, epochs int) map[string]int64 {
	w := map[string]int64{}
	acc := map[string]int64{}
	var t int64 = 1
	for range epochs {
		for _, ex := range exs {
			var s int64
			for _, f := range ex.feats {
				s += w[f]
			}
			if (s > 0) != ex.real {
				d := int64(-1)
				if ex.real {
					d = 1
				}
				for _, f := range ex.feats {
					w[f] += d
					acc[f] += d * t
				}
			}
			t++
		}
	}
	out := map[string]int64{}
	for f, v := range w {
		if a := t*v - acc[f]; a != 0 {
			out[f] = a
		}
	}
	return out
}

// likelyCounts counts the pieces kept and held back, real quotations and
// not.
type likelyCounts struct{ keptReal, keptOther, heldReal, heldOther int }

// countLikely classifies exs with weights w.
func countLikely(exs []likelyExample, w map[string]int64) likelyCounts {
	var c likelyCounts
	for _, ex := range exs {
		var s int64
		for _, f := range ex.feats {
			s += w[f]
		}
		switch {
		case s > 0 && ex.real:
			c.keptReal++
		case s > 0:
			c.keptOther++
		case ex.real:
			c.heldReal++
		default:
			c.heldOther++
		}
	}
	return c
}

// add sums the counts of a cross-validation fold.
func (c *likelyCounts) add(o likelyCounts) {
	c.keptReal += o.keptReal
	c.keptOther += o.keptOther
	c.heldReal += o.heldReal
	c.heldOther += o.heldOther
}

// TestLikelyWeights retrains the quotation filter on the PolNeAR train
// split and checks that the result is the shipped likely_weights.go (with
// -update, it rewrites the file; with -cv it also cross-validates):
//
//	go test -tags sqlite_fts5 ./extract -run TestLikelyWeights -update
func TestLikelyWeights(t *testing.T) {
	t.Parallel()
	exs := likelyExamples(trainSplit(t))
	w := trainLikely(exs, likelyEpochs)
	t.Logf("train: %+v", countLikely(exs, w))
	if *crossValidate {
		var c likelyCounts
		for f := range cvFolds {
			train, test := fold(exs, func(ex likelyExample) int { return ex.doc }, f)
			c.add(countLikely(test, trainLikely(train, likelyEpochs)))
		}
		t.Logf("five-fold cross-validation on train: %+v", c)
	}
	checkWeights(t, "likely_weights.go", "TestLikelyWeights", weightsSource("TestLikelyWeights", "likelyWeights",
		"// likelyWeights are the quotation filter's feature weights (see likely.go),\n// trained on the PolNeAR train split by likely_train_test.go.\n", w))
}

// TestTrainLikely checks the perceptron on a toy problem: quotations carry
// "speech", the others "title", and both carry the bias.
func TestTrainLikely(t *testing.T) {
	t.Parallel()
	exs := []likelyExample{
		{feats: []string{"bias", "speech"}, real: true},
		{feats: []string{"bias", "title"}, real: false},
		{feats: []string{"bias", "speech", "x"}, real: true},
		{feats: []string{"bias", "title", "x"}, real: false},
	}
	w := trainLikely(exs, 3)
	if w["speech"] <= 0 || w["title"] >= 0 {
		t.Errorf("weights %v: want speech > 0 > title", w)
	}
	if c := countLikely(exs, w); c != (likelyCounts{keptReal: 2, heldOther: 2}) {
		t.Errorf("after training %+v, want every piece on its side", c)
	}
}
