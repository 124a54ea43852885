package extract

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/clause"
	"github.com/quotetrail/quotetrail/internal/extract/internal/names"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
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
	// possGender: the gender was read from a possessive before the name
	// ("his partner, Eilidh MacRae"), which is someone else's; the
	// refinements after the models do not trust it.
	possGender bool
	// pronGender: the gender was read from a pronoun that resolved to the
	// name, not from the name; the refinements do not trust it either.
	pronGender bool
	via        string
	viaPara    int // the paragraph of the interview that gave via: earlier statements came some other way
	person     bool
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
	return t.Kind == tkWord && t.Cap && !t.InQ
}

// text returns the input text of the token range [a, b).
func (x *extractor) text(a, b int) string {
	if a >= b {
		return ""
	}
	return string(x.r[x.toks[a].S:x.toks[b-1].E])
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
	if t.InQ || t.Kind == tkOpenQ || t.Kind == tkCloseQ {
		return mention{}, false
	}
	if t.Low == ")" { // skip a parenthetical such as "(R-Texas)" or "(DOJ)"
		k := j - 1
		for k >= lo && x.toks[k].Low != "(" && j-k < 12 {
			x.steps++
			k--
		}
		if k < lo || x.toks[k].Low != "(" {
			return mention{}, false
		}
		k--
		if k > lo && x.toks[k].Low == "." && x.toks[k-1].Kind == tkWord && (lexicon.IsAbbrev(x.toks[k-1].Low) || x.toks[k-1].E-x.toks[k-1].S == 1) {
			k-- // "Robert P. Casey Jr. (D-Pa.)"
		}
		return x.np(lo, k, depth)
	}
	if t.Kind != tkWord {
		return mention{}, false
	}
	if lexicon.PronounGender(t.Low) != "" || t.Low == "i" {
		return mention{a: j, b: j + 1, from: j, pron: true}, true
	}
	if (t.Low == "who" || t.Low == "which") && j-1 >= lo && (x.toks[j-1].Low == "," || x.toks[j-1].Low == "—" || t.Low == "who" && x.isNameWord(j-1)) {
		// "Sen. Marco Rubio of Florida, who mused ...", "a tweet from Rikkie
		// Wells who tweeted": the relative pronoun is the mention; its
		// antecedent is the speaker.
		aj := j - 1
		if x.toks[aj].Low == "," || x.toks[aj].Low == "—" {
			aj--
		}
		if ante, ok := x.np(lo, aj, depth+1); ok && !ante.pron {
			ante.a, ante.b, ante.from = j, j+1, j
			return ante, true
		}
		return mention{}, false
	}
	if lexicon.IsQuantifier(t.Low) && (j == lo || clause.Edge(x.toks, j-1)) {
		return mention{a: j, b: j + 1, from: j, name: x.text(j, j+1)}, true // "Some chanted"
	}
	if t.Low == "percent" && j-1 >= lo && x.toks[j-1].Kind == tkWord && lexicon.IsNumber(x.toks[j-1].Low) {
		return mention{a: j - 1, b: j + 1, from: j - 1, name: x.text(j-1, j+1)}, true // "14 percent said"
	}
	if (lexicon.IsPostNominal(t.Low) || lexicon.IsSeatLetters(t.Low)) && lexicon.AllUpper(x.r[t.S:t.E]) && j+1 < len(x.toks) && (x.toks[j+1].Low == "," || lexicon.Verb(x.toks[j+1].Low) != 0 && t.Low != "ms") {
		// "Pádraig Mac Gabhann TD, said", "Sir Keir Starmer KC said",
		// "Gareth Vaughan-Jones MS, said" (but "the Plaid Cymru MS said"),
		// "Hugh Pemberton, KC, for Lusted, said": the letters after a
		// name are no part of it
		e := j
		if e-1 >= lo && x.toks[e-1].Low == "," {
			e--
		}
		if e-1 >= lo && x.isNameWord(e-1) {
			if m, ok := x.np(lo, e-1, depth+1); ok && m.person && m.b == e && strings.Contains(m.name, " ") && !vocab.PlaceOrTeam(m.name) {
				m.b = j + 1
				return m, true
			}
		}
	}
	var m mention
	if t.Cap && !lexicon.IsNamedCap(t.Low) && !lexicon.IsNamedCap(lexicon.StripPossessive(t.Low)) && !x.initialNonName(j) && !x.dateline(j) && !names.PronounContraction(t.Low) {
		a := x.nm.CapRunBack(lo, j)
		ns := x.nm.SplitTitle(a, j+1)
		if ns > a && (lexicon.IsPersonRole(t.Low) || lexicon.IsRoleNoun(t.Low) || lexicon.IsOrgWord(t.Low)) && !x.personShaped(ns, j+1) && x.nm.Untitled(a, ns) {
			ns = a // "the Bukit Batok SMC MP": no name to split a title from
		}
		m = mention{a: a, b: j + 1}
		// Extend over a lower-case title before the name: "FTC chair Lina Khan".
		k := a
		for k-1 >= lo && a-k < names.MaxName && x.toks[k-1].Kind == tkWord && !x.toks[k-1].InQ && (lexicon.Titleish(x.toks[k-1].Low) || (x.toks[k-1].Cap && !lexicon.IsNamedCap(x.toks[k-1].Low)) ||
			clause.ModifierOfRole(x.toks, k-1, a)) {
			k--
		}
		titleStart := k
		widen := a // start of the mention when the words before are not a title
		if k < a {
			// only keep the extension as a title if it holds a role word
			ok := false
			for i := k; i < ns; i++ {
				x.steps++
				if lexicon.IsRoleNoun(x.toks[i].Low) || lexicon.IsTitleWord(x.toks[i].Low) {
					ok = true
				}
			}
			if !ok {
				titleStart = a
				if k > lo && (x.toks[k-1].Low == "one" || x.toks[k-1].Low == "a" || x.toks[k-1].Low == "an") {
					widen = k - 1 // "one senior Democrat said"
				}
			}
		}
		if titleStart < ns {
			m.title = x.text(titleStart, ns)
			m.a = titleStart
		} else if a > lo && x.toks[a-1].Cap && lexicon.IsPossessive(x.toks[a-1].Low) && x.toks[a-1].Kind == tkWord {
			// "Commentary’s Noah Rothman", "American Action Forum’s Douglas
			// Holtz-Eakin": the owner is a title.
			o := a - 1
			for o-1 >= lo && x.isNameWord(o-1) && !lexicon.IsPossessive(x.toks[o-1].Low) && !lexicon.IsNamedCap(x.toks[o-1].Low) {
				x.steps++
				o--
			}
			m.a = o
			m.title = lexicon.StripPossessive(x.text(o, a))
		}
		if m.a > lo && (x.toks[m.a-1].Low == "the" || x.toks[m.a-1].Low == "a" || x.toks[m.a-1].Low == "an") {
			m.a-- // "the Federal Trade Commission"
		}
		if widen < m.a {
			m.a = widen
		}
		m.name = x.text(ns, j+1)
		m.person = x.personShaped(ns, j+1)
		if m.a-2 >= lo && x.toks[m.a-1].Low == "and" && x.isNameWord(m.a-2) && depth < 3 {
			// "Edward-Isaac Dovere and Gabriel Debenedetti wrote"
			if first, ok := x.np(lo, m.a-2, 3); ok && first.person && m.person {
				m.a, m.name = first.a, first.name+" and "+m.name
				m.person = false // a group, not one entity
			}
		}
		if ns == a && ns > titleStart && x.toks[ns-1].Low == "of" && !m.person {
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
			if tk.Kind != tkWord || tk.InQ {
				return mention{}, false
			}
			if lexicon.IsDeterminer(tk.Low) {
				break
			}
			if lexicon.IsPossessive(tk.Low) && k < j {
				if k > lo && (x.toks[k-1].Low == "the" || x.toks[k-1].Low == "a") {
					k-- // "the FTC’s website"
				}
				break
			}
			if !tk.Cap && (lexicon.IsNounStop(tk.Low) || lexicon.IsLead(tk.Low) || (lexicon.Verb(tk.Low) != 0 && k < j) || lexicon.IsAux(tk.Low)) {
				return mention{}, false // the head may be a noun that is also a verb: "the report"
			}
			k--
		}
		if k < lo || j-k >= 7 {
			// No determiner: accept bare plurals ("officials said", "federal
			// prosecutors wrote") that open their clause.
			if !strings.HasSuffix(t.Low, "s") || lexicon.IsVerbLike(t.Low) {
				return mention{}, false
			}
			start := max(k+1, lo)
			if start > lo && !clause.Edge(x.toks, start-1) {
				return mention{}, false
			}
			return mention{a: start, b: j + 1, from: start, name: x.text(start, j+1)}, true
		}
		if strings.HasSuffix(t.Low, "ly") || t.Low == "who" || lexicon.IsDeterminer(t.Low) || lexicon.IsTimeNoun(t.Low) ||
			lexicon.IsVerbLike(t.Low) || strings.HasSuffix(t.Low, "ed") && !lexicon.IsRoleNoun(t.Low) {
			return mention{}, false
		}
		if d := x.toks[k].Low; (d == "his" || d == "her" || d == "its" || d == "their" || d == "this" || d == "that" || lexicon.IsPossessive(d)) &&
			!lexicon.IsRoleNoun(t.Low) && !lexicon.IsRoleNoun(strings.TrimSuffix(t.Low, "s")) {
			return mention{}, false // "his standing", "Clinton’s track record"
		}
		m = mention{a: k, b: j + 1, name: x.description(k, j+1)}
	}
	// A phrase that is the object of a preposition or a participle is a
	// post-modifier; the speaker is the head noun phrase before it.
	if m.a-1 >= lo {
		p := x.toks[m.a-1]
		if p.Kind == tkWord && lexicon.IsPPFollow(p.Low) {
			if p.Low == "that" {
				// "so heated ... that New Jersey Gov. Chris Christie said":
				// the phrase is the subject of the clause "that" opens.
				m.from = m.a
				return m, true
			}
			if p.Low == "who" || p.Low == "which" {
				return mention{}, false // the phrase is inside a relative clause
			}
			k := m.a - 2
			for k >= lo && x.toks[k].Kind == tkWord && !x.toks[k].Cap && strings.HasSuffix(x.toks[k].Low, "ed") && !lexicon.IsRoleNoun(x.toks[k].Low) {
				x.steps++
				k-- // a participle: "filed by"
			}
			if k >= lo && x.toks[k].Low == "behalf" && k-1 >= lo && x.toks[k-1].Low == "on" {
				k -= 2
			}
			if head, ok := x.np(lo, k, depth+1); ok {
				switch {
				case head.pron:
				case head.person && head.title == "" && (p.Low == "of" || p.Low == "from"):
					head.title = x.text(m.a-1, m.b) // "Joel Pollak of Breitbart California"
				case !head.person && head.b == m.a-1 && (p.Low == "on" || p.Low == "of" || p.Low == "at" || p.Low == "from"):
					head.name += " " + x.text(m.a-1, m.b) // "business blog on the FTC’s website"
				}
				return head, true
			}
			if p.Low != "with" {
				return mention{}, false
			}
			// "..., with Sen. John McCain calling it": no head before the
			// preposition, the phrase stands on its own.
		}
	}
	m.from = m.a
	return m, true
}

