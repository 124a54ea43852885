// Package nameform tidies a speaker's name as the article wrote it
// around the person: a role fused to the name ("Drummer Ines Okafor"),
// an honorific left with a surname alone ("Mr Hafiz"), letters after the
// name ("Rebecca Tolland KC") and the organisation after "of" ("Saule
// Bekova of Steppe Analytics"). Each leaves the name and moves the rest
// to the title.
package nameform

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// RoleFused gives a speaker whose name kept the role (or the body of an
// office) before it ("Co-author Daniel Whitford", "Drummer Ines Okafor",
// "Assembly Saifullah Khattak") the name alone, the word as its title.
func RoleFused(q *result.Quote) {
	f := strings.Fields(q.Speaker)
	if len(f) < 3 {
		return
	}
	w := strings.ToLower(f[0])
	if !lexicon.IsPersonRole(strings.TrimPrefix(w, "co-")) && !lexicon.IsRoleNoun(strings.TrimPrefix(w, "co-")) && strings.TrimPrefix(w, "co-") != "author" &&
		!bodies[w] && !lexicon.IsEpithet(w, false) {
		return // ("Assembly Saifullah Khattak", the end of "Leader of the Opposition in the National Assembly")
	}
	for _, n := range f[1:] {
		if r := []rune(n); !unicode.IsUpper(r[0]) {
			return
		}
	}
	title := q.SpeakerTitle
	q.Speaker, q.SpeakerTitle = strings.Join(f[1:], " "), f[0]
	if bodies[w] || title != "" {
		q.SpeakerTitle = title // the office's body alone says nothing of it; a title given stays
	}
}

// bodies are the last words of the bodies an office before a name is in:
// "Leader of the Opposition in the National Assembly Saifullah Khattak".
var bodies = map[string]bool{"assembly": true, "senate": true, "parliament": true, "council": true, "committee": true,
	"congress": true, "house": true, "ministry": true, "commission": true, "cabinet": true, "board": true}

// BareSurname gives a speaker left as an honorific and a surname ("Mr
// Hafiz", no fuller name written) the surname alone, the honorific as
// its title.
func BareSurname(q *result.Quote) {
	h, sur, ok := strings.Cut(q.Speaker, " ")
	low := strings.ToLower(strings.TrimSuffix(h, "."))
	if !ok || strings.Contains(sur, " ") || !unicode.IsUpper([]rune(sur)[0]) || !lexicon.IsHonorific(low) {
		return
	}
	q.Speaker = sur
	if q.SpeakerTitle == "" {
		q.SpeakerTitle = h
	}
}

// PostNominal gives a speaker written with letters after the name the
// name alone.
func PostNominal(q *result.Quote) {
	if sp := strings.LastIndexByte(q.Speaker, ' '); sp > 0 && lexicon.IsPostNominal(q.Speaker[sp+1:]) && q.Speaker[sp+1:] == strings.ToUpper(q.Speaker[sp+1:]) && strings.Contains(q.Speaker[:sp], " ") {
		q.Speaker = q.Speaker[:sp]
	}
}

// PersonOfOrg gives a person named with the organisation they speak for
// ("says Saule Bekova of Steppe Analytics") the name alone, the
// organisation as the title: a given name the lexicon knows, or a name
// the article gave a person, before "of".
func PersonOfOrg(q *result.Quote, isPerson func(string) bool) {
	name, org, ok := strings.Cut(q.Speaker, " of ")
	f := strings.Fields(name)
	if !ok || len(f) < 2 || len(f) > 3 || org == "" || !unicode.IsUpper([]rune(org)[0]) {
		return
	}
	for _, w := range f {
		if low := strings.ToLower(w); !unicode.IsUpper([]rune(w)[0]) || lexicon.IsTitleWord(low) || lexicon.IsOrgWord(low) || lexicon.IsRoleNoun(low) {
			return // "Bank of England", "Secretary of State"
		}
	}
	if lexicon.FirstNameGender(strings.ToLower(f[0])) == 0 && !isPerson(name) {
		return
	}
	q.Speaker, q.SpeakerTitle = name, "of "+org
}

