package extract

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// mention is a speaker mention found next to a cue.
type mention struct {
	a, b   int    // token range [a, b) of the mention in the text
	from   int    // first token of the whole subject phrase (with appositives)
	name   string // resolved speaker name
	title  string
	pron   bool // a pronoun resolved (or not) to an earlier person
	person bool // a named person (as opposed to an organisation or description)
}

// entity is a person (or organisation) named in the article.
type entity struct {
	name   string
	title  string
	gender byte // 'm', 'f' or 0 when unknown
	via    string
	person bool
}

// nameMention is one mention of a named entity (full name or surname
// alone); the mentions at one token are chained from the latest.
type nameMention struct {
	ent  int32
	prev int32 // 1 + index of the mention registered before it at the same token, 0 for none
}

// isNameWord reports whether token i can be part of a capitalised name.
func (x *extractor) isNameWord(i int) bool {
	t := x.toks[i]
	return t.kind == tkWord && t.cap && !t.inQ
}

// text returns the input text of the token range [a, b).
func (x *extractor) text(a, b int) string {
	if a >= b {
		return ""
	}
	return string(x.r[x.toks[a].s:x.toks[b-1].e])
}

// maxName bounds, in tokens, a run of capitalised words read as one name
// and the title before it ("Senate Minority Leader Mitch McConnell" has
// five), so that text in capitals costs a bounded amount per word.
const maxName = 24

// capRunBack returns the start of the capitalised run ending at token j
// (inclusive), allowing initials ("J.") and "of"/"de" between capitals.
func (x *extractor) capRunBack(lo, j int) int {
	k := j
	for k-1 >= lo && x.toks[k-1].para == x.toks[j].para && j-k < maxName {
		x.steps++
		p := x.toks[k-1]
		switch {
		case x.isNameWord(k-1) && !lexicon.IsPossessive(p.low) && !lexicon.IsNamedCap(p.low):
			k--
		case p.low == "." && k-2 >= lo && x.toks[k-2].kind == tkWord && x.toks[k-2].cap && (x.toks[k-2].e-x.toks[k-2].s == 1 || lexicon.IsAbbrev(x.toks[k-2].low)):
			k -= 2
		case (p.low == "of" || p.low == "de" || p.low == "van" || p.low == "von" || p.low == "del" || p.low == "for") && k-2 >= lo && x.isNameWord(k-2):
			k--
		default:
			return k
		}
	}
	return k
}

// splitTitle divides a capitalised run [a, b) into leading title words and
// the name proper ("Sen. Ted Cruz" -> "Sen.", "Ted Cruz"). The last word is
// always part of the name; earlier words join it until a title word.
func (x *extractor) splitTitle(a, b int) (nameStart int) {
	k := b - 1
	words := 1
	for k-1 >= a {
		x.steps++
		p := x.toks[k-1]
		if p.low == "." && k-2 >= a && x.toks[k-2].e-x.toks[k-2].s == 1 { // an initial
			k -= 2
			continue
		}
		if p.kind != tkWord || lexicon.IsTitleWord(p.low) || lexicon.IsOrgWord(p.low) || p.low == "of" || words >= 3 {
			break
		}
		k--
		words++
	}
	return k
}

