// Package court reads who speaks in the transcript of a court, an
// inquest or a public inquiry: the witness, who examines them, the
// judge, coroner or chair.
package court

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/transcript"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// A court's transcript names who examines a witness on a line of its
// own ("BY MS. OKAFOR-REYES:"), the witness in the swearing in
// ("WENDELL OSTROWSKI, having been first duly sworn, testified as
// follows:") and the judge in the caption ("BEFORE THE HONORABLE
// CORINNE A. DABROWSKI, DISTRICT JUDGE"). Its "Q." turns are the
// examiner's, its "A." and "THE WITNESS:" turns the witness's, its "THE
// COURT:" turns the judge's.

// An inquiry's transcript, as British inquiries print them, names its
// chair under "Before:" ("HIS HONOUR SIR MALCOLM ATHERSTONE (Chair)"),
// each witness on a line as they take the oath ("MS ANWEN GRIFFITHS
// (affirmed)") and who questions them under it ("Examination by MR
// DRUMMOND-WEIR"). Its "THE CHAIR:" turns are the chair's.

// Court holds what a court's transcript says of who speaks.
type Court struct {
	Witness  string     // the witness's name in capitals, "" if none
	Judge    string     // the judge's, "" if none
	Chair    string     // an inquiry's chair, "" if none
	Accused  string     // the one sentenced, whom "THE DEFENDANT:" labels, "" if unknown
	Examiner []Examiner // the "BY ...:" lines, in text order
	Oath     []Examiner // the witnesses' "(affirmed)" lines, in text order, each witness's name as Label
}

// WitnessAt returns the witness answering at rune offset pos: the one
// sworn last before it, else the one the transcript names.
func (c Court) WitnessAt(pos int) string {
	w := c.Witness
	for _, o := range c.Oath {
		if o.Pos < pos {
			w = o.Label
		}
	}
	return w
}

// oathWords close a witness's line as they take the oath.
var oathWords = []string{"(affirmed)", "(sworn)", "(called)", "(recalled)", "(continued)"}

// examinedBy open the line naming who questions a witness.
var examinedBy = []string{"examination by ", "cross-examination by ", "re-examination by ", "further examination by ",
	"questions by ", "questioned by ", "further questions by ", "examined by ", "cross-examined by ", "re-examined by ",
	"questions from ", "further questioned by "}

// oathLine returns the witness a line swears in ("MS ANWEN GRIFFITHS
// (affirmed)": "ANWEN GRIFFITHS"), or "".
func oathLine(line string) string {
	line = strings.TrimSpace(line)
	for _, w := range oathWords {
		name, ok := strings.CutSuffix(line, " "+w)
		if !ok {
			name, ok = strings.CutSuffix(line, " "+strings.ToUpper(w))
		}
		if !ok || !transcript.AllCaps(name) {
			continue
		}
		words := strings.Fields(name)
		for len(words) > 2 && transcript.LabelTitle(words[0]) {
			words = words[1:]
		}
		if len(words) >= 2 && len(words) <= 4 {
			return strings.Join(words, " ")
		}
	}
	return ""
}

// examinerLine returns the label of who questions a witness from a line
// ("Examination by MR DRUMMOND-WEIR": "MR DRUMMOND-WEIR"), and where it
// starts in the line, or "".
func examinerLine(line string) (string, int) {
	low := strings.ToLower(line)
	for _, p := range examinedBy {
		if strings.HasPrefix(low, p) {
			label := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(line[len(p):]), ":"))
			label = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(label, "(continued)"), "(CONTINUED)"))
			if n := len(strings.Fields(label)); n >= 1 && n <= 4 && transcript.AllCaps(label) {
				return label, len(p)
			}
		}
	}
	return "", 0
}

// presidingWords open the line under "Before:" that names who presides,
// before the name.
var presidingWords = map[string]bool{"HM": true, "HIS": true, "HER": true, "HONOUR": true, "ASSISTANT": true, "SENIOR": true,
	"AREA": true, "DEPUTY": true, "CORONER": true, "JUDGE": true, "RECORDER": true, "SIR": true, "DAME": true, "THE": true,
	"RT": true, "HON": true, "LORD": true, "LADY": true, "JUSTICE": true, "HHJ": true, "DISTRICT": true}

