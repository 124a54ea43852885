package transcript

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// Transcripts that put who speaks on a line of its own, with the words in
// the paragraphs under it, as earnings calls and event transcripts are
// printed:
//
//	Marcus Ellery -- President and Chief Executive Officer
//	Priya Natarajan -- Halvorsen Securities -- Analyst
//	Operator
//	Jane Smith (00:04:12):
//	SMITH:
//	Jane Smith              (a name alone, when the words under it
//	[00:04:12] Thank you.    open with the time in the recording)
//	Jane Smith              (a name alone that stands alone again further
//	                         on, or heads the list of participants as
//	                         "Jane Smith — Chief Executive")
//
// Each paragraph under such a line is a turn of that speaker, up to the
// next speaker line or a line that is no sentence ("Questions & Answers:",
// "Duration: 47 minutes"). A list of participants (speaker lines with no
// words under them) gives no turns.

// minSpeakerLines is how many speaker lines with words under them make a
// transcript: fewer are a story's captions or contact lines.
const minSpeakerLines = 3

// maxSpeakerLine bounds a speaker line, in runes.
const maxSpeakerLine = 140

// maxTitleWords bounds the title after a speaker line's name.
const maxTitleWords = 14

// lineRoles are the speakers of calls and events named by their part
// alone.
var lineRoles = map[string]bool{"operator": true, "moderator": true, "host": true, "interviewer": true,
	"presenter": true, "facilitator": true, "coordinator": true}

// RoleLabel reports whether a label names a speaker by their part in
// the call ("Operator"), which is how they are known.
func RoleLabel(label string) bool { return lineRoles[strings.ToLower(label)] }

// shareLines are the links a record's page prints under each member's
// line, which neither speak nor end a turn; maxShareLine bounds them.
var shareLines = map[string]bool{"share this specific contribution": true, "share this contribution": true,
	"link to this speech": true, "link to this contribution": true, "share": true}

const maxShareLine = 40

// speakerLine is what a line that names a speaker holds.
type speakerLine struct {
	nameStart, nameEnd int // the name, as printed
	title              string
}

