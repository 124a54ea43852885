package lexicon

import (
	"strings"
	"unicode"
)

// personPronouns are subject pronouns that refer back to a person or group.
var personPronouns = map[string]string{
	"he": "m", "she": "f", "they": "p", "we": "p", "i": "", "it": "n", "you": "",
}

// IsPronoun reports whether w is a subject pronoun.
func IsPronoun(w string) bool {
	_, ok := personPronouns[w]
	return ok
}

// PronounGender returns the gender of the subject pronoun w: "m", "f",
// "p" (plural), "n" (it), or "" for "i", "you" and words not pronouns.
func PronounGender(w string) string { return personPronouns[w] }

// leadWords open a clause without being part of its subject.
var leadWords = map[string]bool{
	"but": true, "and": true, "so": true, "yet": true, "still": true, "meanwhile": true, "however": true,
	"now": true, "then": true, "later": true, "instead": true, "also": true, "or": true, "because": true,
	"when": true, "while": true, "as": true, "if": true, "though": true, "although": true, "since": true,
	"after": true, "before": true, "where": true, "what": true, "thus": true,
}

// IsLead reports whether w can open a clause before its subject.
func IsLead(w string) bool { return leadWords[w] }

// determiners open a noun phrase.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "my": true, "one": true, "another": true, "some": true, "several": true,
	"two": true, "three": true, "many": true, "most": true, "other": true, "these": true, "those": true,
	"each": true, "both": true, "no": true, "any": true, "every": true,
}

// IsDeterminer reports whether w opens a noun phrase.
func IsDeterminer(w string) bool { return determiners[w] }

// nounStops end a noun phrase: prepositions, relatives and participles that
// introduce post-modifiers ("the complaint filed by ...").
var nounStops = map[string]bool{
	"by": true, "on": true, "of": true, "in": true, "at": true, "from": true, "with": true, "for": true,
	"who": true, "which": true, "that": true, "whose": true, "whom": true, "to": true, "about": true,
	"after": true, "before": true, "during": true, "than": true, "like": true, "into": true, "over": true,
	"under": true, "since": true, "against": true, "as": true, "and": true, "or": true, "but": true,
	"inside": true, "outside": true, "near": true, "within": true, "among": true, "across": true,
	"behind": true, "beyond": true, "around": true, "through": true, "throughout": true, "toward": true,
}

// IsNounStop reports whether w ends a noun phrase.
func IsNounStop(w string) bool { return nounStops[w] }

// possessivePronouns precede a noun, never a verb.
var possessivePronouns = wordSet(`his her its their our my your`)

// IsPossessivePronoun reports whether w is a possessive pronoun.
func IsPossessivePronoun(w string) bool { return possessivePronouns[w] }

// clauseOpeners begin a clause with a subject of its own.
var clauseOpeners = wordSet(`as while when and but because after before since although though , ;`)

// IsClauseOpener reports whether w begins a clause with its own subject.
func IsClauseOpener(w string) bool { return clauseOpeners[w] }

// introWords open an introductory phrase that precedes the subject.
var introWords = map[string]bool{
	"first": true, "second": true, "third": true, "finally": true, "meanwhile": true, "moreover": true,
	"indeed": true, "still": true, "instead": true, "earlier": true, "later": true, "last": true,
	"speaking": true, "asked": true, "responding": true, "writing": true, "appearing": true, "during": true,
	"in": true, "on": true, "at": true, "after": true, "before": true, "when": true, "while": true,
	"following": true, "despite": true, "unlike": true, "like": true, "according": true, "for": true,
}

// IsIntro reports whether w opens an introductory phrase before a subject.
func IsIntro(w string) bool { return introWords[w] }

// possessiveSubject maps a possessive pronoun to its subject form.
var possessiveSubject = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it"}

// PossessiveSubject returns the subject form of possessive pronoun w
// ("her" gives "she"), or "" when w is not one.
func PossessiveSubject(w string) string { return possessiveSubject[w] }

// notLabels are capitalised words that open a quoted line without naming
// who speaks: “VIDEO: ...”, “UPDATE: ...”.
var notLabels = wordSet(`video photo photos update updated watch note breaking exclusive related read listen
	live alert warning editor source sources transcript q a question answer`)