// description renders an unnamed speaker description: "A Twitter
// spokesperson" becomes "Twitter spokesperson", "the complaint" stays, and
// "the FTC" becomes "FTC".
func (x *extractor) description(a, b int) string {
	first := x.toks[a]
	switch {
	case first.Low == "a" || first.Low == "an":
		return x.text(a+1, b)
	case first.Low == "the" && a+1 < b && x.toks[a+1].Cap:
		return x.text(a+1, b)
	case first.Low == "the":
		return "the " + x.text(a+1, b)
	}
	return x.text(a, b)
}

// personShaped reports whether the name tokens [a, b) look like a person
// rather than an organisation or an acronym. A name split off after "of"
// is part of an organisation: "Bureau of Consumer Protection" is not a
// person "Consumer Protection".
func (x *extractor) personShaped(a, b int) bool {
	if a > 0 && x.toks[a-1].Low == "of" {
		return false
	}
	if len(x.itsOwn) > 0 && x.itsOwn[lexicon.StripPossessive(strings.ToLower(x.text(a, b)))] {
		return false // "Brolga Meats will close its abattoir"
	}
	field := false // inside an office's field: "Minister for Local Government"
	run := x.nm.CapRunBack(0, b-1)
	if p := run - 1; p >= 1 && x.toks[p].Low == "the" {
		p-- // "Permanent Representative to the United Nations Ali-Akbar Hosseini-Nejad"
		field = (x.toks[p].Low == "to" || x.toks[p].Low == "for" || x.toks[p].Low == "of") && p >= 1 && lexicon.IsTitleWord(x.toks[p-1].Low)
	}
	for i := run; i < b; i++ {
		x.steps++
		t := x.toks[i]
		if t.Kind != tkWord {
			continue
		}
		field = field || i < a && (t.Low == "for" || t.Low == "of") && i > 0 && lexicon.IsTitleWord(x.toks[i-1].Low)
		// Organisation words disqualify the whole run ("Twitter Fined"),
		// except as part of a title ("Senate Minority Leader Mitch
		// McConnell", "Sindh Minister for Local Government Nasir Jatoi").
		if lexicon.IsOrgWord(t.Low) && (i >= a || !lexicon.IsTitleWord(t.Low) && !field) {
			return false
		}
		if i >= a && t.E-t.S > 5 && (strings.HasSuffix(t.Low, "ship") || strings.HasSuffix(t.Low, "tion") ||
			strings.HasSuffix(t.Low, "ment") || strings.HasSuffix(t.Low, "ity") || strings.HasSuffix(t.Low, "ism")) &&
			vocab.GivenNameGender(t.Low) == 0 && // "Felicity Ong", "Verity Hale"
			!(i > a && (strings.HasSuffix(t.Low, "rrity") || strings.HasSuffix(t.Low, "lement")) && lexicon.FirstNameGender(x.toks[a].Low) != 0) {
			return false // "Trans-Pacific Partnership", "Affordable Care Act" style names of things, not "Mike Garrity", "Tony Clement"
		}
		if i < a {
			continue
		}
		if _, ok := lexicon.Outlet(lexicon.StripPossessive(t.Low)); ok && b-a == 1 {
			return false
		}
		if i == a && i < b-1 && (lexicon.IsStreetWord(t.Low) || vocab.PageVerb(t.Low)) {
			return false // "the lot on Calle Sendero"; a page's "Read More", "Story Code: 1405072214"
		}
		if i == b-1 && i > a && names.OfficeEnd(t.Low) {
			return false // "Kenya's Cabinet Secretary", "Foreign Minister": an office, no surname
		}
		if i == b-1 && i > a && lexicon.IsAreaNoun(t.Low) {
			return false // "Asukese Traditional Area"
		}
		if t.E-t.S > 1 && lexicon.AllUpper(x.r[t.S:t.E]) && !(i == b-1 && i > a && names.Generational(t.Low)) {
			return false // an acronym, but not a chief's "Sakyi III"
		}
	}
	return true
}

