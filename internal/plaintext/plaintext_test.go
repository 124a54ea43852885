package plaintext_test

import (
	"testing"

	"github.com/quotetrail/quotetrail/internal/plaintext"
)

func TestProblemAndRepair(t *testing.T) {
	for _, c := range []struct{ in, repaired string }{
		{"plain, accented é, emoji 🦊, U+FFFD \uFFFD", "plain, accented é, emoji 🦊, U+FFFD \uFFFD"},
		{"a\x00b", "a\uFFFDb"},
		{"a\xff\xfeb", "a\uFFFDb"},
		{"\xe9\x00", "\uFFFD\uFFFD"},
	} {
		if got := plaintext.Repair(c.in); got != c.repaired || plaintext.Problem(got) != "" {
			t.Errorf("Repair(%q) = %q, want %q", c.in, got, c.repaired)
		}
		if bad := c.in != c.repaired; bad != (plaintext.Problem(c.in) != "") {
			t.Errorf("Problem(%q) = %q", c.in, plaintext.Problem(c.in))
		}
	}
}

// Find names the field in words, wherever in a record it is.
func TestFindNamesTheField(t *testing.T) {
	type ref struct{ Name string }
	type article struct {
		Title   string
		HomeURL *string
		Data    []byte
	}
	type draft struct {
		Text    string
		Speaker ref
		New     *article
		Via     ref
		Topics  []string
		Extra   map[string]any
	}
	bad := "x\x00"
	for _, c := range []struct {
		label string
		v     any
		field string
	}{
		{"", draft{Text: bad}, "text"},
		{"quote", &draft{Text: bad}, "quote text"},
		{"", draft{Speaker: ref{Name: bad}}, "speaker name"},
		{"", draft{New: &article{Title: bad}}, "new article title"},
		{"", draft{New: &article{HomeURL: &bad}}, "new article home page"},
		{"", draft{Via: ref{Name: bad}}, "via outlet name"},
		{"", draft{Topics: []string{"ok", bad}}, "topics"},
		{"user", map[string]any{"display_name": bad}, "user display name"},
		{"", []any{1, bad}, ""},
		{"person", struct{ WikidataID string }{bad}, "person wikidata id"},
	} {
		field, problem := plaintext.Find(c.label, c.v)
		if field != c.field || problem == "" {
			t.Errorf("Find(%q, %#v) = %q, %q, want %q", c.label, c.v, field, problem, c.field)
		}
	}
	if field, problem := plaintext.Find("article", article{Title: "fine", Data: []byte{0, 0xff}}); field != "" || problem != "" {
		t.Errorf("bytes are data, not text: %q %q", field, problem)
	}
}
