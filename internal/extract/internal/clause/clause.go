// Package clause reads the shapes of clauses and phrases around a speech
// cue from the tokens alone: where the stretch after a quotation ends,
// whether a cue closes its clause or opens a report of its own, whether
// words make a clause, and the modifiers that lead to a role and a name.
package clause

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// AfterRegion returns the end (exclusive) of the stretch after the closing
// mark at token close: to the end of the next sentence, the next quotation
// or the paragraph end.
func AfterRegion(toks []tok.Token, close int, steps *int) int {
	hi := close + 1
	for hi < len(toks) && toks[hi].Para == toks[close].Para && toks[hi].Kind != tok.OpenQ && !toks[hi].InQ {
		*steps++
		hi++
		if toks[hi-1].SentEd {
			break
		}
	}
	return hi
}

// PhraseCue recognises multi-word cues by their head word: "as he put it",
// "pointed out", "wanted to know".
func PhraseCue(toks []tok.Token, i int) bool {
	n := ""
	if i+1 < len(toks) {
		n = toks[i+1].Low
	}
	switch toks[i].Low {
	case "put", "puts":
		return n == "it"
	case "point", "points", "pointed", "pointing":
		return n == "out"
	case "know":
		return i > 1 && toks[i-1].Low == "to" && (toks[i-2].Low == "wanted" || toks[i-2].Low == "wants")
	case "follows":
		return i > 0 && toks[i-1].Low == "as"
	case "went", "goes":
		// "Trump went on, as if ...": "went on" ends its clause.
		return n == "on" && i+2 < len(toks) && (toks[i+2].Kind != tok.Word || toks[i+1].SentEd)
	}
	return false
}

// EndsClause reports whether the cue at v closes its clause: "..., he said."
// or "..., he said on Tuesday."
func EndsClause(toks []tok.Token, v int, steps *int) bool {
	for k := v; k < len(toks) && k-v < 10; k++ {
		*steps++
		if toks[k].SentEd || toks[k].Low == "," || toks[k].Low == ";" {
			return true
		}
		if k > v && toks[k].Kind == tok.OpenQ {
			return true
		}
	}
	return false
}

// PassiveCueBefore reports whether a passive speech verb ("labeled",
// "called", "described as") shortly precedes the quote closed at token c.
func PassiveCueBefore(toks []tok.Token, c int, steps *int) bool {
	k := c
	for k >= 0 && toks[k].Kind != tok.OpenQ {
		*steps++
		k--
	}
	for i := k - 1; i >= 0 && k-i <= 4; i-- {
		*steps++
		t := toks[i]
		if t.SentEd || t.Kind == tok.CloseQ {
			return false
		}
		if t.Kind == tok.Word && strings.HasSuffix(t.Low, "ed") && lexicon.Verb(t.Low) != 0 {
			return true
		}
	}
	return false
}

// StartsReport reports whether the cue at v opens reported speech of its
// own: another quotation later in the sentence, or a reported clause right
// after the verb ("Reid said both Rubio and Cruz are ...").
func StartsReport(toks []tok.Token, v, hi int, steps *int) bool {
	for k := v + 1; k < len(toks) && !toks[k-1].SentEd; k++ {
		*steps++
		if toks[k].Kind == tok.OpenQ {
			return true
		}
	}
	if v+1 < len(toks) {
		n := toks[v+1]
		pron := lexicon.IsPronoun(n.Low)
		return n.Low == "that" || pron || lexicon.IsDeterminer(n.Low) && n.Low != "the" || n.Cap
	}
	return false
}

