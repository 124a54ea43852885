// Package headline reads whom a quotation in a page's head is by when
// the headline or standfirst calls them by their office alone ("Cascadia
// Airways CEO says bookings are ‘the strongest in our history’",
// "Minister says ‘tanker mafia’ will not hold city hostage") and the story
// below names them: the first person the story names with that office.
package headline

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// maxHead bounds, in tokens, the part of a page read as its head: the
// menus, headline, standfirst and byline above the story.
const maxHead = 400

// minBody is how many tokens make a paragraph the story's first: the
// head holds only shorter ones.
const minBody = 40

// maxStory bounds, in tokens after the head's paragraph, where the
// holder of the office is looked for.
const maxStory = 1500

// maxBefore bounds the words read before a name for its office
// ("Cascadia Airways CEO Marguerite Techner").
const maxBefore = 4

// Reader answers for one article; it finds where the story starts once.
type Reader struct {
	d    article.Doc
	toks []tok.Token
	body int // the first token of the story's first paragraph, -1 until read
}

// New returns a Reader of the article.
func New(d article.Doc) *Reader { return &Reader{d: d, toks: d.Toks(), body: -1} }

// Holder returns the person a quotation in the page's head stands for
// when its speaker is the office written in tokens [a, b) ("CEO",
// "Sindh Minister", "Chief"): the first person the story after the
// quotation's paragraph names with that office before or after the name
// or as their title; -1 otherwise.
func (x *Reader) Holder(a, b int) int {
	if a < 0 || b <= a || b > len(x.toks) || a >= x.bodyStart() {
		return -1
	}
	head := x.toks[b-1].Low
	if !office(head) || b < len(x.toks) && x.toks[b].Low == ":" {
		return -1 // (not a transcript's label: "PRESENTER:")
	}
	if e, ok := x.d.ByName(x.d.Text(a, b)); ok && x.d.Ent(e).Person && strings.Contains(x.d.Ent(e).Name, " ") {
		return -1 // a name, not an office
	}
	end := a
	for end < len(x.toks) && x.toks[end].Para == x.toks[a].Para {
		end++
	}
	if last := x.toks[end-1]; last.Low == "." || last.Kind == tok.CloseQ && end-2 > a && x.toks[end-2].Low == "." {
		return -1 // a sentence of the story, not a headline
	}
	found := -1
	steps := 0
	x.d.MentionsBefore(min(len(x.toks), end+maxStory), func(e, t int) bool {
		steps++
		if t < end {
			return false
		}
		if en := x.d.Ent(e); en.Person && strings.Contains(en.Name, " ") && x.holds(en, t, head) {
			found = e // the earliest, as the walk goes back
		}
		return true
	})
	x.d.Step(steps)
	return found
}

// bodyStart returns the first token of the first paragraph long enough
// to be the story's, within the first maxHead tokens (or maxHead).
func (x *Reader) bodyStart() int {
	if x.body >= 0 {
		return x.body
	}
	x.body = min(maxHead, len(x.toks))
	for s := 0; s < len(x.toks) && s < maxHead; {
		e := s
		for e < len(x.toks) && x.toks[e].Para == x.toks[s].Para {
			e++
		}
		if e-s >= minBody {
			x.body = s
			break
		}
		s = e
	}
	x.d.Step(x.body)
	return x.body
}

// holds reports whether the person en, named at token t, is given the
// office head: in their title, in the words just before the name, or in
// an apposition after it ("Marguerite Techner, chief executive of ...").
func (x *Reader) holds(en article.Entity, t int, head string) bool {
	if has(strings.Fields(strings.ToLower(en.Title)), head) {
		return true
	}
	var words []string
	for k := t - 1; k >= 0 && t-k <= maxBefore && x.toks[k].Kind == tok.Word && (x.toks[k].Cap || vocab.OfficeWord(x.toks[k].Low)); k-- {
		words = append(words, x.toks[k].Low) // the title run before the name, backwards
	}
	for _, w := range words {
		if vocab.OfficeQualifiers[w] {
			return false // "shadow education secretary Oliver Stannard": another's office
		}
	}
	if has(words, head) || len(words) > 1 && has([]string{words[1], words[0]}, head) {
		return true
	}
	k := t
	for k < len(x.toks) && k-t < maxBefore && x.d.IsNameWord(k) {
		k++
	}
	if k >= len(x.toks) || x.toks[k].Low != "," {
		return false
	}
	words = words[:0]
	for j := k + 1; j < len(x.toks) && j-k <= 6 && x.toks[j].Kind == tok.Word && lexicon.Verb(x.toks[j].Low) == 0; j++ {
		if vocab.OfficeQualifiers[x.toks[j].Low] {
			return false // "Oliver Stannard, the shadow education secretary,"
		}
		words = append(words, x.toks[j].Low) // an apposition, up to a verb: not "Marcus Feld, asked ... Judge Harold Whitacre"
	}
	return has(words, head)
}

// has reports whether words hold the office head, or its long form
// ("chief executive" for "ceo").
func has(words []string, head string) bool {
	for i, w := range words {
		if w == head || w == vocab.TitleAbbrev[head] && w != "" {
			return true
		}
		if long, ok := longForms[head]; ok && i+1 < len(words) && w+" "+words[i+1] == long {
			return true
		}
	}
	return false
}

// longForms are offices a headline writes short.
var longForms = map[string]string{"ceo": "chief executive", "cfo": "chief financial", "boss": "chief executive"}

// kin are the people a headline calls after whose family or friend they
// are, whom no office names.
var kin = map[string]bool{"son": true, "daughter": true, "mother": true, "father": true, "wife": true, "husband": true,
	"brother": true, "sister": true, "mum": true, "dad": true, "mom": true, "partner": true, "widow": true, "widower": true,
	"grandmother": true, "grandfather": true, "friend": true, "neighbour": true, "neighbor": true, "fiance": true, "fiancee": true}

// office reports whether w, the last word of a headline's speaker, is an
// office or role one person holds: "minister", "ceo", "chief", "boss".
func office(w string) bool {
	if strings.HasSuffix(w, "s") && w != "boss" || kin[w] || strings.HasPrefix(w, "spokes") {
		return false // "residents", "owners": many; "his son": a family's; a spokesman often unnamed
	}
	return vocab.OfficeWord(w) || lexicon.IsPersonRole(w) || w == "boss" || w == "ceo"
}
