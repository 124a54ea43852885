package dump

import (
	"reflect"
	"testing"
)

// Go lets a struct literal leave fields out, so a statement or quirk
// added to dialect but forgotten in one engine's file would compile and
// fail only when a dump or restore reaches it on that engine. Every field
// must be set for both engines but for those an engine leaves empty on
// purpose.
func TestDialectsAreComplete(t *testing.T) {
	for _, c := range []struct {
		name  string
		d     dialect
		empty map[string]bool
	}{
		{"sqlite", sqliteDialect(), map[string]bool{}},
		{"postgres", postgresDialect(), map[string]bool{"connSetup": true, "connReset": true, "deferSearchIndex": true, "backupInto": true}},
	} {
		v := reflect.ValueOf(c.d)
		for i := range v.NumField() {
			name := v.Type().Field(i).Name
			if got, want := v.Field(i).IsZero(), c.empty[name]; got != want {
				t.Errorf("%s dialect: field %s empty = %v, want %v", c.name, name, got, want)
			}
		}
	}
}
