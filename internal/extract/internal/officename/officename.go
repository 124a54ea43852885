// Package officename reads the offices, credentials and organisations
// written before or around a person's name, as South Asian, Nigerian
// and Filipino papers write them, and the particles of names ("de la",
// "bin"): the person, not the office, speaks. Package refine runs its
// rules in its pass over the quotes.
package officename

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/epithet"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// Reader holds one pass over an article's quotes.
type Reader struct {
	d     article.Doc
	toks  []tok.Token
	r     []rune
	steps int
}

// New returns a Reader of the article d.
func New(d article.Doc) *Reader { return &Reader{d: d, toks: d.Toks(), r: d.Runes()} }

// Steps returns the work done so far.
func (x *Reader) Steps() int { return x.steps }

func (x *Reader) text(a, b int) string                          { return x.d.Text(a, b) }
func (x *Reader) isNameWord(i int) bool                         { return x.d.IsNameWord(i) }
func (x *Reader) ent(e int) article.Entity                      { return x.d.Ent(e) }
func (x *Reader) isCue(i int) bool                              { return x.d.IsCue(i) }
func (x *Reader) byName(name string) (int, bool)                { return x.d.ByName(name) }
func (x *Reader) mentionsBefore(i int, f func(e, tok int) bool) { x.d.MentionsBefore(i, f) }
func (x *Reader) sentStart(i int) int                           { return x.d.SentStart(i) }

func (x *Reader) isPerson(name string) bool { return article.IsPerson(x.d, name) }

func (x *Reader) sentenceBefore(a int) (p, s int, ok bool) { return article.SentenceBefore(x.d, a) }

// initial reports whether token k is a name's initial ("V", "K.S").
func (x *Reader) initial(k int) bool {
	t := x.toks[k]
	return t.Kind == tok.Word && t.E-t.S <= 5 && vocab.Initials(string(x.r[t.S:t.E])+".")
}

// Offices written before the name they belong to, as South Asian and
// Nigerian papers write them: "Leader of the Opposition in the Punjab
// Assembly Malik Zubair Awan, talking to reporters, said ...", "the
// Chairman of the Rovers Supporters Club, Comrade Kehinde Adio, told
// ...", "Special Assistant to the Prime Minister (SAPM) on Political
// Affairs Rana Ehsan Mirza said ...". The rules read the office's first
// word as the speaker; the person is the one named after it.

// MaxOfficeSpan bounds how far after an office its holder's name is
// looked for, in tokens.
const MaxOfficeSpan = 24

// OfficeThenName gives a speaker that is an office alone (tokens [a, b)
// at most) the person named after it in the same sentence before the
// verb, or else the person the article gave that office ("the Chief
// Minister" after "Chief Minister S. Arivazhagan"); and remembers an acronym the office was given in brackets
// ("(SAPM)") as that person's; a later speaker that is such an acronym
// ("the SAPM said") is that person too.
func (x *Reader) OfficeThenName(q *result.Quote, a, b int, acronyms map[string]int) {
	if e, ok := acronyms[q.Speaker]; ok {
		q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
		return
	}
	if q.Speaker == "" {
		return
	}
	for k, w := range strings.Fields(q.Speaker) {
		low := strings.ToLower(w)
		if !vocab.OfficeWord(low) && (k > 0 || !vocab.Demonym(low) && !lexicon.IsPossessive(low)) && (k == 0 || low != "and") {
			return // (but "Russian Ambassador to Japan Konstantin Lavrinenko", "Iran's Ambassador and Permanent Representative")
		}
	}
	if x.toks[a].Low == "the" {
		a++
	}
	if a >= len(x.toks) || !x.toks[a].Cap || lexicon.AllUpper(x.r[x.toks[a].S:x.toks[a].E]) {
		return // "the minister": a description, which the office rules read; "PRESENTER:", a transcript's label
	}
	end, acr := a+1, ""
	for ; end < len(x.toks) && end-a < MaxOfficeSpan && !x.toks[end].InQ && !x.isCue(end); end++ {
		x.steps++
		t := x.toks[end]
		if t.SentEd || t.Kind != tok.Word && t.Low != "," && t.Low != "(" && t.Low != ")" && t.Low != "." {
			break
		}
		if t.Kind == tok.Word && !t.Cap && t.Low != "of" && t.Low != "for" && t.Low != "to" && t.Low != "on" && t.Low != "in" && t.Low != "the" && t.Low != "and" {
			break // "talking to reporters": the name came before
		}
		if t.Low == "(" && end+2 < len(x.toks) && x.toks[end+2].Low == ")" && lexicon.AllUpper(x.r[x.toks[end+1].S:x.toks[end+1].E]) {
			acr = x.text(end+1, end+2)
		}
	}
	found, seen := -1, 0
	x.mentionsBefore(end, func(e, t int) bool {
		seen++
		if t <= a {
			return false
		}
		if n := x.ent(e); n.Person && !vocab.AllOfficeWords(n.Name) {
			found = e // the earliest person after the office
		}
		return seen < MaxOfficeSpan
	})
	if found < 0 && b-a <= 3 && vocab.AllOfficeWords(x.text(a, b)) {
		// "the Chief Minister said", after "Chief Minister S. Arivazhagan"
		found = epithet.OfficeHolder(x.d, a, vocab.OfficeWords(strings.ToLower(x.text(a, b))))
	}
	if found < 0 {
		if office := x.text(a, b); b-a <= 3 && len(office) > len(q.Speaker) && vocab.AllOfficeWords(office) && strings.HasSuffix(office, q.Speaker) {
			q.Speaker, q.SpeakerTitle = office, "" // "the Prime Minister" named no one: the office, not "Minister" titled "Prime"
		}
		return
	}
	q.Speaker, q.SpeakerTitle = x.ent(found).Name, x.ent(found).Title
	if acr != "" {
		acronyms[acr] = found
	}
}

