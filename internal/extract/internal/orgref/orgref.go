// Package orgref settles which organisation a description stands for:
// "the company" after "Holderness Valley Foods, which ..., wrote", "the
// trust" in a caption before the story names "Millbrook University
// Hospitals NHS Trust", "the club" after "Chelsea were beaten". It reads
// the article as package article gives it.
package orgref

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// maxSentence bounds a sentence, in tokens, as the extractor does.
const maxSentence = 400

// reader holds one question about an article.
type reader struct {
	d     article.Doc
	r     []rune
	toks  []tok.Token
	steps int
}

func newReader(d article.Doc) *reader { return &reader{d: d, r: d.Runes(), toks: d.Toks()} }

// Before returns the whole name of the organisation "the HEAD" at token
// a stands for (see orgBefore), and the work done.
func Before(d article.Doc, a int, head string) (string, int) {
	x := newReader(d)
	return x.orgBefore(a, head), x.steps
}

// After returns the organisation named after a caption's "the HEAD" at
// token a (see orgAfter), and the work done.
func After(d article.Doc, a int, head string) (string, int) {
	x := newReader(d)
	return x.orgAfter(a, head), x.steps
}

// WholeName returns the longest name written before token j that the
// short name of a firm opens (see wholeFirmName), and the work done.
func WholeName(d article.Doc, short string, j int) (string, int) {
	x := newReader(d)
	return x.wholeFirmName(short, j), x.steps
}

func (x *reader) sentStart(i int) int            { return x.d.SentStart(i) }
func (x *reader) paraStart(i int) int            { return x.d.ParaStart(i) }
func (x *reader) isNameWord(i int) bool          { return x.d.IsNameWord(i) }
func (x *reader) text(a, b int) string           { return x.d.Text(a, b) }
func (x *reader) ent(e int) article.Entity       { return x.d.Ent(e) }
func (x *reader) byName(name string) (int, bool) { return x.d.ByName(name) }
func (x *reader) sentenceSubject(s0, hi int) (article.Mention, bool) {
	return x.d.SentenceSubject(s0, hi)
}

func (x *reader) isPerson(name string) bool { return article.IsPerson(x.d, name) }

func (x *reader) sentenceBefore(a int) (p, s int, ok bool) { return article.SentenceBefore(x.d, a) }

// TitleCaseHeadline reports whether the article (toks) opens with a
// headline in title case ("Northlight Pictures Buys Venice Competition
// Drama"), whose capitals say nothing about names.
func TitleCaseHeadline(toks []tok.Token) bool {
	words, caps := 0, 0
	for k := 0; k < len(toks) && toks[k].Para == 0; k++ {
		if t := toks[k]; t.Kind == tok.Word && !t.InQ {
			words++
			if t.Cap {
				caps++
			}
		}
	}
	return words >= 4 && caps*10 >= words*7
}

// runVerbs name, before "by", the firm that runs a thing.
var runVerbs = map[string]bool{"run": true, "owned": true, "operated": true, "developed": true, "managed": true, "built": true}

// runBy returns the firm a sentence [p, s) says runs what it is about
// ("The Q'ellopampa project, run by Minera Altoandina, ..."), or "".
func (x *reader) runBy(p, s int) string {
	for k := p; k+2 < s; k++ {
		x.steps++
		if !runVerbs[x.toks[k].Low] || x.toks[k+1].Low != "by" || !x.isNameWord(k+2) {
			continue
		}
		e := k + 2
		for e < s && e-k < 8 && x.isNameWord(e) {
			e++
		}
		if name := lexicon.StripPossessive(x.text(k+2, e)); vocab.GivenNameGender(x.toks[k+2].Low) == 0 && !vocab.PlaceOrTeam(name) {
			return name
		}
		return ""
	}
	return ""
}

// Lookback bounds, in tokens, how far back a description looks for
// the organisation it stands for.
const Lookback = 300

