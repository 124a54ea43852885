package extract

import (
	"sort"
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// paraphrase is reported speech found in a sentence without quotation marks.
type paraphrase struct {
	s, e int // rune range of the reported content
	at   attrib
}

// sortEvents orders events by position (pieces and sentences are found in
// separate passes).
func sortEvents(ev []event) {
	sort.SliceStable(ev, func(i, j int) bool { return ev[i].pos < ev[j].pos })
}

// sentenceEvents scans every sentence for cue verbs with a subject outside
// quotes. Each one is an event that later floating quotes can continue
// ("Cruz continued:" followed by a quoted paragraph), and a cue followed by a
// reported clause is a paraphrase ("Levine said the tactics were ...").
func (x *extractor) sentenceEvents() {
	var paras []paraphrase
	n := len(x.toks)
	for a := 0; a < n && !x.stopped(); {
		x.steps++
		b := a
		for b < n-1 && !x.toks[b].sentEd {
			x.steps++
			b++
		}
		found := false
		lo := a // the subject lies after the last quotation mark before the verb
		for v := a; v <= b; v++ {
			x.steps++
			if v > a {
				if p := x.toks[v-1]; p.kind == tkCloseQ || p.kind == tkOpenQ || p.inQ || p.low == ";" || p.low == ":" {
					lo = v
				}
			}
			if !x.isCue(v) {
				continue
			}
			m, ok := x.subjectBefore(lo, v)
			if !ok {
				continue
			}
			at := x.makeAttrib(m, x.toks[v].low, a, b+1)
			x.events = append(x.events, event{pos: x.toks[v].s, para: x.toks[v].para, at: at})
			if p, ok := x.paraphraseAfter(v, b, at); ok {
				paras = append(paras, p)
			}
			found = true
			break
		}
		if !found && !x.toks[a].inQ && x.toks[a].kind == tkWord {
			// The subject of a plain sentence is who the next floating quote
			// most likely belongs to when no cue is near.
			if m, ok := x.sentenceSubject(a, b+1); ok && (m.pron || m.person || lexicon.IsRole(x.toks[m.b-1].low)) {
				at := x.makeAttrib(m, "", a, b+1)
				at.conf = 0.5
				x.events = append(x.events, event{pos: x.toks[a].s, para: x.toks[a].para, at: at, weak: true})
			}
		}
		a = b + 1
	}
	for _, p := range paras {
		x.steps++
		x.out = append(x.out, Quote{
			Text: string(x.r[p.s:p.e]), Start: p.s, End: p.e, Kind: KindParaphrase,
			Speaker: p.at.speaker, SpeakerStart: p.at.ms, SpeakerEnd: p.at.me, SpeakerTitle: p.at.title,
			Cue: p.at.cue, Via: p.at.via, Confidence: round2(p.at.conf * 0.8), Likely: true,
		})
	}
}

// paraphraseAfter returns the reported clause after cue v, up to the end of
// its sentence at token b: "said (that) CLAUSE", "told NPR that CLAUSE".
func (x *extractor) paraphraseAfter(v, b int, at attrib) (paraphrase, bool) {
	c := v + 1
	if obj := lexicon.Verb(x.toks[v].low)&lexicon.Object != 0; obj || c <= b && lexicon.IsNounStop(x.toks[c].low) && x.toks[c].low != "that" {
		// "told NPR that", "said in a statement that": the clause after "that".
		if !obj {
			c++
		}
		for c <= b && c-v < 8 && x.toks[c].low != "that" {
			x.steps++
			if x.toks[c].kind != tkWord || x.toks[c].inQ {
				return paraphrase{}, false
			}
			c++
		}
		if c > b || x.toks[c].low != "that" {
			return paraphrase{}, false
		}
	}
	if c <= b && x.toks[c].low == "that" {
		c++
	} else if c <= b {
		t := x.toks[c]
		if lexicon.IsWeak(x.toks[v].low) || t.kind != tkWord || t.inQ {
			return paraphrase{}, false
		}
		// A clause starts with its subject, not with a preposition, an
		// adverb or a verb ("said in a statement", "said repeatedly").
		if lexicon.IsNounStop(t.low) || lexicon.IsAux(t.low) || lexicon.Verb(t.low) != 0 || strings.HasSuffix(t.low, "ly") ||
			lexicon.IsTimeWord(t.low) || t.low == "so" || t.low == "yes" || t.low == "no" {
			return paraphrase{}, false
		}
		if c+1 <= b && (x.toks[c+1].sentEd && x.toks[c+1].low == "." || x.toks[c+1].low == ",") && t.cap {
			return paraphrase{}, false // an inverted subject: "said Trump."
		}
	}
	if c > b || x.toks[c].kind == tkOpenQ {
		return paraphrase{}, false
	}
	e := b
	for e > c && x.toks[e].kind == tkPunct {
		x.steps++
		e--
	}
	words := 0
	for k := c; k <= e; k++ {
		x.steps++
		if x.toks[k].kind == tkWord && !x.toks[k].inQ {
			words++
		}
	}
	if words < 3 {
		return paraphrase{}, false
	}
	end := x.toks[e].e
	if x.toks[b].kind == tkCloseQ && e < b {
		end = x.toks[b].e // keep the closing mark of a partial quote at the end
	}
	if x.toks[e].inQ && e+1 <= b && x.toks[e+1].kind == tkCloseQ {
		end = x.toks[e+1].e
	}
	return paraphrase{s: x.toks[c].s, e: end, at: at}, true
}

// fill gives quotes without a cue of their own an attribution, in order of
// reliability: the other pieces of a multi-paragraph quotation; another
// piece of the same sentence; the subject of the sentence a fragment is
// woven into; then, for floating quotes, an attributed quote in the same
// paragraph, or the nearest attribution (or sentence subject) in the
// paragraphs before. Inherited attributions carry a lower confidence.
func (x *extractor) fill(own []attrib) []attrib {
	final := make([]attrib, len(own))
	copy(final, own)
	// Multi-paragraph quotations share one attribution, wherever it is.
	for i := range x.ps {
		x.steps++
		if c := x.ps[i].cont; c >= 0 && c < i {
			if !final[i].ok {
				final[i] = final[c]
			}
		}
	}
	for i := len(x.ps) - 1; i >= 0; i-- {
		x.steps++
		if c := x.ps[i].cont; c >= 0 && c < i && !final[c].ok && final[i].ok {
			final[c] = final[i]
		}
	}
	// Pieces of one sentence: `“A,” he said, “B.”` and `“A” and “B,” she said`.
	for pass := 0; pass < 2; pass++ {
		x.steps++
		for i := range x.ps {
			x.steps++
			if final[i].ok {
				continue
			}
			if i > 0 && x.sameSentence(i-1, i) && final[i-1].ok {
				final[i] = final[i-1]
			} else if i+1 < len(x.ps) && x.sameSentence(i, i+1) && final[i+1].ok {
				final[i] = final[i+1]
			}
		}
	}
	// Quoted fragments woven into a sentence without a cue belong to the
	// sentence's subject.
	for i := range x.ps {
		x.steps++
		if !final[i].ok {
			final[i] = x.possessiveSpeaker(x.ps[i].open)
		}
		if !final[i].ok {
			final[i] = x.subjectFallback(x.ps[i].open)
		}
	}
	// "it said", "they said": the latest organisation or description that
	// spoke before. (Persons are resolved when the mention is found.)
	for i := range final {
		x.steps++
		if at := &final[i]; at.ok && at.speaker == "" && at.ms >= 0 {
			x.resolveGroupPronoun(at)
		}
	}
	// Floating quotes.
	ev := 0
	var cur, weak *event
	next := x.nextInPara(final)
	prev := -1 // the last piece with an attribution
	for i := range x.ps {
		x.steps++
		if x.stopped() {
			return final
		}
		if i > 0 && final[i-1].ok {
			prev = i - 1
		}
		p := x.ps[i]
		for ev < len(x.events) && x.events[ev].pos < p.s {
			x.steps++
			if x.events[ev].weak {
				weak = &x.events[ev]
			} else {
				cur = &x.events[ev]
			}
			ev++
		}
		if final[i].ok {
			continue
		}
		if c := p.cont; c >= 0 && c < i && final[c].ok {
			final[i] = final[c] // a later paragraph of the same quotation
			continue
		}
		para := x.toks[p.open].para
		if prev >= 0 && x.toks[x.ps[prev].open].para == para {
			final[i] = floating(final[prev])
			continue
		}
		if next[i] >= 0 && x.startsSentence(p.open) {
			final[i] = floating(final[next[i]])
			continue
		}
		// The nearest attribution wins; a bare sentence subject only counts
		// from the same or the previous paragraph.
		switch {
		case weak != nil && para-weak.para <= 1 && (cur == nil || weak.pos > cur.pos):
			final[i] = floating(weak.at)
		case cur != nil && para-cur.para <= 2:
			final[i] = floating(cur.at)
		case weak != nil && para-weak.para <= 3:
			final[i] = floating(floating(weak.at))
		case cur != nil && para-cur.para <= 5:
			final[i] = floating(floating(cur.at))
		}
	}
	return final
}

// floating marks an inherited attribution as less certain.
func floating(a attrib) attrib {
	a.conf = round2(a.conf * 0.75)
	return a
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// sameSentence reports whether pieces i and j (i < j) are in one sentence.
func (x *extractor) sameSentence(i, j int) bool {
	a, b := x.ps[i], x.ps[j]
	if a.close < 0 || x.toks[a.open].para != x.toks[b.open].para {
		return false
	}
	for k := a.close; k < b.open; k++ {
		x.steps++
		if x.toks[k].sentEd {
			return false
		}
	}
	return true
}

// startsSentence reports whether the opening mark at token open begins a
// sentence (nothing but the sentence start before it).
func (x *extractor) startsSentence(open int) bool {
	return x.beforeRegion(open) == open
}

// prevInPara returns, for every piece, the nearest piece before it in its
// paragraph that has an attribution in final, or -1.
func (x *extractor) prevInPara(final []attrib) []int {
	prev := make([]int, len(x.ps))
	last := -1
	for i, p := range x.ps {
		x.steps++
		prev[i] = -1
		if last >= 0 && x.toks[x.ps[last].open].para == x.toks[p.open].para {
			prev[i] = last
		}
		if final[i].ok {
			last = i
		}
	}
	return prev
}

// nextInPara returns, for every piece, the nearest piece after it in its
// paragraph that has an attribution in final, or -1.
func (x *extractor) nextInPara(final []attrib) []int {
	next := make([]int, len(x.ps))
	last := -1
	for i := len(x.ps) - 1; i >= 0; i-- {
		x.steps++
		next[i] = -1
		if last >= 0 && x.toks[x.ps[last].open].para == x.toks[x.ps[i].open].para {
			next[i] = last
		}
		if final[i].ok {
			last = i
		}
	}
	return next
}

// heldConfidence is the most confidence a quote the filter holds back as
// unlikely can have; a kept quote has 0.3 even without a speaker.
const heldConfidence = 0.2

// emit turns pieces, their attributions and the quotation filter's verdict
// (likely.go) into quotes, in text order.
func (x *extractor) emit(final []attrib, likely []bool) {
	for i, p := range x.ps {
		x.steps++
		at := final[i]
		q := Quote{Text: string(x.r[p.s:p.e]), Start: p.s, End: p.e, Kind: x.kindOf(i),
			SpeakerStart: -1, SpeakerEnd: -1, Confidence: 0.3, Likely: likely[i]}
		if at.ok {
			q.Speaker, q.SpeakerStart, q.SpeakerEnd = at.speaker, at.ms, at.me
			q.SpeakerTitle, q.Cue, q.Via, q.Confidence = at.title, at.cue, at.via, at.conf
		}
		if !q.Likely {
			q.Confidence = min(q.Confidence, heldConfidence)
		}
		x.out = append(x.out, q)
	}
	sort.SliceStable(x.out, func(i, j int) bool { return x.out[i].Start < x.out[j].Start })
	if turns, spans := x.transcriptTurns(); len(spans) > 0 {
		x.out = append(outsideTurns(x.out, spans), turns...)
		sort.SliceStable(x.out, func(i, j int) bool { return x.out[i].Start < x.out[j].Start })
	}
}

// kindOf classifies a piece: direct when it stands as its own statement
// (sentence start, or after "said," / "said:"), partial when it is woven
// into the writer's sentence.
func (x *extractor) kindOf(i int) string {
	for x.ps[i].cont >= 0 && x.ps[i].cont < i {
		x.steps++
		i = x.ps[i].cont
	}
	p := x.ps[i]
	lo := x.beforeRegion(p.open)
	if lo == p.open {
		return KindDirect
	}
	switch x.toks[p.open-1].low {
	case ",", ":", "—", "–", "-", "(":
		return KindDirect
	}
	return KindPartial
}

// maxEventLookback bounds how many earlier attributions a group pronoun
// looks through; it finds its speaker within two paragraphs anyway.
const maxEventLookback = 200

// resolveGroupPronoun gives an unresolved "it", "they" or "we" the latest
// non-person speaker of the two paragraphs before it.
func (x *extractor) resolveGroupPronoun(at *attrib) {
	p := strings.ToLower(string(x.r[at.ms:at.me]))
	if p != "it" && p != "they" && p != "we" {
		return
	}
	para := x.toks[x.tokenAt(at.ms)].para
	// The events are in text order: start at the last one before the
	// mention, and look at no more than the last few dozen.
	last := sort.Search(len(x.events), func(k int) bool { return x.events[k].pos >= at.ms })
	for k := last - 1; k >= 0 && last-k <= maxEventLookback; k-- {
		x.steps++
		e := x.events[k]
		if e.weak {
			continue
		}
		if para-e.para > 2 {
			return
		}
		if !e.at.person && e.at.speaker != "" {
			at.speaker, at.title = e.at.speaker, e.at.title
			return
		}
	}
}
