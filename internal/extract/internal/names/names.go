// Package names reads the shapes of people's names in a tokenised
// text: where a run of capitalised words starts, which of its words are
// a title and which the name, and the words that join or open names in
// other languages than English (a given name before a Chinese name,
// "bin" and "binti", "von der", a day or month that is a first name).
package names

import (
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
	"strings"
)

// Text is a tokenised text as the name rules read it.
type Text struct {
	Toks            []tok.Token
	R               []rune
	CapMid          map[string]bool  // words capitalised somewhere mid-sentence
	SentenceInitial func(i int) bool // whether token i opens a sentence, paragraph or quotation
	Steps           *int             // units of work done, which tests hold linear in the input
}

// IsNameWord reports whether token i can be part of a capitalised name.
func (x *Text) IsNameWord(i int) bool {
	t := x.Toks[i]
	return t.Kind == tok.Word && t.Cap && !t.InQ
}

// MaxName bounds, in tokens, a run of capitalised words read as one name
// and the title before it ("Senate Minority Leader Mitch McConnell" has
// five), so that text in capitals costs a bounded amount per word.
const MaxName = 24

// CapRunBack returns the start of the capitalised run ending at token j
// (inclusive), allowing initials ("J.") and "of"/"de" between capitals.
func (x *Text) CapRunBack(lo, j int) int {
	k := j
	for k-1 >= lo && x.Toks[k-1].Para == x.Toks[j].Para && j-k < MaxName {
		*x.Steps++
		p := x.Toks[k-1]
		switch {
		case x.IsNameWord(k-1) && !lexicon.IsPossessive(p.Low) && (!lexicon.IsNamedCap(p.Low) || x.MonthFirstName(k-1)):
			k--
		case p.Low == "." && k-2 >= lo && x.Toks[k-2].Kind == tok.Word && x.Toks[k-2].Cap && (x.Toks[k-2].E-x.Toks[k-2].S == 1 || lexicon.IsAbbrev(x.Toks[k-2].Low) || lexicon.IsCapAbbrev(x.Toks[k-2].Low)):
			k -= 2
		case (p.Low == "of" || p.Low == "de" || p.Low == "van" || p.Low == "von" || p.Low == "del" || p.Low == "for" || loneParticle(p.Low)) && k-2 >= lo && x.IsNameWord(k-2):
			k-- // (and "Rhodri ap Ifan", "Maria Lourdes dela Paz", "Jan-Hendrik ter Horst")
		case surnameParticle(p.Low) && k-3 >= lo && surnameParticle(x.Toks[k-2].Low) && x.IsNameWord(k-3):
			k -= 2 // "Ursula von der Leyen", "Frank de la Rosa"
		default:
			return k
		}
	}
	return k
}

// MonthFirstName reports whether the month name at token i is someone's
// first name: "June Okonkwo", "April Ryan", but not "in June Congress".
// A day is a first name only where a name is introduced: after an
// honorific or a comma ("Mr Sunday Adejoh", "a driver, Monday Okoro,"),
// or before an appositive ("Sunday Okon, a farmer,").
func (x *Text) MonthFirstName(i int) bool {
	switch x.Toks[i].Low {
	case "april", "may", "june", "august":
	case "sunday", "monday", "friday":
		if i+2 < len(x.Toks) && x.IsNameWord(i+2) {
			return false
		}
		introduced := i > 0 && (x.Toks[i-1].Low == "," || x.Toks[i-1].Cap && (lexicon.IsHonorific(x.Toks[i-1].Low) || lexicon.IsTitleWord(x.Toks[i-1].Low)))
		if !introduced && !(x.SentenceInitial(i) && i+3 < len(x.Toks) && x.Toks[i+2].Low == "," && lexicon.IsDeterminer(x.Toks[i+3].Low)) {
			return false // "Sunday Okon, a farmer, said" opening a sentence is a name too
		}
	default:
		return false
	}
	if i+1 >= len(x.Toks) || !x.IsNameWord(i+1) || lexicon.IsNamedCap(x.Toks[i+1].Low) || lexicon.IsOrgWord(x.Toks[i+1].Low) {
		return false
	}
	if i > 0 {
		switch x.Toks[i-1].Low {
		case "in", "on", "since", "early", "late", "mid", "last", "next", "until", "by", "of", "from", "through", "during",
			"before", "after", "this", "that", "each", "every", "between", "and", "or", "to", "till":
			return false
		}
	}
	return true
}

