package lexicon

import (
	"strings"
	"testing"
)

func TestVerbClasses(t *testing.T) {
	for _, c := range []struct {
		word string
		want Class
	}{
		{"said", Say | Clause},
		{"saying", Say | Clause | Ing},
		{"told", Say | Clause | Object},
		{"wrote", Say | Clause | Written},
		{"telling", Say | Clause | Object | Ing}, // listed twice: the classes add up
		{"table", 0},
	} {
		if got := Verb(c.word); got != c.want {
			t.Errorf("Verb(%q) = %05b, want %05b", c.word, got, c.want)
		}
	}
}

func TestOutlets(t *testing.T) {
	if name, ok := Outlet("the new york times"); !ok || name != "New York Times" {
		t.Errorf(`Outlet("the new york times") = %q, %v; want "New York Times", true`, name, ok)
	}
	if name, ok := Outlet("NPR"); ok {
		t.Errorf(`Outlet("NPR") = %q, true; want no outlet (keys are lower case)`, name)
	}
	for _, w := range []string{"the", "fox", "npr"} {
		if !IsOutletStart(w) {
			t.Errorf("IsOutletStart(%q) = false, want true", w)
		}
	}
}

func TestPronouns(t *testing.T) {
	for _, c := range []struct {
		word, gender string
		pronoun      bool
	}{{"she", "f", true}, {"he", "m", true}, {"they", "p", true}, {"it", "n", true}, {"i", "", true}, {"him", "", false}} {
		if got := PronounGender(c.word); got != c.gender {
			t.Errorf("PronounGender(%q) = %q, want %q", c.word, got, c.gender)
		}
		if got := IsPronoun(c.word); got != c.pronoun {
			t.Errorf("IsPronoun(%q) = %v, want %v", c.word, got, c.pronoun)
		}
	}
	if got := PossessiveSubject("her"); got != "she" {
		t.Errorf(`PossessiveSubject("her") = %q, want "she"`, got)
	}
}

func TestWordShapes(t *testing.T) {
	if got := StripPossessive("Twitter’s"); got != "Twitter" {
		t.Errorf(`StripPossessive("Twitter’s") = %q, want "Twitter"`, got)
	}
	if !TitleCase(strings.Fields("Face the Nation")) || TitleCase(strings.Fields("the Nation")) {
		t.Error(`TitleCase: want "Face the Nation" title case and "the Nation" not`)
	}
	if !IsRole("spokesmen") || !IsRole("aides") || IsRole("table") {
		t.Error(`IsRole: want "spokesmen" and "aides" roles, "table" not`)
	}
	if !AllCaps([]rune("U.S.")) || AllCaps([]rune("A")) || AllCaps([]rune("Npr")) {
		t.Error(`AllCaps: want "U.S." all capitals, "A" and "Npr" not`)
	}
	if !AllUpper([]rune("FBI-1")) || AllUpper([]rune("FBi")) {
		t.Error(`AllUpper: want "FBI-1" without lower case, "FBi" not`)
	}
	if !IsNumber("1,000.5") || IsNumber("") || IsNumber("10am") {
		t.Error(`IsNumber: want "1,000.5" a number, "" and "10am" not`)
	}
	if !IsDash("—") || IsDash("--") {
		t.Error(`IsDash: want "—" a dash, "--" not`)
	}
}

// TestLowerCase checks every list is written in lower case: the extractor
// looks words up lower-cased, so a capitalised entry could never match.
func TestLowerCase(t *testing.T) {
	sets := map[string]map[string]bool{
		"weakVerbs": weakVerbs, "auxWords": auxWords, "nounish": nounish, "namingVerbs": namingVerbs,
		"speechNouns": speechNouns, "verbLike": verbLike, "roleNouns": roleNouns, "titleWords": titleWords,
		"outletFirst": outletFirst, "orgWords": orgWords, "abbrevs": abbrevs, "femaleCue": femaleCue,
		"maleCue": maleCue, "places": places, "namedCaps": namedCaps, "quantifiers": quantifiers,
		"leadWords": leadWords, "determiners": determiners, "nounStops": nounStops,
		"possessivePronouns": possessivePronouns, "clauseOpeners": clauseOpeners, "introWords": introWords,
		"notLabels": notLabels, "timeNouns": timeNouns, "timeWords": timeWords, "ppFollow": ppFollow,
		"firstPerson": firstPerson, "functionWords": functionWords, "titleSmall": titleSmall,
	}
	check := func(list, w string) {
		if w != strings.ToLower(w) {
			t.Errorf("%s has %q, not lower case", list, w)
		}
	}
	for name, set := range sets {
		for w := range set {
			check(name, w)
		}
	}
	for w := range speechVerbs {
		check("speechVerbs", w)
	}
	for w := range outlets {
		check("outlets", w)
	}
	for w := range firstNameGender {
		check("firstNameGender", w)
	}
	for w := range personPronouns {
		check("personPronouns", w)
	}
	for w := range possessiveSubject {
		check("possessiveSubject", w)
	}
}
