package extract

import (
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/transcript"
)

// blockQuotes finds the quotations live blogs and transcripts print as a
// paragraph of their own, without marks, after an attribution that ends
// in a colon: "The chancellor said:" and then "We froze it for over a
// decade ...". The paragraph after such a colon is the speaker's words
// when it has no quotation marks, ends as a sentence does and is not a
// transcript turn (spans, in text order). The cue must close the
// attribution ("said:", "told her:", "replied:").
func (x *extractor) blockQuotes(spans [][2]int) []Quote {
	var qs []Quote
	x.steps += len(x.toks)
	for c := range x.toks {
		if x.toks[c].Low != ":" || x.stopped() {
			continue
		}
		f, e, ok := tok.BlockAfterColon(x.toks, c)
		x.steps += e - f
		if !ok || transcript.Inside(spans, x.toks[f].S) {
			continue
		}
		v := -1 // the cue, among the last few words before the colon
		for k := c - 1; k >= 0 && c-k <= 4 && x.toks[k].Para == x.toks[c].Para && v < 0; k-- {
			if x.toks[k].Kind == tkWord && x.isCue(k) {
				v = k
			}
		}
		if v < 0 {
			continue
		}
		m, ok := x.subjectBefore(x.sentStart(v), v)
		if !ok {
			continue
		}
		at := x.makeAttrib(m, x.toks[v].Low, x.sentStart(v), c)
		qs = append(qs, Quote{Text: string(x.r[x.toks[f].S:x.toks[e].E]), Start: x.toks[f].S, End: x.toks[e].E, Kind: KindDirect,
			Speaker: at.speaker, SpeakerStart: at.ms, SpeakerEnd: at.me, SpeakerTitle: at.title, Cue: at.cue, Via: at.via,
			Confidence: round2(at.conf * 0.8), Likely: true})
	}
	return qs
}
