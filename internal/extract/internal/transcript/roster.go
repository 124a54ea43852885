package transcript

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// A hearing's transcript lists who sits on the panel and who testifies
// before the first turn, in capitals, and its labels then give surnames
// alone:
//
//	SEN. LYLE BRASCOMB (R-IDAHO), CHAIRMAN
//	DARREN SZYMBORSKI, PRESIDENT AND CHIEF EXECUTIVE OFFICER, CASCADE CREST POWER
//	...
//	SEN. MADRIGAL: Thank you, Mr. Chairman.
//
// The Government Publishing Office prints the panel in two columns and
// heads each statement with the speaker's name:
//
//	RUPERT PETTIBONE, Montana            INGRID SUNDQVIST, Colorado
//	STATEMENT OF HON. INGRID SUNDQVIST, U.S. SENATOR FROM COLORADO
//
// Roster reads such lines: each maps the surname, in capitals, to the
// full name written as a name ("MADRIGAL" to "Teresa Madrigal").

// maxRosterLine bounds a line of a roster, in runes.
const maxRosterLine = 200

// rosterTitles are the words that may stand before a name on a roster
// line and are no part of it.
var rosterTitles = map[string]bool{"SEN.": true, "SEN": true, "SENATOR": true, "REP.": true, "REP": true,
	"REPRESENTATIVE": true, "MR.": true, "MS.": true, "MRS.": true, "DR.": true, "HON.": true, "THE": true,
	"GOV.": true, "JUDGE": true, "JUSTICE": true, "CHAIRMAN": true, "CHAIRWOMAN": true, "CHAIR": true,
	"DEL.": true, "DELEGATE": true, "COMMISSIONER": true, "SECRETARY": true, "GENERAL": true, "ADM.": true,
	"GEN.": true, "COL.": true, "CHIEF": true, "AMBASSADOR": true, "MR": true, "MS": true, "MRS": true, "DR": true,
	"MISS": true, "SIR": true, "DAME": true, "PROFESSOR": true, "PROF": true}

// Roster returns the full names the transcript's lines in capitals give,
// by surname; a surname two such lines give different first names for is
// left out. It reads the text once.
func Roster(r []rune) map[string]string {
	out := map[string]string{}
	ambiguous := map[string]bool{}
	listing := false // the line before was a list's, and a line of one more name goes on with it
	for a := 0; a < len(r); {
		b := a
		for b < len(r) && r[b] != '\n' {
			b++
		}
		line := string(r[a:min(b, a+maxListLine)])
		ms := memberList.FindAllStringSubmatch(line, -1)
		field, _, ok := strings.Cut(line, ": ")
		if !ok {
			field, _, ok = strings.Cut(line, "\t") // "Questioner\tLathlean, Sen Kieran", as the page's table is copied
		}
		switch {
		case ok && listFields[field]:
			ms, listing = append(ms, titledList.FindAllStringSubmatch(line, -1)...), true
		case listing && titledList.FindString(strings.TrimSpace(line)) == strings.TrimSpace(line):
			ms = append(ms, titledList.FindAllStringSubmatch(line, -1)...) // "Grogan, Sen Jodie (Chair)" on a line of its own
		default:
			listing = false
		}
		for _, m := range ms {
			// ParlInfo's "Speaker: Branagan, Declan, MP; Tregoning, Ailsa, MP",
			// "Questioner: McGinty-Rowe, Sen Dervla", "Gattenby, Sen Rosaleen (Chair)"
			sur, full := strings.ToUpper(m[1]), m[2]+" "+m[1]
			if m[3] == " (Chair)" {
				out["CHAIR"] = full
			}
			if was, ok := out[sur]; ok && was != full || ambiguous[sur] {
				delete(out, sur)
				ambiguous[sur] = true
			} else {
				out[sur] = full
			}
		}
		if rest, ok := attendance(line); ok {
			// "Members in attendance: Senators Callaghan-Reid (Chair),
			// O'Halloran, Papadakis": the chair by surname; "Committee
			// members in attendance: Senator Rhiannon Calder (Chair),
			// Senator Brett McAuliffe"
			for _, m := range strings.Split(rest, ",") {
				m = strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(m), "Senators "), "Senator ")
				name, chair := strings.CutSuffix(m, " (Chair)")
				w := strings.Fields(name)
				if len(w) == 0 || len(w) > 3 || !personName(name) {
					continue
				}
				if sur := strings.ToUpper(w[len(w)-1]); len(w) >= 2 && !ambiguous[sur] && out[sur] == "" {
					out[sur] = name // "Senator Brett McAuliffe", whom "Senator McAULIFFE:" labels
				}
				if chair {
					out["CHAIR"] = name // (or "Senators Josephine Halloran (Chair), Callum McInally": the name in full)
				}
			}
		}
		if b-a <= maxRosterLine {
			cols := strings.Split(string(r[a:b]), "   ")
			if _, names, ok := strings.Cut(string(r[a:b]), ": "); ok && namesOnly(names) {
				cols = strings.Split(names, ",") // "Counsel to the Inquiry: MR IAN DRUMMOND-WEIR KC, MS PRIYA SANDHU"
			}
			for _, col := range cols {
				sur, full := rosterLine(col)
				if sur == "" {
					continue
				}
				if chairs(col) {
					out["CHAIR"] = full // "WALTER P. BRENNICK, Oklahoma, Chairman": the one "The CHAIRMAN." labels
				}
				if ambiguous[sur] {
					continue
				}
				if was, ok := out[sur]; ok && was != full {
					delete(out, sur)
					ambiguous[sur] = true
				} else {
					out[sur] = full
				}
			}
		}
		a = b + 1
	}
	return out
}

