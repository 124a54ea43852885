// Package transcript finds the labelled turns of interviews and hearing
// transcripts in raw text: paragraphs that open with who speaks and a
// colon, as in "Q: ...", "A. ...", "SMITH: ...", "SEN. WARREN: ...",
// "THE CHAIR: ..." or a bold name "**Jane Smith:** ...". It reads runes
// only; who a label stands for is the extractor's business.
package transcript

import (
	"github.com/quotetrail/quotetrail/internal/extract/internal/furniture"
	"regexp"
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// Roles of a turn.
const (
	Question = 'q' // "Q:", "INTERVIEWER:": the interviewer, unnamed
	Answer   = 'a' // "A:": the person interviewed
	Named    = 'n' // a label that names the speaker: "SMITH:", "THE CHAIR:"
)

// Turn is one labelled paragraph. Offsets are rune offsets, end exclusive.
type Turn struct {
	LabelStart, LabelEnd int    // the label, without its colon or markup
	Start, End           int    // the words spoken, trimmed
	Label                string // the label as printed ("Q", "SEN. WARREN", "Smith"), or the name a key gives its initials
	Role                 byte
	Cont                 bool   // a later paragraph of the turn; the label is the first one's
	Title                string // what a speaker line gives after the name: "Chief Financial Officer"
}

// maxGaps bounds the unlabelled paragraphs that continue a turn: more
// between two turns are the story around them, not an answer.
const maxGaps = 3

// maxSpokenGaps bounds the unlabelled paragraphs that continue a turn
// when none of them quotes anyone, as a briefer's opening statement runs
// on ("First, on the eruption ...", "Second, ...", "With that, Lorcan.");
// a story around excerpts of a transcript quotes the people it is about.
const maxSpokenGaps = 16

// maxLabelWords bounds a label: "THE HON. MR. JUSTICE SMITH" has five.
const maxLabelWords = 5

// notLabels open a paragraph with a colon without naming a speaker.
var notLabels = map[string]bool{
	"title": true, "from": true, "presiding": true, "delivered on": true, "publications": true, "pull quote": true, "pullquote": true, "last updated": true, "update": true, "updated": true, "video": true, "photo": true, "photos": true, "watch": true, "note": true,
	"editor's note": true, "editor’s note": true, "related": true, "read more": true, "read": true, "listen": true,
	"breaking": true, "exclusive": true, "source": true, "sources": true, "warning": true, "correction": true,
	"advertisement": true, "caption": true, "credit": true, "image": true, "media contact": true, "contact": true,
	"tags": true, "topics": true, "see also": true, "more": true, "live": true, "analysis": true, "opinion": true, "copyright": true,
	"comment": true, "background": true, "transcript": true, "disclaimer": true, "disclosure": true, "risk disclosure": true,
	"risk warning": true, "subscribe": true, "search": true, "hours": true, "opening hours": true, "verbatim transcript": true,
	"unofficial transcript": true, "official transcript": true, "when": true, "where": true,
	"why": true, "what": true, "who": true, "how": true, "email": true, "phone": true, "website": true,
	"interview": true, "profile": true, "review": true, "podcast": true, "q&a": true, "headline": true, "summary": true,
	// The header of a hearing or a minute: who is there, when, about what.
	"witnesses": true, "witness": true, "present": true, "members present": true, "panel": true, "participants": true, "speakers": true,
	"attendees": true, "in attendance": true, "apologies": true, "date": true, "time": true, "venue": true,
	"location": true, "subject": true, "re": true, "notes to editors": true, "notes": true, "about": true,
	"by": true, "published": true, "posted": true, "filed": true, "category": true, "section": true, "keywords": true,
	"agenda": true, "language": true, "meeting": true, "session": true, "committee": true, "chamber": true, "sitting": true,
	// A fact check's parts: AP's "FACT FOCUS:", "CLAIM:", "THE FACTS:"; a verdict's "Rating:".
	"fact focus": true, "fact check": true, "claim": true, "the claim": true, "facts": true, "the facts": true,
	"verdict": true, "our verdict": true, "the verdict": true, "rating": true, "our ruling": true, "ruling": true,
	// An official report's record of a debate: ParlInfo's "Questioner:", "Responder:", "Interjector:".
	"questioner": true, "responder": true, "interjector": true, "context": true, "proof": true, "database": true,
	"tabled": true, "stage": true, "page": true,
	// A court's record and its cover: "Pages: 1 through 71", "Place:", "Case No:", "Neutral Citation Number:".
	"pages": true, "place": true, "appearances": true, "oral argument of": true, "rebuttal argument of": true, "case no": true,
	"case number": true, "neutral citation number": true, "cite as": true, "url": true, "docket": true, "docket no": true,
	// A page's links and a programme's listing: "Share: Facebook | X | Email", "Aired: Tuesday".
	"share": true, "aired": true, "audio": true, "segment": true, "talkback": true,
	"also present": true, "fact sheet": true, "attachments": true, "exhibits": true, "appendices": true, "also": true, "plus": true,
}

// maxChamberOffice bounds, in runes, a chair's label (chamberOffices).
const maxChamberOffice = 32

// chamberOffices label, alone on their line, a chair's words in a
// parliament's record.
var chamberOffices = map[string]bool{"The Speaker:": true, "The Deputy Speaker:": true, "The Acting Speaker:": true,
	"The Chair:": true, "The Presiding Officer:": true, "The Deputy Presiding Officer:": true}

// documentParts name a part of a record that a colon opens: "Attachment
// C: Draft Use Policy (PDF)", "Exhibit 4: ...".
var documentParts = map[string]bool{"attachment": true, "exhibit": true, "appendix": true, "annex": true, "schedule": true,
	"figure": true, "table": true, "enclosure": true, "item": true}

// documentPart reports whether a label is a part of a record and its
// number or letter: "Attachment C", "Exhibit 4", "Item 7b".
func documentPart(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	return ok && documentParts[strings.ToLower(first)] && !strings.Contains(rest, " ") && len(rest) <= 4
}

// roles of labels that do not name anyone.
var roles = map[string]byte{
	"q": Question, "question": Question, "interviewer": Question, "correspondent": Question, "a": Answer, "answer": Answer,
}

// Find returns the labelled turns of r in text order. A text counts as a
// transcript only when at least two of its paragraphs are labelled, with
// at least two different labels and one of them used twice; otherwise it
// has no turns (a lone "UPDATE:" or "Smith: a profile" is not one).
//
// A paragraph without a label between two turns continues the turn before
// it (an answer over several paragraphs): it is a turn with the same label
// and role.
func Find(r []rune) []Turn {
	first := 0 // where the first paragraph's label would start
	for first < len(r) && (unicode.IsSpace(r[first]) || r[first] == '*' || r[first] == '_') {
		first++
	}
	var out []Turn
	var gaps [][2]int             // unlabelled paragraphs after the latest turn
	footed := false               // a footer came after them ("Copyright 2025 WBIR."): they continue no turn
	listing := false              // under a heading in capitals ("INJURIES", "UP NEXT"), labelled lines are a list ...
	var listed []Turn             // ... of one line a label, unless a label comes twice
	narrated := map[string]bool{} // labels naming a publication (narratedGap)
	for i := 0; i < len(r); {
		e := i
		for e < len(r) && r[e] != '\n' {
			e++
		}
		if s, e2 := trim(r, i, e); s < e2 && s-i < centred && (furniture.Heading(r[s:e2]) || furniture.ListHeading(string(r[s:e2]))) {
			listing, listed = true, listed[:0]
			i = e + 1
			continue
		}
		t, ok := label(r, i, e)
		if ok && listing {
			repeated := false
			for _, l := range listed {
				repeated = repeated || strings.EqualFold(l.Label, t.Label)
			}
			if !repeated {
				listed = append(listed, t) // "Colts: WR Devin Harlow left in the third quarter ..."
				i = e + 1
				continue
			}
			// A label said twice under the heading: turns after all.
			out, gaps, listing, footed = append(out, listed...), gaps[:0], false, false
		}
		if ok && listFields[t.Label] && titledList.MatchString(string(r[t.Start:t.End])) {
			ok = false // "Speaker: Gattenby, Sen Rosaleen (Chair)", a list of who spoke
		}
		if ok && titleLine(r[t.Start:t.End]) {
			ok = false // "Coastal Erosion: Trimley Gap", a debate's heading
		}
		if ok && photoCaption(r[t.Start:t.End]) {
			ok = false // "IN CHARGE: ... captain Jevon Ramcharan during a training session. —Photo: ..."
		}
		if ok {
			if t.LabelStart == first && !strings.ContainsAny(string(r[t.End-1]), ".?!…\"”’'") {
				// A headline "Treasury Committee: oral evidence on ...".
				i = e + 1
				continue
			}
			headline := len(out) == 1 && (out[0].LabelStart == first || quotedHeadline(r, out[0])) && len(gaps) > 0
			if headline {
				out = out[:0] // a headline "Bernie Sanders: ..." or "Nell Fairbairn: ‘...’" before the story
			}
			if n := narratedGap(r, gaps, out, narrated); n < len(gaps) {
				gaps = gaps[:n] // "... did not respond to a request for comment from The 19th.": the story's
			}
			// An unlabelled question between two answers of one label
			// ("MT: ..." / "How did you end up in a linen mill?" / "MT:
			// ...") is the interviewer's.
			var asked [2]int
			if len(gaps) > 0 && questionGap(r, gaps[len(gaps)-1]) && (headline || len(out) > 0 && strings.EqualFold(lastLabel(out), t.Label)) {
				asked, gaps = gaps[len(gaps)-1], gaps[:len(gaps)-1]
				if headline {
					gaps = gaps[:0] // the story before the first answer
				}
			}
			if tightBlockEnded(r, out, gaps) {
				gaps = gaps[:0] // "Q." and "A." lines a line each, then the story again after a blank line
			}
			if len(out) > 0 && !footed && (len(gaps) <= maxGaps || len(gaps) <= maxSpokenGaps && (unquoted(r, gaps) || spoken(r, gaps))) {
				prev := out[len(out)-1]
				cont, end := prev.Start < prev.End, prev.End
				for _, g := range gaps {
					if prev.Role == Question && end > 0 && r[end-1] == '?' {
						// "Q. Is it a high-ankle sprain?" and the answer
						// under it with no label: the one the questions are
						// put to, as a press conference's page prints them
						if a, ok := answerer(out); ok {
							prev, cont = a, true
						}
					}
					c := prev
					c.Start, c.End, c.Cont = g[0], g[1], cont
					out = append(out, c)
					cont, end = true, g[1]
				}
			}
			if asked[1] > asked[0] {
				out = append(out, Turn{LabelStart: asked[0], LabelEnd: asked[0], Start: asked[0], End: asked[1], Label: "Q", Role: Question})
			}
			gaps, footed = gaps[:0], false
			out = append(out, t)
			if len([]rune(t.Label)) >= minNarratedLabel && strings.HasPrefix(t.Label, "The ") && len(narrated) < maxNarratedLabels {
				narrated[t.Label] = true // a publication asking, which the story between turns may name
			}
		} else {
			if s, e2 := trim(r, i, e); s < e2 {
				if listing && asks(listed) {
					// "Q. ...", "A. ..." under the player's name in
					// capitals: an interview, whose answer goes on here
					out, gaps, footed = append(out, listed...), gaps[:0], false
				}
				listing, listed = false, listed[:0] // a paragraph of text ends the list
			}
			if len(out) > 0 {
				if s, e2 := trim(r, i, e); s < e2 && furniture.Footer(r[s:e2]) {
					footed = true // the page's footer: what came since the last turn is the story's, and what comes after the page's
					break
				} else if s < e2 && (r[s] != '(' && r[s] != '[' || directedStart(r[s:e2])) && (strings.ContainsAny(string(r[e2-1]), ".?!…\"”’'") || directedEnd(r[s:e2])) { // a sentence, not a stage direction or heading
					gaps = append(gaps, [2]int{s, e2})
				}
			}
		}
		i = e + 1
	}
	if len(out) > 0 && len(gaps) > 0 && len(gaps) <= maxGaps && !footed && (endsTranscript(r, gaps[len(gaps)-1][1]) || len(gaps) == 1 && signOff(r, gaps[0]) ||
		len(gaps) == 1 && out[len(out)-1].Start == out[len(out)-1].End) { // (a label alone on its line has its words under it)
		prev := out[len(out)-1]
		for gi, g := range gaps {
			c := prev
			c.Start, c.End, c.Cont = g[0], g[1], gi > 0 || prev.Start < prev.End
			out = append(out, c) // "Okay, thanks, everybody. See you tomorrow." before "END"
		}
	}
	qTurns(r, out)
	kept := out[:0]  // a label alone on its line ("LEILA FARNSWORTH, HOST:") gave its words to the paragraphs under it
	tallied := false // a score or line-up line ("Tries: ..."), whose paragraphs after it are the story's
	for _, t := range out {
		if !t.Cont {
			tallied = t.Start < t.End && furniture.Tally(r[t.Start:t.End])
		}
		if t.Start < t.End && !tallied {
			kept = append(kept, t)
		}
	}
	out = kept
	if len(out) < 2 {
		return nil
	}
	seen := map[string]int{}
	twice := false
	sentences, turns, bracketed := 0, 0, 0
	for _, t := range out {
		if t.Cont {
			continue
		}
		k := strings.ToUpper(t.Label)
		seen[k]++
		twice = twice || seen[k] > 1
		turns++
		if strings.ContainsRune(".?!…\"”’'-—–:)]", r[t.End-1]) {
			sentences++
		}
		if t.LabelStart > 0 && r[t.LabelStart-1] == '[' && t.LabelEnd < len(r) && r[t.LabelEnd] == ']' {
			bracketed++ // "[Jordan] all right what's up everybody": a video's transcript, unpunctuated
		}
	}
	if len(seen) < 2 || !twice || 2*sentences < turns && 2*bracketed < turns {
		return nil // (most turns no sentence: "Benue: Police arrest 11 as ...", a list of headlines)
	}
	return out
}

// tightBlockEnded reports whether the paragraphs in gaps, after a blank
// line, follow "Q." and "A." lines printed a line each with no blank
// line between them: a story quoting an exchange, whose narration goes
// on after it, not an answer's next paragraph.
func tightBlockEnded(r []rune, out []Turn, gaps [][2]int) bool {
	if len(out) < 2 || len(gaps) == 0 {
		return false
	}
	last := out[len(out)-1]
	if last.Role != Question && last.Role != Answer || last.Cont {
		return false
	}
	return newlinesBefore(r, last.LabelStart) == 1 && newlinesBefore(r, gaps[0][0]) >= 2
}

// newlinesBefore counts the line ends in the white space before rune i.
func newlinesBefore(r []rune, i int) int {
	n := 0
	for i > 0 && unicode.IsSpace(r[i-1]) {
		i--
		if r[i] == '\n' {
			n++
		}
	}
	return n
}

// maxAnswererBack bounds, in turns, how far back the one answering is
// looked for, so that a page of questions alone costs a bounded amount
// each.
const maxAnswererBack = 64

// answerer returns the latest turn that is no question, when a question
// came after it: the one the questions are put to.
func answerer(out []Turn) (Turn, bool) {
	for k := len(out) - 1; k >= 0 && len(out)-k <= maxAnswererBack; k-- {
		if out[k].Role != Question {
			return out[k], k < len(out)-1
		}
	}
	return Turn{}, false
}

// asks reports whether one of the turns is a question: labelled lines
// under a heading in capitals that are an interview, not a list.
func asks(turns []Turn) bool {
	for _, t := range turns {
		if t.Role == Question {
			return true
		}
	}
	return false
}

// photoCaption reports whether a turn's words are a photograph's
// caption under a kicker in capitals: they credit the photographer.
func photoCaption(p []rune) bool {
	t := string(p)
	return strings.Contains(t, "Photo:") || strings.Contains(t, "PHOTO:") || strings.Contains(t, "Photo by ") || strings.Contains(t, "Picture:")
}

// questionGap reports whether an unlabelled paragraph between turns is
// a question: it ends in a question mark, or is one short sentence.
func questionGap(r []rune, g [2]int) bool {
	p := r[g[0]:g[1]]
	if len(p) == 0 {
		return false
	}
	if p[len(p)-1] == '?' {
		return true
	}
	return len(strings.Fields(string(p))) <= maxGapPromptWords && strings.Count(string(p), ". ") == 0
}

// maxGapPromptWords bounds an interviewer’s prompt that is no question
// ("There’s a lot of rain on this record.").
const maxGapPromptWords = 14

// lastLabel returns the label of the latest labelled turn of out.
func lastLabel(out []Turn) string {
	for k := len(out) - 1; k >= 0 && len(out)-k <= maxGaps+1; k-- {
		if out[k].Role != Question || out[k].Label != "Q" {
			return out[k].Label
		}
	}
	return ""
}

// narratedGap returns the first of the unlabelled paragraphs after a
// turn that the story tells rather than the speaker says, or len(gaps):
// one that names a publication asking the questions (one of labels, "The
// 19th:") after its first word ("... did not respond to a request for
// comment from The 19th."), or that opens by naming the last turn's
// speaker ("Ramcharan’s comments come ...").
func narratedGap(r []rune, gaps [][2]int, out []Turn, labels map[string]bool) int {
	self := ""
	if len(out) > 0 {
		if w := strings.Fields(out[len(out)-1].Label); len(w) > 0 && len([]rune(w[len(w)-1])) >= minNarratedLabel-1 {
			self = TitleCase(w[len(w)-1]) // "RAMCHARAN": the story's "Ramcharan’s comments come ..."
		}
	}
	for i, g := range gaps {
		p := string(r[g[0]:g[1]])
		for l := range labels {
			if k := strings.Index(p, l); k > 0 {
				return i
			}
		}
		if self != "" && (strings.HasPrefix(p, self+"’s ") || strings.HasPrefix(p, self+"'s ") || strings.HasPrefix(p, self+", ") ||
			strings.HasPrefix(p, self+" said") || strings.HasPrefix(p, self+" says")) {
			return i // the speaker named as the story names them: narration
		}
	}
	return len(gaps)
}

// maxNarratedLabels bounds how many labels narratedGap looks for.
const maxNarratedLabels = 4

// minNarratedLabel bounds, in runes, the labels narratedGap looks for.
const minNarratedLabel = 5

// directedStart reports whether paragraph p opens with a stage
// direction in brackets and goes on with words: "[pauses] By the time
// she came to us, ...".
func directedStart(p []rune) bool {
	for k := 1; k < len(p) && k < maxDirection; k++ {
		if p[k] == ')' || p[k] == ']' {
			return k+2 < len(p) && p[k+1] == ' ' && unicode.IsLetter(p[k+2])
		}
	}
	return false
}

// directedEnd reports whether paragraph p ends with a stage direction
// in brackets after a sentence's end: "... nobody looks
// after."...(Interruptions)", "... we will. (Applause)".
func directedEnd(p []rune) bool {
	n := len(p)
	if n < 4 || p[n-1] != ')' && p[n-1] != ']' {
		return false
	}
	k := n - 2
	for k > 0 && k > n-maxDirection && p[k] != '(' && p[k] != '[' {
		k--
	}
	for k > 0 && (p[k-1] == ' ' || p[k-1] == '.' && k >= 2 && p[k-2] == '.') {
		k-- // "...(Interruptions)": the dots go with the direction
	}
	return k > 0 && (p[k] == '(' || p[k] == '[' || p[k] == '.' || p[k] == ' ') && strings.ContainsRune(".?!…\"”’'", p[k-1])
}

// afterQuestionNumber returns where a label starts after the number a
// committee's transcript gives each question ("Q12 Chair: ...", "Q14
// Ambrose Kitteridge: ..."); s when there is none.
func afterQuestionNumber(r []rune, s, e int) int {
	k := s + 1
	for k < e && unicode.IsDigit(r[k]) {
		k++
	}
	if s < e && r[s] == 'Q' && k > s+1 && k+1 < e && r[k] == ' ' && unicode.IsUpper(r[k+1]) {
		return k + 1
	}
	return s
}

// roman reports whether a label is a roman numeral ("II: Dr Folasade
// Ikwuemesi, Chair, ..." numbers a panel of witnesses).
func roman(label string) bool {
	return strings.Trim(label, "IVX") == "" && len(label) <= 4
}

// qTurns makes questions of the paragraphs opening "Q " in a transcript
// whose questions are labelled so ("Q Good afternoon.", "Q But you're
// not ruling it out."), which alone read as the podium's words going on.
func qTurns(r []rune, out []Turn) {
	asked := false
	for _, t := range out {
		asked = asked || t.Label == "Q" && t.LabelEnd == t.LabelStart+1
	}
	if !asked {
		return
	}
	for i, t := range out {
		unlabelled := t.Label != "Q" || t.LabelEnd == t.LabelStart // (a question read from a gap between answers, "Q" and all)
		if unlabelled && t.Start+2 < t.End && r[t.Start] == 'Q' && r[t.Start+1] == ' ' && (unicode.IsUpper(r[t.Start+2]) || r[t.Start+2] == '(') {
			// "Q But you haven't ruled it out.", "Q (Dragan Holt, Vardenian
			// Press Agency) Anton, ...": the asker in brackets
			out[i] = Turn{LabelStart: t.Start, LabelEnd: t.Start + 1, Start: t.Start + 2, End: t.End, Label: "Q", Role: Question}
		}
	}
}

// dash reports whether c is a hyphen or a dash.
func dash(c rune) bool { return c == '-' || c == '—' || c == '–' }

// lastDash reports whether r[s:e], trimmed, ends in a dash: a question
// broken off ("Q On the heat --").
func lastDash(r []rune, s, e int) bool {
	s, e = trim(r, s, e)
	return e > s && dash(r[e-1])
}

// titleLine reports whether words after a label are a title rather than
// speech: two to six words in title case, not ended as a sentence.
func titleLine(p []rune) bool {
	if len(p) == 0 || strings.ContainsRune(".?!…\"”’'", p[len(p)-1]) {
		return false
	}
	words := strings.Fields(string(p))
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		if c := []rune(w)[0]; !unicode.IsUpper(c) && !unicode.IsDigit(c) && w != "of" && w != "and" && w != "the" && w != "for" && w != "in" && w != "on" {
			return false
		}
	}
	return true
}

