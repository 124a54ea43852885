// Package mentionfix sets right the mention a quote is attributed to,
// before package refine resolves the name it gives: the description
// right after a quote ("“...,” the accused told gardaí"), a sentence's
// subject rather than a name in quotation marks, the player after a
// club's possessive, the person an apposition describes, a description
// cut before its head ("the lorry driver"), a surname with a lower-case
// particle, the person a description names between commas, and the one a
// "who wrote" clause is about.
package mentionfix

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// fixer holds one quote's question about an article.
type fixer struct {
	d     article.Doc
	r     []rune
	toks  []tok.Token
	steps int
}

// Fix sets right the mention quote q is attributed to, in the order the
// rules below go, and returns the work done.
func Fix(d article.Doc, q *result.Quote) int {
	x := &fixer{d: d, r: d.Runes(), toks: d.Toks()}
	x.trailingAttribution(q)
	x.unquotedSubject(q) // not "Kere Sanjeevini", a scheme's name in quotation marks
	x.playerOfTeam(q)    // "Nuggets' Vesely on trade chatter: '...'"
	x.appositionHead(q)  // "Solène Garnier, president of the National Rally (RN), said"
	x.appositionOf(q)    // "Roy Delacroix, a Republican, has so far declined, saying"
	x.appositionPlace(q) // "Priyam Kothandaraman, a network administrator in Columbus, Ohio, said"
	x.dashedPlace(q)     // "Ottawa—Vanier MPP Nathalie Vaillancourt raised ..., calling it"
	x.partyMember(q)     // "the Plaid Cymru MS said", after a sentence about Delyth Ifans
	x.placeOfName(q)     // "said resident Priya Ramaswamy-Kent of Dorian Road"
	x.relativeHead(q)    // "Rosalind Pettifer, who runs the pub with her husband Clive, 61, said"
	x.nameAfterRole(q)   // "The Greens spokesperson for oceans, Senator Tamsin Rourke, said"
	x.roleAfter(q)       // "the lorry driver", read as "the lorry"
	x.particleAfter(q)   // "Khalid al-Amin", read as "Khalid"
	x.whoWrote(q)        // "a letter from a fish merchant, Donnie MacIsaac, who wrote that he had “stopped counting”"
	x.quotedAsSaying(q)  // "“...,” the spokesman quoted the prime minister as saying"
	return x.steps
}

func (x *fixer) tokenAt(pos int) int            { return x.d.TokenAt(pos) }
func (x *fixer) sentStart(i int) int            { return x.d.SentStart(i) }
func (x *fixer) isNameWord(i int) bool          { return x.d.IsNameWord(i) }
func (x *fixer) text(a, b int) string           { return x.d.Text(a, b) }
func (x *fixer) ent(e int) article.Entity       { return x.d.Ent(e) }
func (x *fixer) byName(name string) (int, bool) { return x.d.ByName(name) }
func (x *fixer) isCue(i int) bool               { return x.d.IsCue(i) }

// trailingAttribution gives a quote ending in a comma, attributed by the
// models to a mention before it, the description that attributes it right
// after its closing mark instead: "Sgt Desmond read extracts from the
// memo. “I just lost the head,” the accused told gardaí."
func (x *fixer) trailingAttribution(q *result.Quote) {
	if q.SpeakerStart >= q.Start || q.Kind == result.KindParaphrase || !strings.HasSuffix(q.Text, ",") {
		return
	}
	k := x.tokenAt(q.End)
	for k < len(x.toks) && x.toks[k].Kind != tok.CloseQ && x.toks[k].S < q.End+2 {
		k++
	}
	if k+3 >= len(x.toks) || x.toks[k].Kind != tok.CloseQ || x.toks[k+1].Para != x.toks[k].Para {
		return
	}
	one := x.toks[k+1].Low == "one" && k+4 < len(x.toks) && x.toks[k+2].Low == "of" && x.toks[k+3].Low == "the" // "one of the delegates said"
	if x.toks[k+1].Low != "the" && !one {
		return
	}
	j := k + 2
	if one {
		j = k + 4
	}
	for j < len(x.toks) && j-k <= 4 && x.toks[j].Kind == tok.Word && !x.toks[j].Cap && !x.isCue(j) {
		j++
	}
	if j >= len(x.toks) || j == k+2 || one && j == k+4 || !x.isCue(j) {
		return
	}
	if h := x.toks[j-1].Low; !lexicon.IsEpithet(h, false) && !vocab.LaterEpithets[h] && !(one && strings.HasSuffix(h, "s")) {
		return // a person described: "the accused", "the pensioner", one of the delegates
	}
	q.SpeakerStart, q.SpeakerEnd, q.Speaker, q.SpeakerTitle = x.toks[k+1].S, x.toks[j-1].E, x.text(k+1, j), ""
}

