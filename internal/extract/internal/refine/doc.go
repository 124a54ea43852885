// Package refine rewrites the speakers of the extractor's output after
// its learned models have chosen them: pronouns resolved to clubs or
// places, organisations' whole names, descriptions standing for a person
// or an organisation (whom a description stands for is package
// epithet's), outlets that only reported a quote, a lede's delayed name
// and documents read aloud (refine.go); what the article's
// layout and the quotes around one say of it is package quotelayout's
// (run from here). It reads the article through Doc, which package
// extract implements; it changes nothing the models are trained on.
package refine

import (
	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/capsname"
	"github.com/quotetrail/quotetrail/internal/extract/internal/docvoice"
	"github.com/quotetrail/quotetrail/internal/extract/internal/officename"
	"github.com/quotetrail/quotetrail/internal/extract/internal/quotelayout"
	"github.com/quotetrail/quotetrail/internal/extract/internal/recent"
	"github.com/quotetrail/quotetrail/internal/extract/internal/reported"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
)

// The article as the extractor has read it (see package article).
type (
	Entity  = article.Entity
	Mention = article.Mention
	Doc     = article.Doc
)

// refiner holds one run over an article's quotes.
type refiner struct {
	d     Doc
	r     []rune
	toks  []tok.Token
	out   []result.Quote
	steps int
	// headCase: whether the first paragraph is a headline in title case
	// (2) or not (1), once asked (headlineOnly); 0 before.
	headCase int8
	firstAt  map[int]int        // each entity's first mention, once asked (headlineOnly)
	held     []held             // quotes in the page's head whose speaker is an office the story names the holder of
	authored map[int]bool       // the quotes of a document whose author the sentence that made it named
	rep      *reported.Reader   // words reported through someone else's (package reported)
	off      *officename.Reader // offices and credentials around names (package officename)
}

// held is a quote of the page's head (out[i]) attributed to an office
// (speaker), and the holder the story names (e).
type held struct {
	i, e    int
	speaker string
}

// Run refines the speakers of out, the article's quotes in text order,
// in place.
func Run(d Doc, out []result.Quote) {
	x := &refiner{d: d, r: d.Runes(), toks: d.Toks(), out: out, rep: reported.New(d, out), off: officename.New(d)}
	x.refine()
	x.steps += x.rep.Steps() + x.off.Steps()
	x.steps += capsname.Run(x.d, x.out)
	x.steps += docvoice.Run(x.d, x.out)
	x.headlineSubject()
	x.theyDescribed()
	x.titlesHeldBack()
	x.steps += quotelayout.Sequence(x.d, x.out)
	x.steps += quotelayout.SignedLetters(x.d, x.out)
	x.ledeRoles()
	x.steps += quotelayout.Echoes(x.d, x.out)
	for _, h := range x.held {
		if q := &x.out[h.i]; q.Speaker == h.speaker {
			q.Speaker, q.SpeakerTitle = x.ent(h.e).Name, x.ent(h.e).Title // unless the story's own quote of the words said whose
		}
	}
	x.steps += quotelayout.StateParty(x.d, x.out)
	x.steps += recent.SharedSurnames(x.d, x.out)
	x.steps += recent.LongerNames(x.d, x.out)
	x.steps += recent.DescribedBefore(x.d, x.out)
	x.steps += recent.UnnamedSources(x.d, x.out)
	x.steps += recent.SameSource(x.d, x.out)
	x.steps += quotelayout.Dialogue(x.d, x.out)
	x.steps += quotelayout.Finish(x.d, x.out)
	d.Step(x.steps)
}

func (x *refiner) stopped() bool                                 { return x.d.Stopped() }
func (x *refiner) tokenAt(pos int) int                           { return x.d.TokenAt(pos) }
func (x *refiner) sentStart(i int) int                           { return x.d.SentStart(i) }
func (x *refiner) paraStart(i int) int                           { return x.d.ParaStart(i) }
func (x *refiner) isNameWord(i int) bool                         { return x.d.IsNameWord(i) }
func (x *refiner) text(a, b int) string                          { return x.d.Text(a, b) }
func (x *refiner) ent(e int) Entity                              { return x.d.Ent(e) }
func (x *refiner) byName(name string) (int, bool)                { return x.d.ByName(name) }
func (x *refiner) mentionsBefore(i int, f func(e, tok int) bool) { x.d.MentionsBefore(i, f) }
func (x *refiner) np(lo, j, depth int) (Mention, bool)           { return x.d.NP(lo, j, depth) }
func (x *refiner) sentenceSubject(s0, hi int) (Mention, bool)    { return x.d.SentenceSubject(s0, hi) }
func (x *refiner) resolvePerson(name, title string, pos int) int {
	return x.d.ResolvePerson(name, title, pos)
}
func (x *refiner) outletAt(i, hi int) (string, int) { return x.d.OutletAt(i, hi) }
func (x *refiner) outletMention(m Mention) bool     { return x.d.OutletMention(m.A, m.B) }
func (x *refiner) isCue(i int) bool                 { return x.d.IsCue(i) }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// maxSentence is the extractor's bound on a sentence, in tokens.
const maxSentence = 400