// attendance returns the list a committee's record gives after
// "Members in attendance:" or "Committee members in attendance:".
func attendance(line string) (string, bool) {
	if rest, ok := strings.CutPrefix(line, "Members in attendance: "); ok {
		return rest, true
	}
	return strings.CutPrefix(line, "Committee members in attendance: ")
}

// chairs reports whether a roster line ends with the chair's office:
// "WALTER P. BRENNICK, Oklahoma, Chairman".
func chairs(col string) bool {
	k := strings.LastIndexByte(col, ',')
	return k >= 0 && chairOffice(strings.TrimSpace(col[k+1:]))
}

// chairOffice reports whether w, in any case, is the chair's office:
// "Chair", "CHAIRMAN", "chairwoman".
func chairOffice(w string) bool {
	switch strings.ToLower(w) {
	case "chairman", "chairwoman", "chair", "chairperson":
		return true
	}
	return false
}

// memberList matches a member in an official report's list of who
// spoke: "Branagan, Declan, MP".
var memberList = regexp.MustCompile(`([A-Z][a-zA-Z'’-]+), ([A-Z][a-zA-Z'’-]+), (?:MP|Senator|MLA|MPP|TD|MSP)\b()`)

// titledList matches one in a committee report's lists of who asked,
// chaired and answered, the title before the given name: "McGinty-Rowe,
// Sen Dervla", "Tupouniua, Mr Sione", "Gattenby, Sen Rosaleen (Chair)".
var titledList = regexp.MustCompile(`([A-Z][a-zA-Z'’-]+), (?:Sen|Senator|Mr|Ms|Mrs|Dr|Prof|Hon) ([A-Z][a-zA-Z'’-]+)( \(Chair\))?`)

// listFields head a committee report's lists of who spoke.
var listFields = map[string]bool{"Questioner": true, "Questioners": true, "Speaker": true, "Speakers": true, "Responder": true, "Responders": true, "Witness": true, "Witnesses": true,
	"Witness Name": true}

// maxListLine bounds, in runes, the part of a line the lists are read in.
const maxListLine = 2000

// namesOnly reports whether s lists only names in capitals, split by
// commas: a caption's "MR IAN DRUMMOND-WEIR KC, MS PRIYA SANDHU", not a
// turn's words.
func namesOnly(s string) bool {
	for _, col := range strings.Split(s, ",") {
		if sur, _ := rosterLine(col); sur == "" {
			return false
		}
	}
	return true
}

// rosterLine reads one line of a roster: titles, then two to four words
// of a name in capitals, ending the line or followed by a comma or a
// bracket. A line whose name a colon follows is a turn's label, no
// roster line.
func rosterLine(line string) (surname, full string) {
	line = strings.TrimSpace(line)
	for _, a := range []string{" appeared on behalf of ", " appeared for ", " appearing on behalf of ", " appearing for "} {
		if k := strings.Index(line, a); k > 0 {
			line = line[:k] // "MR OWEN BRAITHWAITE appeared on behalf of the family"
		}
	}
	end := len(line)
	if k := strings.IndexAny(line, ",("); k >= 0 {
		end = k
	}
	if strings.Contains(line[:end], ":") {
		return "", ""
	}
	words := strings.Fields(line[:end])
	for k, w := range words {
		if w == "OF" && k > 0 && k <= 2 && strings.HasSuffix(words[k-1], "STATEMENT") || w == "TESTIMONY" && k == 0 {
			words = words[k+1:] // "OPENING STATEMENT OF HON. WADE THURGOOD"
			break
		}
	}
	for len(words) > 0 && rosterTitles[words[0]] {
		words = words[1:]
	}
	for len(words) > 2 && (lexicon.IsPostNominal(words[len(words)-1]) || lexicon.IsSeatLetters(words[len(words)-1])) {
		words = words[:len(words)-1]
	}
	if len(words) < 2 || len(words) > 4 {
		return "", ""
	}
	for _, w := range words {
		if !capitalName(w) {
			return "", ""
		}
	}
	names := make([]string, len(words))
	for i, w := range words {
		names[i] = TitleCase(w)
	}
	return strings.ToUpper(words[len(words)-1]), strings.Join(names, " ")
}

// capitalName reports whether w is a word of a name written in
// capitals: letters (an initial's full stop, a hyphen or an apostrophe
// inside), at least one of them, none in lower case but the c of
// "McKEE".
func capitalName(w string) bool {
	letters := 0
	for i, c := range w {
		switch {
		case unicode.IsUpper(c):
			letters++
		case c == 'c' && i == 1 && w[0] == 'M':
		case unicode.IsLower(c):
			return false
		case c == '.' || c == '-' || c == '\'' || c == '’':
		default:
			return false
		}
	}
	return letters > 0
}

// ChairLabel reports whether a label's words are the chair's office:
// "CHAIR", "The CHAIRMAN".
func ChairLabel(words []string) bool {
	if len(words) == 2 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	return len(words) == 1 && chairOffice(words[0])
}