// unquotedSubject gives a quote whose speaker mention lies inside
// quotation marks (a scheme's or a work's name: "the ‘Kere Sanjeevini’
// scheme") the subject of its sentence instead, or the body a report's
// subject names ("The report of the State Audit and Accounts
// Department"); it leaves the quote as it is when the sentence has
// neither.
func (x *fixer) unquotedSubject(q *result.Quote) {
	a := x.tokenAt(q.SpeakerStart)
	if a < 0 || q.SpeakerStart >= q.Start || !article.QuotedName(x.d, a) && !(q.SpeakerStart > 0 && strings.ContainsRune("‘'“\"", x.r[q.SpeakerStart-1])) {
		return
	}
	s := x.sentStart(x.tokenAt(q.Start))
	if x.toks[s].Low == "the" && s+3 < len(x.toks) && vocab.DocNouns[x.toks[s+1].Low] && x.toks[s+2].Low == "of" {
		k := s + 3
		if x.toks[k].Low == "the" {
			k++
		}
		e := k
		for e < len(x.toks) && e-k < 8 && (x.isNameWord(e) || x.toks[e].Low == "and" || x.toks[e].Low == "of") && !x.toks[e].InQ {
			e++
		}
		for e > k && !x.isNameWord(e-1) {
			e--
		}
		if e > k {
			q.Speaker, q.SpeakerTitle = x.text(k, e), "" // "The report of the State Audit and Accounts Department ... had found"
			q.SpeakerStart, q.SpeakerEnd = x.toks[k].S, x.toks[e-1].E
		}
		return
	}
	if m, ok := x.d.SentenceSubject(s, x.tokenAt(q.Start)); ok && !m.Pron && !article.QuotedName(x.d, m.A) && x.toks[m.A].Cap && m.Name != "" && m.Person {
		q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = m.Name, m.Title, x.toks[m.A].S, x.toks[m.B-1].E
	}
}

// playerOfTeam gives a quote attributed to a club or firm written as
// the owner of the name after it ("Nuggets' Vesely on trade chatter:
// '...'", a link's headline) the person that name stands for.
func (x *fixer) playerOfTeam(q *result.Quote) {
	a, b := x.tokenAt(q.SpeakerStart), x.tokenAt(q.SpeakerEnd-1)+1
	if a < 0 || b >= len(x.toks) || !lexicon.IsPossessive(x.toks[b-1].Low) && !strings.HasSuffix(x.toks[b-1].Low, "s'") && x.toks[b].Low != "'" && x.toks[b].Low != "’" {
		return
	}
	n := b
	for n < len(x.toks) && n-b < 2 && !x.isNameWord(n) {
		n++ // the apostrophe after "Nuggets"
	}
	if n >= len(x.toks) || !x.isNameWord(n) {
		return
	}
	e := n
	for e < len(x.toks) && e-n < 3 && x.isNameWord(e) {
		e++
	}
	if c := x.d.ResolvePerson(x.text(n, e), "", x.toks[n].S); c >= 0 && x.ent(c).Person && strings.Contains(x.ent(c).Name, " ") && x.ent(c).Name != q.Speaker {
		q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = x.ent(c).Name, x.ent(c).Title, x.toks[n].S, x.toks[e-1].E
	}
}

