package extract

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/clause"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// paraStart returns the index of the first token of token i's paragraph.
func (x *extractor) paraStart(i int) int { return int(x.paraFirst[x.toks[i].Para]) }

// beforeRegion returns the first token of the clause stretch that leads up
// to the opening mark at token open: back to the sentence start, the
// paragraph start or the previous quotation.
func (x *extractor) beforeRegion(open int) int {
	k := open - 1
	for k >= 0 && x.toks[k].Para == x.toks[open].Para && !x.toks[k].SentEd && !x.toks[k].InQ &&
		x.toks[k].Kind != tkCloseQ && x.toks[k].Kind != tkOpenQ {
		k--
	}
	return k + 1
}

// isCue reports whether token i is a speech verb used as one: not inside a
// quote, and not a passive or infinitive ("was told", "claimed to be").
func (x *extractor) isCue(i int) bool {
	switch x.cue[i] {
	case 1:
		return false
	case 2:
		return true
	}
	c := x.cueAt(i)
	x.cue[i] = 1 + int8(b2i(c))
	return c
}

// cueAt is isCue without the memory of earlier answers.
func (x *extractor) cueAt(i int) bool {
	t := x.toks[i]
	if t.Kind != tkWord || t.InQ || t.Cap {
		return false // capitalised "State" or "Post" is a name, not a verb
	}
	if clause.PhraseCue(x.toks, i) {
		return true
	}
	if lexicon.Verb(t.Low) == 0 {
		return false
	}
	if i > 1 && x.toks[i-1].Low == "to" && (x.toks[i-2].Low == "on" || x.toks[i-2].Low == "continued") {
		return true // "went on to say"
	}
	if i+1 < len(x.toks) {
		n := x.toks[i+1].Low
		if n == "by" || (n == "to" && i+2 < len(x.toks) && x.toks[i+2].Low == "be") || n == "as" && lexicon.IsWeak(t.Low) {
			return false
		}
	}
	if i > 0 {
		switch x.toks[i-1].Low {
		case "to", "be", "been", "being", "were", "are", "so-called", "the", "a", "an", "this":
			return false
		case "was", "is":
			if lexicon.Verb(t.Low)&lexicon.Ing == 0 {
				return false // a passive: "Blumenthal was asked"
			}
		}
	}
	if i > 1 && lexicon.IsNounish(t.Low) && (x.toks[i-2].Low == "a" || x.toks[i-2].Low == "an" || x.toks[i-2].Low == "the") {
		return false // "a fundraising call", "the stock answer": a noun
	}
	if i > 0 && lexicon.IsNounish(t.Low) && (lexicon.IsPossessivePronoun(x.toks[i-1].Low) || lexicon.StripPossessive(x.toks[i-1].Low) != x.toks[i-1].Low) {
		return false // "her tweet", "calling Trump’s charge “pathetic”": a noun
	}
	return true
}

// attributePiece finds the attribution of quote piece i from the clause
// around it, or returns a zero attrib if the quote has no cue of its own.
func (x *extractor) attributePiece(i int) attrib {
	p := x.ps[i]
	lo := x.beforeRegion(p.Open)
	hi := p.Open
	if p.Close >= 0 {
		hi = clause.AfterRegion(x.toks, p.Close, &x.steps)
	}
	afterFirst := p.Close >= 0 && (strings.ContainsRune(",?!—–-…", p.Ends) || p.Close+1 < hi && x.toks[p.Close+1].Low == ",")
	if afterFirst && p.Open-lo >= 2 && (x.toks[p.Open-1].Low == "," || x.toks[p.Open-1].Low == ":") && x.isCue(p.Open-2) {
		// `he warned, “...,” Trump told NBC`: a cue right before the
		// opening mark introduces the quote.
		if a := x.cueBefore(lo, p.Open); a.ok {
			return a
		}
	}
	if afterFirst {
		if a := x.cueAfter(p.Close+1, hi); a.ok {
			return a
		}
		return x.cueBefore(lo, p.Open)
	}
	if a := x.cueBefore(lo, p.Open); a.ok {
		return a
	}
	if p.Close >= 0 {
		if a := x.cueAfter(p.Close+1, hi); a.ok {
			return a
		}
	}
	if c := p.Open - 1; lo == p.Open && c >= 0 && x.toks[c].Low == ":" && x.toks[c].Para != x.toks[p.Open].Para {
		// "Transcript as follows:" or "Clinton released the following
		// statement:" closing the paragraph before: the colon introduces
		// the quotation that opens this one.
		return x.cueBefore(x.sentStart(c), p.Open)
	}
	return attrib{}
}

