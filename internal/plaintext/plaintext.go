// Package plaintext tells the text a record may hold from what is not
// text: a NUL character, which PostgreSQL cannot store in a text column,
// and bytes that are not UTF-8, which neither engine's text is meant to
// hold and which a dump cannot write as they are. SQLite would keep
// both, so the store refuses them on either engine alike (models), as do
// the importer and the forms. It is pure: no database, no HTTP.
package plaintext

import (
	"errors"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The problems Problem names, as the end of a sentence whose subject is
// the field ("the quote text holds ...").
const (
	nulProblem  = "holds a NUL character (U+0000), which is not text"
	utf8Problem = "holds bytes that are not text (they are not UTF-8)"
)

// ErrNotText is a value refused because it is not text. The error that
// wraps it is an *Error naming the field.
var ErrNotText = errors.New("not text")

// Error names the field whose value is not text and what is wrong with
// it, in words for the person who sent it.
type Error struct {
	Field   string // "person name", "quote text"; "" when not known
	Problem string // "holds a NUL character (U+0000), which is not text"
}

func (e *Error) Error() string {
	if e.Field == "" {
		return "a value " + e.Problem
	}
	return e.Field + " " + e.Problem
}
func (e *Error) Unwrap() error { return ErrNotText }

// Check refuses s, the value of field, when it is not text: the one
// check every path that writes text shares (the store, and the bulk
// paths, import and restore, which write with SQL of their own).
func Check(field, s string) error {
	if p := Problem(s); p != "" {
		return &Error{Field: field, Problem: p}
	}
	return nil
}

// CheckAll refuses v when any string in it is not text, naming the
// field; label names v (see Find).
func CheckAll(label string, v any) error {
	if field, p := Find(label, v); p != "" {
		return &Error{Field: field, Problem: p}
	}
	return nil
}

// Problem says what in s is not text, as the end of a sentence ("holds a
// NUL character ..."), or "" when s is text.
func Problem(s string) string {
	switch {
	case !utf8.ValidString(s):
		return utf8Problem
	case strings.IndexByte(s, 0) >= 0:
		return nulProblem
	}
	return ""
}

// Repair is s with each run of bytes that are not UTF-8, and each NUL,
// replaced by U+FFFD, the character that marks one lost: text that any
// engine holds and that shows where something was.
func Repair(s string) string {
	if Problem(s) == "" {
		return s
	}
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
}

// Find looks through v (a string; a struct, map, slice or pointer of
// them, as deep as records go) for a string that is not text, and
// returns its field in words ("" when v is the string itself) and its
// problem, or two empty strings.
// A field is named by the last two steps of its path, label first: label
// "person" and field Name give "person name"; in a QuoteDraft,
// Speaker.Name gives "speaker name". Byte slices are data, not text, and
// are left alone.
func Find(label string, v any) (field, problem string) {
	var path []string
	if label != "" {
		path = []string{label}
	}
	return find(path, reflect.ValueOf(v), 0)
}

// maxDepth bounds the walk: records nest a few levels, never more.
const maxDepth = 6

func find(path []string, v reflect.Value, depth int) (string, string) {
	if !v.IsValid() || depth > maxDepth {
		return "", ""
	}
	switch v.Kind() {
	case reflect.String:
		if p := Problem(v.String()); p != "" {
			return name(path), p
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return find(path, v.Elem(), depth+1)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() {
				if field, p := find(append(path[:len(path):len(path)], words(f.Name)), v.Field(i), depth+1); p != "" {
					return field, p
				}
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return "", ""
		}
		for i := range v.Len() {
			if field, p := find(path, v.Index(i), depth+1); p != "" {
				return field, p
			}
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			step := strings.ReplaceAll(iter.Key().String(), "_", " ")
			if field, p := find(append(path[:len(path):len(path)], step), iter.Value(), depth+1); p != "" {
				return field, p
			}
		}
	}
	return "", ""
}

// name is a field's name in words: the last two steps of its path.
func name(path []string) string {
	switch len(path) {
	case 0:
		return ""
	case 1:
		return path[0]
	}
	return path[len(path)-2] + " " + path[len(path)-1]
}

// words is a Go field name in lower-case words: "WikidataID" gives
// "wikidata id". A few names say more in other words.
func words(goName string) string {
	switch goName {
	case "New":
		return "new article"
	case "Via":
		return "via outlet"
	case "URL":
		return "address"
	case "HomeURL":
		return "home page"
	}
	var b strings.Builder
	rs := []rune(goName)
	for i, r := range rs {
		// A word starts at an upper-case letter that follows a lower-case
		// one, or that ends a run of capitals before a lower-case one
		// ("IDNumber": "id number").
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1])) {
			b.WriteByte(' ')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
