package transcript

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
)

// TitleCase writes a word in capitals as a name: "O'BRIEN" gives "O'Brien".
func TitleCase(w string) string {
	r := []rune(strings.ToLower(w))
	up := true
	for i, c := range r {
		if up {
			r[i] = unicode.ToUpper(c)
		}
		up = c == '\'' || c == '’' || c == '-' || c == '.'
	}
	return string(r)
}

// Outside drops the quotes that lie inside a transcript turn (spans,
// in text order); qs is in text order too.
func Outside(qs []result.Quote, spans [][2]int) []result.Quote {
	if len(spans) == 0 {
		return qs
	}
	out := qs[:0]
	k := 0
	for _, q := range qs {
		for k < len(spans) && spans[k][1] <= q.Start {
			k++
		}
		if k < len(spans) && spans[k][0] <= q.Start {
			continue
		}
		out = append(out, q)
	}
	return out
}

// Inside reports whether pos lies in one of spans.
func Inside(spans [][2]int, pos int) bool {
	for _, s := range spans {
		if s[0] <= pos && pos < s[1] {
			return true
		}
	}
	return false
}