// presidingLine returns the name on the line under "Before:" ("HM
// ASSISTANT CORONER MS JUDITH HALLORAN": "JUDITH HALLORAN"), or "".
func presidingLine(line string) string {
	line = strings.TrimSpace(line)
	if !transcript.AllCaps(line) {
		return ""
	}
	words := strings.Fields(line)
	for len(words) > 2 && (presidingWords[strings.TrimSuffix(words[0], ".")] || transcript.LabelTitle(words[0])) {
		words = words[1:]
	}
	if len(words) >= 2 && len(words) <= 4 {
		return strings.Join(words, " ")
	}
	return ""
}

// Presiding returns the name of who presides that a label standing for
// them gives ("THE CORONER", "THE CHAIR", "THE JUDGE"), or "".
func (c Court) Presiding(label string) string {
	switch strings.ToLower(label) {
	case "the chair", "the coroner", "the judge", "the chairman", "the chairwoman":
		return c.Chair
	case "the court":
		if c.Judge != "" {
			return c.Judge
		}
		return c.Chair
	case "the defendant":
		return c.Accused
	}
	return ""
}

// chairLine returns the inquiry's chair from a line of its caption
// ("HIS HONOUR SIR MALCOLM ATHERSTONE (Chair)": "MALCOLM ATHERSTONE"),
// or "".
func chairLine(line string) string {
	name, ok := strings.CutSuffix(strings.TrimSpace(line), " (Chair)")
	if !ok {
		name, ok = strings.CutSuffix(strings.TrimSpace(line), " (CHAIR)")
	}
	if !ok || !transcript.AllCaps(name) {
		return ""
	}
	words := strings.Fields(name)
	for len(words) > 2 && (transcript.LabelTitle(words[0]) || words[0] == "HIS" || words[0] == "HER" || words[0] == "HONOUR" || words[0] == "RT" || words[0] == "HON") {
		words = words[1:]
	}
	if len(words) >= 2 && len(words) <= 4 {
		return strings.Join(words, " ")
	}
	return ""
}

// Examiner is a "BY MS. OKAFOR-REYES:" line: from rune offset Pos, the
// questions are Label's.
type Examiner struct {
	Pos        int
	Label      string // "MS. OKAFOR-REYES"
	Start, End int    // the label's runes
	// Side is the party a story says a lawyer acts for, or calls a
	// witness for: prosecution or defence, 0 when it does not say.
	Side byte
}

// The sides of a trial.
const (
	prosecution = 'p'
	defence     = 'd'
)

