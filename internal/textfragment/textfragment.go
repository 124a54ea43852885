// Package textfragment builds links that take a browser to a quote's
// words in its source page: a text directive as the Text Fragments
// specification (WICG, "URL Fragment Text Directives") defines it,
// #:~:text=[prefix-,]start[,end][,-suffix].
package textfragment

import (
	"strings"
	"unicode"
)

// wordsEach is how many words the start and the end of a long quote's
// directive take; a quote of up to twice as many is matched whole.
const wordsEach = 4

// Link is pageURL with a text directive for quote, or pageURL as it is
// when the quote has no words to look for. Words an editor added in
// square brackets and the gaps marked with an ellipsis are not in the
// source, so the directive starts in the quote's first run of the
// source's own words and ends in its last.
func Link(pageURL, quote string) string {
	d := Directive(quote)
	if d == "" || pageURL == "" {
		return pageURL
	}
	if strings.Contains(pageURL, "#") {
		// A page's own fragment stays; the directive follows it.
		if strings.Contains(pageURL, ":~:") {
			return pageURL + "&" + d
		}
		return pageURL + ":~:" + d
	}
	return pageURL + "#:~:" + d
}

// Directive is the text directive for quote ("text=…"), or "" when the
// quote has no words.
func Directive(quote string) string {
	runs := sourceRuns(quote)
	if len(runs) == 0 {
		return ""
	}
	first, last := runs[0], runs[len(runs)-1]
	if len(runs) == 1 && len(first) <= 2*wordsEach {
		return "text=" + Encode(strings.Join(first, " "))
	}
	start := first[:min(wordsEach, len(first))]
	end := last[max(0, len(last)-wordsEach):]
	return "text=" + Encode(strings.Join(start, " ")) + "," + Encode(strings.Join(end, " "))
}

// sourceRuns splits a quote into runs of words that stand in the source
// as they stand in the quote: bracketed insertions and ellipses cut it.
// Punctuation at the edges of the quote is dropped, since the quote's
// own opening or closing mark may not be the source's.
func sourceRuns(quote string) [][]string {
	var runs [][]string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			runs = append(runs, cur)
			cur = nil
		}
	}
	quote = strings.ReplaceAll(quote, "...", " … ")
	depth := 0
	var word strings.Builder
	endWord := func() {
		if w := word.String(); w != "" {
			cur = append(cur, w)
		}
		word.Reset()
	}
	for _, r := range quote {
		switch {
		case r == '[':
			endWord()
			flush()
			depth++
		case r == ']':
			if depth > 0 {
				depth--
			}
		case depth > 0:
		case r == '…':
			endWord()
			flush()
		case unicode.IsSpace(r):
			endWord()
		default:
			word.WriteRune(r)
		}
	}
	endWord()
	flush()
	var out [][]string
	for _, run := range runs {
		run[0] = strings.TrimLeftFunc(run[0], isEdge)
		run[len(run)-1] = strings.TrimRightFunc(run[len(run)-1], isEdge)
		var kept []string
		for _, w := range run {
			if w != "" {
				kept = append(kept, w)
			}
		}
		if len(kept) > 0 {
			out = append(out, kept)
		}
	}
	return out
}

// isEdge is punctuation to leave off the ends of a run: quotation marks
// and the marks that end a clause. A match needs only whole words, so
// leaving them off never makes a directive miss.
func isEdge(r rune) bool { return unicode.IsPunct(r) }

// Encode percent-encodes a directive's term: every byte but ASCII letters,
// digits and ". _ ~", so that the characters the directive's syntax
// uses (- & , and space) never stand bare.
func Encode(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '.', c == '_', c == '~':
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}
