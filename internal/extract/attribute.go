package extract

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// paraStart returns the index of the first token of token i's paragraph.
func (x *extractor) paraStart(i int) int { return int(x.paraFirst[x.toks[i].para]) }

// beforeRegion returns the first token of the clause stretch that leads up
// to the opening mark at token open: back to the sentence start, the
// paragraph start or the previous quotation.
func (x *extractor) beforeRegion(open int) int {
	k := open - 1
	for k >= 0 && x.toks[k].para == x.toks[open].para && !x.toks[k].sentEd && !x.toks[k].inQ &&
		x.toks[k].kind != tkCloseQ && x.toks[k].kind != tkOpenQ {
		k--
	}
	return k + 1
}

// afterRegion returns the end (exclusive) of the stretch after the closing
// mark at token close: to the end of the next sentence, the next quotation
// or the paragraph end.
func (x *extractor) afterRegion(close int) int {
	hi := close + 1
	for hi < len(x.toks) && x.toks[hi].para == x.toks[close].para && x.toks[hi].kind != tkOpenQ && !x.toks[hi].inQ {
		x.steps++
		hi++
		if x.toks[hi-1].sentEd {
			break
		}
	}
	return hi
}

// isCue reports whether token i is a speech verb used as one: not inside a
// quote, and not a passive or infinitive ("was told", "claimed to be").
func (x *extractor) isCue(i int) bool {
	t := x.toks[i]
	if t.kind != tkWord || t.inQ || t.cap {
		return false // capitalised "State" or "Post" is a name, not a verb
	}
	if x.phraseCue(i) {
		return true
	}
	if lexicon.Verb(t.low) == 0 {
		return false
	}
	if i > 1 && x.toks[i-1].low == "to" && (x.toks[i-2].low == "on" || x.toks[i-2].low == "continued") {
		return true // "went on to say"
	}
	if i+1 < len(x.toks) {
		n := x.toks[i+1].low
		if n == "by" || (n == "to" && i+2 < len(x.toks) && x.toks[i+2].low == "be") || n == "as" && lexicon.IsWeak(t.low) {
			return false
		}
	}
	if i > 0 {
		switch x.toks[i-1].low {
		case "to", "be", "been", "being", "were", "are", "so-called", "the", "a", "an", "this":
			return false
		case "was", "is":
			if lexicon.Verb(t.low)&lexicon.Ing == 0 {
				return false // a passive: "Blumenthal was asked"
			}
		}
	}
	if i > 1 && lexicon.IsNounish(t.low) && (x.toks[i-2].low == "a" || x.toks[i-2].low == "an" || x.toks[i-2].low == "the") {
		return false // "a fundraising call", "the stock answer": a noun
	}
	if i > 0 && lexicon.IsNounish(t.low) && (lexicon.IsPossessivePronoun(x.toks[i-1].low) || lexicon.StripPossessive(x.toks[i-1].low) != x.toks[i-1].low) {
		return false // "her tweet", "calling Trump’s charge “pathetic”": a noun
	}
	return true
}

// phraseCue recognises multi-word cues by their head word: "as he put it",
// "pointed out", "wanted to know".
func (x *extractor) phraseCue(i int) bool {
	n := ""
	if i+1 < len(x.toks) {
		n = x.toks[i+1].low
	}
	switch x.toks[i].low {
	case "put", "puts":
		return n == "it"
	case "point", "points", "pointed", "pointing":
		return n == "out"
	case "know":
		return i > 1 && x.toks[i-1].low == "to" && (x.toks[i-2].low == "wanted" || x.toks[i-2].low == "wants")
	case "follows":
		return i > 0 && x.toks[i-1].low == "as"
	case "went", "goes":
		// "Trump went on, as if ...": "went on" ends its clause.
		return n == "on" && i+2 < len(x.toks) && (x.toks[i+2].kind != tkWord || x.toks[i+1].sentEd)
	}
	return false
}

