package recent

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
)

// maxSameSourceParas bounds, in paragraphs, how far before "the insider
// said" the source it refers back to was introduced.
const maxSameSourceParas = 3

// maxSameSourceBack bounds, in quotations, how far back that source is
// looked for, so that a paragraph of many quotations costs a bounded
// amount each.
const maxSameSourceBack = 8

// unnamedHeads are the words that head the description of an unnamed
// source, whom "the insider" or "the source" refers back to.
var unnamedHeads = map[string]bool{"source": true, "insider": true, "friend": true, "pal": true, "confidant": true,
	"confidante": true, "aide": true}

// SameSource gives a quotation attributed to "the insider" or "the
// source" the unnamed source a quotation just before introduced: "A
// source close to Kezia told MailOnline the split had been 'brewing' ...
// 'She's been devastated,' the insider said." is the source close to
// Kezia's. It returns its units of work.
func SameSource(d article.Doc, out []result.Quote) int {
	steps := 0
	toks := d.Toks()
	for i := range out {
		steps++
		q := &out[i]
		head, ok := strings.CutPrefix(strings.ToLower(q.Speaker), "the ")
		if !ok || !unnamedHeads[head] {
			continue
		}
		para := toks[d.TokenAt(q.Start)].Para
		for k := i - 1; k >= 0 && i-k <= maxSameSourceBack && para-toks[d.TokenAt(out[k].Start)].Para <= maxSameSourceParas; k-- {
			steps++
			if introducesSource(out[k].Speaker) {
				q.Speaker, q.SpeakerTitle = out[k].Speaker, out[k].SpeakerTitle
				break
			}
		}
	}
	return steps
}

// introducesSource reports whether a speaker is an unnamed source
// described as such, not yet referred back to: "source close to Kezia",
// "a friend of the couple", "an insider".
func introducesSource(speaker string) bool {
	words := strings.Fields(strings.ToLower(speaker))
	if len(words) == 0 || words[0] == "the" {
		return false
	}
	if indefinites[words[0]] {
		words = words[1:]
	}
	for k, w := range words {
		if k > 2 {
			break // "senior government source" at most: the head comes early
		}
		if unnamedHeads[w] {
			return true
		}
	}
	return false
}
