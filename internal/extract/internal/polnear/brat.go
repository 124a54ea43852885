package polnear

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Span is a half-open rune range [Start, End) into an article.
type Span struct{ Start, End int }

// attribution is one gold attribution relation from a brat .ann file.
type attribution struct {
	Content []Span
	Source  []Span // empty for "Attribution-no-source"
}

// GoldQuote is one gold quoted span: the part of a Content span that lies
// between quotation marks, with the Source spans of every attribution it
// belongs to.
type GoldQuote struct {
	Span
	Sources   [][]Span // one entry per attribution; an empty entry means "no source"
	SourceTxt []string
}

// Document is one article with its gold quotes.
type Document struct {
	Name  string
	Text  string
	Runes []rune
	Gold  []GoldQuote
}

// Load reads every article of a split.
//
// An article annotated by several annotators (a few articles of each split
// carry five or six .ann files) is scored once, against the annotators'
// consensus (see consensus). Scoring against the first file in name order,
// as an earlier version did, made the gold depend on which annotator's
// suffix sorts first; scoring against every file would let a few articles
// weigh five or six times.
func Load(dir, split string) ([]Document, error) {
	annDir := filepath.Join(dir, "data", split, "attributions")
	txtDir := filepath.Join(dir, "data", split, "text")
	anns, err := filepath.Glob(filepath.Join(annDir, "*.ann"))
	if err != nil {
		return nil, err
	}
	if len(anns) == 0 {
		return nil, fmt.Errorf("eval: no .ann files in %s", annDir)
	}
	sort.Strings(anns)
	byName := map[string][]string{}
	var names []string
	for _, ann := range anns {
		base := strings.TrimSuffix(filepath.Base(ann), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i < 0 {
			continue
		}
		name := base[:i]
		if byName[name] == nil {
			names = append(names, name)
		}
		byName[name] = append(byName[name], ann)
	}
	var docs []Document
	for _, name := range names {
		raw, err := os.ReadFile(filepath.Join(txtDir, name+".txt"))
		if err != nil {
			return nil, err
		}
		d := Document{Name: name, Text: string(raw), Runes: []rune(string(raw))}
		var perAnnotator [][]GoldQuote
		for _, ann := range byName[name] {
			attrs, err := readAnn(ann)
			if err != nil {
				return nil, err
			}
			for i := range attrs {
				attrs[i].Content = mergeGaps(d.Runes, attrs[i].Content)
			}
			perAnnotator = append(perAnnotator, goldQuotes(d.Runes, attrs))
		}
		d.Gold = consensus(perAnnotator)
		docs = append(docs, d)
	}
	return docs, nil
}

// consensus merges the gold quotes of several annotators of one article.
//
// A quoted span is gold when a strict majority of the article's annotators
// marked it (as part of some attribution's Content): annotators of PolNeAR
// agree on nearly every quotation and differ on borderline items (titles of
// shows, scare quotes), which a majority settles without favouring one
// annotator. Spans of different annotators that overlap are the same
// quotation (annotators may end a Content a word apart); the span most
// annotators chose stands for it. Its Sources are those of every annotator
// who marked it: each annotator's Source is a gold Source of that quotation,
// as the Sources of nested attributions are within one annotation file.
func consensus(per [][]GoldQuote) []GoldQuote {
	if len(per) == 1 {
		return per[0]
	}
	type item struct {
		g   GoldQuote
		who int
	}
	var items []item
	for who, gs := range per {
		for _, g := range gs {
			items = append(items, item{g, who})
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].g.Start < items[j].g.Start })
	var out []GoldQuote
	for i := 0; i < len(items); {
		j, end := i+1, items[i].g.End
		for j < len(items) && items[j].g.Start < end {
			end = max(end, items[j].g.End)
			j++
		}
		cluster := items[i:j]
		i = j
		who := map[int]bool{}
		votes := map[Span]int{}
		for _, it := range cluster {
			who[it.who] = true
			votes[it.g.Span]++
		}
		if 2*len(who) <= len(per) {
			continue
		}
		best := cluster[0].g.Span
		for _, it := range cluster {
			if votes[it.g.Span] > votes[best] {
				best = it.g.Span
			}
		}
		g := GoldQuote{Span: best}
		for _, it := range cluster {
			g.Sources = append(g.Sources, it.g.Sources...)
			g.SourceTxt = append(g.SourceTxt, it.g.SourceTxt...)
		}
		out = append(out, g)
	}
	return out
}

