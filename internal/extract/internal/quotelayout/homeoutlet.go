package quotelayout

import (
	"strings"
	"unicode"
)

// mastheadLines and mastheadWords bound the lines at the top of a page
// read as the publisher's masthead.
const (
	mastheadLines = 4
	mastheadWords = 6
)

// homeOutletVias takes away the outlet of a quotation told to the
// outlet that publishes the article ("told The EastAfrican" under "The
// EastAfrican" masthead): the quotation came through no one else.
func (x *layout) homeOutletVias() {
	var home []string
	seen := false
	for i := range x.out {
		x.steps++
		q := &x.out[i]
		if q.Via == "" {
			continue
		}
		if !seen {
			home, seen = x.mastheads(), true
		}
		v := outletKey(q.Via)
		for _, h := range home {
			if h == v {
				q.Via = ""
				break
			}
		}
	}
}

// mastheads returns the short lines that open the page, as outlet keys,
// and the first field of each where a bar or a dash divides it ("The
// National | Business").
func (x *layout) mastheads() []string {
	var out []string
	n := 0
	for s := 0; s < len(x.r) && n < mastheadLines; {
		e := s
		for e < len(x.r) && x.r[e] != '\n' {
			e++
		}
		line := strings.TrimSpace(string(x.r[s:e]))
		s = e + 1
		x.steps++
		if line == "" {
			continue
		}
		n++
		if len(strings.Fields(line)) > mastheadWords {
			continue
		}
		out = append(out, outletKey(line))
		if k := strings.IndexAny(line, "|—–-:"); k > 0 {
			out = append(out, outletKey(line[:k]))
		}
	}
	return out
}

// outletKey is an outlet's name compared without case, a leading "the"
// or a possessive: "The EastAfrican" and "EastAfrican's" are one.
func outletKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	return strings.TrimRightFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
