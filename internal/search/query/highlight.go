package query

import (
	"html"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The search index's tokenizer (unicode61, remove_diacritics 2) makes
// words of letters, digits and private-use characters, folds case and
// drops diacritics. IndexWords and foldWord do the same, so the words
// Highlight marks are those the index matched.

// The private-use characters that mark matched words in a snippet.
const (
	SnippetOpen  = "\uE000"
	SnippetClose = "\uE001"
)

var sentinels = strings.NewReplacer(SnippetOpen, "", SnippetClose, "")

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r) && r != []rune(SnippetOpen)[0] && r != []rune(SnippetClose)[0]
}

func foldWord(w string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(w) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// IndexWords splits s into the folded words the index holds for it.
func IndexWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) }) {
		out = append(out, foldWord(w))
	}
	return out
}

// Highlight returns text with each word that marks name between
// SnippetOpen and SnippetClose, cut to about maxWords words around the
// first mark when it is longer (with "…" where it was cut). The sentinels
// the text itself may hold are removed first, so the only ones left are
// the marks.
//
// FTS5's snippet() would do the same, but it runs the MATCH again for
// each row (about 0.4 ms a row on the reference machine, 10 ms for a
// page); quotes are short, so marking them here costs microseconds.
func Highlight(text string, marks []MarkWord, maxWords int) string {
	text = sentinels.Replace(text)
	type span struct{ start, end int }
	var words []span
	var marked []bool
	first := -1
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := foldWord(text[start:end])
		hit := false
		stem := ""
		for _, m := range marks {
			if m.Stem != "" && stem == "" {
				stem = Stem(w)
			}
			if w == m.Word || m.Prefix && strings.HasPrefix(w, m.Word) || m.Stem != "" && stem == m.Stem {
				hit = true
				break
			}
		}
		if hit && first < 0 {
			first = len(words)
		}
		words = append(words, span{start, end})
		marked = append(marked, hit)
		start = -1
	}
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else {
			flush(i)
		}
	}
	flush(len(text))

	from, to := 0, len(text)
	lo, hi := 0, len(words)
	if maxWords > 0 && len(words) > maxWords {
		lo = max(0, first-maxWords/4)
		hi = min(len(words), lo+maxWords)
		lo = max(0, hi-maxWords)
		if lo > 0 {
			from = words[lo].start
		}
		if hi < len(words) {
			to = words[hi-1].end
		}
	}
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	pos := from
	for i := lo; i < hi; i++ {
		if !marked[i] {
			continue
		}
		// Marked words only a space apart share one mark, so a phrase
		// reads as one: <mark>security purposes</mark>.
		j := i
		for j+1 < hi && marked[j+1] && strings.TrimSpace(text[words[j].end:words[j+1].start]) == "" {
			j++
		}
		b.WriteString(text[pos:words[i].start])
		b.WriteString(SnippetOpen)
		b.WriteString(text[words[i].start:words[j].end])
		b.WriteString(SnippetClose)
		pos = words[j].end
		i = j
	}
	b.WriteString(text[pos:to])
	if to < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

// PlainSnippet is a snippet without its match markers.
func PlainSnippet(snippet string) string { return sentinels.Replace(snippet) }

// SnippetHTML is a snippet as HTML: its text escaped and each matched
// passage in a <mark> element. Stray or unbalanced markers (they could be
// in the stored text itself) never leave an element open.
func SnippetHTML(snippet string) string {
	var b strings.Builder
	open := false
	for _, r := range html.EscapeString(snippet) {
		switch string(r) {
		case SnippetOpen:
			if !open {
				b.WriteString("<mark>")
				open = true
			}
		case SnippetClose:
			if open {
				b.WriteString("</mark>")
				open = false
			}
		default:
			b.WriteRune(r)
		}
	}
	if open {
		b.WriteString("</mark>")
	}
	return b.String()
}
