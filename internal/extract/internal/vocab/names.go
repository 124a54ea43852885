package vocab

import (
	"slices"
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// What a name or a description is: a place, a team, an office, a
// nationality. Each reads words only.

// PlaceOrTeam reports whether a name is a club's, firm's or place's, or
// no name at all but a sentence's opener and a day ("Later Monday"):
// never a person's.
func PlaceOrTeam(name string) bool {
	last := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	return lexicon.IsPlaceOrTeam(last) || GeoName(name) || strings.Contains(name, " ") && FirmHeads[last] || openerName(name) || dateName(name) || pageName(name) ||
		strings.Contains(name, " ") && bylineJobs[last]
}

// pageVerbs open a page's buttons and menu lines, which capitals make
// look like names: "Log In", "Support Meduza", "Sign Up", "Read More",
// "Story Code: 1405072214". No given name is one of them.
var pageVerbs = map[string]bool{"log": true, "sign": true, "support": true, "subscribe": true, "share": true,
	"follow": true, "download": true, "donate": true, "register": true, "login": true, "logout": true, "join": true,
	"read": true, "watch": true, "listen": true, "click": true, "tap": true, "story": true, "view": true}

// PageVerb reports whether w, in lower case, opens a page's button or
// menu line rather than a name.
func PageVerb(w string) bool { return pageVerbs[w] }

// pageName reports whether a name of two or three words opens with one
// of pageVerbs.
func pageName(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	return ok && pageVerbs[strings.ToLower(first)] && strings.Count(rest, " ") < 2
}

// bylineJobs end a byline's job written as a name ("Political Reporter",
// "Staff Correspondent"), no one in the story.
var bylineJobs = map[string]bool{"reporter": true, "correspondent": true, "writer": true, "editor": true, "columnist": true}

// dates are the days and months, and their short forms, of a dateline
// ("Tue Oct 14 2025"), which no one is called.
var dates = map[string]bool{"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true,
	"fri": true, "sat": true, "sun": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "january": true,
	"february": true, "march": true, "july": true, "september": true, "october": true, "november": true, "december": true}

// dateName reports whether every word of a name is a day or a month.
func dateName(name string) bool {
	if len(name) > 20 {
		return false // longer than "Wednesday September"
	}
	for _, w := range strings.Fields(name) {
		if !dates[strings.ToLower(strings.TrimSuffix(w, "."))] {
			return false
		}
	}
	return name != ""
}

// sentenceOpeners are words that open a sentence before its subject
// and a comma ("Later Monday, she posted ...", "Reached Tuesday,
// Oyelaran said ..."), which a capitalised run they start is no name of.
var sentenceOpeners = map[string]bool{"later": true, "earlier": true, "reached": true, "contacted": true,
	"asked": true, "speaking": true, "writing": true, "interviewed": true, "separately": true, "meanwhile": true,
	"elsewhere": true, "overnight": true, "addressing": true, "responding": true, "sentencing": true,
	"cross-examining": true, "questioned": true, "pressed": true, "quizzed": true, "commenting": true, "reacting": true,
	"recalling": true, "testifying": true, "appearing": true, "questioning": true, "jailing": true, "describing": true}

// Opener reports whether w (in lower case) opens a sentence before the
// one it is about: "Addressing McQuarrie, ...", "Sentencing her, ...".
func Opener(w string) bool { return sentenceOpeners[w] }

// openerName reports whether a name of two words opens with one of
// sentenceOpeners.
func openerName(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	return ok && sentenceOpeners[strings.ToLower(first)] && !strings.Contains(rest, " ")
}

// GeoName reports whether a name of two words or more is a country's or
// a feature's of the map: "Saudi Arabia", "Sri Lanka", "Red Sea", "Gulf
// of Aden", which no one is called.
func GeoName(name string) bool {
	if !strings.Contains(name, " ") {
		return false // (read without splitting a name of one word)
	}
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return false
	}
	if GeoHeads[f[len(f)-1]] || f[0] == "gulf" && f[1] == "of" || GeoFirsts[f[0]] {
		return true
	}
	return Countries[f[0]] && CountrySecond[f[1]] && len(f) == 2
}

// Demonym reports whether w (in lower case) names a nationality:
// "lankan", "african", "korean", "portuguese".
func Demonym(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ean") || strings.HasSuffix(w, "can") ||
		strings.HasSuffix(w, "kan") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish"))
}

// OfficeWords returns a description's office without the words that
// describe its holder rather than the office: "two-term senator" is
// "senator", "61-year-old former governor" "former governor".
func OfficeWords(desc string) string {
	var keep []string
	for _, w := range strings.Fields(strings.ToLower(desc)) {
		if strings.HasSuffix(w, "-year-old") || strings.HasSuffix(w, "-term") || HolderWords[w] {
			continue
		}
		keep = append(keep, w)
	}
	return strings.Join(keep, " ")
}

