// Package quotelayout settles a quotation's speaker and outlet from where
// the article puts it and what comes around it: the chunks of a
// quotation split by one attribution, a pull quote or boxed analysis
// signed on a dash line, a quotation running over paragraphs and
// attributed at its end, a crosshead summing up the quotation after it,
// a headline or pull quote repeating words quoted in the story, the
// untagged lines of a scene's dialogue (dialogue.go), a fragment inside a
// paraphrase, the outlet of an interview carried on to the quotes after
// it, and headlines no one says. Package refine runs
// these passes among its own.
package quotelayout

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// Doc is the article as the extractor has read it.
type Doc = article.Doc

// layout holds one pass over an article's quotes.
type layout struct {
	d     Doc
	r     []rune
	toks  []tok.Token
	out   []result.Quote
	steps int

	lowWords map[string]bool // the words the article writes in lower case, once asked (groupWord)
}

// run makes the passes over out, in order, and returns the work done.
func run(d Doc, out []result.Quote, passes ...func(*layout)) int {
	x := &layout{d: d, r: d.Runes(), toks: d.Toks(), out: out}
	for _, pass := range passes {
		pass(x)
	}
	return x.steps
}

func (x *layout) tokenAt(pos int) int   { return x.d.TokenAt(pos) }
func (x *layout) paraStart(i int) int   { return x.d.ParaStart(i) }
func (x *layout) sentStart(i int) int   { return x.d.SentStart(i) }
func (x *layout) isNameWord(i int) bool { return x.d.IsNameWord(i) }
func (x *layout) text(a, b int) string  { return x.d.Text(a, b) }
func (x *layout) ent(e int) article.Entity {
	return x.d.Ent(e)
}
func (x *layout) byName(name string) (int, bool) { return x.d.ByName(name) }

// besideHeadline bounds, in runes, how far from a headline's quotation
// the person it names must be to be its speaker beyond doubt.
const besideHeadline = 40

// namedBeside reports whether a quote's speaker is a person named right
// beside it, by the words of the mention: "'Pinch me!' TV gardener Poppy
// Lanyon, 42, lands ...".
func (x *layout) namedBeside(q *result.Quote) bool {
	if q.SpeakerStart < 0 || q.SpeakerEnd > len(x.r) || !strings.Contains(q.Speaker, string(x.r[q.SpeakerStart:q.SpeakerEnd])) {
		return false // named elsewhere: "Opposition calls it ‘...’" read as the headline's "Kerala Budget"
	}
	return x.person(q.Speaker) &&
		(q.SpeakerStart >= q.End && q.SpeakerStart-q.End <= besideHeadline || q.SpeakerEnd <= q.Start && q.Start-q.SpeakerEnd <= besideHeadline)
}

// person reports whether name is a person the article names.
func (x *layout) person(name string) bool {
	e, ok := x.byName(name)
	return ok && x.ent(e).Person
}
func (x *layout) mentionsBefore(i int, f func(e, tok int) bool) {
	x.d.MentionsBefore(i, f)
}
func (x *layout) sentenceSubject(s0, hi int) (article.Mention, bool) {
	return x.d.SentenceSubject(s0, hi)
}
func (x *layout) surnameOf(j int) int { return article.SurnameAt(x.d, j) }

// Attributions runs the passes that settle a quotation's speaker from
// the quotations around it: one speaker for the chunks of one
// attribution, the dash line's name, and the attribution at the end of
// a quotation running over paragraphs. It returns the work done.
func Attributions(d Doc, out []result.Quote) int {
	return run(d, out, (*layout).sameMention, (*layout).dashAttributions, (*layout).openParagraphs)
}

// Sequence runs the passes that read a quotation by the one before it:
// a fragment inside a paraphrase takes the paraphrase's speaker (see
// partialsLikeParaphrase). It returns the work done.
func Sequence(d Doc, out []result.Quote) int {
	return run(d, out, (*layout).partialsLikeParaphrase, (*layout).anotherOfThem, (*layout).addingThat, (*layout).quotedMention)
}

