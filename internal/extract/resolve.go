package extract

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/names"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// collectNames registers every full name (two or more capitalised words
// that look like a person) with its title, so that later short names and
// pronouns can be resolved to it, and records which outlet interviewed whom.
func (x *extractor) collectNames() {
	n := len(x.toks)
	for i := 0; i < n && !x.stopped(); i++ {
		x.steps++
		if !x.isNameWord(i) || names.HeadlineVerb(x.toks[i].Low) && i > 0 && x.isNameWord(i-1) ||
			(i+1 < n && x.isNameWord(i+1) && x.toks[i+1].Para == x.toks[i].Para && !names.HeadlineVerb(x.toks[i+1].Low)) || x.linkPara[x.toks[i].Para] ||
			i+2 < n && x.isNameWord(i+2) && x.nm.PatronymicAt(x.paraStart(i), i+1) {
			continue // the name goes on ("Ahmad Zaki bin Ismail"), or a link to another story
		}
		lo := x.paraStart(i)
		a := x.nm.CapRunBack(lo, i)
		if a == lo && i-a >= 3 && (x.toks[a].Low == "q" || x.toks[a].Low == "a") && x.toks[a+1].Low == "." {
			a += 2 // "Q. Jamal Okonkwo-Reyes, Spokane Chronicle.": a transcript's label, no initial
		}
		ns := x.nm.SplitTitle(a, i+1)
		if ns == a && a-2 >= lo && x.nm.PatronymicAt(lo, a-1) {
			a = x.nm.CapRunBack(lo, a-2) // "Ahmad Zaki bin Ismail": "bin" joins two names
			ns = x.nm.SplitTitle(a, ns-1)
		}
		words, initials := 0, 0
		for k := ns; k <= i; k++ {
			x.steps++
			if x.toks[k].Kind == tkWord {
				words++
				if x.toks[k].E-x.toks[k].S == 1 {
					initials++ // "degrees C. A warmer burrow": letters, no name
				}
			}
		}
		if a >= 2 && x.toks[a-1].Low == "/" && lexicon.NeverSurname(x.toks[a-2].Low) {
			continue // "Photo / Getty Images": a credit, no one in the story
		}
		if words < 2 && !(ns == i && x.nm.FromPlace(i)) || initials == words || lexicon.IsNamedCap(x.toks[ns].Low) && !x.nm.MonthFirstName(ns) || !x.personShaped(ns, i+1) || lexicon.NeverSurname(x.toks[i].Low) ||
			i+1 < len(x.toks) && x.nm.DescribedRun(ns, i+1) || // "The This Morning Live presenter": a show, no one named
			x.nm.OfficeBeforeField(ns, i) || // "Deputy Foreign Minister for Legal ...": an office, no name
			ns >= 2 && x.toks[ns-1].Low == ":" && lexicon.NeverSurname(strings.TrimSuffix(x.toks[ns-2].Low, "s")) {
			continue
		}
		m, ok := x.np(lo, i, 3)
		title := ""
		if ok && m.b == i+1 {
			title = m.title
		}
		if title == "" {
			title = x.nm.TitleAfter(i + 1)
		}
		if o := x.nm.OfficeBefore(lo, ns); o >= 0 {
			title = x.text(o, ns)
		}
		g, poss := byte(0), false
		for k := max(lo, a-3); k < ns; k++ {
			x.steps++
			if lexicon.IsFemaleCue(x.toks[k].Low) {
				g = 'f'
			} else if lexicon.IsMaleCue(x.toks[k].Low) {
				g = 'm'
			} else {
				continue
			}
			poss = lexicon.IsPossessivePronoun(x.toks[k].Low)
		}
		if e := x.register(x.text(ns, i+1), title, g, x.toks[ns].S); poss && x.ents[e].gender == g {
			x.ents[e].possGender = true // "His partner, Eilidh MacRae": his is someone else's
		}
	}
	x.collectNicknamed()
	x.collectShortNames()
	x.collectInterviews()
}