// appositionHead gives a quote attributed to the end of an apposition
// ("Solène Garnier, president of the far-right National Rally (RN),
// said ...": "Rally") the person the apposition describes, who opens the
// sentence.
func (x *fixer) appositionHead(q *result.Quote) {
	a, b := x.tokenAt(q.SpeakerStart), x.tokenAt(q.SpeakerEnd-1)+1
	if a <= 0 || b+1 >= len(x.toks) {
		return
	}
	c := b
	if x.toks[c].Low == "(" { // "(RN)"
		for c < len(x.toks) && c-b < 4 && x.toks[c].Low != ")" {
			c++
		}
		c++
	}
	if c+1 >= len(x.toks) || x.toks[c].Low != "," || !x.isCue(c+1) {
		return
	}
	s := x.sentStart(a)
	n := s
	for n < a && n-s < 4 && x.isNameWord(n) {
		n++
	}
	if n == s || n >= a || x.toks[n].Low != "," {
		return
	}
	for k := n + 1; k < a; k++ {
		x.steps++
		if x.isCue(k) || x.toks[k].Low == "," || lexicon.Verb(x.toks[k].Low) != 0 {
			return // the apposition ends before the mention
		}
	}
	if e, ok := x.byName(lexicon.StripPossessive(x.text(s, n))); ok && x.ent(e).Person && strings.Contains(x.ent(e).Name, " ") {
		q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = x.ent(e).Name, x.text(n+1, c), x.toks[s].S, x.toks[n-1].E
	}
}

// maxAppositionName bounds the name before an apposition, and
// maxApposition the apposition, in tokens.
const (
	maxAppositionName = 4
	maxApposition     = 12
)

// appositionOf gives a quote attributed to a description in apposition
// after a person's name, between commas, the person: "Committee Chairman
// Roy Delacroix, a Republican, has so far declined, saying ...", "Haji
// Muhammad Ashraf Memon, a member of the opposition from Karachi West,
// however, questioned ..., saying".
func (x *fixer) appositionOf(q *result.Quote) {
	a, b := x.tokenAt(q.SpeakerStart), x.tokenAt(q.SpeakerEnd-1)+1
	if a < 2 || b >= len(x.toks) || x.toks[a-1].Low != "," {
		return
	}
	if w := x.toks[a].Low; w != "a" && w != "an" && w != "the" {
		return
	}
	for b < len(x.toks) && b-a < maxApposition && x.toks[b].Kind == tok.Word && !x.toks[b].InQ && !x.isCue(b) && lexicon.Verb(x.toks[b].Low) == 0 {
		b++ // "a member of the opposition from Karachi West,"
	}
	if b >= len(x.toks) || x.toks[b].Low != "," {
		return
	}
	for n := a - 2; n >= 0 && a-1-n <= maxAppositionName && x.isNameWord(n); n-- {
		x.steps++
		if e, ok := x.byName(x.text(n, a-1)); ok && x.ent(e).Person && strings.Contains(x.ent(e).Name, " ") {
			q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = x.ent(e).Name, x.text(a, b), x.toks[n].S, x.toks[a-2].E
			return
		}
	}
	// A name the list of people missed ("Committee Chairman Roy
	// Delacroix", whose office reads as an organisation's): its last two
	// words, when they read as a given name and a surname.
	if n := a - 3; n >= 0 && x.isNameWord(n) && x.isNameWord(n+1) && vocab.NameShaped(x.text(n, a-1)) &&
		lexicon.FirstNameGender(x.toks[n].Low) != 0 {
		e := x.d.ResolvePerson(x.text(n, a-1), "", x.toks[n].S)
		q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = x.ent(e).Name, x.text(a, b), x.toks[n].S, x.toks[a-2].E
	}
}

