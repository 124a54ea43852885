package extract

import (
	"sort"
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/clause"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/transcript"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// paraphrase is reported speech found in a sentence without quotation marks.
type paraphrase struct {
	S, E int // rune range of the reported content
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
		for b < n-1 && !x.toks[b].SentEd {
			x.steps++
			b++
		}
		found := false
		lo := a // the subject lies after the last quotation mark before the verb
		for v := a; v <= b; v++ {
			x.steps++
			if v > a {
				if p := x.toks[v-1]; p.Kind == tkCloseQ || p.Kind == tkOpenQ || p.InQ || p.Low == ";" || p.Low == ":" {
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
			at := x.makeAttrib(m, x.toks[v].Low, a, b+1)
			x.events = append(x.events, event{pos: x.toks[v].S, Para: x.toks[v].Para, at: at})
			if p, ok := x.paraphraseAfter(v, b, at); ok {
				paras = append(paras, p)
			}
			found = true
			break
		}
		if !found && !x.toks[a].InQ && x.toks[a].Kind == tkWord {
			// The subject of a plain sentence is who the next floating quote
			// most likely belongs to when no cue is near.
			if m, ok := x.sentenceSubject(a, b+1); ok && (m.pron || m.person || lexicon.IsRole(x.toks[m.b-1].Low)) {
				at := x.makeAttrib(m, "", a, b+1)
				at.conf = 0.5
				x.events = append(x.events, event{pos: x.toks[a].S, Para: x.toks[a].Para, at: at, weak: true})
			}
		}
		a = b + 1
	}
	for _, p := range paras {
		x.steps++
		x.out = append(x.out, Quote{
			Text: string(x.r[p.S:p.E]), Start: p.S, End: p.E, Kind: KindParaphrase,
			Speaker: p.at.speaker, SpeakerStart: p.at.ms, SpeakerEnd: p.at.me, SpeakerTitle: p.at.title,
			Cue: p.at.cue, Via: p.at.via, Confidence: round2(p.at.conf * 0.8), Likely: true,
		})
	}
}

// paraphraseAfter returns the reported clause after cue v, up to the end of
// its sentence at token b: "said (that) CLAUSE", "told NPR that CLAUSE".
func (x *extractor) paraphraseAfter(v, b int, at attrib) (paraphrase, bool) {
	c := v + 1
	if obj := lexicon.Verb(x.toks[v].Low)&lexicon.Object != 0; obj || c <= b && lexicon.IsNounStop(x.toks[c].Low) && x.toks[c].Low != "that" {
		// "told NPR that", "said in a statement that": the clause after "that".
		if !obj {
			c++
		}
		for c <= b && c-v < 8 && x.toks[c].Low != "that" {
			x.steps++
			if x.toks[c].Kind != tkWord || x.toks[c].InQ {
				return paraphrase{}, false
			}
			c++
		}
		if c > b || x.toks[c].Low != "that" {
			return paraphrase{}, false
		}
	}
	if c <= b && x.toks[c].Low == "that" {
		c++
	} else if c <= b {
		t := x.toks[c]
		if lexicon.IsWeak(x.toks[v].Low) || t.Kind != tkWord || t.InQ {
			return paraphrase{}, false
		}
		// A clause starts with its subject, not with a preposition, an
		// adverb or a verb ("said in a statement", "said repeatedly").
		if lexicon.IsNounStop(t.Low) || lexicon.IsAux(t.Low) || lexicon.Verb(t.Low) != 0 || strings.HasSuffix(t.Low, "ly") ||
			lexicon.IsTimeWord(t.Low) || t.Low == "so" || t.Low == "yes" || t.Low == "no" {
			return paraphrase{}, false
		}
		if c+1 <= b && (x.toks[c+1].SentEd && x.toks[c+1].Low == "." || x.toks[c+1].Low == ",") && t.Cap {
			return paraphrase{}, false // an inverted subject: "said Trump."
		}
		if !clause.HasVerb(x.toks, c, b, &x.steps) {
			return paraphrase{}, false // "conceded a goal", "posted a photo": an object, not a clause
		}
	}
	if c > b || x.toks[c].Kind == tkOpenQ {
		return paraphrase{}, false
	}
	// The clause ends where a second report begins: "senators would vote
	// their conscience, but added that ...", "..., adding that ...".
	for k := c + 2; k < b && k-c < 80; k++ {
		x.steps++
		if x.toks[k].Low == "—" && x.toks[k-1].Kind == tkCloseQ && !clause.Dash(x.toks, k+1, b, &x.steps) {
			// "would “never put it behind a paywall”—a line that now
			// ...": an aside on the words (not the first of a pair
			// around an aside inside the clause)
			b = k - 1
			break
		}
		if w := x.toks[k].Low; !x.toks[k].InQ && (w == "but" || w == "and" || w == ",") && x.isCue(k+1) &&
			(w != "," || lexicon.Verb(x.toks[k+1].Low)&lexicon.Ing != 0) {
			b = k - 1
			break
		}
	}
	e := x.trimAttribution(c, b)
	words := 0
	for k := c; k <= e; k++ {
		x.steps++
		if x.toks[k].Kind == tkWord && !x.toks[k].InQ {
			words++
		}
	}
	if words < 3 {
		return paraphrase{}, false
	}
	end := x.toks[e].E
	onlyPunct := true // between the clause's end and the sentence's: no attribution trimmed
	for k := e + 1; k < b && onlyPunct; k++ {
		x.steps++
		onlyPunct = x.toks[k].Kind == tkPunct
	}
	if x.toks[b].Kind == tkCloseQ && e < b && onlyPunct {
		end = x.toks[b].E // keep the closing mark of a partial quote at the end
	}
	if x.toks[e].InQ && e+1 <= b && x.toks[e+1].Kind == tkCloseQ {
		end = x.toks[e+1].E
	}
	return paraphrase{S: x.toks[c].S, E: end, at: at}, true
}

// trimAttribution returns the last token of a reported clause from c to
// the sentence end b: without the final punctuation, nor an attribution
// after a last comma ("..., the BBC reported", "..., according to NPR").
func (x *extractor) trimAttribution(c, b int) int {
	e := b
	for k := b; k > c+2 && b-k < 10; k-- {
		x.steps++
		if x.toks[k].Low != "," || x.toks[k].InQ {
			continue
		}
		for j := k + 1; j <= b; j++ {
			x.steps++
			if x.toks[j].Low == "according" || x.isCue(j) && !x.toks[j].InQ {
				e = k
			}
		}
		break
	}
	for e > c && x.toks[e].Kind == tkPunct {
		x.steps++
		e--
	}
	return e
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
		if c := x.ps[i].Cont; c >= 0 && c < i {
			if !final[i].ok {
				final[i] = final[c]
			}
		}
	}
	for i := len(x.ps) - 1; i >= 0; i-- {
		x.steps++
		if c := x.ps[i].Cont; c >= 0 && c < i && !final[c].ok && final[i].ok {
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
			final[i] = x.possessiveSpeaker(x.ps[i].Open)
		}
		if !final[i].ok {
			final[i] = x.subjectFallback(x.ps[i].Open)
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
		for ev < len(x.events) && x.events[ev].pos < p.S {
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
		if c := p.Cont; c >= 0 && c < i && final[c].ok {
			final[i] = final[c] // a later paragraph of the same quotation
			continue
		}
		para := x.toks[p.Open].Para
		if prev >= 0 && x.toks[x.ps[prev].Open].Para == para {
			final[i] = floating(final[prev])
			continue
		}
		if next[i] >= 0 && x.startsSentence(p.Open) {
			final[i] = floating(final[next[i]])
			continue
		}
		// The nearest attribution wins; a bare sentence subject only counts
		// from the same or the previous paragraph.
		switch {
		case weak != nil && para-weak.Para <= 1 && (cur == nil || weak.pos > cur.pos):
			final[i] = floating(weak.at)
		case cur != nil && para-cur.Para <= 2:
			final[i] = floating(cur.at)
		case weak != nil && para-weak.Para <= 3:
			final[i] = floating(floating(weak.at))
		case cur != nil && para-cur.Para <= 5:
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
	if a.Close < 0 || x.toks[a.Open].Para != x.toks[b.Open].Para {
		return false
	}
	for k := a.Close; k < b.Open; k++ {
		x.steps++
		if x.toks[k].SentEd {
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
		if last >= 0 && x.toks[x.ps[last].Open].Para == x.toks[p.Open].Para {
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
		if last >= 0 && x.toks[x.ps[last].Open].Para == x.toks[x.ps[i].Open].Para {
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
		q := Quote{Text: string(x.r[p.S:p.E]), Start: p.S, End: p.E, Kind: x.kindOf(i),
			SpeakerStart: -1, SpeakerEnd: -1, Confidence: 0.3, Likely: likely[i]}
		if at.ok {
			q.Speaker, q.SpeakerStart, q.SpeakerEnd = at.speaker, at.ms, at.me
			q.SpeakerTitle, q.Cue, q.Via, q.Confidence = at.title, at.cue, at.via, at.conf
			if q.Via == "" && at.ms >= 0 {
				// "“...,” she told the Daily Mail" when the ranker chose the
				// name before: the quote's own clause still gives the outlet.
				m := mention{a: x.tokenAt(at.ms), b: x.tokenAt(at.me-1) + 1}
				if q.Via = x.outlets.Via(x.beforeRegion(p.Open), p.Open, m.a, m.b); q.Via == "" && p.Close >= 0 {
					q.Via = x.outlets.Via(p.Close+1, clause.AfterRegion(x.toks, p.Close, &x.steps), m.a, m.b)
				}
			}
		}
		if !q.Likely {
			q.Confidence = min(q.Confidence, heldConfidence)
		}
		x.out = append(x.out, q)
	}
	sort.SliceStable(x.out, func(i, j int) bool { return x.out[i].Start < x.out[j].Start })
	turns, spans := x.transcriptTurns()
	if len(spans) > 0 {
		x.out = append(transcript.Outside(x.r, x.out, spans), turns...)
	}
	blocks := x.blockQuotes(spans)
	x.out = append(x.out, blocks...)
	if len(spans) > 0 || len(blocks) > 0 {
		sort.SliceStable(x.out, func(i, j int) bool { return x.out[i].Start < x.out[j].Start })
	}
}

// kindOf classifies a piece: direct when it stands as its own statement
// (sentence start, or after "said," / "said:"), partial when it is woven
// into the writer's sentence.
func (x *extractor) kindOf(i int) string {
	i = x.chainHead(i)
	p := x.ps[i]
	lo := x.beforeRegion(p.Open)
	if lo == p.Open {
		return KindDirect
	}
	switch x.toks[p.Open-1].Low {
	case ",", ":", "—", "–", "-", "(":
		return KindDirect
	}
	return KindPartial
}

// chainHead returns the first piece of the quotation piece i continues
// (tok.ChainHeads), read once for all pieces.
func (x *extractor) chainHead(i int) int {
	if x.heads == nil {
		x.heads = tok.ChainHeads(x.ps)
		x.steps += len(x.ps)
	}
	return int(x.heads[i])
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
	para := x.toks[x.tokenAt(at.ms)].Para
	// The events are in text order: start at the last one before the
	// mention, and look at no more than the last few dozen.
	last := sort.Search(len(x.events), func(k int) bool { return x.events[k].pos >= at.ms })
	for k := last - 1; k >= 0 && last-k <= maxEventLookback; k-- {
		x.steps++
		e := x.events[k]
		if e.weak {
			continue
		}
		if para-e.Para > 2 {
			return
		}
		if !e.at.person && e.at.speaker != "" {
			at.speaker, at.title = e.at.speaker, e.at.title
			return
		}
	}
}