// collectNicknamed registers the names written with a nickname in
// quotation marks between given name and surname (names.Text.Nicknamed).
func (x *extractor) collectNicknamed() {
	for _, n := range x.nm.Nicknamed(func(w string) bool { return lexicon.FirstNameGender(w) != 0 || vocab.GivenNameGender(w) != 0 }) {
		x.register(x.text(n[0], n[0]+1)+" "+x.text(n[1], n[2]), "", 0, x.toks[n[0]].S)
	}
}

// collectShortNames records later mentions of a person by surname alone
// ("Cruz has railed against ..."), so that a following "he" resolves to
// the person last mentioned, not to the last full name.
//
// When two people share a surname ("Keziah Bramwell", then "her mother,
// Efua Bramwell"), the surname alone stays with the one it was already
// used for, as a writer gives the second their full name each time; the
// mention is still the latest full name's, which the models were trained
// on, and the one it was used for is kept in x.established for the
// refinements after them (recent.SharedSurnames).
func (x *extractor) collectShortNames() {
	// surname (or first name) -> 1 + the entity of the latest full name,
	// and 1 + the entity it was last used alone for (0 for none)
	seen := map[string]struct{ last, short int }{}
	var here []int32 // the entities named at a token, in the order registered
	for i, t := range x.toks {
		x.steps++
		here = here[:0]
		for m := x.lastAt[i]; m != 0; m = x.mentions[m-1].prev {
			here = append(here, x.mentions[m-1].ent)
		}
		for k := len(here) - 1; k >= 0; k-- {
			x.steps++
			e := int(here[k])
			name := x.ents[e].name
			if j := strings.LastIndexByte(name, ' '); j >= 0 && x.ents[e].person {
				first, _, _ := strings.Cut(name, " ")
				if n := seen[first]; n.last == 0 {
					n.last = e + 1 // "Hillary"
					seen[first] = n
				}
				n := seen[name[j+1:]]
				n.last = e + 1 // "Clinton"
				if n.short != 0 && n.short != e+1 && x.relativeOf(i, n.short-1) {
					n.short = 0 // "Maya's mother, Denise Reynolds": Maya is Maya now
				}
				seen[name[j+1:]] = n
			}
		}
		if !x.isNameWord(i) || (i+1 < len(x.toks) && x.isNameWord(i+1) && x.toks[i+1].Para == t.Para) ||
			(i > 0 && x.isNameWord(i-1) && x.toks[i-1].Para == t.Para && !x.honorificAlone(i-1)) || x.linkPara[t.Para] {
			continue // part of a longer name (a paragraph's edge ends one), or a link to another story
		}
		w := lexicon.StripPossessive(x.text(i, i+1))
		n := seen[w]
		if n.last == 0 {
			continue
		}
		e, used := n.last-1, n.last
		if s := n.short - 1; s >= 0 && s != e && (x.ents[s].gender == 0 || x.ents[e].gender == 0 || x.ents[s].gender == x.ents[e].gender) && !x.honorificAlone(max(i-1, 0)) {
			used = n.short
			if x.established == nil {
				x.established = map[int]int{}
			}
			x.established[i] = n.short
		}
		if n.short != used && !lexicon.IsPossessive(t.Low) && (i+1 >= len(x.toks) || !familyNouns[x.toks[i+1].Low]) {
			n.short = used             // (but "Sandhu's nephew", "the Arriaga family": the family's)
			seen[strings.Clone(w)] = n // (w is read without a copy where it is not kept)
		}
		x.insertName(t.S, e)
	}
}