// FindSpeakerLines returns the turns of a transcript printed with its
// speakers on lines of their own, in text order, each paragraph a turn
// (Cont for the second and later of one speaker's); nil when the text
// has fewer than three such turns, fewer than two speakers or none who
// speaks twice.
func FindSpeakerLines(r []rune) []Turn {
	var out []Turn
	var cur *speakerLine
	var curLine speakerLine
	paras := 0 // paragraphs of the current speaker so far
	run := 0   // speaker lines in a row with no words under them
	alone := namesAlone(r)
	tabled := [3]int{-1, -1, -1} // a question printed as tabled before its member's line: its paragraph, its words, its end
	askedBy := false             // the line before was "Asked by", over the member who tabled the question
	shared := false              // the line before was a share link, over the next member's line
	lines(r, len(r), func(s, e2 int) bool {
		after := askedBy || shared
		askedBy = e2-s == len("Asked by") && strings.EqualFold(string(r[s:e2]), "Asked by")
		if askedBy {
			return true
		}
		// "Share this specific contribution" between a member's line and
		// their words, or over the next member's line
		if shared = e2-s <= maxShareLine && shareLines[strings.ToLower(strings.TrimSpace(string(r[s:e2])))]; shared {
			return true
		}
		if l, ok := readSpeakerLine(r, s, e2, after || timedNext(r, e2) || len(alone) > 0 && e2-s <= maxSpeakerLine && alone[string(r[s:e2])]); ok {
			if l.title == "" && cur != nil && cur.title != "" && len(out) == 0 {
				run = 0 // "Operator" under the list of titled participants opens the call
			}
			curLine, cur, paras = l, &curLine, 0
			if tabled[0] >= 0 {
				// "1. What assessment has the Cabinet Secretary made ...?"
				// over "Siwan Rhydderch": the member's question
				out = append(out, Turn{LabelStart: l.nameStart, LabelEnd: l.nameEnd, Start: tabled[1], End: tabled[2],
					Label: string(r[l.nameStart:l.nameEnd]), Role: Named, Title: l.title})
				paras, tabled = 1, [3]int{-1, -1, -1}
			}
			run++
			return true
		}
		if tabled[0] >= 0 && cur != nil {
			// no member's line after it: a numbered paragraph of the turn
			out = append(out, Turn{LabelStart: cur.nameStart, LabelEnd: cur.nameEnd, Start: tabled[0], End: tabled[2],
				Label: string(r[cur.nameStart:cur.nameEnd]), Role: Named, Cont: paras > 0, Title: cur.title})
			paras++
		}
		tabled = [3]int{-1, -1, -1}
		if q := tabledQuestion(r, s, e2); q > 0 {
			tabled = [3]int{s, q, e2}
			return true
		}
		if run >= minSpeakerLines {
			cur = nil // a list of participants: the paragraph after is no one's turn
		}
		run = 0
		if cur != nil && (timeLine(r, s, e2) || translationNote(r, s, e2)) {
			return true // the time of a speech, or a note that it is translated, over its words
		}
		s = afterTime(r, s, e2) // "[00:04:12] (laughs) Thank you."
		if t, ok := voicesLabel(r, s, e2); ok && cur != nil {
			out = append(out, t) // "Hon. Members: Hear, hear!" in the member's speech, who goes on
			return true
		}
		switch {
		case cur == nil || s >= e2:
		case footerLine(r, s, e2):
			cur = nil // "Copyright: © 2025 ...", "© 2025 ...": the page's foot, no one's turn
		case (r[s] == '(' || r[s] == '[') && (r[e2-1] == ')' || r[e2-1] == ']'):
			// "(Laughter.)", "[Operator Instructions]": a stage direction
		case paras == 0 && r[e2-1] == ',' && moving(r, s, e2):
			// "I beg to move," over the motion, which the mover reads
			out = append(out, Turn{LabelStart: cur.nameStart, LabelEnd: cur.nameEnd, Start: s, End: e2,
				Label: string(r[cur.nameStart:cur.nameEnd]), Role: Named, Title: cur.title})
			paras++
		case !strings.ContainsRune(".?!…\"”’')]", r[e2-1]) || !sentence(r[s:e2]):
			cur = nil // "Questions & Answers:", "Comments (4)": a heading ends the turn
		default:
			out = append(out, Turn{LabelStart: cur.nameStart, LabelEnd: cur.nameEnd, Start: s, End: e2,
				Label: string(r[cur.nameStart:cur.nameEnd]), Role: Named, Cont: paras > 0, Title: cur.title})
			paras++
		}
		return true
	})
	speakers := map[string]int{}
	twice := false
	for _, t := range out {
		if !t.Cont {
			speakers[strings.ToLower(t.Label)]++
			twice = twice || speakers[strings.ToLower(t.Label)] > 1
		}
	}
	if len(speakers) < 2 || !twice || len(out) < minSpeakerLines {
		return nil
	}
	addressed(r, out)
	return out
}

// MoreVoices reports whether the turns read from speaker lines change
// speaker more than twice as often as the turns read otherwise (from
// labels in the paragraphs): the page is a record of speaker lines in
// which a few paragraphs open with a label ("Hon. Members: Hear,
// hear!").
func MoreVoices(lines, others []Turn) bool {
	count := func(ts []Turn) int {
		n := 0
		for _, t := range ts {
			if !t.Cont {
				n++
			}
		}
		return n
	}
	return count(lines) > 2*count(others)
}

// addressed names the turns of a label the recording could not tell
// apart ("Speaker 3") by the one the turn before it speaks to: "Ffion,
// you were there that weekend?", answered by "Speaker 3", is Ffion, by
// her full name where the page gives it ("Producer Ffion Tregaskis").
func addressed(r []rune, out []Turn) {
	named := map[string]string{}
	for i, t := range out {
		if !Unidentified(t.Label) {
			continue
		}
		if name, ok := named[t.Label]; ok {
			out[i].Label = name
			continue
		}
		if t.Cont || i == 0 || Unidentified(out[i-1].Label) {
			continue
		}
		p := out[i-1]
		k := p.Start
		for k < p.End && (unicode.IsLetter(r[k]) || r[k] == '-' || r[k] == '’' || r[k] == '\'') {
			k++
		}
		given := string(r[p.Start:k])
		if k == p.Start || k >= p.End || r[k] != ',' || !unicode.IsUpper(r[p.Start]) || !personName(given) ||
			lexicon.IsFunctionWord(strings.ToLower(given)) || interjections[strings.ToLower(given)] {
			continue
		}
		name := fullName(r, given)
		if name == given {
			continue // no one the page names in full
		}
		named[t.Label] = name
		out[i].Label = name
	}
}