// attributePiece finds the attribution of quote piece i from the clause
// around it, or returns a zero attrib if the quote has no cue of its own.
func (x *extractor) attributePiece(i int) attrib {
	p := x.ps[i]
	lo := x.beforeRegion(p.open)
	hi := p.open
	if p.close >= 0 {
		hi = x.afterRegion(p.close)
	}
	afterFirst := p.close >= 0 && (strings.ContainsRune(",?!—–-…", p.ends) || p.close+1 < hi && x.toks[p.close+1].low == ",")
	if afterFirst && p.open-lo >= 2 && (x.toks[p.open-1].low == "," || x.toks[p.open-1].low == ":") && x.isCue(p.open-2) {
		// `he warned, “...,” Trump told NBC`: a cue right before the
		// opening mark introduces the quote.
		if a := x.cueBefore(lo, p.open); a.ok {
			return a
		}
	}
	if afterFirst {
		if a := x.cueAfter(p.close+1, hi); a.ok {
			return a
		}
		return x.cueBefore(lo, p.open)
	}
	if a := x.cueBefore(lo, p.open); a.ok {
		return a
	}
	if p.close >= 0 {
		if a := x.cueAfter(p.close+1, hi); a.ok {
			return a
		}
	}
	if c := p.open - 1; lo == p.open && c >= 0 && x.toks[c].low == ":" && x.toks[c].para != x.toks[p.open].para {
		// "Transcript as follows:" or "Clinton released the following
		// statement:" closing the paragraph before: the colon introduces
		// the quotation that opens this one.
		return x.cueBefore(x.sentStart(c), p.open)
	}
	return attrib{}
}

// sentStart returns the first token of the sentence holding token i.
func (x *extractor) sentStart(i int) int { return int(x.toks[i].sent) }

// subjectFallback attributes a quote embedded in a sentence without a
// usable cue to the sentence's subject: "Cruz and Trump have used ..., with
// Cruz recently promising to “carpet bomb them”", "Carson took the stage
// and called the system “rotten to the core.”" News sentences that carry a
// quoted fragment are nearly always about what their subject said.
func (x *extractor) subjectFallback(open int) attrib {
	s0 := x.sentStart(open)
	if s0 >= open || x.toks[s0].kind == tkOpenQ || x.toks[s0].inQ {
		return attrib{}
	}
	m, ok := x.sentenceSubject(s0, open)
	if !ok {
		return attrib{}
	}
	for k := open - 1; k > m.b; k-- {
		x.steps++
		// "Perez is winning applause as he keeps talking about the
		// “...”": a later clause with a pronoun subject of its own holds
		// the quote; the attribution rests on that pronoun.
		w := x.toks[k].low
		if (w == "he" || w == "she") && lexicon.IsClauseOpener(x.toks[k-1].low) {
			m = mention{a: k, b: k + 1, from: k, pron: true}
			break
		}
	}
	cue := ""
	for v := m.b; v < open; v++ {
		x.steps++
		if x.isCue(v) {
			cue = x.toks[v].low
			break
		}
	}
	a := x.makeAttrib(m, cue, s0, open)
	a.conf = 0.5
	if cue == "" {
		a.conf = 0.4
	}
	return a
}