// relativeOf reports whether the name at token i is introduced as a
// relative of entity s by s's first name: "Maya's mother, Denise
// Reynolds".
func (x *extractor) relativeOf(i, s int) bool {
	first, _, _ := strings.Cut(x.ents[s].name, " ")
	for k := i - 1; k >= 0 && i-k <= 4 && x.toks[k].Para == x.toks[i].Para; k-- {
		x.steps++
		if lexicon.IsPossessive(x.toks[k].Low) && lexicon.StripPossessive(x.text(k, k+1)) == first {
			return true
		}
	}
	return false
}

// familyNouns after a surname make it the family's: "the Arriaga family".
var familyNouns = map[string]bool{"family": true, "families": true, "household": true, "clan": true, "home": true, "estate": true}

// honorificAlone reports whether token k is an honorific that is not
// itself part of a longer name: "Mrs" in "Mrs Ellwood".
func (x *extractor) honorificAlone(k int) bool {
	return lexicon.IsHonorific(strings.TrimSuffix(x.toks[k].Low, ".")) && (k == 0 || !x.isNameWord(k-1) || x.toks[k-1].Para != x.toks[k].Para)
}

// register records a full-name mention and returns its entity.
func (x *extractor) register(name, title string, g byte, pos int) int {
	name = lexicon.StripPossessive(name)
	e, ok := x.byName[name]
	if !ok {
		e = len(x.ents)
		if g == 0 {
			first, _, _ := strings.Cut(name, " ")
			g = lexicon.FirstNameGender(strings.ToLower(first))
		}
		x.ents = append(x.ents, entity{name: name, title: title, gender: g, person: true})
		x.timesNamed = append(x.timesNamed, 0)
		x.byName[name] = e
		for _, w := range strings.Fields(name) {
			x.nameKeys[w] = true // "Hafiz" for "Muhammad Hafiz Rosli" too
			if bare, ok := names.ArabicSurname(w); ok {
				x.nameKeys[bare] = true // "Khafaji" for "Raed al-Khafaji"
			}
		}
	} else {
		if x.ents[e].title == "" {
			x.ents[e].title = title
		}
		if x.ents[e].gender == 0 {
			x.ents[e].gender = g
		}
	}
	x.insertName(pos, e)
	return e
}

// insertName records a mention of entity e at pos, the start of a token:
// resolution looks for the nearest mentions before a position.
func (x *extractor) insertName(pos, e int) {
	i := x.tokenAt(pos)
	if x.lastAt[i] == 0 {
		x.mentioned.Mark(i)
	}
	x.mentions = append(x.mentions, nameMention{ent: int32(e), prev: x.lastAt[i]})
	x.lastAt[i] = int32(len(x.mentions))
	x.timesNamed[e]++
}

// namesBefore calls f with the entity of each mention before token i,
// the latest first (in the order registered among those at one token),
// until f returns false. The walk costs the mentions it visits.
func (x *extractor) namesBefore(i int, f func(e int) bool) {
	x.mentionsBefore(i, func(e, _ int) bool { return f(e) })
}

// mentionsBefore is namesBefore that also gives the token of each mention.
func (x *extractor) mentionsBefore(i int, f func(e, tok int) bool) {
	for t := x.mentioned.Prev(i); t >= 0; t = x.mentioned.Prev(t) {
		for m := x.lastAt[t]; m != 0; m = x.mentions[m-1].prev {
			x.steps++
			if !f(int(x.mentions[m-1].ent), t) {
				return
			}
		}
	}
}

// maxNameLookback bounds how many earlier mentions a short name is
// compared with: a surname refers to someone named recently, and the bound
// keeps an article of thousands of names linear.
const maxNameLookback = 500

