package sortname_test

import (
	"testing"

	"github.com/quotetrail/quotetrail/internal/sortname"
)

func TestKey(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name  string
		whole bool
		want  string
	}{
		{"Lina Khan", false, "khan, lina"},
		{"Ludwig van Beethoven", false, "van beethoven, ludwig"},
		{"Martin Luther King Jr.", false, "king jr., martin luther"},
		{"Jürgen Müller", false, "muller, jurgen"},
		{"Federal Trade Commission", true, "federal trade commission"},
		{"Madonna", false, "madonna"},
	} {
		if got := sortname.Key(c.name, c.whole); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestLetter(t *testing.T) {
	t.Parallel()
	for key, want := range map[string]string{"khan, lina": "K", "": "#", "1st battalion": "#", "zed": "Z"} {
		if got := sortname.Letter(key); got != want {
			t.Errorf("Letter(%q) = %q, want %q", key, got, want)
		}
	}
}
