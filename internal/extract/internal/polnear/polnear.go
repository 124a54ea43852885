// Package polnear reads the PolNeAR corpus of human-annotated news
// attributions (shared/polnear, read in place) and judges extracted quotes
// against it. Package eval scores the extractor with it, and the training
// of the extractor's speaker ranker labels its candidates with it; keeping
// one reading of the gold for both means the ranker learns exactly what is
// scored.
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
// A found quote matches a gold span when they overlap by at least half of
// their union; matching is one-to-one (Match). A matched quote's speaker is
// right when the found speaker mention (the mention the attribution rests
// on, such as the "she" of "she said") overlaps a gold Source span, or the
// resolved speaker name shares a name token with a gold Source text ("Lina
// Khan" and "Khan"; a pronoun Source has no name token, so only the offsets
// can match it), or both are absent (SpeakerOK).
package polnear

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// Locate finds the PolNeAR directory: $QUOTETRAIL_POLNEAR if set, else the
// first "shared/polnear" found walking up from the working directory (the
// repository is cloned beside a copy of shared/ in CI).
func Locate() (string, error) {
	if d := os.Getenv("QUOTETRAIL_POLNEAR"); d != "" {
		if isDir(filepath.Join(d, "data")) {
			return d, nil
		}
		return "", fmt.Errorf("polnear: QUOTETRAIL_POLNEAR=%s has no data directory", d)
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
			return "", errors.New("polnear: shared/polnear not found above the working directory; set QUOTETRAIL_POLNEAR")
		}
		dir = parent
	}
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// Texts returns the article texts of a split, for benchmarks.
func Texts(dir, split string) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "data", split, "text", "*.txt"))
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

// Match pairs found quote spans with gold spans one-to-one, greedily by
// best overlap ratio, keeping pairs whose overlap is at least half their
// union. Each pair is {found index, gold index}.
func Match(found []Span, gold []GoldQuote) [][2]int {
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

// SpeakerOK reports whether a found speaker agrees with any attribution of
// g: the mention [start, end) (empty when end <= start) and the resolved
// speaker name (empty when unknown).
func (g GoldQuote) SpeakerOK(start, end int, speaker string) bool {
	for i, src := range g.Sources {
		if len(src) == 0 {
			if speaker == "" {
				return true
			}
			continue
		}
		if end > start {
			for _, s := range src {
				if start < s.End && s.Start < end {
					return true
				}
			}
		}
		if speaker != "" && namesAgree(speaker, g.SourceTxt[i]) {
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
