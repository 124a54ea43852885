// Package reported reads words reported through someone else's, after
// the ranker has chosen each quote's speaker: a report that quoted
// someone "as saying", a relative clause's own subject, a description
// with a dotted abbreviation after the quote, a headline's bare role
// before "says", and an organisation's initials written out in brackets
// before. Package refine runs it in its pass over the quotes.
package reported

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// Reader holds one pass over an article's quotes.
type Reader struct {
	d        article.Doc
	toks     []tok.Token
	r        []rune
	out      []result.Quote
	acronyms map[string]string // names written out before their initials in brackets, once asked
	steps    int
}

// New returns a Reader of the article d and its quotes out, in text
// order.
func New(d article.Doc, out []result.Quote) *Reader {
	return &Reader{d: d, toks: d.Toks(), r: d.Runes(), out: out}
}

// Unattributed gives quote i, which the rules may have left without a
// speaker, the one a description after it or a headline's role before
// "says" names.
func (x *Reader) Unattributed(q *result.Quote, i int) {
	x.dottedDescription(q, i)
	x.headlineSays(q)
}

// Speaker gives quote q, whose speaker mention starts at token a, the
// one the words were reported through it say: the one a report quoted,
// a relative clause's subject, the name initials stand for.
func (x *Reader) Speaker(q *result.Quote, a int) {
	x.quotedAsSaying(q, a)
	x.inWhichWrote(q)
	x.bracketedAcronym(q)
}

// Steps returns the work done so far.
func (x *Reader) Steps() int { return x.steps }

func (x *Reader) tokenAt(pos int) int                         { return x.d.TokenAt(pos) }
func (x *Reader) sentStart(i int) int                         { return x.d.SentStart(i) }
func (x *Reader) text(a, b int) string                        { return x.d.Text(a, b) }
func (x *Reader) ent(e int) article.Entity                    { return x.d.Ent(e) }
func (x *Reader) isNameWord(i int) bool                       { return x.d.IsNameWord(i) }
func (x *Reader) isCue(i int) bool                            { return x.d.IsCue(i) }
func (x *Reader) np(lo, j, depth int) (article.Mention, bool) { return x.d.NP(lo, j, depth) }
func (x *Reader) outletAt(i, hi int) (string, int)            { return x.d.OutletAt(i, hi) }

// personOf returns the person a mention names, by the name in full the
// article registered.
func (x *Reader) personOf(m article.Mention) int {
	if e, ok := x.d.ByName(m.Name); ok {
		return e
	}
	return x.d.ResolvePerson(m.Name, m.Title, x.toks[m.A].S)
}

// Words reported through someone else's: "Interfax quoted Deputy
// Foreign Minister Sergei Ryabkov as saying: “...”" is Ryabkov's,
// through Interfax; "He handed in a letter, in which Keogh wrote: “...”"
// is Keogh's, not the one who handed the letter in.

// maxQuotedAs bounds, in tokens, the one "quoted ... as saying" quotes,
// and the stretch from the speaker the rules found to "quoted".
const maxQuotedAs = 16

// quotedAsSaying gives quote q, attributed to the subject of "quoted" (or
// "cited") with "NAME as saying" after it and before the words, NAME,
// and the subject, when it is an outlet, as the via.
func (x *Reader) quotedAsSaying(q *result.Quote, a int) {
	o := x.tokenAt(q.Start)
	for k := a + 1; k < o && k-a <= maxQuotedAs; k++ {
		x.steps++
		t := x.toks[k]
		if t.InQ || t.SentEd {
			return
		}
		if t.Low != "quoted" && t.Low != "cited" {
			continue
		}
		as := k + 2
		for as < o && as-k <= maxQuotedAs && x.toks[as].Kind == tok.Word && x.toks[as].Low != "as" {
			x.steps++
			as++
		}
		if as+1 >= o || x.toks[as].Low != "as" || lexicon.Verb(x.toks[as+1].Low)&lexicon.Ing == 0 || !x.isCue(as+1) {
			return
		}
		m, ok := x.np(k+1, as-1, 0)
		if !ok || m.A != k+1 || m.Pron {
			return
		}
		name := m.Name
		if m.Person {
			if e := x.personOf(m); e >= 0 {
				name = x.ent(e).Name
			}
		}
		via := ""
		for _, s := range []int{x.sentStart(k), a} {
			if x.toks[s].Low == "the" {
				s++
			}
			if outlet, n := x.outletAt(s, k); n > 0 && via == "" {
				via = outlet // "Press TV, the state broadcaster's channel, quoted"
			}
		}
		q.Speaker, q.SpeakerTitle = name, m.Title
		q.SpeakerStart, q.SpeakerEnd = x.toks[m.A].S, x.toks[m.B-1].E
		if via != "" {
			q.Via = via
		}
		return
	}
}

