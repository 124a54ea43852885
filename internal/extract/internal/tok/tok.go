// Package tok splits the extractor's input into tokens (words,
// punctuation, quotation marks) by paragraph and pairs the quotation
// marks into quoted pieces: double marks, and single marks with their
// apostrophes told apart (package quotemark). The extractor reads the
// tokens and pieces; their offsets are rune offsets.
package tok

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail/internal/extract/internal/quotemark"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// Token kinds.
const (
	Word    = iota // letters and digits, with inner apostrophes, hyphens and dots
	Punct          // any other single non-space rune
	OpenQ          // a double quotation mark; Pair retypes closing ones
	CloseQ         // a closing double quotation mark
	SingleQ        // a single mark at a word's edge; Pair retypes it
)

// Token is one word or punctuation mark. Offsets are rune offsets.
type Token struct {
	S, E   int
	Para   int    // paragraph index
	Low    string // lower-cased text for words, the rune for punctuation
	Kind   uint8
	Cap    bool  // starts with an upper-case letter
	InQ    bool  // lies inside a quotation
	SentEd bool  // ends a sentence (set on the sentence-final Token, by the extractor)
	Sent   int32 // index of the first Token of its sentence (set with SentEd)
}

// Piece is one stretch of quoted text inside a single paragraph. A quotation
// that runs over several paragraphs is several pieces linked by cont.
type Piece struct {
	Open, Close int  // Token indices of the marks; Close is -1 when unclosed
	S, E        int  // rune range of the quoted words, marks excluded
	Cont        int  // index of the Piece this one continues, or -1
	Ends        rune // last non-space rune inside the quote
	Single      bool // in single marks
}

// IsWordRune reports whether c can start or continue a word.
func IsWordRune(c rune) bool {
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return unicode.IsLetter(c) || unicode.IsDigit(c)
}

// Tokenize splits r into tokens, tracking paragraphs (lines). Apostrophes
// (’ and ') inside a word, as in "Twitter’s" or "don't", stay in the word so
// they are never mistaken for quotation marks; single marks elsewhere are
// candidates that Pair decides on.
func Tokenize(r []rune) []Token {
	toks := make([]Token, 0, len(r)/5)
	para := 0
	doubled := doubledStyle(r)
	for i := 0; i < len(r); {
		c := r[i]
		switch {
		case c == '\n':
			// Blank lines do not count: paragraphs are the non-empty lines.
			if len(toks) > 0 && toks[len(toks)-1].Para == para {
				para++
			}
			i++
		case unicode.IsSpace(c):
			i++
		case IsWordRune(c):
			j := i + 1
			for j < len(r) {
				if IsWordRune(r[j]) {
					j++
					continue
				}
				if (r[j] == '’' || r[j] == '\'' || r[j] == '-' || r[j] == '.' || r[j] == '&' || r[j] == '‘') && j+1 < len(r) && IsWordRune(r[j+1]) {
					j += 2
					continue
				}
				if r[j] == '+' && j-i >= 3 && unicode.IsUpper(c) && (j+1 == len(r) || !IsWordRune(r[j+1]) && r[j+1] != '+') {
					j++ // a brand's plus: "OPEC+", "Disney+"
				}
				break
			}
			if unicode.IsUpper(c) && len(toks) > 0 && toks[len(toks)-1].Kind == Word && toks[len(toks)-1].Cap && pluralPossessive(r, j) {
				j++ // "the National Taxi Drivers’ Union": a name's apostrophe, no closing mark
			}
			low := lower(r[i:j])
			if low == "who" && j-i == 3 && unicode.IsUpper(r[i+1]) && unicode.IsUpper(r[i+2]) && !capsAround(r, i, j) {
				low = "WHO" // the World Health Organization, no relative pronoun ("WHO spokesperson Dr. Tomás Ibarra-Lund")
			}
			toks = append(toks, Token{S: i, E: j, Kind: Word, Cap: unicode.IsUpper(c) || arabicArticle(r[i:j]), Para: para, Low: low})
			i = j
		case quotemark.IsDouble(c) && !quotemark.Inch(r, i):
			toks = append(toks, Token{S: i, E: i + 1, Kind: OpenQ, Para: para, Low: runeString(c)})
			i++
		case doubled && doubledSingle(r, i):
			// Two curly single marks stand for a double one in some
			// papers' print style (‘‘Look, it was a dogfight,’’): one
			// mark, facing the way its runes do.
			d := '“'
			if c == '’' {
				d = '”'
			}
			toks = append(toks, Token{S: i, E: i + 2, Kind: OpenQ, Para: para, Low: runeString(d)})
			i += 2
		case quotemark.IsSingle(c) && !(c == '\'' && (i+1 < len(r) && r[i+1] == '\'' || i > 0 && r[i-1] == '\'')):
			// (Two straight marks '' are a double mark in some archives;
			// they are left alone.)
			toks = append(toks, Token{S: i, E: i + 1, Kind: SingleQ, Para: para, Low: runeString(c)})
			i++
		default:
			toks = append(toks, Token{S: i, E: i + 1, Kind: Punct, Para: para, Low: runeString(c)})
			i++
		}
	}
	return toks
}