// appositionPlace gives a quote attributed to the place that ends an
// apposition ("Ars reader Priyam Kothandaraman, a network administrator
// in Columbus, Ohio, said": "Ohio") the person the apposition describes.
func (x *fixer) appositionPlace(q *result.Quote) {
	a, b := x.tokenAt(q.SpeakerStart), x.tokenAt(q.SpeakerEnd-1)+1
	if a < 4 || b+1 >= len(x.toks) || x.toks[b].Low != "," || !x.isCue(b+1) || !x.isNameWord(a) {
		return
	}
	p := a // the place: "Columbus, Ohio" or "Ohio"
	if x.toks[p-1].Low == "," && x.isNameWord(p-2) {
		p -= 2
		for p > 0 && a-p < 5 && x.isNameWord(p-1) {
			p--
		}
	}
	if w := x.toks[p-1].Low; w != "in" && w != "from" && w != "of" && w != "near" && w != "at" {
		return
	}
	c := p - 2
	for c > 0 && a-c <= maxApposition && x.toks[c].Low != "," {
		x.steps++
		if x.toks[c].Kind != tok.Word || x.toks[c].InQ || x.isCue(c) || lexicon.Verb(x.toks[c].Low) != 0 {
			return
		}
		c--
	}
	if c <= 0 || x.toks[c].Low != "," || a-c > maxApposition {
		return
	}
	if w := x.toks[c+1].Low; w != "a" && w != "an" && w != "the" && !lexicon.IsRoleNoun(w) {
		return
	}
	for n := c - 1; n >= 0 && c-n <= maxAppositionName && x.isNameWord(n); n-- {
		x.steps++
		if e, ok := x.byName(x.text(n, c)); ok && x.ent(e).Person && strings.Contains(x.ent(e).Name, " ") {
			q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = x.ent(e).Name, x.text(c+1, b), x.toks[n].S, x.toks[c-1].E
			return
		}
	}
}

// dashedPlace gives a quote attributed to the first part of a place
// joined by a dash ("Ottawa—Vanier MPP Nathalie Vaillancourt": "Ottawa",
// as Canada names its ridings) the person the words after it name.
func (x *fixer) dashedPlace(q *result.Quote) {
	a, b := x.tokenAt(q.SpeakerStart), x.tokenAt(q.SpeakerEnd-1)+1
	if a < 0 || b+1 >= len(x.toks) || !lexicon.IsDash(x.toks[b].Low) || x.toks[b].S != x.toks[b-1].E || x.toks[b+1].S != x.toks[b].E {
		return
	}
	e := b + 1
	for e < len(x.toks) && e-b <= maxAppositionName+2 && x.isNameWord(e) {
		x.steps++
		e++
	}
	for s := b + 1; s+1 < e; s++ { // past the rest of the place and the office: "Vanier MPP"
		x.steps++
		if p, ok := x.byName(x.text(s, e)); ok && x.ent(p).Person && strings.Contains(x.ent(p).Name, " ") {
			q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = x.ent(p).Name, x.text(a, s), x.toks[s].S, x.toks[e-1].E
			return
		}
	}
}

// Unattributed gives a quote the models found no one for the person its
// sentence names before its cue (namedBeforeCue), and returns the work
// done.
func Unattributed(d article.Doc, q *result.Quote) int {
	x := &fixer{d: d, r: d.Runes(), toks: d.Toks()}
	x.namedBeforeCue(q)
	x.namedSubject(q)
	return x.steps
}

// namedSubject gives a quotation no one was found for, in the predicate
// of its sentence, the name that sentence opens with: "But the All
// Progressives Congress (APC) in the state dismissed the senator’s
// claims as “cheap blackmail”". Only a name of two words or more, or one
// the article knows, followed by a word in lower case (its verb) counts:
// a pronoun, a description or a quoted subject gives no one.
func (x *fixer) namedSubject(q *result.Quote) {
	if q.SpeakerStart >= 0 || q.Speaker != "" || q.Kind == result.KindParaphrase {
		return
	}
	o := x.tokenAt(q.Start)
	if o <= 1 {
		return
	}
	a := x.sentStart(o)
	for a < o && (lexicon.IsLead(x.toks[a].Low) || x.toks[a].Low == "the" || x.toks[a].Low == ",") {
		x.steps++
		a++ // "But the ..."
	}
	b := a
	for b < o && b-a < maxAppositionName+2 && x.isNameWord(b) && !x.toks[b].InQ {
		x.steps++
		b++
	}
	if b == a {
		return
	}
	name := lexicon.StripPossessive(x.text(a, b))
	_, known := x.byName(name)
	c := b
	if c+2 < o && x.toks[c].Low == "(" && x.toks[c+2].Low == ")" {
		c += 3 // "(APC)"
	}
	if !known && b-a < 2 || c >= o || x.toks[c].Kind != tok.Word || x.toks[c].Cap || lexicon.IsPossessive(x.toks[b-1].Low) {
		return
	}
	for k := c; k < o; k++ {
		x.steps++
		if x.isCue(k) {
			return // a cue of its own the models read otherwise
		}
	}
	q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = name, "", x.toks[a].S, x.toks[b-1].E
}