// orgBefore returns the whole name of the organisation "the HEAD" (at
// token a) stands for: the latest capitalised name ending in that noun
// within the paragraph before or its own ("Egypt's State Information
// Service" for "the service"), else, for a noun no name ends in ("the
// company"), an organisation that is the subject of the sentence before.
// It returns "" when there is none.
func (x *reader) orgBefore(a int, head string) string {
	lo := x.paraStart(a)
	if lo > 0 {
		lo = x.paraStart(lo - 1)
	}
	lo = max(lo, a-Lookback)
	for k := a - 1; k >= lo; k-- {
		x.steps++
		if !x.isNameWord(k) || lexicon.StripPossessive(x.toks[k].Low) != head {
			continue
		}
		j := k
		for j-1 >= lo && k-j < 8 && x.toks[j-1].Para == x.toks[k].Para {
			x.steps++
			p := x.toks[j-1]
			switch {
			case x.isNameWord(j-1) && !(p.Low == "the" && x.sentStart(j-1) == j-1):
				j--
			case (p.Low == "of" || p.Low == "for" || p.Low == "and" || p.Low == "on") && j-2 >= lo && x.isNameWord(j-2):
				j--
			default:
				goto whole
			}
		}
	whole:
		if j == k {
			return "" // "the Team" alone names nothing
		}
		e := k + 1
		for e+1 < len(x.toks) && x.toks[e].Low == "of" && x.isNameWord(e+1) && e-k < 6 { // "Atomic Energy Organization of Iran"
			e += 2
			for e < len(x.toks) && x.isNameWord(e) && e-k < 8 {
				e++
			}
		}
		return lexicon.StripPossessive(x.text(j, e))
	}
	if name := x.calledSo(a, max(0, a-Lookback), head); name != "" {
		return name // "The EIS, Scotland’s largest teaching union, ..." before "the union said"
	}
	p, s, ok := x.sentenceBefore(a)
	if !ok {
		return ""
	}
	club := head == "team" || head == "club" || head == "side"
	if club && x.isNameWord(p) && p+1 < s && !x.isNameWord(p+1) && (lexicon.IsAux(x.toks[p+1].Low) || vocab.FiniteAux[x.toks[p+1].Low]) {
		return lexicon.StripPossessive(x.text(p, p+1)) // "Chelsea were beaten 2-0 at home."
	}
	if name := x.orgSubject(p, s, club); name != "" {
		return name
	}
	if name := x.headThenName(p, s, head); name != "" {
		return name // "Peru's labor inspection agency SUNAFIL said ... the agency wrote"
	}
	if name := x.tradeFirm(p, s); name != "" && vocab.BusinessHeads[head] {
		return name // "Shares in Danish wind turbine maker Nordvik Vind fell ... The company said"
	}
	if name := x.runBy(p, s); name != "" && vocab.BusinessHeads[head] {
		return name // "The project, run by Minera Altoandina, ... The company said"
	}
	if bodyHeads[head] {
		return x.latestBody(p, a) // "In a statement, the TSA said ... The agency said"
	}
	if !vocab.BusinessHeads[head] {
		return ""
	}
	if name := x.ownerFirm(a); name != "" {
		return name
	}
	// "the company" further on: the latest firm an earlier sentence of
	// the last paragraphs was about ("Loomly has disabled ...").
	for n := 0; n < 12 && p > 0 && x.toks[p-1].Para+3 >= x.toks[a].Para; n++ {
		s, p = p, x.sentStart(p-1)
		name := x.orgSubject(p, s, false)
		if name == "" {
			name = x.leadingFirm(p, s)
		}
		if name == "" {
			name = x.tradeFirm(p, s)
		}
		if name != "" {
			if vocab.PublicBody(name) || strings.HasPrefix(name, "The ") || strings.HasPrefix(name, "the ") || x.lowerNear(name, a) {
				continue // "The problem first surfaced ...", "The FTC has asked ...", "Kombucha is fermented"
			}
			return name
		}
	}
	if name := x.ledeFirm(a); name != "" {
		return name
	}
	return x.latestFirm(a)
}

// maxApposition bounds the words of an apposition that calls an
// organisation by its head noun: ", Scotland’s largest teaching union".
const maxApposition = 7

