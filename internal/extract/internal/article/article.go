// Package article is the article as the extractor has read it, for the
// packages that refine its output after the learned models: the tokens,
// the people and organisations it names, and the rules they may ask
// again.
package article

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// Entity is a person or organisation the article names.
type Entity struct {
	Name, Title string
	Gender      byte // 'm', 'f' or 0
	PossGender  bool // the gender was read from a possessive before the name, someone else's
	PronGender  bool // the gender was read from a pronoun resolved to the name
	Person      bool
}

// Mention is a noun phrase the rules found: tokens [A, B), the whole
// phrase from From, the name it resolves to and its title.
type Mention struct {
	A, B, From   int
	Name, Title  string
	Pron, Person bool
}

// Doc is the article as the extractor has read it, and the rules the
// refinements ask again. Token indices are into Toks, rune offsets into R.
type Doc interface {
	Runes() []rune
	Toks() []tok.Token
	Step(n int)    // counts units of work (the extractor's linearity checks)
	Stopped() bool // the caller's context has ended
	TokenAt(pos int) int
	SentStart(i int) int
	ParaStart(i int) int
	IsNameWord(i int) bool
	Text(a, b int) string
	Ent(e int) Entity
	ByName(name string) (int, bool)
	MentionsBefore(i int, f func(e, tok int) bool)
	NP(lo, j, depth int) (Mention, bool)
	SentenceSubject(s0, hi int) (Mention, bool)
	SubjectAfter(v, hi int) (Mention, bool)
	ResolvePerson(name, title string, pos int) int
	OutletAt(i, hi int) (string, int)
	Via(a, b int) string // the outlet an attribution in tokens [a, b) names: "told Galway Bay FM"
	OutletMention(a, b int) bool
	IsCue(i int) bool
	LinkPara(i int) bool // token i lies in a line linking to another story ("RELATED: ...")
	// EstablishedAt is the person a surname alone at token i stands for,
	// where two share the surname and it is not the latest one named in
	// full ("Bramwell" for Keziah Bramwell after "her mother, Efua
	// Bramwell"), or -1.
	EstablishedAt(i int) int
}

// SurnameAt returns the person named in full whose mention starts at token
// j, when the name there is a surname alone ("Malhotra, who leads ..."),
// or -1.
func SurnameAt(d Doc, j int) int {
	found := -1
	d.MentionsBefore(j+1, func(e, t int) bool {
		if en := d.Ent(e); t == j && en.Person && strings.Contains(en.Name, " ") {
			found = e
		}
		return found < 0 && t == j
	})
	return found
}

// ParticleName reports whether token j is a surname joined to its
// particle by a hyphen, the particle in lower case ("al-Khafaji"), which
// the name rules, reading capitals, do not take for a name, and returns
// the surname after the particle.
func ParticleName(d Doc, j int) (rest string, ok bool) {
	t := d.Toks()[j]
	p, r, found := strings.Cut(t.Low, "-")
	if t.Kind != tok.Word || t.Cap || !found || !vocab.SurnameParticles[p] && p != "abu" || r == "" {
		return "", false
	}
	_, rest, _ = strings.Cut(d.Text(j, j+1), "-")
	if rest == "" || !unicode.IsUpper([]rune(rest)[0]) {
		return "", false
	}
	return rest, true
}

// QuotedName reports whether the name at token t is written inside
// quotation marks, as a programme's or a work's title is ("the regional
// office's “Oplan Bantay Gabi”"): no one "he" stands for.
func QuotedName(d Doc, t int) bool {
	toks := d.Toks()
	if t <= 0 || t >= len(toks) {
		return false
	}
	r := t
	for r > 0 && t-r < 5 && d.IsNameWord(r-1) {
		r--
	}
	return toks[t].InQ || r > 0 && toks[r-1].Kind == tok.OpenQ
}

// maxOrgHalf bounds the words after "and" that finish an organisation's
// name.
const maxOrgHalf = 4

