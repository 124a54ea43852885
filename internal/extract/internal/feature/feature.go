// Package feature names the coarse classes in which the extractor's two
// linear models, the speaker ranker and the quotation filter, write their
// features: lengths, distances, runes and cue words. The trained weights
// are keyed by these names, so changing a class means retraining the
// models that use it.
package feature

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// Size buckets a length in words.
func Size(n int) string {
	switch {
	case n <= 3:
		return strconv.Itoa(n)
	case n <= 6:
		return "4-6"
	case n <= 12:
		return "7-12"
	}
	return "13+"
}

// Rune names the kind of a quote's first or last rune.
func Rune(c rune) string {
	switch {
	case unicode.IsUpper(c):
		return "upper"
	case unicode.IsLetter(c):
		return "lower"
	case unicode.IsDigit(c):
		return "digit"
	case strings.ContainsRune(".,?!…—–-:;", c):
		return string(c)
	}
	return "other"
}

// Cue groups cue words: the plain "said" family, the participles,
// the colon, "according to", and the rest.
func Cue(cue string) string {
	switch {
	case cue == "":
		return "none"
	case cue == "say" || cue == "says" || cue == "said" || cue == "told" || cue == "tells":
		return "say"
	case cue == ":" || cue == "according to":
		return cue
	case lexicon.Verb(cue)&lexicon.Ing != 0:
		return "ing"
	case !unicode.IsLetter([]rune(cue)[0]):
		return "punct"
	}
	return "other"
}

// Distance renders a distance coarsely.
func Distance(d int) string {
	switch {
	case d <= 0:
		return "0"
	case d <= 2:
		return "1-2"
	case d <= 5:
		return "3-5"
	case d <= 10:
		return "6-10"
	case d <= 25:
		return "11-25"
	}
	return "26+"
}
