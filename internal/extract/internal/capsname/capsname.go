// Package capsname reads a speaker's name printed in capitals at the
// head of a paragraph, as the United Nations' meetings coverage and some
// agencies' records introduce each speaker: "MARIAM DIALLO-HASSAN,
// Director of Operations and Advocacy, Office for the Coordination of
// Humanitarian Affairs (OCHA), said that ...". The name rules never read
// words in capitals as a name (they are datelines and headings), and so
// find the speaker in the title after it ("Advocacy"). Package refine
// runs it in its pass over the quotes.
package capsname

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/transcript"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// maxNameWords bounds the words of a name in capitals.
const maxNameWords = 5

// maxAppositive bounds, in tokens, the title between the name and the
// verb of speech after it.
const maxAppositive = 40

// lead is a paragraph opening with a name in capitals: tokens [a, b)
// the name, v the verb of speech, end the paragraph's last token.
type lead struct {
	a, b, v, end int
	name, title  string
	pronounsTo   int // the last paragraph after it that, like each one between, opens with a personal pronoun
}

// Run gives the quotes of each paragraph that opens with a name in
// capitals, a title and a verb of speech the speaker so introduced,
// where the rules read their speaker from that opening (the title, the
// name) or from a pronoun, or found none; and the quotes of the
// paragraphs after it that the rules gave to the same misreading ("She
// reported that ...") or to the surname alone ("Ms. Diallo-Hassan
// said"). It returns the work done.
func Run(d article.Doc, out []result.Quote) int {
	toks, r := d.Toks(), d.Runes()
	steps := 0
	var leads []lead
	for i := 0; i < len(toks); i++ {
		steps++
		if i > 0 && toks[i-1].Para == toks[i].Para {
			continue
		}
		b, ok := capsLead(toks, r, i)
		if !ok {
			continue
		}
		v := cueAfter(d, toks, b, &steps)
		if v < 0 {
			continue
		}
		end := v
		for end+1 < len(toks) && toks[end+1].Para == toks[i].Para {
			steps++
			end++
		}
		leads = append(leads, lead{a: i, b: b, v: v, end: end, name: transcript.NameCase(string(r[toks[i].S:toks[b-1].E])), title: strings.TrimSpace(d.Text(b+1, v-1)),
			pronounsTo: pronounParas(toks, end, &steps)})
	}
	if len(leads) == 0 {
		return steps
	}
	bySurname := map[string]int{} // the leads seen so far, by surname
	misread := map[string]bool{}  // what the rules read from the latest lead's opening instead ("Advocacy")
	cur := -1
	for k := range out {
		steps++
		q := &out[k]
		for cur+1 < len(leads) && toks[leads[cur+1].a].S <= q.Start {
			cur++
			l := leads[cur]
			bySurname[l.name[strings.LastIndexByte(l.name, ' ')+1:]] = cur
			clear(misread)
		}
		if cur < 0 || q.Start < toks[leads[cur].a].S {
			continue // (before the lead: the quotes need not come in text order)
		}
		l := leads[cur]
		switch {
		case q.Start < toks[l.end].E:
			fromLead := q.SpeakerStart >= toks[l.a].S && q.SpeakerStart < toks[l.v].S
			if q.Speaker != "" && !fromLead && !pronounAt(d, toks, q.SpeakerStart) {
				continue
			}
			if fromLead && q.Speaker != "" {
				misread[q.Speaker] = true
			}
			q.Speaker, q.SpeakerTitle = l.name, l.title
			q.SpeakerStart, q.SpeakerEnd = toks[l.a].S, toks[l.b-1].E
		case l.pronounOn(d, toks, q) && (q.Speaker == "" || pronounAt(d, toks, q.SpeakerStart) || strings.Contains(strings.ToLower(l.title), strings.ToLower(strings.TrimPrefix(q.Speaker, "the ")))):
			// "She urged States ...", "She said to me, ‘...’": the paragraphs
			// after the lead that go on about the same speaker, each
			// opening with her pronoun; their "the Special Rapporteur"
			// is the lead's title
			q.Speaker, q.SpeakerTitle = l.name, l.title
		case misread[q.Speaker]:
			q.Speaker, q.SpeakerTitle = l.name, l.title
		default:
			if s, ok := bySurname[q.Speaker]; ok {
				q.Speaker, q.SpeakerTitle = leads[s].name, leads[s].title
			}
		}
	}
	return steps
}

