// Package eval scores the quote extractor against the PolNeAR corpus of
// human-annotated news attributions (shared/polnear, read in place; see
// Locate). The gold and the judgement of a found quote are those of package
// extract/internal/polnear, which documents them: gold quoted spans are the
// quoted parts of annotated Content spans, with every Source an annotator
// gave; a found quote (kind "direct" or "partial" and Likely; paraphrases
// are not scored) matches a gold span when they overlap by at least half of
// their union, one-to-one; a matched quote's speaker is right when its speaker
// mention (SpeakerStart..SpeakerEnd, the mention the attribution rests on,
// such as the "she" of "she said") overlaps a gold Source span, or the
// resolved speaker name shares a name token with a gold Source text, or
// both are absent. End-to-end counts a found quote as right when it matches
// and its speaker is right. The quotes the extractor holds back as unlikely
// (Likely false) are what a user sees unticked, so they are not found;
// the report counts them, and how many of them would have matched a gold
// span left unmatched (what holding them back cost in recall).
//
// The app's CLI can offer `quotetrail eval-extract --split dev` with:
//
//	dir, err := eval.Locate()
//	...
//	err = eval.Report(os.Stdout, dir, "dev", false)
package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract"
	"github.com/quotetrail/quotetrail/internal/extract/internal/polnear"
)

// Scores summarises an evaluation run.
type Scores struct {
	Split     string
	Documents int
	Gold      int // gold quoted spans
	Found     int // extracted direct and partial quotes
	Matched   int // one-to-one matches between found and gold
	SpeakerOK int // matched quotes whose speaker is right
	Held      int // direct and partial quotes held back as unlikely (Quote.Likely false), not in Found
	HeldReal  int // held-back quotes that match a gold span no found quote matches

	QuoteP, QuoteR, QuoteF1 float64
	SpeakerAcc              float64 // SpeakerOK / Matched
	E2EP, E2ER, E2EF1       float64 // quote and speaker both right
}

// String renders the scores as a short human-readable report.
func (s Scores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "PolNeAR %s: %d documents, %d gold quoted spans, %d found, %d matched\n",
		s.Split, s.Documents, s.Gold, s.Found, s.Matched)
	fmt.Fprintf(&b, "held back as unlikely: %d (%d of them gold quoted spans)\n", s.Held, s.HeldReal)
	fmt.Fprintf(&b, "quotes:     P %.3f  R %.3f  F1 %.3f\n", s.QuoteP, s.QuoteR, s.QuoteF1)
	fmt.Fprintf(&b, "speaker:    accuracy %.3f (%d/%d matched)\n", s.SpeakerAcc, s.SpeakerOK, s.Matched)
	fmt.Fprintf(&b, "end-to-end: P %.3f  R %.3f  F1 %.3f\n", s.E2EP, s.E2ER, s.E2EF1)
	return b.String()
}

// Evaluate runs extract.Extract over every article of split ("train" or
// "dev") under polnearDir (the directory holding README.md and data/).
func Evaluate(polnearDir, split string) (Scores, error) {
	return evaluate(polnearDir, split, nil)
}

// Report evaluates split and writes the score report to w. With verbose set
// it first lists every missed, spurious and mis-attributed quote, which is
// what one reads when tuning the extractor.
func Report(w io.Writer, polnearDir, split string, verbose bool) error {
	var log io.Writer
	if verbose {
		log = w
	}
	s, err := evaluate(polnearDir, split, log)
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, s.String())
	return err
}

// Locate finds the PolNeAR directory: $QUOTETRAIL_POLNEAR if set, else the
// first "shared/polnear" found walking up from the working directory (the
// repository is cloned beside a copy of shared/ in CI).
func Locate() (string, error) { return polnear.Locate() }

// Texts returns the article texts of a split, for benchmarks.
func Texts(polnearDir, split string) ([]string, error) { return polnear.Texts(polnearDir, split) }

