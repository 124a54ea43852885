package refine

import (
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// messageNouns are the written messages a person sends, which speak for
// their sender: "“...,” the email read" after "an email from Provost
// Elaine Marsh".
var messageNouns = map[string]bool{"email": true, "e-mail": true, "memo": true, "letter": true, "note": true, "message": true}

// maxAuthorParas and maxAuthorBack bound how many paragraphs, and
// tokens, back a message's sender or a description's fuller form is
// looked for.
const (
	maxAuthorParas = 4
	maxAuthorBack  = 600
)

// messageAuthor gives a quote whose speaker is a message ("the email",
// tokens [a, b)) the person the article said sent it: "an email from
// Provost Elaine Marsh", "Marsh's memo", "In her email, Marsh wrote".
func (x *refiner) messageAuthor(q *result.Quote, a, b int) {
	if b-a != 2 || x.toks[a].Low != "the" || !messageNouns[x.toks[b-1].Low] {
		return
	}
	noun := x.toks[b-1].Low
	for k := a - 1; k >= 0 && a-k < maxAuthorBack && x.toks[k].Para+maxAuthorParas >= x.toks[a].Para; k-- {
		x.steps++
		if t := x.toks[k]; t.Kind != tok.Word || t.InQ || t.Low != noun {
			continue
		}
		if e := x.senderAt(k); e >= 0 {
			q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
			return
		}
	}
}

// senderAt returns the person who sent the message named at token k, or
// -1: the name after "from" ("an email from Provost Elaine Marsh"), the
// owner before it ("Marsh's memo") or, after a possessive pronoun, the
// person its sentence is about ("In her email, Marsh wrote").
func (x *refiner) senderAt(k int) int {
	if k+2 < len(x.toks) && x.toks[k+1].Low == "from" {
		s := k + 2
		for s < len(x.toks) && s-k < 6 && x.toks[s].Cap && (lexicon.IsTitleWord(x.toks[s].Low) || lexicon.IsHonorific(x.toks[s].Low)) {
			s++
		}
		if c := x.nameAt(s); c >= 0 {
			return c
		}
	}
	p := k - 1
	for p >= 0 && k-p <= 5 && (x.toks[p].Low == "." || x.toks[p].Kind == tok.Word && !lexicon.IsPossessivePronoun(x.toks[p].Low) &&
		!lexicon.IsPossessive(x.toks[p].Low) && x.toks[p].Low != "a" && x.toks[p].Low != "an" && x.toks[p].Low != "the") {
		p-- // "her Jan. 28 email", "Marsh's latest memo"
	}
	switch {
	case p < 0:
	case lexicon.IsPossessive(x.toks[p].Low):
		if c, ok := x.byName(lexicon.StripPossessive(x.text(p, p+1))); ok && x.ent(c).Person {
			return c
		}
	case lexicon.IsPossessivePronoun(x.toks[p].Low) && (x.toks[p].Low == "his" || x.toks[p].Low == "her"):
		if c := x.nameAt(k + 2); k+1 < len(x.toks) && x.toks[k+1].Low == "," && c >= 0 {
			return c // "In her Jan. 28 email, Marsh wrote"
		}
		s := x.sentStart(p)
		m, ok := x.sentenceSubject(s, min(len(x.toks), s+maxSentence))
		if ok && m.Person && !m.Pron {
			if c, ok := x.byName(m.Name); ok {
				return c
			}
		}
	}
	return -1
}

// nameAt returns the person whose name is written from token s, or -1.
func (x *refiner) nameAt(s int) int {
	e := s
	for e < len(x.toks) && e-s < 4 && x.isNameWord(e) {
		e++
	}
	if e == s {
		return -1
	}
	name := lexicon.StripPossessive(x.text(s, e))
	c, ok := x.byName(name)
	if !ok {
		c = x.resolvePerson(name, "", x.toks[s].S)
	}
	if c >= 0 && x.ent(c).Person {
		return c
	}
	return -1
}

// fullerDescription gives an unnamed speaker written short ("the
// spokesperson", tokens [a, b)) the fuller description the article
// introduced them with: "the prime minister’s spokesperson", "a
// spokesperson for the County Councils Network", the latest in the
// paragraphs before.
func (x *refiner) fullerDescription(q *result.Quote, a, b int) {
	if b-a != 2 || x.toks[a].Low != "the" || !personSources[x.toks[b-1].Low] {
		return
	}
	head := x.toks[b-1].Low
	for k := a - 1; k >= 1 && a-k < maxAuthorBack && x.toks[k].Para+maxAuthorParas >= x.toks[a].Para; k-- {
		x.steps++
		if t := x.toks[k]; t.Low != head || t.InQ {
			continue
		}
		if lexicon.IsPossessive(x.toks[k-1].Low) {
			s := k - 1
			for s > 0 && k-s < 4 && x.toks[s-1].Kind == tok.Word && !lexicon.IsPossessive(x.toks[s-1].Low) && x.toks[s-1].Low != "the" && x.toks[s-1].Low != "a" && x.toks[s-1].Low != "an" && !x.toks[s-1].InQ {
				s--
			}
			if s > 0 && (x.toks[s-1].Low == "the" || x.toks[s-1].Low == "a") {
				q.Speaker = x.text(s, k+1) // "the prime minister’s spokesperson"
				return
			}
			continue
		}
		if k+3 < len(x.toks) && (x.toks[k+1].Low == "for" || x.toks[k+1].Low == "at") {
			e := k + 2
			if x.toks[e].Low == "the" {
				e++
			}
			n := e
			for n < len(x.toks) && n-e < 6 && (x.isNameWord(n) || x.toks[n].Low == "of" && x.isNameWord(n+1)) {
				n++
			}
			s := k
			for s > 0 && k-s < 3 && x.toks[s-1].Kind == tok.Word && !x.toks[s-1].Cap && x.toks[s-1].Low != "the" && x.toks[s-1].Low != "a" && x.toks[s-1].Low != "an" {
				s-- // "a senior official at"
			}
			if n > e && s > 0 && (x.toks[s-1].Low == "the" || x.toks[s-1].Low == "a" || x.toks[s-1].Low == "an") {
				q.Speaker = x.text(s, n) // "a spokesperson for the County Councils Network"
				return
			}
		}
	}
}

// dashAttributions gives a quotation that fills its paragraph the name
// the next line signs it with after a dash, as pull quotes, boxed
// analysis and epigraphs are signed: "“The CNB’s guidance tilts toward
// a pause ...”" then "— Petra Novotná, economist."
func (x *refiner) dashAttributions() {
	for i := range x.out {
		x.steps++
		q := &x.out[i]
		if q.Kind != result.KindDirect || q.End <= q.Start {
			continue
		}
		f, l := x.tokenAt(q.Start), x.tokenAt(q.End-1)
		if f <= 0 || x.paraStart(f) < f-1 {
			continue // words before the quotation in its paragraph
		}
		d := l + 1
		for d < len(x.toks) && d-l <= 2 && x.toks[d].Kind != tok.Word && !lexicon.IsDash(x.toks[d].Low) {
			d++ // the closing mark
		}
		if d+1 >= len(x.toks) || !lexicon.IsDash(x.toks[d].Low) || x.toks[d].Para > x.toks[l].Para+1 || !x.isNameWord(d+1) {
			continue
		}
		e := d + 1
		for e < len(x.toks) && e-d <= 4 && x.isNameWord(e) && x.toks[e].Para == x.toks[d].Para {
			e++
		}
		if e-d < 3 || e < len(x.toks) && x.toks[e].Para == x.toks[d].Para && x.toks[e].Low != "," && !x.toks[e].SentEd {
			continue // one word, or a sentence going on after the name
		}
		title := ""
		if e+1 < len(x.toks) && x.toks[e].Low == "," && x.toks[e+1].Para == x.toks[d].Para {
			t := e + 1
			for t < len(x.toks) && t-e <= 6 && x.toks[t].Para == x.toks[d].Para && x.toks[t].Kind == tok.Word {
				t++
			}
			title = x.text(e+1, t)
		}
		q.Speaker, q.SpeakerTitle = x.text(d+1, e), title
		q.SpeakerStart, q.SpeakerEnd = x.toks[d+1].S, x.toks[e-1].E
	}
}

// openParagraphs gives a quotation whose paragraph ends without a
// closing mark (its words go on in the next paragraph, which opens with a
// mark again) the speaker of the next chunk when the attribution is
// written there: "“The order is clear: we must resolve this within the
// week." then "“We also appeal to the neighbours ...,” said Police Lt.
// Col. Maricel Santos".
func (x *refiner) openParagraphs() {
	for i := len(x.out) - 2; i >= 0; i-- {
		x.steps++
		q, n := &x.out[i], &x.out[i+1]
		if q.Kind != result.KindDirect || n.Kind != result.KindDirect || n.SpeakerStart < 0 || n.Speaker == "" || q.End <= q.Start || n.End <= n.Start {
			continue
		}
		l, f := x.tokenAt(q.End-1), x.tokenAt(n.Start)
		p := x.toks[l].Para
		if l+1 < len(x.toks) && x.toks[l+1].Para == p || f < 1 || x.toks[f].Para != p+1 || x.toks[f-1].Kind != tok.OpenQ || x.paraStart(f) != f-1 {
			continue // the quotation closes in its paragraph, or the next is no continuation
		}
		if m := x.tokenAt(n.SpeakerStart); x.toks[m].Para != p+1 || n.SpeakerStart < n.End {
			continue // the next chunk's speaker is not written after it in its paragraph
		}
		if q.SpeakerStart >= 0 && x.toks[x.tokenAt(q.SpeakerStart)].Para == p {
			continue // the chunk has an attribution of its own
		}
		q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd, q.Cue = n.Speaker, n.SpeakerTitle, n.SpeakerStart, n.SpeakerEnd, n.Cue
		if q.Via == "" {
			q.Via = n.Via
		}
	}
}
