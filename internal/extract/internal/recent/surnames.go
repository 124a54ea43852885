package recent

import (
	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// maxPronounLookback bounds the mentions a pronoun is compared with
// while looking for the name it stands for.
const maxPronounLookback = 200

// SharedSurnames gives a quotation attributed to a surname alone, or to
// a pronoun standing for one, the person the surname was already used
// for when two people share it: after "Keziah Bramwell ... Bramwell
// said ... Her mother, Efua Bramwell, ... said", a later "Bramwell, who
// received a wild card, ..." and the "she said" after it are Keziah's,
// not the mother's, whom the writer names in full. It returns its units
// of work.
func SharedSurnames(d article.Doc, out []result.Quote) int {
	steps := 0
	toks := d.Toks()
	for i := range out {
		steps++
		q := &out[i]
		if q.SpeakerStart < 0 || q.Speaker == "" {
			continue
		}
		m := d.TokenAt(q.SpeakerStart)
		if e := d.EstablishedAt(m); e >= 0 {
			q.Speaker, q.SpeakerTitle = d.Ent(e).Name, d.Ent(e).Title
			continue
		}
		g := lexicon.PronounGender(toks[m].Low)
		if g != "m" && g != "f" {
			continue
		}
		seen := 0
		d.MentionsBefore(m, func(e, t int) bool {
			steps++
			seen++
			en := d.Ent(e)
			if s := d.EstablishedAt(t); s >= 0 && s != e && (en.Gender != 0 && en.Gender != g[0]) && d.Ent(s).Person && d.Ent(s).Gender == g[0] {
				// "Carwardine ... she says", where the surname alone was read
				// as her son's, whom the pronoun cannot be: hers
				q.Speaker, q.SpeakerTitle = d.Ent(s).Name, d.Ent(s).Title
				return false
			}
			if !en.Person || en.Gender != 0 && en.Gender != g[0] {
				return seen < maxPronounLookback
			}
			if s := d.EstablishedAt(t); s >= 0 && en.Name == q.Speaker && (d.Ent(s).Gender == 0 || d.Ent(s).Gender == g[0]) {
				q.Speaker, q.SpeakerTitle = d.Ent(s).Name, d.Ent(s).Title
			}
			return false // the person the pronoun stands for
		})
	}
	return steps
}
