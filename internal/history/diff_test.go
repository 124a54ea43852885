package history

import (
	"reflect"
	"testing"
)

// A first revision shows every field that has a value; a later one only
// the fields that differ, with free text marked word by word.
func TestDiffFields(t *testing.T) {
	t.Parallel()
	before := []Field{{Name: "Name", Value: "Lina Khan"}, {Name: "Kind", Value: "person"}, {Name: "Description", Value: "Chair of the FTC.", Long: true}}
	after := []Field{{Name: "Name", Value: "Lina M. Khan"}, {Name: "Kind", Value: "person"}, {Name: "Description", Value: "Chair of the FTC since 2021.", Long: true}}

	first := diffFields(nil, before)
	if len(first) != 3 || !reflect.DeepEqual(first[0], FieldChange{Name: "Name", New: "Lina Khan"}) {
		t.Errorf("first revision: got %+v, want every field, old values empty", first)
	}
	got := diffFields(before, after)
	if len(got) != 2 || got[0].Name != "Name" || got[1].Name != "Description" {
		t.Fatalf("changes: got %+v, want Name and Description", got)
	}
	if got[0].Spans != nil {
		t.Errorf("a short field is shown old and new, not marked: %+v", got[0].Spans)
	}
	want := []DiffSpan{{Text: "Chair of the FTC"}, {Text: " since 2021", Added: true}, {Text: "."}}
	if !reflect.DeepEqual(got[1].Spans, want) {
		t.Errorf("description marks: got %+v, want %+v", got[1].Spans, want)
	}
	cleared := diffFields(after, []Field{{Name: "Name", Value: "Lina M. Khan"}, {Name: "Description", Long: true}})
	if len(cleared) != 1 || cleared[0].Old != after[2].Value || cleared[0].New != "" || cleared[0].Spans != nil {
		t.Errorf("a cleared text: got %+v, want old and empty new, unmarked", cleared)
	}
}

// Every kind of snapshot reads back as it was written, and shows the
// fields history pages list.
func TestSnapshotsRoundTrip(t *testing.T) {
	t.Parallel()
	day := "2024-03-01"
	url := "https://example.org/a"
	outlet := int64(3)
	start, end := 4, 9
	for typ, snap := range map[string]Snapshot{
		EntityPerson:  &PersonSnapshot{Name: "Lina Khan", Slug: "lina-khan", Kind: "person", Aliases: []string{"Khan"}},
		EntityOutlet:  &OutletSnapshot{Name: "NPR", Slug: "npr", Kind: "broadcaster", Domains: []string{"npr.org"}},
		EntityTopic:   &TopicSnapshot{Name: "Privacy", Slug: "privacy", QuoteIDs: []int64{1, 2}},
		EntityArticle: &ArticleSnapshot{Title: "A piece", URL: &url, OutletID: &outlet, Outlet: "NPR", Authors: "A. Writer\n B. Writer \n", PublishedOn: &day, Body: "Text."},
		EntityQuote: &QuoteSnapshot{Text: "Words.", PersonID: 1, Speaker: "Lina Khan", ArticleID: 2, Article: "A piece", SaidOn: &day,
			TopicIDs: []int64{5}, Topics: []string{"Privacy"}, AnchorStart: &start, AnchorEnd: &end, AnchorExact: "Words"},
	} {
		data, err := encode(snap)
		if err != nil {
			t.Fatalf("%s: %v", typ, err)
		}
		back, err := Decode(typ, data)
		if err != nil || !reflect.DeepEqual(back, snap) {
			t.Errorf("%s: got %+v (%v), want %+v", typ, back, err, snap)
		}
		if back.label() == "" || len(back.fields()) == 0 {
			t.Errorf("%s: no label or fields to show", typ)
		}
	}
	a := &ArticleSnapshot{Authors: "A. Writer\n B. Writer \n"}
	if got := a.fields()[3]; got.Name != "Authors" || got.Value != "A. Writer; B. Writer" {
		t.Errorf("authors shown as %+v, want one line", got)
	}
	if _, err := Decode("user", "{}"); err == nil {
		t.Error("a revision of an unknown kind of record decoded")
	}
}

// A snapshot's dates read back as the days they were.
func TestSnapshotDates(t *testing.T) {
	t.Parallel()
	if Date(nil) != nil {
		t.Error("no day wrote a date")
	}
	s := "2021-06-15"
	d, err := ParseDate(&s)
	if err != nil || *Date(d) != s {
		t.Errorf("%s read back as %v (%v)", s, d, err)
	}
	bad := "15/06/2021"
	if _, err := ParseDate(&bad); err == nil {
		t.Errorf("%s was read as a date", bad)
	}
}
