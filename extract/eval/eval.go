// Package eval scores the quote extractor against the PolNeAR corpus of
// human-annotated news attributions (shared/polnear, read in place; see
// Locate).
//
// Gold quoted spans are the parts of annotated Content spans that lie between
// quotation marks (direct quotations), found by a simple scanner of its own
// (quotedRegions) so that the gold does not depend on the extractor. Content
// fragments separated only by white space are one span (annotators select
// long quotations sentence by sentence), and so are the fragments of one
// Content inside one pair of quotation marks (goldQuotes). Where several
// attributions cover the same quoted words (nested attributions such as
// "X said, according to NPR"), the gold span keeps every one of their
// Sources. An article annotated by several annotators is scored once,
// against their consensus: the quoted spans a strict majority of them
// marked, with the Sources any of them gave (consensus).
//
// A found quote (kind "direct" or "partial"; paraphrases are not scored)
// matches a gold span when they overlap by at least half of their union;
// matching is one-to-one. A matched quote's speaker is right when the found
// speaker mention (SpeakerStart..SpeakerEnd, the mention the attribution
// rests on, such as the "she" of "she said") overlaps a gold Source span, or
// the resolved speaker name shares a name token with a gold Source text
// ("Lina Khan" and "Khan"; a pronoun Source has no name token, so only the
// offsets can match it), or both are absent. End-to-end counts a found quote as right when it matches
// and its speaker is right.
//
// The app's CLI can offer `quotetrail eval-extract --split dev` with:
//
//	dir, err := eval.Locate()
//	...
//	err = eval.Report(os.Stdout, dir, "dev", false)
package eval

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/extract"
)

// Scores summarises an evaluation run.
type Scores struct {
	Split     string
	Documents int
	Gold      int // gold quoted spans
	Found     int // extracted direct and partial quotes
	Matched   int // one-to-one matches between found and gold
	SpeakerOK int // matched quotes whose speaker is right

	QuoteP, QuoteR, QuoteF1 float64
	SpeakerAcc              float64 // SpeakerOK / Matched
	E2EP, E2ER, E2EF1       float64 // quote and speaker both right
}

// String renders the scores as a short human-readable report.
func (s Scores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "PolNeAR %s: %d documents, %d gold quoted spans, %d found, %d matched\n",
		s.Split, s.Documents, s.Gold, s.Found, s.Matched)
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
func Locate() (string, error) {
	if d := os.Getenv("QUOTETRAIL_POLNEAR"); d != "" {
		if isDir(filepath.Join(d, "data")) {
			return d, nil
		}
		return "", fmt.Errorf("eval: QUOTETRAIL_POLNEAR=%s has no data directory", d)
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		c := filepath.Join(dir, "shared", "polnear")
		if isDir(filepath.Join(c, "data")) {
			return c, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("eval: shared/polnear not found above the working directory; set QUOTETRAIL_POLNEAR")
		}
		dir = parent
	}
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// Texts returns the article texts of a split, for benchmarks.
func Texts(polnearDir, split string) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(polnearDir, "data", split, "text", "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		out = append(out, string(b))
	}
	return out, nil
}

func evaluate(dir, split string, log io.Writer) (Scores, error) {
	docs, err := loadSplit(dir, split)
	if err != nil {
		return Scores{}, err
	}
	s := Scores{Split: split, Documents: len(docs)}
	for _, d := range docs {
		var found []extract.Quote
		for _, q := range extract.Extract(d.Text).Quotes {
			if q.Kind == extract.KindDirect || q.Kind == extract.KindPartial {
				found = append(found, q)
			}
		}
		s.Gold += len(d.Gold)
		s.Found += len(found)
		pairs := match(found, d.Gold)
		usedF := make([]bool, len(found))
		usedG := make([]bool, len(d.Gold))
		for _, p := range pairs {
			usedF[p[0]], usedG[p[1]] = true, true
			s.Matched++
			q, g := found[p[0]], d.Gold[p[1]]
			if speakerOK(q, g) {
				s.SpeakerOK++
				if log != nil {
					fmt.Fprintf(log, "OK   %s @%d %q (%s, %q) %s %.2f\n", d.Name, q.Start, clip(q.Text), q.Kind, q.Speaker, q.Cue, q.Confidence)
				}
			} else if log != nil {
				fmt.Fprintf(log, "SPK  %s @%d %q (%s, %q) %s %.2f\n     found %q [%s] (%d-%d %q)  gold %q\n", d.Name, q.Start, clip(q.Text),
					q.Kind, q.Speaker, q.Cue, q.Confidence, q.Speaker, q.Cue, q.SpeakerStart, q.SpeakerEnd, mention(d.Runes, q), g.SourceTxt)
			}
		}
		if log != nil {
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

// match pairs found quotes with gold spans one-to-one, greedily by best
// overlap ratio, keeping pairs whose overlap is at least half their union.
func match(found []extract.Quote, gold []goldQuote) [][2]int {
	type cand struct {
		f, g  int
		ratio float64
	}
	var cands []cand
	for i, q := range found {
		for j, g := range gold {
			if g.Start >= q.End {
				break // gold is sorted by start
			}
			inter := min(q.End, g.End) - max(q.Start, g.Start)
			if inter <= 0 {
				continue
			}
			union := max(q.End, g.End) - min(q.Start, g.Start)
			if ratio := float64(inter) / float64(union); ratio >= 0.5 {
				cands = append(cands, cand{i, j, ratio})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].ratio > cands[b].ratio })
	usedF := map[int]bool{}
	usedG := map[int]bool{}
	var out [][2]int
	for _, c := range cands {
		if usedF[c.f] || usedG[c.g] {
			continue
		}
		usedF[c.f], usedG[c.g] = true, true
		out = append(out, [2]int{c.f, c.g})
	}
	return out
}

// speakerOK reports whether q's speaker agrees with any attribution of g.
func speakerOK(q extract.Quote, g goldQuote) bool {
	for i, src := range g.Sources {
		if len(src) == 0 {
			if q.Speaker == "" {
				return true
			}
			continue
		}
		if q.SpeakerEnd > q.SpeakerStart {
			for _, s := range src {
				if q.SpeakerStart < s.End && s.Start < q.SpeakerEnd {
					return true
				}
			}
		}
		if q.Speaker != "" && namesAgree(q.Speaker, g.SourceTxt[i]) {
			return true
		}
	}
	return false
}

// nameStop holds words that never identify a speaker on their own.
var nameStop = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "s": true, "in": true, "for": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "his": true, "her": true, "its": true, "their": true,
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true, "who": true,
	"on": true, "to": true, "at": true, "by": true, "with": true, "from": true, "former": true, "new": true,
}

// namesAgree reports whether a resolved speaker name and a gold Source text
// share an identifying token (e.g. "Lina Khan" and "Khan").
func namesAgree(speaker, source string) bool {
	st := tokens(speaker)
	for t := range tokens(source) {
		if st[t] {
			return true
		}
	}
	return false
}

func tokens(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		w = strings.ToLower(w)
		if len(w) > 1 && !nameStop[w] {
			out[w] = true
		}
	}
	return out
}
