// Package acronym settles whom a speaker written as an acronym stands
// for: the organisation the article spelled it out as ("the Geological
// Service of Brazil (SGB)" for "the SGB said"), or the person whose office
// it abbreviates ("the DCE" after "The Biakoye District Chief Executive
// (DCE), Mr Emmanuel Kofi Dzidzornu", "the OC" after "police station
// officer-in-charge Md Shahidul Islam"). It reads the article as package
// article gives it.
package acronym

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/transcript"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// reader holds one question about an article.
type reader struct {
	d     article.Doc
	toks  []tok.Token
	steps int
}

// Name gives q, whose speaker mention is at token a, the name an acronym
// speaker stands for, when the article gives one; it returns the work
// done.
func Name(d article.Doc, q *result.Quote, a int) int {
	x := &reader{d: d, toks: d.Toks()}
	x.name(q, a)
	return x.steps
}

func (x *reader) isNameWord(i int) bool                         { return x.d.IsNameWord(i) }
func (x *reader) text(a, b int) string                          { return x.d.Text(a, b) }
func (x *reader) ent(e int) article.Entity                      { return x.d.Ent(e) }
func (x *reader) mentionsBefore(i int, f func(e, tok int) bool) { x.d.MentionsBefore(i, f) }

// maxAcronymBack bounds, in tokens, how far back an acronym's spelling
// out is looked for.
const maxAcronymBack = 3000

// name gives a speaker that is an acronym ("the SGB said") the
// name the article spelled it out as, in brackets after it: "the
// Geological Service of Brazil (SGB)". The mention is at token a.
func (x *reader) name(q *result.Quote, a int) {
	if len(q.Speaker) < 2 || len(q.Speaker) > 6 || !lexicon.AllUpper([]rune(q.Speaker)) || strings.ContainsAny(q.Speaker, " .") {
		return
	}
	low := strings.ToLower(q.Speaker)
	for k := a - 1; k >= 2 && a-k < maxAcronymBack; k-- {
		x.steps++
		if x.toks[k].Low != low || x.toks[k-1].Low != "(" || k+1 >= len(x.toks) || x.toks[k+1].Low != ")" {
			continue
		}
		e := k - 1
		s := e
		for s > 0 && e-s < 10 && x.toks[s-1].Para == x.toks[e].Para {
			x.steps++
			p := x.toks[s-1]
			if x.isNameWord(s-1) && p.Low != "the" || (p.Low == "of" || p.Low == "for" || p.Low == "and" || p.Low == "&" || p.Low == "the") && s-2 >= 0 && x.isNameWord(s-2) {
				s--
				continue
			}
			break
		}
		if h := x.holderAfter(k + 1); h >= 0 {
			q.Speaker, q.SpeakerTitle = x.ent(h).Name, x.ent(h).Title // "The Biakoye District Chief Executive (DCE), Mr Emmanuel Kofi Dzidzornu,"
		} else if s < e && e-s >= 2 {
			q.Speaker, q.SpeakerTitle = lexicon.StripPossessive(x.text(s, e)), ""
		}
		return
	}
	if name := x.spelledOut(low, a); name != "" {
		q.Speaker, q.SpeakerTitle = name, "" // "the Federal Aviation Administration" written before "The FAA said"
	} else if h := x.initialsHolder(a, q.Speaker); h >= 0 {
		q.Speaker, q.SpeakerTitle = x.ent(h).Name, x.ent(h).Title
	}
}

// holderAfter returns the person named in apposition right after an
// office's acronym in brackets, which closes at token c: "(DCE), Mr
// Emmanuel Kofi Dzidzornu,"; or -1.
func (x *reader) holderAfter(c int) int {
	if c+2 >= len(x.toks) || x.toks[c+1].Low != "," {
		return -1
	}
	found := -1
	x.mentionsBefore(min(c+8, len(x.toks)), func(e, t int) bool {
		if t > c+1 && t <= c+4 && x.ent(e).Person {
			found = e
		}
		return t > c+1
	})
	return found
}

// initialsHolder returns the latest person whose title ends in the words
// an acronym written as "the OC" or "the RC" stands for: "police station
// officer-in-charge Md Shahidul Islam", "Singida Regional Commissioner
// Yusuph Kingu"; or -1.
func (x *reader) initialsHolder(a int, acr string) int {
	if len(acr) > 4 || x.toks[a].Low != "the" || vocab.PlaceOrTeam(acr) || vocab.IsOutlet(acr) {
		return -1
	}
	found, seen := -1, 0
	x.mentionsBefore(a, func(e, t int) bool {
		seen++
		if n := x.ent(e); n.Person && (strings.HasSuffix(initials(n.Title), acr) || strings.HasSuffix(initials(x.wordsBefore(t)), acr)) {
			found = e
			return false
		}
		return seen < maxAcronymBack
	})
	return found
}

