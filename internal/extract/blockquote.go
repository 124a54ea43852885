package extract

// blockQuotes finds the quotations live blogs and transcripts print as a
// paragraph of their own, without marks, after an attribution that ends
// in a colon: "The chancellor said:" and then "We froze it for over a
// decade ...". The paragraph after such a colon is the speaker's words
// when it has no quotation marks, ends as a sentence does and is not a
// transcript turn (spans, in text order). The cue must close the
// attribution ("said:", "told her:", "replied:").
func (x *extractor) blockQuotes(spans [][2]int) []Quote {
	var qs []Quote
	n := len(x.toks)
	for c := 0; c+1 < n && !x.stopped(); c++ {
		x.steps++
		t := x.toks[c]
		if t.Low != ":" || t.InQ || x.toks[c+1].Para != t.Para+1 {
			continue
		}
		v := -1 // the cue, among the last few words before the colon
		for k := c - 1; k >= 0 && c-k <= 4 && x.toks[k].Para == t.Para; k-- {
			x.steps++
			if x.toks[k].Kind == tkWord && x.isCue(k) {
				v = k
				break
			}
		}
		if v < 0 {
			continue
		}
		f, e := c+1, c+1 // the next paragraph's tokens [f, e]
		for e+1 < n && x.toks[e+1].Para == x.toks[f].Para {
			x.steps++
			e++
		}
		if !x.plainParagraph(f, e) || insideSpan(spans, x.toks[f].S) {
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
		c = e
	}
	return qs
}

// plainParagraph reports whether tokens [f, e] (a whole paragraph) hold no
// quotation mark and end in a full stop, a question or an exclamation
// mark: prose, not a heading, a list item or a quotation of its own.
func (x *extractor) plainParagraph(f, e int) bool {
	switch x.toks[e].Low {
	case ".", "?", "!":
	default:
		return false
	}
	for k := f; k <= e; k++ {
		x.steps++
		if t := x.toks[k]; t.InQ || t.Kind == tkOpenQ || t.Kind == tkCloseQ {
			return false
		}
	}
	return true
}

// insideSpan reports whether pos lies in one of spans (in text order).
func insideSpan(spans [][2]int, pos int) bool {
	for _, s := range spans {
		if s[0] <= pos && pos < s[1] {
			return true
		}
	}
	return false
}