// HoldsOffice reports whether a title names the office itself, not a
// qualified one: "chancellor", "the chancellor of the exchequer", but not
// "shadow chancellor" or "vice-chancellor".
func HoldsOffice(title, office string) bool {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return r == ' ' || r == ',' })
	for i, w := range words {
		if full, ok := AbbrevTitle[strings.TrimSuffix(w, ".")]; ok {
			words[i] = full // "Sen." is a senator
		}
		if words[i] == "justice" && office == "judge" {
			words[i] = "judge" // "Mr Justice Mac Giolla Rua" is the judge
		}
	}
	want := strings.Fields(office)
	for i := 0; i+len(want) <= len(words); i++ {
		if slices.Equal(words[i:i+len(want)], want) {
			p := i - 1
			if p > 0 && words[p] == "the" {
				p--
			}
			if p >= 0 && (words[p] == "for" || words[p] == "of" || words[p] == "to") {
				return false // "spokesman for the minister"
			}
			return i == 0 || !OfficeQualifiers[words[i-1]]
		}
	}
	return false
}

// AllOfficeWords reports whether every word of a name is an office's:
// "Prime Minister" read as a name.
func AllOfficeWords(name string) bool {
	for _, w := range strings.Fields(name) {
		if !OfficeWord(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// OfficeWord reports whether w (in lower case) is a word of an office:
// "chairman", "leader", "special", "assistant".
func OfficeWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return lexicon.IsTitleWord(w) || lexicon.IsPersonRole(w) || lexicon.IsRoleNoun(w) || ExecHeads[w] || Offices[w] ||
		w == "special" || w == "leader" || w == "chief" || officeModifiers[w]
}

// officeModifiers open the names of offices: "Permanent Representative",
// "Foreign Minister", "High Commissioner", "Regional Commissioner",
// "Paramount Chief".
var officeModifiers = map[string]bool{"permanent": true, "foreign": true, "high": true, "regional": true, "district": true,
	"general": true, "prime": true, "interim": true, "acting": true, "paramount": true}

// PublicBody reports whether an organisation's name is a government's or
// a court's, which "the company" does not stand for.
func PublicBody(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "commission", "agency", "department", "ministry", "court", "police", "government", "council", "regulator",
			"authority", "office", "parliament", "congress", "senate", "administration", "fbi", "ftc", "sec", "doj":
			return true
		}
	}
	return false
}

// EpithetGender is the gender an epithet's head gives: 'm' for "man",
// 'f' for "woman", 0 for any other.
func EpithetGender(head string) byte {
	switch head {
	case "man", "clubman":
		return 'm'
	case "woman", "clubwoman":
		return 'f'
	}
	return 0
}

// GivenAsTitle returns the whole name of a person whose first name was
// taken for a title because it is also a word of the trade ("Bill
// Tanaka", "Bill" as in a parliament's bill): the title a single
// capitalised common first name that is no title word.
func GivenAsTitle(name, title string) (string, bool) {
	low := strings.ToLower(title)
	if title == "" || strings.Contains(title, " ") || !unicode.IsUpper([]rune(title)[0]) || lexicon.FirstNameGender(low) == 0 ||
		lexicon.IsTitleWord(low) || lexicon.IsHonorific(low) || lexicon.IsRoleNoun(low) || lexicon.IsPersonRole(low) || strings.Contains(name, " ") {
		return "", false
	}
	return title + " " + name, true
}

// Initials reports whether s is a name's Initials: "V.", "T.K.", "R. K.".
func Initials(s string) bool {
	for _, w := range strings.Fields(s) {
		for i, c := range w {
			if i%2 == 0 && !unicode.IsUpper(c) || i%2 == 1 && c != '.' || !strings.HasSuffix(w, ".") {
				return false
			}
		}
	}
	return s != ""
}

// Countries are names a sentence may open with as a team or a nation
// ("India seamer Jasprit Bumrah"), never a person a description stands for.
var Countries = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Fields(`india pakistan bangladesh sri afghanistan england scotland wales ireland
		australia zealand africa france germany spain italy portugal netherlands belgium brazil argentina
		uruguay mexico canada usa america japan china korea russia ukraine iran iraq israel egypt nigeria
		ghana kenya morocco turkey greece poland sweden norway denmark finland switzerland austria croatia
		serbia chile colombia peru qatar saudi syria lebanon jordan indonesia malaysia philippines vietnam
		thailand singapore zimbabwe`) {
		m[c] = true
	}
	return m
}()

// AbbrevTitle are the titles written short before names.
var AbbrevTitle = func() map[string]string {
	m := map[string]string{}
	for full, short := range TitleAbbrev {
		m[short] = full
	}
	return m
}()

// FiniteAux are auxiliaries and modals after a subject ("Chelsea were").
var FiniteAux = map[string]bool{"is": true, "was": true, "were": true, "are": true, "has": true, "had": true, "have": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true,
	"shall": true, "did": true, "does": true, "do": true, "am": true}

// IsOutlet reports whether name is a news outlet's.
func IsOutlet(name string) bool {
	low := strings.ToLower(name)
	_, ok := lexicon.ViaOutlet(low)
	if sp := strings.LastIndexByte(low, ' '); !ok && sp > 0 && (Countries[low[sp+1:]] || lexicon.IsPlace(low[sp+1:])) {
		_, ok = lexicon.ViaOutlet(low[:sp]) // "Guardian Australia", "BBC Scotland"
	}
	return ok || Platforms[low]
}