// collectInterviews gives a person the outlet that spoke with them
// ("NPR spoke with Sam Levine"), as the default via of their statements.
func (x *extractor) collectInterviews() {
	for a := 0; a < len(x.toks) && !x.stopped(); {
		x.steps++
		b := a
		for b < len(x.toks) && !x.toks[b].SentEd {
			x.steps++
			b++
		}
		if b >= len(x.toks) {
			b = len(x.toks) - 1
		}
		outlet := ""
		interview := false
		clause := b + 1 // the token of "that" opening the reported clause, after which a name did not speak to the outlet
		for i := a; i <= b && !interview; i++ {
			x.steps++
			switch x.toks[i].Low {
			case "spoke", "talked", "interviewed", "interview", "told", "speaking", "talking":
				interview = true
				for k := i + 1; k <= b && k-i <= 8; k++ {
					x.steps++
					if x.toks[k].Low == "that" {
						clause = k
						break
					}
				}
			}
		}
		for i := a; i <= b && interview && outlet == ""; i++ {
			x.steps++
			if o, n := x.outlets.At(i, b+1); n > 0 {
				outlet = o
			}
		}
		if interview && outlet != "" {
			for k := a; k <= b && k < clause; k++ {
				x.steps++
				for m := x.lastAt[k]; m != 0; m = x.mentions[m-1].prev {
					x.steps++
					if e := x.mentions[m-1].ent; x.ents[e].via == "" {
						x.ents[e].via, x.ents[e].viaPara = outlet, x.toks[a].Para
					}
				}
			}
		}
		a = b + 1
	}
}

// resolvePerson maps a person mention to an entity: a full name is
// registered as is; a single name ("Khan") is the latest full name before
// pos that contains it.
func (x *extractor) resolvePerson(name, title string, pos int) int {
	name = lexicon.StripPossessive(name)
	if strings.Contains(name, " ") {
		return x.register(name, title, 0, pos)
	}
	found, middle := -1, -1
	if x.nameKeys[name] { // else no entity's name has this word
		want := lexicon.HonorificGender(title)
		seen := 0
		x.namesBefore(x.tokenAt(pos), func(e int) bool {
			seen++
			full := x.ents[e].name
			first, _, _ := strings.Cut(full, " ")
			if want != 0 && x.ents[e].gender != 0 && x.ents[e].gender != want {
				return seen < maxNameLookback // "Mr. Lindgren" is not Ruth Lindgren
			}
			if strings.HasSuffix(full, " "+name) || first == name || strings.HasSuffix(full, " al-"+name) || strings.HasSuffix(full, " el-"+name) {
				found = e
				return false
			}
			if middle < 0 && x.ents[e].person && strings.Contains(full, " "+name+" ") {
				middle = e // "Mr Hafiz" for Muhammad Hafiz Rosli, "Prof Lee" for Jason Lee Chee Meng
			}
			return seen < maxNameLookback
		})
	}
	if found < 0 {
		found = middle
	}
	if found >= 0 {
		if title != "" && x.ents[found].title == "" {
			x.ents[found].title = title
		}
		return found
	}
	return x.register(name, title, 0, pos)
}

// resolvePronoun maps "he"/"she" to the latest person named before pos
// whose gender fits, and "they"/"it"/"we" to the latest organisation that
// spoke. It returns -1 when nothing fits.
func (x *extractor) resolvePronoun(pron string, pos int) int {
	g := lexicon.PronounGender(pron)
	switch g {
	case "m", "f":
		want := g[0]
		found, seen, outlet := -1, 0, -1
		at := x.tokenAt(pos)
		x.mentionsBefore(at, func(k, t int) bool {
			seen++
			e := x.ents[k]
			if e.person && e.gender == 0 && x.viaSeen[e.name] && outlet < 0 {
				outlet = k // "Garrity told Sky Sport. He ...": the outlet is no "he"
				return seen < 199
			}
			if e.person && (e.gender == 0 || e.gender == want) {
				if outlet >= 0 && x.toks[t].Para+2 < x.toks[at].Para {
					k = outlet // no one named near but the outlet: leave it to the refinements
				}
				if x.ents[k].gender == 0 {
					x.ents[k].gender, x.ents[k].pronGender = want, true
				}
				found = k
				return false
			}
			return seen < 199
		})
		return found
	}
	return -1
}
