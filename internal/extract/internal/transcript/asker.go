package transcript

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// maxAskerBracket bounds, in runes, the brackets a question opens with.
const maxAskerBracket = 100

// BracketedAsker reads a question that opens with its asker in brackets,
// as briefing transcripts print them: "Q: (Eamon Galvin, The Irish
// Field) Thanks. ..." gives "Eamon Galvin" and where the words start
// after the brackets. Brackets that name no one but say who asked
// ("[Reporter at the back; name and outlet not given]") give "a
// reporter". ok is false for any other turn, and for brackets that are
// an edit ("[inaudible] — sorry, ...").
func BracketedAsker(r []rune, t Turn) (name string, start int, ok bool) {
	if l := strings.ToLower(t.Label); t.Role != Question && l != "reporter" && l != "journalist" {
		return "", 0, false
	}
	if t.Start >= t.End || r[t.Start] != '(' && r[t.Start] != '[' {
		return "", 0, false
	}
	want := ')'
	if r[t.Start] == '[' {
		want = ']'
	}
	c := t.Start + 1
	for c < t.End && c-t.Start < maxAskerBracket && r[c] != want && r[c] != '\n' {
		c++
	}
	if c >= t.End || r[c] != want {
		return "", 0, false
	}
	inner := strings.TrimSpace(string(r[t.Start+1 : c]))
	start, _ = trim(r, c+1, t.End)
	if start >= t.End {
		return "", 0, false
	}
	head, _, _ := strings.Cut(inner, ",")
	head, _, _ = strings.Cut(head, ";")
	head = strings.TrimPrefix(strings.TrimSpace(head), "By ") // a deposition's "Q. (By Ms. Abernathy-Vidal) You can answer."
	if personName(head) && strings.Contains(head, " ") {
		return head, start, true
	}
	if low := strings.ToLower(inner); strings.HasPrefix(low, "reporter") || strings.HasPrefix(low, "journalist") || strings.HasPrefix(low, "unidentified reporter") {
		return "a reporter", start, true
	}
	return "", 0, false
}

// maxIntroducedAt bounds, in runes, how far into a question the asker
// may give their name: "[inaudible] — sorry, can you hear me now? It's
// Tom Ashbourne from the Racing Post."
const maxIntroducedAt = 120

// introducedAsker returns the name a reporter gives early in turn t,
// before the outlet ("It's Tom Ashbourne from the Racing Post", "this is
// Dana Reyes with KXAN"); "" otherwise. SelfNamedTurn asks it of
// questions.
func introducedAsker(r []rune, t Turn) string {
	s := string(r[t.Start:min(t.End, t.Start+maxIntroducedAt)])
	for _, intro := range []string{"It's ", "It’s ", "it's ", "it’s ", "This is ", "this is "} {
		k := strings.Index(s, intro)
		if k < 0 {
			continue
		}
		words := strings.Fields(s[k+len(intro):])
		for n := 2; n <= 3 && n < len(words); n++ {
			if next := words[n]; next != "from" && next != "with" {
				continue // "It's Tom Ashbourne from the Racing Post", not "It's Fox News, right?"
			}
			if name := strings.Join(words[:n], " "); personName(name) {
				return name
			}
		}
	}
	return ""
}

// roleLines are the roles a transcript's header gives a name for:
// "Moderator: Siobhán Kearns-Dowd, Head of Communications".
var roleLines = map[string]bool{"moderator": true, "host": true, "presenter": true, "interviewer": true, "chair": true, "speaker": true,
	"anchor": true, "facilitator": true, "mc": true, "compère": true, "compere": true, "president": true}