// pluralPossessive reports whether the mark at j, after a capitalised
// word in a name, is the apostrophe of a plural possessive inside the
// name: an "s" before it and, after a space, the name's head in
// capitals ("Drivers’ Union", "Nurses' Association").
func pluralPossessive(r []rune, j int) bool {
	if j+2 >= len(r) || r[j] != '’' && r[j] != '\'' || r[j-1] != 's' || r[j+1] != ' ' || !unicode.IsUpper(r[j+2]) {
		return false
	}
	k := j + 2
	for k < len(r) && unicode.IsLetter(r[k]) {
		k++
	}
	return vocab.OrgHeads[strings.ToLower(string(r[j+2:k]))]
}

// arabicArticle reports whether w is a name with the Arabic article
// written in lower case before it ("al-Rubaie", "el-Sisi"), as
// capitalised as the name it is part of.
func arabicArticle(w []rune) bool {
	return len(w) > 3 && (w[0] == 'a' && w[1] == 'l' || w[0] == 'e' && w[1] == 'l') && w[2] == '-' && unicode.IsUpper(w[3]) ||
		len(w) > 3 && w[0] == 'd' && (w[1] == '\'' || w[1] == '’') && unicode.IsUpper(w[2]) && unicode.IsLower(w[3]) // "d'Entremont-Surette", a French name's particle
}

// doubledStyle reports whether the text opens a quotation with two
// curly single marks (‘‘) somewhere: only then do two closing ones (’’)
// stand for a double mark, not for a nested quotation closing with the
// one around it (‘He said, ‘Ask her.’’).
func doubledStyle(r []rune) bool {
	for i := 0; i+1 < len(r); i++ {
		if r[i] == '‘' && r[i+1] == '‘' {
			return true
		}
	}
	return false
}

// doubledSingle reports whether r[i] and r[i+1] are two curly single
// marks facing the same way, written for one double mark. Of three
// closing marks (’’’), the first closes a quotation nested inside.
func doubledSingle(r []rune, i int) bool {
	c := r[i]
	if c != '‘' && c != '’' || i+1 >= len(r) || r[i+1] != c {
		return false
	}
	return c == '‘' || i+2 >= len(r) || r[i+2] != '’'
}

// markRune returns the quotation mark a mark token stands for.
func markRune(r []rune, t Token) rune {
	if t.E-t.S == 2 {
		return []rune(t.Low)[0]
	}
	return r[t.S]
}

// Pair decides which marks open and close, returns the quoted pieces
// and marks the tokens inside them. Curly marks say which way they face; a
// straight mark opens when no quote is open and closes otherwise. Nothing
// spans a paragraph break: a quote still open at the end of its paragraph
// ends there, and if the next paragraph starts with an opening mark it is
// the journalistic convention for a quotation running over paragraphs, so
// the new Piece continues the old one.
func Pair(r []rune, toks []Token) []Piece {
	ps, _ := PairNested(r, toks)
	return ps
}

