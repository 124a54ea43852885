// Package podium follows who asks at a briefing or a press conference:
// the reporters the podium calls on by name ("Go ahead, Beatriz."), who
// keep the floor for their follow-ups, and whether a transcript is an
// interview at a conference at all.
package podium

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/transcript"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// Askers follows who asks a briefing's unlabelled questions ("Q:",
// "QUESTION:"): the reporter the podium calls on at the end of its turn
// ("With that, Lorcan.", "Go ahead, Beatriz.", "Yes, Edie?") asks the
// next question and its follow-ups, until another reporter takes the
// floor ("Can I follow up on Bali?"), who is unnamed unless called on or
// naming themselves. Feed it every turn in text order.
type Askers struct {
	cur   string // the reporter holding the floor, or ""
	fresh bool   // the podium has just called on cur
	cut   bool   // the last question broke off ("On Norway --")
	calls bool   // the podium calls reporters by name, who then keep the floor for follow-ups
	end   int    // where the last turn seen ended
}

// heading reports whether a line stands between the last turn seen and
// turn t: a briefing's section heading ("**Questions and Answers"),
// after which the floor is open again.
func (a *Askers) heading(r []rune, t transcript.Turn) bool {
	from := a.end
	a.end = t.End
	if from <= 0 || from >= t.LabelStart {
		return false
	}
	for _, line := range strings.Split(string(r[from:t.LabelStart]), "\n") {
		line = strings.Trim(line, " \t”\"")
		if line != "" && !(strings.HasPrefix(line, "(") && strings.HasSuffix(line, ")") || strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]")) {
			return true // (not "(CROSSTALK)" between two turns)
		}
	}
	return false
}

// Podium notes a turn that is not a question: a call at its end gives
// the floor to the one called.
func (a *Askers) Podium(r []rune, t transcript.Turn) {
	if a.heading(r, t) {
		a.cur, a.fresh = "", false
	}
	if name, call := CalledOn(r, t); call {
		if name != "" || !a.cut {
			a.cur = name // "Go ahead." after a question broken off lets it go on
		}
		a.fresh, a.calls = true, a.calls || name != ""
		return
	}
	if !t.Cont {
		a.fresh = false
	}
	if a.cur != "" && strings.Contains(strings.ToLower(t.Label), strings.ToLower(a.cur)) {
		a.cur = "" // "Wen-Li?" called a colleague to the podium, "CITY ENGINEER WEN-LI HSU:", no reporter
	}
}

// transcript.Question returns who asks question turn t: self, when the reporter
// names themselves in it; the one just called on; the one who asked
// before, for a follow-up, where the podium gives the floor by name (at
// a press conference where it does not, the next question is anyone's);
// "" when the asker is unknown.
func (a *Askers) Question(r []rune, t transcript.Turn, self string) string {
	if a.heading(r, t) {
		a.cur, a.fresh = "", false
	}
	switch {
	case self != "":
		a.cur = self
	case a.fresh:
	case a.cur != "" && a.calls && !asksFloor(r, t):
	case a.cur != "" && followUp(r, t) && !asksFloor(r, t):
		// "Q Just a follow-up on that.": the one who asked last, whose
		// name the transcript gave with the question before
	default:
		a.cur = ""
	}
	a.fresh = false
	a.cut = t.End > t.Start && strings.ContainsRune("-—–", r[t.End-1])
	return a.cur
}

// Unnamed notes a question asked by a reporter who is not named.
func (a *Askers) Unnamed() {
	a.cur, a.fresh, a.cut = "", false, false
}

// followUp reports whether question turn t opens by asking a follow-up
// ("Follow-up?", "Just a follow-up on that.", "A quick follow-up —").
func followUp(r []rune, t transcript.Turn) bool {
	s := strings.ToLower(string(r[t.Start:min(t.End, t.Start+maxFollowUpAt)]))
	return strings.Contains(s, "follow-up") || strings.Contains(s, "follow up") || strings.Contains(s, "followup")
}

// maxFollowUpAt bounds, in runes, where a question says it follows up.
const maxFollowUpAt = 30

// floorOpeners open a question by a reporter who has not been called
// on, asking for the floor.
var floorOpeners = []string{"can i ", "could i ", "may i ", "can we ", "different topic", "a different topic",
	"another topic", "on a different", "hi,", "hi ", "hello", "good afternoon", "good morning", "sir,", "ma'am", "ma’am"}

// asksFloor reports whether question turn t opens by asking for the floor.
func asksFloor(r []rune, t transcript.Turn) bool {
	s := strings.ToLower(string(r[t.Start:min(t.End, t.Start+40)]))
	for _, o := range floorOpeners {
		if strings.HasPrefix(s, o) {
			return true
		}
	}
	return false
}