// RoleNames returns the names a transcript's header gives its roles,
// by the role in lower case: a line "Moderator: Siobhán Kearns-Dowd,
// Head of Communications" gives "moderator" the name, whose turns are
// then labelled "MODERATOR:".
func RoleNames(r []rune) map[string]string {
	out := introducedRoles(r)
	for _, l := range lineSpans(r) {
		s, e := trim(r, l[0], l[1])
		if name := chairInList(string(r[s:e])); name != "" {
			if out == nil {
				out = map[string]string{}
			}
			out["chair"] = name // "Members present: Morwenna Tregidgo (Chair); ..."
			continue
		}
		if name, role := presiding(string(r[s:e])); name != "" {
			if out == nil {
				out = map[string]string{}
			}
			out[role], out["the "+role] = name, name // "Presiding: Sen. Walt Brennigan (R-Kan.), Chairman" for "THE CHAIRMAN:"
			continue
		}
		if name, role := presentAs(string(r[s:e])); name != "" {
			if out == nil {
				out = map[string]string{}
			}
			out[role], out["the "+role] = name, name // "Wes Holloway, Videographer" for "THE VIDEOGRAPHER:"
			continue
		}
		if e-s > 2*maxAskerBracket || !roleStart(r[s:e]) {
			continue
		}
		role, rest, ok := strings.Cut(string(r[s:e]), ":")
		if !ok || !roleLines[strings.ToLower(role)] || len(rest) > maxAskerBracket {
			continue
		}
		rest = strings.TrimSpace(rest)
		if strings.HasSuffix(rest, ".") || strings.HasSuffix(rest, "?") || strings.HasSuffix(rest, "!") {
			continue // "PRESENTER: Defence Secretary, thank you for joining us.": a turn
		}
		name, _, _ := strings.Cut(rest, ",")
		name, _, _ = strings.Cut(name, "\t") // "President:\tMr. Delacroix-Ambe\t(France)", a United Nations record's header
		for _, h := range []string{"The Honourable ", "The Hon. ", "Hon. "} {
			name = strings.TrimPrefix(strings.TrimSpace(name), h) // "Speaker: The Honourable Armand Gaudreault"
		}
		titled := false
		for _, h := range []string{"Mr. ", "Ms. ", "Mrs. ", "Dr. "} {
			if n, ok := strings.CutPrefix(name, h); ok && strings.Contains(rest, "\t") {
				name, titled = n, true
			}
		}
		if !personName(name) || !strings.Contains(name, " ") && !titled || titleWords(name) {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		out[strings.ToLower(role)], out["the "+strings.ToLower(role)] = name, name
	}
	return bracketRoles(r, showRoles(string(r), proseRoles(string(r), out)))
}

// showWords name a programme after its presenter: "Nadia Brookfield's
// morning show".
var showWords = map[string]bool{"show": true, "show,": true, "show.": true, "programme": true, "programme,": true,
	"programme.": true, "program": true, "program,": true, "program.": true}

// showRoles adds to out, where neither the header nor the prose named
// them, the presenter of a programme named after them: "Trevor called
// Nadia Brookfield's morning show" gives the "PRESENTER:" (and "HOST:")
// of the transcript below its name.
func showRoles(text string, out map[string]string) map[string]string {
	if out["presenter"] != "" || out["host"] != "" {
		return out
	}
	for from := 0; from < len(text); {
		k := strings.Index(text[from:], "'s ")
		if j := strings.Index(text[from:], "’s "); j >= 0 && (k < 0 || j < k) {
			k = j
		}
		if k < 0 {
			return out
		}
		at := from + k
		from = at + 3
		after := strings.Fields(text[from:min(len(text), from+40)])
		show := false
		for n := 0; n < len(after) && n < 3; n++ {
			show = show || showWords[after[n]]
		}
		if !show {
			continue
		}
		before := strings.Fields(text[max(0, at-maxAskerBracket):at])
		n := len(before)
		for n > 0 && len(before)-n < 3 && personName(before[n-1]) {
			n--
		}
		if len(before)-n < 2 {
			continue
		}
		name := strings.Join(before[n:], " ")
		if titleWords(name) {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		out["presenter"], out["host"] = name, name
		return out
	}
	return out
}

// bracketRole matches a label that gives a speaker's name and, in
// brackets, their part in the meeting: "Philippa Ransome (Chair):".
var bracketRole = regexp.MustCompile(`^([A-Z][\pL'’-]+(?: [A-Z][\pL'’-]+){1,3}) \(([A-Z][A-Za-z ]{1,40})\):`)

// roleBracket matches a label that gives the part first and the name in
// brackets after it: "MODERATOR (PRISCILLA AWUAH, DIRECTOR OF ...):".
var roleBracket = regexp.MustCompile(`^([A-Z][A-Za-z]+) \(([A-Z][\pL'’-]+(?: [A-Z][\pL'’-]+){1,3})(?:,[^)]*)?\):`)

// bracketRoles adds to out the part each "Name (Part):" label gives its
// speaker, where no line did: "Philippa Ransome (Chair):" makes the
// "Chair:" labels after it hers.
func bracketRoles(r []rune, out map[string]string) map[string]string {
	for _, l := range lineSpans(r) {
		s, e := trim(r, l[0], l[1])
		if e-s < 8 || !unicode.IsUpper(r[s]) {
			continue
		}
		if m := roleBracket.FindStringSubmatch(string(r[s:min(e, s+maxAskerBracket*2)])); m != nil && lineRoles[strings.ToLower(m[1])] {
			// "MODERATOR (PRISCILLA AWUAH, DIRECTOR OF ...):": the part first, the name in brackets
			if role, name := strings.ToLower(m[1]), NameCase(m[2]); out[role] == "" && personName(name) && strings.Contains(name, " ") {
				if out == nil {
					out = map[string]string{}
				}
				out[role] = name
			}
			continue
		}
		m := bracketRole.FindStringSubmatch(string(r[s:min(e, s+maxAskerBracket*2)]))
		if m == nil || partyTags[m[2]] || strings.HasPrefix(m[1], "The ") || personName(m[2]) && strings.Contains(m[2], " ") && !titleWords(m[2]) {
			continue // "The First Minister (John Swinney):", an office and its holder
		}
		if role := strings.ToLower(m[2]); out[role] == "" {
			if out == nil {
				out = map[string]string{}
			}
			out[role] = m[1]
		}
	}
	return out
}

// proseRoles adds to out the names the text gives a role in passing,
// where no line did: "Morning Report presenter Tessa Lindholm spoke to
// Callum Tamihana" names the "PRESENTER:" of the transcript below.
func proseRoles(text string, out map[string]string) map[string]string {
	for _, role := range []string{"presenter", "host", "moderator", "anchor"} {
		if out[role] != "" {
			continue
		}
		for from := 0; from < len(text); {
			k := strings.Index(text[from:], " "+role+" ")
			if k < 0 {
				break
			}
			from += k + len(role) + 2
			words := strings.Fields(text[from:min(len(text), from+maxAskerBracket)])
			n := 0
			for n < len(words) && n < 3 && personName(strings.TrimRight(words[n], ",.;:")) {
				n++
				if strings.ContainsAny(words[n-1][len(words[n-1])-1:], ",.;:") {
					break
				}
			}
			if n < 2 {
				continue
			}
			name := strings.TrimRight(strings.Join(words[:n], " "), ",.;:")
			if titleWords(name) {
				continue
			}
			if out == nil {
				out = map[string]string{}
			}
			out[role] = name
			break
		}
	}
	return out
}

// presentRoles are the roles a record's list of those present gives
// after a name, whom its labels call by the role alone.
var presentRoles = map[string]bool{"videographer": true, "court reporter": true, "interpreter": true, "moderator": true,
	"stenographer": true, "clerk": true, "city clerk": true, "town clerk": true, "county clerk": true, "deputy clerk": true,
	"city manager": true, "town manager": true, "city solicitor": true, "city attorney": true, "recording secretary": true}

// presentAs reads a line of those present: "Wes Holloway, Videographer"
// gives the name and the role in lower case; "" when the line is not one.
func presentAs(line string) (name, role string) {
	name, role, ok := strings.Cut(line, ", ")
	if role = strings.ToLower(strings.TrimSpace(role)); !ok || !presentRoles[role] || !personName(name) || !strings.Contains(name, " ") {
		return "", ""
	}
	return name, role
}

// presiding returns the name and office a hearing's page gives the
// member presiding: "Presiding: Sen. Walt Brennigan (R-Kan.), Chairman"
// is Walt Brennigan, chairman ("chair" when no office follows).
func presiding(line string) (name, role string) {
	rest, ok := strings.CutPrefix(line, "Presiding: ")
	if !ok {
		return "", ""
	}
	name, role, _ = strings.Cut(rest, ", ")
	if k := strings.Index(name, " ("); k > 0 {
		name = name[:k] // the member's party and state
	}
	if h, n, ok := strings.Cut(name, " "); ok && lexicon.IsTitleWord(strings.ToLower(strings.TrimSuffix(h, "."))) {
		name = n // "Sen.", "Rep."
	}
	if role = strings.ToLower(strings.TrimSpace(role)); role == "" || strings.Contains(role, " ") {
		role = "chair"
	}
	if !personName(name) || !strings.Contains(name, " ") {
		return "", ""
	}
	return name, role
}

// maxRoleIntro bounds, in runes, the introduction where "presented by
// NAME" is looked for.
const maxRoleIntro = 4000

// introducedRoles returns the roles an introduction gives a name with
// "presented by", "hosted by", "moderated by" or "chaired by": "Monday's
// phone-in ..., presented by Jory Pascoe," gives "presenter" Jory
// Pascoe, whose turns are labelled "PRESENTER:".
func introducedRoles(r []rune) map[string]string {
	var out map[string]string
	head := string(r[:min(len(r), maxRoleIntro)])
	for _, by := range [...]struct{ verb, role string }{{"presented by ", "presenter"}, {"hosted by ", "host"}, {"moderated by ", "moderator"}, {"chaired by ", "chair"}} {
		k := strings.Index(head, by.verb)
		if k < 0 {
			continue
		}
		var name []string
		for _, field := range strings.Fields(head[k+len(by.verb) : min(len(head), k+len(by.verb)+maxAskerBracket)]) {
			w := strings.TrimRight(field, ",.;:")
			if w == "" || !unicode.IsUpper([]rune(w)[0]) || len(name) == 4 {
				break
			}
			name = append(name, w)
			if w != field {
				break // the name ends at its comma
			}
		}
		if n := strings.Join(name, " "); len(name) >= 2 && personName(n) {
			if out == nil {
				out = map[string]string{}
			}
			out[by.role] = n
		}
	}
	return out
}

// chairInList returns the name a list of members marks as the chair's:
// "Members present: Morwenna Tregidgo (Chair); Clement Ashworth-Dyer."
func chairInList(line string) string {
	k := strings.Index(line, " (Chair)")
	if k < 0 || !strings.Contains(strings.ToLower(line[:min(len(line), 40)]), "present") {
		return ""
	}
	name := line[:k]
	if j := strings.LastIndexAny(name, ":;,"); j >= 0 {
		name = name[j+1:]
	}
	if name = strings.TrimSpace(name); personName(name) && strings.Contains(name, " ") {
		return name
	}
	return ""
}

// titleWords reports whether every word of s is a title's: "Defence
// Secretary".
func titleWords(s string) bool {
	for _, w := range strings.Fields(s) {
		if w = strings.ToLower(w); !lexicon.IsTitleWord(w) && !lexicon.IsRoleNoun(w) && !lexicon.IsPersonRole(w) {
			return false
		}
	}
	return true
}

// SelfNamedRoles adds to roles (RoleNames's, which it may create) the
// names that a role's turns give themselves early on when the header
// gave none: "PRESENTER: It’s five past ten, you’re listening to BBC
// Radio Norfolk, I’m Stacey Vellacott." gives "presenter" Stacey
// Vellacott. Only a role's label counts.
func SelfNamedRoles(r []rune, turns []Turn, roles map[string]string) map[string]string {
	for label, name := range ThreadAliases(r, turns) {
		role := strings.ToLower(label)
		if !roleLines[role] || roles[role] != "" {
			continue
		}
		if roles == nil {
			roles = map[string]string{}
		}
		roles[role] = name
	}
	return roles
}

// OfficeHolders returns the holders a parliament's labels give their
// offices in brackets ("The Prime Minister (Graham Tolhurst):"), by the
// office in lower case without "the": later turns labelled with the
// office alone ("The Prime Minister:") are theirs.
func OfficeHolders(turns []Turn) map[string]string {
	var out map[string]string
	for _, t := range turns {
		if t.Title == "" || !strings.Contains(t.Label, " ") {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		out[strings.ToLower(t.Title)] = t.Label
	}
	return out
}

// roleStart reports whether a line opens with a word of roleLines and a
// colon after it, read without making a string of every line.
func roleStart(line []rune) bool {
	k := 0
	for k < len(line) && k < 12 && unicode.IsLetter(line[k]) {
		k++
	}
	return k < len(line) && line[k] == ':' && roleLines[strings.ToLower(string(line[:k]))]
}

// OfficeHolder returns the person the text names right after an office
// a label gives ("Health and Social Care Secretary Nadia Qureshi-Bell
// held ..." for "Health and Social Care Secretary"): two or three
// capitalised words; "" when it names no one there.
func OfficeHolder(r []rune, office string) string {
	text := string(r)
	if AllCaps(office) && strings.Contains(office, " ") {
		if name := officeHolderIn(text, NameCase(office)); name != "" {
			return name // "PRIME MINISTER:" after "Prime Minister Eleanor Marsh"
		}
	}
	if name := officeHolderIn(text, office); name != "" || strings.Contains(office, " ") {
		return name
	}
	return officeHolderIn(text, strings.ToLower(office)) // "MINISTER:" after "Water minister Gareth Llewellyn"
}

// RoleHolder returns the person the text names right after the part a
// label gives alone, the part written in lower case as a word of the
// story's: "Coroner:" after "Area coroner Dr Yvonne Kettleborough
// asked", "CALLER:" after "The caller, 34-year-old Marisa Tolliver",
// "DISPATCHER:" after "Dispatcher Kyle Brandt-Oyelaran, who ...".
// The parts a label stands for the same way in any transcript (a
// reporter, an operator) are no one's; "" when none is named.
func RoleHolder(r []rune, label string) string {
	low := strings.ToLower(label)
	if noHolder[low] || lineRoles[low] || strings.ContainsAny(low, " .") || vocab.GivenNameGender(low) != 0 || surnameIn(string(r), label) {
		return "" // (nor a name: "[Tasha]", "AIREY:" after "Desmond Airey")
	}
	text := string(r)
	if name := officeHolderIn(text, " "+low); name != "" {
		return name
	}
	for _, open := range []string{"\n", ". ", "\" "} {
		// "Dispatcher Kyle Brandt-Oyelaran, who ...": the part opening a
		// sentence (a surname does not stand before a name)
		if name := officeHolderAfter(text, open+TitleCase(low)+" "); name != "" {
			return name
		}
	}
	return ""
}

// noHolder are the parts a label gives that stand for whoever fills
// them at each turn.
var noHolder = map[string]bool{"reporter": true, "journalist": true, "audience": true, "question": true, "answer": true,
	"q": true, "a": true, "voice": true, "speaker": true, "member": true, "members": true, "participant": true}

// honorificWords open a name after an office without being part of it.
var honorificWords = map[string]bool{"Professor": true, "Prof": true, "Sir": true, "Dame": true, "Dr": true,
	"Mr": true, "Mrs": true, "Ms": true, "Lord": true, "Lady": true}

// officeHolderIn is OfficeHolder for the office written as given, with
// the name right after it or in apposition after a comma ("the Chief
// Medical Officer, Professor Sir Rajiv Menon").
func officeHolderIn(text, office string) string {
	if name := officeHolderAfter(text, office+" "); name != "" {
		return name
	}
	return officeHolderAfter(text, office+", ")
}

// officeHolderAfter is officeHolderIn for the office and what follows it.
func officeHolderAfter(text, office string) string {
	for from := 0; from < len(text); {
		k := strings.Index(text[from:], office)
		if k < 0 {
			return ""
		}
		from += k + len(office)
		words := strings.Fields(text[from:min(len(text), from+maxAskerBracket)])
		for len(words) > 2 && (honorificWords[strings.TrimRight(words[0], ".")] || strings.HasSuffix(words[0], "-year-old")) {
			words = words[1:] // "Professor Sir Rajiv Menon", "the caller, 34-year-old Marisa Tolliver"
		}
		n := 0
		for n < len(words) && n < 3 && personName(strings.TrimRight(words[n], ",.;:")) && !LabelTitle(words[n]) {
			n++
			if strings.ContainsAny(words[n-1][len(words[n-1])-1:], ",.;:") {
				break
			}
		}
		if n >= 2 {
			return strings.TrimRight(strings.Join(words[:n], " "), ",.;:")
		}
	}
	return ""
}

// surnameIn reports whether the text writes label, in any case, as the
// surname after a given name: "Desmond Airey" for "AIREY".
func surnameIn(text, label string) bool {
	name := TitleCase(label)
	for from := 0; from < len(text); {
		k := strings.Index(text[from:], " "+name)
		if k < 0 {
			return false
		}
		at := from + k
		from = at + 1 + len(name)
		before := strings.Fields(text[max(0, at-maxAskerBracket):at])
		if len(before) > 0 && vocab.GivenNameGender(strings.ToLower(before[len(before)-1])) != 0 {
			return true
		}
	}
	return false
}
