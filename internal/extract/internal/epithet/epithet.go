// Package epithet finds whom a description stands for: "the Scot", "the
// 45-year-old", "the striker" (someone named just before), "the
// chancellor" (the office's holder), and tells a place or a work named
// after a preposition ("at Stamford Bridge", "the thriller Low Tide")
// from a person, which package refine asks of its pronouns and
// descriptions. It reads the article through article.Doc and counts its
// work there.
package epithet

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// reader holds one question asked of the article.
type reader struct {
	d     article.Doc
	toks  []tok.Token
	steps int
}

func newReader(d article.Doc) *reader { return &reader{d: d, toks: d.Toks()} }

// done counts the reader's work on the article.
func (x *reader) done() { x.d.Step(x.steps) }

// Of returns the person a description [a, b) ("the Scot", "the
// 27-year-old", "the striker") stands for: the one person named in its
// sentence before it or the sentence before that, or the one of them it
// was written before ("striker Callum Ferrie"); -1 if none or ambiguous.
func Of(d article.Doc, a, b int) int {
	x := newReader(d)
	defer x.done()
	return x.epithet(a, b)
}

// Candidates is Of, which also returns, when it finds no one person, the
// people it had to choose between (none when no one is named near): nil
// when [a, b) is not a description of a person at all.
func Candidates(d article.Doc, a, b int) (int, []int) {
	x := newReader(d)
	defer x.done()
	return x.epithetCandidates(a, b)
}

// Aged reports whether the description [a, b) gives an age ("the
// 58-year-old former finance minister"): someone just named, not an
// office's holder.
func Aged(d article.Doc, a, b int) bool { return newReader(d).aged(a, b) }

// Home reports whether [a, b) calls someone after where they come from
// or play: "the Craughwell man", "the Kilkenny boss".
func Home(d article.Doc, a, b int) bool { return newReader(d).homeEpithet(a, b) }

// OfficeHolder returns the person the article called by the office
// before token a ("Chancellor Rachel Reeves", "Rachel Reeves, the
// chancellor," for "the chancellor"), the latest of them, or -1.
func OfficeHolder(d article.Doc, a int, office string) int {
	x := newReader(d)
	defer x.done()
	return x.officeHolder(a, office)
}

// PlaceMention reports whether the name at token t is the object of a
// preposition of place ("at Stamford Bridge", "in Santa Cruz") or a
// work or occasion ("the thriller Low Tide", "her Oscar Night").
func PlaceMention(d article.Doc, t int) bool {
	x := newReader(d)
	defer x.done()
	return x.placeMention(t)
}

func (x *reader) sentStart(i int) int                           { return x.d.SentStart(i) }
func (x *reader) paraStart(i int) int                           { return x.d.ParaStart(i) }
func (x *reader) isNameWord(i int) bool                         { return x.d.IsNameWord(i) }
func (x *reader) text(a, b int) string                          { return x.d.Text(a, b) }
func (x *reader) ent(e int) article.Entity                      { return x.d.Ent(e) }
func (x *reader) byName(name string) (int, bool)                { return x.d.ByName(name) }
func (x *reader) mentionsBefore(i int, f func(e, tok int) bool) { x.d.MentionsBefore(i, f) }
func (x *reader) sentenceSubject(s0, hi int) (article.Mention, bool) {
	return x.d.SentenceSubject(s0, hi)
}
func (x *reader) isCue(i int) bool { return x.d.IsCue(i) }