// np finds the noun phrase that ends at token j (inclusive) and does not
// start before lo. It understands pronouns, names with titles, and
// descriptions opened by a determiner; depth bounds the recursion through
// post-modifiers ("the complaint filed by the DOJ").
func (x *extractor) np(lo, j, depth int) (mention, bool) {
	if j < lo || depth > 4 {
		return mention{}, false
	}
	t := x.toks[j]
	if t.inQ || t.kind == tkOpenQ || t.kind == tkCloseQ {
		return mention{}, false
	}
	if t.low == ")" { // skip a parenthetical such as "(R-Texas)" or "(DOJ)"
		k := j - 1
		for k >= lo && x.toks[k].low != "(" && j-k < 12 {
			x.steps++
			k--
		}
		if k < lo || x.toks[k].low != "(" {
			return mention{}, false
		}
		k--
		if k > lo && x.toks[k].low == "." && x.toks[k-1].kind == tkWord && (lexicon.IsAbbrev(x.toks[k-1].low) || x.toks[k-1].e-x.toks[k-1].s == 1) {
			k-- // "Robert P. Casey Jr. (D-Pa.)"
		}
		return x.np(lo, k, depth)
	}
	if t.kind != tkWord {
		return mention{}, false
	}
	if lexicon.PronounGender(t.low) != "" || t.low == "i" {
		return mention{a: j, b: j + 1, from: j, pron: true}, true
	}
	if (t.low == "who" || t.low == "which") && j-1 >= lo && (x.toks[j-1].low == "," || x.toks[j-1].low == "—" || t.low == "who" && x.isNameWord(j-1)) {
		// "Sen. Marco Rubio of Florida, who mused ...", "a tweet from Rikkie
		// Wells who tweeted": the relative pronoun is the mention; its
		// antecedent is the speaker.
		aj := j - 1
		if x.toks[aj].low == "," || x.toks[aj].low == "—" {
			aj--
		}
		if ante, ok := x.np(lo, aj, depth+1); ok && !ante.pron {
			ante.a, ante.b, ante.from = j, j+1, j
			return ante, true
		}
		return mention{}, false
	}
	if lexicon.IsQuantifier(t.low) && (j == lo || x.clauseEdge(j-1)) {
		return mention{a: j, b: j + 1, from: j, name: x.text(j, j+1)}, true // "Some chanted"
	}
	if t.low == "percent" && j-1 >= lo && x.toks[j-1].kind == tkWord && lexicon.IsNumber(x.toks[j-1].low) {
		return mention{a: j - 1, b: j + 1, from: j - 1, name: x.text(j-1, j+1)}, true // "14 percent said"
	}
	var m mention
	if t.cap && !lexicon.IsNamedCap(t.low) && !lexicon.IsNamedCap(lexicon.StripPossessive(t.low)) && !x.initialNonName(j) && !x.dateline(j) {
		a := x.capRunBack(lo, j)
		ns := x.splitTitle(a, j+1)
		m = mention{a: a, b: j + 1}
		// Extend over a lower-case title before the name: "FTC chair Lina Khan".
		k := a
		for k-1 >= lo && a-k < maxName && x.toks[k-1].kind == tkWord && !x.toks[k-1].inQ && (lexicon.Titleish(x.toks[k-1].low) || (x.toks[k-1].cap && !lexicon.IsNamedCap(x.toks[k-1].low)) ||
			x.modifierOfRole(k-1, a)) {
			k--
		}
		titleStart := k
		widen := a // start of the mention when the words before are not a title
		if k < a {
			// only keep the extension as a title if it holds a role word
			ok := false
			for i := k; i < ns; i++ {
				x.steps++
				if lexicon.IsRoleNoun(x.toks[i].low) || lexicon.IsTitleWord(x.toks[i].low) {
					ok = true
				}
			}
			if !ok {
				titleStart = a
				if k > lo && (x.toks[k-1].low == "one" || x.toks[k-1].low == "a" || x.toks[k-1].low == "an") {
					widen = k - 1 // "one senior Democrat said"
				}
			}
		}
		if titleStart < ns {
			m.title = x.text(titleStart, ns)
			m.a = titleStart
		} else if a > lo && x.toks[a-1].cap && lexicon.IsPossessive(x.toks[a-1].low) && x.toks[a-1].kind == tkWord {
			// "Commentary’s Noah Rothman", "American Action Forum’s Douglas
			// Holtz-Eakin": the owner is a title.
			o := a - 1
			for o-1 >= lo && x.isNameWord(o-1) && !lexicon.IsPossessive(x.toks[o-1].low) && !lexicon.IsNamedCap(x.toks[o-1].low) {
				x.steps++
				o--
			}
			m.a = o
			m.title = lexicon.StripPossessive(x.text(o, a))
		}
		if m.a > lo && (x.toks[m.a-1].low == "the" || x.toks[m.a-1].low == "a" || x.toks[m.a-1].low == "an") {
			m.a-- // "the Federal Trade Commission"
		}
		if widen < m.a {
			m.a = widen
		}
		m.name = x.text(ns, j+1)
		m.person = x.personShaped(ns, j+1)
		if m.a-2 >= lo && x.toks[m.a-1].low == "and" && x.isNameWord(m.a-2) && depth < 3 {
			// "Edward-Isaac Dovere and Gabriel Debenedetti wrote"
			if first, ok := x.np(lo, m.a-2, 3); ok && first.person && m.person {
				m.a, m.name = first.a, first.name+" and "+m.name
				m.person = false // a group, not one entity
			}
		}
		if ns == a && ns > titleStart && x.toks[ns-1].low == "of" && !m.person {
			// "the former secretary of State": the whole phrase describes the speaker
			m.name, m.title = x.description(m.a, j+1), ""
		}
		if !m.person && ns > a && m.title != "" {
			m.person = false
		}
	} else {
		// A description: walk back to its determiner.
		k := j
		for k >= lo && j-k < 7 {
			x.steps++
			tk := x.toks[k]
			if tk.kind != tkWord || tk.inQ {
				return mention{}, false
			}
			if lexicon.IsDeterminer(tk.low) {
				break
			}
			if lexicon.IsPossessive(tk.low) && k < j {
				if k > lo && (x.toks[k-1].low == "the" || x.toks[k-1].low == "a") {
					k-- // "the FTC’s website"
				}
				break
			}
			if !tk.cap && (lexicon.IsNounStop(tk.low) || lexicon.IsLead(tk.low) || (lexicon.Verb(tk.low) != 0 && k < j) || lexicon.IsAux(tk.low)) {
				return mention{}, false // the head may be a noun that is also a verb: "the report"
			}
			k--
		}
		if k < lo || j-k >= 7 {
			// No determiner: accept bare plurals ("officials said", "federal
			// prosecutors wrote") that open their clause.
			if !strings.HasSuffix(t.low, "s") || lexicon.IsVerbLike(t.low) {
				return mention{}, false
			}
			start := max(k+1, lo)
			if start > lo && !x.clauseEdge(start-1) {
				return mention{}, false
			}
			return mention{a: start, b: j + 1, from: start, name: x.text(start, j+1)}, true
		}
		if strings.HasSuffix(t.low, "ly") || t.low == "who" || lexicon.IsDeterminer(t.low) || lexicon.IsTimeNoun(t.low) ||
			lexicon.IsVerbLike(t.low) || strings.HasSuffix(t.low, "ed") && !lexicon.IsRoleNoun(t.low) {
			return mention{}, false
		}
		if d := x.toks[k].low; (d == "his" || d == "her" || d == "its" || d == "their" || d == "this" || d == "that" || lexicon.IsPossessive(d)) &&
			!lexicon.IsRoleNoun(t.low) && !lexicon.IsRoleNoun(strings.TrimSuffix(t.low, "s")) {
			return mention{}, false // "his standing", "Clinton’s track record"
		}
		m = mention{a: k, b: j + 1, name: x.description(k, j+1)}
	}
	// A phrase that is the object of a preposition or a participle is a
	// post-modifier; the speaker is the head noun phrase before it.
	if m.a-1 >= lo {
		p := x.toks[m.a-1]
		if p.kind == tkWord && lexicon.IsPPFollow(p.low) {
			if p.low == "that" {
				// "so heated ... that New Jersey Gov. Chris Christie said":
				// the phrase is the subject of the clause "that" opens.
				m.from = m.a
				return m, true
			}
			if p.low == "who" || p.low == "which" {
				return mention{}, false // the phrase is inside a relative clause
			}
			k := m.a - 2
			for k >= lo && x.toks[k].kind == tkWord && !x.toks[k].cap && strings.HasSuffix(x.toks[k].low, "ed") && !lexicon.IsRoleNoun(x.toks[k].low) {
				x.steps++
				k-- // a participle: "filed by"
			}
			if k >= lo && x.toks[k].low == "behalf" && k-1 >= lo && x.toks[k-1].low == "on" {
				k -= 2
			}
			if head, ok := x.np(lo, k, depth+1); ok {
				switch {
				case head.pron:
				case head.person && head.title == "" && p.low == "of":
					head.title = x.text(m.a-1, m.b) // "Joel Pollak of Breitbart California"
				case !head.person && head.b == m.a-1 && (p.low == "on" || p.low == "of" || p.low == "at" || p.low == "from"):
					head.name += " " + x.text(m.a-1, m.b) // "business blog on the FTC’s website"
				}
				return head, true
			}
			if p.low != "with" {
				return mention{}, false
			}
			// "..., with Sen. John McCain calling it": no head before the
			// preposition, the phrase stands on its own.
		}
	}
	m.from = m.a
	return m, true
}

