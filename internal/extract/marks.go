package extract

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// Token kinds.
const (
	tkWord   = iota // letters and digits, with inner apostrophes, hyphens and dots
	tkPunct         // any other single non-space rune
	tkOpenQ         // a double quotation mark; pairQuotes retypes closing ones
	tkCloseQ        // a closing double quotation mark
)

// token is one word or punctuation mark. Offsets are rune offsets.
type token struct {
	s, e   int
	para   int    // paragraph index
	low    string // lower-cased text for words, the rune for punctuation
	kind   uint8
	cap    bool  // starts with an upper-case letter
	inQ    bool  // lies inside a quotation
	sentEd bool  // ends a sentence (set on the sentence-final token)
	sent   int32 // index of the first token of its sentence (set with sentEd)
}

// piece is one stretch of quoted text inside a single paragraph. A quotation
// that runs over several paragraphs is several pieces linked by cont.
type piece struct {
	open, close int  // token indices of the marks; close is -1 when unclosed
	s, e        int  // rune range of the quoted words, marks excluded
	cont        int  // index of the piece this one continues, or -1
	ends        rune // last non-space rune inside the quote
}

// isDoubleMark reports whether c is a double quotation mark we pair.
func isDoubleMark(c rune) bool { return c == '“' || c == '”' || c == '"' }

// inchMark reports whether the straight mark at i is an inch sign, as in
// 6'3" (feet and inches), rather than a quotation mark.
func inchMark(r []rune, i int) bool {
	if r[i] != '"' || i < 3 || !unicode.IsDigit(r[i-1]) {
		return false
	}
	k := i - 1
	for k > 0 && unicode.IsDigit(r[k]) {
		k--
	}
	return k >= 1 && (r[k] == '\'' || r[k] == '’') && unicode.IsDigit(r[k-1])
}

// isWordRune reports whether c can start or continue a word.
func isWordRune(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }

// tokenize splits r into tokens, tracking paragraphs (lines). Apostrophes
// (’ and ') inside a word, as in "Twitter’s" or "don't", stay in the word so
// they are never mistaken for quotation marks; single quotes elsewhere are
// plain punctuation because news copy uses them only for nested quotes and
// headlines, which are not attributed statements.
func tokenize(r []rune) []token {
	toks := make([]token, 0, len(r)/5)
	para := 0
	for i := 0; i < len(r); {
		c := r[i]
		switch {
		case c == '\n':
			// Blank lines do not count: paragraphs are the non-empty lines.
			if len(toks) > 0 && toks[len(toks)-1].para == para {
				para++
			}
			i++
		case unicode.IsSpace(c):
			i++
		case isWordRune(c):
			j := i + 1
			for j < len(r) {
				if isWordRune(r[j]) {
					j++
					continue
				}
				if (r[j] == '’' || r[j] == '\'' || r[j] == '-' || r[j] == '.' || r[j] == '&' || r[j] == '‘') && j+1 < len(r) && isWordRune(r[j+1]) {
					j += 2
					continue
				}
				break
			}
			toks = append(toks, token{s: i, e: j, kind: tkWord, cap: unicode.IsUpper(c), para: para, low: strings.ToLower(string(r[i:j]))})
			i = j
		case isDoubleMark(c) && !inchMark(r, i):
			toks = append(toks, token{s: i, e: i + 1, kind: tkOpenQ, para: para, low: string(c)})
			i++
		default:
			toks = append(toks, token{s: i, e: i + 1, kind: tkPunct, para: para, low: string(c)})
			i++
		}
	}
	return toks
}

// pairQuotes decides which marks open and close, returns the quoted pieces
// and marks the tokens inside them. Curly marks say which way they face; a
// straight mark opens when no quote is open and closes otherwise. Nothing
// spans a paragraph break: a quote still open at the end of its paragraph
// ends there, and if the next paragraph starts with an opening mark it is
// the journalistic convention for a quotation running over paragraphs, so
// the new piece continues the old one.
func pairQuotes(r []rune, toks []token) []piece {
	var ps []piece
	open, openCont := -1, -1 // current opening mark and the piece it continues
	prevUnclosed := -1       // piece left open at the end of the previous paragraph
	curPara, first := -1, false
	add := func(p piece) int {
		n := len(ps)
		ps = appendPiece(ps, r, p)
		if len(ps) > n {
			return n
		}
		return -1
	}
	for i := range toks {
		t := &toks[i]
		if t.para != curPara {
			pu := -1
			if open >= 0 {
				pu = add(piece{open: open, close: -1, s: toks[open].e, e: toks[i-1].e, cont: openCont})
				open = -1
			}
			prevUnclosed, curPara, first = pu, t.para, true
		}
		if t.kind == tkOpenQ {
			c := r[t.s]
			// A mistyped “ that hangs on the preceding word and is followed by
			// a space closes the open quote: `“Apparently not,“ he said.`
			misClose := c == '“' && open >= 0 && t.s > 0 && !unicode.IsSpace(r[t.s-1]) &&
				(t.s+1 >= len(r) || unicode.IsSpace(r[t.s+1]))
			// A straight mark glued to the word before it and followed by a
			// space can only close a quote; with none open it is stray.
			strayClose := c == '"' && open < 0 && t.s > 0 && !unicode.IsSpace(r[t.s-1]) && !strings.ContainsRune("([{—–-/", r[t.s-1]) &&
				(t.s+1 >= len(r) || unicode.IsSpace(r[t.s+1]))
			switch {
			case strayClose:
				t.kind = tkPunct
			case (c == '“' && !misClose) || (c == '"' && open < 0):
				if open >= 0 { // a second opening mark: the first quote was never closed
					add(piece{open: open, close: -1, s: toks[open].e, e: t.s, cont: openCont})
				}
				open, openCont = i, -1
				if first && prevUnclosed >= 0 {
					openCont = prevUnclosed
				}
			case open >= 0:
				t.kind = tkCloseQ
				add(piece{open: open, close: i, s: toks[open].e, e: t.s, cont: openCont})
				open = -1
			default:
				t.kind = tkPunct // a stray closing mark
			}
		}
		first = false
	}
	if open >= 0 {
		add(piece{open: open, close: -1, s: toks[open].e, e: toks[len(toks)-1].e, cont: openCont})
	}
	for _, p := range ps {
		for k := p.open + 1; k < len(toks) && toks[k].s < p.e; k++ {
			if toks[k].s >= p.s {
				toks[k].inQ = true
			}
		}
	}
	return ps
}