// OrgHalf reports whether the name at token t is the first half of an
// organisation's, which "and" and a name ending in an organisation's
// word finish: "Oxfordshire Fire and Rescue Service", no one's name.
func OrgHalf(d Doc, t int) bool {
	toks := d.Toks()
	if t < 0 {
		return false
	}
	k := t
	for k < len(toks) && d.IsNameWord(k) {
		k++
	}
	if k == t || k+1 >= len(toks) || toks[k].Low != "and" && toks[k].Low != "&" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+maxOrgHalf && d.IsNameWord(j); j++ {
		d.Step(1)
		if lexicon.IsOrgWord(toks[j].Low) {
			return true
		}
	}
	return false
}

// minProseWords is how many words make a paragraph prose rather than a
// page's menu, byline or caption.
const minProseWords = 15

// ProseStart returns the first token of the article's first paragraph of
// prose: the words of a lede, past a pasted page's menus and bylines.
func ProseStart(d Doc) int {
	toks := d.Toks()
	start, words := 0, 0
	for i, t := range toks {
		d.Step(1)
		if i == 0 || t.Para != toks[i-1].Para {
			start, words = i, 0
		}
		if t.Kind == tok.Word {
			words++
		}
		if words >= minProseWords {
			return start
		}
	}
	return 0
}

// AfterOpener reports whether the subject at token m follows an opening
// phrase that ends in a comma from token p, the paragraph's start:
// "Speaking on RTÉ's Morning Ireland, Siobhán Fahy said".
func AfterOpener(d Doc, p, m int) bool {
	toks := d.Toks()
	return m-p >= 2 && m-p <= 8 && toks[m-1].Low == "," && toks[p].Kind == tok.Word &&
		(vocab.Opener(toks[p].Low) || strings.HasSuffix(toks[p].Low, "ing"))
}

// FamilyNameFirst returns the full name of the person named before
// token a whose name opens with the family name w, as Vietnamese, Chinese
// or Hungarian names do ("Mrs Tran" for "Tran Thi Lan"), among the last
// limit mentions.
func FamilyNameFirst(d Doc, w string, a, limit int) (string, bool) {
	found, seen := "", 0
	d.MentionsBefore(a, func(e, _ int) bool {
		seen++
		if n := d.Ent(e).Name; d.Ent(e).Person && strings.HasPrefix(n, w+" ") {
			found = n
			return false
		}
		return seen < limit
	})
	return found, found != ""
}

// IsPerson reports whether name is a person named in the article.
func IsPerson(d Doc, name string) bool {
	e, ok := d.ByName(name)
	return ok && d.Ent(e).Person
}

// SentenceBefore returns the sentence [p, s) before token a's, when it
// lies in a's paragraph or the one before.
func SentenceBefore(d Doc, a int) (p, s int, ok bool) {
	toks := d.Toks()
	s = d.SentStart(a)
	if s == 0 || toks[s-1].Para+1 < toks[a].Para {
		return 0, 0, false
	}
	return d.SentStart(s - 1), s, true
}

// PossessiveSubject reads the subject of the sentence from token s, up
// to hi, when it is a body named by its owner's possessive, which
// sentenceSubject does not take for a name: "Russia's embassy in Ottawa
// called the sanctions ...". The subject is directly followed by a verb
// in lower case.
func PossessiveSubject(d Doc, s, hi int) (Mention, bool) {
	toks := d.Toks()
	if s+2 >= hi || !d.IsNameWord(s) || !lexicon.IsPossessive(toks[s].Low) || toks[s+1].Kind != tok.Word || toks[s+1].Cap {
		return Mention{}, false
	}
	e := s + 2
	if e+1 < hi && (toks[e].Low == "in" || toks[e].Low == "of") && d.IsNameWord(e+1) {
		e += 2
		for e < hi && e-s < 8 && d.IsNameWord(e) {
			e++
		}
	}
	if e >= hi || toks[e].Kind != tok.Word || toks[e].Cap || lexicon.IsFunctionWord(toks[e].Low) {
		return Mention{}, false
	}
	return Mention{A: s, B: e, Name: d.Text(s, e)}, true
}