// interjections open a turn with a comma without addressing anyone.
var interjections = map[string]bool{"yes": true, "yeah": true, "no": true, "well": true, "look": true, "okay": true,
	"ok": true, "right": true, "now": true, "oh": true, "sure": true, "listen": true, "sorry": true, "thanks": true,
	"great": true, "good": true, "hi": true, "hello": true, "morning": true, "absolutely": true, "exactly": true}

// fullName returns the first "Given Surname" the page writes for a given
// name, or the given name alone.
func fullName(r []rune, given string) string {
	g := []rune(given + " ")
	for i := 0; i+len(g) < len(r); i++ {
		if r[i] != g[0] || i > 0 && unicode.IsLetter(r[i-1]) || string(r[i:i+len(g)]) != string(g) {
			continue
		}
		k := i + len(g)
		if !unicode.IsUpper(r[k]) {
			continue
		}
		for k < len(r) && (unicode.IsLetter(r[k]) || r[k] == '-' || r[k] == '’' || r[k] == '\'') {
			k++
		}
		return string(r[i:k])
	}
	return given
}

// tabledQuestion returns where the words start of a question printed as
// its order paper numbers it ("1. What assessment ...?", "OQ63012"
// aside), or 0 when r[s:e] is not one.
func tabledQuestion(r []rune, s, e int) int {
	k := s
	for k < e && unicode.IsDigit(r[k]) {
		k++
	}
	if k == s || k-s > 3 || k+2 >= e || r[k] != '.' || r[k+1] != ' ' || !unicode.IsUpper(r[k+2]) || !strings.ContainsRune(string(r[k:e]), '?') {
		return 0
	}
	return k + 2
}

// sentence reports whether p holds a sentence's end anywhere: a line
// that ends in a bracket ("Comments (4)") may still be a heading.
func sentence(p []rune) bool {
	for _, c := range p {
		if c == '.' || c == '?' || c == '!' || c == '…' {
			return true
		}
	}
	return false
}

// footerLine reports whether the line r[s:e] is a page's foot: a
// copyright line, or a field the page labels and no one speaks
// ("Copyright: © 2025 ...", "Disclaimer: ...").
func footerLine(r []rune, s, e int) bool {
	if r[s] == '©' {
		return true
	}
	for k := s; k < e && k-s < 24; k++ {
		if r[k] == ':' {
			return notLabels[strings.ToLower(string(r[s:k]))]
		}
	}
	return false
}

// moving reports whether the line r[s:e] moves a motion ("I beg to
// move,"), the opening of a member's speech that ends in a comma.
func moving(r []rune, s, e int) bool {
	return strings.EqualFold(string(r[s:e]), "I beg to move,")
}

