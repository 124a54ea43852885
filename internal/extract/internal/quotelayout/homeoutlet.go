package quotelayout

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// mastheadLines and mastheadWords bound the lines at the top of a page
// read as the publisher's masthead.
const (
	mastheadLines = 6
	mastheadWords = 6
)

// sameOutlet reports whether via v, an outlet key, is the publisher whose
// masthead key is h, or the publisher's own news desk: "Ars" under "Ars
// Technica home", "BBC Sport" under "BBC Homepage", "Bloomberg News"
// under "Bloomberg", "The Associated Press" under "AP Logo". A
// programme or station of its own name ("BBC Radio Kent") is another,
// and so is a section's name ("Te Ao Māori" on RNZ's page) with "News".
func sameOutlet(h, v string) bool {
	if h == "" || v == "" {
		return false
	}
	first, _, _ := strings.Cut(h, " ")
	last := h[strings.LastIndexByte(h, ' ')+1:]
	_, known := lexicon.ViaOutlet(h)
	return h == v || known && (v == h+" news" || v == h+" sport" || v == h+" sports") || len(v) >= 3 && v == first ||
		initialsOf(v) == h && len(h) >= 2 || v == last && paperWords[v] // "told the Star" under "Toronto Star"
}

// paperWords end a newspaper's name, and are what the paper calls
// itself: "the Star" for the Toronto Star, "the Herald" for the NZ Herald.
var paperWords = map[string]bool{"herald": true, "star": true, "times": true, "post": true, "globe": true, "mail": true,
	"telegraph": true, "guardian": true, "independent": true, "tribune": true, "journal": true, "gazette": true,
	"chronicle": true, "examiner": true, "courier": true, "mercury": true, "advertiser": true, "observer": true,
	"express": true, "mirror": true, "inquirer": true, "standard": true, "citizen": true, "nation": true,
	"argus": true, "dispatch": true, "enquirer": true, "sentinel": true, "ledger": true, "bulletin": true}

// domains end a masthead printed as the site's address: "DAWN.COM",
// "INQUIRER.NET".
var domains = []string{".com", ".net", ".org", ".co.uk", ".com.au", ".co.nz", ".com.pk", ".ie", ".ca", ".in"}

// initialsOf returns the initials of a name of two or more words ("ap"
// for "associated press"), or "".
func initialsOf(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		b.WriteRune([]rune(w)[0])
	}
	return b.String()
}

// mastheadTails end a masthead line as a page prints its link home: "Ars
// Technica home", "AP Logo", "BBC Homepage".
var mastheadTails = []string{" homepage", " home", " logo"}

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
			if sameOutlet(h, v) {
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
		key := outletKey(line)
		for _, t := range mastheadTails {
			key = strings.TrimSuffix(key, t)
		}
		out = append(out, key)
		for _, d := range domains {
			if k, ok := strings.CutSuffix(key, d); ok && k != "" && !strings.Contains(k, " ") {
				out = append(out, k) // "dawn" for "DAWN.COM"
				break
			}
		}
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