// inWhichWrote gives quote q, opened right after "in which NAME wrote:"
// (or said, or any cue), NAME: the relative clause's own subject, not
// the one the sentence is about.
func (x *Reader) inWhichWrote(q *result.Quote) {
	o := x.tokenAt(q.Start) - 1 // the opening mark
	if o < 5 || x.toks[o].Kind != tok.OpenQ && x.toks[o].Kind != tok.SingleQ {
		return
	}
	c := o - 1
	if x.toks[c].Low != ":" && x.toks[c].Low != "," {
		return
	}
	v := c - 1
	if !x.isCue(v) {
		return
	}
	s := v
	for s > 0 && v-s < maxQuotedAs && x.isNameWord(s-1) {
		x.steps++
		s--
	}
	if s == v || s < 2 || x.toks[s-1].Low != "which" || x.toks[s-2].Low != "in" {
		return
	}
	m, ok := x.np(s, v-1, 0)
	if !ok || m.Pron || m.A != s {
		return
	}
	name := m.Name
	if m.Person {
		if e := x.personOf(m); e >= 0 {
			name = x.ent(e).Name
		}
	}
	q.Speaker, q.SpeakerTitle = name, m.Title
	q.SpeakerStart, q.SpeakerEnd = x.toks[m.A].S, x.toks[m.B-1].E
}

// afterClose is the token after quote q's closing marks and a comma,
// stepping past at most limit of them: where an attribution after the
// quote begins ("“...,” one U.S. official said").
func (x *Reader) afterClose(q *result.Quote, limit int) int {
	c := x.tokenAt(q.End-1) + 1
	for n := 0; c < len(x.toks) && n < limit && (x.toks[c].Kind == tok.CloseQ || x.toks[c].Low == ","); n++ {
		c++
	}
	return c
}

// maxDotted bounds the words of a description with an abbreviation in
// it: "one senior U.S. defense official".
const maxDotted = 7

// dottedDescription gives quote q, followed by its attribution to a
// description with a dotted abbreviation in it ("“...,” one U.S.
// official said"), that description: the rules before the refinements
// read "U.S." as closing a phrase, and find no one there.
func (x *Reader) dottedDescription(q *result.Quote, i int) {
	c := x.afterClose(q, 3)
	if c >= len(x.toks) || x.toks[c].InQ || x.toks[c].Cap || !lexicon.IsDeterminer(x.toks[c].Low) && x.toks[c].Low != "one" && x.toks[c].Low != "two" && x.toks[c].Low != "three" {
		return // (not "“...” A U.S. spokesperson told ...", a sentence of its own)
	}
	dotted, v := false, -1
	for k := c + 1; k < len(x.toks) && k-c <= maxDotted; k++ {
		x.steps++
		t := x.toks[k]
		if t.Low == "." && t.S == x.toks[k-1].E && strings.Contains(x.toks[k-1].Low, ".") && x.toks[k-1].Cap {
			dotted = true // "U.S."
			continue
		}
		if t.Kind != tok.Word || t.InQ {
			return
		}
		if x.isCue(k) {
			v = k
			break
		}
	}
	if !dotted || v < 0 || x.toks[v-1].Cap || x.toks[v-1].Kind != tok.Word {
		return
	}
	q.Speaker, q.SpeakerTitle = x.text(c, v), ""
	q.SpeakerStart, q.SpeakerEnd = x.toks[c].S, x.toks[v-1].E
	q.Cue, q.Likely, q.Confidence = x.toks[v].Low, true, max(q.Confidence, dottedConfidence)
	for j := i + 1; j < len(x.out) && x.out[j].Speaker == ""; j++ {
		n := &x.out[j]
		if n.Kind == result.KindParaphrase || x.toks[x.tokenAt(n.Start)].Para != x.toks[c].Para {
			break
		}
		// "“...,” one U.S. official said. “...”": the next words of the paragraph too
		n.Speaker, n.SpeakerStart, n.SpeakerEnd, n.Cue = q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.Cue
		n.Confidence = max(n.Confidence, dottedConfidence)
	}
}

