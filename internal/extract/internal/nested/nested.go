// Package nested reads the quotations a quotation reports: the words a
// speaker quotes someone else saying, inside their own ("The receptionist
// said, ‘Most people go to Inverness.’", "My producer said afterwards,
// “You should have cut him off.”"). Each is a quotation of its own, by
// the one the outer quotation names as saying it, held back for review;
// one attributed to a pronoun ("He said, ‘...’") is left inside, as in a
// speaker's own words it mostly stands for someone the extractor cannot
// name. It reads the article through article.Doc after the speakers are
// settled.
package nested

import (
	"sort"
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// confidence is a nested quotation's: its attribution is read by shape,
// inside someone's words. Every one is held back for review (Likely
// false): the words a speaker reports are theirs as they tell it, and
// annotators following PolNeAR count them as part of the outer quotation.
const confidence = 0.5

// describedConfidence is a nested quotation's whose speaker is only
// described.
const describedConfidence = 0.3

// maxSubject bounds the words of the one said to speak.
const maxSubject = 7

// speechVerbs introduce or follow a quotation inside a quotation.
var speechVerbs = map[string]bool{"said": true, "says": true, "say": true, "saying": true, "told": true, "tells": true,
	"tell": true, "asked": true, "asks": true, "wrote": true, "writes": true, "replied": true, "replies": true,
	"shouted": true, "yelled": true, "screamed": true, "whispered": true, "added": true, "texted": true, "messaged": true,
	"warned": true, "insisted": true, "explained": true, "joked": true, "snapped": true, "muttered": true, "cried": true,
	"announced": true, "declared": true, "reminded": true, "answered": true}

// objects stand between a speech verb and the quotation: "told me,".
var objects = map[string]bool{"me": true, "us": true, "him": true, "her": true, "them": true, "to": true, "you": true}

// boundaries end a subject read backwards from its verb.
var boundaries = map[string]bool{",": true, ";": true, ":": true, ".": true, "—": true, "–": true, "(": true, "and": true,
	"but": true, "so": true, "when": true, "who": true, "that": true, "because": true, "if": true, "as": true,
	"where": true, "while": true, "until": true, "before": true, "after": true, "?": true, "!": true}

// Add returns out with the quotations nested inside its likely ones
// (pieces in text order, from tok.PairNested), each where its outer
// quotation attributes it, in text order.
func Add(d article.Doc, out []result.Quote, pieces []tok.Piece) []result.Quote {
	if len(pieces) == 0 {
		return out
	}
	toks, r := d.Toks(), d.Runes()
	n := len(out)
	k := 0
	for _, p := range pieces {
		d.Step(1)
		s, e := toks[p.Open].S, toks[p.Close].E
		for k < n && out[k].End < s {
			k++
		}
		outer := -1
		for j := k; j < n && out[j].Start <= s; j++ {
			d.Step(1)
			if q := out[j]; q.Likely && q.Kind != result.KindParaphrase && q.Start <= s && e <= q.End+1 {
				outer = j
			}
		}
		if outer < 0 {
			continue
		}
		q, ok := read(d, out[outer], p)
		if ok {
			q.Text = string(r[q.Start:q.End])
			out = append(out, q)
		}
	}
	if len(out) > n {
		sortByStart(out)
	}
	return out
}

// read reads who the outer quotation says spoke the nested piece p.
func read(d article.Doc, outer result.Quote, p tok.Piece) (result.Quote, bool) {
	toks, r := d.Toks(), d.Runes()
	lo := d.TokenAt(outer.Start)
	q := result.Quote{Start: p.S, End: p.E, Kind: result.KindPartial, Confidence: confidence, SpeakerStart: -1, SpeakerEnd: -1}
	if unicode.IsUpper(r[p.S]) {
		q.Kind = result.KindDirect
	}
	// "the receptionist said, ‘...’", "she told me: ‘...’", "my father
	// used to say, ‘...’"
	v := p.Open - 1
	for v > lo && (toks[v].Low == "," || toks[v].Low == ":") {
		v--
	}
	for steps := 0; v > lo && steps < 2 && objects[toks[v].Low]; steps++ {
		v--
	}
	if v > lo && speechVerbs[toks[v].Low] && toks[v].Kind == tok.Word {
		q.Cue = toks[v].Low
		a, b, ok := subjectBefore(toks, lo, v)
		if !ok {
			return q, false
		}
		return speaker(d, outer, q, a, b)
	}
	// "‘...,’ the driver said", "‘...,’ said the driver"
	c := p.Close + 1
	hi := d.TokenAt(outer.End - 1)
	if c < len(toks) && toks[c].Low == "," {
		c++
	}
	if c >= hi {
		return q, false
	}
	if speechVerbs[toks[c].Low] {
		b := c + 1
		for b < hi && b-c <= maxSubject && toks[b].Kind == tok.Word && !boundaries[toks[b].Low] {
			b++
		}
		if b == c+1 || !toks[c+1].Cap && !determiners[toks[c+1].Low] {
			return q, false
		}
		q.Cue = toks[c].Low
		return speaker(d, outer, q, c+1, b)
	}
	b := c
	for b < hi && b-c < maxSubject && toks[b].Kind == tok.Word && !speechVerbs[toks[b].Low] && !boundaries[toks[b].Low] {
		b++
	}
	if b < hi && b > c && speechVerbs[toks[b].Low] && (toks[c].Cap || determiners[toks[c].Low] || pronoun(toks[c].Low) && b == c+1) {
		q.Cue = toks[b].Low
		return speaker(d, outer, q, c, b)
	}
	return q, false
}

// auxiliaries stand between a subject and its speech verb: "used to
// say", "kept saying", "would say", "once said".
var auxiliaries = map[string]bool{"used": true, "to": true, "kept": true, "keeps": true, "would": true, "will": true,
	"had": true, "has": true, "have": true, "did": true, "does": true, "could": true, "might": true, "must": true,
	"should": true, "can": true, "always": true, "once": true, "then": true, "just": true, "also": true, "never": true,
	"later": true, "afterwards": true, "finally": true, "actually": true, "simply": true, "immediately": true,
	"quietly": true, "suddenly": true, "sometimes": true, "often": true}

// determiners open a description: "the receptionist", "my producer".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "my": true, "our": true, "his": true, "her": true,
	"their": true, "your": true, "one": true, "this": true, "that": true, "some": true, "every": true, "another": true}

