package transcript

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
)

// TitleCase writes a word in capitals as a name: "O'BRIEN" gives
// "O'Brien", "McKEE" and "MCKEE" give "McKee".
func TitleCase(w string) string {
	r := []rune(strings.ToLower(w))
	up := true
	for i, c := range r {
		if up {
			r[i] = unicode.ToUpper(c)
		}
		up = c == '\'' || c == '’' || c == '-' || c == '.' || i == 1 && r[0] == 'M' && c == 'c' && len(r) > 3 // "McKEE"
	}
	return string(r)
}

// NameCase writes the words of a name that are in capitals as a name
// ("MARIAM DIALLO-HASSAN" gives "Mariam Diallo-Hassan", "Katarzyna
// WIŚNIEWSKA-ORTEGA" "Katarzyna Wiśniewska-Ortega"), the others as
// they are.
func NameCase(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		if allCaps(w) {
			words[i] = TitleCase(w)
		}
	}
	return strings.Join(words, " ")
}

// Outside drops the quotes that lie inside a transcript turn (spans,
// in text order), but for a statement the turn itself reports by naming
// who made it ("Dr Alasdair Crombie wrote to me: “...”", "A dealer said,
// “...”" inside a member's or an executive's turn). A pronoun there
// ("He said, “...”") is kept out: in a speaker's own words it mostly
// stands for someone the turn describes without naming, a constituent or
// a customer, whom the extractor would take for a named person. qs is in
// text order too.
func Outside(r []rune, qs []result.Quote, spans [][2]int) []result.Quote {
	if len(spans) == 0 {
		return qs
	}
	out := qs[:0]
	k := 0
	for _, q := range qs {
		for k < len(spans) && spans[k][1] <= q.Start {
			k++
		}
		if k < len(spans) && spans[k][0] <= q.Start && !reportedInTurn(r, q, spans[k]) {
			continue
		}
		out = append(out, q)
	}
	return out
}

// reportedInTurn reports whether q, inside the turn span, is a whole
// statement the turn attributes by name or description.
func reportedInTurn(r []rune, q result.Quote, span [2]int) bool {
	if !q.Likely || q.Kind != result.KindDirect || q.SpeakerStart < span[0] || q.SpeakerEnd > span[1] || q.SpeakerStart >= q.SpeakerEnd {
		return false
	}
	if q.SpeakerEnd <= q.Start && strings.Trim(string(r[q.SpeakerEnd:q.Start]), " :“\"") == "" {
		return false // "Mr Quilty: “...”": the turn itself, its label the mention
	}
	first, _, _ := strings.Cut(string(r[q.SpeakerStart:q.SpeakerEnd]), " ")
	first = strings.ToLower(strings.Trim(first, ".,"))
	if k := strings.IndexAny(first, "'’"); k > 0 {
		first = first[:k] // "I'm", "You’ve"
	}
	return unicode.IsUpper(r[q.SpeakerStart]) && !turnPronouns[first]
}

// turnPronouns open a mention that names no one in a speaker's words.
var turnPronouns = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "it": true,
	"they": true, "who": true, "q": true, "can": true, "did": true, "this": true, "that": true}

// Inside reports whether pos lies in one of spans.
func Inside(spans [][2]int, pos int) bool {
	for _, s := range spans {
		if s[0] <= pos && pos < s[1] {
			return true
		}
	}
	return false
}
