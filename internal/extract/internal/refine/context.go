package refine

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// Refinements that read a speaker from the quotes around it rather than
// from the words before it.

// lastSpeakerAmong returns the person who spoke the latest quote before
// quote i, when that quote's attribution is within the two paragraphs
// before token a and the person is one of cands (or cands is empty: no
// one is named near): "'Madders is fit,' the 60-year-old added." after
// Postecoglou's quotes, when the sentence before names Postecoglou and
// Maddison. cands nil (not a description of a person) gives -1.
func (x *refiner) lastSpeakerAmong(i, a int, cands []int) int {
	const maxLastSpeakerParas = 3 // a line of page furniture ("Advertisement") may stand between
	if cands == nil {
		return -1
	}
	p := x.out[i-1]
	if p.SpeakerStart < 0 || p.Speaker == "" {
		return -1
	}
	e, ok := x.byName(p.Speaker)
	if !ok && len(cands) == 0 && strings.Count(p.Speaker, " ") >= 1 && unicode.IsUpper([]rune(p.Speaker)[0]) && !vocab.PlaceOrTeam(p.Speaker) {
		e, ok = x.resolvePerson(p.Speaker, p.SpeakerTitle, p.SpeakerStart), true // "Home Minister SM Anwarul Kabir said", a name the models did not collect
	}
	if !ok || !x.ent(e).Person {
		return -1
	}
	if t := x.tokenAt(p.Start); x.toks[t].Para+maxLastSpeakerParas < x.toks[a].Para {
		return -1 // (counted from the quote, which may run on from its attribution's paragraph)
	}
	if len(cands) == 0 {
		return e
	}
	for _, c := range cands {
		if c == e {
			return e
		}
	}
	return -1
}

// appositiveName gives a described speaker the name written in apposition
// after the description: "Another expert, Beijing-based military affairs
// analyst Song Zhongping, told ..." is Song Zhongping, with the rest of
// the apposition as the title.
func (x *refiner) appositiveName(q *result.Quote) {
	if q.Speaker == "" || q.SpeakerTitle == "" || x.isPerson(q.Speaker) {
		return
	}
	words := strings.Fields(q.SpeakerTitle)
	for n := 3; n >= 2; n-- {
		if len(words) < n {
			continue
		}
		name := strings.Join(words[len(words)-n:], " ")
		if x.isPerson(name) {
			q.Speaker, q.SpeakerTitle = name, strings.Join(words[:len(words)-n], " ")
			return
		}
	}
}

// titlesAndName drops a chain of titles joined by "and" from a speaker:
// "Deputy Chief Minister and Bengaluru Development Minister R. Mallesh"
// read as "Minister and R. Mallesh" is R. Mallesh, when the words before
// "and" end in a title and the words after are a person named in the
// article.
func (x *refiner) titlesAndName(q *result.Quote) {
	before, after, ok := strings.Cut(q.Speaker, " and ")
	if !ok || !x.isPerson(after) {
		return
	}
	last := before[strings.LastIndexByte(before, ' ')+1:]
	if !lexicon.IsTitleWord(strings.ToLower(strings.TrimSuffix(last, "."))) && !officeField(before) {
		return
	}
	q.Speaker = after
	if q.SpeakerTitle == "" || strings.HasPrefix(q.SpeakerTitle, "also ") {
		q.SpeakerTitle = before
	}
}

// officeField reports whether words end in an office and the first
// field of its portfolio: "Deputy Foreign Minister for Legal" (and
// International Affairs).
func officeField(words string) bool {
	f := strings.Fields(words)
	n := len(f)
	return n >= 3 && (f[n-2] == "for" || f[n-2] == "of") && lexicon.IsTitleWord(strings.ToLower(f[n-3]))
}

