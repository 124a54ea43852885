package quotemark

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// Single quotation marks.
//
// British, Irish and Australian papers print quotations in single marks
// (‘…’ or straight '…'), and every style nests quotations that way. The
// same runes are apostrophes: inside a word ("don't", "o'clock") the
// tokenizer keeps them in the word, so only a mark at a word's edge is a
// candidate, and the rules below tell an elision ("’90s", "rock ’n’
// roll", "’em") or a plural possessive ("Jones' old friends") from a
// quotation mark.

// IsSingle reports whether c is a single quotation mark or apostrophe.
func IsSingle(c rune) bool { return c == '‘' || c == '’' || c == '\'' }

// IsMark reports whether c is any quotation mark the extractor pairs.
func IsMark(c rune) bool { return IsDouble(c) || IsSingle(c) }

// elisions are words written with a leading apostrophe.
var elisions = map[string]bool{"n": true, "em": true, "til": true, "tis": true, "twas": true, "cause": true,
	"cos": true, "bout": true, "round": true, "nuff": true, "ello": true}

// SingleOpens reports whether the single mark at i can open a quotation:
// a left mark or a straight one at the start of a word, not an elision.
// A right mark (’) never opens.
func SingleOpens(r []rune, i int) bool {
	c := r[i]
	if c == '’' || i+1 >= len(r) {
		return false
	}
	if i > 0 && !unicode.IsSpace(r[i-1]) && !strings.ContainsRune("([{—–-/“\"", r[i-1]) {
		return false
	}
	n := r[i+1]
	if unicode.IsDigit(n) {
		// "’90s", "'05": a year, unless a long number opens the quote.
		k := i + 1
		for k < len(r) && unicode.IsDigit(r[k]) {
			k++
		}
		return k-i-1 > 2 || k < len(r) && unicode.IsLetter(r[k]) && r[k] != 's'
	}
	if !unicode.IsLetter(n) && !IsDouble(n) && n != '…' && n != '.' {
		return false
	}
	k := i + 1
	for k < len(r) && unicode.IsLetter(r[k]) {
		k++
	}
	return !elisions[strings.ToLower(string(r[i+1:k]))] || k < len(r) && unicode.IsLetter(r[k])
}

// SingleCloses reports whether the single mark at i can close a
// quotation: a right mark or a straight one at the end of a word or after
// punctuation, followed by a space, punctuation or the end. A left mark
// (‘) never closes.
func SingleCloses(r []rune, i int) bool {
	c := r[i]
	if c == '‘' || i == 0 || unicode.IsSpace(r[i-1]) {
		return false
	}
	return i+1 >= len(r) || !unicode.IsLetter(r[i+1]) && !unicode.IsDigit(r[i+1])
}

// MaybeApostrophe reports whether a closing single mark at i may rather be
// the apostrophe of a plural possessive or a dropped letter ("the Jones'
// old friends", "the players’ union", "nothin’ doing"): after an "s" or
// "n", followed by a space and a lower-case word that does not end the
// quotation's sentence (not "and", a pronoun or a speech verb). The
// extractor keeps the quote open when a later mark can close it.
func MaybeApostrophe(r []rune, i int) bool {
	if i == 0 || i+2 >= len(r) || r[i+1] != ' ' || (r[i-1] != 's' && r[i-1] != 'n') {
		return false
	}
	k := i + 2
	for k < len(r) && unicode.IsLetter(r[k]) {
		k++
	}
	w := string(r[i+2 : k])
	if w == "" || !unicode.IsLower([]rune(w)[0]) {
		return false
	}
	switch w {
	case "and", "or", "but", "he", "she", "they", "we", "it", "i", "said", "says", "say", "added", "adds", "to", "as",
		"is", "was", "are", "were", "in", "on", "at", "for", "with", "from", "by", "of", "the", "a", "an", "that", "which":
		return false
	}
	return lexicon.Verb(w) == 0 // "’ insisted Smith": a cue after the quote
}