// SplitTitle divides a capitalised run [a, b) into leading title words and
// the name proper ("Sen. Ted Cruz" -> "Sen.", "Ted Cruz"). The last word is
// always part of the name; earlier words join it until a title word.
func (x *Text) SplitTitle(a, b int) (nameStart int) {
	k := b - 1
	words := 1
	if b-a >= 3 && Generational(x.Toks[k].Low) {
		words = 0 // "Okofo Kwadwo Sakyi III": the numeral is no word of the name's three
	}
	for k-1 >= a {
		*x.Steps++
		p := x.Toks[k-1]
		if p.Low == "." && k-2 >= a && x.Toks[k-2].E-x.Toks[k-2].S == 1 { // an initial
			k -= 2
			continue
		}
		if surnameParticle(p.Low) && k-2 >= a && (x.IsNameWord(k-2) || surnameParticle(x.Toks[k-2].Low)) {
			k-- // a particle of the surname is no word of its own: "Ursula von der Leyen"
			continue
		}
		if p.Kind != tok.Word || lexicon.IsTitleWord(p.Low) || lexicon.IsOrgWord(p.Low) || p.Low == "of" || words >= 3 && !x.givenBeforeChinese(a, k) && !vietnameseMiddle(x.Toks[k].Low) ||
			hyphenTitle(p.Low) || // "Vice-Chief Marcus Ratt"
			PronounContraction(p.Low) || // "Hello, I'm Jessamy Koranteng in Washington"
			k-1 == a && vocab.Opener(p.Low) || // "Addressing McQuarrie, the sheriff said", "Cross-examining Lorna Fitchett"
			lexicon.IsPersonRole(p.Low) && lexicon.AllUpper(x.R[p.S:p.E]) { // "Local TD Pádraig Ó Briain"
			break
		}
		if compassWords[p.Low] && vocab.GivenNameGender(x.Toks[k].Low) != 0 {
			break // "Labour TD for Kildare North Aoife Mernagh": the seat's last word
		}
		if words >= 2 && k-3 >= a && (x.Toks[k-2].Low == "for" || x.Toks[k-2].Low == "of") && (lexicon.IsTitleWord(x.Toks[k-3].Low) || lexicon.IsRoleNoun(x.Toks[k-3].Low)) {
			break // "Minister of State for Manpower Faridah Yusof": the portfolio is the title's
		}
		if words >= 2 && k-4 >= 0 && x.Toks[k-2].Low == "the" && (x.Toks[k-3].Low == "for" || x.Toks[k-3].Low == "of") &&
			(lexicon.IsTitleWord(x.Toks[k-4].Low) || lexicon.IsRoleNoun(x.Toks[k-4].Low)) {
			break // "Minister of State for the Gaeltacht Pádraig Ó Gábháin"
		}
		if words >= 2 && vocab.GivenNameGender(p.Low) == 0 && x.portfolioEnds(k, vocab.GivenNameGender(x.Toks[k].Low) != 0 && fieldWord(p.Low)) {
			break // "Minister Responsible for the French Language Étienne Bellefleur-Roy"
		}
		if words == 1 && k-1 == a && k+1 == b && lexicon.IsPersonRole(p.Low) && x.Toks[k].Kind == tok.Word && (a == 0 || x.Toks[a-1].SentEd) && vocab.GivenNameGender(x.Toks[k].Low) == 0 {
			break // "Skipper Marchant, who scored ..., admitted": the captain called by his surname
		}
		if words >= 2 && (portfolios[p.Low] || honorifics[p.Low] || lexicon.IsPoliceRank(p.Low) || spokes[p.Low] || (k-1 == a || x.Toks[k-2].SentEd) && (lexicon.IsRoleNoun(p.Low) || lexicon.IsPersonRole(p.Low) || jobs[p.Low] || openingDescriptor(p.Low) ||
			agentNoun(p.Low) && vocab.GivenNameGender(x.Toks[k].Low) != 0 && x.SentenceInitial(k-1))) {
			// "Secretary for Health and Social Care Aled Pritchard-Rees",
			// "Fr Seán Mallon", "Kaumātua Matiu Tautahi", a sentence's
			// "Forecaster Niall Dowdall said"
			break
		}
		k--
		words++
	}
	if k == a && b-a >= 3 && a >= 2 && (x.Toks[a-1].Low == "and" || x.Toks[a-1].Low == "&") && x.IsNameWord(a-2) &&
		lexicon.FirstNameGender(x.Toks[a].Low) == 0 {
		return a + 1 // "Minister for Local Government and Planning Pádraig Tuohy": the portfolio's second field
	}
	if k == a && b-a >= 3 && a >= 1 && placePreps[x.Toks[a-1].Low] && vocab.GivenNameGender(x.Toks[a].Low) == 0 &&
		vocab.GivenNameGender(x.Toks[a+1].Low) != 0 {
		return a + 1 // "Congress MLA from Semariya Kuldeep Pateriya": the place the member is from
	}
	return k
}

