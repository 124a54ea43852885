package transcript

import (
	"strings"
	"unicode"
)

// The European Parliament's verbatim report heads each speech with the
// speaker, what they speak as, a full stop and a dash: "Lukas
// Brenner-Olsen, Member of the Commission. – Madam President, ...",
// "Rafał Kowalczyk-Brandt (ECR), blue-card question. – ...",
// "President. – The next item is ...". Who "President" is, the report
// says over the debate (package court reads it).

// maxDashLabel bounds, in runes, a speaker's heading before its dash.
const maxDashLabel = 120

// dashLabel reads a speech's heading "Name, role. – " (or "Name
// (Group), role. – ", "President. – ") opening the paragraph r[s:e].
func dashLabel(r []rune, s, e int) (Turn, bool) {
	k := s
	for k+3 < e && k-s < maxDashLabel && !(r[k] == '.' && r[k+1] == ' ' && (r[k+2] == '–' || r[k+2] == '—') && r[k+3] == ' ') {
		if r[k] == '?' || r[k] == '!' || r[k] == '"' || r[k] == '“' {
			return Turn{}, false
		}
		k++
	}
	if k+4 >= e || r[k] != '.' || !unicode.IsUpper(r[s]) && !particleLabel(r, s, e) {
		return Turn{}, false
	}
	head := string(r[s:k])
	name := head
	if c := strings.IndexAny(head, ",("); c > 0 {
		name = strings.TrimSpace(head[:c])
	}
	if name != "President" && (!personName(name) || !strings.Contains(name, " ") || allCaps(name)) {
		return Turn{}, false // (not a dateline's "HASTINGS FALLS, Neb. — ...")
	}
	if name != "President" && !strings.Contains(head, ",") && !strings.Contains(head, "(") {
		return Turn{}, false
	}
	ne := s + len([]rune(name))
	return turn(r, s, ne, k+4, e, name)
}