// ReadCourt reads r for a court transcript's witness, judge and
// examiners; the zero Court when it has none of them.
func ReadCourt(r []rune) Court {
	var c Court
	prev := "" // the line before, for a witness's name over "having been ... sworn"
	transcript.Lines(r, len(r), func(s, e2 int) bool {
		s = transcript.AfterLineNumber(r, s, e2) // "8           BEFORE THE HONORABLE ..."
		if c.Judge == "" && s < maxCaption {
			// "... came on for trial before the HONORABLE BEATRIX
			// OKONKWO-SANDS, Judge of the Superior Court", inside a paragraph
			if k := strings.Index(string(r[s:e2]), "the HONORABLE "); k >= 0 {
				name, _, _ := strings.Cut(string(r[s:e2])[k+len("the HONORABLE "):], ",")
				if transcript.AllCaps(name) && len(strings.Fields(name)) >= 2 && len(strings.Fields(name)) <= 4 {
					c.Judge = name
				}
			}
		}
		if e2-s > 200 {
			if e2-s < maxProseExam {
				c.proseLine(string(r[s:e2]), s)
			}
			prev = ""
			return true // a paragraph of prose, no line of a caption
		}
		line := string(r[s:e2])
		last := prev
		prev = strings.TrimSpace(line)
		called := ""
		if c.Witness == "" {
			called = calledWitness(line)
		}
		oath, exam, examAt, chair := "", "", 0, ""
		if e2-s < maxShortLine { // a witness's, an examiner's or the chair's line, each read once
			oath = oathLine(line)
			exam, examAt = examinerLine(line)
			if c.Chair == "" && s < maxCaption {
				if chair = chairLine(line); chair == "" && strings.TrimSpace(last) == "Before:" {
					chair = presidingLine(line) // "Before:" over "HM ASSISTANT CORONER MS JUDITH HALLORAN"
				}
			}
		}
		switch {
		case c.Witness == "" && (strings.HasPrefix(strings.TrimSpace(line), "having been") || strings.HasPrefix(strings.TrimSpace(line), "called as a witness")) && strings.Contains(line, "sworn") &&
			strings.HasSuffix(last, ",") && transcript.AllCaps(strings.TrimSuffix(last, ",")):
			c.Witness = strings.TrimSuffix(last, ",") // "COLLEEN ASHWATER," over "having been first duly sworn" or "called as a witness by the People, having been previously sworn"
		case strings.HasPrefix(line, "BY ") && strings.HasSuffix(line, ":") && e2-s < 60:
			a := s + 3
			c.Examiner = append(c.Examiner, Examiner{Pos: s, Label: string(r[a : e2-1]), Start: a, End: e2 - 1})
		case strings.HasPrefix(line, "Q. BY ") && strings.Contains(line[:min(len(line), 60)], ":"):
			// "Q. BY MS. ADEYEMI-CROSS: Your report ...?": the examiner named on the question
			label, _, _ := strings.Cut(line[len("Q. BY "):], ":")
			if a := s + len("Q. BY "); transcript.AllCaps(label) {
				c.Examiner = append(c.Examiner, Examiner{Pos: s, Label: label, Start: a, End: a + len([]rune(label))})
			}
		case c.Witness == "" && strings.Contains(line, ", having been") && strings.Contains(line, "sworn"):
			if name, _, _ := strings.Cut(line, ","); transcript.AllCaps(name) {
				c.Witness = name
			}
		case oath != "":
			c.Oath = append(c.Oath, Examiner{Pos: s, Label: oath, Start: s, End: e2})
		case exam != "":
			a := s + len([]rune(line[:examAt]))
			c.Examiner = append(c.Examiner, Examiner{Pos: s, Label: exam, Start: a, End: a + len([]rune(exam))})
		case chair != "":
			c.Chair = chair
		case called != "":
			c.Witness = called // "The City calls Officer Hattie Vanlandingham."
		case c.Judge == "" && strings.HasPrefix(line, "BEFORE THE HONORABLE "):
			name, _, _ := strings.Cut(strings.TrimPrefix(line, "BEFORE THE HONORABLE "), ",")
			c.Judge = name
		case exam == "" && e2-s < maxProseExam:
			if name, at := proseExaminer(line); name != "" {
				// "Under cross-examination by Gráinne Ní Bhriain SC, for the
				// company, the following exchange took place:" over a story's
				// "Counsel:" turns
				a := s + len([]rune(line[:at]))
				c.Examiner = append(c.Examiner, Examiner{Pos: s, Label: name, Start: a, End: a + len([]rune(name))})
			} else {
				c.proseLine(line, s)
			}
		}
		return true
	})
	if c.Judge == "" && strings.Contains(string(r), "THE COURT:") {
		// "THE COURT:" in a transcript a story carries, after "Judge
		// Catherine Thorsgaard sentenced ..."
		if c.Judge = transcript.OfficeHolder(r, "Judge"); c.Judge == "" {
			c.Judge = transcript.OfficeHolder(r, "Justice") // "Justice Amira Kowalczuk-Bell questioned defence lawyer ..."
		}
		if c.Accused = sentenced(string(r)); c.Accused == "" {
			c.Accused = pleaded(string(r))
		}
	}
	return c
}

// sentenced returns the one the text says a court sentenced ("Judge
// Catherine Thorsgaard sentenced Bradley Kuusisto, 38, to 57 months"),
// two or three capitalised words; "" if none.
func sentenced(text string) string {
	for tries, from := 0, 0; tries < maxSentenced; tries++ {
		k := strings.Index(text[from:], " sentenced ")
		if k < 0 {
			return ""
		}
		from += k + len(" sentenced ")
		words := strings.Fields(text[from:min(len(text), from+80)])
		n := 0
		for n < len(words) && n < 3 && transcript.PersonName(strings.TrimRight(words[n], ",.")) {
			n++
			if strings.ContainsAny(words[n-1], ",.") {
				break
			}
		}
		if n >= 2 {
			return strings.TrimRight(strings.Join(words[:n], " "), ",.")
		}
	}
	return ""
}