// sentStart returns the first token of the sentence holding token i.
func (x *extractor) sentStart(i int) int { return int(x.toks[i].Sent) }

// subjectFallback attributes a quote embedded in a sentence without a
// usable cue to the sentence's subject: "Cruz and Trump have used ..., with
// Cruz recently promising to “carpet bomb them”", "Carson took the stage
// and called the system “rotten to the core.”" News sentences that carry a
// quoted fragment are nearly always about what their subject said.
func (x *extractor) subjectFallback(open int) attrib {
	s0 := x.sentStart(open)
	if s0 >= open || x.toks[s0].Kind == tkOpenQ || x.toks[s0].InQ {
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
		w := x.toks[k].Low
		if (w == "he" || w == "she") && lexicon.IsClauseOpener(x.toks[k-1].Low) {
			m = mention{a: k, b: k + 1, from: k, pron: true}
			break
		}
	}
	cue := ""
	for v := m.b; v < open; v++ {
		x.steps++
		if x.isCue(v) {
			cue = x.toks[v].Low
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
	for s0 < hi && x.toks[s0].Kind == tkWord && lexicon.IsLead(x.toks[s0].Low) && (!x.toks[s0].Cap || s0+1 < hi && x.isNameWord(s0+1) || x.toks[s0].Low == "then") {
		x.steps++
		s0++ // "But Trump said", "Then he cut into Bush"
	}
	if s0 < hi && x.toks[s0].Kind == tkWord && strings.HasSuffix(x.toks[s0].Low, "ing") && !x.capMid[x.toks[s0].Low] {
		// "Filling in for Sanders at the event, West landed ..."
		for k := s0 + 1; k < hi && k-s0 < 30; k++ {
			x.steps++
			if x.toks[k].Low == "," {
				s0 = k + 1
				break
			}
		}
	}
	// A short opener before a comma: "Hours later, she ..." (but not a
	// name: "Ted Nordhaus, co-founder of ...").
	for k := s0 + 1; k < hi && k-s0 <= 3; k++ {
		x.steps++
		if x.toks[k].Low == "," {
			if !x.capMid[lexicon.StripPossessive(x.toks[s0].Low)] && !x.toks[k-1].Cap {
				s0 = k + 1
			}
			break
		}
		if x.toks[k].Kind != tkWord {
			break
		}
	}
	intro := false
	for s0 < hi && x.toks[s0].Kind == tkWord && (lexicon.IsLead(x.toks[s0].Low) || lexicon.IsNounStop(x.toks[s0].Low) ||
		lexicon.IsIntro(x.toks[s0].Low) || strings.HasSuffix(x.toks[s0].Low, "ly") && s0+1 < hi && x.toks[s0+1].Low == ",") {
		// An introductory phrase ends at the first comma.
		k := s0
		for k < hi && k-s0 < 30 && x.toks[k].Low != "," {
			x.steps++
			k++
		}
		if k >= hi || x.toks[k].Low != "," {
			return mention{}, false
		}
		s0, intro = k+1, true
	}
	if s0 >= hi || x.toks[s0].Kind != tkWord {
		return mention{}, false
	}
	m, ok := x.subjectAfter(s0-1, hi)
	if ok && intro && m.b < hi && x.toks[m.b].Low == "," && !m.pron {
		// The phrase may still belong to the opener: "Speaking at a town
		// hall in Salem, New Hampshire, Trump went after Bush".
		if m2, ok2 := x.subjectAfter(m.b, hi); ok2 && m2.a == m.b+1 && (m2.person || m2.pron) && m2.b < hi &&
			x.toks[m2.b].Kind == tkWord && !x.toks[m2.b].Cap {
			m = m2
			s0 = m2.a
		}
	}
	if !ok || m.a != s0 && !(m.a == s0+1 && lexicon.IsDeterminer(x.toks[s0].Low)) {
		return x.plainSubject(s0, hi)
	}
	return m, true
}

// plainSubject takes the words that open a sentence, up to the first word
// that looks like its verb, as an unnamed subject: "Multiple outlets",
// "Proponents of the new bill" gives "Proponents".
func (x *extractor) plainSubject(s0, hi int) (mention, bool) {
	t := x.toks[s0]
	if t.Kind != tkWord || t.InQ || !t.Cap || lexicon.IsNamedCap(t.Low) || lexicon.IsIntro(t.Low) || x.dateline(s0) ||
		strings.HasSuffix(t.Low, "ly") || strings.HasSuffix(t.Low, "ing") {
		return mention{}, false
	}
	e := s0 + 1
	for e < hi && e-s0 < 5 {
		x.steps++
		w := x.toks[e]
		if w.Kind != tkWord || w.InQ || lexicon.IsNounStop(w.Low) || lexicon.IsAux(w.Low) || lexicon.Verb(w.Low) != 0 ||
			strings.HasSuffix(w.Low, "ed") || lexicon.IsDeterminer(w.Low) || lexicon.IsLead(w.Low) {
			break
		}
		e++
	}
	if e < hi && x.toks[e].Kind == tkWord && !x.toks[e].InQ && !lexicon.IsNounStop(x.toks[e].Low) || e == hi {
		return mention{a: s0, b: e, from: s0, name: x.text(s0, e)}, true
	}
	return mention{}, false
}

// cueAfter looks for an attribution that starts right after a closing mark:
// `,” she said`, `,” said Lina Khan`, `,” a business blog read`,
// `,” according to NPR`.
func (x *extractor) cueAfter(a, hi int) attrib {
	if a < hi && lexicon.IsDash(x.toks[a].Low) {
		// An epigraph credit: `“...” ― Pamela Padilla`.
		if m, ok := x.subjectAfter(a, hi); ok && !m.pron && (m.person || x.toks[m.a].Cap) {
			return x.makeAttrib(m, x.toks[a].Low, a, hi)
		}
	}
	j := a
	for j < hi && (x.toks[j].Low == "," || x.toks[j].Low == "—" || x.toks[j].Low == "–") {
		x.steps++
		j++
	}
	if j >= hi || x.toks[j].Kind != tkWord {
		return attrib{}
	}
	if x.toks[j].Low == "according" && j+1 < hi && x.toks[j+1].Low == "to" {
		if m, ok := x.subjectAfter(j+1, hi); ok {
			return x.makeAttrib(m, "according to", a, hi)
		}
		return attrib{}
	}
	if x.isCue(j) {
		// `,” said Lina Khan`; but `,” adding that critics ...` has no
		// inverted subject.
		if lexicon.Verb(x.toks[j].Low)&lexicon.Ing != 0 {
			return attrib{}
		}
		if m, ok := x.subjectAfter(j, hi); ok {
			return x.makeAttrib(m, x.toks[j].Low, a, hi)
		}
		return attrib{}
	}
	if x.toks[j].Low == "by" && a-1 >= 0 && clause.PassiveCueBefore(x.toks, a-1, &x.steps) {
		// `labeled a “witch hunt” by Democrats`: the agent speaks.
		if m, ok := x.subjectAfter(j, hi); ok {
			return x.makeAttrib(m, "by", a, hi)
		}
	}
	for v := j + 1; v < hi && v-j < 40; v++ {
		x.steps++
		if x.toks[v].SentEd && v+1 < hi {
			break
		}
		if !x.isCue(v) || lexicon.Verb(x.toks[v].Low)&lexicon.Ing != 0 {
			continue
		}
		m, ok := x.subjectBefore(j, v)
		if !ok && x.toks[v-1].Low == "," {
			// `,” Afpwu’s provincial organiser, Lesiba Matjila, told ...`:
			// the name in apposition closes the subject
			if n, ok := x.nameBeforeComma(j, v-1); ok {
				return x.makeAttrib(n, x.toks[v].Low, a, hi)
			}
		}
		if !ok {
			if x.toks[v-1].Low == "," && lexicon.Verb(x.toks[v].Low)&lexicon.Object == 0 {
				// `” about the decision, said RoseAnn DeMoro, ...`
				if m, ok := x.subjectAfter(v, hi); ok && !m.pron && (m.person || x.toks[m.a].Cap) {
					at := x.makeAttrib(m, x.toks[v].Low, a, hi)
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
			if w.Low == "," || k == j && w.Low == "as" || k < j+3 && w.Kind == tkWord && !w.Cap && !lexicon.IsNounStop(w.Low) && !lexicon.IsAux(w.Low) &&
				!lexicon.IsVerbLike(w.Low) && lexicon.Verb(w.Low) == 0 && !lexicon.IsLead(w.Low) {
				if !lexicon.IsPronoun(w.Low) {
					continue
				}
			}
			begins = false
			break
		}
		if !begins && (m.from == 0 || x.toks[m.from-1].Low != "," || !clause.EndsClause(x.toks, v, &x.steps)) {
			continue
		}
		if a > 0 && x.toks[a-1].SentEd && !clause.EndsClause(x.toks, v, &x.steps) && clause.StartsReport(x.toks, v, hi, &x.steps) {
			continue // the quote ended its sentence; this cue starts a new report
		}
		at := x.makeAttrib(m, x.toks[v].Low, a, hi)
		if !begins {
			at.conf = 0.7
		}
		return at
	}
	return attrib{}
}

// outletMention reports whether mention m is a news outlet's name
// ("Press TV", "the BBC").
func (x *extractor) outletMention(m mention) bool {
	a := m.a
	if x.toks[a].Low == "the" && a+1 < m.b {
		a++
	}
	_, n := x.outlets.At(a, m.b)
	return n > 0 && a+n >= m.b
}

// possessiveSpeaker attributes a quote that follows a possessive and a
// speech noun in its clause: "her remark that “there’s a special place in
// hell ...”", "rallied young people with his calls to end the “rigged
// economy”", "Trump’s promise to be “neutral”". The possessor is the source.
func (x *extractor) possessiveSpeaker(open int) attrib {
	lo := x.beforeRegion(open)
	for n := open - 1; n >= lo && open-n <= 6; n-- {
		x.steps++
		if !lexicon.IsSpeechNoun(x.toks[n].Low) || x.toks[n].InQ {
			continue
		}
		for k := n - 1; k >= lo && n-k <= 3; k-- {
			x.steps++
			w := x.toks[k]
			if w.Kind != tkWord {
				break
			}
			if lexicon.PossessiveSubject(w.Low) != "" {
				return x.makeAttrib(mention{a: k, b: k + 1, from: k, pron: true}, "", lo, open)
			}
			if w.Cap && lexicon.StripPossessive(w.Low) != w.Low && x.isNameWord(k) {
				a := k
				for a-1 >= lo && x.isNameWord(a-1) && x.toks[a-1].Cap {
					x.steps++
					a--
				}
				m := mention{a: a, b: k + 1, from: a, person: true, name: lexicon.StripPossessive(x.text(a, k+1))}
				return x.makeAttrib(m, "", lo, open)
			}
			if w.Cap || lexicon.IsDeterminer(w.Low) {
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
		if w.Kind != tkWord || w.SentEd {
			break
		}
		if x.isCue(u) && lexicon.Verb(w.Low)&lexicon.Ing == 0 {
			return x.subjectBefore(lo, u)
		}
	}
	return mention{}, false
}

// cueBefore looks for the nearest cue in the clause before an opening mark:
// `Khan said “...”`, `she said: “...”`, `According to Levine, “...”`,
// `Kerry: “...”`.
func (x *extractor) cueBefore(lo, b int) attrib {
	if b-1 >= lo && x.toks[b-1].Low == ":" && b-2 >= lo && x.toks[b-2].Kind == tkWord && x.toks[b-2].Cap {
		if m, ok := x.np(lo, b-2, 0); ok && m.a == lo {
			return x.makeAttrib(m, ":", lo, b)
		}
	}
	var outletSrc attrib // "According to the Daily Caller, “...”" with no other cue
	for v := b - 1; v >= lo; v-- {
		x.steps++
		t := x.toks[v]
		if t.Low == "to" && v-1 >= lo && x.toks[v-1].Low == "according" {
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
		if t.Kind == tkWord && !t.InQ && lexicon.Verb(t.Low) != 0 && strings.HasSuffix(t.Low, "ed") && v+1 < b && x.toks[v+1].Low == "by" {
			// "Sanders was asked by host Bill Maher, “...”": the agent speaks.
			if m, ok := x.subjectAfter(v+1, b); ok && !m.pron {
				return x.makeAttrib(m, t.Low+" by", lo, b)
			}
		}
		if !x.isCue(v) {
			continue
		}
		ing := lexicon.Verb(t.Low)&lexicon.Ing != 0
		av := v - 1 // past auxiliaries: "Sen. Ron Johnson kept asking"
		for av > lo && lexicon.IsAux(x.toks[av].Low) {
			x.steps++
			av--
		}
		if ing && av >= lo && (x.toks[av].Cap || x.toks[av].Low == "he" || x.toks[av].Low == "she" ||
			t.Low == "reading" && x.toks[av].Kind == tkWord) {
			// "... and Trump calling it a “great meeting”", "a campaign hat
			// reading “...”": the phrase right before the participle.
			if m, ok := x.subjectBefore(lo, v); ok && m.b == av+1 {
				return x.makeAttrib(m, t.Low, lo, b)
			}
		}
		if ing {
			// "with Donald Trump tweeting ... and asking, “...”": an earlier
			// participle with its own subject.
			for u := v - 1; u >= lo; u-- {
				x.steps++
				if x.isCue(u) && lexicon.Verb(x.toks[u].Low)&lexicon.Ing != 0 && u-1 >= lo && (x.toks[u-1].Cap || x.toks[u-1].Low == "he" || x.toks[u-1].Low == "she") {
					if m, ok := x.subjectBefore(lo, u); ok && m.b == u {
						return x.makeAttrib(m, t.Low, lo, b)
					}
				}
			}
			// "he said, adding, “...”": the participle shares the subject of
			// the cue before it.
			for u := v - 1; u >= lo; u-- {
				x.steps++
				if x.isCue(u) && lexicon.Verb(x.toks[u].Low)&lexicon.Ing == 0 {
					if m, ok := x.subjectBefore(lo, u); ok {
						return x.makeAttrib(m, t.Low, lo, b)
					}
					break
				}
			}
		}
		pv := v - 1 // the word before the verb, past adverbs: "and later tweeted"
		for pv > lo && lexicon.IsAux(x.toks[pv].Low) {
			x.steps++
			pv--
		}
		if ing {
			// "when Sanders protesters interrupted her speech, shouting “...”":
			// the subject of the clause the participle hangs on.
			if m, ok := x.clauseSubject(lo, v); ok {
				return x.makeAttrib(m, t.Low, lo, b)
			}
		}
		if ing || (pv >= 0 && (x.toks[pv].Low == "and" || x.toks[pv].Low == "but" || x.toks[pv].Low == "then")) {
			// ", saying ..." and "... and said": the sentence's subject speaks.
			if m, ok := x.sentenceSubject(x.sentStart(v), v); ok {
				return x.makeAttrib(m, t.Low, lo, b)
			}
			if ing {
				continue
			}
		}
		if m, ok := x.subjectBefore(lo, v); ok {
			if m.a-1 > lo && x.toks[m.a-1].Low == "that" {
				// "Wasserman Schultz said in her opening remarks that the
				// platform should reiterate “...”": the subject of a
				// reported clause speaks through the reporter, who is the
				// one quoted (or the outer source of a nested attribution).
				if outer, ok := x.reportingSubject(lo, m.a-1); ok {
					return x.makeAttrib(outer, t.Low, lo, b)
				}
			}
			if m.pron && !lexicon.IsNaming(t.Low) {
				// "Trump told reporters he thought ...": a pronoun subject in
				// the reported clause of an earlier cue; the earlier speaker
				// is the one quoted.
				for u := m.a - 1; u >= lo && m.a-u <= 5; u-- {
					x.steps++
					w := x.toks[u]
					if w.Kind != tkWord || w.Low == "though" || w.Low == "although" || w.Low == "but" || w.Low == "when" {
						break // "Ryan said ..., though he said": a new clause
					}
					if x.isCue(u) && lexicon.Verb(w.Low)&lexicon.Ing == 0 {
						if outer, ok := x.subjectBefore(lo, u); ok {
							return x.makeAttrib(outer, w.Low, lo, b)
						}
						break
					}
				}
			}
			return x.makeAttrib(m, t.Low, lo, b)
		}
		if lexicon.Verb(t.Low)&lexicon.Object == 0 && v-1 >= lo && (x.toks[v-1].Low == "," || x.toks[v-1].SentEd) {
			// An inverted subject after a comma: `..., said Lina Khan, “...”`.
			if m, ok := x.subjectAfter(v, b); ok && !m.pron {
				return x.makeAttrib(m, t.Low, lo, b)
			}
		}
		if t.Low == "follows" && v-2 >= lo {
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
	if b-1 >= lo && x.toks[b-1].Low == ":" {
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
			if x.isNameWord(k) && (k+1 >= b-1 || !x.isNameWord(k+1)) && !lexicon.IsTitleWord(x.toks[k].Low) {
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
	at := attrib{ok: true, cue: cue, ms: x.toks[m.a].S, me: x.toks[m.b-1].E, conf: 0.9}
	e := -1
	switch {
	case m.pron:
		pron := x.toks[m.a].Low
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
	at.via = x.outlets.Via(a, b, m.a, m.b)
	if at.via == "" && e >= 0 && x.toks[a].Para >= x.ents[e].viaPara {
		at.via = x.ents[e].via // not "he posted" before "Feld told The Verge"
	}
	if strings.EqualFold(at.via, at.speaker) {
		at.via = ""
	}
	if at.via != "" {
		if x.viaSeen == nil {
			x.viaSeen = map[string]bool{}
		}
		x.viaSeen[at.via] = true
	}
	return at
}

// clauseSubject finds the subject of the clause that a participle at v
// follows: the nearest noun phrase after a clause edge ("when", "as", a
// comma) that is directly followed by a lower-case word, its verb.
func (x *extractor) clauseSubject(lo, v int) (mention, bool) {
	for k := v - 2; k > lo; k-- {
		x.steps++
		e := x.toks[k-1]
		if !(e.Low == "when" || e.Low == "as" || e.Low == "while" || e.Low == "after") {
			continue
		}
		m, ok := x.subjectAfter(k-1, v)
		if !ok || m.a != k || m.b >= v-1 {
			continue
		}
		if n := x.toks[m.b]; n.Kind == tkWord && !n.Cap && !lexicon.IsNounStop(n.Low) {
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
	a := p.Open + 1
	b := a
	for b < len(x.toks) && b-a < 2 && x.toks[b].Kind == tkWord && x.toks[b].S < p.E && lexicon.AllCaps(x.r[x.toks[b].S:x.toks[b].E]) {
		x.steps++
		b++
	}
	if b == a || b >= len(x.toks) || x.toks[b].Low != ":" || lexicon.IsNotLabel(x.toks[a].Low) {
		return attrib{}
	}
	var words []string
	for k := a; k < b; k++ {
		x.steps++
		w := []rune(x.toks[k].Low)
		words = append(words, string(unicode.ToUpper(w[0]))+string(w[1:]))
	}
	m := mention{a: a, b: b, from: a, name: strings.Join(words, " "), person: true}
	return x.makeAttrib(m, ":", a, a)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// nameBeforeComma reads the person's name that ends just before the
// comma at token c, after a role and a comma of its own, with nothing
// but the role between j and it: "Afpwu’s provincial organiser, Lesiba
// Matjila,".
func (x *extractor) nameBeforeComma(j, c int) (mention, bool) {
	s := c
	for s > j && c-s < 4 && x.isNameWord(s-1) {
		x.steps++
		s--
	}
	if c-s < 2 || s-1 <= j || s-1-j > 6 || x.toks[s-1].Low != "," {
		return mention{}, false
	}
	role := false
	for k := j; k < s-1; k++ {
		x.steps++
		w := x.toks[k]
		if w.Kind != tkWord || w.InQ || x.isCue(k) {
			return mention{}, false
		}
		if !w.Cap && lexicon.Verb(w.Low) != 0 && !lexicon.IsRoleNoun(w.Low) {
			return mention{}, false
		}
		role = role || !w.Cap && !lexicon.IsFunctionWord(w.Low) && !lexicon.IsDeterminer(w.Low)
	}
	n, ok := x.np(s, c-1, 0)
	if !role || !ok || !n.person || n.a != s || n.b != c {
		return mention{}, false
	}
	n.title = lexicon.CleanTitle(x.text(j, s-1))
	return n, true
}