// namesAfter gives a speaker named by surname alone before the article
// writes the full name (a headline's "Villa boss Emery insists ...") the
// full name written later, when the article gives that surname one full
// name only. full holds the full names written before the last quote.
func (x *refiner) namesAfter(full map[string]string) {
	var need map[string]bool // the short names, in lower case
	for _, q := range x.out {
		if q.SpeakerStart >= 0 && x.shortName(q.Speaker) {
			if need == nil {
				need = map[string]bool{}
			}
			need[strings.ToLower(q.Speaker)] = true
		}
	}
	if need == nil {
		return
	}
	later := map[string]string{} // surname -> its one full name, "" when two
	one := map[string]string{}
	for j, t := range x.toks {
		x.steps++
		if !t.Cap || !need[t.Low] {
			continue
		}
		clear(one)
		if x.fullNameAt(j, one); len(one) == 0 {
			continue
		}
		for k, v := range one {
			if w, ok := later[k]; ok && w != v {
				later[k] = ""
			} else {
				later[k] = v
			}
		}
	}
	for i := range x.out {
		q := &x.out[i]
		if q.SpeakerStart < 0 || !x.shortName(q.Speaker) {
			continue
		}
		if f := later[q.Speaker]; f != "" && (full[q.Speaker] == "" || full[q.Speaker] == f) {
			q.Speaker = f
		}
	}
}

// shortName reports whether a speaker is one capitalised word that is
// not a pronoun, an organisation, a club or an outlet: a surname.
func (x *refiner) shortName(s string) bool {
	r := []rune(s)
	if s == "" || strings.ContainsAny(s, " .") || !unicode.IsUpper(r[0]) || len(r) > 1 && lexicon.AllUpper(r) {
		return false // not an acronym ("RSF") either
	}
	low := strings.ToLower(s)
	return lexicon.PronounGender(low) == "" && !lexicon.IsOrgWord(low) && !vocab.PlaceOrTeam(s) && !vocab.IsOutlet(s) && !lexicon.IsPlace(low)
}

// maxAppositionWords bounds the name in apposition after a description,
// in words: a chief's "Nana Okofo Kwadwo Sakyi III" has five.
const maxAppositionWords = 5

// appositionAfter returns the person named in apposition to a description
// opening the sentence at token p (before hi): "The United Nations
// coordinator for Sudan, Clementine Nkweta-Salami, said", or -1.
func (x *refiner) appositionAfter(p, hi int) int {
	if x.toks[p].Low != "the" {
		return -1
	}
	for k := p + 1; k < hi && k-p <= 10; k++ {
		x.steps++
		t := x.toks[k]
		if t.Kind != tok.Word && t.Low != "," || t.InQ || lexicon.Verb(t.Low) != 0 {
			return -1
		}
		if t.Low != "," {
			continue
		}
		j := k + 1
		for j < hi && j-k <= maxAppositionWords && x.isNameWord(j) {
			j++
		}
		if j-k < 3 || j >= hi || x.toks[j].Low != "," {
			return -1
		}
		// The whole name, or the name after an honorific the name
		// reader does not know ("Nana Okofo Kwadwo Sakyi III").
		for a := k + 1; j-a >= 2; a++ {
			if e, ok := x.byName(x.text(a, j)); ok && x.ent(e).Person {
				return e
			}
		}
		return -1
	}
	return -1
}

// relativeNamed gives a speaker described by a possessive and a noun ("her
// daughter said") the person an earlier quote of the ten before it gave
// that title ("Her daughter, Adaeze Okafor, said the cause was ...").
func (x *refiner) relativeNamed(q *result.Quote, i, a, b int) {
	if b-a != 2 || !lexicon.IsPossessivePronoun(x.toks[a].Low) || x.isPerson(q.Speaker) {
		return
	}
	head := x.toks[b-1].Low
	for k := i - 1; k >= 0 && i-k <= maxRefineBack; k-- {
		x.steps++
		p := x.out[k]
		t := strings.ToLower(p.SpeakerTitle)
		if p.SpeakerStart >= 0 && (t == head || strings.HasSuffix(t, " "+head)) && x.isPerson(p.Speaker) {
			q.Speaker, q.SpeakerTitle = p.Speaker, p.SpeakerTitle
			return
		}
	}
}

