package vocab

import (
	"strings"
	"testing"
)

// TestFirstNameGender checks names of each sex from many cultures, and
// that names borne by both sexes somewhere, or that are also common
// words, have no gender.
func TestFirstNameGender(t *testing.T) {
	tests := []struct {
		name string
		want byte
	}{
		// Women.
		{"mary", 'f'}, {"grace", 'f'}, {"rose", 'f'}, {"siobhan", 'f'}, {"niamh", 'f'}, {"aoife", 'f'},
		{"angharad", 'f'}, {"maría", 'f'}, {"giulia", 'f'}, {"ségolène", 'f'}, {"zoë", 'f'}, {"şule", 'f'},
		{"ayşe", 'f'}, {"fatima", 'f'}, {"aisha", 'f'}, {"layla", 'f'}, {"miriam", 'f'}, {"olena", 'f'},
		{"priyanka", 'f'}, {"ngozi", 'f'}, {"chioma", 'f'}, {"kemi", 'f'}, {"akosua", 'f'}, {"siti", 'f'},
		// Men.
		{"mark", 'm'}, {"mason", 'm'}, {"dafydd", 'm'}, {"rhys", 'm'}, {"eoin", 'm'}, {"padraig", 'm'},
		{"josé", 'm'}, {"jose", 'm'}, {"giuseppe", 'm'}, {"søren", 'm'}, {"volodymyr", 'm'}, {"mohammed", 'm'},
		{"muhammad", 'm'}, {"ahmed", 'm'}, {"omar", 'm'}, {"khalid", 'm'}, {"ali", 'm'}, {"eitan", 'm'},
		{"rahul", 'm'}, {"chidi", 'm'}, {"tobias", 'm'}, {"lyman", 'm'}, {"orla", 'f'}, {"sunniva", 'f'}, {"ikenna", 'm'}, {"kwame", 'm'}, {"jonah", 'm'}, {"ezekiel", 'm'}, {"darnell", 'm'}, {"latoya", 'f'},
		// Both sexes somewhere, or words: no gender.
		{"jordan", 0}, {"alex", 0}, {"sam", 0}, {"taylor", 0}, {"jamie", 0}, {"kim", 0}, {"robin", 0},
		{"chris", 0}, {"jean", 0}, {"andrea", 0}, {"nicola", 0}, {"simone", 0}, {"sasha", 0}, {"yuki", 0},
		{"june", 0}, {"dawn", 0}, {"min", 0}, {"deniz", 0}, {"noor", 0}, {"ayo", 0}, {"said", 0}, {"", 0},
	}
	for _, tt := range tests {
		if got := FirstNameGender(tt.name); got != tt.want {
			t.Errorf("FirstNameGender(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestFirstNameLists checks that no name is in both lists, and that each
// list holds every name once, in lower case.
func TestFirstNameLists(t *testing.T) {
	female := map[string]bool{}
	for _, w := range strings.Fields(femaleNames) {
		if female[w] {
			t.Errorf("%q is twice in femaleNames", w)
		}
		female[w] = true
	}
	male := map[string]bool{}
	for _, w := range strings.Fields(maleNames) {
		if male[w] {
			t.Errorf("%q is twice in maleNames", w)
		}
		male[w] = true
		if female[w] {
			t.Errorf("%q is in both femaleNames and maleNames", w)
		}
	}
	for w := range female {
		if w != strings.ToLower(w) {
			t.Errorf("%q in femaleNames is not in lower case", w)
		}
	}
	for w := range male {
		if w != strings.ToLower(w) {
			t.Errorf("%q in maleNames is not in lower case", w)
		}
	}
	if len(firstNames) != len(female)+len(male) {
		t.Errorf("firstNames has %d names, want %d", len(firstNames), len(female)+len(male))
	}
}
