package extract

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/refine"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
)

// refineDoc is the extractor as package refine reads it.
type refineDoc struct{ x *extractor }

func (d refineDoc) Runes() []rune                    { return d.x.r }
func (d refineDoc) Toks() []tok.Token                { return d.x.toks }
func (d refineDoc) Step(n int)                       { d.x.steps += n }
func (d refineDoc) Stopped() bool                    { return d.x.stopped() }
func (d refineDoc) TokenAt(pos int) int              { return d.x.tokenAt(pos) }
func (d refineDoc) SentStart(i int) int              { return d.x.sentStart(i) }
func (d refineDoc) ParaStart(i int) int              { return d.x.paraStart(i) }
func (d refineDoc) IsNameWord(i int) bool            { return d.x.isNameWord(i) }
func (d refineDoc) Text(a, b int) string             { return d.x.text(a, b) }
func (d refineDoc) IsCue(i int) bool                 { return d.x.isCue(i) }
func (d refineDoc) LinkPara(i int) bool              { return d.x.linkPara[d.x.toks[i].Para] }
func (d refineDoc) ByName(n string) (int, bool)      { e, ok := d.x.byName[n]; return e, ok }
func (d refineDoc) OutletAt(i, hi int) (string, int) { return d.x.outlets.AtOrAgency(i, hi) }
func (d refineDoc) Via(a, b int) string              { return d.x.outlets.Via(a, b, -1, -1) }
func (d refineDoc) OutletMention(a, b int) bool {
	return d.x.outletMention(mention{a: a, b: b}) || d.x.outlets.Agency(a, b) != "" // (or "state news agency RIA")
}
func (d refineDoc) ResolvePerson(name, title string, pos int) int {
	return d.x.resolvePerson(name, title, pos)
}
func (d refineDoc) MentionsBefore(i int, f func(e, tok int) bool) { d.x.mentionsBefore(i, f) }

// EstablishedAt is the person a surname alone at token i stands for where
// it is not the latest full name with that surname, or -1.
func (d refineDoc) EstablishedAt(i int) int { return d.x.established[i] - 1 }

// Ent is entity e as the refinements read it. A first name whose gender
// is known gives the person's, over a pronoun near the name that may be
// someone else's ("as she faced Jonah Wexler").
func (d refineDoc) Ent(e int) refine.Entity {
	en := d.x.ents[e]
	g := en.gender
	if fg := d.firstNameGender(e); fg != 0 && fg != g {
		g = fg
	}
	return refine.Entity{Name: en.name, Title: en.title, Gender: g, PossGender: en.possGender && g == en.gender, PronGender: en.pronGender && g == en.gender, Person: en.person}
}

// firstNameGender is the gender the first name of person e gives, read
// once per entity ('-' for none yet read).
func (d refineDoc) firstNameGender(e int) byte {
	for len(d.x.nameGender) <= e {
		d.x.nameGender = append(d.x.nameGender, '-')
	}
	if g := d.x.nameGender[e]; g != '-' {
		return g
	}
	var g byte
	if first, _, ok := strings.Cut(d.x.ents[e].name, " "); ok && d.x.ents[e].person {
		g = vocab.GivenNameGender(strings.ToLower(first))
	}
	d.x.nameGender[e] = g
	return g
}

func (d refineDoc) NP(lo, j, depth int) (refine.Mention, bool) {
	m, ok := d.x.np(lo, j, depth)
	return toMention(m), ok
}

func (d refineDoc) SentenceSubject(s0, hi int) (refine.Mention, bool) {
	m, ok := d.x.sentenceSubject(s0, hi)
	return toMention(m), ok
}

func toMention(m mention) refine.Mention {
	return refine.Mention{A: m.a, B: m.b, From: m.from, Name: m.name, Title: m.title, Pron: m.pron, Person: m.person}
}

// SubjectAfter is the noun phrase that starts after token v.
func (d refineDoc) SubjectAfter(v, hi int) (refine.Mention, bool) {
	m, ok := d.x.subjectAfter(v, hi)
	return toMention(m), ok
}
