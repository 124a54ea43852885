package quotelayout

import "strings"

// titledSpeakers gives a quote whose speaker is an office of two words
// or more and no one by name ("Presidential spokesperson says the
// subsidy was ‘a privilege paid for by everyone’") the one person the
// article gives that title, wherever it does: "Presidential
// spokesperson Federico Lanús, speaking at his daily press conference,
// said ...". Two people with the title leave the quote as it is.
func (x *layout) titledSpeakers() {
	var titled map[string]int // an office in lower case -> its holder, -1 for two or more
	for i := range x.out {
		x.steps++
		q := &x.out[i]
		key := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(q.Speaker, "the "), "The "))
		if !strings.Contains(key, " ") || x.person(q.Speaker) || !described(q.Speaker) {
			continue
		}
		if titled == nil {
			titled = map[string]int{}
			x.d.MentionsBefore(len(x.toks), func(e, _ int) bool {
				x.steps++
				en := x.ent(e)
				if !en.Person || en.Title == "" || !strings.Contains(en.Name, " ") {
					return true
				}
				t := strings.ToLower(en.Title)
				if h, ok := titled[t]; ok && h != e {
					titled[t] = -1
				} else if !ok {
					titled[t] = e
				}
				return true
			})
		}
		if e, ok := titled[key]; ok && e >= 0 {
			q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
		}
	}
}

// described reports whether a speaker is no one by name: a role
// ("Minister") or a description with a word in lower case ("Presidential
// spokesperson").
func described(speaker string) bool {
	if roleOnly(speaker) {
		return true
	}
	for _, w := range strings.Fields(speaker) {
		if r := []rune(w); len(r) > 0 && r[0] >= 'a' && r[0] <= 'z' {
			return true
		}
	}
	return false
}