// wordsBefore returns the words of token t's sentence right before it,
// five at most: where a title in lower case goes ("police station
// officer-in-charge Md Shahidul Islam").
func (x *reader) wordsBefore(t int) string {
	k := t
	for k > 0 && t-k < 5 && x.toks[k-1].Kind == tok.Word && !x.toks[k-1].SentEd && !x.toks[k-1].InQ {
		k--
	}
	return x.text(k, t)
}

// initials are the first letters of a title's words and of its
// hyphenated parts, without "of", "in" or "the": "BPSOC" for "Bason
// police station officer-in-charge".
func initials(title string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return r == ' ' || r == '-' }) {
		switch strings.ToLower(w) {
		case "of", "in", "the", "for", "and", "to", "on":
			continue
		}
		b.WriteRune(unicode.ToUpper([]rune(w)[0]))
	}
	return b.String()
}

// spelledOut returns the capitalised name before token a whose initials,
// but for its small words, spell the acronym low ("Federal Aviation
// Administration" for "faa"); "" if none.
func (x *reader) spelledOut(low string, a int) string {
	n := len(low)
	for k := a - 1; k >= 0 && a-k < maxAcronymBack; k-- {
		x.steps++
		if !x.isNameWord(k) || k > 0 && x.isNameWord(k-1) && x.toks[k-1].Low != "the" || strings.ToLower(x.text(k, k+1))[:1] != low[:1] {
			continue // (a name's first word only, after "The" opening a sentence too)
		}
		e, got := k, 0
		for e < a && got < n && e-k < 2*n {
			x.steps++
			w := x.toks[e].Low
			switch {
			case x.isNameWord(e) && w[:1] == low[got:got+1]:
				got++
			case (w == "of" || w == "and" || w == "for" || w == "the") && got > 0:
			default:
				e = a // the run broke
				continue
			}
			e++
		}
		if got == n && e < a && !x.isNameWord(e) && !lexicon.IsTitleWord(x.toks[e-1].Low) && !vocab.Offices[x.toks[e-1].Low] {
			return x.text(k, e) // (not an office a person holds: "Deputy Commissioner" for "DC")
		}
	}
	return ""
}

// maxLabels bounds the labels of initials an article's text is read
// for, once each.
const maxLabels = 8

// Holders reads the holders of the offices a transcript's labels of
// initials stand for ("CMO:" after "the Chief Medical Officer, Professor
// Sir Rajiv Menon"), once per label, for a few labels.
type Holders struct {
	read map[string][2]string // label -> holder, office
}

// Of returns the holder of the office the label of initials stands for,
// and the office written out; "" when the label is no initials, or the
// text names no such office or no holder.
func (h *Holders) Of(r []rune, label string) (holder, office string) {
	if strings.Contains(label, " ") || !transcript.AllCaps(label) {
		return "", ""
	}
	if v, ok := h.read[label]; ok {
		return v[0], v[1]
	}
	if h.read == nil {
		h.read = map[string][2]string{}
	}
	if len(h.read) < maxLabels {
		if office = expansion(r, label); office != "" {
			holder = transcript.OfficeHolder(r, office)
		}
	}
	h.read[label] = [2]string{holder, office}
	return holder, office
}

// maxAcronym bounds the letters of a label read as an office's initials.
const maxAcronym = 5

// expansion returns the capitalised words the text writes out for the
// initials of a label in capitals ("Chief Medical Officer" for "CMO"),
// "of", "and" and "for" between them allowed; "" when it writes none.
func expansion(r []rune, letters string) string {
	if len(letters) < 2 || len(letters) > maxAcronym || !transcript.AllCaps(letters) {
		return ""
	}
	words := strings.Fields(string(r))
	for i := range words {
		k, j := 0, i
		for j < len(words) && k < len(letters) {
			w := strings.TrimRight(words[j], ",.;:")
			if j > i && (w == "of" || w == "and" || w == "for") {
				j++
				continue
			}
			if w == "" || rune(letters[k]) != []rune(w)[0] || !unicode.IsUpper([]rune(w)[0]) || w != words[j] && k < len(letters)-1 {
				break
			}
			k++
			j++
		}
		if k == len(letters) {
			return strings.TrimRight(strings.Join(words[i:j], " "), ",.;:")
		}
	}
	return ""
}