// calledSo returns the organisation an apposition between tokens lo and
// a calls by the noun head ("The EIS, Scotland’s largest teaching union,
// ..."), the latest such; "" if none.
func (x *reader) calledSo(a, lo int, head string) string {
	for k := a - 1; k >= lo; k-- {
		x.steps++
		if x.toks[k].Low != head || x.toks[k].Cap || k+1 >= len(x.toks) || x.toks[k+1].Low != "," && x.toks[k+1].Low != ")" {
			continue // (an apposition closes after its noun: not "In a post published Monday, the mission team described")
		}
		j := k - 1
		for j > lo && k-j < maxApposition && x.toks[j].Low != "," && x.toks[j].Kind == tok.Word {
			j--
		}
		if j <= lo || x.toks[j].Low != "," || !x.isNameWord(j-1) {
			continue
		}
		b := j - 1
		for b > lo && j-b < 8 && (x.isNameWord(b-1) && x.toks[b-1].Low != "the" || (x.toks[b-1].Low == "of" || x.toks[b-1].Low == "and") && b-2 >= lo && x.isNameWord(b-2)) {
			x.steps++
			b--
		}
		if name := lexicon.StripPossessive(x.text(b, j)); !x.isPerson(name) && vocab.GivenNameGender(x.toks[b].Low) == 0 && !lexicon.IsNamedCap(x.toks[j-1].Low) {
			return name
		}
	}
	return ""
}

// lowerNear reports whether a one-word name is written in lower case
// within Lookback tokens of token a: a thing's name opening a sentence
// ("Kombucha is fermented" beside "every kombucha drinker"), not a
// firm's.
func (x *reader) lowerNear(name string, a int) bool {
	if strings.Contains(name, " ") {
		return false
	}
	low := strings.ToLower(name)
	for k := max(0, a-Lookback); k < len(x.toks) && k < a+Lookback; k++ {
		x.steps++
		if t := x.toks[k]; !t.Cap && t.Low == low {
			return true
		}
	}
	return false
}

// latestFirm returns the latest firm named in the paragraph of token a
// or the two before it: capitalised words ending in a firm's word
// ("Hebridean Island Ferries", "Coastal Bend Power & Light", "Caldera
// Ridge Mining Corp."), not a person; "" if there is none.
func (x *reader) latestFirm(a int) string {
	lo := x.paraStart(a)
	for n := 0; n < 2 && lo > 0; n++ {
		lo = x.paraStart(lo - 1)
	}
	lo = max(lo, a-Lookback)
	for k := a - 1; k >= lo; k-- {
		x.steps++
		w := lexicon.StripPossessive(x.toks[k].Low)
		if !x.isNameWord(k) || !vocab.FirmHeads[w] && !corporate[w] || x.toks[k].InQ {
			continue
		}
		j := k
		for j-1 >= lo && k-j < 6 && x.toks[j-1].Para == x.toks[k].Para {
			x.steps++
			switch p := x.toks[j-1]; {
			case x.isNameWord(j-1) && !(p.Low == "the" && x.sentStart(j-1) == j-1):
				j--
				continue
			case p.Low == "&" && j-2 >= lo && x.isNameWord(j-2):
				j--
				continue
			}
			break
		}
		if j == k {
			continue
		}
		// A firm's word ends no person's name, but "Light" may.
		if name := lexicon.StripPossessive(x.text(j, k+1)); corporate[w] || !x.isPerson(name) {
			return name
		}
	}
	return ""
}

// firmEnd reports whether a name ends in a firm's word: "Fernhollow
// Beverage Co.", "Sahel Logistics".
func firmEnd(name string) bool {
	last := strings.ToLower(strings.TrimSuffix(name[strings.LastIndexByte(name, ' ')+1:], "."))
	return corporate[last] || vocab.FirmHeads[last] || last == "co"
}

// corporate are more words a firm's name ends in, which end no
// person's; other names ending in a firm's word ("Power & Light") must
// not be a person's the article names.
var corporate = map[string]bool{"inc": true, "corp": true, "ltd": true, "plc": true, "llc": true, "limited": true,
	"corporation": true, "company": true, "group": true, "ferries": true, "utilities": true}

// firmApposition reports whether the words from token c (after a
// sentence's subject) to s describe it as a firm between commas:
// "Kasumi Electrochemical, a midsize Japanese maker of cathode
// materials, will build ...".
func (x *reader) firmApposition(c, s int) bool {
	if c+1 >= s || x.toks[c].Low != "," || x.toks[c+1].Low != "a" && x.toks[c+1].Low != "an" && x.toks[c+1].Low != "the" {
		return false
	}
	for k := c + 2; k < s && k-c < 10 && x.toks[k].Low != ","; k++ {
		x.steps++
		if w := x.toks[k].Low; vocab.BusinessHeads[w] || firmNouns[w] {
			return true
		}
	}
	return false
}

// firmNouns are more of the words for a firm in an apposition.
var firmNouns = map[string]bool{"maker": true, "manufacturer": true, "producer": true, "supplier": true, "developer": true,
	"operator": true, "group": true, "bank": true, "insurer": true, "lender": true, "carrier": true, "chain": true}