// pleaded returns the one the text says pleaded ("Gary Mulhearn, 63,
// of Parma, pleaded guilty in June to ..."): the name opening the
// sentence, two or three capitalised words; "" if none.
func pleaded(text string) string {
	for tries, from := 0, 0; tries < maxSentenced; tries++ {
		k := strings.Index(text[from:], " pleaded ")
		if k < 0 {
			return ""
		}
		at := from + k
		from = at + len(" pleaded ")
		s := strings.LastIndexAny(text[max(0, at-maxPleaSentence):at], ".\n")
		if s < 0 && at > maxPleaSentence {
			continue
		}
		words := strings.Fields(text[max(0, at-maxPleaSentence)+s+1 : at])
		n := 0
		for n < len(words) && n < 3 && transcript.PersonName(strings.TrimRight(words[n], ",")) {
			n++
			if strings.HasSuffix(words[n-1], ",") {
				break
			}
		}
		if n >= 2 && (n == len(words) || strings.HasSuffix(words[n-1], ",")) {
			return strings.TrimRight(strings.Join(words[:n], " "), ",")
		}
	}
	return ""
}

// maxPleaSentence bounds, in bytes, the sentence before "pleaded" that
// names who pleaded.
const maxPleaSentence = 160

// maxSentenced bounds the "sentenced" a text is read at for the one
// sentenced (a headline's "is sentenced for" comes first).
const maxSentenced = 4

// calledWitness returns the witness a deposition is of ("DEPOSITION OF
// CARLTON REISINGER"), whom a lawyer calls ("The City calls Officer
// Hattie Vanlandingham.", "We call Dr. Imre Kocsis.") or who
// states and spells their name when sworn ("THE WITNESS: Hattie
// Vanlandingham. H-A-T-T-I-E, ..."); "" when line does neither.
func calledWitness(line string) string {
	var rest string
	if k := strings.Index(line, "DEPOSITION OF "); k >= 0 {
		name, _, _ := strings.Cut(line[k+len("DEPOSITION OF "):], ",")
		if name = strings.TrimSpace(name); transcript.AllCaps(name) && len(strings.Fields(name)) >= 2 && len(strings.Fields(name)) <= 4 {
			return name // "ORAL AND VIDEOTAPED DEPOSITION OF CARLTON REISINGER"
		}
		return ""
	}
	if k := strings.Index(line, " calls "); k >= 0 {
		rest = line[k+len(" calls "):]
	} else if k := strings.Index(line, " call "); k >= 0 && strings.HasPrefix(strings.TrimSpace(line[:k+1]), "We") {
		rest = line[k+len(" call "):]
	} else if strings.HasPrefix(line, "THE WITNESS: ") && strings.Contains(line, "-") {
		rest = strings.TrimPrefix(line, "THE WITNESS: ")
	} else {
		return ""
	}
	sentence, _, ok := strings.Cut(rest, ".")
	words := strings.Fields(sentence)
	for len(words) > 2 && (transcript.LabelTitle(words[0]) || words[0] == "Officer" || words[0] == "Agent" || words[0] == "Trooper") {
		words = words[1:] // "Dr", "Detective", "Officer"
	}
	if name := strings.Join(words, " "); ok && len(words) >= 2 && len(words) <= 3 && transcript.PersonName(name) {
		return name
	}
	return ""
}

// maxShortLine bounds, in runes, a line that swears a witness in, names
// who examines them or who presides.
const maxShortLine = 80

// maxCaption bounds, in runes, how far into a transcript its caption
// names the judge.
const maxCaption = 4000

