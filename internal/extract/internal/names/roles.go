package names

// Runs of capitalised words that read like a name and are none: a show
// or a club before its star, an office and its field before the name of
// the one who holds it.

import (
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// officeEnds are the words of an office or a post that end its
// capitalised name and are no one's surname (unlike "King", "Bishop" or
// "Judge"): "Cabinet Secretary", "Senior Lecturer".
var officeEnds = map[string]bool{"secretary": true, "minister": true, "president": true, "chairman": true,
	"chairwoman": true, "chairperson": true, "director": true, "governor": true, "commissioner": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "premier": true, "senator": true, "ambassador": true,
	"superintendent": true, "treasurer": true, "undersecretary": true, "deputy": true, "lecturer": true, "professor": true,
	"officer": true, "manager": true, "executive": true, "adviser": true, "advisor": true, "coordinator": true,
	"administrator": true, "researcher": true, "correspondent": true, "editor": true, "analyst": true, "consultant": true,
	"specialist": true, "strategist": true, "economist": true, "scientist": true, "curator": true, "headteacher": true}

// showRoles are the parts someone plays on a show, in a band or a
// team, which the name of the show, band or club qualifies: "the Love
// Island star", "the This Morning presenter", "the Real Madrid striker".
var showRoles = map[string]bool{"presenter": true, "host": true, "star": true, "singer": true, "actor": true,
	"actress": true, "rapper": true, "comedian": true, "influencer": true, "frontman": true, "frontwoman": true,
	"contestant": true, "winner": true, "judge": true, "pundit": true, "striker": true, "midfielder": true,
	"defender": true, "goalkeeper": true, "keeper": true, "winger": true, "forward": true, "boss": true,
	"manager": true, "coach": true, "captain": true, "skipper": true, "player": true, "chef": true, "model": true,
	"newsreader": true, "anchor": true, "drummer": true, "guitarist": true, "bassist": true, "dancer": true}

// maxOfficeField bounds, in tokens, an office and its field before a
// name in apposition: "Kenya's Cabinet Secretary for Information,
// Communications and the Digital Economy, Wanjiru Mwangi".
const maxOfficeField = 12

// DescribedRun reports whether the capitalised words [a, b) qualify a
// role after them, after an article: "the Love Island star", "The This
// Morning Live presenter" (a show, a club, a paper), no person's name.
func (x *Text) DescribedRun(a, b int) bool {
	t := x.Toks[b]
	if b-a < 2 || t.Kind != tok.Word || t.Cap || t.InQ || !showRoles[t.Low] {
		return false // (one word is a people's or a party's: "a Western diplomat", "the Labour MP")
	}
	if vocab.GivenNameGender(x.Toks[a].Low) != 0 {
		return false // "the Donald Trump supporter": a person's name, used of someone else
	}
	run := x.CapRunBack(0, b-1)
	for _, k := range []int{run - 1, run} {
		if k >= 0 && k < a {
			switch x.Toks[k].Low {
			case "the", "a", "an", "this":
				return true // (in capitals too, opening the sentence: "The This Morning Live presenter")
			}
		}
	}
	return false
}

// OfficeWithField reports whether the words before token k, in its clause
// from lo, are an office with a field that has commas of its own: a
// title word followed by "for" or "of".
func (x *Text) OfficeWithField(lo, k int) bool {
	for i := k - 1; i > lo && k-i <= maxOfficeField; i-- {
		*x.Steps++
		t := x.Toks[i]
		if t.SentEd || t.Kind == tok.CloseQ || t.Kind == tok.OpenQ {
			return false
		}
		if (t.Low == "for" || t.Low == "of") && x.Toks[i-1].Cap && lexicon.IsTitleWord(x.Toks[i-1].Low) {
			return true
		}
	}
	return false
}

// OfficeEnd reports whether w, in lower case, ends an office's or a
// post's capitalised name, never a surname.
func OfficeEnd(w string) bool { return officeEnds[w] }