// OfficeOfName gives a speaker left as the first word of an office
// whose holder's name ends the title ("Leader" and "of the Opposition
// T. Narendra Shetty") the name, the whole office as the title.
func OfficeOfName(q *result.Quote) {
	if strings.Contains(q.Speaker, " ") || !strings.HasPrefix(q.SpeakerTitle, "of ") || !lexicon.IsTitleWord(strings.ToLower(q.Speaker)) && !officeHeads[strings.ToLower(q.Speaker)] {
		return
	}
	f := strings.Fields(q.SpeakerTitle)
	k := len(f)
	for k > 1 && k > len(f)-4 && unicode.IsUpper([]rune(f[k-1])[0]) {
		k--
	}
	n := len(f) - 2 // the last two words, unless initials open the name
	for j := k; j < len(f)-1; j++ {
		if initial(f[j]) {
			n = j // "T. Narendra Shetty"
			break
		}
	}
	if n < k || n < 1 {
		return
	}
	k = n
	q.Speaker, q.SpeakerTitle = strings.Join(f[k:], " "), q.Speaker+" "+strings.Join(f[:k], " ")
}

// officeHeads open offices a title names the rest of: "Leader of the
// Opposition".
var officeHeads = map[string]bool{"leader": true, "head": true, "chair": true, "chairman": true, "chairwoman": true,
	"chairperson": true, "speaker": true, "director": true}

// initial reports whether w is an initial: "T.", "A.K."
func initial(w string) bool {
	r := []rune(w)
	return len(r) >= 2 && r[len(r)-1] == '.' && unicode.IsUpper(r[0]) && (len(r) == 2 || r[1] == '.')
}

// TitleIsName swaps a speaker read as an office and a title that is a
// person's name: "Heather Lumb, Flood Risk Manager for the Environment
// Agency, said" read as "Flood Risk Manager" titled "Heather Lumb", and
// "the Recorder of Manchester, Judge Patrick Veasey KC, said" as
// "Recorder of Manchester" titled "Judge Patrick Veasey KC". The name
// is NameInTitle's.
func TitleIsName(q *result.Quote) {
	name := NameInTitle(q.SpeakerTitle)
	if name == "" {
		return
	}
	if office(q.Speaker) {
		q.Speaker, q.SpeakerTitle = name, q.Speaker
		return
	}
	if k := strings.Index(q.SpeakerTitle+" ", " of "); k >= 0 && strings.Contains(q.SpeakerTitle[:k], name) {
		// "First Minister Niamh Ó Dálaigh of Sinn Féin" read as "Sinn
		// Féin" titled "First Minister Niamh Ó Dálaigh of": the body is
		// hers
		q.Speaker, q.SpeakerTitle = name, strings.TrimSpace(strings.TrimSuffix(q.SpeakerTitle[:k], name))
	}
}

// NameInTitle returns the person's name a speaker's title holds, after
// its own titles and before its letters ("Judge Patrick Veasey KC":
// "Patrick Veasey"): two to four words in capitals, the first a given
// name; "" when it holds none.
func NameInTitle(title string) string {
	if name := nameIn(title); name != "" {
		return name
	}
	if k := strings.Index(title+" ", " of "); k >= 0 {
		return nameIn(title[:k]) // "Nadia El-Sayed of King Abdullah University of"
	}
	return ""
}

// nameIn is NameInTitle for a title read whole.
func nameIn(title string) string {
	f := strings.Fields(title)
	for len(f) > 0 && len(f) <= 6 && vocab.GivenNameGender(strings.ToLower(f[0])) == 0 {
		w := strings.ToLower(strings.TrimSuffix(f[0], "."))
		if !unicode.IsUpper([]rune(f[0])[0]) && !lexicon.IsTitleWord(w) && !lexicon.IsHonorific(w) && !lexicon.IsRoleNoun(w) {
			break
		}
		f = f[1:] // "Judge", "Dr", "First Minister", "magistrate"
	}
	for len(f) > 0 && lexicon.IsPostNominal(strings.TrimRight(f[len(f)-1], ",")) {
		f = f[:len(f)-1] // "KC"
	}
	if len(f) < 2 || len(f) > 4 || vocab.GivenNameGender(strings.ToLower(f[0])) == 0 {
		return ""
	}
	for _, w := range f {
		if r := []rune(w); !unicode.IsUpper(r[0]) || strings.ContainsAny(w, ",;:()") {
			return ""
		}
	}
	return strings.Join(f, " ")
}

// office reports whether a speaker is an office, not a name: one of its
// words, in lower case, is a title or a role ("Flood Risk Manager",
// "Recorder of Manchester").
func office(speaker string) bool {
	for _, w := range strings.Fields(speaker) {
		if w = strings.ToLower(w); lexicon.IsTitleWord(w) || lexicon.IsRoleNoun(w) || lexicon.IsPersonRole(w) || officeHeads[w] || w == "recorder" {
			return true
		}
	}
	return false
}
