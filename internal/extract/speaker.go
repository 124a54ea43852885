package extract

import (
	"strings"
	"unicode"
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

// namedCaps are capitalised words that begin sentences or dates and are not
// names, so a capitalised run starting with one of them is not a person.
var namedCaps = wordSet(`the a an this that these those his her its their our my your in on at
	for with by from of to as but and or so yet if when while after before since during although though
	because however meanwhile still now then there here it he she they we i you what who which where
	why how monday tuesday wednesday thursday friday saturday sunday january february march april may june
	july august september october november december last next former according asked both each
	every all many most some several no not one two three four five yes said says another other such`)

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

// stripPossessive turns "Twitter’s" into "Twitter".
func stripPossessive(s string) string {
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

func isPossessive(low string) bool {
	return strings.HasSuffix(low, "’s") || strings.HasSuffix(low, "'s")
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
		case x.isNameWord(k-1) && !isPossessive(p.low) && !namedCaps[p.low]:
			k--
		case p.low == "." && k-2 >= lo && x.toks[k-2].kind == tkWord && x.toks[k-2].cap && (x.toks[k-2].e-x.toks[k-2].s == 1 || abbrevs[x.toks[k-2].low]):
			k -= 2
		case (p.low == "of" || p.low == "de" || p.low == "van" || p.low == "von" || p.low == "del" || p.low == "for") && k-2 >= lo && x.isNameWord(k-2):
			k--
		default:
			return k
		}
	}
	return k
}