// pronoun reports whether w is a personal pronoun or one run into a
// verb ("she’d", "I'd").
func pronoun(w string) bool {
	if k := strings.IndexAny(w, "'’"); k > 0 {
		w = w[:k]
	}
	switch w {
	case "i", "we", "he", "she", "they", "you", "it":
		return true
	}
	return false
}

// subjectBefore reads the one who speaks before the speech verb at token
// v (no further back than lo): a pronoun, a name, or a description from
// its determiner ("the lady at the counter" is read as "the lady" only
// when the counter comes first). It returns tokens [a, b).
func subjectBefore(toks []tok.Token, lo, v int) (a, b int, ok bool) {
	b = v
	for b > lo && auxiliaries[toks[b-1].Low] {
		b--
	}
	if b <= lo || toks[b-1].Kind != tok.Word {
		return 0, 0, false
	}
	if pronoun(toks[b-1].Low) {
		return b - 1, b, true
	}
	a = b
	if toks[b-1].Cap {
		for a > lo && b-a < maxSubject && toks[a-1].Kind == tok.Word && toks[a-1].Cap && !auxiliaries[toks[a-1].Low] {
			a--
		}
		if a > lo && determiners[toks[a-1].Low] {
			a-- // "the Reverend"
		}
		return a, b, true
	}
	for a > lo && b-a < maxSubject && toks[a-1].Kind == tok.Word && !boundaries[toks[a-1].Low] {
		a--
		if determiners[toks[a].Low] {
			return a, b, true
		}
	}
	return 0, 0, false
}

// speaker gives q the one tokens [a, b) name: the outer quotation's
// speaker for "I" or "we", a person by name, a description as printed;
// nothing for another pronoun.
func speaker(d article.Doc, outer result.Quote, q result.Quote, a, b int) (result.Quote, bool) {
	toks := d.Toks()
	if a >= b {
		return q, false
	}
	q.SpeakerStart, q.SpeakerEnd = toks[a].S, toks[b-1].E
	first := toks[a].Low
	switch {
	case b-a == 1 && pronoun(first) && (strings.HasPrefix(first, "i") || strings.HasPrefix(first, "we")):
		if outer.Speaker == "" {
			return q, false
		}
		q.Speaker, q.SpeakerTitle = outer.Speaker, outer.SpeakerTitle
		return q, true
	case b-a == 1 && pronoun(first):
		return q, false
	}
	name := true
	for k := a; k < b; k++ {
		name = name && toks[k].Cap
	}
	text := d.Text(a, b)
	if name {
		e := d.ResolvePerson(lexicon.StripPossessive(text), "", toks[a].S)
		q.Speaker, q.SpeakerTitle = d.Ent(e).Name, d.Ent(e).Title
		return q, true
	}
	if !strings.ContainsFunc(text, unicode.IsLetter) {
		return q, false
	}
	q.Speaker = text
	q.Confidence = describedConfidence // "my dad", "a nurse": often a person the story names elsewhere
	return q, true
}

// sortByStart puts qs in text order, keeping the order of equal starts.
func sortByStart(qs []result.Quote) {
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Start < qs[j].Start })
}
