package nearnames

import "testing"

func TestNear(t *testing.T) {
	near := []struct{ typed, name string }{
		{"Lina Kahn", "Lina Khan"},   // transposed letters
		{"lina khan", "Lina Khan"},   // case
		{"Lina  Khan.", "Lina Khan"}, // spaces and punctuation
		{"Sen. Warren", "Elizabeth Warren"},
		{"Warren", "Elizabeth Warren"}, // a surname alone
		{"Waren", "Elizabeth Warren"},  // a misspelt surname alone
		{"E. Warren", "Elizabeth Warren"},
		{"Jose Lopez", "José López"},    // accents
		{"Dr Jane Smith", "Jane Smith"}, // titles
		{"Sean O'Brien", "Sean OBrien"},
		{"NRP", "NPR"},
		{"NPR", "National Public Radio"},
		{"National Public Radio", "NPR"},
		{"BBC", "British Broadcasting Corporation"},
		{"Damien Kiernan", "Damien Kieran"},
	}
	for _, c := range near {
		if _, ok := Near(c.typed, c.name); !ok {
			t.Errorf("%q is not near %q, want near", c.typed, c.name)
		}
	}
	far := []struct{ typed, name string }{
		{"Sam Levine", "Lina Khan"},
		{"Khan Academy", "Lina Khan"},
		{"Lina", "Lina Khan"}, // a given name alone says too little
		{"AP", "NPR"},
		{"", "NPR"},
		{"Mr.", "Lina Khan"},
		{"Jo", "Al"},
		{"E. Warren", "Elizabeth Warburton"},
	}
	for _, c := range far {
		if _, ok := Near(c.typed, c.name); ok {
			t.Errorf("%q is near %q, want not", c.typed, c.name)
		}
	}
	// Closer first: the same name beats a surname alone.
	exact, _ := Near("Lina Khan", "lina khan")
	surname, _ := Near("Khan", "Lina Khan")
	typo, _ := Near("Lina Kahn", "Lina Khan")
	if !(exact < typo && typo < surname) {
		t.Errorf("scores: same %d, typo %d, surname %d; want them in that order", exact, typo, surname)
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"Sen. Elizabeth Warren": "elizabeth warren",
		"José López":            "jose lopez",
		"  The   Queen ":        "the queen", // all title words: kept
		"The":                   "the",
		"O’Neill":               "oneill",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}