// sentenceSubject parses the subject at the start of a sentence [s0, hi),
// skipping conjunctions and an introductory phrase ("On Sunday, ...").
func (x *extractor) sentenceSubject(s0, hi int) (mention, bool) {
	for s0 < hi && x.toks[s0].kind == tkWord && lexicon.IsLead(x.toks[s0].low) && (!x.toks[s0].cap || s0+1 < hi && x.isNameWord(s0+1) || x.toks[s0].low == "then") {
		x.steps++
		s0++ // "But Trump said", "Then he cut into Bush"
	}
	if s0 < hi && x.toks[s0].kind == tkWord && strings.HasSuffix(x.toks[s0].low, "ing") && !x.capMid[x.toks[s0].low] {
		// "Filling in for Sanders at the event, West landed ..."
		for k := s0 + 1; k < hi && k-s0 < 30; k++ {
			x.steps++
			if x.toks[k].low == "," {
				s0 = k + 1
				break
			}
		}
	}
	// A short opener before a comma: "Hours later, she ..." (but not a
	// name: "Ted Nordhaus, co-founder of ...").
	for k := s0 + 1; k < hi && k-s0 <= 3; k++ {
		x.steps++
		if x.toks[k].low == "," {
			if !x.capMid[lexicon.StripPossessive(x.toks[s0].low)] && !x.toks[k-1].cap {
				s0 = k + 1
			}
			break
		}
		if x.toks[k].kind != tkWord {
			break
		}
	}
	intro := false
	for s0 < hi && x.toks[s0].kind == tkWord && (lexicon.IsLead(x.toks[s0].low) || lexicon.IsNounStop(x.toks[s0].low) ||
		lexicon.IsIntro(x.toks[s0].low) || strings.HasSuffix(x.toks[s0].low, "ly") && s0+1 < hi && x.toks[s0+1].low == ",") {
		// An introductory phrase ends at the first comma.
		k := s0
		for k < hi && k-s0 < 30 && x.toks[k].low != "," {
			x.steps++
			k++
		}
		if k >= hi || x.toks[k].low != "," {
			return mention{}, false
		}
		s0, intro = k+1, true
	}
	if s0 >= hi || x.toks[s0].kind != tkWord {
		return mention{}, false
	}
	m, ok := x.subjectAfter(s0-1, hi)
	if ok && intro && m.b < hi && x.toks[m.b].low == "," && !m.pron {
		// The phrase may still belong to the opener: "Speaking at a town
		// hall in Salem, New Hampshire, Trump went after Bush".
		if m2, ok2 := x.subjectAfter(m.b, hi); ok2 && m2.a == m.b+1 && (m2.person || m2.pron) && m2.b < hi &&
			x.toks[m2.b].kind == tkWord && !x.toks[m2.b].cap {
			m = m2
			s0 = m2.a
		}
	}
	if !ok || m.a != s0 && !(m.a == s0+1 && lexicon.IsDeterminer(x.toks[s0].low)) {
		return x.plainSubject(s0, hi)
	}
	return m, true
}

// plainSubject takes the words that open a sentence, up to the first word
// that looks like its verb, as an unnamed subject: "Multiple outlets",
// "Proponents of the new bill" gives "Proponents".
func (x *extractor) plainSubject(s0, hi int) (mention, bool) {
	t := x.toks[s0]
	if t.kind != tkWord || t.inQ || !t.cap || lexicon.IsNamedCap(t.low) || lexicon.IsIntro(t.low) || x.dateline(s0) ||
		strings.HasSuffix(t.low, "ly") || strings.HasSuffix(t.low, "ing") {
		return mention{}, false
	}
	e := s0 + 1
	for e < hi && e-s0 < 5 {
		x.steps++
		w := x.toks[e]
		if w.kind != tkWord || w.inQ || lexicon.IsNounStop(w.low) || lexicon.IsAux(w.low) || lexicon.Verb(w.low) != 0 ||
			strings.HasSuffix(w.low, "ed") || lexicon.IsDeterminer(w.low) || lexicon.IsLead(w.low) {
			break
		}
		e++
	}
	if e < hi && x.toks[e].kind == tkWord && !x.toks[e].inQ && !lexicon.IsNounStop(x.toks[e].low) || e == hi {
		return mention{a: s0, b: e, from: s0, name: x.text(s0, e)}, true
	}
	return mention{}, false
}