// readSpeakerLine reads the line r[s:e] as a speaker line, if it is one;
// alone says the next line opens with a time in the recording or the
// name is one of namesAlone, either of which makes a name alone a
// speaker line.
func readSpeakerLine(r []rune, s, e int, alone bool) (speakerLine, bool) {
	if e-s <= maxSpeakerLine && r[s] >= '0' && r[s] <= '9' {
		// "00:04:12 Jane Smith", as some podcasts' pages head a turn:
		// the time in the recording, then the name alone
		k := s
		for k < e && r[k] != ' ' {
			k++
		}
		if k == e || !timestamp(string(r[s:k])) {
			return speakerLine{}, false
		}
		for k < e && r[k] == ' ' {
			k++
		}
		if k == e || Unidentified(string(r[k:e])) {
			return speakerLine{nameStart: k, nameEnd: e}, k < e
		}
		s, alone = k, true
	}
	if e-s > maxSpeakerLine || !unicode.IsUpper(r[s]) || strings.ContainsRune(".?!…\"”’'", r[e-1]) {
		return speakerLine{}, false // (a sentence, read without building a string)
	}
	line := string(r[s:e])
	// "Name -- Title", "Name -- Firm -- Analyst", with any spaced dash.
	for _, sep := range []string{" -- ", " — ", " – "} {
		name, title, ok := strings.Cut(line, sep)
		if !ok {
			continue
		}
		if !personName(name) || len(strings.Fields(title)) > maxTitleWords || title == "" || strings.ContainsAny(title, "?!:;\"“”") {
			return speakerLine{}, false
		}
		return speakerLine{nameStart: s, nameEnd: s + len([]rune(name)), title: strings.Join(strings.Split(title, sep), ", ")}, true
	}
	if n, title, ok := firmLine(line); ok {
		return speakerLine{nameStart: s, nameEnd: s + len([]rune(n)), title: title}, true
	}
	if name, title, ok := strings.Cut(line, " - "); ok && personName(name) && strings.Contains(name, " ") && hyphenTitle(title) {
		// "Marcus Delacroix - President & CEO", "Rohan Mehta - Barclays"
		return speakerLine{nameStart: s, nameEnd: s + len([]rune(name)), title: title}, true
	}
	body := strings.TrimSuffix(line, ":")
	if k := strings.LastIndex(body, " ("); k > 0 && strings.HasSuffix(body, ")") && timestamp(body[k+2:len(body)-1]) {
		body = body[:k] // "Jane Smith (00:04:12):"
	}
	if k := strings.LastIndexByte(body, ' '); k > 0 && body == line && timestamp(body[k+1:]) &&
		(body[k-1] == ' ' || strings.Count(body[k+1:], ":") == 2) {
		// "Jane Smith  00:04:12", as Otter exports a recording's
		// transcript (a clock's "Kick-off 19:45" takes one space)
		body, line, alone = strings.TrimRight(body[:k], " "), "", true
		if Unidentified(body) {
			return speakerLine{nameStart: s, nameEnd: s + len([]rune(body))}, true
		}
	}
	party := false
	if k := strings.LastIndex(body, " ("); k > 0 && strings.HasSuffix(body, ")") && partyTags[body[k+2:len(body)-1]] {
		body, party = body[:k], true // "Lord Carnsew of Tresillian (Con)", as the Lords' record heads a speech
	}
	if k := strings.LastIndex(body, " ("); k > 0 && party && personName(body[:k]) && !strings.HasPrefix(body, "The ") && !strings.ContainsAny(body[:k], "()") {
		// "Dr Amara Oyinlola (Stoke-on-Trent North) (Lab)": a member and their seat
		return speakerLine{nameStart: s, nameEnd: s + len([]rune(body[:k]))}, true
	}
	if k := strings.LastIndex(body, " ("); k > 0 && strings.HasSuffix(body, ")") && !strings.ContainsAny(body[:k], "()") {
		// "The Cabinet Secretary for Education (Emrys Treharne)": an office, and its holder's name
		if name := body[k+2 : len(body)-1]; personName(name) && strings.Contains(name, " ") && len(strings.Fields(body[:k])) <= maxTitleWords {
			ns := s + len([]rune(body[:k+2]))
			return speakerLine{nameStart: ns, nameEnd: ns + len([]rune(name)), title: strings.TrimPrefix(body[:k], "The ")}, true
		}
	}
	if n, outlet, ok := strings.Cut(body, ", "); ok && body != line && personName(n) && strings.Contains(n, " ") &&
		len(strings.Fields(outlet)) <= 4 && personName(outlet) {
		// "Harriet Oduya, BBC News:", a journalist asking at a press conference
		return speakerLine{nameStart: s, nameEnd: s + len([]rune(n)), title: outlet}, true
	}
	name := strings.TrimSpace(body)
	switch {
	case lineRoles[strings.ToLower(name)]:
	case body == line && !alone: // a name alone without a colon or a time is a heading or a byline
		return speakerLine{}, false
	case !personName(name) || notLabels[strings.ToLower(name)]:
		return speakerLine{}, false
	}
	return speakerLine{nameStart: s, nameEnd: s + len([]rune(name))}, true
}

// hyphenTitle reports whether the words after a call's "Name - " are a
// title ("President & CEO", "VP, Investor Relations") or an analyst's
// firm ("Morgan Stanley"): a job's word, or a few capitalised words.
func hyphenTitle(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > maxTitleWords || strings.ContainsAny(t, "?!:;\"“”") {
		return false
	}
	caps := true
	for _, w := range f {
		if jobWords[strings.ToLower(strings.Trim(w, ",&"))] {
			return true
		}
		caps = caps && (unicode.IsUpper([]rune(w)[0]) || w == "&")
	}
	return caps && len(f) <= 4
}

// jobWords end or fill the title of a call's speaker line.
var jobWords = map[string]bool{"ceo": true, "cfo": true, "coo": true, "cto": true, "president": true, "director": true,
	"officer": true, "analyst": true, "vp": true, "chairman": true, "chairwoman": true, "chair": true, "founder": true,
	"partner": true, "head": true, "manager": true, "ir": true, "treasurer": true, "secretary": true, "executive": true}

