package extract

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/quotemark"
)

// Token kinds.
const (
	tkWord   = iota // letters and digits, with inner apostrophes, hyphens and dots
	tkPunct         // any other single non-space rune
	tkOpenQ         // a double quotation mark; pairQuotes retypes closing ones
	tkCloseQ        // a closing double quotation mark
	tkSingle        // a single mark at a word's edge; pairQuotes retypes it
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
	single      bool // in single marks
}

// isWordRune reports whether c can start or continue a word.
func isWordRune(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }

// tokenize splits r into tokens, tracking paragraphs (lines). Apostrophes
// (’ and ') inside a word, as in "Twitter’s" or "don't", stay in the word so
// they are never mistaken for quotation marks; single marks elsewhere are
// candidates that pairQuotes decides on.
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
		case quotemark.IsDouble(c) && !quotemark.Inch(r, i):
			toks = append(toks, token{s: i, e: i + 1, kind: tkOpenQ, para: para, low: string(c)})
			i++
		case quotemark.IsSingle(c) && !(c == '\'' && (i+1 < len(r) && r[i+1] == '\'' || i > 0 && r[i-1] == '\'')):
			// (Two straight marks '' are a double mark in some archives;
			// they are left alone.)
			toks = append(toks, token{s: i, e: i + 1, kind: tkSingle, para: para, low: string(c)})
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
	ps = nestPieces(toks, ps, pairSingles(r, toks))
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
	if quotemark.NotSpeech(r, p.s, p.e) {
		return ps
	}
	return append(ps, p)
}

// pairSingles pairs single quotation marks as pairQuotes pairs double
// ones, paragraph by paragraph (a quotation running over paragraphs
// reopens each one). A mark that can close but may be an apostrophe
// ("the Jones' old friends") closes only when no later mark in the
// paragraph can; an opening mark never closed, or followed by another
// opening mark before any closing one, was an apostrophe.
func pairSingles(r []rune, toks []token) []piece {
	later := make([]bool, len(toks)) // a closing candidate follows in the paragraph, before an opening one
	seen := false
	for i := len(toks) - 1; i >= 0; i-- {
		if i+1 < len(toks) && toks[i+1].para != toks[i].para {
			seen = false
		}
		later[i] = seen
		if toks[i].kind == tkSingle {
			if quotemark.SingleCloses(r, toks[i].s) {
				seen = true
			} else if quotemark.SingleOpens(r, toks[i].s) {
				seen = false
			}
		}
	}
	var ps []piece
	open, openCont, prevUnclosed, curPara, first := -1, -1, -1, -1, false
	for i := range toks {
		t := toks[i]
		if t.para != curPara {
			pu := -1
			if open >= 0 && t.kind == tkSingle && quotemark.SingleOpens(r, t.s) {
				pu = len(ps)
				ps = appendPiece(ps, r, piece{open: open, close: -1, s: toks[open].e, e: toks[i-1].e, cont: openCont})
				if len(ps) == pu {
					pu = -1
				}
			}
			open, prevUnclosed, curPara, first = -1, pu, t.para, true
		}
		if t.kind == tkSingle {
			switch {
			case open >= 0 && quotemark.SingleCloses(r, t.s) && !(later[i] && quotemark.MaybeApostrophe(r, t.s)):
				ps = appendPiece(ps, r, piece{open: open, close: i, s: toks[open].e, e: t.s, cont: openCont})
				open = -1
			case quotemark.SingleOpens(r, t.s):
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

// nestPieces merges the double-mark and single-mark pieces, both in text
// order: a piece inside another is part of it (a nested quotation), and of
// two that cross the double one stands. An article that quotes in double
// marks keeps single ones for headlines, titles and nested quotations:
// its single-mark pieces are dropped. The marks of the pieces kept become
// opening and closing tokens, every other mark plain punctuation.
func nestPieces(toks []token, ds, ss []piece) []piece {
	if len(ss) == 0 || doubleStyle(toks, ds, ss) {
		for i := range toks {
			if toks[i].kind == tkSingle {
				toks[i].kind = tkPunct
			}
		}
		return ds
	}
	outer := func(p piece) (int, int) {
		if p.close >= 0 {
			return toks[p.open].s, toks[p.close].e
		}
		return toks[p.open].s, p.e
	}
	out := make([]piece, 0, len(ds)+len(ss))
	dmap, smap := make([]int, len(ds)), make([]int, len(ss))
	single := make([]bool, 0, len(ds)+len(ss))
	di, si := 0, 0
	for di < len(ds) || si < len(ss) {
		isS := di >= len(ds) || si < len(ss) && ss[si].s < ds[di].s
		p := piece{}
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
					continue // nested in the last piece, or a single crossing it
				}
				out, single = out[:n-1], single[:n-1] // a double piece crossing a single one
				if len(out) < n-1 || ls < 0 {
					continue
				}
			}
		}
		p.single = isS
		if isS {
			smap[si-1] = len(out)
		} else {
			dmap[di-1] = len(out)
		}
		out, single = append(out, p), append(single, isS)
	}
	for i := range toks {
		if toks[i].kind == tkSingle || toks[i].kind == tkOpenQ || toks[i].kind == tkCloseQ {
			toks[i].kind = tkPunct
		}
	}
	for k := range out {
		p := &out[k]
		if p.cont >= 0 {
			m := dmap
			if single[k] {
				m = smap
			}
			p.cont = m[p.cont]
		}
		toks[p.open].kind = tkOpenQ
		if p.close >= 0 {
			toks[p.close].kind = tkCloseQ
		}
	}
	return out
}

// doubleStyle reports whether an article quotes in double marks: it has
// no more pieces in single marks than in double ones (or in two straight
// single marks, as some archives print double ones), not counting its
// first paragraph, often a headline in single marks, unless it is all.
func doubleStyle(toks []token, ds, ss []piece) bool {
	n, body := 0, false
	for _, p := range ss {
		if toks[p.open].para > 0 {
			n, body = n+1, true
		}
	}
	for _, p := range ds {
		if toks[p.open].para > 0 {
			n, body = n-1, true
		}
	}
	if !body { // a text of one paragraph
		n = len(ss) - len(ds)
	}
	for i := 1; i < len(toks) && n > 0; i++ {
		if toks[i].low == "'" && toks[i-1].low == "'" && toks[i-1].e == toks[i].s {
			n--
		}
	}
	return n <= 0
}
