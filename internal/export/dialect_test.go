package export

import (
	"reflect"
	"testing"
)

// Go lets a struct literal leave fields out, so a statement added to
// dialect but forgotten in one engine's file would compile and fail only
// when an export reaches it on that engine.
func TestDialectsAreComplete(t *testing.T) {
	for name, d := range map[string]dialect{"sqlite": sqliteDialect, "postgres": postgresDialect} {
		v := reflect.ValueOf(d)
		for i := range v.NumField() {
			if v.Field(i).IsZero() {
				t.Errorf("%s dialect: field %s is not set", name, v.Type().Field(i).Name)
			}
		}
	}
}