// PairNested is Pair that also returns the closed quotations nested inside
// the pieces, in text order: the words a quoted speaker reports someone
// else saying ("He said, ‘Most people go to Inverness.’"). They are no
// pieces of their own; their marks stay punctuation.
func PairNested(r []rune, toks []Token) (ps, nested []Piece) {
	open, openCont := -1, -1 // current opening mark and the Piece it continues
	prevUnclosed := -1       // Piece left open at the end of the previous paragraph
	curPara, first := -1, false
	add := func(p Piece) int {
		n := len(ps)
		ps = appendPiece(ps, r, p)
		if len(ps) > n {
			return n
		}
		return -1
	}
	for i := range toks {
		t := &toks[i]
		if t.Para != curPara {
			pu := -1
			if open >= 0 {
				pu = add(Piece{Open: open, Close: -1, S: toks[open].E, E: toks[i-1].E, Cont: openCont})
				open = -1
			}
			prevUnclosed, curPara, first = pu, t.Para, true
		}
		if t.Kind == OpenQ {
			c := markRune(r, *t)
			// A mistyped “ that hangs on the preceding word and is followed by
			// a space closes the open quote: `“Apparently not,“ he said.`
			misClose := c == '“' && t.E-t.S == 1 && open >= 0 && t.S > 0 && !unicode.IsSpace(r[t.S-1]) &&
				(t.S+1 >= len(r) || unicode.IsSpace(r[t.S+1]))
			// A straight mark glued to the word before it and followed by a
			// space can only close a quote; with none open it is stray.
			strayClose := c == '"' && open < 0 && t.S > 0 && !unicode.IsSpace(r[t.S-1]) && !strings.ContainsRune("([{—–-/", r[t.S-1]) &&
				(t.S+1 >= len(r) || unicode.IsSpace(r[t.S+1]))
			switch {
			case strayClose:
				t.Kind = Punct
			case (c == '“' && !misClose) || (c == '"' && open < 0):
				if open >= 0 { // a second opening mark: the first quote was never closed
					add(Piece{Open: open, Close: -1, S: toks[open].E, E: t.S, Cont: openCont})
				}
				open, openCont = i, -1
				if first && prevUnclosed >= 0 {
					openCont = prevUnclosed
				}
			case open >= 0:
				t.Kind = CloseQ
				add(Piece{Open: open, Close: i, S: toks[open].E, E: t.S, Cont: openCont})
				open = -1
			default:
				t.Kind = Punct // a stray closing mark
			}
		}
		first = false
	}
	if open >= 0 {
		add(Piece{Open: open, Close: -1, S: toks[open].E, E: toks[len(toks)-1].E, Cont: openCont})
	}
	ds, ss := ps, pairSingles(r, toks)
	ps = nestPieces(toks, ds, ss)
	nested = inside(toks, ps, ds, ss)
	for _, p := range ps {
		for k := p.Open + 1; k < len(toks) && toks[k].S < p.E; k++ {
			if toks[k].S >= p.S {
				toks[k].InQ = true
			}
		}
	}
	return ps, nested
}

// inside returns the closed pieces of ds and ss (each in text order) that
// lie within one of the pieces kept (top), in text order.
func inside(toks []Token, top, ds, ss []Piece) []Piece {
	var out []Piece
	k := 0
	for di, si := 0, 0; di < len(ds) || si < len(ss); {
		var p Piece
		if si >= len(ss) || di < len(ds) && ds[di].S < ss[si].S {
			p = ds[di]
			di++
		} else {
			p = ss[si]
			si++
		}
		if p.Close < 0 {
			continue
		}
		for k < len(top) && (top[k].Close >= 0 && toks[top[k].Close].E <= toks[p.Open].S || top[k].Close < 0 && top[k].E <= toks[p.Open].S) {
			k++
		}
		if k < len(top) && toks[top[k].Open].S < toks[p.Open].S && top[k].Open != p.Open &&
			(top[k].Close < 0 && toks[p.Close].E <= top[k].E || top[k].Close >= 0 && toks[p.Close].E <= toks[top[k].Close].E) {
			out = append(out, p)
		}
	}
	return out
}

// appendPiece trims spaces off a Piece and keeps it if it holds any word.
func appendPiece(ps []Piece, r []rune, p Piece) []Piece {
	for p.S < p.E && unicode.IsSpace(r[p.S]) {
		p.S++
	}
	for p.E > p.S && unicode.IsSpace(r[p.E-1]) {
		p.E--
	}
	has := false
	for _, c := range r[p.S:p.E] {
		if IsWordRune(c) {
			has = true
			break
		}
	}
	if !has {
		return ps
	}
	p.Ends = r[p.E-1]
	if quotemark.NotSpeech(r, p.S, p.E) {
		return ps
	}
	return append(ps, p)
}