// endsTranscript reports whether an "END" line (as the White House
// prints one, with the time) and nothing else follows offset i, or the
// time the briefing ended on a line of its own ("1:58 P.M. EDT"), over
// the page's links.
func endsTranscript(r []rune, i int) bool {
	rest := strings.TrimSpace(string(r[i:]))
	line, _, _ := strings.Cut(rest, "\n")
	if clock, _, ok := strings.Cut(strings.TrimSpace(line), " "); ok && len(line) <= 16 && timestamp(clock) &&
		(strings.Contains(line, "P.M.") || strings.Contains(line, "A.M.")) {
		return true
	}
	return strings.HasPrefix(rest, "END") && !strings.ContainsRune(rest, '\n')
}

// centred is the indent, in runes, from which a line is set in the
// middle of a printed page, as the Government Publishing Office sets a
// statement's heading ("OPENING STATEMENT OF HON. ..." over "OF
// MONTANA"): no heading over a list.
const centred = 8

// label reads the label that opens the paragraph r[a:e], if any.
func label(r []rune, a, e int) (Turn, bool) {
	for a < e && unicode.IsSpace(r[a]) {
		a++
	}
	a = afterLineNumber(r, a, e)
	if b, c := trim(r, a, e); c-b <= maxChamberOffice && c > b && r[b] == 'T' && r[c-1] == ':' && chamberOffices[string(r[b:c])] {
		// "The Speaker:" alone on its line over the words, as Canada's record prints it
		return Turn{LabelStart: b, LabelEnd: c - 1, Start: e, End: e, Label: string(r[b : c-1]), Role: Named}, true
	}
	if a+4 < e && string(r[a:a+4]) == "[*] " {
		a += 4 // "[*] HOLLIS: The Subcommittee ... will come to order.", the first to speak as CQ marks them
	}
	s := a
	for s < e && (r[s] == '*' || r[s] == '_') { // markdown bold
		s++
	}
	bold := s > a // a label in bold may be an office of several words: "**Health and Social Care Secretary:**
	s = afterTimestamp(r, s, e)
	for s < e && (r[s] == '*' || r[s] == '_') { // "[00:00:04] **Maribel:**", the time before the bold name
		s++
	}
	s = afterQuestionNumber(r, s, e)
	if n := numbered(r, s, e); n > s {
		if t, ok := hansardLabel(r, n, e); ok {
			return t, true // an order paper's "1. Fiona Ogilvie (Highlands and Islands) (Con): To ask ..."
		}
	}
	if t, ok := usernameLabel(r, s, e); ok {
		return t, true
	}
	if t, ok := bracketLabel(r, s, e); ok {
		return t, true
	}
	if s >= e || !unicode.IsUpper(r[s]) && !particleLabel(r, s, e) {
		return Turn{}, false
	}
	// Q. and A.: one letter and a dot.
	if s+2 < e && (r[s] == 'Q' || r[s] == 'A') && (r[s+1] == '.' || r[s+1] == ':') && r[s+2] == ' ' {
		return turn(r, s, s+1, s+2, e, string(r[s]))
	}
	if s+2 < e && r[s] == 'Q' && (r[s+1] == '\t' || r[s+1] == ' ' && r[s+2] == ' ') {
		return turn(r, s, s+1, s+1, e, "Q") // "Q    Will the President go?", as the White House prints it
	}
	if s+3 < e && r[s] == 'Q' && r[s+1] == ' ' && unicode.IsUpper(r[s+2]) && unicode.IsLower(r[s+3]) && questionTurn(r, s+2, e) {
		return turn(r, s, s+1, s+1, e, "Q") // "Q Thanks, Nadia. On the heat ...?", one space after the Q
	}
	if s+3 < e && r[s] == 'Q' && r[s+1] == ' ' && (dash(r[s+2]) || unicode.IsUpper(r[s+2]) && lastDash(r, s, e)) {
		return turn(r, s, s+1, s+1, e, "Q") // "Q On the heat --", "Q -- is there a timeline?": a question broken off
	}
	if t, ok := dashLabel(r, s, e); ok {
		return t, true
	}
	if t, ok := hansardLabel(r, s, e); ok {
		return t, true
	}
	if t, ok := titledCapsLabel(r, s, e); ok {
		return t, true
	}

	if t, ok := roleLabel(r, s, e); ok {
		return t, true
	}
	if t, ok := gpoLabel(r, s, e); ok {
		return t, true
	}
	if t, ok := voicesLabel(r, s, e); ok {
		return t, true
	}
	k, words, particles, caps := s, 0, 0, true
	limit := maxLabelWords
	if bold {
		limit = maxBoldLabelWords
	} else if capsLabelStart(r, s, e) {
		limit = maxCapsLabelWords // "PENTAGON PRESS SECRETARY AIR FORCE BRIG. GEN. ROLAND ASHCOMBE:"
	}
	for k < e && words < limit {
		w := k
		// a number after "The" names an outlet asking: "The 19th:"
		numbered := words == 1 && k-s == 4 && string(r[s:s+3]) == "The" && unicode.IsDigit(r[k])
		for k < e && (unicode.IsLetter(r[k]) || r[k] == '\'' || r[k] == '’' || r[k] == '-' || r[k] == '.' || numbered && unicode.IsDigit(r[k]) ||
			r[k] == '&' && k > w && k+1 < e && unicode.IsUpper(r[k+1])) { // "G&G:", a magazine's initials
			if unicode.IsLower(r[k]) {
				caps = false
			}
			k++
		}
		if k == w || !unicode.IsUpper(r[w]) && !numbered && !(bold && words > 0 && labelJoiners[string(r[w:k])]) && !particleLabel(r, w, e) {
			return Turn{}, false
		}
		if unicode.IsLower(r[w]) && lexicon.IsNameParticle(string(r[w:k])) {
			particles++ // "Dr Mac a’ Phearsain:": a name of three words and a particle
		}
		words++
		le := k
		for k < e && (r[k] == '*' || r[k] == '_') {
			k++
		}
		if k < e && r[k] == ':' {
			c := k + 1
			for c < e && (r[c] == '*' || r[c] == '_') {
				c++
			}
			if c < e && r[c] != ' ' {
				return Turn{}, false // "10:30", a link
			}
			name := string(r[s:le])
			office := chamberOffices[name+":"] // "The Deputy Presiding Officer: Order."
			if notLabels[strings.ToLower(name)] || !caps && words-particles > 3 && !bold && !office || roman(name) || documentPart(name) {
				return Turn{}, false
			}
			if caps && words > maxLabelWords {
				// an office in capitals before the name: the name is its last two words
				f := strings.Fields(name)
				if !LabelTitle(f[len(f)-3]) && !titleWords(strings.Join(f[:len(f)-2], " ")) {
					return Turn{}, false
				}
				ns := le - len([]rune(strings.Join(f[len(f)-2:], " ")))
				return turn(r, ns, le, c, e, string(r[ns:le]))
			}
			return turn(r, s, le, c, e, name)
		}
		if c := roleAfterComma(r, k, e); c > 0 && caps {
			// "DESMOND, CALLER: Hi Renata, thanks.": a caller named, then
			// their part
			return turn(r, s, le, c, e, string(r[s:le]))
		}
		if k >= e || r[k] != ' ' {
			return Turn{}, false
		}
		if c := placedLabel(r, k+1, e); c > 0 && caps {
			// "GRAEME (Sandy Bay): ...", a caller and where they call from
			return turn(r, s, le, c, e, string(r[s:le]))
		}
		k++
	}
	return Turn{}, false
}