// HasVerb reports whether the words from token c (to b at most)
// make a clause: a subject and then a finite verb before the first
// clause edge ("the tactics were", "he wants", "Trump lied").
func HasVerb(toks []tok.Token, c, b int, steps *int) bool {
	for k := c + 1; k <= b && k-c < 10; k++ {
		*steps++
		t := toks[k]
		w := t.Low
		switch {
		case t.Kind != tok.Word:
			if w == "," && listSubject(toks, k, b) {
				continue // "said deputies, Cherokee County Fire and several ambulances responded"
			}
			if w == "," || w == ";" || w == ":" {
				return false
			}
		case w == "and" && k+1 <= b && nounBefore(toks[k-1]) && lexicon.Verb(toks[k+1].Low) == 0 && !lexicon.IsVerbLike(toks[k+1].Low):
			continue // "said deputies and ambulances responded"
		case lexicon.IsClauseOpener(w) || w == "if" || w == "until":
			return false
		case lexicon.IsVerbLike(w) || finiteAux[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !t.Cap,
			strings.ContainsAny(w, "’'") && !lexicon.IsPossessive(w),
			lexicon.Verb(w) != 0 && !t.Cap,
			strings.HasSuffix(w, "s") && (lexicon.PronounGender(toks[k-1].Low) != "" || toks[k-1].Cap):
			return true
		}
	}
	return false
}

// nounBefore reports whether t can close a noun in a list of subjects:
// a plural noun in lower case or a capitalised word.
func nounBefore(t tok.Token) bool {
	return t.Kind == tok.Word && (t.Cap || strings.HasSuffix(t.Low, "s") && lexicon.Verb(t.Low) == 0 && !lexicon.IsVerbLike(t.Low))
}

// listSubject reports whether the comma at k goes on a list of nouns
// that makes a clause's subject: a plural noun before it, and "and"
// soon after it before any other comma.
func listSubject(toks []tok.Token, k, b int) bool {
	if p := toks[k-1]; p.Cap || !nounBefore(p) {
		return false
	}
	for j := k + 1; j <= b && j-k <= 6; j++ {
		switch toks[j].Low {
		case "and":
			return j > k+1
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// Edge reports whether token i ends a clause (so the next word may
// start a subject).
func Edge(toks []tok.Token, i int) bool {
	t := toks[i]
	if t.SentEd || t.Kind == tok.CloseQ || t.Kind == tok.OpenQ {
		return true
	}
	switch t.Low {
	case ",", ";", ":", "—", "–", "(", "-":
		return true
	}
	return lexicon.IsLead(t.Low)
}

// ModifierOfRole reports whether the lower-case word at i modifies a role
// noun that ends right before the name at a: "election law expert Rick
// Hasen".
func ModifierOfRole(toks []tok.Token, i, a int) bool {
	t := toks[i]
	if t.Cap || lexicon.IsNounStop(t.Low) || lexicon.IsAux(t.Low) || lexicon.Verb(t.Low) != 0 || lexicon.IsDeterminer(t.Low) ||
		lexicon.IsLead(t.Low) || lexicon.IsVerbLike(t.Low) || strings.HasSuffix(t.Low, "ly") || lexicon.IsPossessive(t.Low) {
		return false
	}
	return a-1 > i && lexicon.IsRoleNoun(toks[a-1].Low) && a-i <= 4
}

// ModifiersBeforeRole reports whether the lower-case word at k opens a
// short run of modifiers that ends in a role followed by a capitalised
// name: "county emergency management director Carla Hinton".
func ModifiersBeforeRole(toks []tok.Token, k, hi int, steps *int) bool {
	for m := k + 1; m < hi && m-k <= 4; m++ {
		*steps++
		t := toks[m]
		if t.Kind != tok.Word || t.Cap {
			return false
		}
		if lexicon.IsRole(t.Low) {
			return m+1 < hi && toks[m+1].Kind == tok.Word && toks[m+1].Cap
		}
		if lexicon.IsNounStop(t.Low) || lexicon.IsVerbLike(t.Low) || lexicon.IsAux(t.Low) || lexicon.Verb(t.Low) != 0 || lexicon.IsFunctionWord(t.Low) {
			return false
		}
	}
	return false
}

// finiteAux are auxiliaries and modals: a clause's verb.
var finiteAux = map[string]bool{"is": true, "was": true, "were": true, "are": true, "has": true, "had": true, "have": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true,
	"shall": true, "did": true, "does": true, "do": true, "am": true}

// Dash reports whether a dash stands among the tokens [a, b].
func Dash(toks []tok.Token, a, b int, steps *int) bool {
	for k := a; k <= b; k++ {
		*steps++
		if toks[k].Low == "—" || toks[k].Low == "–" {
			return true
		}
	}
	return false
}
