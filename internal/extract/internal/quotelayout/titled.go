package quotelayout

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
)

// titledSpeakers gives a quote whose speaker is an office of two words
// or more and no one by name ("Presidential spokesperson says the
// subsidy was ‘a privilege paid for by everyone’") the one person the
// article gives that title, wherever it does: "Presidential
// spokesperson Federico Lanús, speaking at his daily press conference,
// said ...". Two people with the title leave the quote as it is.
func (x *layout) titledSpeakers() {
	var want map[string]int // the offices asked for, in lower case -> their holder (-1 none yet, -2 two or more)
	var lens map[int]bool   // their lengths, so that a title of another length is passed over unread
	var keys []string       // each quote's office, "" for none
	for i := range x.out {
		x.steps++
		key, ok := x.officeKey(&x.out[i])
		if !ok {
			continue
		}
		if want == nil {
			want, lens, keys = map[string]int{}, map[int]bool{}, make([]string, len(x.out))
		}
		want[key], lens[len(key)], keys[i] = -1, true, key
	}
	if want == nil {
		return
	}
	x.d.MentionsBefore(len(x.toks), func(e, _ int) bool {
		x.steps++
		en := x.ent(e)
		if !en.Person || !lens[len(en.Title)] || !strings.Contains(en.Name, " ") {
			return true
		}
		t := strings.ToLower(en.Title)
		switch h, ok := want[t]; {
		case !ok || h == e || h == -2:
		case h == -1:
			want[t] = e
		default:
			want[t] = -2
		}
		return true
	})
	for i, key := range keys {
		x.steps++
		if key != "" && want[key] >= 0 {
			x.out[i].Speaker, x.out[i].SpeakerTitle = x.ent(want[key]).Name, x.ent(want[key]).Title
		}
	}
}

// officeKey returns a quote's speaker as an office to look up, in lower
// case without "the": one of two words or more, no one by name.
func (x *layout) officeKey(q *result.Quote) (string, bool) {
	rest := strings.TrimPrefix(strings.TrimPrefix(q.Speaker, "the "), "The ")
	if !strings.Contains(rest, " ") || x.person(q.Speaker) || !described(q.Speaker) {
		return "", false
	}
	return strings.ToLower(rest), true
}

// described reports whether a speaker is no one by name: a role
// ("Minister") or a description with a word in lower case ("Presidential
// spokesperson").
func described(speaker string) bool {
	if roleOnly(speaker) {
		return true
	}
	start := true // at a word's first letter
	for _, c := range speaker {
		if start && unicode.IsLower(c) {
			return true // a word in lower case
		}
		start = unicode.IsSpace(c)
	}
	return false
}