// maxPortfolio bounds, in tokens, an office's field before a name:
// "for the French Language".
const maxPortfolio = 5

// portfolioEnds reports whether an office's field ends before token k:
// capitalised words (with "the", "and") after "for" or "of" after a
// title ("Minister Responsible for the French Language", "Mayor of
// London"), so the name starts at k. The field must say where it
// starts ("for the", "Responsible for"), unless plain is set (the name
// opens with a given name after a word of a field): "Secretary for
// Housing Vivian Lau Mei-chun" is no "Lau Mei-chun". (The run of
// capitalised words the name is read from may start inside the field.)
func (x *Text) portfolioEnds(k int, plain bool) bool {
	j := k - 1
	for j > 0 && k-j <= maxPortfolio && (x.Toks[j].Kind == tok.Word && x.Toks[j].Cap || x.Toks[j].Low == "the" || x.Toks[j].Low == "and") {
		*x.Steps++
		j--
	}
	if j == k-1 || j < 1 || x.Toks[j].Low != "for" && x.Toks[j].Low != "of" {
		return false
	}
	t := x.Toks[j-1].Low
	marked := plain || t == "responsible" || x.Toks[j+1].Low == "the"
	return marked && (lexicon.IsTitleWord(t) || lexicon.IsRoleNoun(t) || t == "responsible" || portfolios[t])
}

// fieldWord reports whether w, in lower case, reads as a word of an
// office's field ("Industries", "Intelligence", "Housing") rather than
// a given name.
func fieldWord(w string) bool {
	if portfolios[w] {
		return true
	}
	for _, suffix := range []string{"ies", "ment", "tion", "ity", "ism", "ance", "ence", "ing", "ics", "ure"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+2 {
			return true
		}
	}
	return false
}

// Generational reports whether w, in lower case, ends a name as the
// holder's number or generation: a chief's or monarch's "III", "Jr".
func Generational(w string) bool {
	switch w {
	case "ii", "iii", "iv", "vi", "vii", "viii", "jr", "sr":
		return true
	}
	return false
}

// OfficeBeforeField reports whether the capitalised words [ns, i] are an
// office whose portfolio or posting follows ("Foreign Minister for
// Legal and International Affairs", "Permanent Representative to the
// United Nations"): a title, though no title word opens it. ("Julie
// Bishop", a given name first, is a name.)
func (x *Text) OfficeBeforeField(ns, i int) bool {
	if !lexicon.IsTitleWord(x.Toks[i].Low) || vocab.GivenNameGender(x.Toks[ns].Low) != 0 || i+1 >= len(x.Toks) {
		return false
	}
	switch x.Toks[i+1].Low {
	case "for", "of", "to":
		return true
	}
	return false
}