// pairSingles pairs single quotation marks as Pair pairs double
// ones, paragraph by paragraph (a quotation running over paragraphs
// reopens each one). A mark that can close but may be an apostrophe
// ("the Jones' old friends") closes only when no later mark in the
// paragraph can; an opening mark never closed, or followed by another
// opening mark before any closing one, was an apostrophe.
func pairSingles(r []rune, toks []Token) []Piece {
	later := make([]bool, len(toks)) // a closing candidate follows in the paragraph, before an opening one
	seen := false
	for i := len(toks) - 1; i >= 0; i-- {
		if i+1 < len(toks) && toks[i+1].Para != toks[i].Para {
			seen = false
		}
		later[i] = seen
		if toks[i].Kind == SingleQ {
			if quotemark.SingleCloses(r, toks[i].S) {
				seen = true
			} else if quotemark.SingleOpens(r, toks[i].S) {
				seen = false
			}
		}
	}
	var ps []Piece
	open, openCont, prevUnclosed, curPara, first := -1, -1, -1, -1, false
	for i := range toks {
		t := toks[i]
		if t.Para != curPara {
			pu := -1
			if open >= 0 && t.Kind == SingleQ && quotemark.SingleOpens(r, t.S) {
				pu = len(ps)
				ps = appendPiece(ps, r, Piece{Open: open, Close: -1, S: toks[open].E, E: toks[i-1].E, Cont: openCont})
				if len(ps) == pu {
					pu = -1
				}
			}
			open, prevUnclosed, curPara, first = -1, pu, t.Para, true
		}
		if t.Kind == SingleQ {
			switch {
			case open >= 0 && quotemark.SingleCloses(r, t.S) && !(later[i] && quotemark.MaybeApostrophe(r, t.S)):
				ps = appendPiece(ps, r, Piece{Open: open, Close: i, S: toks[open].E, E: t.S, Cont: openCont})
				open = -1
			case quotemark.SingleOpens(r, t.S):
				open, openCont = i, -1
				if first && prevUnclosed >= 0 {
					openCont = prevUnclosed
				}
			}
		}
		first = false
	}
	return ps
}

// maxHeadline bounds a headline, a subhead or a live blog's key event, in
// tokens.
const maxHeadline = 40

// headlineSingles keeps the single-mark pieces of an article that quotes
// in double marks that stand in a headline-like paragraph (short and not
// ended by a full stop) after a colon or a speech verb: "Reeves: duty
// rise is 'fair and necessary'", "RAC says drivers 'will feel it'". Such
// papers print quotations in their headlines and subheads in single
// marks; a label or title there ("Mayor calls plan 'a disgrace'",
// "Tehran slams European 'double standards'") is no quotation.
func headlineSingles(toks []Token, ss []Piece) []Piece {
	out := ss[:0:0]
	for _, p := range ss {
		if p.Close >= 0 && (headline(toks, p.Open) || leadingHeadline(toks, p) || attributedSingle(toks, p)) {
			out = append(out, p)
		}
	}
	return out
}

// maxSingleCue bounds the words between a single-mark quotation and the
// verb that attributes it: "..., Justice Farrukh Nadeem Awan remarked".
const maxSingleCue = 6

// attributedSingle reports whether p, in single marks in an article that
// quotes in double ones, opens its paragraph and ends its words with a
// comma, a question or an exclamation mark, with a verb of speech after
// it: "‘Three years have passed ...,’ Justice Awan remarked." Some papers
// set a judge's or an official's remarks so; a scare quote or a title
// does not end so.
func attributedSingle(toks []Token, p Piece) bool {
	if p.Open > 0 && toks[p.Open-1].Para == toks[p.Open].Para || p.Close < 2 {
		return false
	}
	if c := toks[p.Close-1].Low; c != "," && c != "?" && c != "!" {
		return false
	}
	for k := p.Close + 1; k < len(toks) && k-p.Close <= maxSingleCue && toks[k].Para == toks[p.Open].Para; k++ {
		t := toks[k]
		if t.Kind != Word {
			return false
		}
		if !t.Cap && lexicon.Verb(t.Low) != 0 {
			return true // a verb of speech: the cue lexicon's
		}
	}
	return false
}

