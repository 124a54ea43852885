package recent

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// maxDescription bounds the words of a description that opens a
// sentence: "A tenant on the sixth floor".
const maxDescription = 8

// DescribedBefore gives a quotation attributed to "she" or "he" the
// person the sentence before it, in its paragraph, describes without a
// name as the one speaking: "A tenant on the sixth floor, who asked not
// to be named ..., said the birds had drawn rats. “I like Sal,” she
// said." is the tenant's, not a name the pronoun was read as. It returns
// its units of work.
func DescribedBefore(d article.Doc, out []result.Quote) int {
	steps := 0
	toks := d.Toks()
	set := -1 // the mention this rule last gave a description, whose later chunks follow it
	for i := range out {
		steps++
		q := &out[i]
		if q.SpeakerStart < 0 || q.Kind == result.KindParaphrase {
			continue
		}
		if i > 0 && q.SpeakerStart == set && out[i-1].SpeakerStart == set {
			q.Speaker, q.SpeakerTitle = out[i-1].Speaker, "" // "“I like Sal,” she said. “I don’t like ...”"
			continue
		}
		m := d.TokenAt(q.SpeakerStart)
		if g := lexicon.PronounGender(toks[m].Low); g != "m" && g != "f" {
			continue
		}
		s := d.SentStart(d.TokenAt(q.Start))
		if s < 2 || toks[s-1].Para != toks[s].Para || m < s {
			continue
		}
		p := d.SentStart(s - 1)
		if w := toks[p].Low; w != "a" && w != "an" || !toks[p].Cap {
			continue
		}
		e := p + 1
		for e < s && e-p <= maxDescription && toks[e].Low != "," && toks[e].Low != "who" && !d.IsCue(e) && !d.IsNameWord(e) {
			steps++
			e++
		}
		if e >= s || e-p < 2 || e-p > maxDescription || toks[e].Low != "," && !d.IsCue(e) || toks[e].Low == "," && d.IsNameWord(e+1) {
			continue // "A tenant on the sixth floor," or "A neighbour said", but not "A spokesperson ..., Lorraine Fitch-Obuya,"
		}
		cue := false
		for k := e; k < s && !cue; k++ {
			steps++
			cue = d.IsCue(k) && !toks[k].InQ
		}
		if !cue {
			continue
		}
		desc := d.Text(p, e)
		q.Speaker, q.SpeakerTitle, set = strings.ToLower(desc[:1])+desc[1:], "", q.SpeakerStart
	}
	return steps
}
