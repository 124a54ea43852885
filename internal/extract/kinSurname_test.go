package extract

import "testing"

// TestKinSurname: a father or son named by first name alone in apposition
// ("his father, Clarence, who would say") carries the surname of the man
// whose relative he is; a wife keeps only what the article gives her.
func TestKinSurname(t *testing.T) {
	t.Parallel()
	cases := []quoteCase{
		{"his father", "Walter Oake draws maps.\n\nOake grew up in Laramie and held the rod for his father, Clarence, who would say, “The ground is right. We’re wrong.”",
			[]wantQuote{{"The ground is right. We’re wrong.", "Clarence Oake", ""}}},
		{"her son", "Ruth Ellis runs the farm.\n\nEllis works with her son, Danny, who said, “We will not sell.”",
			[]wantQuote{{"We will not sell.", "Danny Ellis", ""}}},
		{"his wife", "Walter Oake draws maps.\n\nOake lives with his wife, Lorna, who said, “He never stops.”",
			[]wantQuote{{"He never stops.", "Lorna", ""}}},
	}
	checkCases(t, cases)
}