// vietnameseMiddle reports whether w is the middle name that follows a
// Vietnamese family name ("Dinh Thi Hoai Thuong", "Nguyen Van Long"),
// which makes a fourth word of the name.
func vietnameseMiddle(w string) bool { return w == "thi" || w == "van" || w == "thị" || w == "văn" }

// placePreps put a place before the name of someone from it, or sent
// to it ("Ambassador to Japan Konstantin Lavrinenko").
var placePreps = map[string]bool{"from": true, "in": true, "at": true, "to": true}

// PronounContraction reports whether w, in lower case, is a pronoun
// with a verb run into it: "I'm", "we’re", "here's".
func PronounContraction(w string) bool {
	switch strings.ReplaceAll(w, "’", "'") {
	case "i'm", "i'll", "i'd", "i've", "we're", "we'll", "we've", "you're", "you'll", "you've", "he's", "she's",
		"it's", "that's", "here's", "there's", "what's", "they're", "they've", "let's":
		return true
	}
	return false
}

// hyphenTitle reports whether a hyphenated word ends in a title:
// "vice-chief", "co-chair", "deputy-mayor".
func hyphenTitle(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && lexicon.IsTitleWord(w[i+1:])
}

// surnameParticle reports whether w, in lower case, is a particle
// between a given name and a surname ("von der", "de la").
// loneParticle reports whether w, in lower case, joins a given name to a
// surname on its own: Welsh "ap", Filipino "dela", Dutch "ter".
func loneParticle(w string) bool {
	switch w {
	case "ap", "ab", "dela", "delos", "ter", "ten":
		return true
	}
	return false
}

func surnameParticle(w string) bool {
	switch w {
	case "von", "van", "der", "den", "de", "la", "le", "del", "della", "da", "dos", "das", "du", "di", "ter", "ten",
		"mac", "mc", "ó", "ní", "nic", "ua", // "Dónal Mac Giolla Rua", "Eoin Ó Súilleabháin"
		"al", "el": // "Moza Khalfan Al Mehairbi"
		return true
	}
	return false
}

// PatronymicAt reports whether token k joins a Malay given name to the
// father's name: "binti", or "bin" after two given names or an honorific
// ("Ahmad Zaki bin Ismail", "Mr Ismail bin Omar"), where "bin" in a name
// known by its last part ("Osama bin Laden") stays as it was read.
func (x *Text) PatronymicAt(lo, k int) bool {
	if k-1 < lo || !x.IsNameWord(k-1) || k+1 >= len(x.Toks) || !x.IsNameWord(k+1) {
		return false
	}
	switch x.Toks[k].Low {
	case "binti", "bte":
		return true
	case "bin", "bint", "ibn":
		if k+2 < len(x.Toks) && x.IsNameWord(k+2) && (strings.HasPrefix(x.Toks[k+2].Low, "al-") || strings.HasPrefix(x.Toks[k+2].Low, "el-")) {
			return true // an Arabic name: "Abdulrahman bin Fahad Al-Mutairi", the family's after the father's
		}
		return x.Toks[k].Low == "bin" && (k-2 >= lo && x.IsNameWord(k-2) && !lexicon.IsTitleWord(x.Toks[k-2].Low) || k-2 >= lo && lexicon.IsHonorific(x.Toks[k-2].Low))
	}
	return false
}

// givenBeforeChinese reports whether the word before the three-word name
// starting at token k is a given name written before a Chinese one
// ("Jason Lee Chee Meng", "Raymond Goh Teck Seng"): the three words are
// short syllables, and the word before is the run's first name word,
// after a title or nothing.
func (x *Text) givenBeforeChinese(a, k int) bool {
	if k+3 > len(x.Toks) || k-1 < a {
		return false
	}
	for i := k; i < k+3; i++ {
		if t := x.Toks[i]; t.Kind != tok.Word || t.E-t.S > 5 || !t.Cap || lexicon.AllUpper(x.R[t.S:t.E]) {
			return false
		}
	}
	p := x.Toks[k-1]
	if !x.IsNameWord(k-1) || p.E-p.S < 3 || lexicon.IsNamedCap(p.Low) || lexicon.IsHonorific(p.Low) || lexicon.IsPersonRole(p.Low) {
		return false
	}
	if k-2 >= a {
		q := x.Toks[k-2]
		return q.Kind != tok.Word || lexicon.IsTitleWord(q.Low) || lexicon.IsHonorific(q.Low)
	}
	// Opening a sentence, the word is a name only if it is a known first
	// name or capitalised elsewhere too: not "Yesterday Tan Kok Hwa said".
	return !x.SentenceInitial(k-1) || lexicon.FirstNameGender(p.Low) != 0 || x.CapMid[p.Low]
}