// namedBeforeCue gives a quote no one was found for the person named
// in apposition right before the cue of its sentence, ahead of the
// quote: "Fianna Fáil’s director of elections, Minister of State Fintan
// Gilvarry, told Galway Bay FM that it was “all over bar the shouting”".
func (x *fixer) namedBeforeCue(q *result.Quote) {
	if q.SpeakerStart >= 0 || q.Speaker != "" {
		return
	}
	o := x.tokenAt(q.Start)
	if o <= 0 {
		return
	}
	for k := o - 1; k > x.sentStart(o) && k > 1; k-- {
		x.steps++
		if !x.isCue(k) {
			continue
		}
		if x.toks[k-1].Low != "," {
			return
		}
		e := k - 1
		for e > 1 && lexicon.IsPostNominal(x.text(e-1, e)) {
			e-- // "Rory Gilsenan BL"
		}
		for s := e - 1; s >= 0 && e-1-s < maxAppositionName && x.isNameWord(s); s-- {
			x.steps++
			p, ok := x.byName(x.text(s, e))
			if !ok {
				p, ok = x.byName(x.text(s, k-1)) // the name as the list of people has it, letters and all
			}
			if ok && x.ent(p).Person && strings.Contains(x.text(s, e), " ") {
				q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = x.text(s, e), x.ent(p).Title, x.toks[s].S, x.toks[e-1].E
				q.Via = x.toldOutlet(k, o)
				return
			}
		}
		if s := e - 2; s >= 0 && x.isNameWord(s) && x.isNameWord(s+1) && vocab.NameShaped(x.text(s, e)) &&
			vocab.GivenNameGender(x.toks[s].Low) != 0 {
			// a name the list of people missed: "Counsel for the HSE, Rory Gilsenan BL, said"
			p := x.d.ResolvePerson(x.text(s, e), "", x.toks[s].S)
			q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = x.ent(p).Name, x.ent(p).Title, x.toks[s].S, x.toks[e-1].E
			q.Via = x.toldOutlet(k, o)
		}
		return
	}
}

// partyMember gives a quote attributed to "the Plaid Cymru MS" (a
// party's name and an office in capitals, read as a name) the person the
// sentence before is about: the description stands for them.
func (x *fixer) partyMember(q *result.Quote) {
	a, b := x.tokenAt(q.SpeakerStart), x.tokenAt(q.SpeakerEnd-1)+1
	if a >= 0 && a < b && x.toks[a].Low == "the" {
		a++ // the mention taken whole: "the Plaid Cymru MS"
	}
	if a < 2 || b-a < 2 || x.toks[a-1].Low != "the" {
		return
	}
	if h := x.toks[b-1]; !lexicon.AllUpper(x.r[h.S:h.E]) || h.E-h.S > 4 || h.E-h.S < 2 {
		return
	}
	if e, ok := x.byName(q.Speaker); ok && x.ent(e).Person && strings.Contains(x.ent(e).Name, " ") {
		return
	}
	s := x.sentStart(a - 1)
	if s == 0 || x.toks[s-1].Para+1 < x.toks[a].Para {
		return
	}
	m, ok := x.d.SentenceSubject(x.sentStart(s-1), s)
	if !ok || m.Pron {
		return
	}
	if e, ok := x.byName(m.Name); ok && x.ent(e).Person && strings.Contains(x.ent(e).Name, " ") && m.A < m.B {
		q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = x.ent(e).Name, x.text(a, b), x.toks[m.A].S, x.toks[m.B-1].E
	}
}

// toldOutlet returns the outlet a "told" at token k names before token
// hi ("told Galway Bay FM that ..."), or "".
func (x *fixer) toldOutlet(k, hi int) string {
	if k+1 >= hi || x.toks[k].Low != "told" {
		return ""
	}
	return x.d.Via(k, hi)
}