// firmLine reads a call's speaker line that gives the name, the firm and,
// after a hyphen, the title ("Thomas Reyes Lakeshore Pet Supply Inc -
// President, CEO & Director", "Kiran Bhatt Wedbush Securities Inc.,
// Research Division - Analyst"), as call transcripts print them: the
// name is the first two words (three with an initial), the title the
// firm and the job.
func firmLine(line string) (name, title string, ok bool) {
	k := strings.LastIndex(line, " - ")
	if k < 0 {
		return "", "", false
	}
	job := strings.Fields(line[k+3:])
	if len(job) == 0 || len(job) > maxTitleWords {
		return "", "", false
	}
	isJob := false
	for _, w := range job {
		isJob = isJob || jobWords[strings.ToLower(strings.Trim(w, ",.&"))]
	}
	words := strings.Fields(line[:k])
	n := 2
	if len(words) > 3 && len(words[1]) == 2 && strings.HasSuffix(words[1], ".") {
		n = 3 // "Mary J. Okafor Northwind Capital - Analyst"
	}
	if !isJob || len(words) <= n || !personName(strings.Join(words[:n], " ")) {
		return "", "", false
	}
	firm := strings.TrimRight(strings.Join(words[n:], " "), ",")
	return strings.Join(words[:n], " "), firm + ", " + strings.Join(job, " "), true
}

// namesAlone returns the names that stand alone on a line and name a
// speaker of a call: those alone on two lines or more, and those alone
// once that a list of participants gives with their title ("Jane Smith
// — Chief Executive") or a speaker line after their office ("The
// Cabinet Secretary for Education (Emrys Treharne)"). A heading or a
// byline stands alone once.
func namesAlone(r []rune) map[string]bool {
	count := map[string]int{}
	listed := map[string]bool{}
	sinceClock := 3 // lines since a time alone, as a live blog heads a post with its time, its title and its writer
	lines(r, len(r), func(s, e int) bool {
		after := sinceClock < 2
		if sinceClock++; e-s <= 16 && r[s] >= '0' && r[s] <= '9' && postTime.MatchString(string(r[s:e])) {
			sinceClock = 0
		}
		if after || e-s > maxSpeakerLine || !unicode.IsUpper(r[s]) || strings.ContainsRune(".?!…\"”’':", r[e-1]) {
			return true
		}
		line := string(r[s:e])
		for _, sep := range []string{" -- ", " — ", " – "} {
			if name, _, ok := strings.Cut(line, sep); ok {
				listed[name] = true
				return true
			}
		}
		if name, title, ok := strings.Cut(line, " - "); ok && personName(name) && strings.Contains(name, " ") && hyphenTitle(title) {
			listed[name] = true // "Yuki Tanabe - Briarcliff Securities", as a call's participants are listed
			return true
		}
		if k := strings.LastIndex(line, " ("); k > 0 && strings.HasSuffix(line, ")") && partyTags[line[k+2:len(line)-1]] {
			line = line[:k] // "Dr Amara Oyinlola (Stoke-on-Trent North) (Lab)"
			if k := strings.LastIndex(line, " ("); k > 0 && strings.HasSuffix(line, ")") && personName(line[:k]) {
				listed[line[:k]] = true
				return true
			}
		}
		if k := strings.LastIndex(line, " ("); k > 0 && strings.HasSuffix(line, ")") {
			listed[line[k+2:len(line)-1]] = true // "The Cabinet Secretary for Education (Emrys Treharne)"
			return true
		}
		if personName(line) && !notLabels[strings.ToLower(line)] {
			count[line]++
		}
		return true
	})
	out := map[string]bool{}
	for name, n := range count {
		if n >= 2 || listed[name] {
			out[name] = true
		}
	}
	return out
}

// personName reports whether s reads as a name or a speaker's label: one
// to five words, each opening with a capital (or a particle: "de", "van",
// "al-"), of letters, apostrophes, hyphens and dots.
func personName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxLabelWords {
		return false
	}
	for i, w := range words {
		rs := []rune(w)
		if !unicode.IsUpper(rs[0]) && (i == 0 || !particle(w)) && (w != "of" || !lexicon.IsPeerName(s)) {
			return false
		}
		for _, c := range rs {
			if !unicode.IsLetter(c) && c != '\'' && c != '’' && c != '-' && c != '.' {
				return false
			}
		}
	}
	return true
}

