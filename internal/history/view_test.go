package history_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/models"
)

// Each recent change says what it changed against the record's revision
// before it, wherever that one falls: on another page, or left out by
// the filter.
func TestRecentChangesDiffAgainstTheRevisionBefore(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := apptest.MustOpenStore(t)
	tp := &models.Topic{Name: "Antitrust"}
	if err := store.CreateTopic(ctx, tp); err != nil {
		t.Fatal(err)
	}
	if err := store.CreatePerson(ctx, &models.Person{Name: "Between Edits", Kind: models.KindPerson}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Competition", "Competition law"} {
		tp.Name = name
		if err := store.UpdateTopic(ctx, tp); err != nil {
			t.Fatal(err)
		}
	}
	changes, next, err := history.Recent(store.DB(ctx), history.ChangeFilter{EntityType: history.EntityTopic}, 1)
	if err != nil || len(changes) != 1 || next == 0 {
		t.Fatalf("first page: %d changes, next %d, %v", len(changes), next, err)
	}
	want := []history.FieldChange{{Name: "Name", Old: "Competition", New: "Competition law"}}
	if got := nameChanges(changes[0].Changes); !reflect.DeepEqual(got, want) {
		t.Errorf("the newest change: %+v, want %+v", got, want)
	}
	all, _, err := history.Recent(store.DB(ctx), history.ChangeFilter{}, 10)
	if err != nil || len(all) != 4 {
		t.Fatalf("all changes: %d, %v", len(all), err)
	}
	want = []history.FieldChange{{Name: "Name", Old: "Antitrust", New: "Competition"}}
	if got := nameChanges(all[1].Changes); !reflect.DeepEqual(got, want) {
		t.Errorf("the first rename, past a person's creation: %+v, want %+v", got, want)
	}
	if created := all[3]; created.Action != history.ActionCreate || len(created.Changes) == 0 || created.Changes[0].Old != "" {
		t.Errorf("the topic's creation: %+v", created.Changes)
	}
}

// nameChanges keeps the changes made to the Name field, without marks.
func nameChanges(changes []history.FieldChange) []history.FieldChange {
	var out []history.FieldChange
	for _, c := range changes {
		if c.Name == "Name" {
			out = append(out, history.FieldChange{Name: c.Name, Old: c.Old, New: c.New})
		}
	}
	return out
}