// placeOfName gives a quote attributed to the place a person is said to
// be of ("said resident Priya Ramaswamy-Kent of Dorian Road", "Ruth
// Ellison from Elm Street") the person.
func (x *fixer) placeOfName(q *result.Quote) {
	a, b := x.tokenAt(q.SpeakerStart), x.tokenAt(q.SpeakerEnd-1)+1
	if a < 0 || b <= a {
		return
	}
	for k := a; k+1 < b; k++ { // the mention taken whole: "resident Priya Ramaswamy-Kent of Dorian Road"
		if w := x.toks[k].Low; (w == "of" || w == "from") && x.text(k+1, b) == q.Speaker {
			a = k + 1
			break
		}
	}
	if a < 3 {
		return
	}
	if x.toks[a-1].Low == "," && (vocab.PlaceOrTeam(x.text(a, b)) || lexicon.IsPlace(strings.ToLower(x.text(a, b)))) {
		// "Kayleigh Dorsett of Round Rock, Texas, wrote": the town before the state
		c := a - 2
		for c > 0 && a-c <= 4 && x.isNameWord(c-1) {
			c--
		}
		if c >= 2 && c < a-1 && x.isNameWord(c) && (x.toks[c-1].Low == "of" || x.toks[c-1].Low == "from") {
			a = c
			b = c + 1
			for b < len(x.toks) && x.isNameWord(b) {
				b++
			}
			if !vocab.PlaceOrTeam(x.text(a, b)) && !lexicon.IsPlace(strings.ToLower(x.text(a, b))) {
				// a town the lists lack: the state after it says it is one
				n := a - 1
				for n > 0 && a-1-n < maxAppositionName && x.isNameWord(n-1) {
					n--
				}
				if e, ok := x.byName(x.text(n, a-1)); ok && x.ent(e).Person && a-1-n >= 2 {
					q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = x.ent(e).Name, "", x.toks[n].S, x.toks[a-2].E
				}
				return
			}
		}
	}
	if w := x.toks[a-1].Low; w != "of" && w != "from" || !vocab.PlaceOrTeam(x.text(a, b)) && !lexicon.IsPlace(strings.ToLower(x.text(a, b))) {
		return
	}
	n := a - 1
	for n > 0 && a-1-n < maxAppositionName && x.isNameWord(n-1) {
		n--
	}
	if a-1-n < 2 {
		return
	}
	name := x.text(n, a-1)
	if !vocab.NameShaped(name) {
		for n < a-2 && !vocab.NameShaped(x.text(n, a-1)) {
			n++ // "resident Priya Ramaswamy-Kent": the role is no part of it
		}
		if name = x.text(n, a-1); !vocab.NameShaped(name) {
			return
		}
	}
	e, ok := x.byName(name)
	if !ok {
		e = x.d.ResolvePerson(name, "", x.toks[n].S)
	}
	q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = x.ent(e).Name, x.ent(e).Title, x.toks[n].S, x.toks[a-2].E
}

// nameAfterRole gives a quote attributed to a description that the
// person's name follows between commas, right before the cue ("The
// Greens spokesperson for oceans, Senator Tamsin Rourke, said it was
// “galling”"), the person named.
func (x *fixer) nameAfterRole(q *result.Quote) {
	a, b := x.tokenAt(q.SpeakerStart), x.tokenAt(q.SpeakerEnd-1)+1
	if a < 0 || b <= a {
		return
	}
	if e, ok := x.byName(q.Speaker); ok && x.ent(e).Person && !lexicon.IsPossessive(x.toks[b-1].Low) {
		return // (but "Fianna Fáil’s director of elections, ..." is the director)
	}
	for b < len(x.toks) && x.toks[b].Low != "," { // the rest of the description: "for oceans"
		x.steps++
		if b-a > 10 || x.toks[b].Kind != tok.Word || x.isCue(b) || lexicon.Verb(x.toks[b].Low) != 0 {
			return
		}
		b++
	}
	c := b + 1
	e := c
	for e < len(x.toks) && e-c < 8 && (x.isNameWord(e) || e > c && e+1 < len(x.toks) && (x.toks[e].Low == "of" || x.toks[e].Low == "for") &&
		lexicon.IsTitleWord(x.toks[e-1].Low) && x.isNameWord(e+1)) { // "Minister of State Fintan Gilvarry"
		x.steps++
		e++
	}
	f := e // past "of Ocampo Reiter LLP": the name's firm
	if f < len(x.toks) && (x.toks[f].Low == "of" || x.toks[f].Low == "at") {
		f++
		for f < len(x.toks) && f-e < 8 && (x.isNameWord(f) || x.toks[f].Low == "&") {
			x.steps++
			f++
		}
	}
	// "The Greens spokesperson for oceans, Senator Tamsin Rourke, said",
	// or after the cue: "said the forum’s chairperson, Marietjie Coetzer."
	before := f+1 < len(x.toks) && x.toks[f].Low == "," && (x.isCue(f+1) || f+2 < len(x.toks) && lexicon.IsAux(x.toks[f+1].Low) && (x.isCue(f+2) || x.toks[f+2].Low == "quoted")) // (", was quoted")
	after := a > 0 && x.isCue(a-1) && f < len(x.toks) && (x.toks[f].Low == "," || x.toks[f].Low == "." || x.toks[f].SentEd)
	if e == c || !before && !after {
		return
	}
	for s := c; s < e; s++ { // past an honorific: "Senator", "Dr"
		x.steps++
		if p, ok := x.byName(lexicon.StripPossessive(x.text(s, e))); ok && x.ent(p).Person && strings.Contains(x.ent(p).Name, " ") {
			q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = x.ent(p).Name, x.text(a, b), x.toks[s].S, x.toks[e-1].E
			if before && q.Via == "" {
				q.Via = x.toldOutlet(f+1, x.tokenAt(q.Start))
			}
			return
		}
	}
}

