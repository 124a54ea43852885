package transcript

import (
	"github.com/quotetrail/quotetrail/internal/extract/internal/furniture"
	"slices"
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// An interview printed as questions and answers leaves its questions
// unsigned ("Q: ..."): they are the interviewer's, whom the introduction
// names as its byline ("By Hollis Drummond | The Oregonian", "Interview
// by Ama Boateng") or as the one the subject spoke to ("She tells Fergus
// Lomond about grief", "Voss spoke to Dara Quinn").

// MaxIntroRunes bounds how much of the text before the first turn is read
// for the interviewer.
const MaxIntroRunes = 6000

// tellVerbs are the words after which an introduction names the
// interviewer: "tells Fergus Lomond", "spoke to Dara Quinn".
var tellVerbs = map[string]bool{"tells": true, "told": true, "spoke to": true, "spoke with": true,
	"talks to": true, "talked to": true, "talks with": true, "talked with": true, "speaks to": true, "speaks with": true}

// Interviewer returns the name of whoever asks the questions of the
// interview whose first turn starts at rune first, as the text before it
// names them; "" when it names no one.
func Interviewer(r []rune, first int) string {
	lo := max(0, first-MaxIntroRunes)
	by, told, prev, prev2 := "", "", "", ""
	for a := lo; a < first; {
		b := a
		for b < first && r[b] != '\n' {
			b++
		}
		line := strings.TrimSpace(string(r[a:b]))
		if by == "" {
			by = bylineName(line)
		}
		if by == "" && line != "" {
			by = capsByline(prev, line)
		}
		if by == "" && line != "" && furniture.Dated(line) {
			by = bareByline(prev) // "Declan Mulcahy-Bourke" over "Tue Oct 14 2025 - 05:00"
			if by == "" && furniture.JobLine(prev) {
				by = jobByline(prev2) // "Tessa Rangiwai" over "Senior writer" and the date
			}
		}
		if line != "" {
			prev, prev2 = line, prev
		}
		if told == "" {
			told = toldName(line)
		}
		a = b + 1
	}
	if by != "" {
		return by
	}
	return told
}

// bylineName reads a byline: "By Hollis Drummond | The Oregonian",
// "Interview by Ama Boateng", "Words by ...".
func bylineName(line string) string {
	w := strings.Fields(line)
	k := 0
	switch {
	case len(w) > 1 && strings.EqualFold(w[0], "by"):
		k = 1
	case len(w) > 2 && strings.EqualFold(w[1], "by") && (strings.EqualFold(w[0], "interview") || strings.EqualFold(w[0], "interviewed") || strings.EqualFold(w[0], "words")):
		k = 2
	case len(w) > 3 && strings.EqualFold(w[0], "interview") && strings.EqualFold(w[1], "conducted") && strings.EqualFold(w[2], "by"):
		k = 3 // "Interview Conducted by Bastian Kordewitz"
	default:
		return ""
	}
	if name := capsNameAt(w[k:]); name != "" {
		return name // "By SHIVA RAMDIAL shiva.ramdial@trinidadexpress.com"
	}
	return nameAt(w[k:])
}

// capsNameAt reads a name of two or three words in capitals opening w,
// up to an e-mail address, a bar or the end: "SHIVA RAMDIAL"; "" if none.
func capsNameAt(w []string) string {
	var name []string
	for _, x := range w {
		if strings.ContainsAny(x, "@|") || len(name) == 3 {
			break
		}
		core := strings.TrimRight(x, ",")
		if len([]rune(core)) < 2 || !allCaps(core) || !unicode.IsLetter([]rune(core)[0]) {
			return ""
		}
		name = append(name, TitleCase(core))
		if core != x {
			break
		}
	}
	if len(name) < 2 {
		return ""
	}
	return strings.Join(name, " ")
}

// bylineRoles open the line under a byline in capitals: "MIRA SZABADOS"
// over "SPECIAL TO THE GLOBE AND MAIL".
var bylineRoles = []string{"SPECIAL TO ", "STAFF WRITER", "STAFF REPORTER", "REPORTER", "CORRESPONDENT", "FOR THE ", "CONTRIBUTOR"}

// capsByline reads a byline printed in capitals over the writer's role:
// prev "MIRA SZABADOS", line "SPECIAL TO THE GLOBE AND MAIL" gives "Mira
// Szabados"; "" otherwise.
func capsByline(prev, line string) string {
	w := strings.Fields(prev)
	if len(w) < 2 || len(w) > 3 || strings.ToUpper(prev) != prev {
		return ""
	}
	role := false
	for _, b := range bylineRoles {
		role = role || strings.HasPrefix(line, b)
	}
	if !role || strings.ToUpper(line) != line {
		return ""
	}
	if name := NameCase(strings.Join(w, " ")); personName(name) {
		return name
	}
	return ""
}

// bareByline reads a line that is a name alone, two or three words from
// a given name, as a byline over the story's date; "" otherwise.
func bareByline(line string) string {
	w := strings.Fields(line)
	if len(w) < 2 || vocab.GivenNameGender(strings.ToLower(w[0])) == 0 {
		return "" // not "Hide Transcript" over "1:47 p.m. EDT"
	}
	return jobByline(line)
}

// jobByline reads a line that is a name alone, two or three words, over
// the writer's job ("Deepa Ramalingam" over "Correspondent"), whatever
// the given name; "" otherwise.
func jobByline(line string) string {
	w := strings.Fields(line)
	if len(w) < 2 || len(w) > 3 || strings.ToUpper(line) == line || !personName(line) {
		return ""
	}
	for _, x := range w {
		if LabelTitle(x) || lexicon.IsOrgWord(strings.ToLower(x)) {
			return ""
		}
	}
	return line
}

// toldName reads the person an introduction says the subject spoke to:
// "She tells Fergus Lomond about grief".
func toldName(line string) string {
	w := strings.Fields(line)
	for i := 0; i+1 < len(w); i++ {
		v := strings.ToLower(w[i])
		k := i + 1
		if (v == "spoke" || v == "talks" || v == "talked" || v == "speaks") && k < len(w) {
			v += " " + strings.ToLower(w[k])
			k++
		}
		if tellVerbs[v] && k < len(w) {
			if n := nameAt(w[k:]); n != "" {
				return n
			}
		}
	}
	return ""
}

// nameAt reads two or three capitalised words as a person's name, up to
// a word ending in punctuation or a word in lower case: "Fergus Lomond
// about grief" gives "Fergus Lomond".
func nameAt(w []string) string {
	var name []string
	for _, x := range w {
		core := strings.TrimRight(x, ",.;:|")
		rs := []rune(core)
		if len(rs) < 2 || !unicode.IsUpper(rs[0]) && !(len(name) > 0 && particle(core)) || !unicode.IsLower(rs[len(rs)-1]) {
			break // (a particle inside the name goes on: "Hind al-Saadi", "Pieter van Rooyen")
		}
		name = append(name, core)
		if core != x || len(name) == 3 {
			break
		}
	}
	if len(name) < 2 || name[0] == "The" {
		return "" // "By The Associated Press", "told The Verge"
	}
	for _, n := range name {
		if strings.ContainsRune(n, '.') || staffWords[n] {
			return "" // "By WSB-TV.com News Staff": a desk, no one asking
		}
	}
	return strings.Join(name, " ")
}

// staffWords close a byline that names a newsroom's desk, not a writer.
var staffWords = map[string]bool{"Staff": true, "Desk": true, "Reports": true, "Wire": true, "Newsroom": true, "Team": true}

// maxSelfName bounds the name a reporter gives before a question, in
// words.
const maxSelfName = 3

// SelfNamed returns the name a reporter gives at the start of a question,
// before their outlet ("Hannah Whitlow, ITV Tyne Tees. Has a weapon been
// recovered?"): two or three capitalised words, a comma, and capitalised
// words to a full stop or a dash; "" when the question opens otherwise.
func SelfNamed(r []rune, s, e int) string {
	words := strings.Fields(string(r[s:min(e, s+120)]))
	for n := 2; n <= maxSelfName && n < len(words); n++ {
		last := words[n-1]
		if !strings.HasSuffix(last, ",") {
			continue
		}
		name := strings.Join(words[:n], " ")
		name = strings.TrimSuffix(name, ",")
		if !personName(name) {
			return ""
		}
		for _, w := range words[:n-1] {
			if strings.HasSuffix(w, ".") && len([]rune(w)) > 2 {
				return "" // "Thanks. Hassan Idrissi, Military Times.": a sentence before the name, no initial
			}
		}
		// the outlet: capitalised words ending in a full stop or before a dash
		for _, w := range words[n:min(len(words), n+5)] {
			if w == "—" || w == "–" || w == "-" {
				return name
			}
			if !unicode.IsUpper([]rune(w)[0]) && !unicode.IsDigit([]rune(w)[0]) {
				return ""
			}
			if strings.HasSuffix(w, ".") {
				return name
			}
		}
		return ""
	}
	return ""
}

// SelfNamedTurn returns the name a reporter gives in their own question,
// when the turn is a reporter's or a question ("REPORTER:", "Q:",
// "QUESTION:"): before their outlet early on ("It's Tom Ashbourne from
// the Racing Post", see introducedAsker) or opening it ("Hannah
// Whitlow, ITV Tyne Tees. Has a weapon ...?").
func SelfNamedTurn(r []rune, t Turn) string {
	if l := strings.ToLower(t.Label); t.Role != Question && l != "reporter" && l != "journalist" {
		return ""
	}
	if name := introducedAsker(r, t); name != "" {
		return name
	}
	if name := SelfNamed(r, t.Start, t.End); name != "" {
		return name
	}
	if k := afterGreeting(r, t); k > t.Start {
		// "Thanks, Lucien. Hana Lindqvist, Nordic Press Agency. ...",
		// "Delia, Kofi Agyemang-Ross with the Detroit Free Press."
		if name := SelfNamed(r, k, t.End); name != "" {
			return name
		}
		return nameWithOutlet(strings.Fields(string(r[k:min(t.End, k+80)])))
	}
	return ""
}

// maxGreeting bounds, in words, the greeting before a reporter names
// themselves: "Thank you, Lucien."
const maxGreeting = 4

// afterGreeting returns where the words of question turn t start after a
// greeting or thanks ("Thanks, Lucien.", "Thank you.", "Good
// afternoon.") or the one addressed ("Delia, ..."); t.Start when it
// opens with neither.
func afterGreeting(r []rune, t Turn) int {
	words := 0
	for i := t.Start; i < t.End && i < t.Start+60; i++ {
		c := r[i]
		if c == ' ' {
			words++
			continue
		}
		if words == 0 && c == ',' && i > t.Start && unicode.IsUpper(r[t.Start]) {
			if w := strings.ToLower(string(r[t.Start:i])); !strings.HasPrefix(w, "thank") && !strings.Contains(w, " ") {
				b, _ := trim(r, i+1, t.End) // "Delia, ..."
				return b
			}
		}
		if c == '.' || c == '!' {
			first := strings.ToLower(strings.Fields(string(r[t.Start : i+1]))[0])
			if words < maxGreeting && (strings.HasPrefix(first, "thank") || first == "hi," || first == "hello," || first == "good" || first == "hi") {
				b, _ := trim(r, i+1, t.End)
				return b
			}
			return t.Start
		}
	}
	return t.Start
}

// nameWithOutlet returns the two or three words of a name that open
// words before "with" or "from" and an outlet ("Kofi Agyemang-Ross with
// the Detroit Free Press"); "" otherwise.
func nameWithOutlet(words []string) string {
	for n := 2; n <= 3 && n+1 < len(words); n++ {
		if next := words[n]; next != "from" && next != "with" {
			continue
		}
		if o := []rune(words[n+1]); o[0] != 't' && !unicode.IsUpper(o[0]) {
			return ""
		}
		if name := strings.Join(words[:n], " "); personName(name) {
			return name
		}
	}
	return ""
}

// labelRanks are police ranks a transcript's labels give short:
// "DET SUPT CASTLETON:", "DCI MORROW:".
var labelRanks = map[string]bool{"det": true, "dci": true, "di": true, "ds": true, "dc": true, "dsu": true, "ch": true}

// LabelTitle reports whether a word of a label is a title before the
// name, not part of it: "SEN.", "Chairman", "DET", "SUPT".
func LabelTitle(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	return lexicon.IsTitleWord(w) || lexicon.IsHonorific(w) || labelRanks[w]
}

// InitialsOf returns the initials a label may give a name of two words
// or more, in capitals: of its words and of their hyphenated parts ("JT"
// and "JTH" for "Joaquina Treviño-Hart"), two to four letters; none for
// one word.
func InitialsOf(name string) []string {
	words, parts := "", ""
	for _, w := range strings.Fields(name) {
		words += string(unicode.ToUpper([]rune(w)[0]))
		for _, p := range strings.Split(w, "-") {
			if p != "" {
				parts += string(unicode.ToUpper([]rune(p)[0]))
			}
		}
	}
	var out []string
	for _, in := range []string{words, parts} {
		if len([]rune(words)) > 1 && len(in) <= 4 && (len(out) == 0 || out[0] != in) {
			out = append(out, in)
		}
	}
	return out
}

// BylineName is the name Interviewer reads before rune first, written as
// a name where the byline prints it in capitals ("BY PRIYA VENKATARAMAN").
func BylineName(r []rune, first int) string {
	return NameCase(Interviewer(r, first))
}

// InitialsLabel reports whether a label of two to four capitals ("PV")
// gives the initials of name.
func InitialsLabel(label, name string) bool {
	if n := len(label); n < 2 || n > 4 || strings.ToUpper(label) != label || strings.ContainsAny(label, " .") {
		return false
	}
	return name != "" && slices.Contains(InitialsOf(name), label)
}