// clauseEdge reports whether token i ends a clause (so the next word may
// start a subject).
func (x *extractor) clauseEdge(i int) bool {
	t := x.toks[i]
	if t.sentEd || t.kind == tkCloseQ || t.kind == tkOpenQ {
		return true
	}
	switch t.low {
	case ",", ";", ":", "—", "–", "(", "-":
		return true
	}
	return lexicon.IsLead(t.low)
}

// description renders an unnamed speaker description: "A Twitter
// spokesperson" becomes "Twitter spokesperson", "the complaint" stays, and
// "the FTC" becomes "FTC".
func (x *extractor) description(a, b int) string {
	first := x.toks[a]
	switch {
	case first.low == "a" || first.low == "an":
		return x.text(a+1, b)
	case first.low == "the" && a+1 < b && x.toks[a+1].cap:
		return x.text(a+1, b)
	case first.low == "the":
		return "the " + x.text(a+1, b)
	}
	return x.text(a, b)
}

// personShaped reports whether the name tokens [a, b) look like a person
// rather than an organisation or an acronym. A name split off after "of"
// is part of an organisation: "Bureau of Consumer Protection" is not a
// person "Consumer Protection".
func (x *extractor) personShaped(a, b int) bool {
	if a > 0 && x.toks[a-1].low == "of" {
		return false
	}
	for i := x.capRunBack(0, b-1); i < b; i++ {
		x.steps++
		t := x.toks[i]
		if t.kind != tkWord {
			continue
		}
		// Organisation words disqualify the whole run ("Twitter Fined"),
		// except as part of a title ("Senate Minority Leader Mitch McConnell").
		if lexicon.IsOrgWord(t.low) && (i >= a || !lexicon.IsTitleWord(t.low)) {
			return false
		}
		if i >= a && t.e-t.s > 5 && (strings.HasSuffix(t.low, "ship") || strings.HasSuffix(t.low, "tion") ||
			strings.HasSuffix(t.low, "ment") || strings.HasSuffix(t.low, "ity") || strings.HasSuffix(t.low, "ism")) {
			return false // "Trans-Pacific Partnership", "Affordable Care Act" style names of things
		}
		if i < a {
			continue
		}
		if _, ok := lexicon.Outlet(lexicon.StripPossessive(t.low)); ok && b-a == 1 {
			return false
		}
		if t.e-t.s > 1 && lexicon.AllUpper(x.r[t.s:t.e]) {
			return false
		}
	}
	return true
}