// placeMention reports whether the name at token t is the object of a
// preposition of place ("at Stamford Bridge", "in Santa Cruz") or a
// work or occasion ("the thriller Low Tide", "her Oscar Night").
func (x *reader) placeMention(t int) bool {
	if t < 0 {
		return false // no mention
	}
	if article.OrgHalf(x.d, t) {
		return true
	}
	if e := x.nameEnd(t); e < len(x.toks) && !x.toks[e].Cap && (lexicon.IsAreaNoun(x.toks[e].Low) || x.toks[e].Low == "village" || x.toks[e].Low == "town" || worksOf[x.toks[e].Low]) {
		return true // "Trat's Khao Saming district", "the Kahuku village", "the obligatory Cold Chisel track"
	}
	if t <= 0 {
		return false
	}
	if w := x.toks[t-1].Low; (w == "and" || w == "or") && t >= 3 && x.isNameWord(t-2) {
		// "from Lombok and East Java": the second of two places
		k := t - 2
		for k > 0 && t-2-k < 3 && x.isNameWord(k-1) {
			k--
		}
		switch x.toks[max(k-1, 0)].Low {
		case "at", "in", "near", "from", "across", "around":
			return k > 0
		}
		return false
	}
	if x.toks[t-1].Low == "," && t >= 3 && x.isNameWord(t-2) && !vocab.PlaceOrTeam(x.text(t-2, t-1)) && !x.roleInApposition(t) && !x.saysNext(t) {
		// "in Batley, West Yorkshire": the region of a place (not "in
		// January, Walter Pruett stood" or "from Dhaka, Henrik Sørvik,
		// the IOM's chief of mission")
		k := t - 2
		for k > 0 && t-2-k < 3 && x.isNameWord(k-1) {
			k--
		}
		switch x.toks[max(k-1, 0)].Low {
		case "at", "in", "near", "from", "outside":
			return k > 0
		}
	}
	if x.toks[t-1].Low == "on" {
		e := t
		for e+1 < len(x.toks) && e-t < 3 && x.isNameWord(e+1) {
			e++
		}
		switch x.toks[e].Low {
		case "hill", "street", "avenue", "road", "square", "boulevard", "lane", "island", "row":
			return true // "on Capitol Hill", "on Wall Street"
		}
	}
	if t >= 2 && lexicon.IsPossessive(x.toks[t-1].Low) && x.isNameWord(t-1) {
		switch x.toks[t-2].Low {
		case "in", "across", "around", "near", "into", "through", "at":
			return true // "in Victoria's Central Highlands": a region of a place
		}
	}
	switch x.toks[t-1].Low {
	case "at", "in", "near", "into", "outside", "inside", "across", "around", "from", "a", "an",
		// "her Oscar Night", "the thriller Low Tide", "a Chevrolet Impala":
		// an occasion, a work or a thing
		"her", "his", "their", "its", "film", "movie", "thriller", "drama", "comedy", "series", "novel", "book",
		"album", "song", "podcast", "musical", "documentary", "sitcom", "memoir":
		return true
	case "the":
		if t >= 2 && x.toks[t].Kind == tok.Word {
			switch x.toks[t-2].Low {
			case "in", "across", "around", "near", "into", "through":
				// "meadows in the Canadian Rockies": a region (not "at the
				// Guardian", an employer)
				return x.isNameWord(t) && t+1 < len(x.toks) && x.isNameWord(t+1)
			}
		}
	}
	return false
}

// epithet returns the person a description [a, b) ("the Scot", "the
// 27-year-old", "the striker") stands for: the one person named in its
// sentence before it or the sentence before that, or the one of them it
// was written before ("striker Callum Ferrie"); -1 if none or ambiguous.
func (x *reader) epithet(a, b int) int {
	e, _ := x.epithetCandidates(a, b)
	return e
}