// cueAfter looks for an attribution that starts right after a closing mark:
// `,” she said`, `,” said Lina Khan`, `,” a business blog read`,
// `,” according to NPR`.
func (x *extractor) cueAfter(a, hi int) attrib {
	if a < hi && lexicon.IsDash(x.toks[a].low) {
		// An epigraph credit: `“...” ― Pamela Padilla`.
		if m, ok := x.subjectAfter(a, hi); ok && !m.pron && (m.person || x.toks[m.a].cap) {
			return x.makeAttrib(m, x.toks[a].low, a, hi)
		}
	}
	j := a
	for j < hi && (x.toks[j].low == "," || x.toks[j].low == "—" || x.toks[j].low == "–") {
		x.steps++
		j++
	}
	if j >= hi || x.toks[j].kind != tkWord {
		return attrib{}
	}
	if x.toks[j].low == "according" && j+1 < hi && x.toks[j+1].low == "to" {
		if m, ok := x.subjectAfter(j+1, hi); ok {
			return x.makeAttrib(m, "according to", a, hi)
		}
		return attrib{}
	}
	if x.isCue(j) {
		// `,” said Lina Khan`; but `,” adding that critics ...` has no
		// inverted subject.
		if lexicon.Verb(x.toks[j].low)&lexicon.Ing != 0 {
			return attrib{}
		}
		if m, ok := x.subjectAfter(j, hi); ok {
			return x.makeAttrib(m, x.toks[j].low, a, hi)
		}
		return attrib{}
	}
	if x.toks[j].low == "by" && a-1 >= 0 && x.passiveCueBefore(a-1) {
		// `labeled a “witch hunt” by Democrats`: the agent speaks.
		if m, ok := x.subjectAfter(j, hi); ok {
			return x.makeAttrib(m, "by", a, hi)
		}
	}
	for v := j + 1; v < hi && v-j < 40; v++ {
		x.steps++
		if x.toks[v].sentEd && v+1 < hi {
			break
		}
		if !x.isCue(v) || lexicon.Verb(x.toks[v].low)&lexicon.Ing != 0 {
			continue
		}
		m, ok := x.subjectBefore(j, v)
		if !ok {
			if x.toks[v-1].low == "," {
				// `” about the decision, said RoseAnn DeMoro, ...`
				if m, ok := x.subjectAfter(v, hi); ok && !m.pron && (m.person || x.toks[m.a].cap) {
					at := x.makeAttrib(m, x.toks[v].low, a, hi)
					at.conf = 0.7
					return at
				}
			}
			continue
		}
		// The subject must begin the stretch, or close it after a comma:
		// `” because ..., he said.` (`,” and he said` starts a new clause.)
		begins := true
		for k := j; k < m.from; k++ {
			x.steps++
			// Only commas and a few modifiers may come first: `,” an angry
			// Hollande retaliated`, `,” warm-and-fuzzy Trump said`.
			w := x.toks[k]
			if w.low == "," || k == j && w.low == "as" || k < j+3 && w.kind == tkWord && !w.cap && !lexicon.IsNounStop(w.low) && !lexicon.IsAux(w.low) &&
				!lexicon.IsVerbLike(w.low) && lexicon.Verb(w.low) == 0 && !lexicon.IsLead(w.low) {
				if !lexicon.IsPronoun(w.low) {
					continue
				}
			}
			begins = false
			break
		}
		if !begins && (m.from == 0 || x.toks[m.from-1].low != "," || !x.endsClause(v)) {
			continue
		}
		if a > 0 && x.toks[a-1].sentEd && !x.endsClause(v) && x.startsReport(v, hi) {
			continue // the quote ended its sentence; this cue starts a new report
		}
		at := x.makeAttrib(m, x.toks[v].low, a, hi)
		if !begins {
			at.conf = 0.7
		}
		return at
	}
	return attrib{}
}

// endsClause reports whether the cue at v closes its clause: "..., he said."
// or "..., he said on Tuesday."
func (x *extractor) endsClause(v int) bool {
	for k := v; k < len(x.toks) && k-v < 10; k++ {
		x.steps++
		if x.toks[k].sentEd || x.toks[k].low == "," || x.toks[k].low == ";" {
			return true
		}
		if k > v && x.toks[k].kind == tkOpenQ {
			return true
		}
	}
	return false
}

