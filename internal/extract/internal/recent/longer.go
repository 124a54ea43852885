package recent

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// maxLongerBack bounds how many mentions before a quote LongerNames
// looks through for the speaker's name in full.
const maxLongerBack = 60

// LongerNames gives a quote whose speaker is a surname with a particle
// ("Garza de León" for Rosalinda Garza de León, "van der Kolk" for
// Peter van der Kolk, "Abd el-Kader") the person the article named in
// full before: the name rules read a surname of several words as a name
// of its own. It returns the work done.
func LongerNames(d article.Doc, out []result.Quote) int {
	steps := 0
	for i := range out {
		q := &out[i]
		if q.SpeakerStart < 0 || !strings.Contains(q.Speaker, " ") || !particled(q.Speaker) {
			continue
		}
		suffix := " " + q.Speaker
		found := -1
		seen := 0
		d.MentionsBefore(d.TokenAt(q.SpeakerStart), func(e, tok int) bool {
			steps++
			seen++
			if n := d.Ent(e).Name; strings.HasSuffix(n, suffix) && len(n) > len(suffix) && d.Ent(e).Person && !titled(n) {
				found = e
				return false
			}
			return seen < maxLongerBack
		})
		if found >= 0 {
			en := d.Ent(found)
			q.Speaker = en.Name
			if en.Title != "" && (q.SpeakerTitle == "" || strings.HasSuffix(q.SpeakerTitle, ".") || len(q.SpeakerTitle) <= 4) {
				q.SpeakerTitle = en.Title // (not "Mr." or "Ms")
			}
		}
	}
	return steps
}

// particled reports whether a name has a particle in lower case: "Garza
// de León", "van der Kolk", "Abd el-Kader".
func particled(name string) bool {
	for _, w := range strings.Fields(name) {
		if c := w[0]; 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}

// titled reports whether a name the article registered opens with a
// title or honorific ("Captain Jevon Ramcharan"), which a name in full
// does not.
func titled(name string) bool {
	h, _, _ := strings.Cut(name, " ")
	h = strings.ToLower(strings.TrimSuffix(h, "."))
	return lexicon.IsHonorific(h) || lexicon.IsTitleWord(h) || lexicon.IsRoleNoun(h) || lexicon.IsPersonRole(h)
}