// epithetCandidates is epithet, which also returns, when it finds no one
// person, the people it had to choose between (none when no one is named
// near): nil when [a, b) is not a description of a person at all.
func (x *reader) epithetCandidates(a, b int) (int, []int) {
	head := x.toks[b-1]
	if a > 0 && x.toks[a].Low != "the" && x.toks[a-1].Low == "the" && x.toks[a].Cap {
		a-- // "the Oscar winner", read from "Oscar"
	} else if a > 1 && x.toks[a].Cap && lexicon.IsEpithet(x.toks[a].Low, true) && strings.HasSuffix(x.toks[a-1].Low, "-year-old") && x.toks[a-2].Low == "the" {
		a -= 2 // "the 27-year-old Swede", read from "Swede"
	}
	if x.toks[a].Low != "the" || head.Kind != tok.Word || !lexicon.IsEpithet(head.Low, head.Cap) && !vocab.LaterEpithet(head.Low) && !vocab.ExecHeads[head.Low] && !vocab.Offices[head.Low] &&
		!x.homeEpithet(a, b) && !strings.Contains(head.Low, "-of-") && !x.aged(a, b) && !x.formerRole(a, b) && !x.ranked(a, b) ||
		strings.HasSuffix(head.Low, "s") && !strings.HasSuffix(head.Low, "ss") {
		return -1, nil
	}
	lo := x.sentStart(a)
	if lo > 0 {
		lo = x.sentStart(lo - 1)
	}
	for hop := 0; hop < 2 && lo > 0 && lexicon.PronounGender(x.toks[lo].Low) != "" && x.toks[lo-1].Para+1 >= x.toks[a].Para; hop++ {
		lo = x.sentStart(lo - 1) // "He was named player of the match.": the one he is, named before
	}
	first, second, match := -1, -1, -1
	var more [2]int // a third and fourth person, so that the last speaker is found among them too
	nmore := 0
	visit := func(e, t int) bool {
		if t < lo {
			return false
		}
		if !x.ent(e).Person || vocab.PlaceOrTeam(x.ent(e).Name) || lexicon.IsPlace(strings.ToLower(x.ent(e).Name)) || vocab.Countries[strings.ToLower(x.ent(e).Name)] {
			return true // a club, a place, or a word taken for a name ("India seamer ...")
		}
		if n := x.ent(e).Name; !strings.Contains(n, " ") && lexicon.IsEpithet(strings.ToLower(n), true) {
			return true // "The Scot, who ...": a description read as a name, no one named
		}
		if n := strings.ToLower(x.ent(e).Name); vocab.Countries[n[:max(0, strings.IndexByte(n, ' '))]] || vocab.Demonym(n[strings.LastIndexByte(n, ' ')+1:]) {
			return true // "a Sri Lankan", "the South African": a nationality
		}
		if t > 0 && (x.toks[t-1].Low == "by" || x.toks[t-1].Low == "the" || OutletTrades[x.toks[t-1].Low]) || x.placeMention(t) || vocab.IsOutlet(x.ent(e).Name) ||
			x.d.OutletMention(t, min(t+len(strings.Fields(x.ent(e).Name)), len(x.toks))) { // "Speaking to Sky Sports Golf ..., the Scot admitted"
			return true // "Asked by Martin Kell, defending, ..., the pensioner replied": the one asking; "his Red Bull rival"; "the Mesa Ridge fire"; "Swedish daily Dagens Nyheter"
		}
		if first < 0 {
			first = e
		} else if e != first && second < 0 {
			second = e
		} else if e != first && e != second && nmore < len(more) && (nmore == 0 || more[0] != e) {
			more[nmore] = e
			nmore++
		}
		for k := max(lo, t-3); k < t; k++ {
			x.steps++
			if (x.toks[k].Low == head.Low || x.toks[k].Low == vocab.TitleAbbrev[head.Low]) && match < 0 && !x.objectOf(k) {
				match = e // "striker Callum Ferrie" for "the striker", "Sen. Ted Cruz" for "the senator"
			}
		}
		return true
	}
	x.mentionsBefore(a, visit)
	if first < 0 && lo > 0 && x.aged(a, b) {
		// "Brenda Vickerstaff has waited ... She does her shopping ...
		// From 26 April, she won’t be able to. ‘...,’ says the
		// 81-year-old": an age looks back two paragraphs
		lo = x.paraStart(lo - 1)
		if lo > 0 {
			lo = x.paraStart(lo - 1)
		}
		x.mentionsBefore(a, visit)
	}
	if first < 0 && lo > 0 && x.toks[lo-1].Para+2 >= x.toks[a].Para && x.toks[lo].Low == "it" {
		// "Delphine Okonkwo-Reyes still keeps the key. It hangs on a
		// hook ... “...,” the 61-year-old said."
		lo = x.sentStart(lo - 1)
		x.mentionsBefore(a, visit)
	}
	if match < 0 && (vocab.Offices[head.Low] || vocab.ExecHeads[head.Low]) {
		match = x.officeHolder(a, vocab.OfficeWords(x.text(a+1, b)))
	}
	if match < 0 && b-a == 2 && second < 0 && attendants[head.Low] {
		match = x.officeHolder(a, head.Low) // "the caddie", after "his caddie, Fredrik Saxén" and the player's own words
	}
	switch {
	case match >= 0:
		return match, nil
	case vocab.Offices[head.Low] && !x.aged(a, b) && (vocab.HeadsOfState[head.Low] || second >= 0 || first < 0 || !x.subjectBefore(a, first) || x.ent(first).Title != ""):
		if b-a == 2 && !vocab.HeadsOfState[head.Low] {
			return -1, []int{} // "the minister", called so by no one: the one quoted just before, if anyone
		}
		return -1, nil // "the president" not called so, or "the shadow chancellor": someone else
	case second >= 0:
		return -1, append([]int{first, second}, more[:nmore]...) // two people or more: ambiguous
	case first < 0:
		return -1, []int{}
	}
	return first, nil
}

