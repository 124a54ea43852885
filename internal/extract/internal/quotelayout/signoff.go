package quotelayout

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// A reader's letter, a testimonial or a letter to the editor is printed
// as paragraphs in quotation marks and signed on a line of its own after
// them:
//
//	"My mother died in September last year. ...
//	"When I rang in March, an adviser told me ...
//	– Pamela Gosforth, Harrogate
//
// The paragraphs are the signer's words.

// maxSignoff bounds a sign-off line, in tokens.
const maxSignoff = 14

// SignedLetters gives the quotes of a letter signed on the line after
// it the signer, where nothing attributed them. It returns the work done.
func SignedLetters(d Doc, out []result.Quote) int {
	return run(d, out, (*layout).signedLetters, (*layout).selfNamedStatements)
}

// maxStatementName bounds the name a statement gives its maker, in words.
const maxStatementName = 4

// selfNamedStatements gives a statement that names its maker in its
// opening words ("“I, Chinonso Ukpabi, having been duly cautioned ...,”
// the statement read", read aloud by a witness) to that person, with the
// paragraphs it runs on over.
func (x *layout) selfNamedStatements() {
	for i := 0; i < len(x.out); i++ {
		x.steps++
		q := &x.out[i]
		if q.Kind == result.KindParaphrase || !strings.HasPrefix(q.Text, "I, ") {
			continue
		}
		f := strings.Fields(q.Text[len("I, "):min(len(q.Text), 80)])
		name := ""
		for n := 2; n <= maxStatementName && n <= len(f); n++ {
			if !strings.HasSuffix(f[n-1], ",") {
				continue
			}
			cand := strings.TrimSuffix(strings.Join(f[:n], " "), ",")
			if vocab.NameShaped(cand) {
				name = cand
			}
			break
		}
		if name == "" {
			continue
		}
		e := x.d.ResolvePerson(name, "", q.Start)
		was := q.SpeakerStart
		for j := i; j < len(x.out) && (j == i || x.out[j].SpeakerStart == was && was >= 0 && x.out[j].Kind != result.KindParaphrase); j++ {
			x.steps++
			x.out[j].Speaker, x.out[j].SpeakerTitle = x.ent(e).Name, x.ent(e).Title
		}
	}
}

func (x *layout) signedLetters() {
	j := 0 // the first quote not before the sign-off being read
	for a := 0; a < len(x.toks); {
		x.steps++
		b := a
		for b < len(x.toks) && x.toks[b].Para == x.toks[a].Para {
			b++
		}
		if name := x.signoff(a, b); name != "" {
			for j < len(x.out) && x.out[j].Start < x.toks[a].S {
				x.steps++
				j++
			}
			x.signBefore(j, x.toks[a].Para, name)
		}
		a = b
	}
}

// signoff reads a sign-off paragraph [a, b): a dash, then a name of two
// to four capitalised words, then nothing or a comma and where they
// live. It returns the name, or "".
func (x *layout) signoff(a, b int) string {
	if b-a < 3 || b-a > maxSignoff || !lexicon.IsDash(x.toks[a].Low) {
		return ""
	}
	e := a + 1
	for e < b && e-a <= 4 && x.toks[e].Kind == tok.Word && x.toks[e].Cap && !x.toks[e].InQ {
		e++
	}
	if e-a-1 < 2 || e < b && x.toks[e].Low != "," {
		return ""
	}
	return x.text(a+1, e)
}

// signBefore gives the quotes before quote j that fill the paragraphs
// right above paragraph p, each a paragraph of its own with no
// attribution, the signer's name.
func (x *layout) signBefore(j, p int, name string) {
	last := p
	for k := j - 1; k >= 0; k-- {
		x.steps++
		q := &x.out[k]
		para := x.toks[x.tokenAt(q.Start)].Para
		if q.Kind == result.KindParaphrase || para != last && para != last-1 ||
			q.Cue != "" && q.SpeakerStart >= 0 && x.toks[x.tokenAt(q.SpeakerStart)].Para == para {
			return
		}
		q.Speaker, q.SpeakerTitle, q.Likely = name, "", true
		q.Confidence = max(q.Confidence, 0.6)
		last = para
	}
}