// subjectBefore finds the subject of the cue verb at token v, searching
// back no further than lo. It handles "X said", "X also said", "X, the FTC
// chair, said" and "Twitter’s chief privacy officer, Damien Kieran, said".
func (x *extractor) subjectBefore(lo, v int) (mention, bool) {
	j := v - 1
	if j-2 >= lo && x.toks[j].Low == "to" && x.toks[j-1].Low == "on" {
		j -= 3 // "Byrne went on to say"
	}
	for j >= lo && x.toks[j].Kind == tkWord {
		x.steps++
		if lexicon.IsAux(x.toks[j].Low) || (!x.toks[j].Cap && strings.HasSuffix(x.toks[j].Low, "ly") && j > lo) {
			j--
			continue
		}
		// A time between subject and verb: "Obama on Friday declared".
		if lexicon.IsTimeWord(x.toks[j].Low) {
			k := j - 1
			for k >= lo && (x.toks[k].Low == "on" || x.toks[k].Low == "last" || x.toks[k].Low == "this" ||
				x.toks[k].Low == "late" || x.toks[k].Low == "early" || x.toks[k].Low == "earlier") {
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
	if x.toks[j].Low == "," && j-1 >= lo && x.toks[j-1].Low == ")" {
		// A stray comma after a name's parenthetical: "Gov. John Kasich
		// (R-OH), said". (np skips the parenthetical.)
		if m, ok := x.np(lo, j-1, 0); ok && m.person {
			return m, true
		}
	}
	if x.toks[j].Low == "," {
		// An appositive between two commas.
		k := j - 1
		for k >= lo && x.toks[k].Low != "," && !x.toks[k].SentEd && x.toks[k].Kind != tkCloseQ && x.toks[k].Kind != tkOpenQ && j-k < 30 {
			x.steps++
			k--
		}
		if k < lo || x.toks[k].Low != "," || k+1 >= j {
			return mention{}, false
		}
		inner, innerOK := x.np(k+1, j-1, 0)
		outer, outerOK := x.np(lo, k-1, 0)
		innerName := innerOK && inner.a == k+1 && inner.person && !inner.pron && (inner.title == "" || lexicon.HonorificOnly(inner.title) ||
			strings.HasPrefix(inner.title, "of ") || strings.HasPrefix(inner.title, "from ")) // "..., K. Shanmugavel of the AIADMK, said
		if outerOK && outer.a-1 > lo && x.toks[outer.a-1].Low == "," && !innerName {
			// "Garrick Oyelaran, an astrophysicist at the University of
			// California, Santa Cruz, who ..., calls": the phrase before
			// the last comma ends a longer appositive; the clause opens
			// with the name.
			if m, ok := x.openingName(lo, j); ok && m.person && m.b < outer.a-1 {
				return m, true
			}
		}
		switch {
		case innerName && (outerOK || x.roleBefore(lo, k) || x.nm.OfficeWithField(lo, k)):
			// "Twitter’s chief privacy officer, Damien Kieran, said"
			inner.title = x.roleTitle(lo, k)
			inner.from = inner.a
			if outerOK {
				inner.from = outer.from
			}
			return inner, true
		case outerOK && !outer.pron:
			if t := lexicon.CleanTitle(x.text(k+1, j)); t != "" {
				outer.title = t
			}
			return outer, true
		case outerOK:
			return outer, true
		}
		// Several appositives: "Ramil Carr, 31, a Philadelphia freelance
		// photographer, said". The clause then opens with the name.
		if m, ok := x.openingName(lo, j); ok && (m.person || m.pron) {
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
			if t.Kind != tkWord || t.InQ {
				break
			}
			if t.Low == "that" || t.Low == "which" || t.Low == "who" {
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
		if t.Kind != tkWord || t.InQ {
			break
		}
		switch t.Low {
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
		if t.InQ || t.Kind == tkCloseQ || t.Kind == tkOpenQ || t.SentEd {
			break
		}
		if t.Low == "that" || t.Low == "who" || t.Low == "which" {
			if m, ok := x.np(lo, k-1, 0); ok && !m.pron {
				return m, true
			}
			break
		}
	}
	return mention{}, false
}

// openingName returns the name or pronoun that opens the clause from lo
// (after its lead words) followed by a comma, before token j: "Ramil
// Carr, 31, a Philadelphia freelance photographer, said".
func (x *extractor) openingName(lo, j int) (mention, bool) {
	s0 := lo
	for s0 < j && x.toks[s0].Kind == tkWord && lexicon.IsLead(x.toks[s0].Low) {
		x.steps++
		s0++
	}
	if m, ok := x.subjectAfter(s0-1, j); ok && m.a == s0 && m.b < j && x.toks[m.b].Low == "," {
		return m, true
	}
	return mention{}, false
}

// roleBefore reports whether the words before token k end in a role noun.
func (x *extractor) roleBefore(lo, k int) bool {
	return k-1 >= lo && x.toks[k-1].Kind == tkWord && lexicon.IsRoleNoun(x.toks[k-1].Low)
}

// roleTitle renders the role phrase ending before token k, without its
// determiner or possessive owner: "Twitter’s chief privacy officer" gives
// "chief privacy officer".
func (x *extractor) roleTitle(lo, k int) string {
	i := k - 1
	for i-1 >= lo && x.toks[i-1].Kind == tkWord && !x.toks[i-1].InQ && (lexicon.Titleish(x.toks[i-1].Low) || x.toks[i-1].Cap && !lexicon.IsPossessive(x.toks[i-1].Low)) && !lexicon.IsNamedCap(x.toks[i-1].Low) {
		x.steps++
		i--
	}
	if i > k-1 {
		return ""
	}
	return x.text(i, k)
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
	if t.Kind != tkWord || t.InQ || t.Low == "that" {
		return mention{}, false // "said that ..." opens a clause, not a subject
	}
	if g := lexicon.PronounGender(t.Low); g != "" && g != "n" {
		return mention{a: i, b: i + 1, from: i, pron: true}, true
	}
	if (t.Low == "one" || t.Low == "another") && (i+1 >= hi || x.toks[i+1].Kind != tkWord) {
		return mention{a: i, b: i + 1, from: i, name: x.text(i, i+1)}, true // `” read one.`
	}
	// Walk forward to the end of the phrase, then parse it backwards.
	k := i
	for k < hi && k-i < 10 {
		x.steps++
		tk := x.toks[k]
		if tk.Low == "(" && k > i {
			// Skip a parenthetical such as "(D-S.C.)"; np skips it too.
			c := k + 1
			for c < hi && c-k < 10 && x.toks[c].Low != ")" {
				x.steps++
				c++
			}
			if c < hi && x.toks[c].Low == ")" {
				k = c + 1
				continue
			}
			break
		}
		if tk.Kind != tkWord && !(tk.Low == "." && k > i && (x.toks[k-1].E-x.toks[k-1].S == 1 || lexicon.IsAbbrev(x.toks[k-1].Low)) && !tk.SentEd) {
			break
		}
		if tk.Kind == tkWord && k > i && (lexicon.IsNounStop(tk.Low) && !(tk.Low == "of" && k+1 < hi && (x.toks[k+1].Cap || lexicon.Titleish(x.toks[k+1].Low)))) {
			break
		}
		if tk.Kind == tkWord && k > i && !tk.Cap && (lexicon.Verb(tk.Low) != 0 || lexicon.IsAux(tk.Low)) {
			break
		}
		if tk.Kind == tkWord && !tk.Cap && k > i && !lexicon.Titleish(tk.Low) && !lexicon.IsRole(tk.Low) && !lexicon.IsDeterminer(tk.Low) &&
			!lexicon.IsPossessive(tk.Low) && !lexicon.IsPossessive(x.toks[k-1].Low) {
			// An unknown modifier may precede a role or a name: "a 55-year-old
			// salesman", "Republican party boss Reince Priebus"; and a
			// determiner takes one noun: "one commenter".
			if k+1 < hi && x.toks[k+1].Kind == tkWord && (lexicon.IsRole(x.toks[k+1].Low) || x.toks[k+1].Cap) &&
				!lexicon.IsNounStop(tk.Low) && !lexicon.IsVerbLike(tk.Low) && !lexicon.IsAux(tk.Low) ||
				lexicon.IsDeterminer(x.toks[k-1].Low) && !lexicon.IsNounStop(tk.Low) && !lexicon.IsVerbLike(tk.Low) && !lexicon.IsAux(tk.Low) && lexicon.Verb(tk.Low) == 0 {
				k++
				continue
			}
			if clause.ModifiersBeforeRole(x.toks, k, hi, &x.steps) {
				k++ // "county emergency management director Carla Hinton"
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
	if k < hi && x.toks[k].Low == "," && m.title == "" && m.person {
		e := k + 1
		for e < hi && x.toks[e].Low != "," && !x.toks[e].SentEd && x.toks[e].Kind == tkWord && e-k < 14 {
			x.steps++
			e++
		}
		if e > k+1 && e < len(x.toks) && (x.toks[e].Low == "," || x.toks[e].SentEd || x.toks[e].Low == ".") {
			if first := x.toks[k+1].Low; lexicon.IsDeterminer(first) || lexicon.IsRoleNoun(first) || lexicon.Titleish(first) {
				m.title = lexicon.CleanTitle(x.text(k+1, e))
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
	if j > 0 && !x.toks[j-1].SentEd && x.toks[j-1].Para == t.Para && x.toks[j-1].Kind != tkOpenQ {
		return false
	}
	if j+1 < len(x.toks) && x.isNameWord(j+1) {
		return false
	}
	if x.nm.SoleName(j) {
		return false
	}
	if strings.HasSuffix(t.Low, "ing") || strings.HasSuffix(t.Low, "ly") || strings.HasSuffix(t.Low, "ed") && vocab.GivenNameGender(t.Low) == 0 {
		return true // (but "Ahmed", "Fred")
	}
	if lexicon.IsRoleNoun(t.Low) || lexicon.IsQuantifier(t.Low) || strings.HasSuffix(t.Low, "ers") || strings.HasSuffix(t.Low, "ists") ||
		strings.HasSuffix(t.Low, "ents") || strings.HasSuffix(t.Low, "ans") {
		return false // "Proponents say", "Democrats said": people, though not names
	}
	// A lone capitalised word at a sentence start is a name only if the
	// article also capitalises it mid-sentence ("Cruz said" but not "Couple").
	return !x.capMid[lexicon.StripPossessive(t.Low)]
}

// dateline reports whether token j is part of an all-capitals dateline or
// heading ("TALLAHASSEE —"), which is never a speaker. Short acronyms such
// as "FBI" or "NPR" are kept.
func (x *extractor) dateline(j int) bool {
	t := x.toks[j]
	if t.E-t.S < 4 || !lexicon.AllUpper(x.r[t.S:t.E]) {
		return false
	}
	_, outlet := lexicon.Outlet(t.Low)
	return !outlet
}