// attendants are the roles of someone who works beside the one a story is
// about, called so once by name ("his caddie, Fredrik Saxén") and later
// by the role alone, when the story's subject is the one named near.
var attendants = map[string]bool{"caddie": true, "caddy": true, "bagman": true, "interpreter": true, "translator": true,
	"agent": true, "trainer": true, "physio": true, "bodyguard": true, "chauffeur": true, "assistant": true}

// aged reports whether the description [a, b) gives an age ("the
// 58-year-old former finance minister"): someone just named, not an
// office's holder.
func (x *reader) aged(a, b int) bool {
	for k := a; k < b; k++ {
		if strings.HasSuffix(x.toks[k].Low, "-year-old") {
			return true
		}
	}
	return false
}

// worksOf are the things a name before them made or performs: "a Cold
// Chisel track", "the Taylor Swift song", whose name speaks nowhere.
var worksOf = map[string]bool{"track": true, "song": true, "songs": true, "album": true, "film": true,
	"movie": true, "novel": true, "concert": true, "anthem": true, "tune": true}

// saysNext reports whether the name at token t is followed by a speech
// verb or an auxiliary: "Back in Stoke, Ellery said": the subject of
// the sentence after a place, not the place's region.
func (x *reader) saysNext(t int) bool {
	e := x.nameEnd(t)
	return e < len(x.toks) && !x.toks[e].Cap && x.toks[e].Kind == tok.Word && (lexicon.Verb(x.toks[e].Low) != 0 || vocab.FiniteAux[x.toks[e].Low])
}

// nameEnd returns the token after the capitalised name starting at t.
func (x *reader) nameEnd(t int) int {
	e := t
	for e < len(x.toks) && e-t < 6 && x.isNameWord(e) {
		e++
	}
	return e
}

// homeEpithet reports whether [a, b) calls someone after where they
// come from or play: "the Craughwell man", "the Dicksboro clubman", "the
// Kilkenny boss", "the ex-England man".
func (x *reader) homeEpithet(a, b int) bool {
	if a > 0 && x.toks[a].Low != "the" && x.toks[a-1].Low == "the" {
		a-- // the mention read from "Craughwell"
	}
	switch x.toks[b-1].Low {
	case "man", "woman", "clubman", "clubwoman", "boss", "native", "local", "manager", "coach", "captain", "skipper", "head", "leader":
		return b-a >= 3 && x.toks[a].Low == "the" && x.toks[b-2].Kind == tok.Word && (x.toks[b-2].Cap || x.formerHome(b-2))
	}
	return false
}

// formerHome reports whether token k is a place or club someone has
// left, written with "ex-": "the ex-England man", "the ex-Arsenal boss".
func (x *reader) formerHome(k int) bool {
	w := []rune(x.text(k, k+1))
	return len(w) > 3 && strings.HasPrefix(x.toks[k].Low, "ex-") && unicode.IsUpper(w[3])
}

// officeHolder returns the person the article called by the office
// before token a ("Chancellor Rachel Reeves", "Rachel Reeves, the
// chancellor," for "the chancellor"), the latest of them, or -1. A
// qualified office ("shadow chancellor", "former president") is
// someone else's.
func (x *reader) officeHolder(a int, office string) int {
	found, seen, at := -1, 0, -1
	x.mentionsBefore(a, func(e, t int) bool {
		seen++
		ent := x.ent(e)
		if !ent.Person {
			return seen < 500
		}
		at = t
		if vocab.HoldsOffice(ent.Title, office) || x.appositionHolds(t, office) || x.officeInApposition(t, office) {
			found = e
			return false
		}
		if strings.Contains(office, " ") {
			return seen < 500 // "the chief executive": the title it was given
		}
		for k := max(0, t-3); k < t; k++ {
			x.steps++
			if w := strings.TrimSuffix(x.toks[k].Low, "."); w != "" && (w == office || w == vocab.TitleAbbrev[office]) && (k == 0 || !vocab.OfficeQualifiers[x.toks[k-1].Low] && !x.objectOf(k)) {
				found = e
				return false
			}
		}
		if x.officeBefore(t, office) {
			found = e
			return false
		}
		return seen < 500
	})
	if e := x.titledSurname(a, max(at, 0), office); e >= 0 {
		return e // "Justice Memon asked", later than the holder named in full
	}
	return found
}