// ownerModifier gives back a described speaker the word its owner lost:
// "the prime minister's spokesperson" read from "minister's" is "prime
// minister's spokesperson" (a modifier between the article and the
// possessive).
func (x *refiner) ownerModifier(q *result.Quote, a, b int) {
	if a < 2 || b-a < 2 || !lexicon.IsPossessive(x.toks[a].Low) || x.isPerson(q.Speaker) || x.text(a, b) != q.Speaker {
		return
	}
	m, d := x.toks[a-1], x.toks[a-2].Low
	if m.Kind != tok.Word || m.InQ || lexicon.IsPossessive(m.Low) || d != "the" && d != "a" && d != "an" {
		return
	}
	q.Speaker = x.text(a-1, b)
}

// rolePrefix reports whether tokens [a, b), before a person's name, are
// only what the person is: "Former Villa striker", "Spurs boss".
func (x *refiner) rolePrefix(a, b int) bool {
	if b-a > 4 {
		return false
	}
	for k := a; k < b; k++ {
		t := x.toks[k]
		if t.Kind != tok.Word || t.InQ || !(t.Cap || lexicon.IsPersonRole(t.Low) || lexicon.IsRoleNoun(t.Low) || lexicon.IsEpithet(t.Low, false)) {
			return false
		}
	}
	return true
}

// sourceModifier gives an anonymous source the qualifier written
// between it and the speech verb, and leaves out its number: "Two people
// familiar with the matter said" is "people familiar with the matter".
func (x *refiner) sourceModifier(q *result.Quote, a, b int) {
	if b+1 < len(x.toks) && vocab.SourceHeads[x.toks[b-1].Low] && x.toks[b].Low == "in" && x.isNameWord(b+1) && !x.isPerson(q.Speaker) {
		// "a banker in Frankfurt", "one diplomat in Brussels": where they are
		e := b + 1
		for e < len(x.toks) && e-b <= 3 && x.isNameWord(e) {
			e++
		}
		h := b - 1
		for h > a && !vocab.SourceCounts[x.toks[h-1].Low] && !lexicon.IsNumber(x.toks[h-1].Low) {
			h--
		}
		q.Speaker, q.SpeakerTitle = x.text(h, e), ""
		return
	}
	if b-a >= 2 && vocab.SourceQualifiers[x.toks[b-1].Low] && vocab.SourceHeads[x.toks[b-2].Low] {
		b-- // "Two people familiar" read up to its qualifier's first word
	}
	if b >= len(x.toks) || !vocab.SourceHeads[x.toks[b-1].Low] || !vocab.SourceQualifiers[x.toks[b].Low] || x.isPerson(q.Speaker) {
		return
	}
	e := b + 1
	for e < len(x.toks) && e-b < 10 && x.toks[e].Kind == tok.Word && !x.toks[e].InQ && !x.isCue(e) {
		x.steps++
		e++
	}
	relative := e+1 < len(x.toks) && x.toks[e].Low == "," && (x.toks[e+1].Low == "who" || x.isCue(e+1))
	if e >= len(x.toks) || !x.isCue(e) && !relative || e == b+1 {
		return // "people familiar with the matter said", "a strategist involved in the race, who spoke ..., said"
	}
	h := b - 1
	for h > a && !vocab.SourceCounts[x.toks[h-1].Low] && !lexicon.IsNumber(x.toks[h-1].Low) {
		h-- // "senior administration officials": keep the adjectives
	}
	q.Speaker, q.SpeakerTitle = x.text(h, e), ""
}

// roleOfOrg joins an unnamed speaker's role to the organisation it was
// cut from: "a senior official of Bangalore Metro Rail Corporation
// Limited said", read as "Rail Corporation Limited" titled "senior
// official of Bangalore Metro", is "senior official of Bangalore Metro
// Rail Corporation Limited".
func (x *refiner) roleOfOrg(q *result.Quote, a, b int) {
	role, org, ok := strings.Cut(q.SpeakerTitle, " of ")
	if !ok || org == "" || x.isPerson(q.Speaker) || !strings.HasSuffix(x.text(a, b), org+" "+q.Speaker) {
		return
	}
	words := strings.Fields(role)
	if len(words) == 0 || !lexicon.IsAnonymous(words[len(words)-1]) && !lexicon.IsRoleNoun(words[len(words)-1]) {
		return
	}
	q.Speaker, q.SpeakerTitle = q.SpeakerTitle+" "+q.Speaker, ""
}