// subjectBefore finds the subject of the cue verb at token v, searching
// back no further than lo. It handles "X said", "X also said", "X, the FTC
// chair, said" and "Twitter’s chief privacy officer, Damien Kieran, said".
func (x *extractor) subjectBefore(lo, v int) (mention, bool) {
	j := v - 1
	if j-2 >= lo && x.toks[j].low == "to" && x.toks[j-1].low == "on" {
		j -= 3 // "Byrne went on to say"
	}
	for j >= lo && x.toks[j].kind == tkWord {
		x.steps++
		if lexicon.IsAux(x.toks[j].low) || (!x.toks[j].cap && strings.HasSuffix(x.toks[j].low, "ly") && j > lo) {
			j--
			continue
		}
		// A time between subject and verb: "Obama on Friday declared".
		if lexicon.IsTimeWord(x.toks[j].low) {
			k := j - 1
			for k >= lo && (x.toks[k].low == "on" || x.toks[k].low == "last" || x.toks[k].low == "this" ||
				x.toks[k].low == "late" || x.toks[k].low == "early" || x.toks[k].low == "earlier") {
				k--
			}
			if k < j-1 {
				j = k
				continue
			}
		}
		break
	}
	if j < lo {
		return mention{}, false
	}
	if x.toks[j].low == "," && j-1 >= lo && x.toks[j-1].low == ")" {
		// A stray comma after a name's parenthetical: "Gov. John Kasich
		// (R-OH), said". (np skips the parenthetical.)
		if m, ok := x.np(lo, j-1, 0); ok && m.person {
			return m, true
		}
	}
	if x.toks[j].low == "," {
		// An appositive between two commas.
		k := j - 1
		for k >= lo && x.toks[k].low != "," && !x.toks[k].sentEd && x.toks[k].kind != tkCloseQ && x.toks[k].kind != tkOpenQ && j-k < 30 {
			x.steps++
			k--
		}
		if k < lo || x.toks[k].low != "," || k+1 >= j {
			return mention{}, false
		}
		inner, innerOK := x.np(k+1, j-1, 0)
		outer, outerOK := x.np(lo, k-1, 0)
		innerName := innerOK && inner.a == k+1 && inner.person && !inner.pron && inner.title == ""
		switch {
		case innerName && (outerOK || x.roleBefore(lo, k)):
			// "Twitter’s chief privacy officer, Damien Kieran, said"
			inner.title = x.roleTitle(lo, k)
			inner.from = inner.a
			if outerOK {
				inner.from = outer.from
			}
			return inner, true
		case outerOK && !outer.pron:
			if t := cleanTitle(x.text(k+1, j)); t != "" {
				outer.title = t
			}
			return outer, true
		case outerOK:
			return outer, true
		}
		// Several appositives: "Ramil Carr, 31, a Philadelphia freelance
		// photographer, said". The clause then opens with the name.
		s0 := lo
		for s0 < j && x.toks[s0].kind == tkWord && lexicon.IsLead(x.toks[s0].low) {
			x.steps++
			s0++
		}
		if m, ok := x.subjectAfter(s0-1, j); ok && m.a == s0 && m.b < j && x.toks[m.b].low == "," && (m.person || m.pron) {
			return m, true
		}
		return mention{}, false
	}
	if m, ok := x.np(lo, j, 0); ok {
		// "The order that finalized the decision warned": the phrase found
		// is the object of a relative clause; the subject precedes it.
		for k := m.from - 1; k >= lo && m.from-k < 8 && !m.pron; k-- {
			x.steps++
			t := x.toks[k]
			if t.kind != tkWord || t.inQ {
				break
			}
			if t.low == "that" || t.low == "which" || t.low == "who" {
				if head, ok := x.np(lo, k-1, 0); ok && !head.pron {
					return head, true
				}
				break
			}
		}
		return m, true
	}
	// A phrase between subject and verb: "Trump in his announcement speech
	// called".
	for k := j; k > lo && j-k < 8; k-- {
		x.steps++
		t := x.toks[k]
		if t.kind != tkWord || t.inQ {
			break
		}
		switch t.low {
		case "in", "at", "on", "during", "after", "before", "from", "with":
			if m, ok := x.np(lo, k-1, 0); ok && (m.person || m.pron) {
				return m, true
			}
		}
	}
	// A relative clause between subject and verb: "The order that finalized
	// the decision warned", "Sam Levine, who ..., said".
	for k := j; k >= lo && j-k < 12; k-- {
		x.steps++
		t := x.toks[k]
		if t.inQ || t.kind == tkCloseQ || t.kind == tkOpenQ || t.sentEd {
			break
		}
		if t.low == "that" || t.low == "who" || t.low == "which" {
			if m, ok := x.np(lo, k-1, 0); ok && !m.pron {
				return m, true
			}
			break
		}
	}
	return mention{}, false
}