// possessiveSpeaker attributes a quote that follows a possessive and a
// speech noun in its clause: "her remark that “there’s a special place in
// hell ...”", "rallied young people with his calls to end the “rigged
// economy”", "Trump’s promise to be “neutral”". The possessor is the source.
func (x *extractor) possessiveSpeaker(open int) attrib {
	lo := x.beforeRegion(open)
	for n := open - 1; n >= lo && open-n <= 6; n-- {
		x.steps++
		if !lexicon.IsSpeechNoun(x.toks[n].low) || x.toks[n].inQ {
			continue
		}
		for k := n - 1; k >= lo && n-k <= 3; k-- {
			x.steps++
			w := x.toks[k]
			if w.kind != tkWord {
				break
			}
			if lexicon.PossessiveSubject(w.low) != "" {
				return x.makeAttrib(mention{a: k, b: k + 1, from: k, pron: true}, "", lo, open)
			}
			if w.cap && lexicon.StripPossessive(w.low) != w.low && x.isNameWord(k) {
				a := k
				for a-1 >= lo && x.isNameWord(a-1) && x.toks[a-1].cap {
					x.steps++
					a--
				}
				m := mention{a: a, b: k + 1, from: a, person: true, name: lexicon.StripPossessive(x.text(a, k+1))}
				return x.makeAttrib(m, "", lo, open)
			}
			if w.cap || lexicon.IsDeterminer(w.low) {
				break
			}
		}
		break
	}
	return attrib{}
}

// reportingSubject finds the subject of a cue that introduces the clause
// starting with "that" at token that: "Ryan said on Tuesday that ...".
func (x *extractor) reportingSubject(lo, that int) (mention, bool) {
	for u := that - 1; u >= lo && that-u <= 8; u-- {
		x.steps++
		w := x.toks[u]
		if w.kind != tkWord || w.sentEd {
			break
		}
		if x.isCue(u) && lexicon.Verb(w.low)&lexicon.Ing == 0 {
			return x.subjectBefore(lo, u)
		}
	}
	return mention{}, false
}

