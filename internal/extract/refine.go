package extract

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// Refining the speakers of the output.
//
// The rules and the ranker settle which mention a quote rests on; the
// speaker named for that mention is then refined here, after the learned
// models have read the attributions (so that their training is unchanged):
// a pronoun resolved to a club, firm or place is resolved again to a
// person; an organisation keeps its whole name ("Department of Justice",
// "Egypt's State Information Service"); a place after a person's
// affiliation ("Garth Smithson of the University of California, Santa
// Cruz, said") gives way to the person; an honorific leaves the name
// ("Professor Amara Osei" is Amara Osei); a description standing for the
// person just named ("the Scot", "the 27-year-old") is that person; and
// "the source" after "a government source" is that source.

// maxRefineBack bounds how many earlier quotes a description looks back
// through for the one it repeats.
const maxRefineBack = 10

// refine rewrites the speakers of x.out (in text order) as above.
func (x *extractor) refine() {
	for i := range x.out {
		x.steps++
		q := &x.out[i]
		if q.SpeakerStart < 0 || q.Speaker == "" || x.stopped() {
			continue
		}
		a, b := x.tokenAt(q.SpeakerStart), x.tokenAt(q.SpeakerEnd-1)+1
		switch g := lexicon.PronounGender(x.toks[a].Low); {
		case g == "m" || g == "f":
			// A club, a firm or a place ("Leeds United", "at Stamford
			// Bridge") is never "he" or "she": the latest person before.
			if e, ok := x.byName[q.Speaker]; ok {
				if e2 := x.personBefore(a, g[0]); e2 >= 0 && e2 != e {
					q.Speaker, q.SpeakerTitle = x.ents[e2].name, x.ents[e2].title
				}
			}
		case b-a >= 2 && x.toks[a].Low == "the" || b-a == 1:
			x.refineDescription(q, a, b, i)
		}
		x.refineName(q, a, b)
	}
}

// placeOrTeam reports whether a name is a club's, firm's or place's.
func placeOrTeam(name string) bool {
	return lexicon.IsPlaceOrTeam(strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:]))
}

// personBefore returns the latest person named before token i whose gender
// fits g, skipping clubs, firms and places (a name ending in "United" or
// "Road", or named right after "at" or "in"), or -1.
func (x *extractor) personBefore(i int, g byte) int {
	found, seen := -1, 0
	x.mentionsBefore(i, func(e, t int) bool {
		seen++
		en := x.ents[e]
		if en.person && (en.gender == 0 || en.gender == g) && !placeOrTeam(en.name) && !x.placeMention(t) {
			found = e
			return false
		}
		return seen < 199
	})
	return found
}

// placeMention reports whether the name at token t is the object of a
// preposition of place: "at Stamford Bridge", "in Santa Cruz".
func (x *extractor) placeMention(t int) bool {
	if t == 0 {
		return false
	}
	switch x.toks[t-1].Low {
	case "at", "in", "near", "into", "outside", "inside", "across", "around":
		return true
	}
	return false
}

// refineName gives an organisation its whole name, a person named after
// an affiliation and a place their own, and drops an honorific.
func (x *extractor) refineName(q *Quote, a, b int) {
	from := a
	if x.toks[from].Low == "the" && from+1 < b {
		from++
	}
	whole := x.text(from, b)
	if _, isPerson := x.byName[q.Speaker]; !isPerson && x.toks[from].Cap && whole != q.Speaker && strings.HasSuffix(whole, q.Speaker) &&
		(strings.Contains(whole, " of ") || lexicon.IsPossessive(x.toks[from].Low)) {
		q.Speaker, q.SpeakerTitle = whole, ""
	}
	if a >= 3 && b < len(x.toks) && x.toks[a-1].Low == "," && x.toks[b].Low == "," && x.isNameWord(a-2) {
		// "Garth Smithson of the University of California, Santa Cruz,"
		if m, ok := x.np(x.sentStart(a-2), a-2, 0); ok && m.person && strings.HasPrefix(m.title, "of ") {
			e := x.resolvePerson(m.name, "", x.toks[m.a].S)
			q.Speaker, q.SpeakerTitle = x.ents[e].name, m.title+", "+x.text(a, b)
			q.SpeakerStart, q.SpeakerEnd = x.toks[m.a].S, x.toks[m.b-1].E
		}
	}
	if h, rest, ok := strings.Cut(q.Speaker, " "); ok && strings.Contains(rest, " ") &&
		(lexicon.IsHonorific(strings.ToLower(strings.TrimSuffix(h, "."))) || lexicon.IsRoleNoun(strings.ToLower(h)) && x.isPerson(q.Speaker)) {
		q.Speaker = rest // "Professor Amara Osei", "Prosecutor Helen Ashby"
		if q.SpeakerTitle == "" {
			q.SpeakerTitle = h
		}
	}
}

// refineDescription resolves "the Scot", "the 27-year-old" or "the
// striker" (tokens [a, b)) to the person named in the sentence before or
// its own, when only one is, or when one of them was called so; and
// "the source" to the earlier quote's "government source".
func (x *extractor) refineDescription(q *Quote, a, b, i int) {
	head := x.toks[b-1]
	if b-a == 1 && !head.Cap || head.Kind != tkWord {
		return
	}
	if lexicon.IsAnonymous(head.Low) {
		for k := i - 1; k >= 0 && i-k <= maxRefineBack; k-- {
			x.steps++
			if p := x.out[k].Speaker; strings.HasSuffix(strings.ToLower(p), " "+head.Low) && x.out[k].SpeakerStart >= 0 {
				q.Speaker, q.SpeakerTitle = strings.TrimPrefix(strings.TrimPrefix(p, "a "), "A "), x.out[k].SpeakerTitle
				return
			}
		}
		return
	}
	if !lexicon.IsEpithet(head.Low, head.Cap) || strings.HasSuffix(head.Low, "s") && !strings.HasSuffix(head.Low, "ss") {
		return
	}
	lo := x.sentStart(a)
	if lo > 0 {
		lo = x.sentStart(lo - 1)
	}
	first, second, match := -1, -1, -1
	x.mentionsBefore(a, func(e, t int) bool {
		if t < lo {
			return false
		}
		if !x.ents[e].person || placeOrTeam(x.ents[e].name) {
			return true
		}
		if first < 0 {
			first = e
		} else if e != first && second < 0 {
			second = e
		}
		for k := max(lo, t-3); k < t; k++ {
			x.steps++
			if x.toks[k].Low == head.Low && match < 0 {
				match = e // "striker Callum Ferrie" for "the striker"
			}
		}
		return true
	})
	switch {
	case match >= 0:
		first = match
	case second >= 0:
		return // two people: ambiguous
	}
	if first >= 0 {
		q.Speaker, q.SpeakerTitle = x.ents[first].name, x.ents[first].title
	}
}

// isPerson reports whether name is a person named in the article.
func (x *extractor) isPerson(name string) bool {
	e, ok := x.byName[name]
	return ok && x.ents[e].person
}