// ledeFirm returns the firm the story's opening paragraphs are about:
// the first sentence within them, before token a, that opens with a
// firm's name ("Kasumi Electrochemical, a midsize Japanese maker of
// cathode materials, will build ..."); "" if none does.
func (x *reader) ledeFirm(a int) string {
	for p, n := 0, 0; p < a && n < 20 && x.toks[p].Para < 8; n++ {
		s := p
		for s < a && s-p < maxSentence && (s == p || x.sentStart(s) != s) {
			x.steps++
			s++
		}
		d := p
		for d < s && d-p < 4 && (x.toks[d].Kind != tok.Word || lexicon.AllUpper(x.r[x.toks[d].S:x.toks[d].E])) {
			d++ // "TOKYO --", a dateline
		}
		if m, ok := x.sentenceSubject(d, s); ok && !m.Pron && strings.Contains(m.Name, " ") && capitalised(m.Name) && !vocab.PublicBody(m.Name) {
			if first, _, _ := strings.Cut(m.Name, " "); vocab.GivenNameGender(strings.ToLower(first)) == 0 && (vocab.FirmHeads[strings.ToLower(m.Name[strings.LastIndexByte(m.Name, ' ')+1:])] || x.firmApposition(m.B, s)) {
				return m.Name
			}
		}
		p = s
	}
	return ""
}

// orgAfter returns the first capitalised name ending in head ("Severnvale
// University Hospitals NHS Trust" for "the trust") within Lookback
// tokens after token a, itself in the article's first Lookback
// tokens (a caption, a standfirst); "" if there is none.
func (x *reader) orgAfter(a int, head string) string {
	if a >= Lookback {
		return "" // only where a caption or standfirst comes before the story
	}
	for k := a + 2; k < len(x.toks) && k-a < Lookback; k++ {
		x.steps++
		if !x.isNameWord(k) || lexicon.StripPossessive(x.toks[k].Low) != head || !x.isNameWord(k-1) {
			continue
		}
		j := k - 1
		for j-1 > a && k-j < 8 && x.isNameWord(j-1) && x.toks[j-1].Para == x.toks[k].Para && !(x.toks[j-1].Low == "the" && x.sentStart(j-1) == j-1) {
			x.steps++
			j--
		}
		return lexicon.StripPossessive(x.text(j, k+1))
	}
	return ""
}

// ownerFirm returns the latest firm written as an owner in the
// paragraph of token a or the one before ("Halfmoon Interactive's
// long-gestating shooter", "Loomly's CEO"): capitalised words, no person
// the article named, before "'s"; "" if there is none.
func (x *reader) ownerFirm(a int) string {
	lo := x.paraStart(a)
	if lo > 0 {
		lo = x.paraStart(lo - 1)
	}
	for k := a - 1; k >= lo && a-k < Lookback; k-- {
		x.steps++
		w := x.toks[k].Low
		if !x.isNameWord(k) || !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
			continue
		}
		j := k
		for j-1 >= lo && k-j < 4 && x.isNameWord(j-1) && x.toks[j-1].Para == x.toks[k].Para && !lexicon.IsNamedCap(x.toks[j-1].Low) {
			j--
		}
		name := lexicon.StripPossessive(x.text(j, k+1))
		if e, ok := x.byName(name); ok && x.ent(e).Person && (x.ent(e).Gender != 0 || x.ent(e).Title != "") ||
			lexicon.IsNamedCap(x.toks[j].Low) || vocab.IsOutlet(name) || vocab.PublicBody(name) {
			continue // a person ("Marcus Feld's post"), a word opening the sentence, an outlet
		}
		return name
	}
	return ""
}

// wholeFirmName returns the longest name the article wrote before token
// j that begins with a firm's short name ("Northwind Analytics" for
// "Northwind's"), or the short name.
func (x *reader) wholeFirmName(short string, j int) string {
	first := strings.ToLower(strings.Fields(short)[0])
	best := short
	for k := max(0, j-4*Lookback); k < j; k++ {
		x.steps++
		if x.toks[k].Low != first || !x.isNameWord(k) || x.toks[k].Para == 0 && TitleCaseHeadline(x.toks) {
			continue // "Northlight Pictures Buys Venice ...": a headline's capitals
		}
		e := k + 1
		for e < j && e-k < 5 && x.isNameWord(e) && x.toks[e].Para == x.toks[k].Para && !lexicon.IsTitleWord(x.toks[e].Low) && !vocab.ExecHeads[x.toks[e].Low] {
			e++ // (not "Kasumi Electrochemical President Hideaki Moriyama")
		}
		if name := lexicon.StripPossessive(x.text(k, e)); len(name) > len(best) && strings.HasPrefix(name, short+" ") {
			best = name
		}
	}
	return best
}