// cueBefore looks for the nearest cue in the clause before an opening mark:
// `Khan said “...”`, `she said: “...”`, `According to Levine, “...”`,
// `Kerry: “...”`.
func (x *extractor) cueBefore(lo, b int) attrib {
	if b-1 >= lo && x.toks[b-1].low == ":" && b-2 >= lo && x.toks[b-2].kind == tkWord && x.toks[b-2].cap {
		if m, ok := x.np(lo, b-2, 0); ok && m.a == lo {
			return x.makeAttrib(m, ":", lo, b)
		}
	}
	var outletSrc attrib // "According to the Daily Caller, “...”" with no other cue
	for v := b - 1; v >= lo; v-- {
		x.steps++
		t := x.toks[v]
		if t.low == "to" && v-1 >= lo && x.toks[v-1].low == "according" {
			if m, ok := x.subjectAfter(v, b); ok {
				if _, outlet := lexicon.Outlet(strings.ToLower(lexicon.StripPossessive(m.name))); outlet {
					// "According to NPR, Khan said": NPR is the via, unless
					// nobody else speaks.
					if !outletSrc.ok {
						outletSrc = x.makeAttrib(m, "according to", lo, b)
						outletSrc.via = ""
					}
					continue
				}
				return x.makeAttrib(m, "according to", lo, b)
			}
			continue
		}
		if t.kind == tkWord && !t.inQ && lexicon.Verb(t.low) != 0 && strings.HasSuffix(t.low, "ed") && v+1 < b && x.toks[v+1].low == "by" {
			// "Sanders was asked by host Bill Maher, “...”": the agent speaks.
			if m, ok := x.subjectAfter(v+1, b); ok && !m.pron {
				return x.makeAttrib(m, t.low+" by", lo, b)
			}
		}
		if !x.isCue(v) {
			continue
		}
		ing := lexicon.Verb(t.low)&lexicon.Ing != 0
		av := v - 1 // past auxiliaries: "Sen. Ron Johnson kept asking"
		for av > lo && lexicon.IsAux(x.toks[av].low) {
			x.steps++
			av--
		}
		if ing && av >= lo && (x.toks[av].cap || x.toks[av].low == "he" || x.toks[av].low == "she" ||
			t.low == "reading" && x.toks[av].kind == tkWord) {
			// "... and Trump calling it a “great meeting”", "a campaign hat
			// reading “...”": the phrase right before the participle.
			if m, ok := x.subjectBefore(lo, v); ok && m.b == av+1 {
				return x.makeAttrib(m, t.low, lo, b)
			}
		}
		if ing {
			// "with Donald Trump tweeting ... and asking, “...”": an earlier
			// participle with its own subject.
			for u := v - 1; u >= lo; u-- {
				x.steps++
				if x.isCue(u) && lexicon.Verb(x.toks[u].low)&lexicon.Ing != 0 && u-1 >= lo && (x.toks[u-1].cap || x.toks[u-1].low == "he" || x.toks[u-1].low == "she") {
					if m, ok := x.subjectBefore(lo, u); ok && m.b == u {
						return x.makeAttrib(m, t.low, lo, b)
					}
				}
			}
			// "he said, adding, “...”": the participle shares the subject of
			// the cue before it.
			for u := v - 1; u >= lo; u-- {
				x.steps++
				if x.isCue(u) && lexicon.Verb(x.toks[u].low)&lexicon.Ing == 0 {
					if m, ok := x.subjectBefore(lo, u); ok {
						return x.makeAttrib(m, t.low, lo, b)
					}
					break
				}
			}
		}
		pv := v - 1 // the word before the verb, past adverbs: "and later tweeted"
		for pv > lo && lexicon.IsAux(x.toks[pv].low) {
			x.steps++
			pv--
		}
		if ing {
			// "when Sanders protesters interrupted her speech, shouting “...”":
			// the subject of the clause the participle hangs on.
			if m, ok := x.clauseSubject(lo, v); ok {
				return x.makeAttrib(m, t.low, lo, b)
			}
		}
		if ing || (pv >= 0 && (x.toks[pv].low == "and" || x.toks[pv].low == "but" || x.toks[pv].low == "then")) {
			// ", saying ..." and "... and said": the sentence's subject speaks.
			if m, ok := x.sentenceSubject(x.sentStart(v), v); ok {
				return x.makeAttrib(m, t.low, lo, b)
			}
			if ing {
				continue
			}
		}
		if m, ok := x.subjectBefore(lo, v); ok {
			if m.a-1 > lo && x.toks[m.a-1].low == "that" {
				// "Wasserman Schultz said in her opening remarks that the
				// platform should reiterate “...”": the subject of a
				// reported clause speaks through the reporter, who is the
				// one quoted (or the outer source of a nested attribution).
				if outer, ok := x.reportingSubject(lo, m.a-1); ok {
					return x.makeAttrib(outer, t.low, lo, b)
				}
			}
			if m.pron && !lexicon.IsNaming(t.low) {
				// "Trump told reporters he thought ...": a pronoun subject in
				// the reported clause of an earlier cue; the earlier speaker
				// is the one quoted.
				for u := m.a - 1; u >= lo && m.a-u <= 5; u-- {
					x.steps++
					w := x.toks[u]
					if w.kind != tkWord || w.low == "though" || w.low == "although" || w.low == "but" || w.low == "when" {
						break // "Ryan said ..., though he said": a new clause
					}
					if x.isCue(u) && lexicon.Verb(w.low)&lexicon.Ing == 0 {
						if outer, ok := x.subjectBefore(lo, u); ok {
							return x.makeAttrib(outer, w.low, lo, b)
						}
						break
					}
				}
			}
			return x.makeAttrib(m, t.low, lo, b)
		}
		if lexicon.Verb(t.low)&lexicon.Object == 0 && v-1 >= lo && (x.toks[v-1].low == "," || x.toks[v-1].sentEd) {
			// An inverted subject after a comma: `..., said Lina Khan, “...”`.
			if m, ok := x.subjectAfter(v, b); ok && !m.pron {
				return x.makeAttrib(m, t.low, lo, b)
			}
		}
		if t.low == "follows" && v-2 >= lo {
			// "Partial transcript as follows:"
			if m, ok := x.np(lo, v-2, 0); ok {
				return x.makeAttrib(m, "as follows", lo, b)
			}
		}
	}
	if outletSrc.ok {
		return outletSrc
	}
	// "Here’s Clinton in December 1992: “...”": a colon after a stretch that
	// names someone introduces their words.
	if b-1 >= lo && x.toks[b-1].low == ":" {
		// The subject of the sentence if it is a person ("Kaine has adopted
		// the stance common among some Catholics: “...”"), else the person
		// named last before the colon ("More from Jones:").
		if m, ok := x.sentenceSubject(x.sentStart(b-1), b-1); ok && (m.person || m.pron) {
			a := x.makeAttrib(m, ":", lo, b)
			a.conf = 0.6
			return a
		}
		for k := b - 2; k >= lo; k-- {
			x.steps++
			if x.isNameWord(k) && (k+1 >= b-1 || !x.isNameWord(k+1)) && !lexicon.IsTitleWord(x.toks[k].low) {
				if m, ok := x.np(lo, k, 0); ok && m.person {
					a := x.makeAttrib(m, ":", lo, b)
					a.conf = 0.6
					return a
				}
			}
		}
	}
	return attrib{}
}

