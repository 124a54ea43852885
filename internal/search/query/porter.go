package query

// Stem is a folded word (see IndexWords) as SQLite's porter tokenizer
// stems it: Porter's algorithm of 1980, which the stemmed index
// (quote_stem) holds its words in. Highlight marks the words whose stem
// is a stemmed term's, so "penalty" marks "penalties". Words the porter
// tokenizer leaves alone stay as they are: shorter than 3 bytes, longer
// than 64, or holding anything but a–z (those are treated as consonants
// there too, so only a-z words are stemmed here).
func Stem(w string) string {
	if len(w) < 3 || len(w) > 64 {
		return w
	}
	b := []byte(w)
	b = step1a(b)
	b = step1b(b)
	if b[len(b)-1] == 'y' && hasVowel(b[:len(b)-1]) {
		b[len(b)-1] = 'i'
	}
	b = replaceSuffix(b, step2, mGt0)
	b = replaceSuffix(b, step3, mGt0)
	b = step4(b)
	// Step 5a.
	if n := len(b); b[n-1] == 'e' {
		if mGt1(b[:n-1]) || (mEq1(b[:n-1]) && !ostar(b[:n-1])) {
			b = b[:n-1]
		}
	}
	// Step 5b.
	if n := len(b); n > 1 && b[n-1] == 'l' && b[n-2] == 'l' && mGt1(b[:n-1]) {
		b = b[:n-1]
	}
	return string(b)
}

func isVowel(c byte, yIsVowel bool) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || (yIsVowel && c == 'y')
}

// gobbleVC skips a run of consonants, then vowels, then one consonant
// (a "VC" of Porter's measure), returning where it stopped, or 0.
func gobbleVC(s []byte, prevCons bool) int {
	cons := prevCons
	i := 0
	for ; i < len(s); i++ {
		cons = !isVowel(s[i], cons)
		if !cons {
			break
		}
	}
	for i++; i < len(s); i++ {
		cons = !isVowel(s[i], cons)
		if cons {
			return i + 1
		}
	}
	return 0
}

func mGt0(s []byte) bool { return gobbleVC(s, false) != 0 }

func mGt1(s []byte) bool {
	n := gobbleVC(s, false)
	return n != 0 && gobbleVC(s[n:], true) != 0
}

func mEq1(s []byte) bool {
	n := gobbleVC(s, false)
	return n != 0 && gobbleVC(s[n:], true) == 0
}

// ostar: the stem ends consonant-vowel-consonant, the last not w, x or y.
func ostar(s []byte) bool {
	n := len(s)
	if n == 0 || s[n-1] == 'w' || s[n-1] == 'x' || s[n-1] == 'y' {
		return false
	}
	mask, cons := 0, false
	for _, c := range s {
		cons = !isVowel(c, cons)
		mask <<= 1
		if cons {
			mask++
		}
	}
	return mask&7 == 5
}

func hasVowel(s []byte) bool {
	for i, c := range s {
		if isVowel(c, i > 0) {
			return true
		}
	}
	return false
}

func hasSuffix(b []byte, suf string) bool {
	return len(b) > len(suf) && string(b[len(b)-len(suf):]) == suf
}

func step1a(b []byte) []byte {
	n := len(b)
	if b[n-1] != 's' {
		return b
	}
	switch {
	case n > 4 && string(b[n-4:]) == "sses":
		return b[:n-2]
	case n > 3 && string(b[n-3:]) == "ies":
		return b[:n-2]
	case b[n-2] != 's':
		return b[:n-1]
	}
	return b
}

func step1b(b []byte) []byte {
	var stem []byte
	switch {
	case hasSuffix(b, "eed"):
		if mGt0(b[:len(b)-3]) {
			return b[:len(b)-1]
		}
		return b
	case hasSuffix(b, "ed"):
		stem = b[:len(b)-2]
	case hasSuffix(b, "ing"):
		stem = b[:len(b)-3]
	default:
		return b
	}
	if !hasVowel(stem) {
		return b
	}
	b = stem
	for _, r := range [][2]string{{"at", "ate"}, {"bl", "ble"}, {"iz", "ize"}} {
		if hasSuffix(b, r[0]) {
			return append(b[:len(b)-2:len(b)-2], r[1]...)
		}
	}
	n := len(b)
	if c := b[n-1]; n > 1 && !isVowel(c, false) && c != 'l' && c != 's' && c != 'z' && c == b[n-2] {
		return b[:n-1]
	}
	if mEq1(b) && ostar(b) {
		return append(b[:n:n], 'e')
	}
	return b
}

// The suffixes of steps 2 and 3 and what each becomes, tried in order
// (the first suffix the word has is the only one tried).
var (
	step2 = [][2]string{
		{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
		{"logi", "log"}, {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
		{"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
		{"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
	}
	step3 = [][2]string{
		{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
	}
	step4Suffixes = []string{"al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
		"ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"}
)

// replaceSuffix applies the first rule whose suffix the word ends in
// (SQLite's code picks by the second-last letter, then tries that
// letter's suffixes in order: the rules above are in that order within
// each letter, and the letters' suffixes cannot both match).
func replaceSuffix(b []byte, rules [][2]string, cond func([]byte) bool) []byte {
	if len(b) < 2 {
		return b
	}
	pen := b[len(b)-2]
	for _, r := range rules {
		suf := r[0]
		if suf[len(suf)-2] != pen || !hasSuffix(b, suf) {
			continue
		}
		stem := b[:len(b)-len(suf)]
		if cond(stem) {
			return append(stem[:len(stem):len(stem)], r[1]...)
		}
		return b
	}
	return b
}

func step4(b []byte) []byte {
	if len(b) < 2 {
		return b
	}
	pen := b[len(b)-2]
	for _, suf := range step4Suffixes {
		if suf[len(suf)-2] != pen || !hasSuffix(b, suf) {
			continue
		}
		stem := b[:len(b)-len(suf)]
		ok := mGt1(stem)
		if suf == "ion" {
			ok = ok && len(stem) > 0 && (stem[len(stem)-1] == 's' || stem[len(stem)-1] == 't')
		}
		if ok {
			return stem
		}
		return b
	}
	return b
}
