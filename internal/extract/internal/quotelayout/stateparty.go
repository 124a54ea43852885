package quotelayout

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// partyTagged matches a name with a US party and state tag after it:
// "Sen. Thad Lunsford (R-Ala.)", "Rep. Corinne Aldaco (D-Calif.)".
var partyTagged = regexp.MustCompile(`((?:[A-Z][\p{L}'’.-]+ ){0,3}[A-Z][\p{L}'’-]+) \(([RDI])-([A-Z][A-Za-z. ]{1,15}?)\.?\)`)

// maxStateParty bounds, in runes, a description by state and party:
// "the North Carolina Republican".
const maxStateParty = 40

// partyWords are the nouns a description of a member uses for a party.
var partyWords = map[string]string{"republican": "R", "democrat": "D", "independent": "I"}

// StateParty gives a quote whose speaker is a description by state and
// party ("the Alabama Republican said") the one person the article
// tags so ("Sen. Thad Lunsford (R-Ala.)"), when that is not the person
// named last, to whom it was given. It returns its units of work.
func StateParty(d article.Doc, out []result.Quote) int {
	steps := 0
	var tagged map[string][]string // "R alabama": the names
	r := d.Runes()
	for i := range out {
		steps++
		q := &out[i]
		if q.SpeakerStart < 0 || q.SpeakerEnd-q.SpeakerStart > maxStateParty || !endsWithParty(r[q.SpeakerStart:q.SpeakerEnd]) {
			continue // (most speakers, read without building a string)
		}
		// the words the article wrote, though they were read as someone
		words := strings.Fields(strings.TrimPrefix(strings.TrimPrefix(string(r[q.SpeakerStart:q.SpeakerEnd]), "the "), "The "))
		if len(words) < 2 || len(words) > 3 {
			continue
		}
		party, ok := partyWords[strings.ToLower(words[len(words)-1])]
		if !ok {
			continue
		}
		state := strings.ToLower(strings.Join(words[:len(words)-1], " "))
		if _, known := stateAbbrevs[state]; !known {
			continue
		}
		if tagged == nil {
			tagged = partyTags(d, &steps)
		}
		if names := tagged[party+" "+state]; len(names) == 1 {
			q.Speaker, q.SpeakerTitle = names[0], ""
		}
	}
	return steps
}

// endsWithParty reports whether a speaker's words end in a party's noun:
// "Republican", "Democrat", "Independent".
func endsWithParty(w []rune) bool {
	for p := range partyWords {
		if len(w) > len(p) && strings.EqualFold(string(w[len(w)-len(p):]), p) {
			return true
		}
	}
	return false
}

// partyTags reads the article's party and state tags once: the names
// each party and state (in lower case, written out) tags.
func partyTags(d article.Doc, steps *int) map[string][]string {
	out := map[string][]string{}
	text := string(d.Runes())
	byteAt, pos := 0, 0 // the rune offset of byte byteAt
	for _, m := range partyTagged.FindAllStringSubmatchIndex(text, -1) {
		*steps++
		pos += utf8.RuneCountInString(text[byteAt:m[2]])
		byteAt = m[2]
		state := stateName(text[m[6]:m[7]])
		if state == "" {
			continue
		}
		e := d.ResolvePerson(lastWords(text[m[2]:m[3]], 3), "", pos)
		if e < 0 || !d.Ent(e).Person {
			continue
		}
		key := text[m[4]:m[5]] + " " + state
		name := d.Ent(e).Name
		if len(out[key]) == 0 || out[key][0] != name {
			out[key] = append(out[key], name)
		}
	}
	return out
}

// lastWords returns the last n words of s at most, leaving out titles
// ("Sen.", "Chairman").
func lastWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) > n {
		w = w[len(w)-n:]
	}
	for len(w) > 1 && (strings.HasSuffix(w[0], ".") || lexicon.IsTitleWord(strings.ToLower(w[0])) || lexicon.IsRoleNoun(strings.ToLower(w[0]))) {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// stateName returns the state a tag's abbreviation stands for, in lower
// case ("Ala" gives "alabama"); "" when it names none.
func stateName(abbrev string) string {
	a := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(abbrev), "."))
	for state, forms := range stateAbbrevs {
		if a == state {
			return state
		}
		for _, f := range forms {
			if a == f {
				return state
			}
		}
	}
	return ""
}

// stateAbbrevs are the US states and the short forms a party tag writes
// them in: AP's and the postal codes, in lower case without full stops.
var stateAbbrevs = map[string][]string{
	"alabama": {"ala", "al"}, "alaska": {"ak"}, "arizona": {"ariz", "az"}, "arkansas": {"ark", "ar"},
	"california": {"calif", "ca"}, "colorado": {"colo", "co"}, "connecticut": {"conn", "ct"}, "delaware": {"del", "de"},
	"florida": {"fla", "fl"}, "georgia": {"ga"}, "hawaii": {"hi"}, "idaho": {"id"}, "illinois": {"ill", "il"},
	"indiana": {"ind", "in"}, "iowa": {"ia"}, "kansas": {"kan", "kans", "ks"}, "kentucky": {"ky"}, "louisiana": {"la"},
	"maine": {"me"}, "maryland": {"md"}, "massachusetts": {"mass", "ma"}, "michigan": {"mich", "mi"},
	"minnesota": {"minn", "mn"}, "mississippi": {"miss", "ms"}, "missouri": {"mo"}, "montana": {"mont", "mt"},
	"nebraska": {"neb", "nebr", "ne"}, "nevada": {"nev", "nv"}, "new hampshire": {"n.h", "nh"}, "new jersey": {"n.j", "nj"},
	"new mexico": {"n.m", "nm"}, "new york": {"n.y", "ny"}, "north carolina": {"n.c", "nc"}, "north dakota": {"n.d", "nd"},
	"ohio": {"oh"}, "oklahoma": {"okla", "ok"}, "oregon": {"ore", "or"}, "pennsylvania": {"pa"}, "rhode island": {"r.i", "ri"},
	"south carolina": {"s.c", "sc"}, "south dakota": {"s.d", "sd"}, "tennessee": {"tenn", "tn"}, "texas": {"tex", "tx"},
	"utah": {"ut"}, "vermont": {"vt"}, "virginia": {"va"}, "washington": {"wash", "wa"}, "west virginia": {"w.va", "wv"},
	"wisconsin": {"wis", "wisc", "wi"}, "wyoming": {"wyo", "wy"},
}