// titleish reports whether a lower-case word can be part of a title phrase
// written before a name ("FTC chair", "Republican presidential nominee").
func titleish(low string) bool {
	if roleNouns[low] || titleWords[low] {
		return true
	}
	switch low {
	case "senior", "top", "longtime", "chief", "deputy", "assistant", "associate", "executive", "general",
		"national", "press", "communications", "policy", "political", "legal", "economic", "foreign",
		"presidential", "federal", "local", "county", "city", "district", "privacy", "consumer", "protection",
		"public", "affairs", "digital", "finance", "research", "data", "health", "media", "junior", "acting",
		"interim", "ex", "lead", "principal", "managing", "founding", "congressional", "then", "current",
		"incoming", "outgoing", "retired", "veteran", "conservative", "liberal", "progressive", "radio",
		"television", "tv", "talk", "show", "campaign", "senate", "house", "state", "rival", "opponent",
		"running", "mate", "billionaire", "businessman", "businesswoman", "real", "estate", "mogul", "of":
		return true
	}
	return false
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
		if p.kind != tkWord || titleWords[p.low] || orgWords[p.low] || p.low == "of" || words >= 3 {
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
		if k > lo && x.toks[k].low == "." && x.toks[k-1].kind == tkWord && (abbrevs[x.toks[k-1].low] || x.toks[k-1].e-x.toks[k-1].s == 1) {
			k-- // "Robert P. Casey Jr. (D-Pa.)"
		}
		return x.np(lo, k, depth)
	}
	if t.kind != tkWord {
		return mention{}, false
	}
	if g, ok := personPronouns[t.low]; ok && g != "" || t.low == "i" {
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
	if quantifiers[t.low] && (j == lo || x.clauseEdge(j-1)) {
		return mention{a: j, b: j + 1, from: j, name: x.text(j, j+1)}, true // "Some chanted"
	}
	if t.low == "percent" && j-1 >= lo && x.toks[j-1].kind == tkWord && isNumber(x.toks[j-1].low) {
		return mention{a: j - 1, b: j + 1, from: j - 1, name: x.text(j-1, j+1)}, true // "14 percent said"
	}
	var m mention
	if t.cap && !namedCaps[t.low] && !namedCaps[stripPossessive(t.low)] && !x.initialNonName(j) && !x.dateline(j) {
		a := x.capRunBack(lo, j)
		ns := x.splitTitle(a, j+1)
		m = mention{a: a, b: j + 1}
		// Extend over a lower-case title before the name: "FTC chair Lina Khan".
		k := a
		for k-1 >= lo && a-k < maxName && x.toks[k-1].kind == tkWord && !x.toks[k-1].inQ && (titleish(x.toks[k-1].low) || (x.toks[k-1].cap && !namedCaps[x.toks[k-1].low]) ||
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
				if roleNouns[x.toks[i].low] || titleWords[x.toks[i].low] {
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
		} else if a > lo && x.toks[a-1].cap && isPossessive(x.toks[a-1].low) && x.toks[a-1].kind == tkWord {
			// "Commentary’s Noah Rothman", "American Action Forum’s Douglas
			// Holtz-Eakin": the owner is a title.
			o := a - 1
			for o-1 >= lo && x.isNameWord(o-1) && !isPossessive(x.toks[o-1].low) && !namedCaps[x.toks[o-1].low] {
				x.steps++
				o--
			}
			m.a = o
			m.title = stripPossessive(x.text(o, a))
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
			if determiners[tk.low] {
				break
			}
			if isPossessive(tk.low) && k < j {
				if k > lo && (x.toks[k-1].low == "the" || x.toks[k-1].low == "a") {
					k-- // "the FTC’s website"
				}
				break
			}
			if !tk.cap && (nounStops[tk.low] || leadWords[tk.low] || (speechVerbs[tk.low] != 0 && k < j) || auxWords[tk.low]) {
				return mention{}, false // the head may be a noun that is also a verb: "the report"
			}
			k--
		}
		if k < lo || j-k >= 7 {
			// No determiner: accept bare plurals ("officials said", "federal
			// prosecutors wrote") that open their clause.
			if !strings.HasSuffix(t.low, "s") || verbLike[t.low] {
				return mention{}, false
			}
			start := max(k+1, lo)
			if start > lo && !x.clauseEdge(start-1) {
				return mention{}, false
			}
			return mention{a: start, b: j + 1, from: start, name: x.text(start, j+1)}, true
		}
		if strings.HasSuffix(t.low, "ly") || t.low == "who" || determiners[t.low] || timeNouns[t.low] ||
			verbLike[t.low] || strings.HasSuffix(t.low, "ed") && !roleNouns[t.low] {
			return mention{}, false
		}
		if d := x.toks[k].low; (d == "his" || d == "her" || d == "its" || d == "their" || d == "this" || d == "that" || isPossessive(d)) &&
			!roleNouns[t.low] && !roleNouns[strings.TrimSuffix(t.low, "s")] {
			return mention{}, false // "his standing", "Clinton’s track record"
		}
		m = mention{a: k, b: j + 1, name: x.description(k, j+1)}
	}
	// A phrase that is the object of a preposition or a participle is a
	// post-modifier; the speaker is the head noun phrase before it.
	if m.a-1 >= lo {
		p := x.toks[m.a-1]
		if p.kind == tkWord && ppFollow[p.low] {
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
			for k >= lo && x.toks[k].kind == tkWord && !x.toks[k].cap && strings.HasSuffix(x.toks[k].low, "ed") && !roleNouns[x.toks[k].low] {
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
	return leadWords[t.low]
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
		if orgWords[t.low] && (i >= a || !titleWords[t.low]) {
			return false
		}
		if i >= a && t.e-t.s > 5 && (strings.HasSuffix(t.low, "ship") || strings.HasSuffix(t.low, "tion") ||
			strings.HasSuffix(t.low, "ment") || strings.HasSuffix(t.low, "ity") || strings.HasSuffix(t.low, "ism")) {
			return false // "Trans-Pacific Partnership", "Affordable Care Act" style names of things
		}
		if i < a {
			continue
		}
		if _, ok := outlets[stripPossessive(t.low)]; ok && b-a == 1 {
			return false
		}
		if t.e-t.s > 1 && allUpper(x.r[t.s:t.e]) {
			return false
		}
	}
	return true
}

func allUpper(r []rune) bool {
	for _, c := range r {
		if unicode.IsLower(c) {
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
		if auxWords[x.toks[j].low] || (!x.toks[j].cap && strings.HasSuffix(x.toks[j].low, "ly") && j > lo) {
			j--
			continue
		}
		// A time between subject and verb: "Obama on Friday declared".
		if timeWords[x.toks[j].low] {
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
		for s0 < j && x.toks[s0].kind == tkWord && leadWords[x.toks[s0].low] {
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
	return k-1 >= lo && x.toks[k-1].kind == tkWord && roleNouns[x.toks[k-1].low]
}

// roleTitle renders the role phrase ending before token k, without its
// determiner or possessive owner: "Twitter’s chief privacy officer" gives
// "chief privacy officer".
func (x *extractor) roleTitle(lo, k int) string {
	i := k - 1
	for i-1 >= lo && x.toks[i-1].kind == tkWord && !x.toks[i-1].inQ && (titleish(x.toks[i-1].low) || x.toks[i-1].cap && !isPossessive(x.toks[i-1].low)) && !namedCaps[x.toks[i-1].low] {
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
	if g, ok := personPronouns[t.low]; ok && g != "" && g != "n" {
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
		if tk.kind != tkWord && !(tk.low == "." && k > i && (x.toks[k-1].e-x.toks[k-1].s == 1 || abbrevs[x.toks[k-1].low]) && !tk.sentEd) {
			break
		}
		if tk.kind == tkWord && k > i && (nounStops[tk.low] && !(tk.low == "of" && k+1 < hi && (x.toks[k+1].cap || titleish(x.toks[k+1].low)))) {
			break
		}
		if tk.kind == tkWord && k > i && !tk.cap && (speechVerbs[tk.low] != 0 || auxWords[tk.low]) {
			break
		}
		if tk.kind == tkWord && !tk.cap && k > i && !titleish(tk.low) && !isRole(tk.low) && !determiners[tk.low] &&
			!isPossessive(tk.low) && !isPossessive(x.toks[k-1].low) {
			// An unknown modifier may precede a role or a name: "a 55-year-old
			// salesman", "Republican party boss Reince Priebus"; and a
			// determiner takes one noun: "one commenter".
			if k+1 < hi && x.toks[k+1].kind == tkWord && (isRole(x.toks[k+1].low) || x.toks[k+1].cap) &&
				!nounStops[tk.low] && !verbLike[tk.low] && !auxWords[tk.low] ||
				determiners[x.toks[k-1].low] && !nounStops[tk.low] && !verbLike[tk.low] && !auxWords[tk.low] && speechVerbs[tk.low] == 0 {
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
			if first := x.toks[k+1].low; determiners[first] || roleNouns[first] || titleish(first) {
				m.title = cleanTitle(x.text(k+1, e))
			}
		}
	}
	return m, true
}

// timeNouns head noun phrases that are times, never speakers.
var timeNouns = map[string]bool{
	"week": true, "day": true, "year": true, "month": true, "morning": true, "night": true, "evening": true,
	"afternoon": true, "time": true, "weekend": true, "today": true, "decade": true, "years": true,
	"days": true, "weeks": true, "months": true, "hour": true, "hours": true, "moment": true, "point": true,
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
	if roleNouns[t.low] || quantifiers[t.low] || strings.HasSuffix(t.low, "ers") || strings.HasSuffix(t.low, "ists") ||
		strings.HasSuffix(t.low, "ents") || strings.HasSuffix(t.low, "ans") {
		return false // "Proponents say", "Democrats said": people, though not names
	}
	// A lone capitalised word at a sentence start is a name only if the
	// article also capitalises it mid-sentence ("Cruz said" but not "Couple").
	return !x.capMid[stripPossessive(t.low)]
}

// dateline reports whether token j is part of an all-capitals dateline or
// heading ("TALLAHASSEE —"), which is never a speaker. Short acronyms such
// as "FBI" or "NPR" are kept.
func (x *extractor) dateline(j int) bool {
	t := x.toks[j]
	if t.e-t.s < 4 || !allUpper(x.r[t.s:t.e]) {
		return false
	}
	_, outlet := outlets[t.low]
	return !outlet
}

// quantifiers can stand alone as the subject of a cue: "Some chanted".
var quantifiers = map[string]bool{
	"some": true, "many": true, "others": true, "another": true, "several": true, "most": true, "few": true, "both": true,
	"critics": true, "supporters": true, "protesters": true, "democrats": true, "republicans": true,
	"conservatives": true, "liberals": true, "opponents": true, "voters": true, "officials": true,
	"experts": true, "analysts": true, "observers": true, "aides": true, "advisers": true, "sources": true,
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c == '.' || c == ',') {
			return false
		}
	}
	return true
}

// timeWords name days and times that can sit between subject and verb.
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "week": true, "night": true, "morning": true, "evening": true, "afternoon": true,
	"month": true, "year": true, "weekend": true,
}

// ppFollow are the prepositions (and relatives) after which a noun phrase
// is a post-modifier of an earlier head: "the complaint filed by the DOJ".
var ppFollow = map[string]bool{
	"of": true, "by": true, "on": true, "in": true, "at": true, "from": true, "with": true, "for": true,
	"to": true, "about": true, "over": true, "under": true, "against": true, "into": true, "during": true,
	"inside": true, "outside": true, "near": true, "within": true, "among": true, "across": true,
	"who": true, "which": true, "that": true,
}

// verbLike are frequent verbs that can never head a subject noun phrase.
var verbLike = map[string]bool{
	"came": true, "went": true, "got": true, "made": true, "took": true, "gave": true, "found": true,
	"put": true, "set": true, "kept": true, "left": true, "ran": true, "saw": true, "knew": true,
	"began": true, "seemed": true, "became": true, "held": true, "brought": true, "was": true, "is": true,
	"are": true, "were": true, "has": true, "have": true, "had": true, "did": true, "does": true, "do": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true,
	"must": true, "come": true, "comes": true, "goes": true, "go": true, "get": true, "gets": true,
	"make": true, "makes": true, "take": true, "takes": true, "give": true, "gives": true, "see": true,
	"sees": true, "want": true, "wants": true, "need": true, "needs": true, "seems": true, "become": true,
	"becomes": true, "stood": true, "won": true, "lost": true, "met": true, "led": true, "paid": true,
	"sent": true, "spent": true, "built": true, "heard": true, "meant": true, "sold": true, "stuck": true,
}

// modifierOfRole reports whether the lower-case word at i modifies a role
// noun that ends right before the name at a: "election law expert Rick
// Hasen".
func (x *extractor) modifierOfRole(i, a int) bool {
	t := x.toks[i]
	if t.cap || nounStops[t.low] || auxWords[t.low] || speechVerbs[t.low] != 0 || determiners[t.low] ||
		leadWords[t.low] || verbLike[t.low] || strings.HasSuffix(t.low, "ly") || isPossessive(t.low) {
		return false
	}
	return a-1 > i && roleNouns[x.toks[a-1].low] && a-i <= 4
}

// isRole reports whether w (or its singular) is a role noun.
func isRole(w string) bool {
	return roleNouns[w] || strings.HasSuffix(w, "s") && roleNouns[strings.TrimSuffix(w, "s")]
}
