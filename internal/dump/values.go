package dump

import (
	"fmt"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3"
)

// portableValue turns a value as a driver returns it into the portable
// Go value of its kind, or says why it cannot.
func portableValue(kind ColumnKind, v any) (any, error) {
	if v == nil {
		return nil, nil
	}
	if b, ok := v.([]byte); ok {
		v = string(b)
	}
	switch kind {
	case KindInt:
		switch n := v.(type) {
		case int64:
			return n, nil
		case int32:
			return int64(n), nil
		case int:
			return int64(n), nil
		}
	case KindText:
		// As stored, even when it is not UTF-8: a row's key must find
		// the row again, and Write says what it did with the rest.
		if s, ok := v.(string); ok {
			return s, nil
		}
	case KindTime:
		t, err := timeValue(v)
		if err != nil {
			return nil, err
		}
		return t.UTC(), nil
	case KindDate:
		t, err := timeValue(v)
		if err != nil {
			return nil, err
		}
		// The day as stored, in the zone it was stored with.
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
	case KindBool:
		switch b := v.(type) {
		case bool:
			return b, nil
		case int64:
			return b != 0, nil
		}
	case KindReal:
		switch f := v.(type) {
		case float64:
			return f, nil
		case int64:
			return float64(f), nil
		}
	}
	return nil, fmt.Errorf("a %T (%v) where a %s belongs", v, v, kind)
}

// timeValue reads a time as PostgreSQL (time.Time) or SQLite (its text,
// in one of the layouts the SQLite driver writes and reads) returns it.
func timeValue(v any) (time.Time, error) {
	switch t := v.(type) {
	case time.Time:
		return t, nil
	case string:
		s := strings.TrimSuffix(t, "Z")
		for _, layout := range sqlite3.SQLiteTimestampFormats {
			if parsed, err := time.ParseInLocation(layout, s, time.UTC); err == nil {
				return parsed, nil
			}
		}
		return time.Time{}, fmt.Errorf("%q is not a time", t)
	}
	return time.Time{}, fmt.Errorf("a %T (%v) where a time belongs", v, v)
}
