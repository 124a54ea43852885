package cite

import (
	"bufio"
	"strconv"
	"strings"
	"time"
)

// bibtexEncoder writes biblatex entries that classic BibTeX also reads:
// @article (with entrysubtype newspaper or magazine) for newspapers,
// magazines and news sites, @online for blogs and other web pages. Dates are given as biblatex "date" plus BibTeX "year" and
// "month"; the container as both "journaltitle" (biblatex) and "journal"
// (BibTeX) for @article and as "organization" for @online.
type bibtexEncoder struct {
	w    *bufio.Writer
	keys *keySet
	state
}

func (e *bibtexEncoder) Begin() error {
	e.begun = true
	return e.err
}

func (e *bibtexEncoder) Encode(r Record) error {
	if e.err != nil {
		return e.err
	}
	if !e.begun {
		e.Begin()
	}
	w := e.w
	typ, subtype := "article", ""
	switch r.source() {
	case srcNewspaper:
		subtype = "newspaper"
	case srcMagazine:
		subtype = "magazine"
	default:
		typ = "online"
	}
	w.WriteString("@")
	w.WriteString(typ)
	w.WriteString("{")
	w.Write(e.keys.next(&r))
	w.WriteString(",\n")
	if len(r.Authors) > 0 {
		bibField(w, "author")
		for i, a := range r.Authors {
			if i > 0 {
				w.WriteString(" and ")
			}
			writeBibName(w, a)
		}
		w.WriteString("},\n")
	}
	bibText(w, "title", r.ArticleTitle)
	if typ == "article" {
		bibText(w, "entrysubtype", subtype)
		bibText(w, "journaltitle", r.Outlet)
		bibText(w, "journal", r.Outlet)
	} else {
		bibText(w, "organization", r.Outlet)
	}
	if p := r.Published; p != nil {
		bibDate(w, "date", *p)
		bibField(w, "year")
		w.WriteString(strconv.Itoa(p.Year()))
		w.WriteString("},\n")
		w.WriteString("  month        = ") // a standard month macro: jan ... dec
		w.WriteString(strings.ToLower(p.Month().String()[:3]))
		w.WriteString(",\n")
	}
	if u := strings.TrimSpace(r.ArticleURL); u != "" {
		bibField(w, "url")
		w.WriteString(bibURL(u))
		w.WriteString("},\n")
		if r.Accessed != nil {
			bibDate(w, "urldate", *r.Accessed)
		}
	}
	bibText(w, "note", r.Note())
	if len(r.Topics) > 0 {
		bibField(w, "keywords")
		for i, t := range r.Topics {
			if i > 0 {
				w.WriteString(", ")
			}
			writeBibEscaped(w, oneLine(t))
		}
		w.WriteString("},\n")
	}
	_, e.err = w.WriteString("}\n\n")
	return e.err
}

func (e *bibtexEncoder) End() error {
	if !e.begun {
		e.Begin()
	}
	if e.err == nil && !e.ended {
		e.ended = true
		e.err = e.w.Flush()
	}
	return e.err
}

// bibField writes the start of a braced field, aligned: `  name = {`.
func bibField(w *bufio.Writer, name string) {
	w.WriteString("  ")
	w.WriteString(name)
	for i := len(name); i < 12; i++ {
		w.WriteByte(' ')
	}
	w.WriteString(" = {")
}

// bibText writes an escaped text field, or nothing when s is empty.
func bibText(w *bufio.Writer, name, s string) {
	s = oneLine(s)
	if s == "" {
		return
	}
	bibField(w, name)
	writeBibEscaped(w, s)
	w.WriteString("},\n")
}

func bibDate(w *bufio.Writer, name string, t time.Time) {
	bibField(w, name)
	w.WriteString(t.Format(time.DateOnly))
	w.WriteString("},\n")
}

// writeBibName writes one name for a BibTeX name list: "van der Berg, Jan",
// "King, Jr., Martin Luther", or "{Federal Trade Commission}" for
// organisations and roles.
func writeBibName(w *bufio.Writer, p Person) {
	n := p.Parse()
	if n.Literal != "" || n.Given == "" && n.Suffix == "" {
		w.WriteString("{")
		writeBibEscaped(w, n.FamilyFull())
		w.WriteString("}")
		return
	}
	writeBibEscaped(w, n.FamilyFull())
	if n.Suffix != "" {
		w.WriteString(", ")
		writeBibEscaped(w, n.Suffix)
	}
	if n.Given != "" {
		w.WriteString(", ")
		writeBibEscaped(w, n.Given)
	}
}

// writeBibEscaped writes s with the LaTeX special characters escaped:
// { } % & $ # _ get a backslash, ~ ^ \ become \textasciitilde{},
// \textasciicircum{} and \textbackslash{}. Other characters, including
// non-ASCII letters, are written as UTF-8.
func writeBibEscaped(w *bufio.Writer, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch s[i] {
		case '{', '}', '%', '&', '$', '#', '_':
			rep = s[i : i+1]
		case '~':
			rep = "textasciitilde{}"
		case '^':
			rep = "textasciicircum{}"
		case '\\':
			rep = "textbackslash{}"
		default:
			continue
		}
		w.WriteString(s[start:i])
		w.WriteByte('\\')
		w.WriteString(rep)
		start = i + 1
	}
	w.WriteString(s[start:])
}

// bibURL prepares a URL for the verbatim url field: only braces, which would
// unbalance the field, and white space are percent-encoded.
func bibURL(u string) string {
	if !strings.ContainsAny(u, "{} \t\r\n") {
		return u
	}
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		switch c := u[i]; c {
		case '{', '}', ' ', '\t', '\r', '\n':
			b.WriteString("%" + strings.ToUpper(strconv.FormatInt(int64(c)|0x100, 16)[1:]))
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