// commaRoles are the parts a label gives after a comma and the name:
// "DESMOND, CALLER:".
var commaRoles = map[string]bool{"caller": true, "host": true, "guest": true, "listener": true, "presenter": true, "texter": true}

// roleAfterComma returns where a turn's words start when r[k:e] goes on
// from a label's name with a comma and a part ("DESMOND, CALLER: ...":
// ", CALLER:"), or 0.
func roleAfterComma(r []rune, k, e int) int {
	if k+2 >= e || r[k] != ',' || r[k+1] != ' ' {
		return 0
	}
	c := k + 2
	for c < e && c-k < 14 && unicode.IsLetter(r[c]) {
		c++
	}
	if c >= e || r[c] != ':' || !commaRoles[strings.ToLower(string(r[k+2:c]))] {
		return 0
	}
	return c + 1
}

// particleLabel reports whether r[s:e] opens with a surname's particle in
// lower case, a capital word after it: an interview's label "von
// Ahlefeldt:", which a label's capital would otherwise have to open.
func particleLabel(r []rune, s, e int) bool {
	k := s
	for k < e && k-s < 6 && (unicode.IsLower(r[k]) || k > s && (r[k] == '’' || r[k] == '\'')) {
		k++ // (and Gaelic "a’")
	}
	return k > s && k+1 < e && r[k] == ' ' && lexicon.IsNameParticle(string(r[s:k])) && (unicode.IsUpper(r[k+1]) || particleLabel(r, k+1, e))
}