// antecedent gives the tokens of the phrase a relative pronoun mention
// [a, b) stands for, when the speaker is that phrase: in "The official,
// who did not wish to be named, said," the mention is "who" and the
// speaker "the official", read again from "The official".
func (x *refiner) antecedent(speaker string, a, b int) (int, int) {
	if b-a != 1 || x.toks[a].Low != "who" || a < 2 || x.toks[a-1].Low != "," {
		return a, b
	}
	n := len(strings.Fields(speaker))
	if s := a - 1 - n; s >= 0 && n > 0 && strings.EqualFold(x.text(s, a-1), speaker) {
		return s, a - 1
	}
	return a, b
}

// headlineSubject gives a quote in a headline written in title case
// ("Tessa Marlowe Exits Broadway Revival After Surgery: 'My Body Sent the
// Bill'"), whose speaker is a run of its capitalised words named nowhere
// else, the person the headline opens with, when the article names that
// person in its body.
func (x *refiner) headlineSubject() {
	for i := range x.out {
		x.steps++
		q := &x.out[i]
		if q.SpeakerStart < 0 || x.toks[x.tokenAt(q.Start)].Para != 0 {
			return
		}
		if e, ok := x.byName(q.Speaker); ok && x.ent(e).Person && x.mentionedAfter(e, 0) {
			continue
		}
		if x.toks[0].Kind != tok.Word || !x.isNameWord(0) || !x.isNameWord(1) || x.toks[1].Para != 0 {
			continue
		}
		name := x.text(0, 2)
		if e, ok := x.byName(name); ok && x.ent(e).Person && x.mentionedAfter(e, 0) {
			q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
		}
	}
}

// mentionedAfter reports whether entity e is mentioned after paragraph p.
func (x *refiner) mentionedAfter(e, p int) bool {
	found := false
	x.mentionsBefore(len(x.toks), func(c, t int) bool {
		if x.toks[t].Para <= p {
			return false
		}
		found = c == e
		return !found
	})
	return found
}

// theyDescribed gives "they" or "we" left without a speaker ("“...,” they
// wrote in the paper") the group the sentence before opens with, when
// that is a description of people ("The researchers are careful ...")
// or an organisation; and "he" or "she" left without one the unnamed
// person the sentence before is about.
func (x *refiner) theyDescribed() {
	for i := range x.out {
		x.steps++
		q := &x.out[i]
		if q.SpeakerStart < 0 || q.Speaker != "" {
			continue
		}
		a := x.tokenAt(q.SpeakerStart)
		if g := lexicon.PronounGender(x.toks[a].Low); g == "m" || g == "f" {
			q.Speaker = x.describedSubjectBefore(a, "") // "the prime minister's official spokesman was asked ... he said"
			continue
		}
		if w := x.toks[a].Low; w != "they" && w != "we" {
			continue
		}
		s := x.sentStart(a)
		if s == a || x.toks[s].Kind == tok.OpenQ || x.toks[s].InQ {
			if s == 0 {
				continue
			}
			s = x.sentStart(s - 1) // the pronoun's own sentence opens with the quote
		}
		if w := x.toks[s].Low; w == "in" || w == "at" || w == "on" || w == "from" || w == "after" || w == "during" {
			// "In the paper, the researchers are careful ...": past the
			// phrase fronted before the subject
			for k := s + 1; k < a && k-s <= maxFrontedTokens; k++ {
				if x.toks[k].Low == "," {
					s = k + 1
					break
				}
			}
		}
		if x.toks[s].Low != "the" {
			continue
		}
		e := s + 1
		for e < a && e-s <= 3 && x.toks[e].Kind == tok.Word && !x.toks[e].InQ && lexicon.Verb(x.toks[e].Low) == 0 &&
			!vocab.FiniteAux[x.toks[e].Low] && !lexicon.IsNounStop(x.toks[e].Low) {
			e++
		}
		head := x.toks[e-1].Low
		if e == s+1 || e >= a || !(strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") || head == "people") {
			continue
		}
		q.Speaker = x.text(s+1, e) // "researchers"
	}
}

