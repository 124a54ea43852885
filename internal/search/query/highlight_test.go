package query_test

import (
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/search/query"
)

func TestHighlight(t *testing.T) {
	t.Parallel()
	mark := func(s string) string {
		return strings.NewReplacer(query.SnippetOpen, "[", query.SnippetClose, "]").Replace(s)
	}
	long := strings.Repeat("filler ", 100) + "needle " + strings.Repeat("after ", 100)
	cases := []struct {
		text, query, want string
	}{
		{"for security purposes.", `"security purposes"`, "for [security purposes]."},
		{"Security, then purposes", `security purposes`, "[Security], then [purposes]"},
		{"Privacy and private lives", `priv*`, "[Privacy] and [private] lives"},
		{"Café naïve CAFE", `cafe`, "[Café] naïve [CAFE]"},
		{"ads, not twitter", `ads NOT twitter`, "[ads], not twitter"},
		{"khan says khan", `speaker:khan`, "khan says khan"},
		{"stray \uE001marks\uE000 here", `marks`, "stray [marks] here"},
		{"don't stop", `don't`, "[don]'[t] stop"},
		{"nothing", ``, "nothing"},
		{long, `needle`, "…" + strings.Repeat("filler ", 15) + "[needle]" + strings.Repeat(" after", 44) + "…"},
	}
	for _, c := range cases {
		got := mark(query.Highlight(c.text, query.ParseQuery(c.query).Marks, 60))
		if got != c.want {
			t.Errorf("Highlight(%.40q, %q) = %q, want %q", c.text, c.query, got, c.want)
		}
	}
}

func TestSnippetHTML(t *testing.T) {
	o, c := query.SnippetOpen, query.SnippetClose
	for in, want := range map[string]string{
		"a " + o + "<b>" + c + " c":      "a <mark>&lt;b&gt;</mark> c",
		o + "open, never closed":         "<mark>open, never closed</mark>",
		c + "closed first" + o + o + "x": "closed first<mark>x</mark>",
	} {
		if got := query.SnippetHTML(in); got != want {
			t.Errorf("SnippetHTML(%q) = %q, want %q", in, got, want)
		}
		if got := query.PlainSnippet(in); strings.ContainsAny(got, o+c) {
			t.Errorf("PlainSnippet(%q) = %q keeps a marker", in, got)
		}
	}
}
