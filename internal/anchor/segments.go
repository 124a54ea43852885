package anchor

import "sort"

// Span marks the code points [Start, End) of a body as belonging to the
// record ID (a quote).
type Span struct {
	Start, End int
	ID         int64
}

// Segment is a run of body text: plain when ID is 0, else the words of
// the quote with that ID.
type Segment struct {
	Text string
	ID   int64
}

// Segments cuts body into plain and marked runs. Spans out of range are
// dropped; where spans overlap, the one that starts first keeps the
// overlap.
func Segments(body string, spans []Span) []Segment {
	runes := []rune(body)
	sorted := make([]Span, 0, len(spans))
	for _, s := range spans {
		if s.Start >= 0 && s.End <= len(runes) && s.Start < s.End {
			sorted = append(sorted, s)
		}
	}
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	var out []Segment
	pos := 0
	for _, s := range sorted {
		if s.Start < pos {
			s.Start = pos
		}
		if s.Start >= s.End {
			continue
		}
		if s.Start > pos {
			out = append(out, Segment{Text: string(runes[pos:s.Start])})
		}
		out = append(out, Segment{Text: string(runes[s.Start:s.End]), ID: s.ID})
		pos = s.End
	}
	if pos < len(runes) {
		out = append(out, Segment{Text: string(runes[pos:])})
	}
	return out
}
