package docvoice

import (
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
)

// Remarks addressed to one person, as a judge's sentencing remarks and
// an open letter are: "Nathan Pengelly, you may remain seated. ... You
// told the officer: “...”". What "you" said is the one addressed's.

// maxYouCue bounds the tokens between "you" and the quotation it
// introduces ("In it you say:", "You told her, in an email I have
// read,"); maxAddressed how far into the text the one addressed is
// looked for.
const (
	maxYouCue    = 12
	maxAddressed = 3000
)

// addressed gives the quotes that "you" introduces the person the text
// addresses by name, when it does.
func (x *voices) addressed() {
	who, looked := "", false
	for i := range x.out {
		x.steps++
		q := &x.out[i]
		if q.Kind == result.KindParaphrase || !x.youIntroduce(x.tokenAt(q.Start)-1) {
			continue
		}
		if !looked {
			who, looked = x.addressee(), true
		}
		if who == "" {
			return
		}
		q.Speaker, q.SpeakerTitle = who, ""
	}
}

// youIntroduce reports whether the opening mark at token o follows "you"
// and a verb of speech in its sentence: "you replied:", "You told her,
// in an email I have read,", "You said you had “borrowed” it".
func (x *voices) youIntroduce(o int) bool {
	if o < 2 || x.toks[o].Kind != tok.OpenQ {
		return false
	}
	s := x.sentStart(o)
	cue := false
	for k := o - 1; k >= s && o-k <= maxYouCue && !x.toks[k].InQ && x.toks[k].Kind != tok.CloseQ; k-- {
		x.steps++
		if x.toks[k].Low == "you" && cue {
			return true
		}
		cue = cue || x.isCue(k)
	}
	return false
}

// addressee returns the person the text calls by name before "you", at
// the start of a sentence ("Nathan Pengelly, you may remain seated"), as
// the article names them in full; "" if it calls no one so.
func (x *voices) addressee() string {
	for k := 3; k < len(x.toks) && k < maxAddressed; k++ {
		x.steps++
		if x.toks[k].Low != "you" || x.toks[k-1].Low != "," || x.toks[k].InQ {
			continue
		}
		j := k - 1
		for j > 0 && k-1-j < 4 && x.toks[j-1].Cap && x.toks[j-1].Kind == tok.Word {
			j--
		}
		if j == k-1 || x.sentStart(j) != j && !(j >= 2 && x.toks[j-1].Low == "." && x.toks[j-2].Kind == tok.Word && isDigits(x.toks[j-2].Low)) {
			continue // "1. Nathan Pengelly, you ..." in numbered paragraphs
		}
		name := x.text(j, k-1)
		if e, ok := x.byName(name); ok && x.ent(e).Person {
			return x.ent(e).Name
		}
		if k-1-j >= 2 {
			return name
		}
	}
	return ""
}

// isDigits reports whether w is a number written in digits.
func isDigits(w string) bool {
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return w != ""
}