// maxTitledBack bounds, in tokens, how far back a surname after the
// office is looked for.
const maxTitledBack = 600

// titledSurname returns the person written as the office and a surname
// alone ("Justice Memon asked", "Judge Crane said") between tokens lo
// and a, the latest such, when the article named them in full; -1 if
// none.
func (x *reader) titledSurname(a, lo int, office string) int {
	for k := a - 2; k >= lo && a-k < maxTitledBack; k-- {
		x.steps++
		w := strings.TrimSuffix(x.toks[k].Low, ".")
		if !x.toks[k].Cap || w != office && w != vocab.TitleAbbrev[office] && !(office == "judge" && w == "justice") || !x.isNameWord(k+1) ||
			k+2 < len(x.toks) && x.isNameWord(k+2) && x.toks[k+2].Para == x.toks[k].Para {
			continue
		}
		surname := lexicon.StripPossessive(x.text(k+1, k+2))
		if e, ok := x.byName(surname); ok && x.ent(e).Person && strings.Contains(x.ent(e).Name, " ") {
			return e
		}
		found, seen := -1, 0
		x.mentionsBefore(k, func(e, t int) bool {
			seen++
			if n := x.ent(e); n.Person && strings.HasSuffix(n.Name, " "+surname) {
				found = e // "Justice Faisal Kamal Memon" named before
			}
			return found < 0 && seen < 200
		})
		if found >= 0 {
			return found
		}
	}
	return -1
}

// officeBefore reports whether the name at token t follows its office
// and a comma: "the Minister of Works, Engr. Chukwuemeka Obidike", "The
// Commissioner for Lands, Tunde Bakare".
func (x *reader) officeBefore(t int, office string) bool {
	k := t - 1
	for n := 0; k >= 0 && n < 4 && (x.toks[k].Low == "." || x.toks[k].Cap && (lexicon.IsTitleWord(x.toks[k].Low) || lexicon.IsHonorific(x.toks[k].Low))); n++ {
		x.steps++
		k-- // "Engr.", "Alhaji", "Dr"
	}
	if k < 1 || x.toks[k].Low != "," {
		return false
	}
	for n := 0; k-1 >= 0 && n < 8; n++ {
		x.steps++
		k--
		w := x.toks[k]
		switch {
		case w.Kind != tok.Word:
			return false
		case w.Low == office:
			return k == 0 || !vocab.OfficeQualifiers[x.toks[k-1].Low] && !x.objectOf(k)
		case !w.Cap && w.Low != "of" && w.Low != "for" && w.Low != "and":
			return false
		}
	}
	return false
}

// objectOf reports whether the word at token k is the object of a
// preposition: "a spokesman for the Minister, John Okeke,", whose name
// is the spokesman's, not the minister's.
func (x *reader) objectOf(k int) bool {
	p := k - 1
	if p > 0 && x.toks[p].Low == "the" {
		p--
	}
	if p < 0 {
		return false
	}
	switch x.toks[p].Low {
	case "for", "of", "to", "by", "with", "from":
		return true
	}
	return false
}

// appositionHolds reports whether the name mentioned at token t is
// followed by an office in apposition ("Sir Graham Ellery, the former
// cabinet minister who ..."), when the name's title is something else.
func (x *reader) appositionHolds(t int, office string) bool {
	e := x.nameEnd(t)
	if e+1 >= len(x.toks) || x.toks[e].Low != "," {
		return false
	}
	k := e + 1
	if w := x.toks[k].Low; w == "the" || w == "a" || w == "an" {
		k++
	}
	want := strings.Fields(office)
	for j, w := range want {
		if k+j >= len(x.toks) || x.toks[k+j].Low != w {
			return false
		}
	}
	// "signed by his press secretary, Mr. Kunle Fadahunsi, the governor
	// said": the office is the subject of the verb, not the name's.
	return k+len(want) >= len(x.toks) || !x.isCue(k+len(want))
}