// capsLabelStart reports whether the paragraph r[s:e] opens with at
// least two words in capitals: a label that may give an office before
// the name.
func capsLabelStart(r []rune, s, e int) bool {
	words := 0
	for k := s; k < e && k-s < maxTitledLabel; k++ {
		switch c := r[k]; {
		case c == ':':
			return words >= 2
		case c == ' ':
			words++
		case unicode.IsLower(c):
			return false
		}
	}
	return false
}

// maxCapsLabelWords bounds a label in capitals that gives an office
// before the name.
const maxCapsLabelWords = 11

// maxBoldLabelWords bounds a label in bold, an office's name among
// them; labelJoiners are the small words inside one.
const maxBoldLabelWords = 8

var labelJoiners = map[string]bool{"and": true, "of": true, "for": true, "the": true, "on": true}

// maxTitledLabel bounds, in runes, a label in capitals with the
// speaker's title after the name.
const maxTitledLabel = 160

// titledCapsLabel reads a TV transcript's label, in capitals, that gives
// the speaker's title after their name: "RAFAEL QUINTANILLA, CNN
// CORRESPONDENT (voice-over):", "GOV. MARISELA DUNAWAY (D), KENTUCKY:".
// The label is the name before the first comma, its party in brackets
// left out; the words start after the colon.
//
// An earnings call's transcript writes the same in mixed case, the title
// and firm after the name: "Oona Nyberg, Vice President, Investor
// Relations, Lanternlight Cinemas:", "Gideon Strandberg, Analyst, Bexley
// Rowe & Co.:".
func titledCapsLabel(r []rune, s, e int) (Turn, bool) {
	if s+1 >= e || !unicode.IsUpper(r[s]) {
		return Turn{}, false // (most lines, read without building a string)
	}
	if !unicode.IsUpper(r[s+1]) {
		return titledLabel(r, s, e)
	}
	colon := -1
	for k := s; k < e && k-s < maxTitledLabel; k++ {
		if r[k] == ':' {
			colon = k
			break
		}
	}
	if colon < 0 || colon+1 >= e || r[colon+1] != ' ' {
		return Turn{}, false
	}
	prefix := string(r[s:colon])
	name, title, ok := strings.Cut(prefix, ", ")
	if !ok || title == "" {
		return Turn{}, false
	}
	if k := strings.Index(name, " ("); k > 0 {
		name = name[:k] // "(D)"
	}
	outside, depth := []rune{}, 0 // the title without what its brackets hold ("(voice-over)")
	for _, c := range title {
		switch {
		case c == '(':
			depth++
		case c == ')':
			depth--
		case depth == 0:
			outside = append(outside, c)
		}
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > maxLabelWords || !allCaps(name) || !allCaps(string(outside)) {
		return Turn{}, false
	}
	return turn(r, s, s+len([]rune(name)), colon+1, e, name)
}

// titledLabel reads a label in mixed case with the speaker's title and
// firm after the name, each word of them capitalised ("Vice President,
// Investor Relations, Lanternlight Cinemas:") and one of them a role
// ("President", "Analyst"), as a sentence's "Jane Smith, the chief
// executive, said:" is not.
func titledLabel(r []rune, s, e int) (Turn, bool) {
	comma, colon := -1, -1
	for k := s; k < e && k-s < maxTitledLabel; k++ {
		if r[k] == ',' && comma < 0 {
			comma = k
		}
		if r[k] == ':' {
			colon = k
			break
		}
	}
	after := colon + 1
	for after < e && (r[after] == '*' || r[after] == '_') {
		after++ // "**Chris Mallory, BBC:** ...", in bold
	}
	if comma < 0 || colon < comma || after >= e || r[after] != ' ' {
		return Turn{}, false
	}
	name := string(r[s:comma])
	if n := len(strings.Fields(name)); n < 2 || n > 4 || !personName(name) {
		return Turn{}, false
	}
	role := false
	for _, w := range strings.FieldsFunc(string(r[comma+1:colon]), func(c rune) bool { return c == ' ' || c == ',' }) {
		if !unicode.IsUpper([]rune(w)[0]) && w != "and" && w != "of" && w != "for" && w != "&" {
			return Turn{}, false
		}
		role = role || lexicon.IsRoleNoun(strings.ToLower(w))
	}
	firm := strings.ToLower(strings.TrimSpace(string(r[comma+1 : colon])))
	_, outlet := lexicon.ViaOutlet(firm)
	if first, _, ok := strings.Cut(firm, " "); !outlet && ok {
		_, outlet = lexicon.ViaOutlet(first) // "BBC Radio Lancashire"
	}
	if !role && !outlet && !mediaTails[firm[strings.LastIndexByte(firm, ' ')+1:]] {
		return Turn{}, false // (but a reporter and their paper: "Tom Yeadon, Lancashire Telegraph:")
	}
	return turn(r, s, comma, after, e, name)
}

// mediaTails end the names of papers and stations a reporter's label
// gives after the name: "Lancashire Telegraph", "The Bolton News".
var mediaTails = map[string]bool{"telegraph": true, "news": true, "sport": true, "sports": true, "radio": true, "times": true,
	"post": true, "echo": true, "herald": true, "mail": true, "standard": true, "gazette": true, "chronicle": true,
	"journal": true, "express": true, "mirror": true, "tv": true, "fm": true, "press": true, "examiner": true, "argus": true,
	"advertiser": true, "observer": true, "courier": true, "independent": true, "guardian": true, "athletic": true, "live": true}

// maxPlace bounds, in runes, the place in brackets after a caller's name.
const maxPlace = 40

// placedLabel returns where the words start after "(Place):" at rune k
// ("(Sandy Bay): ..."), or 0 when r[k:e] does not open so.
func placedLabel(r []rune, k, e int) int {
	if k >= e || r[k] != '(' || k+1 >= e || !unicode.IsUpper(r[k+1]) {
		return 0
	}
	for c := k + 1; c < e && c-k < maxPlace; c++ {
		if r[c] == ')' {
			if c+2 < e && r[c+1] == ':' && r[c+2] == ' ' {
				return c + 2
			}
			return 0
		}
	}
	return 0
}

// lines calls f with each line of r[:end] that is not blank, trimmed of
// its spaces, in text order, until f returns false.
func lines(r []rune, end int, f func(s, e int) bool) {
	for i := 0; i < end; {
		e := i
		for e < end && r[e] != '\n' {
			e++
		}
		s, e2 := trim(r, i, e)
		i = e + 1
		if s < e2 && !f(s, e2) {
			return
		}
	}
}

// trim returns [b, e) without the spaces at its ends.
func trim(r []rune, b, e int) (int, int) {
	for b < e && unicode.IsSpace(r[b]) {
		b++
	}
	for e > b && unicode.IsSpace(r[e-1]) {
		e--
	}
	return b, e
}

// labelRoles are the parts a public radio transcript gives its speakers
// after their names: "LEILA FARNSWORTH, HOST:", "CORBIN ASHE, BYLINE:".
var labelRoles = map[string]bool{"HOST": true, "BYLINE": true, "GUEST": true, "ANCHOR": true, "CORRESPONDENT": true,
	"REPORTER": true, "PRESENTER": true, "INTERVIEWER": true, "MODERATOR": true}

// chamberVoices are the labels a parliament's record gives members
// heard together or unnamed from their seats.
var chamberVoices = []string{"some hon. members", "an hon. member", "hon. members", "some hon. member", "several hon. members",
	"an hon. gentleman", "an hon. lady"}

// Voices reports whether a label is one of chamberVoices or a speaker a
// recording's transcript could not tell apart ("Speaker 3"): a
// description of who spoke rather than a name.
func Voices(label string) bool {
	if Unidentified(label) {
		return true
	}
	low := strings.ToLower(label)
	for _, v := range chamberVoices {
		if low == v {
			return true
		}
	}
	return false
}

// voicesLabel reads a label of chamberVoices ("Some hon. members: Oh,
// oh!"), if the paragraph r[s:e] opens with one.
func voicesLabel(r []rune, s, e int) (Turn, bool) {
	for _, v := range chamberVoices {
		n := len([]rune(v))
		if s+n < e && r[s+n] == ':' && strings.EqualFold(string(r[s:s+n]), v) {
			return turn(r, s, s+n, s+n+1, e, string(r[s:s+n]))
		}
	}
	return Turn{}, false
}

// maxRoleWords and maxRoleRunes bound the part a label in capitals gives
// after the name: "U.S. COMMERCE SECRETARY", "PARTS PLANT WORKER".
const (
	maxRoleWords = 6
	maxRoleRunes = 60
)

// roleLabel reads a label in capitals with the speaker's part after a
// comma ("LEILA FARNSWORTH, HOST: For more than a century ...", "TONYA
// BURKETT, PARTS PLANT WORKER: ..."; a part other than the usual ones
// after a full name only), if the
// paragraph r[s:e] opens with one. The label may stand alone on its line,
// with the words in the paragraphs under it: the turn is then empty, and
// Find gives those paragraphs to it.
func roleLabel(r []rune, s, e int) (Turn, bool) {
	c := s
	for c < e && c-s < 60 && r[c] != ',' && r[c] != ':' && r[c] != '\n' {
		if unicode.IsLower(r[c]) {
			return Turn{}, false
		}
		c++
	}
	if c >= e || r[c] != ',' || c == s {
		return Turn{}, false
	}
	k := c + 1
	for k < e && r[k] == ' ' {
		k++
	}
	rs := k
	for k < e && k-rs < maxRoleRunes && (unicode.IsUpper(r[k]) || strings.ContainsRune(" .-&'’", r[k])) {
		k++
	}
	role := strings.TrimSpace(string(r[rs:k]))
	if k >= e || r[k] != ':' || !personName(string(r[s:c])) ||
		!labelRoles[role] && (len(strings.Fields(string(r[s:c]))) < 2 || len(strings.Fields(role)) > maxRoleWords || !strings.ContainsFunc(role, unicode.IsUpper)) {
		return Turn{}, false
	}
	name := string(r[s:c])
	b, e2 := trim(r, k+1, e)
	if b >= e2 {
		return Turn{LabelStart: s, LabelEnd: c, Start: e2, End: e2, Label: name, Role: Named, Title: strings.TrimSpace(string(r[rs:k]))}, true
	}
	t, ok := turn(r, s, c, k+1, e, name)
	t.Title = strings.TrimSpace(string(r[rs:k]))
	return t, ok
}

// maxHansardLabel bounds, in runes, a parliamentary record's label with
// its brackets: "The Minister for Coastal Communities and Flood
// Resilience (Daniel Arkwright):".
const maxHansardLabel = 160

// hansardLabel reads a label in brackets as a parliament's official
// report prints them, if the paragraph r[s:e] opens with one: a member
// with their seat and party ("Sarah Penhallow (Sheringby and the Broads)
// (LD):") gives the member; an office with its holder ("The Minister for
// Coastal Communities (Daniel Arkwright):") gives the holder, the office
// as the title.
func hansardLabel(r []rune, s, e int) (Turn, bool) {
	s = pastQuestionNumber(r, s, e)
	k, depth := s, 0
	for k < e && k-s < maxHansardLabel && (r[k] != ':' || depth > 0) && r[k] != '\n' {
		switch r[k] { // "Mr BRANAGAN (Riverina) (14:22):": a time's colon is inside its bracket
		case '(':
			depth++
		case ')':
			depth--
		}
		k++
	}
	if k >= e || r[k] != ':' || k == s || r[k-1] != ')' || k+1 < e && r[k+1] != ' ' {
		return Turn{}, false
	}
	labelled := func(ls, le int, name string) (Turn, bool) {
		if k+1 >= e { // "Mr. Corwin MacPhedran (Kings—Hants, CPC):" alone on its line, over the words
			return Turn{LabelStart: ls, LabelEnd: le, Start: e, End: e, Label: name, Role: Named}, true
		}
		return turn(r, ls, le, k+1, e, name)
	}
	type group struct{ a, b int }
	var groups []group // the brackets' words, last first
	h := k
	for h > s && r[h-1] == ')' {
		o, depth := h-2, 0
		for o >= s && (r[o] != '(' || depth > 0) {
			switch r[o] { // "The Chair (Mr. Gordon Whitlaw (Algoma Highlands, Lib.)):", brackets in brackets
			case ')':
				depth++
			case '(':
				depth--
			}
			o--
		}
		if o < s || r[o] != '(' {
			return Turn{}, false
		}
		groups = append(groups, group{o + 1, h - 1})
		h = o
		for h > s && r[h-1] == ' ' {
			h--
		}
	}
	for len(groups) > 0 && interpreted(string(r[groups[0].a:groups[0].b])) {
		groups = groups[1:] // "(spoke in French)": how, not who
	}
	if h == s || len(groups) > 4 {
		return Turn{}, false
	}
	if len(groups) == 0 {
		// a United Nations record's "The President (spoke in French):"
		if head := string(r[s:h]); strings.HasPrefix(head, "The ") && len(strings.Fields(head)) <= 3 && personName(head) {
			return labelled(s, h, head)
		}
		// and a briefer's "Mrs. Tchindo Garba (spoke in French):"
		if head := string(r[s:h]); honorificName(head) {
			return labelled(s, h, head)
		}
		return Turn{}, false
	}
	head := string(r[s:h])
	first := groups[len(groups)-1]
	if k+1 >= e && timestamp(string(r[groups[0].a:groups[0].b])) {
		return Turn{}, false // "Dev Raman (00:00:04):", a recording's speaker line (FindSpeakerLines)
	}
	inner := string(r[first.a:first.b])
	if k := strings.Index(inner, " ("); k > 0 && strings.HasSuffix(inner, ")") {
		inner = inner[:k] // the holder's seat and party inside their bracket
		first.b = first.a + len([]rune(inner))
	}
	if n, ok := strings.CutPrefix(inner, "Mr. "); ok {
		inner, first.a = n, first.a+4
	} else if n, ok := strings.CutPrefix(inner, "Ms. "); ok {
		inner, first.a = n, first.a+4
	} else if n, ok := strings.CutPrefix(inner, "Mrs. "); ok {
		inner, first.a = n, first.a+5
	}
	switch {
	case personName(head) && !strings.HasPrefix(head, "The ") && len(strings.Fields(head)) >= 2:
		return labelled(s, h, head) // a member, their seat and party
	case (strings.HasPrefix(head, "The ") || strings.HasPrefix(head, "THE ")) && personName(inner) && len(strings.Fields(inner)) >= 2:
		// an office and its holder; Lok Sabha's record prints both in
		// capitals: "THE MINISTER OF STATE IN THE MINISTRY OF ROAD
		// TRANSPORT AND HIGHWAYS (SHRI DEVENDRA NATH PANIGRAHI):"
		t, ok := labelled(first.a, first.b, inner)
		t.Title = head[len("The "):]
		return t, ok
	case len(groups) == 1 && lineRoles[strings.ToLower(head)]:
		return labelled(s, h, head) // "MODERATOR (PRISCILLA AWUAH, DIRECTOR OF ...):", whose name RoleNames reads
	case len(groups) == 1 && callerRoles[strings.ToLower(head)]:
		// a phone-in's "CALLER (TREVOR, ROTHERHAM):": the caller's name
		name, _, _ := strings.Cut(inner, ",")
		if w := strings.Fields(name); len(w) >= 1 && len(w) <= 3 && unicode.IsUpper([]rune(w[0])[0]) {
			for i := range w {
				w[i] = TitleCase(w[i])
			}
			t, ok := turn(r, first.a, first.a+len([]rune(name)), k+1, e, strings.Join(w, " "))
			t.Title = TitleCase(head)
			return t, ok
		}
	}
	return Turn{}, false
}

// honorificName reports whether a label is a name after an honorific
// ("Mrs. Tchindo Garba", "Mr. Okafor-Lawal"), as records name speakers.
func honorificName(head string) bool {
	h, rest, ok := strings.Cut(head, " ")
	if !ok || len(strings.Fields(rest)) > 4 || !personName(rest) {
		return false
	}
	switch h {
	case "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Dr":
		return true
	}
	return false
}

// interpreted reports whether a bracket after a speaker's label says how
// they spoke, not who they are: "spoke in French", "interpretation from
// Arabic".
func interpreted(inner string) bool {
	low := strings.ToLower(inner)
	return strings.HasPrefix(low, "spoke in ") || strings.HasPrefix(low, "interpretation from ") || strings.HasPrefix(low, "through an interpreter")
}

// pastQuestionNumber skips the number the Commons' record gives an
// oral question before the member ("Q1. [905311] Naomi Fretwell
// (Warrington North) (Lab):"): where the member's name starts.
func pastQuestionNumber(r []rune, s, e int) int {
	k := s
	if k+2 >= e || r[k] != 'Q' || !unicode.IsDigit(r[k+1]) {
		return s
	}
	for k++; k < e && unicode.IsDigit(r[k]); k++ {
	}
	if k+1 >= e || r[k] != '.' || r[k+1] != ' ' {
		return s
	}
	k += 2
	if k < e && r[k] == '[' {
		c := k + 1
		for c < e && unicode.IsDigit(r[c]) {
			c++
		}
		if c+1 < e && r[c] == ']' && r[c+1] == ' ' {
			k = c + 2
		}
	}
	return k
}

// callerRoles are the parts a phone-in's labels give before the caller's
// name in brackets.
var callerRoles = map[string]bool{"caller": true, "listener": true, "texter": true, "guest": true, "voice": true}

// turn builds a turn from its label [s, le) and the words from b to e.
// AfterLineNumber is afterLineNumber, for the readers of other packages.
func AfterLineNumber(r []rune, a, e int) int { return afterLineNumber(r, a, e) }

// afterLineNumber skips the number a court reporter's page gives each
// line ("12             THE COURT: Good morning."): one or two digits and
// two spaces or more.
func afterLineNumber(r []rune, a, e int) int {
	k := a
	for k < e && k-a < 2 && unicode.IsDigit(r[k]) {
		k++
	}
	if k == a || k+2 > e || r[k] != ' ' || r[k+1] != ' ' {
		return a
	}
	for k < e && r[k] == ' ' {
		k++
	}
	return k
}

// maxBracketLabel bounds, in runes, a speaker's name in square brackets.
const maxBracketLabel = 30

// sounds are what a video's transcript writes in square brackets that no
// one says: "[Music]", "[Laughter]".
var sounds = map[string]bool{"music": true, "laughter": true, "laughs": true, "applause": true, "inaudible": true,
	"crosstalk": true, "silence": true, "cheering": true, "noise": true, "foreign": true, "image": true, "photo": true,
	"video": true, "sound": true, "pause": true, "unintelligible": true, "advertisement": true, "ad": true}

// bracketLabel reads the speaker a video's transcript writes in square
// brackets before the words: "[Jordan] all right what's up everybody"
// (not a kicker in capitals: "[INTERVIEW] Onggi master ...").
func bracketLabel(r []rune, s, e int) (Turn, bool) {
	if s+3 >= e || r[s] != '[' || !unicode.IsUpper(r[s+1]) {
		return Turn{}, false
	}
	c := s + 1
	for c < e && c-s <= maxBracketLabel && r[c] != ']' {
		if !unicode.IsLetter(r[c]) && r[c] != ' ' && r[c] != '.' && r[c] != '-' && r[c] != '\'' && r[c] != '’' {
			return Turn{}, false
		}
		c++
	}
	if c >= e || r[c] != ']' || c+1 >= e || r[c+1] != ' ' || c+2 < e && r[c+2] == '[' {
		return Turn{}, false // (not "[New search] [Printable PDF version] [Help]", a page's links)
	}
	name := string(r[s+1 : c])
	if sounds[strings.ToLower(name)] || len(strings.Fields(name)) > 3 || strings.ToUpper(name) == name {
		return Turn{}, false
	}
	return turn(r, s+1, c, c+1, e, name)
}

func turn(r []rune, s, le, b, e int, name string) (Turn, bool) {
	b, e = trim(r, b, e)
	if _, qa := roles[strings.ToLower(name)]; !qa {
		b, e = unquote(r, b, e) // (an answer that reads a document aloud keeps its marks: A. "Small-stop fees ...")
	}
	letters := false
	for _, c := range r[b:e] {
		letters = letters || unicode.IsLetter(c)
	}
	if e-b < 2 || !letters { // "Hillary Clinton: 1,769." is a table
		return Turn{}, false
	}
	if (r[b] == '(' && r[e-1] == ')' || r[b] == '[' && r[e-1] == ']') && !strings.ContainsAny(string(r[b+1:e-1]), ")]") {
		return Turn{}, false // "Q (Off-mic.)": a stage direction, no words
	}
	ratings := 0
	for k := b; k+1 < e; k++ {
		if r[k] == '(' && (unicode.IsDigit(r[k+1]) || r[k+1] == 'n' && k+3 < e && r[k+2] == '/') {
			ratings++
		}
	}
	if ratings >= 2 { // "Crystal Palace: Hale (6), Pike (7), ...": a line-up with ratings
		return Turn{}, false
	}
	if titleHeading(string(r[b:e])) || capsTitle(r[b:e]) {
		return Turn{}, false // "Banking: Regional Branches", "GETTING THE LEAD OUT: REPLACING LEAD SERVICE LINES IN": a title
	}
	if memberList.MatchString(string(r[b:min(e, b+maxHansardLabel)])) && strings.HasPrefix(strings.TrimSpace(string(r[b:e])), memberList.FindString(string(r[b:min(e, b+maxHansardLabel)]))) {
		return Turn{}, false // ParlInfo's "Speaker: Branagan, Declan, MP; ...": who spoke, not what
	}
	role, ok := roles[strings.ToLower(name)]
	if !ok {
		role = Named
	}
	if name == "Q" {
		b = afterExaminer(r, b, e) // "Q. BY MS. ADEYEMI-CROSS: Your report ...?"
	}
	if (name == "A" || name == "Q") && initialled(r[b:e]) {
		return Turn{}, false // "A. VERHAEGHE/S. ROSTAMI-HOLT def. L. SEREDA": an initial and a surname, a result
	}
	return Turn{LabelStart: s, LabelEnd: le, Start: b, End: e, Label: name, Role: role}, true
}

// maxExaminer bounds, in runes, the examiner's label a question opens
// with.
const maxExaminer = 40

// afterExaminer returns where the words of a question start after the
// examiner's label a court's transcript puts first when the examiner
// changes ("Q. BY MS. ADEYEMI-CROSS: Your report, that's People's 41?"),
// or b when there is none.
func afterExaminer(r []rune, b, e int) int {
	if e-b < 6 || string(r[b:b+3]) != "BY " {
		return b
	}
	for k := b + 3; k < min(e, b+3+maxExaminer); k++ {
		if r[k] == ':' {
			if label := string(r[b+3 : k]); AllCaps(label) && k+1 < e {
				nb, _ := trim(r, k+1, e)
				return nb
			}
			return b
		}
	}
	return b
}

// initialled reports whether the words after a "Q." or "A." are the rest
// of a name that letter is the initial of, in capitals: "VERHAEGHE/S.
// ROSTAMI-HOLT def. ...", as a results line prints players.
func initialled(p []rune) bool {
	k := 0
	for k < len(p) && (unicode.IsUpper(p[k]) || p[k] == '-' || p[k] == '\'') {
		k++
	}
	return k >= 2 && k < len(p) && (p[k] == '/' || p[k] == ' ' && k+1 < len(p) && unicode.IsUpper(p[k+1]) && unicode.IsUpper(p[min(k+2, len(p)-1)]))
}

// unquote returns the words of a turn printed whole in quotation marks
// ("Mr Quilty: “You’ve lied to your employer ... Why should they?”")
// without them; any other turn as it is.
func unquote(r []rune, b, e int) (int, int) {
	if e-b < 3 {
		return b, e
	}
	open, close := r[b], r[e-1]
	if !(open == '“' && close == '”' || open == '"' && close == '"') {
		return b, e
	}
	for k := b + 1; k < e-1; k++ {
		if r[k] == close || r[k] == '\n' {
			return b, e // “A,” she said, “B.”: two quotations
		}
	}
	return b + 1, e - 1
}

// titleHeading reports whether the words after a label are a heading's
// second half: up to four words, each capitalised, ending in no
// punctuation ("Banking: Regional Branches").
func titleHeading(text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > 4 || strings.ContainsAny(text, ".?!…,;") {
		return false
	}
	for _, w := range words {
		if !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	return true
}

// maxSignOff bounds, in words, the last words after a transcript's last
// label: "Thank you, everybody.", "This hearing is adjourned."
const maxSignOff = 12

// signOffWords close a meeting, a briefing or a show.
var signOffWords = regexp.MustCompile(`\b(thank|thanks|adjourn|adjourned|concludes|that's all|that’s all|see you|good night|goodbye|bye|cheers)\b`)

// signOff reports whether paragraph g, the only one after a transcript's
// last turn, is its speaker's sign-off: a few words, then the record's
// "[Whereupon ...]" or a line of the page that is no sentence ("Related"),
// in words that close (thanks, "adjourned").
func signOff(r []rune, g [2]int) bool {
	words := string(r[g[0]:g[1]])
	if len(strings.Fields(words)) > maxSignOff || !signOffWords.MatchString(strings.ToLower(words)) {
		return false
	}
	rest := strings.TrimSpace(string(r[g[1]:min(len(r), g[1]+200)]))
	line, _, _ := strings.Cut(rest, "\n")
	line = strings.TrimSpace(line)
	if strings.HasPrefix(line, "[Whereupon") || strings.HasPrefix(line, "(Whereupon") {
		return true
	}
	return line != "" && len(strings.Fields(line)) <= 3 && !strings.ContainsAny(line[len(line)-1:], ".?!…\"”:")
}

// capsTitle reports whether the words after a label are a title in
// capitals of three words or more that ends no sentence, as a hearing's
// cover prints its subject: no one says them.
func capsTitle(p []rune) bool {
	words, lower := 1, false
	for _, c := range p {
		lower = lower || unicode.IsLower(c)
		if c == ' ' {
			words++
		}
	}
	return !lower && words >= 3 && !strings.ContainsRune(".?!…\"”", p[len(p)-1]) // (a turn in capitals ends its sentence)
}

// afterTimestamp skips the time in the recording that a podcast's
// transcript prints before a label ("[00:00:09] MARIBEL: ...", "(12:41)
// HOST: ...", "00:03:25 GUEST: ..."): where the label starts, or s when
// no time opens the line.
func afterTimestamp(r []rune, s, e int) int {
	k := s
	if k < e && (r[k] == '[' || r[k] == '(') {
		k++
	}
	digits, colons := 0, 0
	for k < e && (unicode.IsDigit(r[k]) || r[k] == ':' || r[k] == '.' && digits > 0) {
		if r[k] == ':' {
			colons++
		} else if unicode.IsDigit(r[k]) {
			digits++
		}
		k++
	}
	if digits < 3 || colons == 0 || colons > 2 {
		return s
	}
	if r[s] == '[' || r[s] == '(' {
		if k >= e || r[k] != ']' && r[k] != ')' {
			return s
		}
		k++
	}
	if k+1 >= e || r[k] != ' ' {
		return s
	}
	return k + 1
}

// unquoted reports whether none of the paragraphs holds a double
// quotation mark.
func unquoted(r []rune, paras [][2]int) bool {
	for _, p := range paras {
		for _, c := range r[p[0]:p[1]] {
			if c == '"' || c == '“' || c == '”' {
				return false
			}
		}
	}
	return true
}

// spoken reports whether at least half the paragraphs have the
// speaker's own "I", "we" or "you" outside quotation marks: a briefer's
// statement going on ("I want to start with ...", "To walk you through
// the engineering, I've asked ..."), not the story around a transcript,
// which says "I" only inside the quotations it gives.
func spoken(r []rune, paras [][2]int) bool {
	n := 0
	for _, p := range paras {
		if ownWords(r[p[0]:p[1]]) {
			n++
		}
	}
	return 2*n >= len(paras)
}

// ownWords reports whether the paragraph p has "I", "we" or "you" (or
// their forms) outside quotation marks.
func ownWords(p []rune) bool {
	in := false
	for k := 0; k < len(p); k++ {
		c := p[k]
		switch {
		case c == '“' || c == '”' || c == '"':
			in = c == '“' || c == '"' && !in
			continue
		case in || !unicode.IsLetter(c) || k > 0 && unicode.IsLetter(p[k-1]):
			continue
		}
		e := k
		for e < len(p) && (unicode.IsLetter(p[e]) || p[e] == '\'' || p[e] == '’') {
			e++
		}
		switch strings.ToLower(strings.ReplaceAll(string(p[k:e]), "’", "'")) {
		case "i", "i'm", "i've", "i'll", "i'd", "we", "we're", "we've", "we'll", "our", "us", "you", "you're", "your":
			return true
		}
		k = e
	}
	return false
}

// quotedHeadline reports whether a turn is a headline's "Name: ‘words’":
// words wholly in quotation marks, with nothing after the closing mark.
func quotedHeadline(r []rune, t Turn) bool {
	if t.End-t.Start < 2 {
		return false
	}
	s, e := t.Start, t.End
	if s > 0 && strings.ContainsRune("‘“'\"", r[s-1]) && e < len(r) && strings.ContainsRune("’”'\"", r[e]) {
		return true // the turn without its marks: "Maeve Trelawny: “The building was ...”"
	}
	switch r[s] {
	case '‘', '“', '\'', '"':
	default:
		return false
	}
	switch r[e-1] {
	case '’', '”', '\'', '"':
		return true
	}
	return false
}

// numbered skips a question's number opening a line ("1. ", "12. "):
// where the words after it start, or s when no number opens it.
func numbered(r []rune, s, e int) int {
	k := s
	for k < e && k-s < 3 && unicode.IsDigit(r[k]) {
		k++
	}
	if k == s || k+1 >= e || r[k] != '.' || r[k+1] != ' ' {
		return s
	}
	return k + 2
}

// questionTurn reports whether the words from b to e ask something: a
// question mark among them.
func questionTurn(r []rune, b, e int) bool {
	for _, c := range r[b:e] {
		if c == '?' {
			return true
		}
	}
	return false
}

// allCaps reports whether s has letters, all of them capitals.
func allCaps(s string) bool {
	letters := false
	for _, c := range s {
		if unicode.IsLower(c) {
			return false
		}
		letters = letters || unicode.IsLetter(c)
	}
	return letters
}

// AllCaps reports whether s has letters, all of them capitals.
func AllCaps(s string) bool { return allCaps(s) }

// Lines calls f with the bounds of each line of r before end that has
// words, trimmed, until f returns false.
func Lines(r []rune, end int, f func(s, e int) bool) { lines(r, end, f) }

// PersonName reports whether s reads as a person's name: capitalised
// words and the particles names hold.
func PersonName(s string) bool { return personName(s) }

// Trim returns the bounds of r[b:e] without the spaces around it.
func Trim(r []rune, b, e int) (int, int) { return trim(r, b, e) }

// Timestamp reports whether s is a time in a recording: "00:04:12".
func Timestamp(s string) bool { return timestamp(s) }

// LineSpans returns the rune ranges of r's lines, without their ends.
func LineSpans(r []rune) [][2]int { return lineSpans(r) }
