package docvoice

import (
	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// MessageAuthor gives quote q, attributed to a message ("the email",
// tokens [a, b)), its sender (see messageAuthor), and returns the work
// done.
func MessageAuthor(d article.Doc, q *result.Quote, a, b int) int {
	x := &voices{d: d, toks: d.Toks()}
	x.messageAuthor(q, a, b)
	return x.steps
}

// FullerDescription gives quote q, attributed to an unnamed speaker
// written short ("the spokesperson", tokens [a, b)), the fuller
// description the article introduced them with (see fullerDescription),
// and returns the work done.
func FullerDescription(d article.Doc, q *result.Quote, a, b int) int {
	x := &voices{d: d, toks: d.Toks()}
	x.fullerDescription(q, a, b)
	return x.steps
}

// messageAuthor gives a quote whose speaker is a message ("the email",
// tokens [a, b)) the person the article said sent it: "an email from
// Provost Elaine Marsh", "Marsh's memo", "In her email, Marsh wrote".
func (x *voices) messageAuthor(q *result.Quote, a, b int) {
	if b-a != 2 || x.toks[a].Low != "the" || !vocab.MessageNouns[x.toks[b-1].Low] {
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
func (x *voices) senderAt(k int) int {
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
		m, ok := x.d.SentenceSubject(s, min(len(x.toks), s+maxSentence))
		if ok && m.Person && !m.Pron {
			if c, ok := x.byName(m.Name); ok {
				return c
			}
		}
	}
	return -1
}

// nameAt returns the person whose name is written from token s, or -1.
func (x *voices) nameAt(s int) int {
	e := s
	for e < len(x.toks) && e-s < 4 && x.d.IsNameWord(e) && x.toks[e].Para == x.toks[s].Para {
		e++ // (not "A note from Budapest" over "Best first feature went to ...")
	}
	if e == s {
		return -1
	}
	name := lexicon.StripPossessive(x.text(s, e))
	c, ok := x.byName(name)
	if !ok && e-s == 1 && !x.isPerson(name) {
		return -1 // "A note from Budapest": a word no one in the story is called
	}
	if !ok {
		c = x.d.ResolvePerson(name, "", x.toks[s].S)
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
func (x *voices) fullerDescription(q *result.Quote, a, b int) {
	if b-a != 2 || x.toks[a].Low != "the" || !vocab.PersonSources[x.toks[b-1].Low] {
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
			for n < len(x.toks) && n-e < 6 && (x.d.IsNameWord(n) || x.toks[n].Low == "of" && x.d.IsNameWord(n+1)) {
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
