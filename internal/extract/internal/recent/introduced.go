package recent

import (
	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// UnnamedIntroduced returns the description "the HEAD" (tokens [a, b))
// stands for when the sentence before introduced someone so without a
// name, as its subject: "One Western Conference executive, who spoke on
// the condition of anonymity ..., said" before "the executive said"; ""
// when it named them ("an executive, Dana Ruiz, said") or did not.
func UnnamedIntroduced(d article.Doc, a, b int) string {
	toks := d.Toks()
	head := toks[b-1]
	if b-a != 2 || toks[a].Low != "the" || head.Cap || !(lexicon.IsRoleNoun(head.Low) || lexicon.IsPersonRole(head.Low) || vocab.ExecHeads[head.Low]) {
		return ""
	}
	p, s, ok := article.SentenceBefore(d, a)
	if !ok || toks[p].Kind != tok.Word {
		return ""
	}
	k := p
	if w := toks[k].Low; w != "a" && w != "an" && w != "one" && w != "another" {
		return "" // (the sentence's subject, first)
	}
	for e := k + 1; e < s && e-k <= 5 && toks[e].Kind == tok.Word && !toks[e].InQ; e++ {
		d.Step(1)
		if toks[e].Low != head.Low {
			continue
		}
		if e+1 < s && (d.IsNameWord(e+1) || toks[e+1].Low == "," && e+2 < s && d.IsNameWord(e+2)) {
			return "" // "An executive, Dana Ruiz, said": named
		}
		return d.Text(k, e+1)
	}
	return ""
}
