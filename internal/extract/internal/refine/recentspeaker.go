package refine

import (
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// maxRecentParas bounds how many paragraphs back a pronoun is read as
// the latest speaker.
const maxRecentParas = 2

// unlistedSpeakerBefore reads the pronoun at token a of quote i as the
// speaker of the quote before it when that speaker was named by a name
// the article's list of people missed ("Responding, Local Government
// Minister Makhdoom Arsalan Haider Qureshi said ...", where the office's
// "Government" kept the run from being a person's) and no person is
// mentioned between that name and the pronoun. It returns the speaker
// and title, or "" when another reading stands.
func (x *refiner) unlistedSpeakerBefore(i, a int) (name, title string) {
	for j := i - 1; j >= 0; j-- {
		x.steps++
		p := x.out[j]
		if p.SpeakerStart < 0 || p.Speaker == "" {
			continue
		}
		pa := x.tokenAt(p.SpeakerStart)
		if pa < 0 || pa >= a {
			continue
		}
		if x.toks[a].Para-x.toks[pa].Para > maxRecentParas || lexicon.PronounGender(x.toks[pa].Low) != "" {
			return "", ""
		}
		if _, ok := x.byName(p.Speaker); ok || !vocab.NameShaped(p.Speaker) || vocab.PlaceOrTeam(p.Speaker) || vocab.IsOutlet(p.Speaker) || !x.toks[pa].Cap {
			return "", ""
		}
		between := false
		pe := x.tokenAt(p.SpeakerEnd - 1)
		x.mentionsBefore(a, func(e, tok int) bool {
			if tok <= pe {
				return false
			}
			between = between || x.ent(e).Person
			return !between
		})
		if between {
			return "", ""
		}
		return p.Speaker, p.SpeakerTitle
	}
	return "", ""
}