// dottedConfidence is a quote's whose speaker dottedDescription read:
// its own attribution, right after it.
const dottedConfidence = 0.6

// headlineSays gives a quotation that opens a headline-like line with a
// bare role after it ("‘We will not wait for another death,’ minister says
// as police target courier e-bikes"; "Mountie says") that role, which the
// echo of the story's own quote (package quotelayout) then names: the
// rules find no subject in a headline's bare noun.
func (x *Reader) headlineSays(q *result.Quote) {
	o := x.tokenAt(q.Start) - 1
	if o < 0 || o > 0 && x.toks[o-1].Para == x.toks[o].Para {
		return // (not opening its line)
	}
	c := x.afterClose(q, 2)
	if c+1 >= len(x.toks) || x.toks[c].Para != x.toks[o].Para || x.toks[c].Kind != tok.Word || x.toks[c].InQ {
		return
	}
	v := c + 1
	if x.toks[v].Kind == tok.Word && !x.isCue(v) && v+1 < len(x.toks) {
		v++ // "Tory MP says", "health expert warns"
	}
	if v >= len(x.toks) || !x.isCue(v) || !strings.HasSuffix(x.toks[v].Low, "s") || x.toks[v].Para != x.toks[o].Para {
		return // a headline's present tense: "says", "warns"
	}
	role := strings.ToLower(x.toks[v-1].Low)
	if !lexicon.IsRoleNoun(role) && !lexicon.IsPersonRole(role) && !lexicon.IsTitleWord(role) && !headlineRoles[role] {
		return
	}
	q.Speaker, q.SpeakerTitle = x.text(c, v), ""
	q.SpeakerStart, q.SpeakerEnd = x.toks[c].S, x.toks[v-1].E
}

// headlineRoles are bare roles headlines name speakers by beyond the
// lexicon's.
var headlineRoles = map[string]bool{"mountie": true, "cop": true, "medic": true, "boss": true, "chief": true,
	"mum": true, "mom": true, "dad": true, "star": true, "expert": true, "insider": true, "source": true}

// maxAcronymLetters bounds an organisation's initials a speaker may be:
// "DfI", "NHS", "UNICEF".
const maxAcronymLetters = 7

// bracketedAcronym gives a speaker that is an organisation's initials
// ("the DfI said") the name the text wrote out before them in brackets
// ("the Department for Infrastructure (DfI)").
func (x *Reader) bracketedAcronym(q *result.Quote) {
	acr := strings.TrimPrefix(q.Speaker, "the ")
	if len(acr) < 2 || len(acr) > maxAcronymLetters || strings.Contains(acr, " ") || !unicode.IsUpper(rune(acr[0])) || !unicode.IsUpper(rune(acr[len(acr)-1])) {
		return
	}
	if x.acronyms == nil {
		x.acronyms = x.readAcronyms()
	}
	if name, ok := x.acronyms[acr]; ok {
		q.Speaker, q.SpeakerTitle = name, ""
	}
}

// readAcronyms returns the names the text writes out before initials in
// brackets ("the Department for Infrastructure (DfI)"), by the initials,
// read once for the article.
func (x *Reader) readAcronyms() map[string]string {
	out := map[string]string{}
	for i := 1; i+2 < len(x.toks); i++ {
		x.steps++
		if x.toks[i].Low != "(" || x.toks[i+2].Low != ")" || x.toks[i+1].E-x.toks[i+1].S > maxAcronymLetters {
			continue
		}
		acr := string(x.r[x.toks[i+1].S:x.toks[i+1].E])
		if _, seen := out[acr]; seen || !unicode.IsUpper([]rune(acr)[0]) {
			continue
		}
		a := i
		for a > 0 && i-a < 8 && x.toks[a-1].Para == x.toks[i].Para && (x.isNameWord(a-1) || (x.toks[a-1].Low == "for" || x.toks[a-1].Low == "of" || x.toks[a-1].Low == "and") && a-2 >= 0 && x.isNameWord(a-2)) {
			x.steps++
			a--
		}
		if i-a >= 2 {
			out[acr] = x.text(a, i)
		}
	}
	return out
}
