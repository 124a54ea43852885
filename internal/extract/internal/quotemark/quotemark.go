// Package quotemark knows the double quotation marks of raw text: which
// runes the extractor pairs as quotation marks, and which quoted stretches
// are by rule not anyone's speech (attribute values in markup, linked
// headlines and bracketed credits, nicknames inside names, stage
// directions and boilerplate, identifiers, titles of shows, books and
// films). It reads runes only; tokens and pairing stay with the extractor.
package quotemark

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// NotSpeech reports whether the quoted words r[s:e] (trimmed of spaces,
// holding a word, the marks around them excluded) are by rule not speech.
func NotSpeech(r []rune, s, e int) bool {
	return markup(r, s, e) || junk(r[s:e]) || workTitle(r, s, e) || headline(r, s, e) || nickname(r, s, e) || aside(r[s:e]) || code(r[s:e])
}

// code reports whether quoted words are a program's text, not speech:
// an identifier, a file's path or a command ("AWS_SECRET_ACCESS_KEY",
// "lib/telemetry.js", "npm ci --ignore-scripts"), as technology
// reporting sets them in marks.
func code(q []rune) bool {
	words := strings.Fields(string(q))
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		if strings.HasPrefix(w, "--") && len(w) > 2 || strings.Contains(w, "_") && len(words) == 1 {
			return true
		}
	}
	if len(words) != 1 {
		return false
	}
	w := strings.TrimRight(words[0], ",.;:")
	k := strings.LastIndexByte(w, '.')
	return k > 0 && codeExtensions[strings.ToLower(w[k+1:])] // "lib/telemetry.js"
}

// codeExtensions end the names of program files.
var codeExtensions = map[string]bool{"js": true, "ts": true, "py": true, "go": true, "rb": true, "sh": true, "json": true,
	"yaml": true, "yml": true, "toml": true, "exe": true, "dll": true, "so": true, "jar": true, "php": true, "java": true,
	"c": true, "h": true, "cpp": true, "rs": true, "lock": true, "env": true, "cfg": true, "ini": true}

// IsDouble reports whether c is a double quotation mark the extractor pairs.
func IsDouble(c rune) bool { return c == '“' || c == '”' || c == '"' }

// Inch reports whether the straight mark at i is an inch sign, as in
// 6'3" (feet and inches), rather than a quotation mark.
func Inch(r []rune, i int) bool {
	if r[i] != '"' || i < 3 || !unicode.IsDigit(r[i-1]) {
		return false
	}
	k := i - 1
	for k > 0 && unicode.IsDigit(r[k]) {
		k--
	}
	return k >= 1 && (r[k] == '\'' || r[k] == '’') && unicode.IsDigit(r[k-1])
}

// markup reports whether a quoted stretch is an attribute value inside an
// HTML-like tag (`<tweet author="@x">`), which scraped articles contain.
func markup(r []rune, s, e int) bool {
	open := s - 1
	for open >= 0 && unicode.IsSpace(r[open]) {
		open--
	}
	if open > 0 && r[open-1] == '=' || r[s] == '>' {
		return true
	}
	for k := open - 1; k >= 0 && open-k < 300; k-- {
		switch r[k] {
		case '>', '\n':
			return false
		case '<':
			return true
		}
	}
	return false
}

// headline reports whether a quoted stretch is the title of a linked
// article (`—"Sam Mendes leaves ...," by Times' Michael Paulson`) or a
// bracketed source credit (“[HuffPost.]”).
func headline(r []rune, s, e int) bool {
	q := r[s:e]
	if q[0] == '[' && (q[len(q)-1] == ']' || len(q) > 1 && q[len(q)-2] == ']') {
		return true
	}
	return wordAfter(r, e+1) == "by" && e+1 < len(r) && r[e-1] == ','
}

