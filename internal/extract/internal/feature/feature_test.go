package feature

import "testing"

func TestClasses(t *testing.T) {
	for i, c := range []struct{ got, want string }{
		{Size(1), "1"}, {Size(3), "3"}, {Size(4), "4-6"}, {Size(12), "7-12"}, {Size(13), "13+"},
		{Distance(-1), "0"}, {Distance(2), "1-2"}, {Distance(10), "6-10"}, {Distance(25), "11-25"}, {Distance(26), "26+"},
		{Rune('A'), "upper"}, {Rune('a'), "lower"}, {Rune('7'), "digit"}, {Rune('?'), "?"}, {Rune('('), "other"},
		{Cue(""), "none"}, {Cue("told"), "say"}, {Cue(":"), ":"}, {Cue("according to"), "according to"},
		{Cue("saying"), "ing"}, {Cue("—"), "punct"}, {Cue("added"), "other"},
	} {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}