// leadingHeadline reports whether p opens a headline-like paragraph and a
// colon follows it: "‘You learn to eat in ninety seconds’: paramedic Helen
// Marwick on her nights". The words are a sentence, not a title in title
// case ("‘The Lord of the Rings’: a review").
func leadingHeadline(toks []Token, p Piece) bool {
	if p.Open > 0 && toks[p.Open-1].Para == toks[p.Open].Para || p.Close-p.Open > maxHeadline {
		return false
	}
	// "‘Not where we want to be’" alone on its line, unended: a crosshead
	alone := (p.Close+1 >= len(toks) || toks[p.Close+1].Para != toks[p.Open].Para) && toks[p.Close-1].Kind == Word
	said := !alone && toks[p.Close-1].Low == "," && lexicon.Verb(toks[p.Close+1].Low) != 0 && !lexicon.IsNaming(toks[p.Close+1].Low)
	if !alone && !said && (toks[p.Close+1].Low != ":" && !lexicon.IsDash(toks[p.Close+1].Low) || toks[p.Close+1].Para != toks[p.Open].Para) {
		return false // "‘...’: paramedic Helen Marwick on ...", "'...' - Sondela mayor as ...", "'We'll be back,' vows organiser"
	}
	words, caps := 0, 0
	for k := p.Open + 1; k < p.Close; k++ {
		if toks[k].Kind == Word {
			words++
			if toks[k].Cap {
				caps++
			}
		}
	}
	if words < 3 || 2*caps >= words {
		return false
	}
	if alone {
		return true
	}
	b := p.Close + 1 // the paragraph stays short and unended, as a headline
	for b+1 < len(toks) && toks[b+1].Para == toks[p.Open].Para {
		if b++; b-p.Open > 2*maxHeadline {
			return false
		}
	}
	return toks[b].Kind == Word
}

// headline reports whether token i's paragraph is short, does not end in
// sentence punctuation, and has a colon or a speech verb before token i.
func headline(toks []Token, i int) bool {
	a, b := i, i
	for a > 0 && toks[a-1].Para == toks[i].Para {
		if a--; i-a > maxHeadline {
			return false
		}
	}
	for b+1 < len(toks) && toks[b+1].Para == toks[i].Para {
		if b++; b-a > maxHeadline {
			return false
		}
	}
	for b > a && toks[b].Kind == SingleQ {
		b--
	}
	if toks[b].Kind != Word {
		return false
	}
	for k := a; k < i; k++ {
		if t := toks[k]; t.Low == ":" || t.Kind == Word && lexicon.Verb(t.Low) != 0 && !lexicon.IsNaming(t.Low) {
			return true // "Reeves: duty rise is 'fair'", "Reeves says duty rise is 'fair'"
		}
	}
	return false
}

// nestPieces merges the double-mark and single-mark pieces, both in text
// order: a Piece inside another is part of it (a nested quotation), and of
// two that cross the double one stands. An article that quotes in double
// marks keeps single ones for headlines, titles and nested quotations:
// its single-mark pieces are dropped. The marks of the pieces kept become
// opening and closing tokens, every other mark plain punctuation.
func nestPieces(toks []Token, ds, ss []Piece) []Piece {
	if len(ss) > 0 && doubleStyle(toks, ds, ss) {
		ss = headlineSingles(toks, ss)
	}
	if len(ss) == 0 {
		for i := range toks {
			if toks[i].Kind == SingleQ {
				toks[i].Kind = Punct
			}
		}
		return ds
	}
	outer := func(p Piece) (int, int) {
		if p.Close >= 0 {
			return toks[p.Open].S, toks[p.Close].E
		}
		return toks[p.Open].S, p.E
	}
	out := make([]Piece, 0, len(ds)+len(ss))
	dmap, smap := make([]int, len(ds)), make([]int, len(ss))
	single := make([]bool, 0, len(ds)+len(ss))
	di, si := 0, 0
	for di < len(ds) || si < len(ss) {
		isS := di >= len(ds) || si < len(ss) && ss[si].S < ds[di].S
		p := Piece{}
		if isS {
			p, smap[si] = ss[si], -1
			si++
		} else {
			p, dmap[di] = ds[di], -1
			di++
		}
		if n := len(out); n > 0 {
			ls, le := outer(out[n-1])
			ps, pe := outer(p)
			if ps < le {
				if pe <= le || isS || !single[n-1] {
					continue // nested in the last Piece, or a single crossing it
				}
				out, single = out[:n-1], single[:n-1] // a double Piece crossing a single one
				if len(out) < n-1 || ls < 0 {
					continue
				}
			}
		}
		p.Single = isS
		if isS {
			smap[si-1] = len(out)
		} else {
			dmap[di-1] = len(out)
		}
		out, single = append(out, p), append(single, isS)
	}
	for i := range toks {
		if toks[i].Kind == SingleQ || toks[i].Kind == OpenQ || toks[i].Kind == CloseQ {
			toks[i].Kind = Punct
		}
	}
	for k := range out {
		p := &out[k]
		if p.Cont >= 0 {
			m := dmap
			if single[k] {
				m = smap
			}
			p.Cont = m[p.Cont]
		}
		toks[p.Open].Kind = OpenQ
		if p.Close >= 0 {
			toks[p.Close].Kind = CloseQ
		}
	}
	return out
}