// quotedMention gives a quote the speaker of the quote before it in its
// paragraph when that quote's attribution stands between the two
// ("“Kazakhstan made its case ...,” one of the delegates said. “That is
// a discussion for next year.”") and the later quote was attributed to a
// name before them or inside the first one's words: no one speaks from
// inside another's words, and the attribution between reads both.
func (x *layout) quotedMention() {
	for i := 1; i < len(x.out); i++ {
		x.steps++
		q, p := &x.out[i], x.out[i-1]
		if q.SpeakerStart < 0 || q.Kind == result.KindParaphrase || p.Kind == result.KindParaphrase || p.Speaker == "" || p.SpeakerStart < 0 ||
			p.End > q.Start || q.Speaker == p.Speaker || p.SpeakerStart < p.End || p.SpeakerEnd > q.Start || q.SpeakerEnd > p.End {
			continue
		}
		if x.toks[x.tokenAt(p.Start)].Para != x.toks[x.tokenAt(q.Start)].Para {
			continue
		}
		q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = p.Speaker, p.SpeakerTitle, p.SpeakerStart, p.SpeakerEnd
	}
}

// addingThat gives a quote with no speaker inside an attribution's
// "adding that ..." (“...,” al-Amin said, adding that the government
// “welcomes all humanitarian assistance”) the speaker of that
// attribution's quote.
func (x *layout) addingThat() {
	for i := 1; i < len(x.out); i++ {
		x.steps++
		q, p := &x.out[i], x.out[i-1]
		if q.Speaker != "" || p.Speaker == "" || p.End > q.Start {
			continue
		}
		a, o := x.tokenAt(max(p.End, p.SpeakerEnd)-1), x.tokenAt(q.Start)
		if o-a > 14 || x.sentStart(o) > a {
			continue
		}
		for k := a + 1; k < o; k++ {
			x.steps++
			if x.toks[k].Low == "adding" || x.toks[k].Low == "added" {
				q.Speaker, q.SpeakerTitle = p.Speaker, p.SpeakerTitle
				break
			}
		}
	}
}

// anotherOfThem gives a quote attributed to "Another" or "A third" (of
// the people just quoted: "One resident wrote: “...” Another said:
// “...”") the description the one before was given, when that one was
// described, not named, in its paragraph or the one before.
func (x *layout) anotherOfThem() {
	for i := 1; i < len(x.out); i++ {
		x.steps++
		q := &x.out[i]
		if q.SpeakerStart < 0 {
			continue
		}
		a := x.tokenAt(q.SpeakerStart)
		if len(q.Speaker) > 11 {
			continue // longer than "another one"
		}
		switch w := strings.ToLower(q.Speaker); w {
		case "another", "a third", "third", "a fourth", "fourth", "another one":
		default:
			continue
		}
		p := x.out[i-1]
		if p.SpeakerStart < 0 || p.Speaker == "" || unicode.IsUpper([]rune(p.Speaker)[0]) && strings.Contains(p.Speaker, " ") && !strings.HasPrefix(p.Speaker, "One ") {
			continue // a person named: "Another" is someone else
		}
		if t := x.tokenAt(p.SpeakerStart); t < 0 || x.toks[t].Para+1 < x.toks[a].Para {
			continue
		}
		q.Speaker, q.SpeakerTitle = p.Speaker, p.SpeakerTitle
	}
}

// Finish runs the last passes: the writer's own quotations given to the
// byline, the outlet of an interview carried on to the quotes after it,
// and headlines no one says held back. It returns
// the work done.
func Finish(d Doc, out []result.Quote) int {
	return run(d, out, (*layout).writerSpeaks, (*layout).viaCarried, (*layout).homeOutletVias, (*layout).holdSpeakerlessHeadlines)
}

// Dialogue gives the untagged lines of a scene's dialogue to the person
// whose turn it is (see dialogueTurns). It returns the work done.
func Dialogue(d Doc, out []result.Quote) int {
	return run(d, out, (*layout).dialogueTurns)
}

// Echoes gives crossheads, headlines and pull quotes the speaker of the
// quotation they repeat or sum up (see echoes). It returns the work done.
func Echoes(d Doc, out []result.Quote) int {
	return run(d, out, (*layout).noOutletSpeakers, (*layout).introducedQuotes, (*layout).echoes, (*layout).titledSpeakers)
}

