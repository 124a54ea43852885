package history

import (
	"github.com/sergi/go-diff/diffmatchpatch"
)

// FieldChange is one field that differs between two revisions. Short
// fields show the old and the new value; free text shows the words taken
// out and put in.
type FieldChange struct {
	Name     string
	Old, New string
	Spans    []DiffSpan // for free text: the new text with what changed marked
}

// DiffSpan is a run of text that was kept, taken out or put in.
type DiffSpan struct {
	Text    string
	Removed bool
	Added   bool
}

// diffFields lists the fields that differ from before to after; with
// before nil (a record's first revision) every field that has a value.
func diffFields(before, after []Field) []FieldChange {
	old := map[string]string{}
	for _, f := range before {
		old[f.Name] = f.Value
	}
	var out []FieldChange
	for _, f := range after {
		was := old[f.Name]
		if was == f.Value {
			continue
		}
		c := FieldChange{Name: f.Name, Old: was, New: f.Value}
		if f.Long && was != "" && f.Value != "" {
			c.Spans = diffText(was, f.Value)
		}
		out = append(out, c)
	}
	return out
}

// diffText compares two texts word by word, cleaned up so that a
// rewritten phrase reads as one change rather than a scatter of letters.
func diffText(a, b string) []DiffSpan {
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffMain(a, b, false)
	diffs = dmp.DiffCleanupSemantic(diffs)
	out := make([]DiffSpan, 0, len(diffs))
	for _, d := range diffs {
		out = append(out, DiffSpan{Text: d.Text, Removed: d.Type == diffmatchpatch.DiffDelete, Added: d.Type == diffmatchpatch.DiffInsert})
	}
	return out
}
