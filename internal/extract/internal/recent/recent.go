// Package recent reads who a description or a pronoun in an attribution
// stands for from the quotes just before it, after the learned models
// and the name rules: the speaker of the quote before when the list of
// people missed their name, and the one person titled a spokesperson for
// "the spokesman". Package refine asks it.
package recent

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// maxRecentParas bounds how many paragraphs back a pronoun is read as
// the latest speaker, and maxQuotesBack how many quotes back a reader
// here looks, so that its work stays linear in the article.
const (
	maxRecentParas = 2
	maxQuotesBack  = 50
)

// UnlistedSpeaker reads the pronoun at token a of quote i as the
// speaker of the quote before it when that speaker was named by a name
// the article's list of people missed ("Responding, Local Government
// Minister Makhdoom Arsalan Haider Qureshi said ...", where the office's
// "Government" kept the run from being a person's) and no person is
// mentioned between that name and the pronoun. It returns the speaker
// and title, or "" when another reading stands.
func UnlistedSpeaker(d article.Doc, out []result.Quote, i, a int) (name, title string) {
	toks := d.Toks()
	for j := i - 1; j >= 0 && i-j <= maxQuotesBack; j-- {
		d.Step(1)
		p := out[j]
		if p.SpeakerStart < 0 || p.Speaker == "" {
			continue
		}
		pa := d.TokenAt(p.SpeakerStart)
		if pa < 0 || pa >= a {
			continue
		}
		if toks[a].Para-toks[pa].Para > maxRecentParas || lexicon.PronounGender(toks[pa].Low) != "" {
			return "", ""
		}
		if _, ok := d.ByName(p.Speaker); ok || !vocab.NameShaped(p.Speaker) || vocab.PlaceOrTeam(p.Speaker) || vocab.IsOutlet(p.Speaker) || !toks[pa].Cap {
			return "", ""
		}
		between := false
		pe := d.TokenAt(p.SpeakerEnd - 1)
		d.MentionsBefore(a, func(e, tok int) bool {
			if tok <= pe {
				return false
			}
			between = between || d.Ent(e).Person
			return !between
		})
		if between {
			return "", ""
		}
		return p.Speaker, p.SpeakerTitle
	}
	return "", ""
}

// maxSpokespersonBack bounds the mentions read back for the one person
// titled a spokesperson.
const maxSpokespersonBack = 300

// Spokesperson returns the one person named before token a whose
// title (or the title a quote before quote i gave them) makes them a
// spokesperson, for "the spokesman" (tokens [a, b))
// after "Abdulrahman Al-Mutairi, the ministry's official spokesman,
// told Arab News ..." or "Spokesperson Wang Lixun said"; -1 when there
// is none or more than one.
func Spokesperson(d article.Doc, out []result.Quote, i, a, b int, head string) int {
	toks := d.Toks()
	if b-a != 2 || toks[a].Low != "the" || !strings.HasPrefix(head, "spokes") {
		return -1
	}
	found := -1
	for j := max(0, i-maxQuotesBack); j < i; j++ { // a title the quotes' attributions gave
		d.Step(1)
		if p := out[j]; strings.Contains(strings.ToLower(p.SpeakerTitle), "spokes") && strings.Contains(p.Speaker, " ") {
			if e, ok := d.ByName(p.Speaker); ok && d.Ent(e).Person && (found < 0 || found == e) {
				found = e
			} else if ok && d.Ent(e).Person {
				return -1
			}
		}
	}
	return onePerson(d, a, found, func(en article.Entity, _ int) bool { return strings.Contains(strings.ToLower(en.Title), "spokes") })
}

// onePerson returns the one person named in full before token a whom
// holds (given the entity and its mention's token) picks out; found, when
// not -1, is one already picked out otherwise. It returns -1 when no one
// or more than one is.
func onePerson(d article.Doc, a, found int, holds func(en article.Entity, t int) bool) int {
	seen := 0
	d.MentionsBefore(a, func(e, t int) bool {
		seen++
		if en := d.Ent(e); en.Person && strings.Contains(en.Name, " ") && holds(en, t) {
			if found >= 0 && found != e {
				found = -2
				return false
			}
			found = e
		}
		return seen < maxSpokespersonBack
	})
	return max(found, -1)
}

// maxMadeBack bounds the quotes read back for the one who made a
// document.
const maxMadeBack = 4

// MadeIn returns the latest of the few quotes before quote i whose
// attribution's sentence names the document noun ("In a statement
// posted to Facebook, the sheriff's office said ...") and gives a
// speaker: "the statement said" after it is theirs. It returns -1 when
// none does.
func MadeIn(d article.Doc, out []result.Quote, i int, noun string) int {
	toks := d.Toks()
	for j := i - 1; j >= 0 && i-j <= maxMadeBack; j-- {
		d.Step(1)
		p := out[j]
		if p.SpeakerStart < 0 || p.Speaker == "" || strings.HasPrefix(strings.ToLower(p.Speaker), "the ") {
			continue
		}
		m := d.TokenAt(p.SpeakerStart)
		for k := d.SentStart(m); k < len(toks) && k < m; k++ {
			d.Step(1)
			if toks[k].Low == noun && !toks[k].InQ {
				return j
			}
		}
	}
	return -1
}

// roleHeads are roles "the <role>" names one person by, beyond the
// lexicon's.
var roleHeads = map[string]bool{"referee": true, "umpire": true, "detective": true, "inspector": true, "invigilator": true,
	"judge": true, "magistrate": true, "coroner": true, "prosecutor": true, "fiscal": true, "headteacher": true,
	"principal": true, "superintendent": true, "sergeant": true, "constable": true, "landlord": true, "landlady": true,
	"owner": true, "director": true, "chairman": true, "chairwoman": true, "chair": true, "mayor": true, "governor": true}

// RoleHolder returns the one person named before token a with the role
// "the <head>" speaks of (tokens a, a+1): titled so ("Referee Craig
// Lumsden-Rees", "Detective Sergeant Orla McCorry" for "the detective")
// or named after it in apposition ("the referee, Craig Lumsden-Rees,");
// -1 when no one or more than one is.
func RoleHolder(d article.Doc, a int, head string) int {
	toks := d.Toks()
	if a < 0 || a+1 >= len(toks) || toks[a].Low != "the" || !lexicon.IsPersonRole(head) && !lexicon.IsRoleNoun(head) && !roleHeads[head] {
		return -1
	}
	return onePerson(d, a, -1, func(en article.Entity, t int) bool {
		titled := false
		for _, w := range strings.Fields(strings.ToLower(en.Title)) {
			titled = titled || w == head
		}
		return titled || t > 0 && toks[t-1].Low == head ||
			t > 2 && toks[t-1].Low == "," && toks[t-2].Low == head && (toks[t-3].Low == "the" || toks[t-3].Low == "another" || toks[t-3].Low == "a")
	})
}