// partyTags are the parties a parliament's record puts in brackets after
// a member's name: Westminster's (the Lords' crossbenchers and bishops
// among them), Ireland's, Canada's and Australia's.
var partyTags = map[string]bool{"Con": true, "Lab": true, "LD": true, "Lib Dem": true, "CB": true, "Bp": true,
	"Non-Afl": true, "SNP": true, "DUP": true, "PC": true, "Green": true, "Ind": true, "UUP": true, "SDLP": true,
	"Alliance": true, "Reform": true, "Lab Co-op": true, "Lab/Co-op": true, "TUV": true, "SF": true, "Alba": true,
	"FF": true, "FG": true, "SD": true, "ALP": true, "LNP": true, "Lib": true, "Nat": true, "NDP": true, "BQ": true,
	"CPC": true, "LPC": true, "Ind Lab": true, "Ind Con": true, "Grn": true}

// particle reports whether w is a lower-case part of a surname.
func particle(w string) bool {
	return lexicon.IsNameParticle(w) || strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")
}

// maxTimeMark bounds a bracketed time: "[01:02:03]".
const maxTimeMark = 10

// timeMark returns the end of a bracketed time opening r[s:e] ("[00:04:12]"),
// or s when there is none.
func timeMark(r []rune, s, e int) int {
	if s >= e || r[s] != '[' {
		return s
	}
	for k := s + 1; k < e && k-s <= maxTimeMark; k++ {
		if r[k] == ']' {
			if timestamp(string(r[s+1 : k])) {
				return k + 1
			}
			return s
		}
	}
	return s
}

// timedNext reports whether the line after the one ending at e opens
// with a bracketed time.
func timedNext(r []rune, e int) bool {
	k := e
	for k < len(r) && unicode.IsSpace(r[k]) {
		if r[k] == '\n' && k > e && r[k-1] == '\n' {
			return false // a blank line between: the name heads a paragraph of its own
		}
		k++
	}
	if timeMark(r, k, len(r)) > k {
		return true
	}
	l := k
	for l < len(r) && l-k <= maxTimeMark && r[l] != '\n' {
		l++
	}
	return timeLine(r, k, l) // "Rhodri Gethin-Powell" over "14:32:15", as the Senedd's record prints a speech
}

// timeLine reports whether the line r[s:e] is a time alone: "14:32:15".
func timeLine(r []rune, s, e int) bool {
	for e > s && unicode.IsSpace(r[e-1]) {
		e--
	}
	return e-s <= maxTimeMark && timestamp(string(r[s:e]))
}

// translationNote reports whether the line r[s:e] says the words under
// it are translated: "The following is a translation of the original
// Welsh speech:", which opens a turn without ending it.
func translationNote(r []rune, s, e int) bool {
	return e-s < maxSpeakerLine*2 && r[e-1] == ':' && strings.Contains(strings.ToLower(string(r[s:e])), "translation")
}

// afterTime returns where the words of the line r[s:e] start, after a
// bracketed time and a stage direction in brackets that open it:
// "[00:04:12] (laughs) Thank you." starts at "Thank".
func afterTime(r []rune, s, e int) int {
	t := timeMark(r, s, e)
	if t == s {
		return s
	}
	for t < e && r[t] == ' ' {
		t++
	}
	if t < e && (r[t] == '(' || r[t] == '[') {
		closer := ')'
		if r[t] == '[' {
			closer = ']'
		}
		for k := t + 1; k < e && k-t <= 30; k++ {
			if r[k] == closer {
				t = k + 1
				for t < e && r[t] == ' ' {
					t++
				}
				break
			}
		}
	}
	return t
}

// unidentified reports whether a recording's transcript labels a
// speaker it could not tell apart: "Speaker 3", "Unknown Speaker".
func Unidentified(label string) bool {
	n, ok := strings.CutPrefix(label, "Speaker ")
	return label == "Unknown Speaker" || ok && n != "" && len(n) <= 2 && strings.Trim(n, "0123456789") == ""
}

// postTime matches a live blog post's time on its own line: "21:34",
// "1:52 p.m. PT", "9:05 AM".
var postTime = regexp.MustCompile(`^\d{1,2}:\d{2}(\s*([ap]\.m\.|[AaPp][Mm]))?(\s+[A-Z]{2,4})?$`)

// timestamp reports whether s is a time in a recording: "04:12",
// "00:04:12", "1:02:03".
func timestamp(s string) bool {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 2 {
			return false
		}
		for _, c := range p {
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	return true
}