// doubleStyle reports whether an article quotes in double marks: it has
// no more pieces in single marks than in double ones (or in two straight
// single marks, as some archives print double ones), not counting its
// first paragraph, often a headline in single marks, unless it is all.
func doubleStyle(toks []Token, ds, ss []Piece) bool {
	n, body := 0, false
	for _, p := range ss {
		if toks[p.Open].Para > 0 {
			n, body = n+1, true
		}
	}
	for _, p := range ds {
		if toks[p.Open].Para > 0 {
			n, body = n-1, true
		}
	}
	if !body { // a text of one paragraph
		n = len(ss) - len(ds)
	}
	for i := 1; i < len(toks) && n > 0; i++ {
		if toks[i].Low == "'" && toks[i-1].Low == "'" && toks[i-1].E == toks[i].S {
			n--
		}
	}
	return n <= 0
}

// lower is the runes as a lower-case string, made in one pass: a token's
// text is read once for every token of every article.
// capsAround reports whether the word r[i:j] stands in a line of
// capitals, a heading's "WHO SAID IT", where its capitals say nothing:
// the word before or after it is in capitals too.
func capsAround(r []rune, i, j int) bool {
	upperWord := func(a, b int) bool {
		letters := 0
		for k := a; k < b; k++ {
			if unicode.IsLower(r[k]) {
				return false
			}
			if unicode.IsLetter(r[k]) {
				letters++
			}
		}
		return letters >= 2
	}
	a := i - 1
	for a > 0 && r[a] == ' ' {
		a--
	}
	s := a
	for s > 0 && IsWordRune(r[s-1]) {
		s--
	}
	if a >= 0 && IsWordRune(r[a]) && upperWord(s, a+1) {
		return true
	}
	b := j
	for b < len(r) && r[b] == ' ' {
		b++
	}
	e := b
	for e < len(r) && IsWordRune(r[e]) {
		e++
	}
	return e > b && upperWord(b, e)
}

func lower(rs []rune) string {
	ascii := true
	for _, c := range rs {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		b := make([]byte, len(rs))
		for k, c := range rs {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[k] = byte(c)
		}
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(rs) + 4)
	for _, c := range rs {
		sb.WriteRune(unicode.ToLower(c))
	}
	return sb.String()
}

// punctStrings are the common punctuation marks as strings, so that a
// token of one needs no new string.
var punctStrings = func() map[rune]string {
	m := map[rune]string{}
	for _, c := range ".,;:!?()[]{}—–-‘’“”\"'…/&%$£€#*@+=<>|~_•" {
		m[c] = string(c)
	}
	return m
}()

// runeString is string(c), shared for common marks.
func runeString(c rune) string {
	if c < utf8.RuneSelf {
		return string(c) // one byte: Go shares these
	}
	if s, ok := punctStrings[c]; ok {
		return s
	}
	return string(c)
}

// BlockAfterColon reports the paragraph after the colon at token c as
// tokens [f, e] when it may be a block quotation: the colon ends its
// paragraph outside any quote, and the next paragraph holds no quotation
// mark and ends in a full stop, a question or an exclamation mark (prose,
// not a heading or a list item).
func BlockAfterColon(toks []Token, c int) (f, e int, ok bool) {
	if c+1 >= len(toks) || toks[c].Low != ":" || toks[c].InQ || toks[c+1].Para != toks[c].Para+1 {
		return 0, 0, false
	}
	f, e = c+1, c+1
	for e+1 < len(toks) && toks[e+1].Para == toks[f].Para {
		e++
	}
	switch toks[e].Low {
	case ".", "?", "!":
	default:
		return 0, 0, false
	}
	for k := f; k <= e; k++ {
		if t := toks[k]; t.InQ || t.Kind == OpenQ || t.Kind == CloseQ {
			return 0, 0, false
		}
	}
	return f, e, true
}