// Untitled reports whether the capitalised words [a, b) before a name
// hold no title word, so they are part of what the run names.
func (x *Text) Untitled(a, b int) bool {
	for i := a; i < b; i++ {
		*x.Steps++
		t := x.Toks[i]
		if t.Kind != tok.Word || t.Cap && (lexicon.IsTitleWord(t.Low) || lexicon.IsHonorific(t.Low)) || !t.Cap && t.Low != "of" && t.Low != "for" && t.Low != "and" {
			return false
		}
	}
	return true
}

// portfolios are the last words of an office's field, written between
// the office and its holder's name: "Minister for Health and Social Care
// Aled Pritchard-Rees", "Minister for the Environment Colm Breathnach".
var portfolios = map[string]bool{"care": true, "environment": true, "affairs": true, "development": true,
	"housing": true, "communities": true, "heritage": true, "tourism": true, "fisheries": true, "skills": true,
	"infrastructure": true, "equality": true, "equalities": true, "welfare": true, "employment": true,
	"innovation": true, "enterprise": true, "climate": true, "sport": true, "culture": true, "media": true,
	"planning": true, "policing": true, "levelling": true, "regeneration": true, "procurement": true}

// spokes are the roles of those who speak for a body, written before
// the name with the body's: "Kremlin Spokesman Arkady Lobanov".
var spokes = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// honorifics are titles before a name that the title words lack: a
// priest's "Fr", a Māori elder's "Kaumātua" or "Whaea" (and the police
// ranks of lexicon.IsPoliceRank).
var honorifics = map[string]bool{"fr": true, "kaumātua": true, "kaumatua": true, "kuia": true, "whaea": true,
	"matua": true, "cllr": true, "councillor": true, "canon": true, "msgr": true}

// jobs are occupations that open a sentence before the name of one who
// has them: "Forecaster Niall Dowdall said".
var jobs = map[string]bool{"forecaster": true, "meteorologist": true, "paramedic": true, "nurse": true,
	"firefighter": true, "teacher": true, "solicitor": true, "barrister": true, "coroner": true, "detective": true,
	"inspector": true, "constable": true, "sergeant": true, "superintendent": true, "surgeon": true, "doctor": true}