// titlesHeldBack holds back a fragment in quotation marks that is a
// title rather than anyone's words: a few words each capitalised, after
// "on" or an outlet's possessive, or after a word for a work ("on Fox
// News’ “Sunday Morning Futures.”", "the podcast “Second Act”"). A
// headline, written in capitals throughout, is left alone.
func (x *refiner) titlesHeldBack() {
	for i := range x.out {
		x.steps++
		q := &x.out[i]
		if q.Kind == result.KindParaphrase || !q.Likely {
			continue
		}
		a, b := x.tokenAt(q.Start), x.tokenAt(q.End-1)+1
		if a < 2 || x.toks[a].Para == 0 || b-a > 8 || !x.titleCase(a, b) || x.sentenceIn(a, b) {
			continue
		}
		open := a - 1 // the opening mark
		prev := x.toks[open-1]
		if prev.Low == "on" || prev.Low == "’" || prev.Low == "'" || strings.HasSuffix(prev.Low, "’s") || strings.HasSuffix(prev.Low, "'s") ||
			vocab.WorkNouns[prev.Low] || prev.Low == "(" || x.subjectTitle(open, b) {
			q.Likely = false
			q.Confidence = min(q.Confidence, 0.2)
		}
	}
}

// sentenceIn reports whether tokens [a, b) end a sentence before their
// last ("Never Again. Not Here."), as a title does not.
func (x *refiner) sentenceIn(a, b int) bool {
	for k := a; k < b-1; k++ {
		x.steps++
		if w := x.toks[k].Low; w == "." || w == "!" || w == "?" {
			return true
		}
	}
	return false
}

// subjectTitle reports whether the quoted words whose opening mark is
// token open (and words end before token b) open their sentence as its
// subject: "“The Salt Orchard” also stars ...", a title, not a quote,
// when the word after the closing mark is no speech verb.
func (x *refiner) subjectTitle(open, b int) bool {
	if x.sentStart(open) != open || b+1 >= len(x.toks) {
		return false
	}
	n := x.toks[b+1]
	return x.toks[b].Kind == tok.CloseQ && n.Kind == tok.Word && !n.Cap && !x.isCue(b+1) && lexicon.PronounGender(n.Low) == ""
}

// titleCase reports whether the words of tokens [a, b) are capitalised,
// short joining words apart, and there are at least two.
func (x *refiner) titleCase(a, b int) bool {
	words := 0
	for k := a; k < b; k++ {
		x.steps++
		t := x.toks[k]
		if t.Kind != tok.Word {
			continue
		}
		words++
		if !t.Cap && !vocab.SmallTitleWords[t.Low] {
			return false
		}
	}
	return words >= 2
}

// kinSurname gives a relative named by first name alone in apposition
// ("his father, Clarence, who would say") the surname of the person whose
// relative he is, as a reader does: Clarence Oake, Walter Oake's father.
// The mention is tokens [a, b).
func (x *refiner) kinSurname(q *result.Quote, a, b int) {
	if b != a+1 || a < 3 || strings.Contains(q.Speaker, " ") || !strings.EqualFold(x.text(a, b), q.Speaker) ||
		x.toks[a-1].Low != "," || !vocab.KinSharingName[x.toks[a-2].Low] {
		return
	}
	owner := -1
	switch w := x.toks[a-3]; {
	case w.Low == "his" || w.Low == "her":
		owner = x.personBefore(a-3, lexicon.PronounGender(lexicon.PossessiveSubject(w.Low))[0])
	case x.isNameWord(a - 3):
		owner = x.surnameOf(a - 3) // "Oake's father, Clarence"
	}
	if owner < 0 {
		return
	}
	name := x.ent(owner).Name
	if sp := strings.LastIndexByte(name, ' '); sp > 0 && x.ent(owner).Person {
		q.Speaker = q.Speaker + name[sp:]
	}
}

// qualifierHead reports whether w heads an unnamed speaker a place or
// affiliation qualifies: "a diplomat from a Nordic country", "an executive at a rival
// distributor".
func qualifierHead(w string) bool {
	return vocab.SourceHeads[w] || vocab.PersonSources[w] || lexicon.IsRoleNoun(w) || lexicon.IsPersonRole(w)
}