// roleBefore reports whether the words before token k end in a role noun.
func (x *extractor) roleBefore(lo, k int) bool {
	return k-1 >= lo && x.toks[k-1].kind == tkWord && lexicon.IsRoleNoun(x.toks[k-1].low)
}

// roleTitle renders the role phrase ending before token k, without its
// determiner or possessive owner: "Twitter’s chief privacy officer" gives
// "chief privacy officer".
func (x *extractor) roleTitle(lo, k int) string {
	i := k - 1
	for i-1 >= lo && x.toks[i-1].kind == tkWord && !x.toks[i-1].inQ && (lexicon.Titleish(x.toks[i-1].low) || x.toks[i-1].cap && !lexicon.IsPossessive(x.toks[i-1].low)) && !lexicon.IsNamedCap(x.toks[i-1].low) {
		x.steps++
		i--
	}
	if i > k-1 {
		return ""
	}
	return x.text(i, k)
}

// cleanTitle trims an appositive into a title: "the FTC chair" becomes
// "FTC chair", "who is the leader of X" becomes "leader of X".
func cleanTitle(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"who is ", "who was ", "who is now ", "the ", "a ", "an ", "The "} {
		s = strings.TrimPrefix(s, p)
	}
	if strings.HasPrefix(s, "who ") || strings.HasPrefix(s, "which ") || strings.HasPrefix(s, "speaking") ||
		strings.HasPrefix(s, "according") || strings.HasPrefix(s, "in ") || strings.HasPrefix(s, "on ") ||
		strings.HasPrefix(s, "at ") || strings.HasPrefix(s, "when ") || strings.HasPrefix(s, "however") {
		return ""
	}
	if len([]rune(s)) > 80 {
		return ""
	}
	return s
}

