package quotelayout

import (
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
)

// Turn-taking in a scene. A feature's dialogue prints each line as a
// paragraph of its own and tags only some of them:
//
//	“This is your sheet, scanned,” he said.   (Malhotra)
//	Oake leaned in, then leaned back.
//	“The switchbacks are wrong.”              (Oake, from the beat before)
//	“They’re your switchbacks, Walt.”         (Malhotra: the other one)
//	“Then I drew them wrong in 1994.”         (Oake again)
//
// A reader gives an untagged line that answers the line before it to the
// other person of the exchange. Only short lines standing alone as
// paragraphs, right after another such line, in a scene where exactly two
// people are in play and the line before already answered the other one,
// take turns: a news story's quotation running on over paragraphs stays
// its speaker's.

// maxLineWords bounds a line of dialogue.
const maxLineWords = 15

// maxSceneMentions bounds the mentions a scene is searched through for
// its two people.
const maxSceneMentions = 50

// maxSceneParas bounds how far back, in paragraphs, the other speaker's
// line may be.
const maxSceneParas = 3

// dialogueTurns gives alternating lines of a two-person exchange to the
// other speaker, in text order (so that a run of lines alternates).
func (x *layout) dialogueTurns() {
	prev, prev2 := -1, -1 // the latest two quotes with a speaker, latest first
	for i := range x.out {
		x.steps++
		q := &x.out[i]
		if q.Kind == result.KindParaphrase || !q.Likely {
			continue
		}
		if e := x.namedAfter(q); e >= 0 {
			q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
		} else if prev >= 0 && x.lineAlone(q) && x.para(&x.out[prev]) >= x.para(q)-maxSceneParas {
			if e := x.beatBefore(x.tokenAt(q.Start - 1)); e >= 0 {
				q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
			}
		}
		if prev >= 0 && prev2 >= 0 && x.lineAlone(q) && x.lineAlone(&x.out[prev]) {
			p, r := &x.out[prev], &x.out[prev2]
			pq, pp, pr := x.para(q), x.para(p), x.para(r)
			if p.Speaker != "" && r.Speaker != "" && p.Speaker != r.Speaker && q.Speaker == p.Speaker &&
				pp+1 == pq && pr < pp && pp-pr <= maxSceneParas && x.onlyTwo(x.tokenAt(r.Start), x.tokenAt(q.Start), p.Speaker, r.Speaker) {
				q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = r.Speaker, r.SpeakerTitle, r.SpeakerStart, r.SpeakerEnd
			}
		}
		if q.Speaker != "" {
			prev, prev2 = i, prev
		}
	}
}

// maxBeatTokens bounds a beat: a short paragraph of what someone does
// between two lines ("Oake leaned in, then leaned back.").
const maxBeatTokens = 16

// beatBefore returns the person whose action the paragraph right before
// token o (a line's opening mark) describes, when that paragraph is a
// short beat without quotation that opens with a person's name; or -1.
// The line after a beat is that person's.
func (x *layout) beatBefore(o int) int {
	if o == 0 {
		return -1
	}
	end := o - 1
	a := x.paraStart(end)
	if x.toks[end].Para+1 != x.toks[o].Para || end-a+1 > maxBeatTokens {
		return -1
	}
	for k := a; k <= end; k++ {
		if x.toks[k].InQ || x.toks[k].Kind == tok.OpenQ || x.toks[k].Kind == tok.CloseQ {
			return -1
		}
	}
	m, ok := x.sentenceSubject(a, end+1)
	if !ok || !m.Person || m.A != a {
		return -1
	}
	if m.B == m.A+1 {
		return x.surnameOf(m.A)
	}
	e, ok := x.byName(m.Name)
	if !ok {
		return -1
	}
	return e
}

// namedAfter returns the person the paragraph after a quotation standing
// alone as its paragraph names as its speaker by opening "This was
// Castellanos, that evening, ..." (or "That was ..."), or -1.
func (x *layout) namedAfter(q *result.Quote) int {
	if q.Start == 0 || q.End >= len(x.r) {
		return -1
	}
	o, c := x.tokenAt(q.Start-1), x.tokenAt(q.End)
	if x.toks[o].E != q.Start || x.toks[c].S != q.End || o > 0 && x.toks[o-1].Para == x.toks[o].Para ||
		c+3 >= len(x.toks) || x.toks[c+1].Para != x.toks[c].Para+1 {
		return -1
	}
	k := c + 1
	if w := x.toks[k].Low; w != "this" && w != "that" || x.toks[k+1].Low != "was" || !x.isNameWord(k+2) {
		return -1
	}
	b := k + 2
	for b+1 < len(x.toks) && b-k < 5 && x.isNameWord(b+1) {
		b++
	}
	if b == k+2 {
		return x.surnameOf(b)
	}
	e, ok := x.byName(x.text(k+2, b+1))
	if !ok || !x.ent(e).Person {
		return -1
	}
	return e
}

func (x *layout) para(q *result.Quote) int { return x.toks[x.tokenAt(q.Start)].Para }

// lineAlone reports whether q is a short quotation that is its
// paragraph's whole text (its marks aside).
func (x *layout) lineAlone(q *result.Quote) bool {
	if q.Start == 0 || q.End >= len(x.r) {
		return false
	}
	o, c := x.tokenAt(q.Start-1), x.tokenAt(q.End)
	if x.toks[o].E != q.Start || x.toks[c].S != q.End || o > 0 && x.toks[o-1].Para == x.toks[o].Para ||
		c+1 < len(x.toks) && x.toks[c+1].Para == x.toks[c].Para {
		return false
	}
	words := 0
	for k := o + 1; k < c; k++ {
		if x.toks[k].Kind == tok.Word {
			words++
		}
	}
	return words > 0 && words <= maxLineWords
}

// sceneLead is how many paragraphs before the other speaker's line the
// scene is read for who is in play.
const sceneLead = 2

// onlyTwo reports whether every person named from sceneLead paragraphs
// before token a to token b (the scene) is s1 or s2: nobody else is in
// play.
func (x *layout) onlyTwo(a, b int, s1, s2 string) bool {
	lo := x.paraStart(a)
	for n := 0; n < sceneLead && lo > 0; n++ {
		lo = x.paraStart(lo - 1)
	}
	ok, seen := true, 0
	x.mentionsBefore(b, func(e, t int) bool {
		seen++
		if t < lo {
			return false
		}
		if en := x.ent(e); en.Person && en.Name != s1 && en.Name != s2 {
			ok = false
		}
		return ok && seen < maxSceneMentions
	})
	return ok
}
