package transcript

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// An interview printed as questions and answers leaves its questions
// unsigned ("Q: ..."): they are the interviewer's, whom the introduction
// names as its byline ("By Hollis Drummond | The Oregonian", "Interview
// by Ama Boateng") or as the one the subject spoke to ("She tells Fergus
// Lomond about grief", "Voss spoke to Dara Quinn").

// maxIntroRunes bounds how much of the text before the first turn is read
// for the interviewer.
const maxIntroRunes = 6000

// tellVerbs are the words after which an introduction names the
// interviewer: "tells Fergus Lomond", "spoke to Dara Quinn".
var tellVerbs = map[string]bool{"tells": true, "told": true, "spoke to": true, "spoke with": true,
	"talks to": true, "talked to": true, "talks with": true, "talked with": true, "speaks to": true, "speaks with": true}

// Interviewer returns the name of whoever asks the questions of the
// interview whose first turn starts at rune first, as the text before it
// names them; "" when it names no one.
func Interviewer(r []rune, first int) string {
	lo := max(0, first-maxIntroRunes)
	by, told := "", ""
	for a := lo; a < first; {
		b := a
		for b < first && r[b] != '\n' {
			b++
		}
		line := strings.TrimSpace(string(r[a:b]))
		if by == "" {
			by = bylineName(line)
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
	default:
		return ""
	}
	return nameAt(w[k:])
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
		if len(rs) < 2 || !unicode.IsUpper(rs[0]) || !unicode.IsLower(rs[len(rs)-1]) {
			break
		}
		name = append(name, core)
		if core != x || len(name) == 3 {
			break
		}
	}
	if len(name) < 2 || name[0] == "The" {
		return "" // "By The Associated Press", "told The Verge"
	}
	return strings.Join(name, " ")
}

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
	return SelfNamed(r, t.Start, t.End)
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