// pronounOn reports whether quote q stands in a paragraph after lead l
// that, like every paragraph between them, opens with a personal
// pronoun: the summary going on about the speaker the lead named.
func (l lead) pronounOn(d article.Doc, toks []tok.Token, q *result.Quote) bool {
	t := d.TokenAt(q.Start)
	return t >= 0 && toks[t].Para > toks[l.end].Para && toks[t].Para <= l.pronounsTo
}

// pronounParas returns the last of the paragraphs after the one ending
// at token end that each open with a personal pronoun ("She urged ...",
// "She said to me ..."), at most maxPronounParas of them; end's own
// paragraph when the next does not.
func pronounParas(toks []tok.Token, end int, steps *int) int {
	last := toks[end].Para
	for k := end + 1; k < len(toks) && toks[k].Para-toks[end].Para <= maxPronounParas; k++ {
		*steps++
		if toks[k].Para == toks[k-1].Para {
			continue
		}
		if lexicon.PronounGender(toks[k].Low) == "" {
			break // a paragraph that opens otherwise: another speaker's, or the story's
		}
		last = toks[k].Para
	}
	return last
}

// maxPronounParas bounds the paragraphs after a lead that pronounOn
// reads as going on about its speaker.
const maxPronounParas = 4

// capsLead reports whether the paragraph at token i opens with a name in
// capitals and a comma, and returns the comma's token.
func capsLead(toks []tok.Token, r []rune, i int) (int, bool) {
	words, long := 0, false
	k := i
	for ; k < len(toks) && toks[k].Para == toks[i].Para && k-i < 2*maxNameWords; k++ {
		t := toks[k]
		switch {
		case t.Kind == tok.Word && lexicon.AllUpper(r[t.S:t.E]) && t.E-t.S >= 2:
			words++
			long = long || t.E-t.S >= 4
		case (t.Low == "-" || t.Low == "'" || t.Low == "’") && k > i && t.S == toks[k-1].E && k+1 < len(toks) && toks[k+1].S == t.E:
			// "DIALLO-HASSAN", "O’NEILL"
		case t.Low == "," && words >= 2 && words <= maxNameWords && long:
			return k, true
		default:
			return 0, false
		}
	}
	return 0, false
}

// cueAfter returns the verb of speech right after the title that follows
// the name's comma at token c ("..., Office for ... (OCHA), said"), or
// -1 ("spoke of ..." too): the title ends at a comma before the verb, within maxAppositive
// tokens and its sentence, with no dash (a dateline's "DES MOINES, Iowa
// (AP) —") or quotation mark in it.
func cueAfter(d article.Doc, toks []tok.Token, c int, steps *int) int {
	for k := c + 1; k+1 < len(toks) && k-c <= maxAppositive && toks[k].Para == toks[c].Para; k++ {
		*steps++
		t := toks[k]
		if t.InQ || t.Kind == tok.OpenQ || t.Kind == tok.CloseQ || t.Low == "—" || t.Low == "–" || t.Low == ":" || t.SentEd {
			return -1
		}
		if t.Low == "," && k > c+1 && (d.IsCue(k+1) || toks[k+1].Low == "spoke") {
			return k + 1
		}
	}
	return -1
}

// pronounAt reports whether the speaker mention starting at rune pos is
// a personal pronoun ("she said").
func pronounAt(d article.Doc, toks []tok.Token, pos int) bool {
	if pos < 0 {
		return false
	}
	t := toks[d.TokenAt(pos)]
	return t.Kind == tok.Word && lexicon.PronounGender(t.Low) != ""
}
