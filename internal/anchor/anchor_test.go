package anchor

import (
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	t.Parallel()
	body := "Intro.\n\n“Twitter asked users for data,” a blog read. “It wasn’t the first time.”"
	cases := []struct {
		text, want string
		ok         bool
	}{
		{"Twitter asked users for data,", "Twitter asked users for data,", true},
		{"It wasn't the first time.", "It wasn’t the first time.", true}, // straight apostrophe finds the curly one
		{"twitter  asked\nusers", "Twitter asked users", true},           // case and white space fold
		{"never printed", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		sel, ok := Find(body, c.text)
		if ok != c.ok {
			t.Errorf("Find(%q) ok = %v, want %v", c.text, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		if got := string([]rune(body)[sel.Start:sel.End]); got != c.want || sel.Exact != c.want {
			t.Errorf("Find(%q) = [%d,%d) %q (exact %q), want %q", c.text, sel.Start, sel.End, got, sel.Exact, c.want)
		}
	}
}

// Offsets count code points, not bytes.
func TestFindCountsCodePoints(t *testing.T) {
	t.Parallel()
	body := "“Ünïcödé” — then the quote."
	sel, ok := Find(body, "the quote")
	if !ok || sel.Start != 17 || sel.End != 26 {
		t.Fatalf("got [%d,%d) ok=%v, want [17,26)", sel.Start, sel.End, ok)
	}
	if sel.Prefix != "“Ünïcödé” — then " || sel.Suffix != "." {
		t.Errorf("prefix %q suffix %q", sel.Prefix, sel.Suffix)
	}
}

func TestRelocate(t *testing.T) {
	t.Parallel()
	body := "He said “yes” once. Later he said “yes” again, loudly."

	second := strings.Index(body, "“yes” again")
	start := len([]rune(body[:second])) + 1
	sel := newSelector(body, start, start+3)

	// Unchanged text: the same place.
	if got, ok := Relocate(body, sel); !ok || got.Start != start {
		t.Fatalf("unchanged: got %d, want %d", got.Start, start)
	}
	// Text inserted before: the second "yes" is still chosen, by context.
	edited := "UPDATE: corrected. " + body
	got, ok := Relocate(edited, sel)
	if !ok || string([]rune(edited)[got.Start:got.End]) != "yes" || !strings.HasPrefix(got.Suffix, "” again") {
		t.Fatalf("after edit: %+v ok=%v", got, ok)
	}
	// Words gone: no anchor.
	if _, ok := Relocate(strings.ReplaceAll(body, "yes", "no"), sel); ok {
		t.Errorf("found words that are no longer there")
	}
}

func TestSegments(t *testing.T) {
	t.Parallel()
	body := "abcdefghij"
	segs := Segments(body, []Span{{Start: 6, End: 8, ID: 2}, {Start: 1, End: 3, ID: 1}, {Start: 2, End: 5, ID: 3}, {Start: 9, End: 20, ID: 4}})
	var got []string
	for _, s := range segs {
		got = append(got, s.Text+":"+string(rune('0'+s.ID)))
	}
	want := "a:0 bc:1 de:3 f:0 gh:2 ij:0"
	if strings.Join(got, " ") != want {
		t.Errorf("segments = %v, want %s", got, want)
	}
}