// roleAfter gives a description cut before its head ("said the lorry
// driver", read as "the lorry") the head, so that it reads as the person
// it describes.
func (x *fixer) roleAfter(q *result.Quote) {
	a, b := x.tokenAt(q.SpeakerStart), x.tokenAt(q.SpeakerEnd-1)+1
	if a < 0 || b >= len(x.toks) || x.toks[a].Low != "the" || x.toks[b].Kind != tok.Word || x.toks[b].Cap {
		return
	}
	if h := x.toks[b].Low; (lexicon.IsEpithet(h, false) || lexicon.IsPersonRole(h) || vocab.UnnamedPeople[h]) && !strings.HasSuffix(h, "ed") && lexicon.Verb(h) == 0 {
		q.Speaker, q.SpeakerEnd = x.text(a+1, b+1), x.toks[b].E
	}
}

// particleAfter gives a name cut before a surname with a lower-case
// particle ("Government spokesman Khalid al-Amin", read as "Khalid") the
// surname.
func (x *fixer) particleAfter(q *result.Quote) {
	b := x.tokenAt(q.SpeakerEnd-1) + 1
	if b <= 0 || b >= len(x.toks) || !strings.HasSuffix(q.Speaker, x.text(b-1, b)) {
		return
	}
	if _, ok := article.ParticleName(x.d, b); ok {
		q.Speaker, q.SpeakerEnd = q.Speaker+" "+x.text(b, b+1), x.toks[b].E
	}
}

// whoWrote gives a quote inside a relative clause ("..., Donnie
// MacIsaac, who wrote that he had “stopped counting”") the person the
// clause is about, named right before "who", when the models chose the
// sentence's subject (the one reading the letter out).
func (x *fixer) whoWrote(q *result.Quote) {
	o := x.tokenAt(q.Start) - 1
	if o < 4 || q.SpeakerStart < 0 || q.SpeakerStart > q.Start {
		return
	}
	s := x.sentStart(o)
	for k := o - 1; k > s+2 && o-k <= 12; k-- {
		x.steps++
		if x.toks[k].Low != "who" || x.toks[k-1].Low != "," || !x.isCue(k+1) {
			continue
		}
		n := k - 1
		for n > s && k-1-n < 4 && x.isNameWord(n-1) {
			n--
		}
		if n == k-1 || q.SpeakerStart >= x.toks[n].S && q.SpeakerStart <= x.toks[k-2].E {
			return // no name before "who", or the one chosen
		}
		name := lexicon.StripPossessive(x.text(n, k-1))
		if e, ok := x.byName(name); ok && x.ent(e).Person && strings.Contains(name, " ") {
			q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = x.ent(e).Name, x.ent(e).Title, x.toks[n].S, x.toks[k-2].E
		}
		return
	}
}