// orgSubject returns the organisation the sentence [p, s) opens with as
// its subject, or "": a capitalised name that is no person, no role and
// no anonymous source ("Norvale Mining suspended ..."); for a club, a
// single name even if taken for a person.
func (x *reader) orgSubject(p, s int, club bool) string {
	m, ok := x.sentenceSubject(p, s)
	if ok && m.B+2 < s && (x.toks[m.B].Low == "–" || x.toks[m.B].Low == "—") && x.toks[m.B+1].Low == "based" {
		// "The San Francisco–based AI company Aperture Intelligence says":
		// the place the firm is based in, written with an en dash; the
		// firm is named after its noun.
		for k := m.B + 2; k+1 < s && k-m.B < 8; k++ {
			x.steps++
			if vocab.OrgHeads[x.toks[k].Low] && x.isNameWord(k+1) {
				e := k + 1
				for e < s && e-k <= 5 && x.isNameWord(e) {
					e++
				}
				return lexicon.StripPossessive(x.text(k+1, e))
			}
		}
		return ""
	}
	if ok && !m.Pron && m.B-m.A == 1 && capitalised(m.Name) {
		if whole := x.wholeFirmName(m.Name, s); whole != m.Name && firmEnd(whole) {
			return whole // "Fernhollow argued", after "Fernhollow Beverage Co."
		}
	}
	if ok && (m.B-m.A == 1 && (lexicon.IsNamedCap(lexicon.StripPossessive(x.toks[m.A].Low)) || pluralRole(x.toks[m.A].Low) || lexicon.Verb(x.toks[m.A].Low) != 0) || !capitalised(m.Name) || x.toks[s-1].Low == ":" || strings.HasSuffix(x.toks[m.B-1].Low, "-year-old")) {
		return "" // "Most of it in Asia is refined in China", "Black mass is the powder left ...", "Open this photo in gallery:", "The 21-year-old will occupy"
	}
	if ok && !m.Pron && (!m.Person && !x.isPerson(m.Name) || club && (!strings.Contains(m.Name, " ") || vocab.PlaceOrTeam(m.Name)) || !club && strings.Contains(m.Name, " ") && (vocab.PlaceOrTeam(m.Name) || x.firmApposition(m.B, s))) && x.toks[m.A].Cap &&
		m.B-m.A <= 6 && !strings.Contains(m.Name, "'s ") && !strings.Contains(m.Name, "’s ") && !lexicon.IsAnonymous(x.toks[m.B-1].Low) && !lexicon.IsRoleNoun(x.toks[m.B-1].Low) && !lexicon.IsPersonRole(x.toks[m.B-1].Low) {
		// "The Alliance of Small Island States (Aosis)" read as "Small
		// Island States": the whole name.
		whole := x.text(m.A+boolInt(x.toks[m.A].Low == "the"), m.B)
		if k := strings.Index(whole, " of "+m.Name); k > 0 {
			return whole[:k+4+len(m.Name)]
		}
		return m.Name
	}
	return ""
}

// capitalised reports whether every word of a name but its small ones
// ("of", "and", "for") opens with a capital: "Bank of England", not
// "Black mass".
func capitalised(name string) bool {
	for _, w := range strings.Fields(name) {
		if r := []rune(w)[0]; !unicode.IsUpper(r) && !unicode.IsDigit(r) && !vocab.SmallTitleWords[w] {
			return false
		}
	}
	return true
}