// LinkLine reports whether the paragraph starting at token i is a link
// to another story: "RELATED: ...", "READ MORE: ...", "See also: ...".
func LinkLine(toks []Token, i int) bool {
	for k := i; k < len(toks) && k-i < 3 && toks[k].Para == toks[i].Para; k++ {
		if toks[k].Kind == Word && !linkWords[toks[k].Low] {
			return false
		}
		if k > i && toks[k].Low == ":" {
			return true
		}
	}
	return false
}

// NavLine reports whether the paragraph starting at token i is a site's
// menu copied with the page: capitalised words only, set apart by wide
// gaps or bars ("Malaysia   Money   World   Life   Showbiz   Videos"),
// whose runs of capitals name no one.
func NavLine(toks []Token, i int) bool {
	words, gaps := 0, 0
	k := i
	for ; k < len(toks) && toks[k].Para == toks[i].Para; k++ {
		t := toks[k]
		switch {
		case t.Kind == Word && t.Cap:
			words++
		case t.Low == "|" || t.Low == "&" || t.Low == "-" || t.Low == "·" || t.Low == "•":
			gaps++
			continue
		default:
			return false
		}
		if k > i && t.S-toks[k-1].E >= 2 {
			gaps++
		}
	}
	return words >= minNavWords && gaps >= minNavWords-1
}

// minNavWords is how many words make a menu line.
const minNavWords = 4

// linkWords open a line that links to another story.
var linkWords = map[string]bool{"related": true, "read": true, "more": true, "see": true, "also": true, "watch": true,
	"listen": true, "recommended": true}

// GoDeeper reports whether the paragraph starting at token i links to
// another story after "Go deeper:" (as Axios writes it).
func GoDeeper(toks []Token, i int) bool {
	return i+2 < len(toks) && toks[i].Low == "go" && toks[i+1].Low == "deeper" && toks[i+2].Low == ":" && toks[i+2].Para == toks[i].Para
}

// maxListHeading bounds, in tokens, the heading of a list of links.
const maxListHeading = 8

// LinkListHeading reports whether the paragraph starting at token i heads
// a list of links to other stories: "Related stories", "Most viewed",
// "More on this story", "Top Headlines", "More Stories From NPR".
func LinkListHeading(toks []Token, i int) bool {
	if !listOpeners[toks[i].Low] {
		return false
	}
	n := 0
	for k := i; k < len(toks) && toks[k].Para == toks[i].Para; k++ {
		if n++; n > maxListHeading || toks[k].Kind != Word && toks[k].Low != ":" && toks[k].Low != "’" && toks[k].Low != "'" {
			return false
		}
		if toks[k].Kind == Word && !listWords[toks[k].Low] && !listOpeners[toks[k].Low] && (k == i || toks[k-1].Low != "from") {
			return false // "More Stories From NPR": any name after "from"
		}
	}
	return n > 1 || toks[i].Low == "related" || toks[i].Low == "trending"
}

// listOpeners open the heading of a list of links; listWords go on it.
var listOpeners = map[string]bool{"related": true, "most": true, "more": true, "top": true, "recommended": true,
	"trending": true, "popular": true, "latest": true, "further": true, "you": true, "don't": true, "don’t": true,
	"editor's": true, "editor’s": true, "editors'": true, "editors’": true, "also": true, "elsewhere": true}
var listWords = map[string]bool{"stories": true, "story": true, "articles": true, "article": true, "news": true,
	"read": true, "viewed": true, "popular": true, "headlines": true, "on": true, "this": true, "from": true,
	"may": true, "also": true, "like": true, "miss": true, "in": true, "reading": true, "picks": true,
	"now": true, "watched": true, "shared": true, "the": true, "topic": true, "coverage": true, "links": true}

// maxListItem bounds, in words, a line of a list of links: a headline.
const maxListItem = 30