// maxClauseRest bounds the words of a relative clause after the name a
// quote was attributed to.
const maxClauseRest = 8

// relativeHead gives a quote attributed to a name inside a relative
// clause that closes right before the cue ("The mother-of-two, who runs
// the pub with her husband Clive, 61, said", "A spokesperson for
// Glasshouse Television, which makes Sun, Sea & Singles, said") the head
// the clause hangs from: the name or the description that opens the
// sentence.
func (x *fixer) relativeHead(q *result.Quote) {
	a, b := x.tokenAt(q.SpeakerStart), x.tokenAt(q.SpeakerEnd-1)+1
	if a <= 0 || b+1 >= len(x.toks) {
		return
	}
	c := b // past the rest of the clause: "Clive, 61,", "Sun, Sea & Singles,"
	for c+1 < len(x.toks) && c-b < maxClauseRest && !(x.toks[c].Low == "," && x.isCue(c+1)) {
		x.steps++
		if x.isCue(c) || x.toks[c].InQ || x.toks[c].Kind != tok.Word && x.toks[c].Low != "," && x.toks[c].Low != "&" {
			return
		}
		c++
	}
	if c+1 >= len(x.toks) || x.toks[c].Low != "," || !x.isCue(c+1) {
		return
	}
	s := x.sentStart(a)
	w := -1
	for k := a - 1; k > s; k-- {
		x.steps++
		if x.isCue(k) || x.toks[k].InQ {
			return
		}
		if (x.toks[k].Low == "who" || x.toks[k].Low == "whose" || x.toks[k].Low == "which") && x.toks[k-1].Low == "," {
			w = k
			break
		}
	}
	if w < 0 || w-1-s > 6 {
		return
	}
	h := w - 1
	if h-2 > s && x.toks[h-2].Low == "," && lexicon.IsNumber(x.toks[h-1].Low) {
		h -= 2 // "Thackray, 51, who joined from ...": the age is no part of the name
	}
	head := x.text(s, h)
	if e, ok := x.byName(lexicon.StripPossessive(head)); ok && x.ent(e).Person {
		head = x.ent(e).Name
	} else if e := article.SurnameAt(x.d, h-1); h-1 == s && e >= 0 {
		head = x.ent(e).Name // a surname alone, of the one named in full before
	} else if x.toks[s].Low != "the" && x.toks[s].Low != "a" && x.toks[s].Low != "an" {
		return
	}
	q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = head, "", x.toks[s].S, x.toks[h-1].E
}

// quotedAsSaying gives a quote attributed to someone who "quoted"
// another "as saying" ("“We want every guest to know ...,” the
// spokesman quoted the prime minister as saying") the one quoted: the
// words are theirs, the spokesman only passed them on.
func (x *fixer) quotedAsSaying(q *result.Quote) {
	if q.SpeakerStart < 0 || q.SpeakerStart < q.End || q.Kind == result.KindParaphrase {
		return
	}
	k := x.tokenAt(q.SpeakerEnd-1) + 1
	if k <= 0 || k+3 >= len(x.toks) || x.toks[k].Low != "quoted" && x.toks[k].Low != "quotes" {
		return
	}
	as := k + 2
	for as < len(x.toks) && as-k <= 8 && x.toks[as].Low != "as" {
		x.steps++
		if x.toks[as].Kind != tok.Word || x.toks[as].SentEd {
			return
		}
		as++
	}
	if as+1 >= len(x.toks) || x.toks[as].Low != "as" {
		return
	}
	switch x.toks[as+1].Low {
	case "saying", "telling", "stating", "writing", "having":
	default:
		return
	}
	a := k + 1
	if x.toks[a].Low == "the" && as-a >= 2 {
		q.Speaker, q.SpeakerTitle = x.text(a, as), "" // "the prime minister": the office rules read it next
	} else if p, ok := x.byName(x.text(a, as)); ok {
		q.Speaker, q.SpeakerTitle = x.ent(p).Name, x.ent(p).Title
	} else {
		q.Speaker, q.SpeakerTitle = x.text(a, as), ""
	}
	q.SpeakerStart, q.SpeakerEnd = x.toks[a].S, x.toks[as-1].E
}