// maxOfficeQualifier bounds, in tokens, what an office written before a
// name in apposition may carry after it: "for the circular economy".
const maxOfficeQualifier = 8

// officeInApposition reports whether the name at token t is written
// after its office and a comma: "press the assistant minister for the
// circular economy, Priya Raman-Hollis, on why ...".
func (x *reader) officeInApposition(t int, office string) bool {
	if t < 3 || x.toks[t-1].Low != "," {
		return false
	}
	want := strings.Fields(office)
	for j := t - 1 - len(want); j > 0 && t-1-(j+len(want)) <= maxOfficeQualifier; j-- {
		x.steps++
		if x.toks[j+len(want)-1].Para != x.toks[t].Para || x.toks[j].InQ {
			return false
		}
		match := true
		for i, w := range want {
			match = match && x.toks[j+i].Low == w
		}
		if match {
			if j >= 2 {
				switch x.toks[j-2].Low {
				case "for", "of", "to", "by", "with":
					return false // "A spokesman for the Minister, John Okeke": the spokesman's name
				}
			}
			d := x.toks[j-1].Low
			return d == "the" || d == "a" || d == "an" || lexicon.IsPossessive(d) // (not "Deputy Assistant Minister ...")
		}
	}
	return false
}

// subjectBefore reports whether entity e is the subject of the sentence
// before token a's: "Rachel Reeves has defended ... The chancellor said:".
func (x *reader) subjectBefore(a, e int) bool {
	s := x.sentStart(a)
	if s == 0 {
		return false
	}
	p := x.sentStart(s - 1)
	m, ok := x.sentenceSubject(p, s)
	if name, ok := vocab.GivenAsTitle(m.Name, m.Title); ok {
		m.Name, m.Title, m.Person = name, "", true // "Bill Tanaka, who has run dive trips ..., said"
	}
	if !ok || m.Pron || !m.Person {
		return false
	}
	c, ok := x.byName(m.Name)
	return ok && c == e
}

// roleInApposition reports whether the name at token t is followed by a
// description of a person's role: "Henrik Sørvik, the IOM's chief of
// mission", "Ana Reis, a nurse".
func (x *reader) roleInApposition(t int) bool {
	b := t
	for b < len(x.toks) && b-t < 4 && x.isNameWord(b) {
		b++
	}
	if b+1 >= len(x.toks) || x.toks[b].Low != "," || !lexicon.IsDeterminer(x.toks[b+1].Low) {
		return false
	}
	for k := b + 2; k < len(x.toks) && k-b <= 7 && !x.toks[k].SentEd && x.toks[k].Low != ","; k++ {
		x.steps++
		if lexicon.IsPersonRole(x.toks[k].Low) || lexicon.IsRoleNoun(x.toks[k].Low) {
			return true
		}
	}
	return false
}

// OutletTrades are the words for an outlet written before its name:
// "Swedish daily Dagens Nyheter", "broadcaster Sport TV".
var OutletTrades = map[string]bool{"daily": true, "newspaper": true, "paper": true, "broadcaster": true, "magazine": true,
	"tabloid": true, "weekly": true, "channel": true, "station": true, "network": true, "outlet": true, "agency": true}

// formerRole reports whether the description [a, b) calls someone by
// what they used to be ("the former Azzurri centre"), which only a
// person was, whatever its head word names otherwise.
func (x *reader) formerRole(a, b int) bool {
	for k := a + 1; k < b-1; k++ {
		x.steps++
		if x.toks[k].Low == "former" {
			return true
		}
	}
	return false
}

// ranked reports whether the description [a, b) is "the world" of "the
// world number 14 from Pontefract", "the world No 3": a player by rank.
func (x *reader) ranked(a, b int) bool {
	if b-a != 2 || x.toks[b-1].Low != "world" || b >= len(x.toks) {
		return false
	}
	w := strings.TrimSuffix(x.toks[b].Low, ".")
	return w == "number" || w == "no"
}