// CredentialSpeaker gives a speaker read as the degree after a name
// (tokens [a, b): "MD" in "Samuel Adeyemi, MD, of Harbor Point") the
// name before it.
func (x *Reader) CredentialSpeaker(q *result.Quote, a, b int) {
	if b-a != 1 || !vocab.Credentials[strings.ReplaceAll(x.toks[a].Low, ".", "")] || a < 3 || x.toks[a-1].Low != "," {
		return
	}
	s := a - 2
	for s > 0 && a-2-s < 3 && x.isNameWord(s-1) && x.toks[s-1].Para == x.toks[a-2].Para && !lexicon.IsTitleWord(x.toks[s-1].Low) && !lexicon.IsPersonRole(x.toks[s-1].Low) {
		s--
	}
	if !x.isNameWord(a-2) || s == a-2 {
		return
	}
	q.Speaker, q.SpeakerTitle = x.text(s, a-1), ""
	if e, ok := x.byName(q.Speaker); ok {
		q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
	}
}

// OfficeRunBefore reports whether the words before token a are an office
// that runs on into it: "Minister of Integration and Regional" before
// "Development Tiago Ferraz".
func (x *Reader) OfficeRunBefore(a int) bool {
	for k := a - 1; k >= 0 && a-k <= 8; k-- {
		x.steps++
		t := x.toks[k]
		if t.Kind != tok.Word || !t.Cap && t.Low != "of" && t.Low != "for" && t.Low != "and" || t.Para != x.toks[a].Para {
			return false
		}
		if t.Cap && vocab.OfficeWord(t.Low) {
			return k < a-1 || x.toks[a-1].Low == "of" || x.toks[a-1].Low == "for"
		}
	}
	return false
}

// AndOrg gives an organisation whose name joins two fields with "and"
// its whole name when only the second was read: "The Department of
// Health and Social Care said", read as "Social Care" (the mention is
// tokens [a, b)); a spokesperson written after it stays with it.
func (x *Reader) AndOrg(q *result.Quote, a, b int) {
	if a < 3 || x.toks[a-1].Low != "and" && x.toks[a-1].Low != "&" || !x.isNameWord(a) || !strings.HasPrefix(q.Speaker, x.text(a, a+1)) ||
		b-a > 2 {
		return // "Minister of State for Local Government and Planning Pádraig Tuohy": a person after the field
	}
	k, org := a-1, false
	for k-1 >= 0 && a-k < 8 {
		x.steps++
		p := x.toks[k-1]
		if p.Para != x.toks[a].Para {
			break
		}
		if x.isNameWord(k-1) && !lexicon.IsPossessive(p.Low) || (p.Low == "of" || p.Low == "for" || p.Low == "and") && k-2 >= 0 && x.isNameWord(k-2) {
			org = org || lexicon.IsOrgWord(p.Low) && (x.toks[k].Low == "of" || x.toks[k].Low == "for")
			k--
			continue
		}
		break
	}
	if x.toks[k].Low == "the" {
		k++
	}
	if !org {
		return
	}
	q.Speaker, q.SpeakerTitle = x.text(k, a)+" "+q.Speaker, ""
	if b < len(x.toks) && vocab.PersonSources[x.toks[b].Low] && !strings.HasSuffix(q.Speaker, x.toks[b].Low) {
		q.Speaker += " " + x.text(b, b+1) // "A Department of Health and Social Care spokesperson said"
	}
}