// agentNoun reports whether w, in lower case, has the shape of a noun
// for one who does a trade ("shearer", "beekeeper", "sculptor",
// "florist"), which opens a sentence before a given name and a surname
// ("Shearer Jack Pfitzner said"); no given name is one.
func agentNoun(w string) bool {
	if len(w) < 5 || vocab.GivenNameGender(w) != 0 {
		return false
	}
	for _, suf := range []string{"er", "or", "ist"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// openingDescriptor reports whether w, in lower case, is a noun for
// what someone is that opens a sentence before their name, capitalised
// only because it opens it: "Headteacher Carole Pengelly said",
// "Mum-of-two Kirsty Dunphy", "Vet Ffion Maddox-Rees", "Objector Róisín
// Dalzell". A given name is never one ("Victor Hale").
func openingDescriptor(w string) bool {
	if vocab.GivenNameGender(w) != 0 {
		return false
	}
	if i := strings.Index(w, "-of-"); i > 0 && i+4 < len(w) {
		return true // "dad-of-three", "mother-of-two", "father-of-one"
	}
	return openers[w] || vocab.LaterEpithet(w) || lexicon.IsEpithet(w, false)
}

// compassWords end the names of seats and places ("Kildare North",
// "Bristol East") that stand before a member's name.
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true, "central": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true}

// openers are more nouns for what someone is that open a sentence
// before the name: what they do, where they live, whom they are to
// someone.
var openers = map[string]bool{"headteacher": true, "headmaster": true, "headmistress": true, "principal": true,
	"vet": true, "objector": true, "resident": true, "neighbour": true, "neighbor": true, "volunteer": true,
	"organiser": true, "organizer": true, "carer": true, "midwife": true, "student": true, "pupil": true,
	"landlord": true, "landlady": true, "tenant": true, "homeowner": true, "mum": true, "mom": true, "dad": true,
	"gran": true, "grandad": true, "granddad": true, "nan": true, "granny": true, "grandma": true, "grandpa": true,
	"survivor": true, "parent": true, "commuter": true, "motorist": true, "cyclist": true, "walker": true,
	"lecturer": true, "ecologist": true, "historian": true, "archaeologist": true, "publican": true,
	"villager": true, "herder": true, "vendor": true, "trader": true, "worker": true, "miner": true, "passenger": true,
	"tourist": true, "visitor": true, "shopper": true, "customer": true, "patient": true, "driver": true, "fan": true,
	"applicant": true, "petitioner": true, "claimant": true, "complainant": true, "owner": true,
	"challenger": true, "incumbent": true, "candidate": true, "nominee": true, "hopeful": true, "recorder": true}

// OfficeBefore finds the office written whole before a name that starts
// at token ns, over its field: "Deputy Minister of Roads and Urban
// Development" before "Alireza Kazemi-Nouri". It returns where the office
// starts, or -1 when the capitalised words before the name name none.
func (x *Text) OfficeBefore(lo, ns int) int {
	k := ns
	for k > lo && ns-k < 10 {
		*x.Steps++
		t := x.Toks[k-1]
		if t.Kind != tok.Word || !t.Cap && t.Low != "of" && t.Low != "for" && t.Low != "and" && t.Low != "the" {
			break
		}
		k--
	}
	for s := k; s < ns; s++ {
		*x.Steps++
		if x.Toks[s].Cap && lexicon.IsTitleWord(x.Toks[s].Low) {
			if s+1 < ns && (x.Toks[s+1].Low == "of" || x.Toks[s+1].Low == "for") || s+2 < ns && lexicon.IsTitleWord(x.Toks[s+1].Low) && (x.Toks[s+2].Low == "of" || x.Toks[s+2].Low == "for") {
				return s // "Minister of ...", "Deputy Minister for ..."
			}
			return -1
		}
	}
	return -1
}

// SoleName reports whether the capitalised word at j, alone at a
// sentence's start, is someone's only name, as papers in the Gulf give
// residents': an age in commas after it ("Marites, 41, a Filipina
// caregiver"), or an appositive that is a person, by their age or the
// word being a given name, closed by a comma before the verb ("Hany, a
// 52-year-old accountant in Abu Dhabi who has asthma, said").
func (x *Text) SoleName(j int) bool {
	if x.FromPlace(j) {
		return true
	}
	if j+4 >= len(x.Toks) || x.Toks[j+1].Low != "," || x.Toks[j].Para != x.Toks[j+4].Para || notSoleNames[x.Toks[j].Low] ||
		lexicon.IsLead(x.Toks[j].Low) || lexicon.IsIntro(x.Toks[j].Low) || lexicon.IsFunctionWord(x.Toks[j].Low) || lexicon.IsNamedCap(x.Toks[j].Low) ||
		openingDescriptor(x.Toks[j].Low) || lexicon.IsPersonRole(x.Toks[j].Low) || lexicon.IsRoleNoun(x.Toks[j].Low) || kin[x.Toks[j].Low] {
		return false // "Grandmother, 74, left ...", a headline's
	}
	if lexicon.IsNumber(x.Toks[j+2].Low) {
		return x.Toks[j+3].Low == "," // "Marites, 41,"
	}
	if a := x.Toks[j+2].Low; a != "a" && a != "an" {
		return false
	}
	person := vocab.GivenNameGender(x.Toks[j].Low) != 0
	for k := j + 3; k < len(x.Toks) && k-j < 30 && !x.Toks[k-1].SentEd; k++ {
		*x.Steps++
		t := x.Toks[k]
		switch {
		case strings.HasSuffix(t.Low, "-year-old"):
			person = true
		case t.Low == "," && k+1 < len(x.Toks) && x.Toks[k+1].Kind == tok.Word && !x.Toks[k+1].Cap:
			return person && x.Toks[k+1].Low != "and" // "..., said"
		}
	}
	return false
}

// FromPlace reports whether token j is a known first name introduced
// by the place its owner comes from, as phone-ins and street interviews
// name callers and passers-by: "Sunita from Leicester, whose mother is
// 76, said", "Moira, from Dumfries, who is 73, agreed".
func (x *Text) FromPlace(j int) bool {
	k := j + 1
	if k < len(x.Toks) && x.Toks[k].Low == "," {
		k++
	}
	return k+1 < len(x.Toks) && x.Toks[k].Low == "from" && x.Toks[k+1].Kind == tok.Word && x.Toks[k+1].Cap &&
		x.Toks[k+1].Para == x.Toks[j].Para && vocab.GivenNameGender(x.Toks[j].Low) != 0
}

// kin are the relations a headline names someone by: "Grandmother, 74,".
var kin = map[string]bool{"grandmother": true, "grandfather": true, "mother": true, "father": true, "wife": true,
	"husband": true, "son": true, "daughter": true, "brother": true, "sister": true, "widow": true, "widower": true,
	"pensioner": true, "toddler": true, "boy": true, "girl": true, "man": true, "woman": true, "teenager": true, "baby": true}

// notSoleNames open sentences with a comma after them and are no one's
// name: "Yesterday, a 52-year-old man ...".
var notSoleNames = map[string]bool{"today": true, "yesterday": true, "tonight": true, "tomorrow": true, "elsewhere": true,
	"overall": true, "again": true, "afterwards": true, "separately": true, "nationally": true, "locally": true,
	"here": true, "there": true, "now": true, "earlier": true, "later": true, "recently": true}

// TitleAfter reads a title written after a name that ends before token i:
// "Sam Levine, the leader of ...," or "Sam Levine who is the leader of ...".
func (x *Text) TitleAfter(i int) string {
	n := len(x.Toks)
	if i >= n || x.Toks[i].Para != x.Toks[i-1].Para {
		return ""
	}
	k := i
	switch {
	case x.Toks[k].Low == ",":
		k++
	case x.Toks[k].Low == "who" && k+1 < n && (x.Toks[k+1].Low == "is" || x.Toks[k+1].Low == "was"):
		k += 2
	default:
		return ""
	}
	if k >= n || !(x.Toks[k].Low == "the" || x.Toks[k].Low == "a" || x.Toks[k].Low == "an" || lexicon.IsPossessive(x.Toks[k].Low) || lexicon.Titleish(x.Toks[k].Low)) {
		return ""
	}
	e := k
	for e < n && e-k < 12 && x.Toks[e].Kind == tok.Word && !x.Toks[e].InQ && x.Toks[e].Para == x.Toks[i].Para {
		*x.Steps++
		if e > k && (x.Toks[e].Low == "who" || x.Toks[e].Low == "and" || lexicon.Verb(x.Toks[e].Low) != 0) {
			break
		}
		e++
	}
	if e == k || e-k >= 12 {
		return ""
	}
	// The phrase must name a role: "leader", "chair", "spokesperson", ...
	hasRole := false
	for j := k; j < e; j++ {
		*x.Steps++
		if lexicon.IsRoleNoun(x.Toks[j].Low) {
			hasRole = true
		}
	}
	if !hasRole {
		return ""
	}
	return lexicon.CleanTitle(string(x.R[x.Toks[k].S:x.Toks[e-1].E]))
}

// maxItsGap bounds the words between a sentence's subject and the "its"
// that refers back to it.
const maxItsGap = 4

// ItsOwners finds the names that open a sentence and are referred
// back to by "its" a few plain words on ("Brolga Meats will close its
// Merrigal abattoir"): organisations, however person-like their words
// ("Brolga", "Meats"). A speech verb between them ends the search, as
// "its" after "Ms Reyes said" is her employer's. Keys are in lower case.
func (x *Text) ItsOwners() map[string]bool {
	var own map[string]bool
	for i := 0; i < len(x.Toks); i++ {
		if !x.SentenceInitial(i) || !x.IsNameWord(i) {
			continue
		}
		e := i + 1
		for e < len(x.Toks) && e-i < 5 && x.IsNameWord(e) {
			*x.Steps++
			e++
		}
		if e-i < 2 {
			continue
		}
		for k := e; k < len(x.Toks) && k-e <= maxItsGap; k++ {
			*x.Steps++
			t := x.Toks[k]
			if t.Low == "its" {
				if own == nil {
					own = map[string]bool{}
				}
				own[lexicon.StripPossessive(strings.ToLower(string(x.R[x.Toks[i].S:x.Toks[e-1].E])))] = true
				break
			}
			if t.Kind != tok.Word || t.Cap || t.InQ || lexicon.Verb(t.Low) != 0 || t.Low == "it" {
				break
			}
		}
		i = e - 1
	}
	return own
}

// nickMark reports whether token k is a quotation mark around a
// nickname: double or single, paired or not.
func (x *Text) nickMark(k int) bool {
	switch x.Toks[k].Kind {
	case tok.OpenQ, tok.CloseQ, tok.SingleQ:
		return true
	}
	return x.Toks[k].Low == "\"" || x.Toks[k].Low == "'"
}

// HeadlineVerb reports whether w is one of headlineVerbs.
func HeadlineVerb(w string) bool { return headlineVerbs[w] }

// headlineVerbs, capitalised in a headline's title case, follow a name
// without being part of it: "Brig. Gen. Roland Ashcombe Holds a Press
// Briefing".
var headlineVerbs = map[string]bool{"holds": true, "says": true, "announces": true, "visits": true, "meets": true,
	"hosts": true, "delivers": true, "speaks": true, "addresses": true, "unveils": true, "launches": true, "signs": true}

// Nicknamed returns the names written with a nickname in quotation
// marks between given name and surname (Margaret "Peg" Dunstan), which
// the marks cut in two: the given name's token, and the surname's
// tokens [1, 2), so that "Mrs Dunstan" later is her. given reports
// whether a word (in lower case) is a given name.
func (x *Text) Nicknamed(given func(w string) bool) [][3]int {
	var out [][3]int
	n := len(x.Toks)
	for i := 0; i+4 < n; i++ {
		*x.Steps++
		if !x.IsNameWord(i) || !x.nickMark(i+1) || i > 0 && x.Toks[i-1].Para == x.Toks[i].Para && (x.IsNameWord(i-1) || x.Toks[i-1].Low == ".") {
			continue // (a longer run before the nickname, "Sen. Ma. Lourdes “Malou” Villareal", is read with the names)
		}
		k := i + 2
		for k < n && k-i <= 3 && x.Toks[k].Kind == tok.Word && x.Toks[k].Cap {
			k++
		}
		if k == i+2 || k+1 >= n || k-i > 3 || !x.nickMark(k) ||
			!x.IsNameWord(k+1) || x.Toks[k+1].Para != x.Toks[i].Para {
			continue
		}
		e := k + 1
		for e+1 < n && e-k < 3 && x.IsNameWord(e+1) {
			e++
		}
		if !given(x.Toks[i].Low) {
			continue // "Operation "Sea Lion" Command": no given name before it
		}
		out = append(out, [3]int{i, k + 1, e + 1})
		i = e
	}
	return out
}

// ArabicSurname returns a surname without the Arabic article written
// before it ("Khafaji" for "al-Khafaji"), and whether it had one.
func ArabicSurname(w string) (string, bool) {
	for _, p := range []string{"al-", "el-", "Al-", "El-"} {
		if bare, ok := strings.CutPrefix(w, p); ok && bare != "" {
			return bare, true
		}
	}
	return "", false
}
