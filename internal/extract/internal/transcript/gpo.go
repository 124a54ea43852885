package transcript

import "unicode"

// The Government Publishing Office prints congressional hearings with
// each turn opening on the speaker's title and surname in capitals and a
// full stop, the words after it on the same line:
//
//	Chairman THURGOOD. The Subcommittee will come to order.
//	Senator SUNDQVIST. Thank you, Mr. Chairman.
//	Ms. SZCZEPANIK. Timed entry is currently in place at six parks.
//	The CHAIRMAN. Without objection.

// gpoTitles are the words before a surname in such a label.
var gpoTitles = map[string]bool{"Chairman": true, "Chairwoman": true, "Chair": true, "Senator": true,
	"Representative": true, "Mr.": true, "Ms.": true, "Mrs.": true, "Miss": true, "Dr.": true, "Secretary": true,
	"General": true, "Admiral": true, "Judge": true, "Commissioner": true, "Governor": true, "Mayor": true,
	"Ambassador": true, "Director": true, "Administrator": true, "Delegate": true, "Vice": true, "Ranking": true,
	"Member": true, "Acting": true, "Deputy": true, "Chief": true, "Sheriff": true, "Colonel": true, "Captain": true,
	"Professor": true, "Reverend": true, "The": true}

// maxGPOTitles bounds the title words: "Vice Chairman", "Ranking Member".
const maxGPOTitles = 2

// gpoLabel reads such a label at r[s:e], if the paragraph opens with one.
func gpoLabel(r []rune, s, e int) (Turn, bool) {
	k, titles := s, 0
	for titles < maxGPOTitles {
		w := k
		for k < e && (unicode.IsLetter(r[k]) || r[k] == '.') {
			k++
		}
		if !gpoTitles[string(r[w:k])] || k >= e || r[k] != ' ' {
			k = w
			break
		}
		titles++
		k++
	}
	if titles == 0 {
		return Turn{}, false
	}
	if t, ok := gpoMixedName(r, s, k, e); ok {
		return t, true // the Senate's "Senator Hegstad.", "Dr. Ochoa-Brandt."
	}
	// The surname in capitals, maybe of two words ("VAN HOLLEN"), with a
	// hyphen, an apostrophe or "Mc" ("McCAIN"), then a full stop and a
	// space.
	name, letters := k, 0
	for ; k < e; k++ {
		c := r[k]
		switch {
		case unicode.IsUpper(c):
			letters++
		case c == 'c' && k == name+1 && r[name] == 'M':
		case c == '-' || c == '\'' || c == '’':
		case c == ' ' && letters > 0 && k+1 < e && unicode.IsUpper(r[k+1]):
		case c == '.' && letters >= 2 && k+1 < e && r[k+1] == ' ':
			return turn(r, s, k, k+1, e, string(r[s:k]))
		default:
			return Turn{}, false
		}
	}
	return Turn{}, false
}

// gpoMixedName reads the surname of a label that the Senate's hearings
// print in mixed case ("Senator Hegstad. Good morning.", "Dr.
// Ochoa-Brandt. Thank you."), from k after the title: one or two
// capitalised words, then a full stop and a space.
func gpoMixedName(r []rune, s, k, e int) (Turn, bool) {
	words := 0
	for words < 2 && k < e && unicode.IsUpper(r[k]) {
		w := k
		k++
		for k < e && (unicode.IsLetter(r[k]) || r[k] == '-' || r[k] == '\'' || r[k] == '’') {
			k++
		}
		if k-w < 2 || !hasLower(r[w:k]) {
			return Turn{}, false // capitals: the reader above
		}
		words++
		if k+1 < e && r[k] == '.' && r[k+1] == ' ' {
			return turn(r, s, k, k+1, e, string(r[s:k]))
		}
		if k >= e || r[k] != ' ' {
			return Turn{}, false
		}
		k++
	}
	return Turn{}, false
}

// hasLower reports whether rs has a lower-case letter.
func hasLower(rs []rune) bool {
	for _, c := range rs {
		if unicode.IsLower(c) {
			return true
		}
	}
	return false
}
