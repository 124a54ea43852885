// Package outlet reads the news outlets an attribution names, known to
// the lexicon or not: "told NPR", "BBC Radio Oxford", "told BBC Match of
// the Day", "speaking to TNT Sports", "on the Second Act podcast".
package outlet

import (
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// Reader reads outlets in one article's tokens.
type Reader struct {
	Toks  []tok.Token
	R     []rune
	Steps *int // the extractor's count of work done
	// TitledPerson reports whether a name is a person the article gave a
	// title, which no outlet is ("told Mark Ellis, a reporter").
	TitledPerson func(name string) bool
	key          []byte // a look-up key being built (At)

	agencies map[string]bool // names a news agency is given in apposition ("the Jordan News Agency, Petra,"), read once
	readAg   bool
}

// agencyNouns end the description of a news agency before its name:
// "the Jordan News Agency, Petra", "Iraq's state news agency, INA".
var agencyNouns = map[string]bool{"agency": true, "broadcaster": true, "newspaper": true, "daily": true, "channel": true}

// readAgencies finds the names given to news agencies in apposition, once
// for the article: "..., the Jordan News Agency, Petra, reported", "...,
// state news agency RIA reported".
func (o *Reader) readAgencies() {
	o.readAg = true
	for i := 2; i+1 < len(o.Toks); i++ {
		*o.Steps++
		// "the Jordan News Agency, Petra, reported", or without the comma
		// after a description in lower case: "state news agency RIA reported"
		apposed := o.Toks[i-1].Low == "," && agencyNouns[o.Toks[i-2].Low]
		bare := agencyNouns[o.Toks[i-1].Low] && !o.Toks[i-1].Cap
		if !apposed && !bare || !o.isNameWord(i) {
			continue
		}
		e := i + 1
		for e < len(o.Toks) && e-i < 3 && o.isNameWord(e) {
			e++
		}
		if e < len(o.Toks) && (o.Toks[e].Low == "," || o.Toks[e].Low == "." || o.Toks[e].Low == "reported") {
			if o.agencies == nil {
				o.agencies = map[string]bool{}
			}
			o.agencies[o.text(i, e)] = true
		}
	}
}

// agencyAt returns the agency named at token i (see readAgencies) when
// the attribution goes through it: "Petra reported", "according to
// Petra", "told Petra"; "" otherwise.
func (o *Reader) agencyAt(i int) string {
	if !o.readAg {
		o.readAgencies()
	}
	if o.agencies == nil || !o.isNameWord(i) {
		return ""
	}
	for e := i + 1; e <= i+3 && e <= len(o.Toks); e++ {
		name := o.text(i, e)
		if !o.agencies[name] {
			continue
		}
		prev, next := "", ""
		if i > 0 {
			prev = o.Toks[i-1].Low
		}
		if e < len(o.Toks) {
			next = o.Toks[e].Low
		}
		if prev == "to" || prev == "told" || prev == "per" || next == "reported" || next == "reports" || prev == "," && next == "," {
			return name
		}
	}
	return ""
}

// Agency returns the news agency's name the mention [a, b) ends with,
// given in apposition or after its description (see readAgencies):
// "RIA" for "state news agency RIA"; "" if none.
func (o *Reader) Agency(a, b int) string {
	if !o.readAg {
		o.readAgencies()
	}
	for i := max(a, b-3); i < b && o.agencies != nil; i++ {
		*o.Steps++
		if name := o.text(i, b); o.agencies[name] {
			return name
		}
	}
	return ""
}

// AtOrAgency is At, or else the news agency [i, hi) ends with (Agency):
// "state news agency RIA".
func (o *Reader) AtOrAgency(i, hi int) (string, int) {
	if name, n := o.At(i, hi); n > 0 {
		return name, n
	}
	if name := o.Agency(i, hi); name != "" {
		return name, hi - i
	}
	return "", 0
}

func (o *Reader) isNameWord(i int) bool {
	t := o.Toks[i]
	return t.Kind == tok.Word && t.Cap && !t.InQ
}

func (o *Reader) text(a, b int) string { return string(o.R[o.Toks[a].S:o.Toks[b-1].E]) }

func the(w string) int {
	if w == "the" {
		return 1
	}
	return 0
}

// Via finds the outlet an attribution was reported through in tokens
// [a, b), outside quotes and outside the speaker mention [ma, mb): "told NPR",
// "per NPR", "NPR reported", "in a statement to CNN", "according to NPR".
func (o *Reader) Via(a, b, ma, mb int) string {
	for i := a; i < b; i++ {
		*o.Steps++
		if i >= ma && i < mb {
			continue
		}
		if name := o.theOutlet(i); name != "" {
			return name
		}
		name, n := o.At(i, b)
		if n == 0 {
			continue
		}
		prev, next := "", ""
		if i > 0 {
			prev = o.Toks[i-1].Low
		}
		if prev == "the" && i > 1 {
			prev = o.Toks[i-2].Low // "told the Daily Mail"
		}
		if i+n < len(o.Toks) {
			next = o.Toks[i+n].Low
		}
		switch prev {
		case "told", "to", "per", "with", "on", "tells":
			return name
		case "by": // "in a statement carried by IRNA"
			if j := i - 2 - the(o.Toks[i-1].Low); j >= 0 {
				switch o.Toks[j].Low {
				case "carried", "published", "aired", "broadcast", "quoted", "cited", "released":
					return name
				}
			}
		}
		switch next {
		case "reported", "reports", "report", "reporting", "interview":
			return name
		}
	}
	for i := a + 1; i < b; i++ {
		*o.Steps++
		if i >= ma && i < mb || !o.isNameWord(i) {
			continue
		}
		if name := o.agencyAt(i); name != "" {
			return name // "..., the Jordan News Agency, Petra, reported", "according to Petra"
		}
		prev := o.Toks[i-1].Low
		if prev == "the" && i > a+1 {
			prev = o.Toks[i-2].Low
		}
		if prev == "told" || prev == "to" || prev == "with" || prev == "on" || prev == "in" && i >= 2 && writeVerbs[o.Toks[i-2].Low] {
			if name := o.mediaName(i, b); name != "" {
				return name
			}
		}
		if o.acronymAlone(i) && (o.Toks[i-1].Low == "told" || (prev == "to" || prev == "with") && o.speechBefore(i-1)) {
			return o.text(i, i+1) // "Ekberg told IGN.", "confirmed the news to PEOPLE", "in an interview with STAT"
		}
	}
	return ""
}

// mediaName reads an outlet the lexicon does not know at token i (before
// hi), after "told", "to", "with" or "on": capitalised words ending in a
// word of the trade ("The Business Times", "TNT Sports") or followed by
// one ("the Second Act podcast"). It returns "" for anything else, and
// for a person's name.
func (o *Reader) mediaName(i, hi int) string {
	j := i
	if o.Toks[i].Low == "the" {
		j++ // "The Oldie"
	}
	for j < hi && j-i < 6 && (o.isNameWord(j) && !lexicon.IsNamedCap(o.Toks[j].Low) ||
		o.Toks[j].Low == "of" && j > i && o.Toks[i].Low == "the" && j+1 < hi && o.isNameWord(j+1)) { // "The Chronicle of Higher Education"
		*o.Steps++
		j++
	}
	if j == i || j == i+1 && o.Toks[i].Low == "the" {
		return ""
	}
	name := o.text(i, j)
	if o.TitledPerson != nil && o.TitledPerson(lexicon.StripPossessive(name)) {
		return ""
	}
	switch {
	case mediaWords[o.Toks[j-1].Low] && (j-i >= 2 || i > 0 && o.Toks[i-1].Low == "the"):
		return name // "The Business Times", "told the Mail"
	case o.Toks[i].Low == "the" && o.Toks[i].Cap && j-i >= 2:
		return name // "told The Oldie", "wrote in The Spectator": a capital The mid-sentence is a title's
	case j < hi && programmeWords[o.Toks[j].Low]:
		return name
	}
	return ""
}

// mediaWords end the names of outlets: "The Business Times", "TNT Sports".
var mediaWords = map[string]bool{"times": true, "post": true, "news": true, "sports": true, "sport": true, "tv": true,
	"radio": true, "herald": true, "journal": true, "gazette": true, "tribune": true, "daily": true, "magazine": true,
	"telegraph": true, "chronicle": true, "observer": true, "express": true, "standard": true, "star": true,
	"mail": true, "mirror": true, "examiner": true, "inquirer": true, "insider": true, "review": true, "television": true, "fm": true}

// writeVerbs say someone wrote in a publication: "wrote in The Spectator".
var writeVerbs = map[string]bool{"wrote": true, "writes": true, "writing": true, "write": true, "argued": true, "said": true}

// programmeWords follow the title of a programme: "the Second Act podcast".
var programmeWords = map[string]bool{"podcast": true, "programme": true, "program": true, "show": true, "newspaper": true}

// InnerUpper reports whether word token i, not capitalised, ends in a
// Latin capital: an outlet written "talkSPORT". (Only the last rune is
// read: it is asked of every word an outlet is looked for at.)
func (o *Reader) InnerUpper(i int) bool {
	t := o.Toks[i]
	c := o.R[t.E-1]
	return t.E-t.S > 1 && c >= 'A' && c <= 'Z'
}

// At matches a news outlet starting at token i (before hi); it returns
// the display name and the number of tokens matched.
func (o *Reader) At(i, hi int) (string, int) {
	t := o.Toks[i]
	if t.Kind != tok.Word || t.InQ || !(t.Cap || t.Low == "the" || o.InnerUpper(i) && lexicon.IsViaOutletStart(t.Low)) ||
		!lexicon.IsViaOutletStart(lexicon.StripPossessive(t.Low)) {
		return "", 0
	}
	for n := 4; n >= 1; n-- {
		*o.Steps++
		if i+n > hi {
			continue
		}
		key := o.key[:0] // the words in lower case, one space between
		ok := true
		for k := i; k < i+n; k++ {
			*o.Steps++
			if o.Toks[k].Kind != tok.Word || o.Toks[k].InQ {
				ok = false
				break
			}
			if k > i {
				key = append(key, ' ')
			}
			w := o.Toks[k].Low
			if k == i+n-1 {
				w = lexicon.StripPossessive(w)
			}
			key = append(key, w...)
		}
		o.key = key
		if !ok {
			continue
		}
		switch string(key) {
		case "the", "times", "post", "journal", "time", "fox":
			continue
		}
		if name, found := lexicon.ViaOutletBytes(key); found {
			// "BBC Radio Oxford": a sub-brand and its name go with it.
			for k, base := i+n, i+n; k < hi && k < base+3 && o.Toks[k].Kind == tok.Word && (o.Toks[k].Cap || lexicon.IsNumber(o.Toks[k].Low)) &&
				!lexicon.IsNamedCap(o.Toks[k].Low) && (lexicon.IsSubBrand(o.Toks[k].Low) || lexicon.IsSubBrand(o.Toks[k-1].Low)); k++ {
				name += " " + o.text(k, k+1)
				n++
			}
			if k := o.programmeAfter(i+n, hi); k > i+n {
				if lexicon.IsPossessive(o.Toks[i+n-1].Low) {
					return o.text(i+the(o.Toks[i].Low), k), k - i // "RTÉ’s Morning Ireland"
				}
				return name + " " + o.text(i+n, k), k - i // "BBC Match of the Day"
			}
			if lexicon.IsPossessive(o.Toks[i+n-1].Low) {
				// "the BBC's Today programme": the outlet's programme.
				k := i + n
				for k < hi && k < i+n+3 && o.isNameWord(k) && !lexicon.IsNamedCap(o.Toks[k].Low) {
					k++
				}
				if k < hi && k > i+n && (o.Toks[k].Low == "programme" || o.Toks[k].Low == "program" || o.Toks[k].Low == "show" || o.Toks[k].Low == "podcast") {
					return o.text(i+the(o.Toks[i].Low), k+1), k + 1 - i
				}
			}
			return name, n
		}
	}
	if t.Low == "the" {
		return o.mastheadAt(i+1, hi)
	}
	return "", 0
}

// mastheadAt reads a newspaper not in the outlet list after "the": one to
// three capitalised words and a masthead word ("Denver Post", "The Business
// Times" when "The" is capitalised mid-sentence); it returns the name and
// its length counting "the".
func (o *Reader) mastheadAt(i, hi int) (string, int) {
	for k := i + 1; k < hi && k <= i+3; k++ {
		*o.Steps++
		if !o.isNameWord(k - 1) {
			return "", 0
		}
		if o.isNameWord(k) && lexicon.IsMasthead(lexicon.StripPossessive(o.Toks[k].Low)) && (k+1 >= hi || !o.isNameWord(k+1)) &&
			!stateRepublic(o.Toks[k-1].Low, o.Toks[k].Low) {
			a := i
			if the := i - 1; the > 0 && o.Toks[the].Cap && o.Toks[the-1].Kind == tok.Word && o.Toks[the-1].Para == o.Toks[the].Para {
				a = the // "told The Business Times": the article is the name's
			}
			return o.text(a, k+1), k + 1 - (i - 1)
		}
	}
	return "", 0
}

// stateRepublics are the words before "Republic" in the name of a state,
// not of a newspaper ("the Arizona Republic"): "the Islamic Republic",
// "the Czech Republic".
var stateRepublics = map[string]bool{"islamic": true, "democratic": true, "people's": true, "people’s": true,
	"czech": true, "dominican": true, "african": true, "arab": true, "federal": true, "socialist": true,
	"slovak": true, "kyrgyz": true, "french": true, "fifth": true, "irish": true, "chinese": true, "weimar": true}

// stateRepublic reports whether the words w, then masthead, name a state.
func stateRepublic(w, masthead string) bool {
	return lexicon.StripPossessive(masthead) == "republic" && stateRepublics[w]
}

// programmeAfter returns the end of a programme's title written right
// after an outlet's name ("told BBC Match of the Day.", "told ABC Country
// Hour the trial was funded"): two or more capitalised words joined by
// "of", "the" or "and", then a punctuation mark or a word in lower case;
// else j.
func (o *Reader) programmeAfter(j, hi int) int {
	k := j
	for k < hi && k-j < 6 && o.Toks[k].Kind == tok.Word && !o.Toks[k].InQ {
		*o.Steps++
		w := o.Toks[k].Low
		if !(o.Toks[k].Cap && !lexicon.IsNamedCap(w) || k > j && (w == "of" || w == "the" || w == "and")) {
			break
		}
		k++
	}
	for k > j && !o.Toks[k-1].Cap && o.Toks[k].Kind == tok.Word && !o.Toks[k].Cap {
		k-- // "told ABC Country Hour the trial ...": "the" opens the clause
	}
	if k == j || !o.Toks[k-1].Cap || k-j < 2 || k < len(o.Toks) && o.Toks[k].Kind == tok.Word && (o.Toks[k].Cap || o.Toks[k].InQ) ||
		vocab.GivenNameGender(o.Toks[j].Low) != 0 {
		return j // (not "CNBC's Leah Sorensen", a presenter)
	}
	return k
}

// acronymAlone reports whether token i is an acronym of two to six
// capitals that no other word follows ("told IGN.", "told AFP that"):
// after "told", an outlet ("told FBI agents" is no outlet).
func (o *Reader) acronymAlone(i int) bool {
	t := o.Toks[i]
	if t.E-t.S < 2 || t.E-t.S > 6 || !callSign(o.R[t.S:t.E]) || notOutlets[t.Low] {
		return false
	}
	if i+1 < len(o.Toks) && o.Toks[i+1].Kind == tok.Word && o.Toks[i+1].Para == t.Para {
		switch o.Toks[i+1].Low {
		case "that", "in", "on", "by", "last", "this", "earlier", "after", "before", "when", "and", "about",
			"at", "outside", "from", "during", "following", "yesterday", "today", "tonight", "while": // "told CP24 at the scene"
		default:
			return false
		}
	}
	return true
}

// speechBefore reports whether a word of speech comes within the four
// tokens before token k: "confirmed the news to", "in an interview with".
func (o *Reader) speechBefore(k int) bool {
	for j := k - 1; j >= 0 && k-j <= 4; j-- {
		*o.Steps++
		switch o.Toks[j].Low {
		case "confirmed", "statement", "interview", "said", "told", "spoke", "speaking", "talking", "comment", "comments":
			return true
		}
	}
	return false
}

// notOutlets are acronyms of bodies that are told things but publish no
// news: "told the FBI", "in a statement to NATO".
var notOutlets = map[string]bool{"fbi": true, "cia": true, "nsa": true, "nasa": true, "nato": true, "un": true, "eu": true,
	"who": true, "nhs": true, "fda": true, "cdc": true, "sec": true, "ftc": true, "doj": true, "dhs": true, "irs": true,
	"epa": true, "uk": true, "us": true, "usa": true, "gop": true, "ice": true, "atf": true, "dea": true, "imf": true}

// outletNouns say what kind of outlet a name is ("Swedish daily Dagens
// Nyheter", "the broadcaster RTÉ") or stand for one named before ("told
// the paper").
var outletNouns = map[string]bool{"paper": true, "newspaper": true, "daily": true, "broadcaster": true, "tabloid": true,
	"weekly": true, "magazine": true, "channel": true, "station": true, "network": true, "outlet": true, "website": true,
	"broadsheet": true, "publication": true}

// maxOutletBack bounds how far back "the paper" looks for the outlet it
// stands for.
const maxOutletBack = 600

// theOutlet reads "told the paper" (or "to the broadcaster") at token i,
// the word "the", as the outlet the article named last before it, after
// a word of the trade ("Swedish daily Dagens Nyheter") or from the
// outlet list; "" if there is none.
func (o *Reader) theOutlet(i int) string {
	if i < 1 || i+1 >= len(o.Toks) || o.Toks[i].Low != "the" || !outletNouns[o.Toks[i+1].Low] ||
		o.Toks[i-1].Low != "told" && o.Toks[i-1].Low != "to" || i+2 < len(o.Toks) && o.isNameWord(i+2) {
		return ""
	}
	for j := i - 2; j > 0 && i-j < maxOutletBack; j-- {
		*o.Steps++
		if !o.isNameWord(j) || o.isNameWord(j-1) {
			continue
		}
		if outletNouns[o.Toks[j-1].Low] {
			e := j + 1
			for e < len(o.Toks) && e-j < 4 && o.isNameWord(e) {
				e++
			}
			return lexicon.StripPossessive(o.text(j, e))
		}
		if name, n := o.At(j, min(j+5, len(o.Toks))); n > 0 {
			return name
		}
	}
	return ""
}

// callSign reports whether w is written in capitals, with digits after
// its letters if any, as acronyms and broadcasters' call signs are: "AFP",
// "IGN", "CP24", "C103".
func callSign(w []rune) bool {
	letters := 0
	for i, c := range w {
		switch {
		case c >= 'A' && c <= 'Z' || unicode.IsUpper(c):
			if i > letters {
				return false // a letter after a digit
			}
			letters++
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return letters >= 1 && len(w) >= 2
}
