// Package labels tells quoted words that are a name or a title from
// anyone's words: a file marked “not for circulation”, a dog locals call
// “the Ghost”, a report titled “Hidden Costs in Hospital Environmental
// Services”. It reads the tokens of package tok.
package labels

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// Named reports whether the words quoted between tokens open and
// close are a name given to something rather than anyone's words, what
// the words before say whatever else the sentence holds: the so-called
// “de-risking”, a file marked “not for circulation”, a dog locals call
// “the Ghost”. (What someone called “fraud” or labeled a “witch hunt” is
// their word.) A label is short: at most five words.
func Named(toks []tok.Token, open, close int, steps *int) bool {
	return named(toks, open, close, steps, 0)
}

// maxListed bounds how many quoted words back a list of them is read:
// "Words such as “anticipate,” “believe,” ... “will” ...".
const maxListed = 16

// named is Named for the piece listed-th in a list of quoted words: a
// piece right after another in its paragraph (or after a comma, "and" or
// "or") is a label when the one before it is.
func named(toks []tok.Token, open, close int, steps *int, listed int) bool {
	words := 0
	for k := open + 1; k < close; k++ {
		*steps++
		if toks[k].Kind == tok.Word {
			words++
		}
		if words > 5 {
			return false
		}
	}
	if c := open - 1; c > 0 && listed < maxListed {
		if toks[c].Low == "and" || toks[c].Low == "or" || toks[c].Low == "," {
			c--
		}
		if c > 0 && toks[c].Kind == tok.CloseQ && toks[c].Para == toks[open].Para {
			// the next of a list of quoted words: a label if the first is
			for o := c - 1; o >= 0 && c-o <= 8; o-- {
				*steps++
				if toks[o].Kind == tok.OpenQ {
					return named(toks, o, c, steps, listed+1)
				}
			}
		}
	}
	d := open - 1
	if d < 0 {
		return false // the text opens with the mark
	}
	if toks[d].Low == "a" || toks[d].Low == "an" || toks[d].Low == "the" {
		d--
	}
	if d < 0 {
		return false
	}
	switch toks[d].Low {
	case "so-called", "marked", "stamped", "titled", "entitled", "headlined", "captioned", "codenamed", "code-named", "aka":
		return true
	case "phrase", "term", "word", "expression", "slogan", "hashtag", "motto", "catchphrase", "buzzword":
		return toks[d+1].Kind == tok.OpenQ // the phrase “climate change”, the word “pivot” (not "the word is “...”")
	case "as", "like":
		if d > 0 && (toks[d-1].Low == "such" || toks[d-1].Low == "words" || toks[d-1].Low == "terms") {
			return true // words such as “expect,”
		}
		for k := d - 1; k >= 0 && d-k <= 3; k-- {
			if toks[k].Low == "known" {
				return nickname(toks, open, close) // known to teammates as “Jet”
			}
		}
	case "dubbed", "call", "calls", "called":
		return nickname(toks, open, close) // a dog locals call “the Ghost” (but what he called “a disgrace”)
	case "(", "or", "and":
		// a term a release or a contract defines: "Norhaven Cold Logistics,
		// Inc. ("Norhaven" or the "Company")", "(“Greenmarch”)"
		return defined(toks, d, close) && nickname(toks, open, close)
	case "under", "headed":
		return nickname(toks, open, close) // the risks described under "Risk Factors"
	}
	// "forward-looking statements" within the meaning of the Act
	return close+3 < len(toks) && toks[close+1].Low == "within" && toks[close+2].Low == "the" && toks[close+3].Low == "meaning"
}

// maxDefining bounds the words between the bracket that opens a
// definition and a term it defines.
const maxDefining = 8

// defined reports whether the word at d ("(", or "or" after an opening
// bracket) opens the term a bracket defines, closed right after the
// quotation that ends at close.
func defined(toks []tok.Token, d, close int) bool {
	if close+1 >= len(toks) || toks[close+1].Low != ")" && toks[close+1].Low != "or" && toks[close+1].Low != "and" && toks[close+1].Low != "," {
		return false
	}
	for k := d; k >= 0 && d-k <= maxDefining; k-- {
		switch toks[k].Low {
		case "(":
			return true
		case ")":
			return false
		}
	}
	return false
}

// nickname reports whether the words quoted between tokens open and
// close are a name given to someone or something: one to three words,
// the first (after "the") capitalised, no sentence ended inside.
func nickname(toks []tok.Token, open, close int) bool {
	k := open + 1
	if k < close && toks[k].Low == "the" {
		k++
	}
	if k >= close || !toks[k].Cap || toks[k].Kind != tok.Word || close-open-1 > 4 {
		return false
	}
	for j := k; j < close; j++ {
		if t := toks[j]; t.Kind != tok.Word && t.Low != "-" && t.Low != "'" && t.Low != "’" {
			return false
		}
	}
	return true
}

// TitleCased reports whether the words quoted between tokens open and
// close are a title written in title case ("Hidden Costs in Hospital
// Environmental Services, 2025"): three words or more, each but the
// small ones capitalised, and no sentence ended inside.
func TitleCased(toks []tok.Token, r []rune, open, close int, steps *int) bool {
	words, lower := 0, false
	for k := open + 1; k < close; k++ {
		*steps++
		t := toks[k]
		if t.Kind != tok.Word {
			if t.Low == "." || t.Low == "?" || t.Low == "!" {
				return false
			}
			continue
		}
		words++
		lower = lower || !lexicon.AllUpper(r[t.S:t.E])
		if !t.Cap && !lexicon.IsFunctionWord(t.Low) && !unicode.IsDigit(r[t.S]) {
			return false
		}
	}
	return words >= 3 && lower && !lexicon.IsFunctionWord(toks[open+1].Low) // (not a headline's capitals: "NO BAD BLOOD")
}