// appendPiece trims spaces off a piece and keeps it if it holds any word.
func appendPiece(ps []piece, r []rune, p piece) []piece {
	for p.s < p.e && unicode.IsSpace(r[p.s]) {
		p.s++
	}
	for p.e > p.s && unicode.IsSpace(r[p.e-1]) {
		p.e--
	}
	has := false
	for _, c := range r[p.s:p.e] {
		if isWordRune(c) {
			has = true
			break
		}
	}
	if !has {
		return ps
	}
	p.ends = r[p.e-1]
	if markup(r, p) || junk(r[p.s:p.e]) || workTitle(r, p) || headline(r, p) || nickname(r, p) || aside(r[p.s:p.e]) {
		return ps
	}
	return append(ps, p)
}

// markup reports whether a quoted stretch is an attribute value inside an
// HTML-like tag (`<tweet author="@x">`), which scraped articles contain.
func markup(r []rune, p piece) bool {
	open := p.s - 1
	for open >= 0 && unicode.IsSpace(r[open]) {
		open--
	}
	if open > 0 && r[open-1] == '=' || r[p.s] == '>' {
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
func headline(r []rune, p piece) bool {
	q := r[p.s:p.e]
	if q[0] == '[' && (q[len(q)-1] == ']' || len(q) > 1 && q[len(q)-2] == ']') {
		return true
	}
	return wordAfter(r, p.e+1) == "by" && p.e+1 < len(r) && p.ends == ','
}

// nickname reports whether a quoted stretch is a nickname inside a name:
// Rep. Robert C. "Bobby" Scott.
func nickname(r []rune, p piece) bool {
	words := strings.Fields(string(r[p.s:p.e]))
	if len(words) > 2 {
		return false
	}
	for _, w := range words {
		if !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	// The neighbours must be name words on the same line: "C." or "Robert".
	if p.s < 2 || p.e+1 >= len(r) || r[p.s-2] != ' ' || r[p.e+1] != ' ' {
		return false
	}
	prev, next := wordBefore(r, p.s-1), wordAfter(r, p.e+1)
	pr := []rune(prev)
	nameLike := len(pr) > 0 && unicode.IsUpper(pr[0]) &&
		(unicode.IsLetter(pr[len(pr)-1]) || len(pr) == 2 && pr[1] == '.')
	return nameLike && next != "" && unicode.IsUpper([]rune(next)[0]) && !lexicon.IsNamedCap(strings.ToLower(next)) &&
		!lexicon.IsNamedCap(strings.ToLower(prev))
}

// aside reports whether quoted text is a stage direction or boilerplate
// rather than speech: "(CROSSTALK.)", "Follow Pam Key on Twitter @pamkeyNEN."
func aside(q []rune) bool {
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
func workTitle(r []rune, p piece) bool {
	words := strings.FieldsFunc(string(r[p.s:p.e]), func(c rune) bool {
		return unicode.IsSpace(c) || c == ',' || c == '.' || c == ':' || c == '!' || c == '?'
	})
	if len(words) == 0 || len(words) > 7 {
		return false
	}
	if !lexicon.TitleCase(words) {
		return false
	}
	prev := wordBefore(r, p.s-1)
	next := wordAfter(r, p.e+1)
	if prev == "of" { // "on this weekend’s broadcast of “Fox News Sunday”"
		k := p.s - 1
		for k >= 0 && (unicode.IsSpace(r[k]) || isDoubleMark(r[k])) {
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

// wordBefore returns the word ending before offset i (skipping spaces and
// a quotation mark).
func wordBefore(r []rune, i int) string {
	for i >= 0 && (unicode.IsSpace(r[i]) || isDoubleMark(r[i])) {
		i--
	}
	e := i + 1
	for i >= 0 && !unicode.IsSpace(r[i]) && !isDoubleMark(r[i]) {
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
	for i < len(r) && (unicode.IsSpace(r[i]) || isDoubleMark(r[i]) || r[i] == ',') {
		i++
	}
	s := i
	for i < len(r) && unicode.IsLetter(r[i]) || i < len(r) && r[i] == '-' {
		i++
	}
	return string(r[s:i])
}