// noOutletSpeakers takes a news outlet away as the speaker of a quotation
// that no verb gave it (a headline's ‘eye-watering’ under the "Daily
// Mail" masthead, words before "..., the fisherman told Al Jazeera"): an
// outlet prints quotations, and says them only where a verb says so.
func (x *layout) noOutletSpeakers() {
	for i := range x.out {
		x.steps++
		if q := &x.out[i]; q.Cue == "" && q.Kind != result.KindParaphrase && vocab.IsOutlet(q.Speaker) {
			q.Speaker, q.SpeakerTitle = "", ""
		}
	}
}

// sameMention gives every quote attributed to one mention the speaker
// the first of them was given: the chunks of a quotation split by "she
// said" are one person's, whatever a rule made of each.
func (x *layout) sameMention() {
	for i := 1; i < len(x.out); i++ {
		x.steps++
		p, q := &x.out[i-1], &x.out[i]
		if q.SpeakerStart >= 0 && q.SpeakerStart == p.SpeakerStart && q.SpeakerEnd == p.SpeakerEnd && p.Speaker != "" && q.Speaker != p.Speaker {
			q.Speaker, q.SpeakerTitle = p.Speaker, p.SpeakerTitle
		}
	}
}

// dashAttributions gives a quotation that fills its paragraph the name
// the next line signs it with after a dash, as pull quotes, boxed
// analysis and epigraphs are signed: "“The CNB’s guidance tilts toward
// a pause ...”" then "— Petra Novotná, economist."
func (x *layout) dashAttributions() {
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
func (x *layout) openParagraphs() {
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

// maxEcho bounds how many quotes a quote without a speaker is compared
// with, and echoWords how many words of it are read.
const (
	maxEcho   = 40
	echoWords = 60
)

// echoes gives a quote without a speaker, or one standing alone as its
// paragraph, the speaker of another quote that says the same words: a
// pull quote set apart between paragraphs (which the quote before it
// would otherwise continue), or a headline ("'I thought I was going to die': climber rescued")
// taken from a quote in the story ("I honestly thought I was going to
// die up there," he said). Its words, at least four, must all come, in
// order, in the other quote; three must come together.
func (x *layout) echoes() {
	words := make([][]string, len(x.out)) // each quote's words, read once
	wordsOf := func(j int) []string {
		if words[j] == nil {
			words[j] = echoWordsOf(x.out[j].Text)
		}
		return words[j]
	}
	speaks := map[string]int{} // how many quotes each speaker has
	for _, q := range x.out {
		x.steps++
		speaks[q.Speaker]++
	}
	for i := range x.out {
		x.steps++
		q := &x.out[i]
		alone := x.aloneInParagraph(q)
		// A headline's quotation, whoever the headline half named
		// ("Kerala Budget 2026-27: ... Opposition calls it ‘a cheque
		// without funds’"), is the story's quote of the same words.
		headline := (x.toks[x.tokenAt(q.Start)].Para == 0 || x.headlineLine(q) && !x.namedInLine(q)) && !x.namedBeside(q)
		if top := x.toks[x.tokenAt(q.Start)].Para == 0 || x.headlineLine(q); top && q.Kind != result.KindParaphrase && (roleOnly(q.Speaker) || x.groupWord(q.Speaker)) {
			if words := wordsOf(i); len(words) == 1 {
				x.wordEcho(q, i, words[0], wordsOf) // "Patients describe ‘undignified’ waits"
				continue
			}
		}
		// A headline's speaker the story gives no other quote ("Serbia"
		// of "US envoy says Serbia, Kosovo close to deal, warns of 'last
		// window'") gives way to the story's quote of the same words.
		unheard := q.Speaker != "" && speaks[q.Speaker] < 2 && (x.toks[x.tokenAt(q.Start)].Para == 0 || x.headlineLine(q)) && !x.labelled(q)
		if q.Speaker != "" && !alone && !x.leadsHeadline(q) && !headline && !roleOnly(q.Speaker) && !unheard || q.Kind == result.KindParaphrase || !q.Likely || q.Cue == ":" {
			continue
		}
		words := wordsOf(i)
		if len(words) < 3 && !((headline || unheard) && len(words) == 2) || len(words) > echoWords {
			continue // (a headline's two words: "Her senator calls it 'bureaucratic cruelty'")
		}
		short := len(words) <= 3 // "‘time to adjust’": the three words together, no fewer
		if alone && len(words) <= crossheadWords && !strings.ContainsAny(q.Text[len(q.Text)-1:], ".?!,;:") {
			x.crosshead(q, i) // said after it in other words, or not at all
		}
		for d := 1; d <= maxEcho; d++ {
			found := false
			for _, j := range [2]int{i + d, i - d} {
				if j < 0 || j >= len(x.out) {
					continue
				}
				o := x.out[j]
				x.steps += len(words)
				if o.Speaker == "" || o.Kind == result.KindParaphrase || !o.Likely || o.Speaker == q.Speaker || !inOrder(words, wordsOf(j)) ||
					short && !strings.Contains(" "+strings.Join(wordsOf(j), " ")+" ", " "+strings.Join(words, " ")+" ") {
					continue
				}
				q.Speaker, q.SpeakerTitle, q.Confidence = o.Speaker, o.SpeakerTitle, min(o.Confidence, 0.6)
				found = true
				break
			}
			if found {
				break
			}
		}
	}
}

// labelled reports whether quote q's speaker is named before a colon
// that heads its line: "No 10: PM 'fully behind' the chancellor".
func (x *layout) labelled(q *result.Quote) bool {
	if q.SpeakerEnd <= q.SpeakerStart {
		return false
	}
	e := x.tokenAt(q.SpeakerEnd-1) + 1
	return e < len(x.toks) && x.toks[e].Low == ":"
}

// groupWord reports whether a speaker is one plural word that the
// article also writes in lower case, a common noun: "Patients" (and
// "other patients"), not "Jones".
func (x *layout) groupWord(speaker string) bool {
	if strings.Contains(speaker, " ") || len(speaker) <= 3 || !strings.HasSuffix(speaker, "s") || strings.HasSuffix(speaker, "ss") {
		return false
	}
	if x.lowWords == nil {
		x.lowWords = map[string]bool{}
		for _, t := range x.toks {
			x.steps++
			if t.Kind == tok.Word && !t.Cap {
				x.lowWords[t.Low] = true
			}
		}
	}
	return x.lowWords[strings.ToLower(speaker)]
}

// wordEcho gives a headline's one quoted word, which a group says
// ("Patients describe ‘undignified’ waits in hospital corridors"), the
// speaker of the one quotation among the maxEcho either side that has
// the word ("completely undignified"), and counts it someone's words,
// not a label; none, or two, leave it as it is.
func (x *layout) wordEcho(q *result.Quote, i int, word string, wordsOf func(int) []string) {
	found := -1
	for j := max(0, i-maxEcho); j < len(x.out) && j <= i+maxEcho; j++ {
		x.steps++
		o := x.out[j]
		if j == i || o.Speaker == "" || o.Kind == result.KindParaphrase || !o.Likely || roleOnly(o.Speaker) {
			continue
		}
		for _, w := range wordsOf(j) {
			x.steps++
			if w == word {
				if found >= 0 && x.out[found].Speaker != o.Speaker {
					return
				}
				found = j
				break
			}
		}
	}
	if found >= 0 {
		q.Speaker, q.SpeakerTitle, q.Confidence, q.Likely = x.out[found].Speaker, x.out[found].SpeakerTitle, min(x.out[found].Confidence, 0.5), true
	}
}

// crosshead gives a short quotation standing unended as its own
// paragraph (a crosshead: "‘We waited for nothing’") the speaker of the first quotation
// in the three paragraphs after it, which it sums up; echoes then gives it
// the speaker of a quotation repeating its words, if one does.
func (x *layout) crosshead(q *result.Quote, i int) {
	p := x.toks[x.tokenAt(q.Start)].Para
	for j := i + 1; j < len(x.out) && j-i <= maxEcho; j++ {
		x.steps++
		o := x.out[j]
		if x.toks[x.tokenAt(o.Start)].Para > p+3 {
			return
		}
		if o.Kind == result.KindDirect && o.Speaker != "" && o.Likely && o.SpeakerStart >= 0 {
			q.Speaker, q.SpeakerTitle, q.Confidence = o.Speaker, o.SpeakerTitle, min(o.Confidence, 0.5)
			return
		}
	}
}

// leadsHeadline reports whether quote q opens its paragraph and a dash
// or a colon follows it: a headline quoting the story ("'We had to dig it
// out of the ground' – Cuddihy hails ...").
func (x *layout) leadsHeadline(q *result.Quote) bool {
	o := x.tokenAt(q.Start) - 1
	if o < 0 || x.toks[o].Kind != tok.OpenQ && x.toks[o].Kind != tok.SingleQ || x.paraStart(o) != o {
		return false
	}
	k := x.tokenAt(q.End-1) + 1
	for k < len(x.toks) && x.toks[k].Para == x.toks[o].Para && x.toks[k].Kind != tok.Word && !lexicon.IsDash(x.toks[k].Low) && x.toks[k].Low != ":" {
		k++ // the closing mark
	}
	return k < len(x.toks) && x.toks[k].Para == x.toks[o].Para && (lexicon.IsDash(x.toks[k].Low) || x.toks[k].Low == ":")
}

// aloneInParagraph reports whether quote q is a paragraph of its own,
// with nothing but its marks around it: a pull quote set between
// paragraphs, whose neighbours do not speak it.
func (x *layout) aloneInParagraph(q *result.Quote) bool {
	o := x.tokenAt(q.Start) - 1
	if o < 0 || x.toks[o].Kind != tok.OpenQ || x.paraStart(o) != o {
		return false
	}
	k := x.tokenAt(q.End-1) + 1
	for k < len(x.toks) && x.toks[k].Para == x.toks[o].Para {
		x.steps++
		if x.toks[k].Kind == tok.Word {
			return false
		}
		k++
	}
	return true
}

// maxHeadlineWords bounds the words of a line read as a headline.
const maxHeadlineWords = 22

// headlineLine reports whether quote q stands in a headline further down
// the page (a live page's entry, a headline under the site's menus): a
// line of a few words that has no sentence punctuation after the
// quotation and none before it, the paragraph after it a sentence.
func (x *layout) headlineLine(q *result.Quote) bool {
	f, l := x.tokenAt(q.Start), x.tokenAt(q.End-1)
	if f < 0 || l < 0 {
		return false
	}
	p := x.toks[f].Para
	a := x.paraStart(f)
	words := 0
	for k := a; k < len(x.toks) && x.toks[k].Para == p; k++ {
		x.steps++
		t := x.toks[k]
		if t.Kind == tok.Word {
			if words++; words > maxHeadlineWords {
				return false
			}
		}
		if !t.InQ && k != f-1 && k < len(x.toks)-1 && x.toks[k+1].Para == p && (t.SentEd || t.Low == "?" || t.Low == "!") {
			return false // a sentence ends inside the line
		}
		if k > l && t.Kind == tok.Punct && strings.ContainsAny(t.Low, ".!?") {
			return false // "... 'could be delayed'." ends a sentence
		}
	}
	return words >= 3
}

// namedInLine reports whether quote q's speaker is named by name in the
// quote's own line ("HSE says ... ‘within weeks’", "No 10: PM ‘fully
// behind’ the chancellor"), not by a description ("Economy minister
// reportedly told associates ...").
func (x *layout) namedInLine(q *result.Quote) bool {
	if q.Speaker == "" || q.SpeakerStart < 0 || described(q.Speaker) {
		return false
	}
	m := x.tokenAt(q.SpeakerStart)
	return m >= 0 && x.toks[m].Para == x.toks[x.tokenAt(q.Start)].Para
}

// echoWordsOf returns the words of s in lower case, at most 4*echoWords.
func echoWordsOf(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	return f[:min(len(f), 4*echoWords)]
}

// inOrder reports whether every word of a comes in b, in order.
func inOrder(a, b []string) bool {
	k := 0
	for _, w := range b {
		if k < len(a) && w == a[k] {
			k++
		}
	}
	return k == len(a)
}

// roleOnly reports whether a speaker is a role without a name ("CEO",
// "Minister"), as a standfirst's "CEO says ... “has not found its
// floor”" gives one.
func roleOnly(speaker string) bool {
	w := strings.ToLower(speaker)
	if strings.Contains(w, " ") && vocab.AllOfficeWords(speaker) {
		return true // "First Minister", "Energy Secretary"
	}
	if !strings.Contains(w, " ") && (lexicon.IsRoleNoun(w) || lexicon.IsPersonRole(w) || lexicon.IsTitleWord(w) || lexicon.IsOrgWord(w)) {
		return true
	}
	if h, rest, ok := strings.Cut(w, " "); ok && lexicon.IsPossessivePronoun(h) && !strings.Contains(rest, " ") {
		return roleOnly(rest) // "Her senator"
	}
	// A group a headline says something of ("Ministers", "Wild swimmers",
	// "Campaigners"): the one of them the story quotes later.
	f := strings.Fields(w)
	if len(f) == 0 {
		return false
	}
	last := strings.TrimSuffix(f[len(f)-1], "s")
	return len(f) <= 2 && strings.HasSuffix(f[len(f)-1], "s") && (lexicon.IsRoleNoun(last) || lexicon.IsPersonRole(last) || lexicon.IsEpithet(last, false) || strings.HasSuffix(last, "er"))
}

// crossheadWords bounds the words of a crosshead.
const crossheadWords = 12

// partialsLikeParaphrase gives a quoted fragment inside a paraphrase the
// paraphrase's speaker when both were attributed to the same subject
// phrase (their speaker mentions touch) and the fragment's attribution
// is the less sure: in "Chile's mining minister,
// Andrés Valdivia, said ... the government was "following ..." and would
// "demand full transparency"", both fragments are Valdivia's.
func (x *layout) partialsLikeParaphrase() {
	for i := range x.out {
		p := x.out[i]
		if p.Kind != result.KindParaphrase || p.SpeakerStart < 0 || p.Speaker == "" {
			continue
		}
		for k := i + 1; k < len(x.out) && x.out[k].Start < p.End; k++ {
			x.steps++
			q := &x.out[k]
			if q.Kind != result.KindPartial || q.End > p.End || q.SpeakerStart < 0 || q.Speaker == p.Speaker || q.Confidence >= p.Confidence {
				continue
			}
			if q.SpeakerEnd+3 >= p.SpeakerStart && q.SpeakerStart <= p.SpeakerEnd+3 || x.titleOf(q, p) {
				q.Speaker, q.SpeakerTitle = p.Speaker, p.SpeakerTitle
				q.SpeakerStart, q.SpeakerEnd = p.SpeakerStart, p.SpeakerEnd
			}
		}
	}
}

// maxTitleRunes bounds, in runes, an office written before a name:
// "Member of the Majlis National Security and Foreign Policy Committee".
const maxTitleRunes = 100

// titleOf reports whether quote q's speaker mention is the start of the
// office written before paraphrase p's speaker mention, in one run of
// capitalised words and joining words: "Member" of "Member of the Majlis
// ... Committee Alireza Tavassoli-Nejad".
func (x *layout) titleOf(q *result.Quote, p result.Quote) bool {
	if q.SpeakerEnd > p.SpeakerStart || p.SpeakerStart-q.SpeakerEnd > maxTitleRunes || strings.Contains(q.Speaker, " ") ||
		!lexicon.IsTitleWord(strings.ToLower(q.Speaker)) && !strings.EqualFold(q.Speaker, "member") {
		return false // (an office's first word taken for a speaker, no name)
	}
	for k := x.tokenAt(q.SpeakerEnd-1) + 1; k < len(x.toks) && x.toks[k].S < p.SpeakerStart; k++ {
		x.steps++
		if t := x.toks[k]; t.Kind != tok.Word || !t.Cap && t.Low != "of" && t.Low != "the" && t.Low != "and" && t.Low != "for" {
			return false
		}
	}
	return true
}

// viaCarried gives a quote with no outlet the outlet of the quote or
// paraphrase just before it, when both are the same speaker's and the
// quote follows in the same paragraph or the next two: in "Agbonlahor
// told talkSPORT that ... 'I've not seen a team this good,' he said.",
// the quote came through talkSPORT too. In a later paragraph, a post or
// a letter ("he wrote") came some other way. A quote given "to the programme" came through
// the outlet named last.
func (x *layout) viaCarried() {
	for i := 1; i < len(x.out); i++ {
		x.steps++
		q, p := &x.out[i], x.out[i-1]
		if q.Via != "" || q.SpeakerStart < 0 {
			continue
		}
		if v := x.theProgramme(q, i); v != "" {
			q.Via = v
			continue
		}
		if p.Via == "" || q.Speaker == "" || q.Speaker != p.Speaker || p.SpeakerStart < 0 {
			continue
		}
		qp, pp := x.toks[x.tokenAt(q.Start)].Para, x.toks[x.tokenAt(p.Start)].Para
		if qp == pp || qp <= pp+2 && !writtenCues[q.Cue] && !x.ownVenue(q) {
			q.Via = p.Via
		}
	}
}

// ownVenue reports whether the sentence of q's attribution says where
// the words were said ("Speaking to reporters outside her office, Brandt
// said ..."), another occasion than an interview before it.
func (x *layout) ownVenue(q *result.Quote) bool {
	a := x.tokenAt(q.SpeakerStart)
	s := x.sentStart(a)
	for k := s; k < len(x.toks) && k-s < maxSentence && !x.toks[k].SentEd; k++ {
		x.steps++
		if venueWords[x.toks[k].Low] && !x.toks[k].InQ {
			return true
		}
	}
	return false
}

// theProgramme returns the outlet named last, within the three quotes
// before quote i, when quote i's attribution says its words went to "the
// programme" ("telling the programme that ..."), "the show", "the
// station" or "the paper"; else "".
func (x *layout) theProgramme(q *result.Quote, i int) string {
	a := x.tokenAt(q.SpeakerStart)
	s := x.sentStart(a)
	found := false
	for k := s + 1; k+1 < len(x.toks) && k-s < maxSentence && !x.toks[k].SentEd; k++ {
		x.steps++
		if x.toks[k].Low == "the" && programmeNouns[x.toks[k+1].Low] && (x.toks[k-1].Low == "telling" || x.toks[k-1].Low == "told" || x.toks[k-1].Low == "to") {
			found = true
			break
		}
	}
	if !found {
		return ""
	}
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		x.steps++
		if x.out[j].Via != "" {
			return x.out[j].Via
		}
	}
	return ""
}

// holdSpeakerlessHeadlines holds back, after the refinements, the quotes
// in single marks that open a paragraph before a colon, as a headline's
// do ("'We can't wait for the grid': a conversation with ..."), and that
// still have no speaker: neither the headline nor a quote in the story
// with the same words said whose they are.
func (x *layout) holdSpeakerlessHeadlines() {
	for i := range x.out {
		x.steps++
		q := &x.out[i]
		if q.Speaker != "" || !q.Likely || q.Kind == result.KindParaphrase || q.Start == 0 || q.End >= len(x.r) {
			continue
		}
		o, c := x.tokenAt(q.Start-1), x.tokenAt(q.End)
		if x.toks[o].E != q.Start || x.toks[c].S != q.End || c+1 >= len(x.toks) || x.toks[c+1].Low != ":" ||
			o > 0 && x.toks[o-1].Para == x.toks[o].Para {
			continue
		}
		switch x.toks[o].Low {
		case "'", "‘":
			q.Likely, q.Confidence = false, min(q.Confidence, heldConfidence)
		}
	}
}

// venueWords name an occasion for words: reporters, a briefing, a
// statement, another interview.
var venueWords = map[string]bool{"reporters": true, "journalists": true, "speaking": true, "told": true, "interview": true,
	"statement": true, "conference": true, "briefing": true, "rally": true, "hearing": true, "speech": true, "post": true}

// writtenCues are verbs of words written, not spoken to an outlet.
var writtenCues = map[string]bool{"wrote": true, "writes": true, "posted": true, "posts": true, "tweeted": true,
	"tweets": true, "texted": true, "emailed": true}

// programmeNouns are what "the X" calls an outlet named before.
var programmeNouns = map[string]bool{"programme": true, "program": true, "show": true, "station": true, "broadcaster": true,
	"paper": true, "newspaper": true, "podcast": true, "channel": true, "outlet": true, "network": true, "magazine": true}

// heldConfidence is the most confidence a quote held back as unlikely
// has (as the extractor gives it).
const heldConfidence = 0.2

// maxSentence is the extractor's bound on a sentence, in tokens.
const maxSentence = 400
