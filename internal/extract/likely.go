package extract

import (
	"strconv"
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/feature"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// The quotation filter.
//
// Not everything between quotation marks is somebody's words: scare quotes
// ("so-called “experts”"), titles of works and programmes, slogans,
// nicknames, terms being defined. Package quotemark drops the clear cases
// by rule; the rest are weighed here by a second linear model over indicator
// features of the quoted piece (how long it is, how it begins and ends,
// the words around its marks, whether a speech cue or an attribution goes
// with it). Its score says whether the piece is likely a quotation.
//
// A piece that scores zero or less is not dropped: it is returned with
// Likely false and a confidence of at most heldConfidence, so that a
// person reviewing the article sees it unticked rather than not at all. A
// labelled transcript turn (transcriptLabel) is always likely.
//
// Like the speaker ranker, the model is an averaged perceptron trained on
// PolNeAR's train split only, labelled by whether a piece matches an
// annotated quotation (likely_train_test.go); its number of passes was
// chosen by five-fold cross-validation on train. Its weights are integers,
// in the generated likely_weights.go. It reads the ranker's choice, so it
// is retrained after the ranker.

// likelyFeatures describes quoted piece i for the filter: its shape
// (pieceShape), and whether it has a cue of its own (own) and a speaker
// (final, the ranker's choice).
func (x *extractor) likelyFeatures(i int, shape []string, own, final attrib) []string {
	size := shape[0]
	f := append([]string{"bias"}, shape...)
	// The length with what goes with it: a one-word quote without a cue
	// is a different thing from a one-word quote after "said".
	f = append(f, size+"|own:"+strconv.FormatBool(own.ok))
	if final.ok {
		f = append(f, "speaker:"+x.mentionType(final), "cue:"+feature.Cue(final.cue), size+"|speaker")
	} else {
		f = append(f, "speaker:none", size+"|speaker:none")
	}
	return f
}

// pieceShape describes quoted piece i without regard to who said it: its
// length (always the first feature), how it begins and ends, the words
// around its marks and where it stands. seen[i] is how often the article
// quotes the piece's text (quotedTexts). The quotation filter and the speaker
// ranker's "no speaker" candidate both use it: scare quotes and titles are
// also the quotes nobody is named for.
func (x *extractor) pieceShape(i int, seen []int) []string {
	p := x.ps[i]
	q := x.r[p.S:p.E]
	words := strings.Fields(string(q))
	n := len(words)
	size := "size:" + feature.Size(n)
	f := []string{size, size + "|" + x.kindOf(i)}
	add := func(s string) { f = append(f, s) }
	if p.Cont >= 0 {
		add("continues") // a later paragraph of a quotation
	}
	if p.Close < 0 {
		add("unclosed")
	}
	add("ends:" + feature.Rune(p.Ends))
	add("starts:" + feature.Rune(q[0]))
	if n >= 2 && lexicon.TitleCase(words) {
		add("title-case")
	}
	for _, w := range words {
		x.steps++
		if lexicon.IsFirstPerson(strings.ToLower(strings.Trim(w, ",.!?;:—…’'"))) {
			add("first-person") // "I", "we", "our": someone speaking
			break
		}
	}
	// The words around the marks: "so-called", "the", "dubbed" before;
	// a comma or "said" after.
	add("prev:" + x.neighbour(p.Open-1, -1))
	if p.Close >= 0 {
		next := x.neighbour(p.Close+1, 1)
		add("next:" + next)
		if c := x.toks[p.Close+1:]; len(c) > 0 && next == c[0].Low && c[0].Kind == tkWord && !lexicon.IsFunctionWord(next) && !x.isCue(p.Close+1) {
			add("next:noun") // the quote modifies a noun: the “stand down” order
		}
	}
	if i > 0 && x.listed(i-1, i) || i+1 < len(x.ps) && x.listed(i, i+1) {
		add("listed") // “boasters” and “blasphemers”
	}
	// Where the piece stands: opening its paragraph or sentence, in the
	// first paragraph (often a headline).
	switch {
	case p.Open == x.paraStart(p.Open):
		add("at:paragraph-start")
	case p.Open == x.sentStart(p.Open):
		add("at:sentence-start")
	}
	if x.toks[p.Open].Para == 0 {
		add("first-paragraph")
	}
	if x.sentenceHasCue(p.Open) {
		add("sentence-cue")
	}
	if seen[i] > 1 {
		add("repeated") // a term the article keeps quoting
	}
	return f
}

// neighbour names the token next to a quotation mark, at index j going in
// direction dir: a word in lower case, a punctuation mark, or a class for
// capitalised words, quotation marks and the paragraph's edge.
func (x *extractor) neighbour(j, dir int) string {
	edge := j - dir
	if j < 0 || j >= len(x.toks) || x.toks[j].Para != x.toks[edge].Para {
		return "edge"
	}
	t := x.toks[j]
	switch {
	case t.Kind == tkOpenQ || t.Kind == tkCloseQ:
		return "mark"
	case t.Kind == tkWord && t.Cap:
		return "Cap"
	}
	return t.Low
}

// listed reports whether pieces i and j (i < j) stand in one list, only a
// comma, "and" or "or" between them.
func (x *extractor) listed(i, j int) bool {
	a, b := x.ps[i], x.ps[j]
	if a.Close < 0 || x.toks[a.Close].Para != x.toks[b.Open].Para {
		return false
	}
	for k := a.Close + 1; k < b.Open; k++ {
		x.steps++
		if l := x.toks[k].Low; l != "," && l != "and" && l != "or" {
			return false
		}
	}
	return true
}

// sentenceHasCue reports whether the sentence around token open has a
// speech verb outside quotation marks.
// The answer is kept per sentence: a sentence of many quotes is read once.
func (x *extractor) sentenceHasCue(open int) bool {
	s0 := x.sentStart(open)
	if x.sentCue[s0] == 0 {
		x.sentCue[s0] = 1
		for k := s0; k < len(x.toks); k++ {
			x.steps++
			if x.isCue(k) {
				x.sentCue[s0] = 2
				break
			}
			if x.toks[k].SentEd {
				break
			}
		}
	}
	return x.sentCue[s0] == 2
}

// quotedTexts counts, for each quoted piece, how often the article
// quotes its text.
func (x *extractor) quotedTexts() []int {
	keys := make([]string, len(x.ps))
	seen := make(map[string]int, len(x.ps))
	for i, p := range x.ps {
		x.steps++
		keys[i] = quotedKey(x.r[p.S:p.E])
		seen[keys[i]]++
	}
	n := make([]int, len(x.ps))
	for i, k := range keys {
		n[i] = seen[k]
	}
	return n
}

// quotedKey is a quoted text in lower case without its final punctuation,
// so that "rigged," and "rigged." are the same words.
func quotedKey(q []rune) string {
	return strings.ToLower(strings.TrimRight(string(q), ",.!?;:"))
}

// likelyScore sums the weights of a piece's features; a piece is likely a
// quotation when it is positive.
func likelyScore(feats []string) int64 {
	var s int64
	for _, f := range feats {
		s += likelyWeights[f]
	}
	return s
}
