package quotelayout

import (
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// maxIntroWords bounds the words of a paragraph that introduces the
// quotation after it.
const maxIntroWords = 45

// introVerbs are the verbs of a paragraph that hands over to the
// quotation after it: "has given her latest update", "has put out a
// reminder to residents", "spoke to RNZ's Morning Report".
var introVerbs = map[string]bool{"given": true, "gave": true, "gives": true, "put": true, "puts": true, "issued": true,
	"issues": true, "released": true, "delivered": true, "posted": true, "shared": true, "sent": true, "spoke": true,
	"speaks": true}

// introNouns are what such a paragraph says was given: an update, a
// reminder, a message.
var introNouns = map[string]bool{"update": true, "updates": true, "reminder": true, "message": true, "warning": true,
	"advice": true, "appeal": true, "plea": true, "briefing": true, "statement": true, "address": true, "note": true}

// introducedQuotes gives a quotation that fills its paragraph, with no
// attribution of its own, the person who opens the paragraph before it
// when that paragraph only hands over to it, as live pages and press
// pages write: "Watercare head of operations Shona Mahoney has given
// her latest update at the water station." then "“The pipe is isolated
// ...”". The paragraphs of the quotation after it, each opening with a
// mark, go with it.
func (x *layout) introducedQuotes() {
	for i := 0; i < len(x.out); i++ {
		x.steps++
		q := &x.out[i]
		if q.Kind != result.KindDirect || !q.Likely || q.End <= q.Start {
			continue
		}
		f := x.tokenAt(q.Start)
		if f < 2 || x.toks[f-1].Kind != tok.OpenQ || x.paraStart(f-1) != f-1 || x.ownAttribution(q, f) {
			continue
		}
		name, title, ok := x.introducer(f - 1)
		if !ok || name == q.Speaker {
			continue
		}
		was := q.Speaker
		q.Speaker, q.SpeakerTitle, q.Confidence = name, title, min(q.Confidence, 0.7)
		for j := i + 1; j < len(x.out); j++ {
			x.steps++
			n := &x.out[j]
			g := x.tokenAt(n.Start)
			if n.Kind != result.KindDirect || n.Speaker != was || g < 1 || x.toks[g-1].Kind != tok.OpenQ || x.paraStart(g-1) != g-1 ||
				x.toks[g].Para != x.toks[x.tokenAt(x.out[j-1].Start)].Para+1 || x.ownAttribution(n, g) {
				break
			}
			n.Speaker, n.SpeakerTitle, n.Confidence = name, title, min(n.Confidence, 0.7)
		}
	}
}

// ownAttribution reports whether quote q, opening at token f, is
// attributed in its own paragraph.
func (x *layout) ownAttribution(q *result.Quote, f int) bool {
	if q.SpeakerStart < 0 {
		return false
	}
	m := x.tokenAt(q.SpeakerStart)
	return m >= 0 && x.toks[m].Para == x.toks[f].Para
}

// introducer returns the person who opens the paragraph before the one
// starting at token o, when that paragraph is a short sentence without
// quotation marks that hands over to a quotation ("... has given her
// latest update ...", "... spoke to RNZ's Morning Report ...").
func (x *layout) introducer(o int) (name, title string, ok bool) {
	if o < 1 {
		return "", "", false
	}
	a := x.paraStart(o - 1)
	if name, title, ok := x.ownWords(a, o); ok {
		return name, title, true
	}
	words, v := 0, -1
	for k := a; k < o; k++ {
		x.steps++
		t := x.toks[k]
		if t.Kind == tok.OpenQ || t.Kind == tok.CloseQ || t.InQ || t.SentEd && k < o-1 {
			return "", "", false // a quotation, or more than one sentence
		}
		if t.Kind != tok.Word {
			continue
		}
		if words++; words > maxIntroWords {
			return "", "", false
		}
		if v < 0 && introVerbs[t.Low] && k > a && x.handsOver(k, o) {
			v = k
		}
	}
	if v < 0 {
		return "", "", false
	}
	// The first run of names that closes the subject, before a comma or
	// the verb: "Shona Mahon" in "Watertown Utilities head of
	// operations Shona Mahon has given", "Dr Ishaan Venkat" in "Dr Ishaan
	// Venkat, medical officer of health with ..., has put out".
	for k := a; k < v; k++ {
		x.steps++
		if !x.isNameWord(k) {
			continue
		}
		e := k
		for e < v && e-k < 4 && x.isNameWord(e) {
			e++
		}
		if n := x.toks[e]; e-k >= 2 && (e == v || n.Low == "," || lexicon.IsAux(n.Low)) {
			for s := k; e-s >= 2; s++ {
				if p, ok := x.byName(x.text(s, e)); ok && x.ent(p).Person {
					return x.ent(p).Name, x.ent(p).Title, true
				}
			}
			return "", "", false
		}
		k = e
	}
	return "", "", false
}

// handsOver reports whether the verb at v hands over: "spoke to", or a
// noun of introNouns within the next few words ("has put out a
// reminder").
func (x *layout) handsOver(v, o int) bool {
	if w := x.toks[v].Low; (w == "spoke" || w == "speaks") && v+1 < o && (x.toks[v+1].Low == "to" || x.toks[v+1].Low == "with") {
		return true
	}
	for k := v + 1; k < o && k-v <= 5; k++ {
		x.steps++
		if introNouns[x.toks[k].Low] {
			return true
		}
	}
	return false
}

// ownWords returns the person the paragraph [a, o) opens with when its
// last sentence hands over to their account "in her own words" (a
// charity's or a magazine's page: "Kelly Sutcliffe, from Scarborough,
// knows ... Here, in her own words, is what happened.").
func (x *layout) ownWords(a, o int) (name, title string, ok bool) {
	k := o - 1
	for k > a && !x.toks[k-1].SentEd && o-k < maxIntroWords {
		x.steps++
		k-- // the last sentence
	}
	found := false
	for j := k; j+2 < o; j++ {
		x.steps++
		if x.toks[j+1].Low == "own" && x.toks[j+2].Low == "words" && (x.toks[j].Low == "her" || x.toks[j].Low == "his" || x.toks[j].Low == "their") {
			found = true
		}
	}
	if !found {
		return "", "", false
	}
	for j := a; j < k; j++ {
		x.steps++
		e := j
		for e < k && e-j < 4 && x.isNameWord(e) {
			e++
		}
		if e-j >= 2 {
			if p, ok := x.byName(x.text(j, e)); ok && x.ent(p).Person {
				return x.ent(p).Name, x.ent(p).Title, true
			}
		}
		j = e
	}
	return "", "", false
}