// leadingFirm returns the name a sentence [p, s) opens with when a verb
// follows it and it is no person the article named: "Loomly has
// disabled ...", "Acme Robotics announced ...".
func (x *reader) leadingFirm(p, s int) string {
	j := p
	for j < s && j-p < 4 && x.isNameWord(j) && !x.toks[j].InQ {
		x.steps++
		j++
	}
	if j == p || j >= s || lexicon.IsNamedCap(lexicon.StripPossessive(x.toks[p].Low)) || x.isPerson(x.text(p, j)) || j-p >= 2 && lexicon.Verb(x.toks[p+1].Low) != 0 || j-p == 1 && lexicon.Verb(x.toks[p].Low) != 0 {
		return "" // (nor "Please try again later.")
	}
	if w := x.toks[j].Low; !vocab.FiniteAux[w] && lexicon.Verb(w) == 0 && !lexicon.IsVerbLike(w) {
		return ""
	}
	if x.toks[p].Low == "the" || lexicon.PronounGender(x.toks[p].Low) != "" {
		return ""
	}
	return lexicon.StripPossessive(x.text(p, j))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// pluralRole reports whether w is a group of people by their role,
// capitalised only as a sentence opens ("Crews", "Residents").
func pluralRole(w string) bool {
	one := strings.TrimSuffix(w, "s")
	return one != w && (lexicon.IsRoleNoun(one) || lexicon.IsPersonRole(one) || lexicon.IsEpithet(one, false) || one == "crew" || one == "resident")
}

// tradeFirm returns the firm a sentence [p, s) names after its trade:
// "Danish wind turbine maker Nordvik Vind (NVIND.CO)", "retailer
// Harwood Sterling"; "" if none.
func (x *reader) tradeFirm(p, s int) string {
	for k := p; k+1 < s; k++ {
		x.steps++
		w := x.toks[k].Low
		if x.toks[k].Cap || !firmNouns[w] && !vocab.BusinessHeads[w] || !x.isNameWord(k+1) {
			continue
		}
		e := k + 1
		for e < s && e-k <= 4 && x.isNameWord(e) {
			e++
		}
		first := x.toks[k+1].Low
		if name := lexicon.StripPossessive(x.text(k+1, e)); e-k >= 3 && capitalised(name) && vocab.GivenNameGender(first) == 0 {
			return name
		}
	}
	return ""
}

// headThenName returns the name written right after the head noun in
// the sentence [p, s) ("labor inspection agency SUNAFIL", "the
// regulator Ofcom"), which "the HEAD" after it stands for; "" if none.
func (x *reader) headThenName(p, s int, head string) string {
	for k := p; k+1 < s; k++ {
		x.steps++
		if x.toks[k].Low != head || x.toks[k].Cap || !x.isNameWord(k+1) {
			continue
		}
		e := k + 1
		for e < s && e-k <= maxHeadName && x.isNameWord(e) {
			e++
		}
		return lexicon.StripPossessive(x.text(k+1, e))
	}
	return ""
}

// maxHeadName bounds the words of a name after its head noun.
const maxHeadName = 5

// bodyHeads are the descriptions of a public body that stand for the
// one the sentences just before named: "the agency", "the commission".
var bodyHeads = map[string]bool{"agency": true, "commission": true, "regulator": true, "watchdog": true, "authority": true}

// latestBody returns the public body named last in tokens [p, a), the
// sentence before a description's and its own: a name in capitals
// ending in a word for a body ("the Centers for Disease Control and
// Prevention", "the US Consumer Product Safety Commission"), or an
// acronym of capitals ("the TSA"); "" when there is none.
func (x *reader) latestBody(p, a int) string {
	for k := a - 1; k >= p; k-- {
		x.steps++
		t := x.toks[k]
		if t.Kind != tok.Word || !t.Cap || t.InQ {
			continue
		}
		w := x.text(k, k+1)
		if len([]rune(w)) >= 2 && lexicon.AllUpper([]rune(w)) && !(k > 0 && x.toks[k-1].Low == "(") {
			return lexicon.StripPossessive(w) // "the TSA said"
		}
		if !lexicon.IsOrgWord(t.Low) && !bodyEnds[t.Low] {
			continue
		}
		j := k
		for j-1 >= p && k-j < 8 && (x.toks[j-1].Cap && x.toks[j-1].Kind == tok.Word || (x.toks[j-1].Low == "for" || x.toks[j-1].Low == "and" || x.toks[j-1].Low == "of") && j-2 >= p && x.toks[j-2].Cap) {
			j--
		}
		if x.toks[j].Low == "the" {
			j++
		}
		if k-j < 1 {
			continue // "Office" alone
		}
		return lexicon.StripPossessive(x.text(j, k+1))
	}
	return ""
}

// bodyEnds end the names of public bodies besides lexicon's org words:
// "the Centers for Disease Control and Prevention".
var bodyEnds = map[string]bool{"prevention": true, "control": true, "safety": true, "protection": true, "affairs": true}
