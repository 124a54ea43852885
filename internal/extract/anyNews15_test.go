package extract

import "testing"

// TestAnyNewsOpeningDescriptor: a noun for what someone is that opens a
// sentence before their name ("Headteacher", "Dad-of-three", "Vet",
// "Objector") is capitalised only for opening it, and is no part of the
// name; a given name there ("Victor") is.
func TestAnyNewsOpeningDescriptor(t *testing.T) {
	t.Parallel()
	in := "Parents say they were given no warning.\n\nHeadteacher Carole Pengelly said: \"We found out on a Tuesday afternoon.\"\n\nDad-of-three Sam Heddon said: \"It's not just a school.\"\n\nVet Ffion Maddox-Rees told reporters: \"She'd lost a third of her body weight.\"\n\nObjector Róisín Dalzell said: \"This is a single-track road.\"\n\nVictor Hale Stanton said: \"We will appeal.\""
	checkQuotes(t, in, []wantQuote{{"We found out on a Tuesday afternoon.", "Carole Pengelly", ""},
		{"It's not just a school.", "Sam Heddon", ""}, {"She'd lost a third of her body weight.", "Ffion Maddox-Rees", ""},
		{"This is a single-track road.", "Róisín Dalzell", ""}, {"We will appeal.", "Victor Hale Stanton", ""}})
}
