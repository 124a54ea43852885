package transcript

import (
	"slices"
	"strings"
	"unicode"
)

// A transcript may print a key to its speakers' initials ("Speaker key:",
// then "TBR Tariq Bensalem-Ruud", "ICM Dr Inês Carvalho-Mbeki") and open
// each turn with the initials alone, no colon after them: "TBR Good
// morning ...". Paragraphs without initials go on with the turn before;
// a line of a time ("00:06:51") is no one's.

// keyHeadings open a key to the speakers' initials.
var keyHeadings = []string{"speaker key", "key to speakers", "speakers key", "speakers' key", "speakers’ key"}

// maxKeyHeading bounds, in runes, the heading of a key.
const maxKeyHeading = 20

// maxKeyed bounds the speakers a key lists.
const maxKeyed = 20

// FindKeyed returns the turns of a transcript whose speakers a key gives
// by their initials, in text order, each labelled with the name the key
// gives its initials; nil when the text has no such key of two speakers
// or more, or no turns.
func FindKeyed(r []rune) []Turn {
	spans := lineSpans(r)
	keys := map[string]string{}
	k := 0
	for ; k < len(spans); k++ {
		s, e := trim(r, spans[k][0], spans[k][1])
		if e-s > maxKeyHeading || e-s < 3 || unicode.ToLower(r[s]) != 's' && unicode.ToLower(r[s]) != 'k' {
			continue // (most lines, read without building a string)
		}
		if slices.Contains(keyHeadings, strings.ToLower(strings.TrimSuffix(string(r[s:e]), ":"))) {
			break
		}
	}
	for k++; k < len(spans) && len(keys) < maxKeyed; k++ {
		s, e := trim(r, spans[k][0], spans[k][1])
		if s == e {
			continue
		}
		key, name, ok := strings.Cut(string(r[s:e]), " ")
		if name = strings.TrimSpace(name); !ok || !initials(key) || !personName(name) {
			break
		}
		keys[key] = name
	}
	if len(keys) < 2 {
		return nil
	}
	var out []Turn
	for ; k < len(spans); k++ {
		s, e := trim(r, spans[k][0], spans[k][1])
		if s == e || timestamp(string(r[s:e])) {
			continue
		}
		key, _, _ := strings.Cut(string(r[s:e]), " ")
		if name := keys[key]; name != "" {
			ks := s + len([]rune(key))
			b, _ := trim(r, ks, e)
			out = append(out, Turn{LabelStart: s, LabelEnd: ks, Start: b, End: e, Label: name})
			continue
		}
		if len(out) == 0 || !sentence(r[s:e]) {
			break // the transcript has ended: a footer, a link
		}
		c := out[len(out)-1]
		c.Start, c.End, c.Cont = s, e, true
		out = append(out, c)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// initials reports whether w is two to four capital letters.
func initials(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for _, c := range w {
		if !unicode.IsUpper(c) {
			return false
		}
	}
	return true
}
