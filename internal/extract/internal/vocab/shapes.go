package vocab

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// maxNameShapedWords bounds a name NameShaped accepts.
const maxNameShapedWords = 4

// NameShaped reports whether s reads as a person's name: two to four
// capitalised words, none of them a title, an organisation's word or a
// function word ("Arsalan Haider Qureshi", not "Water CS" or "Many
// consumers").
func NameShaped(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > maxNameShapedWords {
		return false
	}
	for _, w := range f {
		low := strings.ToLower(w)
		if !unicode.IsUpper([]rune(w)[0]) || lexicon.IsTitleWord(low) || lexicon.IsOrgWord(low) || lexicon.IsFunctionWord(low) ||
			lexicon.AllUpper([]rune(w)) {
			return false
		}
	}
	return true
}

// PartyTag reports whether s is a US party and state tag: "R-Alaska",
// "D-N.Y.", "R-S.D.", "I-Vt.".
func PartyTag(s string) bool {
	if len(s) < 4 || s[1] != '-' || !strings.ContainsRune("RDI", rune(s[0])) || s[2] < 'A' || s[2] > 'Z' {
		return false
	}
	for _, c := range s[2:] {
		if !unicode.IsLetter(c) && c != '.' && c != ' ' {
			return false
		}
	}
	return true
}

// CapitalisedName reports whether every word of name opens with a
// capital.
func CapitalisedName(name string) bool {
	for _, w := range strings.Fields(name) {
		if !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	return true
}

// Describes reports whether an unnamed speaker's description (lower case)
// has head as its noun: "government source" for "source", "senior
// official of the Bihar Electricity Board" for "official".
func Describes(desc, head string) bool {
	if strings.HasSuffix(desc, " "+head) || strings.Contains(desc, " "+head+" of ") || strings.HasPrefix(desc, head+" of ") {
		return true
	}
	// "people familiar with the matter" for "one of the people",
	// "officials briefed on the plans" for "one official".
	first, _, _ := strings.Cut(desc, " ")
	return SourceHeads[first] && (first == head || first == head+"s" || UnnamedKin[first] && UnnamedKin[head])
}
