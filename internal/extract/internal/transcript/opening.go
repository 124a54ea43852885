package transcript

import (
	"strings"
	"unicode"
)

// A briefing's transcript may open with the speaker's announcements, not
// labelled, before the first labelled exchange: "The following is a
// near-verbatim transcript of today's noon briefing by Lucien Abara,
// Spokesperson for the Secretary-General." then paragraphs of
// announcements under headings, then "Question: ..." and
// "Spokesperson: ...".

// maxOpeningIntro bounds, in runes, how far into the text the line naming
// the briefer may lie.
const maxOpeningIntro = 1500

// Opening returns the turns of a briefer's unlabelled announcements
// before the first labelled turn of turns (as Find returns them): each
// paragraph that reads as a sentence between the line "transcript of ...
// by NAME" and that turn, labelled with NAME where the line gives it. It
// returns nil when the text has no such line.
func Opening(r []rune, turns []Turn) []Turn {
	if len(turns) == 0 {
		return nil
	}
	end := turns[0].LabelStart
	var out []Turn
	var name Turn // the label: the briefer's name in the introduction
	lines(r, end, func(s, e2 int) bool {
		switch {
		case name.Label == "":
			if s < maxOpeningIntro {
				name = briefer(r, s, e2)
			}
		case !strings.ContainsRune(".?!…\"”’')", r[e2-1]):
			// a heading: "Security Council"
		default:
			t := name
			t.Start, t.End, t.Cont = s, e2, len(out) > 0
			out = append(out, t)
		}
		return true
	})
	return out
}

// briefer reads "... transcript of ... by Lucien Abara, Spokesperson for
// ..." in the paragraph r[s:e] as the label of a turn: the name after "by".
func briefer(r []rune, s, e int) Turn {
	p := strings.ToLower(string(r[s:e]))
	if !strings.Contains(p, "transcript") || strings.Contains(p, "prepared") || strings.Contains(p, "produced") ||
		strings.Contains(p, "recording") {
		return Turn{} // "Transcript prepared from the official recording by Marlowe Transcription Services Ltd"
	}
	k := strings.Index(p, " by ")
	if k < 0 {
		return Turn{}
	}
	a := s + len([]rune(p[:k])) + 4
	b, words := a, 0
	for b < e && words < maxLabelWords {
		w := b
		for b < e && (unicode.IsLetter(r[b]) || r[b] == '-' || r[b] == '\'' || r[b] == '’' || r[b] == '.') {
			b++
		}
		if b == w || !unicode.IsUpper(r[w]) {
			b = w
			break
		}
		words++
		if b >= e || r[b] != ' ' || b+1 >= e || !unicode.IsUpper(r[b+1]) {
			break
		}
		b++
	}
	for b > a && (r[b-1] == ' ' || r[b-1] == '.') {
		b--
	}
	if words < 2 {
		return Turn{} // a name of two words at least: not "by the Office"
	}
	return Turn{LabelStart: a, LabelEnd: b, Label: string(r[a:b]), Role: Named}
}