// subjectAfter finds an inverted subject right after the cue verb at v:
// "said Lina Khan", "said a Twitter spokesperson", "said Sen. Ted Cruz,
// R-Texas".
func (x *extractor) subjectAfter(v, hi int) (mention, bool) {
	i := v + 1
	if i >= hi {
		return mention{}, false
	}
	t := x.toks[i]
	if t.kind != tkWord || t.inQ || t.low == "that" {
		return mention{}, false // "said that ..." opens a clause, not a subject
	}
	if g := lexicon.PronounGender(t.low); g != "" && g != "n" {
		return mention{a: i, b: i + 1, from: i, pron: true}, true
	}
	if (t.low == "one" || t.low == "another") && (i+1 >= hi || x.toks[i+1].kind != tkWord) {
		return mention{a: i, b: i + 1, from: i, name: x.text(i, i+1)}, true // `” read one.`
	}
	// Walk forward to the end of the phrase, then parse it backwards.
	k := i
	for k < hi && k-i < 10 {
		x.steps++
		tk := x.toks[k]
		if tk.low == "(" && k > i {
			// Skip a parenthetical such as "(D-S.C.)"; np skips it too.
			c := k + 1
			for c < hi && c-k < 10 && x.toks[c].low != ")" {
				x.steps++
				c++
			}
			if c < hi && x.toks[c].low == ")" {
				k = c + 1
				continue
			}
			break
		}
		if tk.kind != tkWord && !(tk.low == "." && k > i && (x.toks[k-1].e-x.toks[k-1].s == 1 || lexicon.IsAbbrev(x.toks[k-1].low)) && !tk.sentEd) {
			break
		}
		if tk.kind == tkWord && k > i && (lexicon.IsNounStop(tk.low) && !(tk.low == "of" && k+1 < hi && (x.toks[k+1].cap || lexicon.Titleish(x.toks[k+1].low)))) {
			break
		}
		if tk.kind == tkWord && k > i && !tk.cap && (lexicon.Verb(tk.low) != 0 || lexicon.IsAux(tk.low)) {
			break
		}
		if tk.kind == tkWord && !tk.cap && k > i && !lexicon.Titleish(tk.low) && !lexicon.IsRole(tk.low) && !lexicon.IsDeterminer(tk.low) &&
			!lexicon.IsPossessive(tk.low) && !lexicon.IsPossessive(x.toks[k-1].low) {
			// An unknown modifier may precede a role or a name: "a 55-year-old
			// salesman", "Republican party boss Reince Priebus"; and a
			// determiner takes one noun: "one commenter".
			if k+1 < hi && x.toks[k+1].kind == tkWord && (lexicon.IsRole(x.toks[k+1].low) || x.toks[k+1].cap) &&
				!lexicon.IsNounStop(tk.low) && !lexicon.IsVerbLike(tk.low) && !lexicon.IsAux(tk.low) ||
				lexicon.IsDeterminer(x.toks[k-1].low) && !lexicon.IsNounStop(tk.low) && !lexicon.IsVerbLike(tk.low) && !lexicon.IsAux(tk.low) && lexicon.Verb(tk.low) == 0 {
				k++
				continue
			}
			break
		}
		k++
	}
	if k == i {
		return mention{}, false
	}
	m, ok := x.np(i, k-1, 0)
	if !ok {
		return mention{}, false
	}
	// An appositive title after the name: "said Sam Levine, the leader of ...".
	if k < hi && x.toks[k].low == "," && m.title == "" && m.person {
		e := k + 1
		for e < hi && x.toks[e].low != "," && !x.toks[e].sentEd && x.toks[e].kind == tkWord && e-k < 14 {
			x.steps++
			e++
		}
		if e > k+1 && e < len(x.toks) && (x.toks[e].low == "," || x.toks[e].sentEd || x.toks[e].low == ".") {
			if first := x.toks[k+1].low; lexicon.IsDeterminer(first) || lexicon.IsRoleNoun(first) || lexicon.Titleish(first) {
				m.title = cleanTitle(x.text(k+1, e))
			}
		}
	}
	return m, true
}