// LinkListItem reports whether the paragraph starting at token i may be a
// line of a list of links: a headline, short and not a sentence of prose,
// and not a subhead the story goes on under ("'Not everyone has a
// smartphone'" over a paragraph of prose).
func LinkListItem(toks []Token, i int) bool {
	words, last := paraWords(toks, i)
	if words > maxListItem || prose(toks, words, last) {
		return false
	}
	if last+1 < len(toks) {
		next, nextLast := paraWords(toks, last+1)
		return !prose(toks, next, nextLast)
	}
	return true
}

// prose reports whether a paragraph of words ending at token last is a
// sentence of prose, not a headline: long and ended with a full stop.
func prose(toks []Token, words, last int) bool {
	return words > 15 && (toks[last].Low == "." || toks[last].Kind == CloseQ && last > 0 && toks[last-1].Low == ".")
}

// paraWords returns the words of the paragraph starting at token i and
// its last token.
func paraWords(toks []Token, i int) (words, last int) {
	last = i
	for k := i; k < len(toks) && toks[k].Para == toks[i].Para; k++ {
		if toks[k].Kind == Word {
			words++
		}
		last = k
	}
	return words, last
}

// maxListed bounds the lines of a list of links to other stories.
const maxListed = 12

// MarkSentences flags the tokens of r that end a sentence (SentEd) and
// gives each its sentence's start (Sent). Only punctuation outside
// quotations counts, plus closing marks right after terminal punctuation;
// a paragraph ends a sentence, and so does every maxSentence-th token of
// one without an end. It returns each paragraph's first token and which
// paragraphs are a list of links to other stories (listPara) or a line
// linking to one or a menu (linkPara).
func MarkSentences(r []rune, toks []Token, maxSentence int, steps *int) (paraFirst []int32, listPara, linkPara []bool) {
	n := len(toks)
	sent := 0
	listed := 0 // lines of a list of links still to come ("Related stories", then headlines)
	for i := range toks {
		if i > 0 && toks[i-1].SentEd {
			sent = i
		}
		if i == 0 || toks[i-1].Para != toks[i].Para {
			paraFirst = append(paraFirst, int32(i))
			list := LinkListHeading(toks, i)
			switch {
			case list:
				listed = maxListed
			case listed > 0 && LinkListItem(toks, i):
				list = true
				listed--
			default:
				listed = 0
			}
			listPara = append(listPara, list || GoDeeper(toks, i))
			linkPara = append(linkPara, list || LinkLine(toks, i) || NavLine(toks, i))
		}
		t := &toks[i]
		t.Sent = int32(sent)
		if i == n-1 || toks[i+1].Para != t.Para || i-sent+1 >= maxSentence {
			t.SentEd = true
			continue
		}
		next := toks[i+1]
		startsNew := (next.Kind == Word && (next.Cap || unicode.IsDigit(r[next.S]))) || next.Kind == OpenQ
		switch {
		case t.InQ:
		case t.Kind == Punct && (t.Low == "." || t.Low == "!" || t.Low == "?"):
			if t.Low == "." && i > 0 && toks[i-1].Kind == Word && toks[i-1].E == t.S {
				p := toks[i-1]
				if lexicon.IsAbbrev(p.Low) || (p.E-p.S == 1 || lexicon.IsCapAbbrev(p.Low)) && p.Cap {
					continue
				}
			}
			if startsNew {
				t.SentEd = true
			}
		case t.Kind == CloseQ:
			if c := r[t.S-1]; (c == '.' || c == '!' || c == '?') && startsNew {
				t.SentEd = true
			} else if prevRuneEnds(r, t.S, steps) && startsNew {
				t.SentEd = true
			}
		}
	}
	return paraFirst, listPara, linkPara
}

// prevRuneEnds reports whether the last non-space rune before offset s is
// terminal punctuation (for marks separated from it by a space).
func prevRuneEnds(r []rune, s int, steps *int) bool {
	for k := s - 1; k >= 0; k-- {
		*steps++
		if unicode.IsSpace(r[k]) {
			continue
		}
		return r[k] == '.' || r[k] == '!' || r[k] == '?'
	}
	return false
}

// ChainHeads returns, for each piece, the first piece of the quotation it
// continues (itself, when it continues none): a quotation running over
// many paragraphs is walked once, not once for each of its pieces.
func ChainHeads(ps []Piece) []int32 {
	heads := make([]int32, len(ps))
	for k, p := range ps {
		heads[k] = int32(k)
		if p.Cont >= 0 && p.Cont < k {
			heads[k] = heads[p.Cont]
		}
	}
	return heads
}