// ExaminerAt returns the "BY" line in force at rune offset pos, or nil.
//
// When a story says which side called the witness answering at pos
// after the latest lawyer it named, the questions are that side's
// lawyer's ("The State then called ...": the prosecutor's).
func (c Court) ExaminerAt(pos int) *Examiner {
	var at *Examiner
	for k := range c.Examiner {
		if c.Examiner[k].Pos <= pos { // (at pos itself: "Q. BY MS. ADEYEMI: ...")
			at = &c.Examiner[k]
		}
	}
	var called *Examiner
	for k := range c.Oath {
		if c.Oath[k].Pos < pos {
			called = &c.Oath[k]
		}
	}
	if at == nil || called == nil || called.Side == 0 || called.Pos < at.Pos || at.Side == called.Side {
		return at
	}
	for k := len(c.Examiner) - 1; k >= 0; k-- {
		if c.Examiner[k].Pos < called.Pos && c.Examiner[k].Side == called.Side {
			return &c.Examiner[k]
		}
	}
	return at
}

// maxPresidingName bounds, in runes, the name and office before
// ", presiding".
const maxPresidingName = 120

// maxPresidingHead bounds, in runes, the head of a hearing's record
// where the sentence naming the member presiding is looked for.
const maxPresidingHead = 12000

// HearingPresiding returns the name and office of the member presiding
// as a congressional hearing's record states them, over a line break
// or not: "... Russell Senate Office Building, Hon. Dale Whitford,
// Chairman of the Subcommittee, presiding." is Dale Whitford,
// chairman.
func HearingPresiding(r []rune) (name, role string) {
	head := strings.Join(strings.Fields(string(r[:min(len(r), maxPresidingHead)])), " ")
	p := strings.Index(head, ", presiding")
	if p < 0 {
		return "", ""
	}
	h := strings.LastIndex(head[:p], "Hon. ")
	if h < 0 || p-h > maxPresidingName {
		return "", ""
	}
	name, office, ok := strings.Cut(head[h+len("Hon. "):p], ", ")
	if !ok || !transcript.PersonName(name) || !strings.Contains(name, " ") {
		return "", ""
	}
	role, _, _ = strings.Cut(strings.ToLower(office), " ")
	switch role {
	case "chairman", "chairwoman", "chair":
		return name, role
	}
	return "", ""
}

// WithPresiding adds to roles (a transcript's role names, which it may
// create) the member a hearing's record says presides, under their
// office: "The CHAIRMAN." under "Hon. Dale Whitford, Chairman of the
// Subcommittee, presiding." It keeps a name the header gave the office.
func WithPresiding(r []rune, roles map[string]string) map[string]string {
	name, role := HearingPresiding(r)
	if name == "" || roles[role] != "" {
		return roles
	}
	if roles == nil {
		roles = map[string]string{}
	}
	roles[role], roles["the "+role] = name, name
	return roles
}

// Chair is a member taking the chair from a point of a record on.
type Chair struct {
	At   int    // the rune where the record says so
	Name string // in the case the record gives it: "Katarzyna Wiśniewska-Ortega"
}

// Chairs returns the chairs a verbatim report names (the European
// Parliament's, whose speeches its "President. – " turns are), in order: "IN THE
// CHAIR: Katarzyna WIŚNIEWSKA-ORTEGA" (the surname in capitals written
// as a name).
func Chairs(r []rune) []Chair {
	var out []Chair
	transcript.Lines(r, len(r), func(s, e int) bool {
		line := strings.TrimLeft(string(r[s:e]), "(")
		if rest, ok := strings.CutPrefix(line, "IN THE CHAIR: "); ok {
			if name := transcript.NameCase(strings.TrimRight(rest, ")")); transcript.PersonName(name) {
				out = append(out, Chair{At: s, Name: name})
			}
		}
		return true
	})
	return out
}

// ChairAt returns the chair at rune pos of the record, or "".
func ChairAt(chairs []Chair, pos int) string {
	name := ""
	for _, c := range chairs {
		if c.At > pos {
			break
		}
		name = c.Name
	}
	return name
}

// maxProseExam bounds, in runes, a paragraph of a story that names who
// examines the witness in the exchange it introduces.
const maxProseExam = 400

