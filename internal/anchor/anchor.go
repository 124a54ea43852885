// Package anchor ties a quote to the place in an article body where it is
// printed, the way the W3C Web Annotation model does: character offsets
// plus a TextQuoteSelector (the exact words and a little text either side),
// so the quote can be found again after the body is re-imported or edited.
// All offsets count Unicode code points, not bytes.
package anchor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ContextLen is how many code points of prefix and suffix a selector keeps.
const ContextLen = 32

// Selector locates a quote in a body: Start and End (end exclusive) in
// code points, and the TextQuoteSelector that survives edits.
type Selector struct {
	Start, End int
	Exact      string
	Prefix     string
	Suffix     string
}

// Find locates text in body. It tries the words exactly as given, then
// again with quote marks, dashes, white space and case folded, so a quote
// typed with straight quotes still finds its curly original.
func Find(body, text string) (Selector, bool) {
	text = strings.TrimSpace(text)
	if text == "" || body == "" {
		return Selector{}, false
	}
	if i := strings.Index(body, text); i >= 0 {
		start := utf8.RuneCountInString(body[:i])
		return newSelector(body, start, start+utf8.RuneCountInString(text)), true
	}
	fb, origin := fold(body)
	ft, _ := fold(text)
	if len(ft) == 0 {
		return Selector{}, false
	}
	i := strings.Index(string(fb), string(ft))
	if i < 0 {
		return Selector{}, false
	}
	first := utf8.RuneCountInString(string(fb)[:i])
	last := first + len(ft) - 1
	return newSelector(body, origin[first], origin[last]+1), true
}

// Relocate finds a selector again in a body that may have changed: where
// the offsets still hold the exact words they are kept; otherwise the
// occurrence of the exact words whose surroundings match best wins.
func Relocate(body string, sel Selector) (Selector, bool) {
	if sel.Exact == "" {
		return Selector{}, false
	}
	runes := []rune(body)
	if sel.Start >= 0 && sel.End <= len(runes) && sel.Start < sel.End && string(runes[sel.Start:sel.End]) == sel.Exact {
		return newSelector(body, sel.Start, sel.End), true
	}
	n := utf8.RuneCountInString(sel.Exact)
	best, bestScore := -1, -1
	for off := 0; ; {
		i := strings.Index(body[off:], sel.Exact)
		if i < 0 {
			break
		}
		byteAt := off + i
		start := utf8.RuneCountInString(body[:byteAt])
		cand := newSelector(body, start, start+n)
		score := commonSuffix(cand.Prefix, sel.Prefix) + commonPrefix(cand.Suffix, sel.Suffix)
		if score > bestScore {
			best, bestScore = start, score
		}
		_, size := utf8.DecodeRuneInString(body[byteAt:])
		off = byteAt + size
	}
	if best < 0 {
		return Find(body, sel.Exact)
	}
	return newSelector(body, best, best+n), true
}

func newSelector(body string, start, end int) Selector {
	runes := []rune(body)
	p := start - ContextLen
	if p < 0 {
		p = 0
	}
	q := end + ContextLen
	if q > len(runes) {
		q = len(runes)
	}
	return Selector{
		Start:  start,
		End:    end,
		Exact:  string(runes[start:end]),
		Prefix: string(runes[p:start]),
		Suffix: string(runes[end:q]),
	}
}

// fold lower-cases s, turns curly quotes and dashes into plain ones and
// collapses white space, returning the folded runes and, for each, the
// index of the code point of s it came from.
func fold(s string) ([]rune, []int) {
	out := []rune{}
	origin := []int{}
	space := false
	i := 0
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
		default:
			if space && len(out) > 0 {
				out = append(out, ' ')
				origin = append(origin, i-1)
			}
			space = false
			out = append(out, foldRune(r))
			origin = append(origin, i)
		}
		i++
	}
	return out, origin
}

func foldRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '′':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―':
		return '-'
	}
	return unicode.ToLower(r)
}

func commonPrefix(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		n++
		a, b = a[sa:], b[sb:]
	}
	return n
}

func commonSuffix(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeLastRuneInString(a)
		rb, sb := utf8.DecodeLastRuneInString(b)
		if ra != rb {
			break
		}
		n++
		a, b = a[:len(a)-sa], b[:len(b)-sb]
	}
	return n
}

// At is the selector for the code points [start, end) of body, when that
// range is inside the body and holds exactly text.
func At(body, text string, start, end int) (Selector, bool) {
	runes := []rune(body)
	if start < 0 || end > len(runes) || start >= end || string(runes[start:end]) != text {
		return Selector{}, false
	}
	return newSelector(body, start, end), true
}