// makeAttrib resolves a mention into an attribution. [a, b) is the clause
// searched for a via outlet.
func (x *extractor) makeAttrib(m mention, cue string, a, b int) attrib {
	at := attrib{ok: true, cue: cue, ms: x.toks[m.a].s, me: x.toks[m.b-1].e, conf: 0.9}
	e := -1
	switch {
	case m.pron:
		pron := x.toks[m.a].low
		if subj := lexicon.PossessiveSubject(pron); subj != "" {
			pron = subj // "his remark that “...”"
		}
		e = x.resolvePronoun(pron, at.ms)
		at.conf = 0.8
		if e < 0 {
			at.conf = 0.5
		}
	case m.person:
		e = x.resolvePerson(m.name, m.title, at.ms)
	default:
		at.speaker = m.name
		at.title = m.title
	}
	if e >= 0 {
		at.speaker = x.ents[e].name
		at.person = x.ents[e].person
		at.title = m.title
		if at.title == "" {
			at.title = x.ents[e].title
		}
	}
	at.via = x.viaIn(a, b, m)
	if at.via == "" && e >= 0 {
		at.via = x.ents[e].via
	}
	if strings.EqualFold(at.via, at.speaker) {
		at.via = ""
	}
	return at
}

// viaIn finds the outlet an attribution was reported through in tokens
// [a, b), outside quotes and outside the speaker mention: "told NPR",
// "per NPR", "NPR reported", "in a statement to CNN", "according to NPR".
func (x *extractor) viaIn(a, b int, m mention) string {
	for i := a; i < b; i++ {
		x.steps++
		if i >= m.a && i < m.b {
			continue
		}
		name, n := x.outletAt(i, b)
		if n == 0 {
			continue
		}
		prev, next := "", ""
		if i > 0 {
			prev = x.toks[i-1].low
		}
		if i+n < len(x.toks) {
			next = x.toks[i+n].low
		}
		switch prev {
		case "told", "to", "per", "with", "on", "tells":
			return name
		}
		switch next {
		case "reported", "reports", "report", "reporting", "interview":
			return name
		}
	}
	return ""
}