// Title reports whether the quoted words between tokens open and close
// are a title even after a cue of their own ("The institute's report,
// “Nowhere to Stop: Overnight Truck Parking on Three Corridors,” is
// linked"): written in title case with a subtitle after a colon. (A
// headline quoting someone is in title case too, but says it in one
// run: “We’re Going To Be Pickier, Not Smaller”.)
func Title(toks []tok.Token, r []rune, open, close int, steps *int) bool {
	colon := false
	for k := open + 2; k < close-1 && !colon; k++ {
		*steps++
		colon = toks[k].Low == ":"
	}
	return colon && TitleCased(toks, r, open, close, steps)
}

// workNouns name a work whose title a quotation can be: "the hymn “Den
// blomstertid nu kommer”", "her single “Half a Mile of Fence”".
var workNouns = map[string]bool{"hymn": true, "song": true, "single": true, "album": true, "track": true, "film": true,
	"movie": true, "book": true, "novel": true, "memoir": true, "play": true, "musical": true, "series": true, "show": true,
	"episode": true, "documentary": true, "poem": true, "painting": true, "sculpture": true, "exhibition": true,
	"recording": true, "ep": true, "titled": true, "entitled": true, "anthem": true, "ballad": true, "opera": true,
	"podcast": true, "programme": true, "program": true, "column": true, "essay": true, "headline": true}

// ofWork are the words that take a work's title after "of": "a phone
// recording of “Half a Mile of Fence”", "a cover of ...".
var ofWork = map[string]bool{"recording": true, "version": true, "cover": true, "performance": true, "screening": true,
	"copy": true, "premiere": true, "production": true, "remake": true, "sequel": true, "rendition": true, "remix": true}

// namingVerbs say what someone called a thing: "called the film “...”".
var namingVerbs = map[string]bool{"called": true, "calling": true, "calls": true, "dubbed": true, "described": true,
	"describing": true, "hailed": true, "branded": true, "labelled": true, "labeled": true, "termed": true}

// seeingVerbs take a work as their object: "after seeing “Salt in the
// Well”". (Not hearing: "heard “Stop!”" is someone's words.)
var seeingVerbs = map[string]bool{"seeing": true, "saw": true, "watching": true, "watched": true, "reading": true,
	"read": true, "screening": true, "starring": true, "directed": true}

// Work reports whether the quoted words between tokens open and close are
// a work's title by the words before them: a work's noun ("the hymn
// “...”"), "a recording of “...”", or a verb of seeing before a title in
// title case ("after seeing “Salt in the Well”").
func Work(toks []tok.Token, r []rune, open, close int, steps *int) bool {
	k := open - 1
	if k < 0 || close < 0 {
		return false
	}
	w := toks[k].Low
	if open+1 >= len(toks) || !toks[open+1].Cap {
		return false // "support the film “all the way through the season”": words, not a title
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		*steps++
		if namingVerbs[toks[j].Low] {
			return false // "called the album “the easiest yes I’ve said in years”"
		}
	}
	switch {
	case workNouns[w]:
		return true
	case w == "of" && k > 0 && ofWork[toks[k-1].Low]:
		return true
	case seeingVerbs[w]:
		return TitleCased(toks, r, open, close, steps)
	}
	return false
}

// Scare reports whether quoted piece p is a label or a scare quote
// rather than anyone's words: a name or title (Named, TitleCased, Title,
// Work), or a word or a short phrase after an article that ends no
// sentence or clause (the “exclusive”, a “draft document”), without a
// cue of its own (cued), a speech verb in its sentence (sentenceCue,
// asked last) or any speaker (spoken).
func Scare(toks []tok.Token, r []rune, p tok.Piece, cued, spoken bool, sentenceCue func() bool, steps *int) bool {
	if p.Close < 0 || p.Open == 0 {
		return false
	}
	d := p.Open - 1
	if Named(toks, p.Open, p.Close, steps) || !cued && TitleCased(toks, r, p.Open, p.Close, steps) ||
		Title(toks, r, p.Open, p.Close, steps) || Work(toks, r, p.Open, p.Close, steps) {
		return true
	}
	if toks[d].Low == "the" && toks[d].Cap && p.Ends == ',' && p.Close-p.Open <= 5 && !spoken {
		return true // `The “draft document,” dated January 12, runs to ...`
	}
	if cued || strings.ContainsRune(".,!?…:;—", p.Ends) || sentenceCue() {
		return false
	}
	if prev := toks[d].Low; prev != "a" && prev != "an" && prev != "the" && prev != "so-called" {
		return false // "called the system “rotten”": someone's word
	}
	next := toks[min(p.Close+1, len(toks)-1)]
	if d != int(toks[d].Sent) && (p.Close+1 >= len(toks) || next.Kind != tok.Word || next.Cap || lexicon.IsFunctionWord(next.Low) || lexicon.IsNounStop(next.Low)) {
		return false // only a label opening its sentence or naming a thing: a “draft document” was, an “exclusive” interview
	}
	words := 0
	for k := p.Open + 1; k < p.Close; k++ {
		*steps++
		if toks[k].Kind == tok.Word {
			words++
		}
	}
	return words <= 3
}
