// Package templates holds quotetrail's HTML pages and the engine that
// renders them. Every page is parsed once, at start, together with the
// layout and the partials; a page that fails to parse stops the program
// before it serves anything.
package templates

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/quotetrail/quotetrail/internal/reading"
	"github.com/quotetrail/quotetrail/models"
)

//go:embed *.html partials/*.html
var files embed.FS

// Engine renders named pages.
type Engine struct {
	pages map[string]*template.Template
}

// New parses every page with the layout and partials.
func New() (*Engine, error) {
	shared := template.New("layout.html").Funcs(funcs()).Funcs(chartFuncs())
	shared, err := shared.ParseFS(files, "layout.html", "partials/*.html")
	if err != nil {
		return nil, fmt.Errorf("parse layout: %w", err)
	}
	names, err := fs.Glob(files, "*.html")
	if err != nil {
		return nil, err
	}
	e := &Engine{pages: map[string]*template.Template{}}
	for _, name := range names {
		if name == "layout.html" {
			continue
		}
		t, err := shared.Clone()
		if err != nil {
			return nil, err
		}
		if t, err = t.ParseFS(files, name); err != nil {
			return nil, fmt.Errorf("parse %s: %w", name, err)
		}
		e.pages[strings.TrimSuffix(name, ".html")] = t
	}
	return e, nil
}

// Has reports whether a page of that name exists.
func (e *Engine) Has(page string) bool { return e.pages[page] != nil }

// Render writes page with data. The page is rendered in full before
// anything is written, so a failure half-way shows an error page rather
// than half a page.
func (e *Engine) Render(w io.Writer, page string, data any) error {
	t := e.pages[page]
	if t == nil {
		return fmt.Errorf("no page %q", page)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout.html", data); err != nil {
		return fmt.Errorf("render %s: %w", page, err)
	}
	_, err := buf.WriteTo(w)
	return err
}

func funcs() template.FuncMap {
	return template.FuncMap{
		"date":      formatDate,
		"isodate":   isoDate,
		"year":      func(t *time.Time) string { return yearOf(t) },
		"datetime":  func(t time.Time) string { return t.UTC().Format("2 Jan 2006, 15:04 UTC") },
		"plural":    plural,
		"join":      strings.Join,
		"add":       func(a, b int) int { return a + b },
		"truncate":  truncate,
		"hasPrefix": strings.HasPrefix,
		"lines":     splitLines,
		"deref":     func(s *string) string { return deref(s) },
		"derefInt":  func(n *int) int { return derefInt(n) },
		"itoa":      func(n int64) string { return strconv.FormatInt(n, 10) },
		"urlpath":   func(s string) string { return url.PathEscape(s) },
		"host":      host,
		"base":      path.Base,
		"dict":      dict,
		// attribution is the sentence under a listed quote; layOut an
		// article's text in paragraphs beside their quotes.
		"attribution": reading.Attribution,
		"layOut":      reading.LayOut,
		// sourceLink takes a reader to a quote's words at its source.
		"sourceLink": reading.SourceLink,
		"indexName":  indexName,
		"byLetter":   byLetter,
		"contains":   contains,
		"int":        func(n int64) int { return int(n) },
		"percent":    func(f float64) float64 { return f * 100 },
		"speakerHint": func(match, name string) string {
			switch {
			case name == "":
				return "No speaker was found: name one to keep this quote."
			case match != "":
				return "In quotetrail as " + match + "."
			}
			return "New: will be added to quotetrail."
		},
		"outletHint": func(match, name string) string {
			switch {
			case name == "":
				return ""
			case match != "":
				return "In quotetrail as " + match + "."
			}
			return "New outlet: will be added."
		},
	}
}

func formatDate(t *time.Time) string {
	if t == nil || t.IsZero() {
		return ""
	}
	return t.Format("2 January 2006")
}

func isoDate(t *time.Time) string {
	if t == nil || t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func yearOf(t *time.Time) string {
	if t == nil || t.IsZero() {
		return ""
	}
	return strconv.Itoa(t.Year())
}

func plural(n any, one, many string) string {
	var v int64
	switch x := n.(type) {
	case int:
		v = int64(x)
	case int64:
		v = x
	}
	if v == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", v, many)
}

func truncate(n int, s string) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}

func splitLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func derefInt(n *int) int {
	if n == nil {
		return 0
	}
	return *n
}

func host(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// dict builds a map for passing several values to a partial.
func dict(kv ...any) (map[string]any, error) {
	if len(kv)%2 != 0 {
		return nil, fmt.Errorf("dict: odd number of arguments")
	}
	m := make(map[string]any, len(kv)/2)
	for i := 0; i < len(kv); i += 2 {
		k, ok := kv[i].(string)
		if !ok {
			return nil, fmt.Errorf("dict: key %v is not a string", kv[i])
		}
		m[k] = kv[i+1]
	}
	return m, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// indexName shows a name as the people index sorts it: a person's
// sort key (models.SortKey) puts the family name first, and as many
// words of the name as the key has before its comma go first here too,
// "Khan, Lina". Organisations and roles keep their name.
func indexName(name, sortKey string) string {
	family, _, ok := strings.Cut(sortKey, ", ")
	words := strings.Fields(name)
	n := len(strings.Fields(family))
	if !ok || n == 0 || n >= len(words) {
		return name
	}
	return strings.Join(words[len(words)-n:], " ") + ", " + strings.Join(words[:len(words)-n], " ")
}

// LetterGroup is the people of an index page who file under one letter.
type LetterGroup struct {
	Letter string
	People []models.Person
}

// byLetter groups an index page's people, sorted by their sort keys,
// under the letters they file under.
func byLetter(people []models.Person) []LetterGroup {
	var out []LetterGroup
	for _, p := range people {
		l := p.Letter()
		if len(out) == 0 || out[len(out)-1].Letter != l {
			out = append(out, LetterGroup{Letter: l})
		}
		out[len(out)-1].People = append(out[len(out)-1].People, p)
	}
	return out
}