// OrgRoleName gives a speaker read as the organisation before a role and
// a name ("White House press secretary Celeste Warrick told reporters",
// the mention tokens [a, b)) the person named.
func (x *Reader) OrgRoleName(q *result.Quote, a, b int) {
	if x.isPerson(q.Speaker) || !strings.HasSuffix(q.Speaker, x.text(b-1, b)) {
		return
	}
	k := b
	for k < len(x.toks) && k-b < 4 && x.toks[k].Kind == tok.Word && !x.toks[k].Cap && !x.toks[k].InQ &&
		(lexicon.IsRoleNoun(x.toks[k].Low) || lexicon.IsTitleWord(x.toks[k].Low) || vocab.RoleModifiers[x.toks[k].Low] || strings.HasPrefix(x.toks[k].Low, "co-")) {
		k++
	}
	if k == b || k+1 >= len(x.toks) || !x.isNameWord(k) || !x.isNameWord(k+1) {
		return
	}
	e := k
	for e < len(x.toks) && e-k < 4 && x.isNameWord(e) {
		e++
	}
	if e < len(x.toks) && x.toks[e].Kind == tok.Word && !x.isCue(e) || !x.isPerson(x.text(k, e)) && lexicon.FirstNameGender(x.toks[k].Low) == 0 {
		return
	}
	q.Speaker, q.SpeakerTitle = x.text(k, e), x.text(a, k)
}

// InitialsName gives a speaker cut at the full stop of the vocab.Initials
// before a surname ("A.N" of "said A.N. Kulkarni", tokens [a, b)) the
// whole name.
func (x *Reader) InitialsName(q *result.Quote, a, b int) {
	if b+1 >= len(x.toks) || !x.initial(b-1) || x.toks[b].Low != "." || !x.isNameWord(b+1) || !strings.HasSuffix(q.Speaker, x.text(b-1, b)) {
		return
	}
	e := b + 1
	for e < len(x.toks) && e-b < 4 && x.isNameWord(e) {
		e++
	}
	q.Speaker = strings.TrimSuffix(q.Speaker, x.text(b-1, b)) + x.text(b-1, e)
}

// OrgSpokesperson gives a speaker read as the start of an organisation
// whose spokesperson speaks ("A Department for Business and Trade
// spokesperson said", the mention tokens [a, b) "A Department") the
// whole description.
func (x *Reader) OrgSpokesperson(q *result.Quote, a, b int) {
	k := b
	for k < len(x.toks) && k-b < 8 && (x.isNameWord(k) || x.toks[k].Low == "for" || x.toks[k].Low == "of" || x.toks[k].Low == "and" || x.toks[k].Low == "&") {
		k++
	}
	if k == b || k+1 >= len(x.toks) || !vocab.PersonSources[x.toks[k].Low] || !x.isCue(k+1) && x.toks[k+1].Low != "," {
		return
	}
	if w := x.toks[a].Low; w == "a" || w == "an" || w == "the" {
		a++
	}
	q.Speaker, q.SpeakerTitle = x.text(a, k+1), ""
}

// ParticleSubjectBefore returns the name with a lower-case particle
// ("Hana al-Saeedi") that opens the sentence before token a's, in its
// paragraph or the one before, as its subject; "" if none does.
func (x *Reader) ParticleSubjectBefore(a int) string {
	p, s, ok := x.sentenceBefore(a)
	if !ok {
		return ""
	}
	for j := p + 1; j < s && j-p <= 3 && x.isNameWord(j-1); j++ {
		if _, ok := article.ParticleName(x.d, j); ok && !lexicon.IsNamedCap(x.toks[p].Low) {
			return x.text(p, j+1)
		}
	}
	return ""
}

// ParticleNameAt records, at token j, a full name whose surname has a
// lower-case particle ("Raed al-Khafaji"), so that the surname alone
// later ("Khafaji said") is read as the whole name.
func (x *Reader) ParticleNameAt(j int, full map[string]string) {
	rest, ok := article.ParticleName(x.d, j)
	if !ok || j == 0 || !x.isNameWord(j-1) {
		return
	}
	a := j - 1
	for a > 0 && j-a < 3 && x.isNameWord(a-1) && x.toks[a-1].Para == x.toks[j-1].Para && !lexicon.IsNamedCap(x.toks[a-1].Low) && !lexicon.IsTitleWord(x.toks[a-1].Low) && !lexicon.IsHonorific(x.toks[a-1].Low) {
		a--
	}
	name := x.text(a, j+1)
	full[rest], full[x.text(j, j+1)] = name, name
}

// ParticleApposition gives a speaker read as the description after such
// a name ("Hana al-Saeedi, a water policy researcher at ..., told Middle
// East Eye", the mention from token a) the name.
func (x *Reader) ParticleApposition(q *result.Quote, a int, full map[string]string) {
	if a < 2 || x.toks[a-1].Low != "," {
		return
	}
	if rest, ok := article.ParticleName(x.d, a-2); ok && full[rest] != "" {
		q.Speaker, q.SpeakerTitle = full[rest], q.Speaker
	}
}