// initialNonName reports whether token j is a capitalised word that only
// looks like a name because it starts a sentence: "Speaking at a rally,"
// or "Immediately after".
func (x *extractor) initialNonName(j int) bool {
	t := x.toks[j]
	if j > 0 && !x.toks[j-1].sentEd && x.toks[j-1].para == t.para && x.toks[j-1].kind != tkOpenQ {
		return false
	}
	if j+1 < len(x.toks) && x.isNameWord(j+1) {
		return false
	}
	if strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ly") || strings.HasSuffix(t.low, "ed") {
		return true
	}
	if lexicon.IsRoleNoun(t.low) || lexicon.IsQuantifier(t.low) || strings.HasSuffix(t.low, "ers") || strings.HasSuffix(t.low, "ists") ||
		strings.HasSuffix(t.low, "ents") || strings.HasSuffix(t.low, "ans") {
		return false // "Proponents say", "Democrats said": people, though not names
	}
	// A lone capitalised word at a sentence start is a name only if the
	// article also capitalises it mid-sentence ("Cruz said" but not "Couple").
	return !x.capMid[lexicon.StripPossessive(t.low)]
}

// dateline reports whether token j is part of an all-capitals dateline or
// heading ("TALLAHASSEE —"), which is never a speaker. Short acronyms such
// as "FBI" or "NPR" are kept.
func (x *extractor) dateline(j int) bool {
	t := x.toks[j]
	if t.e-t.s < 4 || !lexicon.AllUpper(x.r[t.s:t.e]) {
		return false
	}
	_, outlet := lexicon.Outlet(t.low)
	return !outlet
}

// modifierOfRole reports whether the lower-case word at i modifies a role
// noun that ends right before the name at a: "election law expert Rick
// Hasen".
func (x *extractor) modifierOfRole(i, a int) bool {
	t := x.toks[i]
	if t.cap || lexicon.IsNounStop(t.low) || lexicon.IsAux(t.low) || lexicon.Verb(t.low) != 0 || lexicon.IsDeterminer(t.low) ||
		lexicon.IsLead(t.low) || lexicon.IsVerbLike(t.low) || strings.HasSuffix(t.low, "ly") || lexicon.IsPossessive(t.low) {
		return false
	}
	return a-1 > i && lexicon.IsRoleNoun(x.toks[a-1].low) && a-i <= 4
}