func evaluate(dir, split string, log io.Writer) (Scores, error) {
	docs, err := polnear.Load(dir, split)
	if err != nil {
		return Scores{}, err
	}
	s := Scores{Split: split, Documents: len(docs)}
	for _, d := range docs {
		var found, held []extract.Quote
		for _, q := range extract.Extract(d.Text).Quotes {
			switch {
			case q.Kind == extract.KindParaphrase: // not scored
			case q.Likely:
				found = append(found, q)
			default:
				held = append(held, q)
			}
		}
		s.Held += len(held)
		s.Gold += len(d.Gold)
		s.Found += len(found)
		spans := make([]polnear.Span, len(found))
		for i, q := range found {
			spans[i] = polnear.Span{Start: q.Start, End: q.End}
		}
		pairs := polnear.Match(spans, d.Gold)
		usedF := make([]bool, len(found))
		usedG := make([]bool, len(d.Gold))
		for _, p := range pairs {
			usedF[p[0]], usedG[p[1]] = true, true
			s.Matched++
			q, g := found[p[0]], d.Gold[p[1]]
			if g.SpeakerOK(q.SpeakerStart, q.SpeakerEnd, q.Speaker) {
				s.SpeakerOK++
				if log != nil {
					fmt.Fprintf(log, "OK   %s @%d %q (%s, %q) %s %.2f\n", d.Name, q.Start, clip(q.Text), q.Kind, q.Speaker, q.Cue, q.Confidence)
				}
			} else if log != nil {
				fmt.Fprintf(log, "SPK  %s @%d %q (%s, %q) %s %.2f\n     found %q [%s] (%d-%d %q)  gold %q\n", d.Name, q.Start, clip(q.Text),
					q.Kind, q.Speaker, q.Cue, q.Confidence, q.Speaker, q.Cue, q.SpeakerStart, q.SpeakerEnd, mention(d.Runes, q), g.SourceTxt)
			}
		}
		// The held-back quotes that would have matched a gold quotation
		// the found ones leave unmatched: what holding back cost.
		var rest []polnear.GoldQuote
		for i, g := range d.Gold {
			if !usedG[i] {
				rest = append(rest, g)
			}
		}
		hspans := make([]polnear.Span, len(held))
		for i, q := range held {
			hspans[i] = polnear.Span{Start: q.Start, End: q.End}
		}
		hpairs := polnear.Match(hspans, rest)
		s.HeldReal += len(hpairs)
		if log != nil {
			heldReal := make([]bool, len(held))
			for _, p := range hpairs {
				heldReal[p[0]] = true
			}
			for i, q := range held {
				tag := "HELD"
				if heldReal[i] {
					tag = "HELD+" // a gold quotation
				}
				fmt.Fprintf(log, "%-4s %s @%d %q (%s, %q) %s %.2f\n", tag, d.Name, q.Start, clip(q.Text), q.Kind, q.Speaker, q.Cue, q.Confidence)
			}
			for i, q := range found {
				if !usedF[i] {
					fmt.Fprintf(log, "FP   %s @%d %q (%s, %q) %s %.2f\n", d.Name, q.Start, clip(q.Text), q.Kind, q.Speaker, q.Cue, q.Confidence)
				}
			}
			for i, g := range d.Gold {
				if !usedG[i] {
					tag := "FN  "
					for _, q := range found {
						if q.Start <= g.Start && g.End <= q.End {
							tag = "FNIN" // inside a longer found quote
						}
					}
					fmt.Fprintf(log, "%s %s @%d %q (gold %q)\n", tag, d.Name, g.Start, clip(string(d.Runes[g.Start:g.End])), g.SourceTxt)
				}
			}
		}
	}
	s.QuoteP, s.QuoteR, s.QuoteF1 = prf(s.Matched, s.Found, s.Gold)
	if s.Matched > 0 {
		s.SpeakerAcc = float64(s.SpeakerOK) / float64(s.Matched)
	}
	s.E2EP, s.E2ER, s.E2EF1 = prf(s.SpeakerOK, s.Found, s.Gold)
	return s, nil
}

func clip(s string) string {
	r := []rune(s)
	if len(r) > 70 {
		return string(r[:70]) + "…"
	}
	return s
}

func mention(r []rune, q extract.Quote) string {
	if q.SpeakerStart >= 0 && q.SpeakerEnd <= len(r) && q.SpeakerStart < q.SpeakerEnd {
		return string(r[q.SpeakerStart:q.SpeakerEnd])
	}
	return ""
}

func prf(tp, found, gold int) (p, r, f float64) {
	if found > 0 {
		p = float64(tp) / float64(found)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