// readAnn parses the T and E lines of a brat standoff file.
func readAnn(path string) ([]attribution, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	type tb struct {
		label string
		spans []Span
	}
	tbs := map[string]tb{}
	var events [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(fields[0], "T"):
			label, offs, ok := strings.Cut(fields[1], " ")
			if !ok {
				continue
			}
			var spans []Span
			for _, frag := range strings.Split(offs, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(frag), " ")
				if !ok {
					continue
				}
				s, err1 := strconv.Atoi(a)
				e, err2 := strconv.Atoi(b)
				if err1 != nil || err2 != nil || e < s {
					continue
				}
				spans = append(spans, Span{s, e})
			}
			tbs[fields[0]] = tb{label, spans}
		case strings.HasPrefix(fields[0], "E"):
			events = append(events, strings.Fields(fields[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var out []attribution
	for _, ev := range events {
		var a attribution
		for _, arg := range ev {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			t := tbs[id]
			switch {
			case strings.HasPrefix(role, "Content"):
				a.Content = append(a.Content, t.spans...)
			case strings.HasPrefix(role, "Source"):
				a.Source = append(a.Source, t.spans...)
			}
		}
		if len(a.Content) > 0 {
			out = append(out, a)
		}
	}
	return out, nil
}

// quotedRegions returns the rune ranges between quotation marks, found with
// a deliberately simple scanner that is independent of the extractor: curly
// double marks open and close (a “ glued to the previous word and followed
// by a space is a mistyped ”), a straight double mark toggles, and nothing
// spans a line break (an unclosed quote ends with its paragraph, which also
// covers multi-paragraph quotes whose closing mark is omitted).
func quotedRegions(r []rune) []Span {
	var out []Span
	open := -1
	flush := func(end int) {
		if open >= 0 && end > open {
			out = append(out, Span{open, end})
		}
		open = -1
	}
	for i, c := range r {
		switch c {
		case '\n':
			flush(i)
		case '“':
			// A “ typed for ” (attached to the word before it, a space
			// after) closes the quote: `“the best in the world“ and`.
			if open >= 0 && i > 0 && !unicode.IsSpace(r[i-1]) && (i+1 == len(r) || unicode.IsSpace(r[i+1])) {
				flush(i)
				continue
			}
			if open >= 0 {
				flush(i)
			}
			open = i + 1
		case '”':
			if open >= 0 {
				flush(i)
			}
		case '"':
			if open >= 0 {
				flush(i)
			} else {
				open = i + 1
			}
		}
	}
	flush(len(r))
	return out
}

// goldQuotes intersects every attribution's Content with the quoted regions.
//
// Within one pair of quotation marks an attribution yields one gold span:
// the hull of its Content fragments there. Annotators sometimes select a
// quotation in pieces that skip a sentence's final punctuation ("exists" /
// ". " / "We can now") or an editorial interpolation ("[applause]"); the
// discontinuous Content still covers one quotation, and scoring each piece
// as a quotation of its own would turn every such quotation into a miss.
// Pieces in different pairs of marks (`"A," he said, "B."`) stay separate
// quotations, as before.
//
// Several attributions may cover the same quoted words: nested attributions
// ("X said, according to NPR": the inner Source X and the outer NPR) and
// overlapping ones. The gold span then keeps the Source of each of them, and
// a speaker that agrees with any is right (SpeakerOK).
func goldQuotes(r []rune, attrs []attribution) []GoldQuote {
	regions := quotedRegions(r)
	index := map[Span]int{}
	var out []GoldQuote
	for _, a := range attrs {
		var srcTxt []string
		for _, s := range a.Source {
			if s.End <= len(r) {
				srcTxt = append(srcTxt, string(r[s.Start:s.End]))
			}
		}
		for _, q := range regions {
			s := Span{-1, -1}
			for _, c := range a.Content {
				lo, hi := max(c.Start, q.Start), min(c.End, q.End, len(r))
				if lo >= hi {
					continue
				}
				if s.Start < 0 {
					s = Span{lo, hi}
				} else {
					s = Span{min(s.Start, lo), max(s.End, hi)}
				}
			}
			if s.Start < 0 {
				continue
			}
			for s.Start < s.End && unicode.IsSpace(r[s.Start]) {
				s.Start++
			}
			for s.End > s.Start && unicode.IsSpace(r[s.End-1]) {
				s.End--
			}
			if s.End <= s.Start || !hasAlnum(r[s.Start:s.End]) {
				continue
			}
			if i, ok := index[s]; ok {
				out[i].Sources = append(out[i].Sources, a.Source)
				out[i].SourceTxt = append(out[i].SourceTxt, strings.Join(srcTxt, " "))
				continue
			}
			index[s] = len(out)
			out = append(out, GoldQuote{Span: s, Sources: [][]Span{a.Source}, SourceTxt: []string{strings.Join(srcTxt, " ")}})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func hasAlnum(r []rune) bool {
	for _, c := range r {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return true
		}
	}
	return false
}

// mergeGaps joins fragments of a discontinuous span that are separated only
// by white space. Annotators often select a multi-sentence quotation
// sentence by sentence, which brat stores as fragments split at the spaces
// between sentences; the annotation still means one span.
func mergeGaps(r []rune, spans []Span) []Span {
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var out []Span
	for _, s := range spans {
		if n := len(out); n > 0 && s.Start >= out[n-1].End && s.Start <= len(r) && onlySpace(r[out[n-1].End:s.Start]) {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

func onlySpace(r []rune) bool {
	for _, c := range r {
		if !unicode.IsSpace(c) {
			return false
		}
	}
	return true
}