// proseExaminer returns the name a story's paragraph gives the lawyer
// examining in the exchange below it ("Under cross-examination by
// Gráinne Ní Bhriain SC, for the company, ...": "Gráinne Ní Bhriain"),
// without their letters, and where it starts; "" when it names none.
func proseExaminer(line string) (string, int) {
	if t := strings.TrimSpace(line); !strings.HasSuffix(t, ":") || len(strings.Fields(t)) < 8 {
		return "", 0 // a sentence that introduces the exchange below it, no heading of a transcript
	}
	low := strings.ToLower(line)
	for _, p := range examinedBy {
		k := strings.Index(low, p)
		if k <= 0 {
			continue
		}
		at := k + len(p)
		rest := line[at:]
		if j := strings.IndexAny(rest, ",.:;("); j >= 0 {
			rest = rest[:j]
		}
		words := strings.Fields(rest)
		for len(words) > 0 && lexicon.IsPostNominal(words[len(words)-1]) {
			words = words[:len(words)-1] // "SC", "BL", "KC"
		}
		if len(words) < 2 || len(words) > 4 || transcript.AllCaps(strings.Join(words, " ")) {
			continue // (a transcript's own "Examination by MR DRUMMOND-WEIR" is examinerLine's)
		}
		name := strings.Join(words, " ")
		if !unicode.IsUpper([]rune(name)[0]) {
			continue
		}
		return name, at
	}
	return "", 0
}

// proseLine reads a story's paragraph at rune offset s for the witness
// it says took the stand and the lawyer it says questioned them, whose
// "A." and "Q." lines follow it.
func (c *Court) proseLine(line string, s int) {
	if w, side := proseWitness(line); w != "" {
		// "The State then called Detective Sgt. Emeka Brathwaite of the
		// county police."
		c.Oath = append(c.Oath, Examiner{Pos: s, Label: w, Start: s, End: s + len([]rune(line)), Side: side})
	}
	name, at := recapExaminer(line)
	if name == "" {
		name, at = caller(line) // "Prosecutor Beatriz Ruiz-Waterhouse called Marisa Kowalczyk"
	}
	if name != "" {
		// "On cross-examination, defense attorney Graham Halvorsen
		// focused on what she could not see."
		a := s + len([]rune(line[:at]))
		c.Examiner = append(c.Examiner, Examiner{Pos: s, Label: name, Start: a, End: a + len([]rune(name)), Side: sideOf(line[:at])})
	}
}

// recapOpeners introduce, in a story's paragraph, the lawyer whose
// questions the "Q." lines below it are: "Under questioning from
// Assistant District Attorney Lorena Quiñones, she described ...", "On
// cross-examination, defense attorney Graham Halvorsen focused on ...".
var recapOpeners = []string{"under questioning from ", "under questioning by ", "questioned by ", "questioning by ",
	"questioning from ", "on cross-examination, ", "under cross-examination, ", "on cross, ", "under cross, ",
	"on redirect, ", "on direct examination, ", "under cross-examination from ", "cross-examined by "}

// recapExaminer returns the lawyer a story's paragraph says examines the
// witness ("Lorena Quiñones"), without their office, and where the name
// starts; "" when it names none.
func recapExaminer(line string) (string, int) {
	low := strings.ToLower(line)
	for _, p := range recapOpeners {
		k := strings.Index(low, p)
		if k < 0 || k > 0 && low[k-1] != ' ' {
			continue
		}
		if name, at := nameAfterOffice(line, k+len(p)); name != "" {
			return name, at
		}
	}
	return "", 0
}

// courtOffices are the words of a lawyer's or officer's office written
// before the name: "Assistant District Attorney", "defense attorney",
// "Detective Sgt.".
var courtOffices = map[string]bool{"assistant": true, "district": true, "attorney": true, "deputy": true, "senior": true,
	"chief": true, "prosecutor": true, "defense": true, "defence": true, "counsel": true, "public": true, "defender": true,
	"state's": true, "crown": true, "solicitor": true, "barrister": true, "lawyer": true, "lead": true, "special": true,
	"detective": true, "sgt": true, "sergeant": true, "officer": true, "lt": true, "lieutenant": true, "investigator": true,
	"agent": true, "trooper": true, "forensic": true, "pathologist": true, "medical": true, "examiner": true, "the": true,
	"prosecuting": true, "defending": true, "cpl": true, "corporal": true, "inspector": true, "constable": true}

