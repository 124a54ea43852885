package recent

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// maxUnnamedSubject bounds, in tokens, the description of an unnamed
// source opening a paragraph.
const maxUnnamedSubject = 40

// indefinites open the description of someone the article does not name.
var indefinites = map[string]bool{"a": true, "an": true, "one": true, "another": true}

// UnnamedSources gives a quotation that opens a paragraph with "he said"
// or "she said" the unnamed source the paragraph before introduced ("A
// former member of the library board, who asked not to be named ...,
// said ..."), not the person named last, whom the pronoun would
// otherwise stand for. It returns its units of work.
func UnnamedSources(d article.Doc, out []result.Quote) int {
	steps := 0
	toks := d.Toks()
	for i := range out {
		steps++
		q := &out[i]
		if q.SpeakerStart < 0 || q.Kind == result.KindParaphrase || !strings.Contains(q.Speaker, " ") {
			continue
		}
		m := d.TokenAt(q.SpeakerStart)
		if g := lexicon.PronounGender(toks[m].Low); g != "m" && g != "f" {
			continue
		}
		open := d.TokenAt(q.Start)
		p := d.ParaStart(open)
		if p == 0 || d.SentStart(m) != p && d.SentStart(max(open-1, 0)) != p {
			continue // the pronoun's sentence opens its paragraph: "“...,” she said.", "She said, “...”"
		}
		prev := d.ParaStart(p - 1)
		if desc := unnamedSubject(d, toks, prev, p, &steps); desc != "" {
			q.Speaker, q.SpeakerTitle = desc, ""
		}
	}
	return steps
}

// unnamedSubject returns the description that opens the paragraph
// [a, end) as its speaker's ("One adjuster who worked Sonoma County
// claims last winter, ..., said"): an indefinite article, words to the
// first comma naming no person, and a speech verb in the first
// sentence; "" otherwise.
func unnamedSubject(d article.Doc, toks []tok.Token, a, end int, steps *int) string {
	if !indefinites[toks[a].Low] || !toks[a].Cap {
		return ""
	}
	b := a + 1
	for b < end && b-a < maxUnnamedSubject && toks[b].Low != "," && !toks[b].SentEd && lexicon.Verb(toks[b].Low) == 0 {
		*steps++
		b++
	}
	if b-a < 2 || b >= end {
		return ""
	}
	for k := a + 1; k < end && k-a < 2*maxUnnamedSubject; k++ {
		*steps++
		if lexicon.Verb(toks[k].Low) != 0 && !toks[k].InQ {
			return d.Text(a, b)
		}
		if toks[k].SentEd || namedPerson(d, toks, k, end) {
			break // "A commercial bus driver, Kehinde Ogunbiyi, said", "who gave her name only as Mama Tope"
		}
	}
	return ""
}

// namedPerson reports whether a person the article knows is named from
// token k, or from k+1 after an honorific ("Mrs Folasade Adeniran").
func namedPerson(d article.Doc, toks []tok.Token, k, end int) bool {
	if !toks[k].Cap || !d.IsNameWord(k) || k > 0 && d.IsNameWord(k-1) && toks[k-1].Para == toks[k].Para {
		return false
	}
	found := false
	d.MentionsBefore(min(k+2, end), func(e, t int) bool {
		found = (t == k || t == k+1) && d.Ent(e).Person
		return !found && t >= k
	})
	return found
}
