// Package furniture tells the lines of a page that stand around a
// story's words and are no one's: a heading over a list, a page's
// footer, a box score's or a line-up's line, a byline's date and job.
// Package transcript asks it where a transcript's turns stop and who
// wrote the story.
package furniture

import (
	"strings"
	"unicode"
)

// Heading reports whether a paragraph is a heading in capitals of a few
// words ("INJURIES", "UP NEXT"), under which labelled lines are a list.
func Heading(p []rune) bool {
	if len(p) > 0 && (p[0] == '(' || p[0] == '[') {
		return false // "(SOUNDBITE OF WATER RUNNING)", a stage direction
	}
	letters, words := 0, 1
	for _, c := range p {
		switch {
		case unicode.IsLower(c):
			return false
		case unicode.IsLetter(c):
			letters++
		case c == ' ':
			words++
		case c == ':' || c == '.' || c == '?' || c == '!':
			return false
		}
	}
	return letters >= 3 && words <= 4
}

// Footer reports whether a paragraph is a page's footer, which ends
// the words of the turn before it: "Copyright 2025 WBIR. All Rights
// Reserved.", "© 2025 ...".
func Footer(p []rune) bool {
	if p[0] == '©' {
		return true
	}
	if len(p) < 12 || !strings.EqualFold(string(p[:10]), "copyright ") {
		return false
	}
	return p[10] == '©' || p[10] == '(' || unicode.IsDigit(p[10]) && unicode.IsDigit(p[11]) // "Copyright 2025", not "Copyright law"
}

// listHeadings head, in a sports page's box, lines labelled by team
// or field that are no one's words: "Game notes" over "Nuggets: Denver
// shot 9-of-31 ...", "Up next" over "Pacers: Host Milwaukee on Tuesday."
var listHeadings = map[string]bool{"game notes": true, "up next": true, "next up": true, "takeaways": true,
	"key stats": true, "injuries": true, "injury report": true, "lineups": true, "line-ups": true, "teams": true,
	"team news": true, "scorers": true, "notes": true, "stats": true, "player ratings": true, "how they rated": true,
	"match facts": true, "key moments": true, "the teams": true, "starting line-ups": true, "starting lineups": true}

// ListHeading reports whether a line heads such a list in a sports
// page's box, in any case.
func ListHeading(line string) bool { return listHeadings[strings.ToLower(line)] }

// Tally reports whether a labelled line's words are a score, a line-up
// or a stat line rather than anyone's words: no word in lower case
// beyond a few short joining ones, and semicolons or scores in brackets, or
// figures or a run of names with no full stop ("Wales (6) 19", "Calvi;
// Cavazzuti, Marzotto", "D. Vukčević 27 PTS, 14 REB, 9 AST"). "Yes." is
// someone's.
func Tally(p []rune) bool {
	listy, caps := false, 0
	for _, w := range strings.FieldsFunc(string(p), func(c rune) bool { return unicode.IsSpace(c) || c == ',' || c == ';' || c == '(' || c == ')' }) {
		rs := []rune(w)
		switch {
		case unicode.IsLower(rs[0]):
			if len(rs) > 4 || !tallyJoins[w] {
				return false
			}
		case unicode.IsUpper(rs[0]):
			caps++
		}
		for _, c := range rs {
			listy = listy || unicode.IsDigit(c)
		}
	}
	ended := strings.ContainsRune(".!?", p[len(p)-1]) // ("Yes, Your Honor.", "About 3,400." are someone's)
	scored := false                                   // "Wales (6) 19", "Treloar (3)"; not "Sleep. (Laughter.)"
	for k := 0; k+1 < len(p); k++ {
		scored = scored || p[k] == '(' && unicode.IsDigit(p[k+1])
	}
	return strings.ContainsRune(string(p), ';') || scored || !ended && (listy || caps >= 3)
}

// tallyJoins are the short words in lower case a score or line-up
// line may hold: "Prydderch (capt)", "at Chicago on Monday".
var tallyJoins = map[string]bool{"on": true, "at": true, "of": true, "and": true, "the": true, "in": true, "vs": true,
	"v": true, "capt": true, "rep": true, "pts": true, "reb": true, "ast": true, "for": true}

// dateWords open the line of a page that dates its story: "Tue Oct 14
// 2025 - 05:00", "Updated 9:41 AM", "Published March 3".
var dateWords = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may", "jun", "jul",
	"aug", "sep", "oct", "nov", "dec", "updated", "published", "posted"}

// Dated reports whether line opens with a date, a day or a time.
func Dated(line string) bool {
	l := strings.ToLower(line)
	if l != "" && unicode.IsDigit([]rune(l)[0]) {
		return true
	}
	for _, w := range dateWords {
		if strings.HasPrefix(l, w) {
			return true
		}
	}
	return false
}

// bioJobs are what an author's line says they do: under a byline ("Senior
// writer") or at the end of an article ("Jonah Pell is a senior reporter
// at Vox").
var bioJobs = map[string]bool{"reporter": true, "writer": true, "editor": true, "correspondent": true, "columnist": true,
	"contributor": true, "journalist": true, "producer": true, "host": true, "critic": true}

// BioJob reports whether w, in lower case, is a writer's job as an
// author's line gives it.
func BioJob(w string) bool { return bioJobs[w] }

// JobLine reports whether line is a writer's job alone, as bylines print
// it under the name: "Senior writer", "Staff reporter".
func JobLine(line string) bool {
	w := strings.Fields(strings.ToLower(line))
	return len(w) > 0 && len(w) <= 3 && bioJobs[w[len(w)-1]]
}