// callWords are the words of a call around the name called: "With that,
// Lorcan.", "Go ahead, Beatriz.", "Yes, in the back, Edie?"; the ones
// true call by themselves, the others only beside them or a given name.
var callWords = map[string]bool{"with": false, "that": true, "go": false, "ahead": true, "yes": true, "yeah": true,
	"okay": true, "ok": true, "sure": true, "please": true, "and": false, "then": false, "let's": false, "let’s": false,
	"over": false, "to": false, "you": false, "first": false, "next": true, "right": false, "all": false, "now": false,
	"in": false, "the": false, "back": false, "front": false, "alright": true, "um": false, "uh": false, "so": false,
	"sir": false, "ma'am": false, "ma’am": false, "madam": false, "a": false, "last": false, "final": false, "one": false}

// maxCallWords bounds a call, in words.
const maxCallWords = 6

// notCalled are capitalised words that end a turn among call words or
// alone, naming no one: "Questions, please.", "Absolutely."
var notCalled = map[string]bool{"questions": true, "question": true, "everyone": true, "everybody": true,
	"folks": true, "guys": true, "sir": true, "ma'am": true, "ma’am": true, "absolutely": true, "exactly": true,
	"correct": true, "nothing": true, "no": true, "indeed": true, "agreed": true, "again": true, "look": true,
	"period": true, "fine": true, "true": true, "wrong": true, "never": true, "always": true, "both": true,
	"happy": true, "welcome": true, "hello": true, "hi": true, "bye": true, "goodbye": true, "cheers": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// CalledOn reads the last sentence of turn t as a call: one to three
// capitalised words before or after call words ("With that, Lorcan.",
// "Go ahead, Beatriz.", "Edie, go ahead.", "Okay. Darlene.",
// "Abdelhamid?") give the name called; "Go ahead, in the back." calls
// on someone unnamed (call true, name ""). Thanks ("Thank you, Edie.")
// answer the one who asked, and call no one; a title ("Mr. Secretary")
// is no name.
func CalledOn(r []rune, t transcript.Turn) (name string, call bool) {
	s := strings.TrimSpace(string(r[t.Start:t.End]))
	end := strings.TrimRightFunc(s, func(c rune) bool { return c == '.' || c == '?' || c == '!' || c == ' ' })
	if len(end) == len(s) {
		return "", false // a call ends its sentence
	}
	last := end
	if k := strings.LastIndexAny(end, ".?!—–"); k >= 0 {
		if k >= 1 && end[k] == '.' && end[k-1] >= 'A' && end[k-1] <= 'Z' && (k == 1 || end[k-2] == '.' || end[k-2] == ' ') {
			return "", false // "... with the U.S. Postal Inspection Service.": an abbreviation's stop, in the sentence
		}
		last = end[k+1:]
	}
	if name, outlet, ok := strings.Cut(strings.TrimSpace(last), ", "); ok && calledWithOutlet(name, outlet) {
		return name, true // "Let me go to the phone. Celeste Aguirre, Stars and Stripes."
	}
	words := strings.Fields(last)
	if len(words) == 0 || len(words) > maxCallWords {
		return "", false
	}
	var names []string
	strong, anon, closed := false, false, false
	for i, w := range words {
		w = strings.Trim(w, ",;:")
		if w == "" {
			continue // a comma standing alone: "Okay , Darlene."
		}
		l := strings.ToLower(w)
		if (l == "then" || l == "and") && len(names) > 0 && !closed {
			break // "Mariam, and then Dmitri.": the first called asks now
		}
		if alone, ok := callWords[l]; ok {
			strong = strong || alone
			anon = anon || l == "ahead" || l == "next" || l == "back" || l == "front"
			closed = len(names) > 0
			continue
		}
		if i == 0 && (strings.HasPrefix(l, "thank") || l == "good" || l == "great") {
			return "", false
		}
		rs := []rune(w)
		if closed || !unicode.IsUpper(rs[0]) || !nameWord(rs) || transcript.LabelTitle(w) || lexicon.IsRoleNoun(l) || notCalled[l] || strings.HasSuffix(l, "ly") {
			return "", false
		}
		names = append(names, w)
	}
	if len(names) == 0 {
		return "", strong && anon
	}
	if len(names) > 3 {
		return "", false
	}
	if !strong && len(words) > len(names) && vocab.GivenNameGender(strings.ToLower(names[0])) == 0 {
		return "", false // "Back to Ukraine." calls no one; "Okay. Darlene." and "Jacqui." do
	}
	return strings.Join(names, " "), true
}

// allCallWords reports whether every word of words, in lower case, is a
// call word: "okay", "all right".
func allCallWords(words []string) bool {
	for _, w := range words {
		if _, ok := callWords[strings.Trim(w, ",")]; !ok {
			return false
		}
	}
	return true
}

// nameWord reports whether w is written as a name: letters, with
// hyphens or apostrophes between them, not all in capitals past the
// first ("Abdelhamid", "O'Neill", not "OK" or "FEMA").
func nameWord(w []rune) bool {
	upper := 0
	for i, c := range w {
		switch {
		case unicode.IsLetter(c):
			if unicode.IsUpper(c) && i > 0 {
				upper++
			}
		case (c == '-' || c == '\'' || c == '’') && i > 0 && i < len(w)-1:
		default:
			return false
		}
	}
	return len(w) > 1 && upper < len(w)-1
}

// Interviewing reports whether turns are an interview of one person,
// whose answers are labelled "A:", or whose questions "Interviewer:":
// its unnamed questions are "the interviewer"'s, not a reporter's.
func Interviewing(turns []transcript.Turn) bool {
	for _, t := range turns {
		if t.Role == transcript.Answer || strings.EqualFold(t.Label, "interviewer") {
			return true
		}
	}
	return false
}

// calledWithOutlet reports whether a turn's last sentence calls on a
// reporter by name and outlet: a name of one to three capitalised words
// ("Celeste Aguirre", "Hassan"), then the outlet's capitalised words
// ("Stars and Stripes", "Military Times").
func calledWithOutlet(name, outlet string) bool {
	nw, ow := strings.Fields(name), strings.Fields(outlet)
	if len(nw) == 0 || len(nw) > 3 || len(ow) == 0 || len(ow) > 5 || !transcript.PersonName(name) || notCalled[strings.ToLower(nw[0])] || callWords[strings.ToLower(nw[0])] {
		return false
	}
	for _, w := range nw {
		if transcript.LabelTitle(w) {
			return false // "Mr. Secretary, ..."
		}
	}
	for i, w := range ow {
		if i > 0 && (w == "and" || w == "of" || w == "the") {
			continue
		}
		if !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	return true
}

// conferenceWords name an occasion at which many reporters ask.
var conferenceWords = []string{"press conference", "news conference", "media conference", "presser",
	"press briefing", "media briefing", "news briefing"}

// maxConferenceRunes bounds how far before the first question the
// occasion is looked for: the paragraph or two above it.
const maxConferenceRunes = 400

// AtConference reports whether the text just before rune first, where a
// transcript's questions begin, says they were asked at a press
// conference ("What Baird said in his press conference..."): the
// questions are reporters', not the byline's writer's.
func AtConference(r []rune, first int) bool {
	lead := strings.ToLower(string(r[max(0, first-maxConferenceRunes):first]))
	for _, w := range conferenceWords {
		if strings.Contains(lead, w) {
			return true
		}
	}
	return false
}

// A phone-in's callers, labelled "CALLER:" alike, are told apart by
// the presenter's greeting.

// maxGreeting bounds, in runes, the start of a turn read for a greeting.
const maxGreeting = 80

// Callers returns, for each of turns, the caller a "CALLER:" turn is:
// the one the presenter last greeted by name (greeted); "" for any other
// turn.
func Callers(r []rune, turns []transcript.Turn) []string {
	out := make([]string, len(turns))
	last := ""
	for k, t := range turns {
		if strings.EqualFold(t.Label, "caller") {
			out[k] = last
		} else if g := greeted(r, t); g != "" {
			last = g
		}
	}
	return out
}

// greeted returns the caller a phone-in's presenter greets at the start
// of turn t by first name, with the place they call from or a comma:
// "Trevor in Croydon, good morning." or "Bukola, you heard Trevor
// earlier." give "Trevor" and "Bukola"; "" for any other turn.
func greeted(r []rune, t transcript.Turn) string {
	words := strings.Fields(string(r[t.Start:min(t.End, t.Start+maxGreeting)]))
	if len(words) < 2 {
		return ""
	}
	w := words[0]
	name := strings.TrimRight(w, ",")
	if !capitalWord(name) || strings.Contains(name, "-") || notGreeted[strings.ToLower(name)] || lexicon.IsFunctionWord(strings.ToLower(name)) {
		return ""
	}
	if strings.HasSuffix(w, ",") {
		return name
	}
	if (words[1] == "in" || words[1] == "from") && len(words) > 2 && capitalWord(strings.TrimRight(words[2], ",")) && strings.HasSuffix(words[2], ",") {
		return name
	}
	return ""
}

// notGreeted are the words that open a presenter's turn with a comma
// without greeting anyone.
var notGreeted = map[string]bool{"well": true, "okay": true, "ok": true, "yes": true, "no": true, "right": true, "now": true,
	"look": true, "so": true, "thank": true, "thanks": true, "hello": true, "hi": true, "morning": true, "good": true,
	"sorry": true, "listen": true, "sure": true, "alright": true, "great": true, "actually": true, "honestly": true,
	"indeed": true, "absolutely": true, "again": true, "first": true, "secondly": true, "finally": true, "minister": true,
	"sir": true, "madam": true, "chair": true, "president": true, "senator": true, "everyone": true, "folks": true}

// capitalWord reports whether w is one word of a name, of two letters or
// more and neither hyphen nor dot: a first name's, or a place's.
func capitalWord(w string) bool {
	return len([]rune(w)) >= 2 && !strings.ContainsAny(w, "-.") && transcript.PersonName(w)
}
