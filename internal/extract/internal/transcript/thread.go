package transcript

import (
	"strings"
)

// lineSpans returns the rune ranges of r's lines, without their ends.
func lineSpans(r []rune) [][2]int {
	var out [][2]int
	for a := 0; a <= len(r); {
		b := a
		for b < len(r) && r[b] != '\n' {
			b++
		}
		out = append(out, [2]int{a, b})
		a = b + 1
	}
	return out
}

// selfIntros open a poster's words about who they are: "My name is Gus
// Thorsby and I groom runs ...".
var selfIntros = []string{"My name is ", "my name is ", "I'm ", "I’m ", "I am "}

// ThreadAliases returns the names the posters of a thread's turns give
// themselves in their first few turns ("Hey Reddit. My name is Gus
// Thorsby and ..."), by username.
func ThreadAliases(r []rune, turns []Turn) map[string]string {
	var out map[string]string
	seen := map[string]int{}
	for _, t := range turns {
		if seen[t.Label]++; seen[t.Label] > maxAliasTurns || out[t.Label] != "" {
			continue
		}
		text := string(r[t.Start:t.End])
		for _, intro := range selfIntros {
			k := strings.Index(text, intro)
			if k < 0 {
				continue
			}
			words := strings.Fields(text[k+len(intro):])
			for n := min(3, len(words)); n >= 2; n-- {
				name := strings.TrimRight(strings.Join(words[:n], " "), ",.;:!")
				if personName(name) && !strings.ContainsAny(strings.Join(words[:n-1], " "), ",.;:!") {
					if out == nil {
						out = map[string]string{}
					}
					out[t.Label] = name
					break
				}
			}
			if out[t.Label] != "" {
				break
			}
		}
	}
	return out
}

// maxAliasTurns bounds the turns of each poster read for a name.
const maxAliasTurns = 4
