// Package lexicon holds the extractor's word lists: speech verbs and their
// classes, auxiliaries, pronouns, determiners, role nouns and titles, the
// outlets recognised as the "via" of an attribution, organisation words,
// abbreviations, places and gender cues; and the shapes of words
// (possessives, numbers, capitals, dashes). Every list is read-only and is
// consulted through a function, so nothing outside can change it; the
// lookups are small enough to be inlined where they are called.
//
// Words are looked up in lower case, as the tokenizer writes them.
package lexicon

import "strings"

// Class describes how a speech verb behaves, as a set of the flags below.
type Class uint8

// The speech verb classes.
const (
	Say     Class = 1 << iota // reports speech: "said", "added"
	Clause                    // may take a reported clause: "said (that) ..."
	Object                    // takes a listener object first: "told NPR that"
	Written                   // the source is a text: "the blog read", "wrote"
	Ing                       // a participle whose subject is the sentence's: ", saying"
)

// wordSet builds a read-only lookup table from a space-separated list.
func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
