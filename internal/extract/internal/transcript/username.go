package transcript

import (
	"strings"
	"unicode"
)

// Forums and social sites label their posts with usernames:
//
//	pickled_lantern: Mod support? Workshop? Please say Workshop.
//	u/Ferrocene_Dreams: Steam Deck at launch, yes or no?
//	BramblewickHenrik: Not at launch.
//
// A name run together with capitals inside it is read as any label is; a
// word with an underscore or a digit, or after "u/" or "@", is a
// username whatever its case. Aliases maps a username to the name the
// article gives its owner: "Osei-Lindgren posts as BramblewickHenrik".

// maxUsername bounds a username, in runes.
const maxUsername = 32

// usernameLabel reads a username and a colon opening the paragraph
// r[s:e], if it has one.
func usernameLabel(r []rune, s, e int) (Turn, bool) {
	k := s
	prefixed := false
	if k+2 < e && r[k] == 'u' && r[k+1] == '/' {
		k, prefixed = k+2, true
	} else if k < e && r[k] == '@' {
		k, prefixed = k+1, true
	}
	n := k
	marked := prefixed
	for k < e && k-n <= maxUsername && (unicode.IsLetter(r[k]) || unicode.IsDigit(r[k]) || r[k] == '_') {
		marked = marked || r[k] == '_' || unicode.IsDigit(r[k])
		k++
	}
	if !marked || k-n < 3 || k+1 >= e || r[k] != ':' || r[k+1] != ' ' || !unicode.IsLetter(r[n]) {
		return Turn{}, false
	}
	return turn(r, s, k, k+1, e, string(r[s:k]))
}

// Username returns a username label without the "u/" or "@" a site
// prints before it: "u/Ferrocene_Dreams" gives "Ferrocene_Dreams".
func Username(label string) string {
	if rest, ok := strings.CutPrefix(label, "u/"); ok {
		return rest
	}
	return strings.TrimPrefix(label, "@")
}

// aliasCues say that the name before them posts under the username
// after them.
var aliasCues = []string{" posts as ", " posting as ", " posted as ", " writes as ", " goes by ", " under the username ", " under the handle "}

// Aliases returns the usernames the text says its people post under,
// each with the name written before the cue ("Osei-Lindgren posts as
// BramblewickHenrik" gives "BramblewickHenrik": "Osei-Lindgren").
func Aliases(r []rune) map[string]string {
	text := string(r)
	var out map[string]string
	for _, cue := range aliasCues {
		for from := 0; ; {
			k := strings.Index(text[from:], cue)
			if k < 0 {
				break
			}
			k += from
			from = k + len(cue)
			after := Username(text[from:])
			end := strings.IndexFunc(after, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '_' })
			if end <= 0 {
				continue
			}
			before := strings.Fields(text[max(0, k-60):k])
			name := ""
			for i := len(before) - 1; i >= 0 && i >= len(before)-3; i-- {
				w := before[i]
				if !unicode.IsUpper([]rune(w)[0]) || strings.ContainsAny(w, ".,;:!?") {
					break
				}
				name = strings.TrimSpace(w + " " + name)
			}
			if name == "" {
				continue
			}
			if out == nil {
				out = map[string]string{}
			}
			out[after[:end]] = name
		}
	}
	return out
}