// qualifierEnd returns the end of the qualifier opening at token j (before
// hi): a preposition of place or affiliation and the phrase it governs,
// once more chained ("from a rural seat in the north-west"), which must
// run to a comma, a full stop, a speech verb or a relative pronoun;
// j when there is none.
func (x *refiner) qualifierEnd(j, hi int) int {
	e := j
	for chain := 0; chain < 2 && e < hi; chain++ {
		if !vocab.QualifierPreps[x.toks[e].Low] {
			break
		}
		k := e + 1
		for k < hi && k-e <= 7 {
			t := x.toks[k]
			if t.Kind != tok.Word && t.Low != "-" || t.InQ || x.isCue(k) || t.SentEd || vocab.QualifierStops[t.Low] || k > e+1 && vocab.QualifierPreps[t.Low] {
				break
			}
			x.steps++
			k++
		}
		if k < hi && x.toks[k].SentEd && x.toks[k].Kind == tok.Word {
			k++ // "the north-west." ends the sentence on a word
		}
		if k == e+1 || k-e > 7 {
			break
		}
		e = k
	}
	if e == j {
		return j
	}
	if e >= hi || x.toks[e-1].SentEd || x.isCue(e) {
		return e
	}
	switch x.toks[e].Low {
	case ",", ".", ";", ":", "who", "which", "—", "–":
		return e
	}
	if x.toks[e].Kind == tok.OpenQ {
		return e
	}
	return j
}

// qualifiedSource gives an unnamed speaker (tokens [a, b), "a diplomat")
// the qualifier written after it: "said a diplomat from a Nordic
// country", "A Western diplomat in Riyadh, who spoke on condition of
// anonymity".
func (x *refiner) qualifiedSource(q *result.Quote, a, b int) {
	if b >= len(x.toks) || x.isPerson(q.Speaker) || !qualifierHead(x.toks[b-1].Low) {
		return
	}
	h := x.text(b-1, b)
	at := strings.LastIndex(q.Speaker, h)
	if at < 0 || at > 0 && q.Speaker[at-1] != ' ' {
		return
	}
	e := x.qualifierEnd(b, len(x.toks))
	if tail, ext := q.Speaker[at+len(h):], " "+x.text(b, e); e > b && strings.HasPrefix(ext, tail) {
		q.Speaker = q.Speaker[:at+len(h)] + ext // "One MP from a coastal seat", read so far, "in the south-east"
	}
}

// coordinatedSubject gives a quote without a speaker the subject of its
// sentence when a speech verb joined by "and" or after an apposition
// introduces it: "Chief Minister M.S. Lingaraju on Wednesday defended
// the decision ... and said the move was aimed at “giving every child
// ...”", "Dr K.R. Subramaniam, Chief Investment Strategist at Tarangini,
// said, “...”".
func (x *refiner) coordinatedSubject(q *result.Quote) {
	f := x.tokenAt(q.Start)
	s := x.sentStart(f)
	for s >= 2 && x.toks[s-1].Low == "." && x.initial(s-2) {
		s = x.sentStart(s - 2) // "M.S. Lingaraju": the vocab.Initials ended no sentence
	}
	for k := f - 1; k > s+1 && f-k < maxSentence; k-- {
		x.steps++
		if x.toks[k].InQ || !x.isCue(k) {
			continue
		}
		if x.toks[k-1].Low != "and" && x.toks[k-1].Low != "," {
			return // a verb of its own subject: the rules have read it
		}
		m, ok := x.sentenceSubject(s, k-1)
		if ok && m.B+1 < k && x.toks[m.B].Low == "." && x.initial(m.B-1) && x.isNameWord(m.B+1) {
			e := m.B + 1 // "Chief Minister M.S. Lingaraju", read up to the vocab.Initials
			for e < k && e-m.B < 4 && x.isNameWord(e) {
				e++
			}
			m.Name, m.B, m.Person = x.text(m.B-1, e), e, true
		}
		if !ok || m.Pron || !m.Person || m.B > k-1 {
			return
		}
		e := x.personOf(m, "")
		if e < 0 || !x.ent(e).Person {
			return
		}
		q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd, q.Cue = x.ent(e).Name, x.ent(e).Title, x.toks[m.A].S, x.toks[m.B-1].E, x.toks[k].Low
		return
	}
}
