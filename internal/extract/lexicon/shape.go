package lexicon

import (
	"strings"
	"unicode"
)

// AllCaps reports whether a word has two letters or more, all capitals.
func AllCaps(w []rune) bool {
	n := 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			if !unicode.IsUpper(c) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// IsDash reports whether s is a dash or a hyphen standing alone.
func IsDash(s string) bool { return s == "―" || s == "—" || s == "–" || s == "-" }

// AllUpper reports whether r has no lower-case letter.
func AllUpper(r []rune) bool {
	for _, c := range r {
		if unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// IsNumber reports whether s is written in digits, with dots and commas.
func IsNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c == '.' || c == ',') {
			return false
		}
	}
	return true
}

// StripPossessive turns "Twitter’s" into "Twitter".
func StripPossessive(s string) string {
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// IsPossessive reports whether a word ends in a possessive "’s" or "'s".
func IsPossessive(low string) bool {
	return strings.HasSuffix(low, "’s") || strings.HasSuffix(low, "'s")
}
