package textfragment

import "testing"

func TestDirective(t *testing.T) {
	for _, tc := range []struct{ quote, want string }{
		// Short: the whole quote, its closing mark left off.
		{"security purposes.", "text=security%20purposes"},
		// The characters the syntax uses are encoded.
		{"a well-known, cut-and-dried case & more", "text=a%20well%2Dknown%2C%20cut%2Dand%2Ddried%20case%20%26%20more"},
		// Long: a few words at each end.
		{"It wasn’t Twitter’s first alleged violation of the FTC Act, but this one will cost the company $150 million in civil penalties.",
			"text=It%20wasn%E2%80%99t%20Twitter%E2%80%99s%20first,million%20in%20civil%20penalties"},
		// Square brackets are the editor's words, not the source's.
		{"the extent to which [Twitter] maintains and protects the security", "text=the%20extent%20to%20which,and%20protects%20the%20security"},
		// So are ellipses, written either way.
		{"we will act … and we will win", "text=we%20will%20act,and%20we%20will%20win"},
		{"we will act... and we will win", "text=we%20will%20act,and%20we%20will%20win"},
		{"“Quoted words,”", "text=Quoted%20words"},
		{"  ", ""},
		{"[sic]", ""},
	} {
		if got := Directive(tc.quote); got != tc.want {
			t.Errorf("Directive(%q)\n got %s\nwant %s", tc.quote, got, tc.want)
		}
	}
}

func TestLink(t *testing.T) {
	for _, tc := range []struct{ url, quote, want string }{
		{"https://example.org/a", "security purposes", "https://example.org/a#:~:text=security%20purposes"},
		{"https://example.org/a#part-2", "security purposes", "https://example.org/a#part-2:~:text=security%20purposes"},
		{"https://example.org/a#:~:text=other", "security purposes", "https://example.org/a#:~:text=other&text=security%20purposes"},
		{"https://example.org/a", "", "https://example.org/a"},
		{"", "words", ""},
	} {
		if got := Link(tc.url, tc.quote); got != tc.want {
			t.Errorf("Link(%q, %q)\n got %s\nwant %s", tc.url, tc.quote, got, tc.want)
		}
	}
}
