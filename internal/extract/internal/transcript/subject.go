package transcript

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
)

// maxIntroMentions bounds the mentions an interview's introduction is
// searched through for the person it is about.
const maxIntroMentions = 300

// IntroSubject is the person an interview's introduction (everything
// before token i) is about: the one named most often there, each mention
// counted once however many quotes resolved it, the later on a tie (the
// one named just above the questions, not a paper in the byline). It
// leaves out the writer: the byline's "By ..." and the one the
// introduction says the subject spoke to ("She tells Fergus Lomond about
// grief"). It returns -1 when no full name of a person came before.
func IntroSubject(d article.Doc, i int) int {
	toks := d.Toks()
	asker := ""
	if i < len(toks) {
		asker = Interviewer(d.Runes(), toks[i].S)
	}
	count := map[int]int{}
	at := map[int]int{} // the token of each person's latest mention counted, plus one
	best, seen := -1, 0
	d.MentionsBefore(i, func(e, t int) bool {
		seen++
		en := d.Ent(e)
		if !en.Person || !strings.Contains(en.Name, " ") || t > 0 && toks[t-1].Low == "by" || at[e] == t+1 || en.Name == asker {
			return seen < maxIntroMentions
		}
		at[e] = t + 1
		count[e]++
		if best < 0 || count[e] > count[best] {
			best = e
		}
		return seen < maxIntroMentions
	})
	return best
}

// MostNamed returns the person called name ("Voss", "Delia Voss") named
// most often before token i, each mention counted once, the earlier on a
// tie: the singer, not her father Gene Voss named once.
func MostNamed(d article.Doc, name string, i int) int {
	count := map[int]int{}
	at := map[int]int{} // as in IntroSubject
	best, seen := -1, 0
	d.MentionsBefore(i, func(e, t int) bool {
		seen++
		if n := d.Ent(e).Name; d.Ent(e).Person && (n == name || strings.HasSuffix(n, " "+name)) && at[e] != t+1 {
			at[e] = t + 1
			count[e]++
			if best < 0 || count[e] >= count[best] {
				best = e
			}
		}
		return seen < maxIntroMentions
	})
	return best
}
