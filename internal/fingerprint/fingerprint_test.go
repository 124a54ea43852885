package fingerprint

import "testing"

func TestSameStatementSameFingerprint(t *testing.T) {
	base := Of("We will not raise taxes.", 1, 2)
	same := []string{
		"we will not raise taxes",
		"  We will  not raise\ttaxes” … ",
		"ＷＥ will not raise taxes!",
	}
	for _, s := range same {
		if got := Of(s, 1, 2); got != base {
			t.Errorf("%q: %s, want %s", s, got, base)
		}
	}
	different := []struct {
		text            string
		person, article int64
	}{
		{"We will not raise taxes.", 3, 2},
		{"We will not raise taxes.", 1, 3},
		{"We will raise taxes.", 1, 2},
		{"We will not raise taxes. Ever.", 1, 2},
	}
	for _, d := range different {
		if got := Of(d.text, d.person, d.article); got == base {
			t.Errorf("%q by %d in %d: same fingerprint as the original", d.text, d.person, d.article)
		}
	}
	// The speaker and article are separated, not run together: 1 + 23 is
	// not 12 + 3.
	if Of("x", 1, 23) == Of("x", 12, 3) {
		t.Error("person 1 in article 23 and person 12 in article 3 share a fingerprint")
	}
}