// IsNotLabel reports whether the capitalised w opens a quoted line
// without naming a speaker ("VIDEO:").
func IsNotLabel(w string) bool { return notLabels[w] }

// timeNouns head noun phrases that are times, never speakers.
var timeNouns = map[string]bool{
	"week": true, "day": true, "year": true, "month": true, "morning": true, "night": true, "evening": true,
	"afternoon": true, "time": true, "weekend": true, "today": true, "decade": true, "years": true,
	"days": true, "weeks": true, "months": true, "hour": true, "hours": true, "moment": true, "point": true,
}

// IsTimeNoun reports whether w heads a noun phrase that is a time.
func IsTimeNoun(w string) bool { return timeNouns[w] }

// timeWords name days and times that can sit between subject and verb.
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "week": true, "night": true, "morning": true, "evening": true, "afternoon": true,
	"month": true, "year": true, "weekend": true,
}

// IsTimeWord reports whether w names a day or time that can sit between
// subject and verb.
func IsTimeWord(w string) bool { return timeWords[w] }

// ppFollow are the prepositions (and relatives) after which a noun phrase
// is a post-modifier of an earlier head: "the complaint filed by the DOJ".
var ppFollow = map[string]bool{
	"of": true, "by": true, "on": true, "in": true, "at": true, "from": true, "with": true, "for": true,
	"to": true, "about": true, "over": true, "under": true, "against": true, "into": true, "during": true,
	"inside": true, "outside": true, "near": true, "within": true, "among": true, "across": true,
	"who": true, "which": true, "that": true,
}

// IsPPFollow reports whether w makes the noun phrase after it a
// post-modifier of an earlier head ("filed by the DOJ").
func IsPPFollow(w string) bool { return ppFollow[w] }

// firstPerson are the words of someone speaking of themselves.
var firstPerson = wordSet(`i i'm i’m i've i’ve i'd i’d i'll i’ll me my we we're we’re we've we’ve we'll we’ll us our`)

// IsFirstPerson reports whether w is a word of someone speaking of
// themselves ("i", "we're", "our").
func IsFirstPerson(w string) bool { return firstPerson[w] }

// functionWords are the words that follow a quotation without making it
// modify a noun.
var functionWords = wordSet(`a an the and or but nor so to in on at for with from of by as about into than
	that which who whom whose what when where while if because after before since until
	he she it they we i you his her its their our this these those there here
	is are was were be been has have had do does did will would can could may might must should`)

// IsFunctionWord reports whether w follows a quotation without making
// it modify a noun.
func IsFunctionWord(w string) bool { return functionWords[w] }

// TitleCase reports whether every word but the small ones is capitalised,
// as in the title of a work or a slogan.
func TitleCase(words []string) bool {
	for i, w := range words {
		c := []rune(w)[0]
		if unicode.IsLetter(c) && !unicode.IsUpper(c) && (i == 0 || !titleSmall[w]) {
			return false
		}
	}
	return true
}

// titleSmall are the words a title leaves in lower case.
var titleSmall = map[string]bool{
	"the": true, "of": true, "and": true, "a": true, "an": true, "in": true, "on": true, "with": true,
	"for": true, "to": true, "at": true, "by": true, "or": true, "from": true, "&": true,
}

// CleanTitle trims an appositive into a title: "the FTC chair" becomes
// "FTC chair", "who is the leader of X" becomes "leader of X".
func CleanTitle(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"who is ", "who was ", "who is now ", "the ", "a ", "an ", "The "} {
		s = strings.TrimPrefix(s, p)
	}
	if strings.HasPrefix(s, "who ") || strings.HasPrefix(s, "which ") || strings.HasPrefix(s, "speaking") ||
		strings.HasPrefix(s, "according") || strings.HasPrefix(s, "in ") || strings.HasPrefix(s, "on ") ||
		strings.HasPrefix(s, "at ") || strings.HasPrefix(s, "when ") || strings.HasPrefix(s, "however") {
		return ""
	}
	if len([]rune(s)) > 80 {
		return ""
	}
	return s
}