// courtOffice reports whether a word, in any case and with or without
// its full stop, is one of courtOffices.
func courtOffice(w string) bool { return courtOffices[strings.ToLower(strings.TrimSuffix(w, "."))] }

// nameAfterOffice returns the name of two or three capitalised words at
// byte offset at of line, after the words of an office, and where it
// starts; "" when none follows.
func nameAfterOffice(line string, at int) (string, int) {
	rest := line[at:]
	for {
		w, after, ok := strings.Cut(rest, " ")
		if !ok || !(courtOffice(w) || transcript.LabelTitle(w)) {
			break
		}
		at += len(w) + 1
		rest = after
	}
	if j := strings.IndexAny(rest, ",.;:()"); j >= 0 {
		rest = rest[:j]
	}
	var words []string
	for _, w := range strings.Fields(rest) {
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			break
		}
		words = append(words, w)
	}
	if len(words) < 2 || len(words) > 3 || !transcript.PersonName(strings.Join(words, " ")) {
		return "", 0
	}
	return strings.Join(words, " "), at
}

// proseWitness returns the witness a story's paragraph says took the
// stand, and the side that called them when it says: "The State then
// called Detective Sgt. Emeka Brathwaite of ..." (the prosecution's),
// "Dolores Hartwell, who has lived next door for 16 years, was the first
// witness of the day."; "" when it names none.
func proseWitness(line string) (string, byte) {
	if k := strings.Index(line, " called "); k > 0 && !strings.Contains(line[:k], "\"") {
		if side := sideOf(line[:k]); side != 0 {
			if name, _ := nameAfterOffice(line, k+len(" called ")); name != "" {
				return name, side // (a side calls a witness; "a fisherman called Abílio Sitoe" is none)
			}
		}
	}
	low := strings.ToLower(line)
	for _, p := range []string{" was the first witness", " was the next witness", " was the state's first witness",
		" took the stand", " was the final witness", " was the last witness", " was the second witness"} {
		if k := strings.Index(low, p); k > 0 {
			if name, _ := nameAfterOffice(line, 0); name != "" {
				return name, 0 // (the sentence's subject opens the paragraph)
			}
		}
	}
	return "", 0
}

// caller returns the lawyer a story's paragraph says called a witness,
// named after their office ("Assistant Cuyahoga County Prosecutor
// Beatriz Ruiz-Waterhouse called Marisa Kowalczyk"), and where the name
// starts; "" when it names none.
func caller(line string) (string, int) {
	k := strings.Index(line, " called ")
	if k < 0 {
		return "", 0
	}
	w := strings.Fields(line[:k])
	n := 0
	for n < len(w) && n < 3 && unicode.IsUpper([]rune(w[len(w)-1-n])[0]) && !courtOffice(w[len(w)-1-n]) {
		n++
	}
	if n < 2 || n == len(w) || !courtOffice(w[len(w)-1-n]) {
		return "", 0 // a name after a lawyer's office
	}
	name := strings.Join(w[len(w)-n:], " ")
	if !transcript.PersonName(name) {
		return "", 0
	}
	return name, strings.LastIndex(line[:k], name)
}

// sideOf returns the side of a trial the words before a lawyer's name
// or a call of a witness give: "Assistant District Attorney",
// "prosecutors", "The State" for the prosecution; "defense attorney",
// "the defence" for the defence; 0 for neither.
func sideOf(before string) byte {
	low := strings.ToLower(before)
	k := max(strings.LastIndex(low, ". "), strings.LastIndex(low, ", "))
	low = low[k+1:] // the clause the name or the call is in
	switch {
	case strings.Contains(low, "defense") || strings.Contains(low, "defence"):
		return defence
	case strings.Contains(low, "prosecut") || strings.Contains(low, "district attorney") || strings.Contains(low, "the state") ||
		strings.Contains(low, "the crown") || strings.Contains(low, "the people") || strings.Contains(low, "the government"):
		return prosecution
	}
	return 0
}