// nickname reports whether a quoted stretch is a nickname inside a name:
// Rep. Robert C. "Bobby" Scott.
func nickname(r []rune, s, e int) bool {
	if moreWords(r[s:e], 2, "") {
		return false
	}
	words := strings.Fields(string(r[s:e]))
	if len(words) > 2 {
		return false
	}
	for _, w := range words {
		if !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	// The neighbours must be name words on the same line: "C." or "Robert".
	if s < 2 || e+1 >= len(r) || r[s-2] != ' ' || r[e+1] != ' ' {
		return false
	}
	prev, next := wordBefore(r, s-1), wordAfter(r, e+1)
	pr := []rune(prev)
	nameLike := len(pr) > 0 && unicode.IsUpper(pr[0]) &&
		(unicode.IsLetter(pr[len(pr)-1]) || len(pr) == 2 && pr[1] == '.')
	return nameLike && next != "" && unicode.IsUpper([]rune(next)[0]) && !lexicon.IsNamedCap(strings.ToLower(next)) &&
		!lexicon.IsNamedCap(strings.ToLower(prev))
}

// aside reports whether quoted text is a stage direction or boilerplate
// rather than speech: "(CROSSTALK.)", "Follow Pam Key on Twitter @pamkeyNEN."
func aside(q []rune) bool {
	k := 0
	for k < len(q) && unicode.IsSpace(q[k]) {
		k++
	}
	if k == len(q) || q[k] != '(' && q[k] != 'F' {
		return false
	}
	s := strings.TrimSpace(string(q))
	if strings.HasPrefix(s, "(") && (strings.HasSuffix(s, ")") || strings.HasSuffix(s, ".)") || strings.HasSuffix(s, ").")) {
		return true
	}
	return strings.HasPrefix(s, "Follow ") && strings.Contains(s, " on Twitter")
}

// junk reports whether quoted text is an identifier rather than speech: a
// number, date, handle or address with no space in it.
func junk(q []rune) bool {
	letters := 0
	for _, c := range q {
		if unicode.IsSpace(c) {
			return false
		}
		if unicode.IsLetter(c) {
			letters++
		}
	}
	s := string(q)
	return letters == 0 || strings.HasPrefix(s, "@") || strings.Contains(s, "http") || strings.Contains(s, "www.") ||
		strings.HasSuffix(s, ".com")
}

// titleContext are words next to the name of a show, book or film.
var titleContext = map[string]bool{
	"show": true, "shows": true, "podcast": true, "program": true, "programme": true, "series": true,
	"film": true, "movie": true, "documentary": true, "album": true, "song": true, "star": true,
	"host": true, "co-host": true, "anchor": true, "broadcast": true, "episode": true, "segment": true,
	"newsletter": true, "column": true, "on": true, "subscribe": true, "sitcom": true, "hit": true,
}

// workTitle reports whether a quoted stretch is the title of a show, book
// or film rather than speech: title case, and named next to an outlet's
// possessive (CBS’s “Face the Nation”) or a word such as "show" or "on".
func workTitle(r []rune, s, e int) bool {
	if moreWords(r[s:e], 7, ",.:!?") {
		return false // most quotes: no need to split them
	}
	words := strings.FieldsFunc(string(r[s:e]), func(c rune) bool {
		return unicode.IsSpace(c) || c == ',' || c == '.' || c == ':' || c == '!' || c == '?'
	})
	if len(words) == 0 || len(words) > 7 {
		return false
	}
	if !lexicon.TitleCase(words) {
		return false
	}
	prev := wordBefore(r, s-1)
	next := wordAfter(r, e+1)
	if prev == "of" { // "on this weekend’s broadcast of “Fox News Sunday”"
		k := s - 1
		for k >= 0 && (unicode.IsSpace(r[k]) || IsMark(r[k])) {
			k--
		}
		prev2 := wordBefore(r, k-len([]rune(prev)))
		if titleContext[strings.ToLower(prev2)] || prev2 == "episode" || prev2 == "edition" {
			return true
		}
	}
	return strings.HasSuffix(prev, "’s") || strings.HasSuffix(prev, "'s") || titleContext[strings.ToLower(prev)] ||
		(titleContext[strings.ToLower(next)] && next != "on")
}

// moreWords reports whether q has more than n words separated by spaces,
// not counting those made only of the runes in punct (so that it never
// counts more words than splitting at spaces and punct does).
func moreWords(q []rune, n int, punct string) bool {
	words, in, counted := 0, false, false
	for _, c := range q {
		if unicode.IsSpace(c) {
			in = false
			continue
		}
		if !in {
			in, counted = true, false
		}
		if !counted && !strings.ContainsRune(punct, c) {
			counted = true
			if words++; words > n {
				return true
			}
		}
	}
	return false
}

// wordBefore returns the word ending before offset i (skipping spaces and
// a quotation mark).
func wordBefore(r []rune, i int) string {
	for i >= 0 && (unicode.IsSpace(r[i]) || IsMark(r[i])) {
		i--
	}
	e := i + 1
	for i >= 0 && !unicode.IsSpace(r[i]) && !IsDouble(r[i]) {
		i--
	}
	if e < i+1 {
		return ""
	}
	return string(r[i+1 : e])
}

// wordAfter returns the word starting after offset i.
func wordAfter(r []rune, i int) string {
	if i > len(r) {
		return ""
	}
	for i < len(r) && (unicode.IsSpace(r[i]) || IsMark(r[i]) || r[i] == ',') {
		i++
	}
	s := i
	for i < len(r) && unicode.IsLetter(r[i]) || i < len(r) && r[i] == '-' {
		i++
	}
	return string(r[s:i])
}