// outletAt matches a news outlet starting at token i (before hi); it returns
// the display name and the number of tokens matched.
func (x *extractor) outletAt(i, hi int) (string, int) {
	t := x.toks[i]
	if t.kind != tkWord || t.inQ || !(t.cap || t.low == "the") || !lexicon.IsOutletStart(lexicon.StripPossessive(t.low)) {
		return "", 0
	}
	for n := 4; n >= 1; n-- {
		x.steps++
		if i+n > hi {
			continue
		}
		parts := make([]string, 0, n)
		ok := true
		for k := i; k < i+n; k++ {
			x.steps++
			if x.toks[k].kind != tkWord || x.toks[k].inQ {
				ok = false
				break
			}
			parts = append(parts, x.toks[k].low)
		}
		if !ok {
			continue
		}
		parts[n-1] = lexicon.StripPossessive(parts[n-1])
		key := strings.Join(parts, " ")
		if key == "the" || key == "times" || key == "post" || key == "journal" || key == "time" || key == "fox" {
			continue
		}
		if name, found := lexicon.Outlet(key); found {
			return name, n
		}
	}
	return "", 0
}

// passiveCueBefore reports whether a passive speech verb ("labeled",
// "called", "described as") shortly precedes the quote closed at token c.
func (x *extractor) passiveCueBefore(c int) bool {
	k := c
	for k >= 0 && x.toks[k].kind != tkOpenQ {
		x.steps++
		k--
	}
	for i := k - 1; i >= 0 && k-i <= 4; i-- {
		x.steps++
		t := x.toks[i]
		if t.sentEd || t.kind == tkCloseQ {
			return false
		}
		if t.kind == tkWord && strings.HasSuffix(t.low, "ed") && lexicon.Verb(t.low) != 0 {
			return true
		}
	}
	return false
}

// startsReport reports whether the cue at v opens reported speech of its
// own: another quotation later in the sentence, or a reported clause right
// after the verb ("Reid said both Rubio and Cruz are ...").
func (x *extractor) startsReport(v, hi int) bool {
	for k := v + 1; k < len(x.toks) && !x.toks[k-1].sentEd; k++ {
		x.steps++
		if x.toks[k].kind == tkOpenQ {
			return true
		}
	}
	if v+1 < len(x.toks) {
		n := x.toks[v+1]
		pron := lexicon.IsPronoun(n.low)
		return n.low == "that" || pron || lexicon.IsDeterminer(n.low) && n.low != "the" || n.cap
	}
	return false
}

// clauseSubject finds the subject of the clause that a participle at v
// follows: the nearest noun phrase after a clause edge ("when", "as", a
// comma) that is directly followed by a lower-case word, its verb.
func (x *extractor) clauseSubject(lo, v int) (mention, bool) {
	for k := v - 2; k > lo; k-- {
		x.steps++
		e := x.toks[k-1]
		if !(e.low == "when" || e.low == "as" || e.low == "while" || e.low == "after") {
			continue
		}
		m, ok := x.subjectAfter(k-1, v)
		if !ok || m.a != k || m.b >= v-1 {
			continue
		}
		if n := x.toks[m.b]; n.kind == tkWord && !n.cap && !lexicon.IsNounStop(n.low) {
			return m, true
		}
	}
	return mention{}, false
}

// transcriptLabel attributes a transcript turn quoted with its speaker's
// label, “WALLACE: Let’s start ...”, to the label: one or two words in
// capitals and a colon opening the quote. A full name the article gave
// before ("Mike Pence" for PENCE) is the speaker's name; otherwise the
// label is, as a name ("Wallace").
func (x *extractor) transcriptLabel(i int) attrib {
	p := x.ps[i]
	a := p.open + 1
	b := a
	for b < len(x.toks) && b-a < 2 && x.toks[b].kind == tkWord && x.toks[b].s < p.e && lexicon.AllCaps(x.r[x.toks[b].s:x.toks[b].e]) {
		x.steps++
		b++
	}
	if b == a || b >= len(x.toks) || x.toks[b].low != ":" || lexicon.IsNotLabel(x.toks[a].low) {
		return attrib{}
	}
	var words []string
	for k := a; k < b; k++ {
		x.steps++
		w := []rune(x.toks[k].low)
		words = append(words, string(unicode.ToUpper(w[0]))+string(w[1:]))
	}
	m := mention{a: a, b: b, from: a, name: strings.Join(words, " "), person: true}
	return x.makeAttrib(m, ":", a, a)
}
