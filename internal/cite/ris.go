package cite

import (
	"bufio"
	"strconv"
	"strings"
	"time"
)

// risEncoder writes RIS records following the RIS specification: each line
// is a two-character tag, two spaces, a hyphen and a space, then the value;
// each record starts with TY and ends with "ER  - ".
//
//	TY NEWS (newspapers and news sites), MGZN (magazines), BLOG (blogs),
//	   ELEC (agency, company, government and other web pages)
//	AU authors, one per line, "Family, Given" or the organisation name
//	TI title; T2 container (and JO for newspapers and magazines, PB for ELEC)
//	PY year; DA date YYYY/MM/DD/; Y2 access date YYYY/MM/DD/
//	UR article URL; N1 speaker and quote; KW topics, one per line
type risEncoder struct {
	w   *bufio.Writer
	eol string
	state
}

func (e *risEncoder) Begin() error {
	e.begun = true
	return e.err
}

func (e *risEncoder) Encode(r Record) error {
	if e.err != nil {
		return e.err
	}
	if !e.begun {
		e.Begin()
	}
	src := r.source()
	ty := "ELEC"
	switch src {
	case srcNewspaper:
		ty = "NEWS"
	case srcMagazine:
		ty = "MGZN"
	case srcBlog:
		ty = "BLOG"
	}
	e.line("TY", ty)
	for _, a := range r.Authors {
		e.line("AU", a.Parse().Inverted())
	}
	e.line("TI", r.ArticleTitle)
	e.line("T2", r.Outlet)
	switch src {
	case srcNewspaper, srcMagazine:
		e.line("JO", r.Outlet)
	case srcWeb:
		e.line("PB", r.Outlet) // the RIS specification has no container for ELEC
	}
	if p := r.Published; p != nil {
		e.line("PY", strconv.Itoa(p.Year()))
		e.line("DA", risDate(*p))
	}
	e.line("UR", r.ArticleURL)
	if r.Accessed != nil {
		e.line("Y2", risDate(*r.Accessed))
	}
	e.line("N1", r.Note())
	for _, t := range r.Topics {
		e.line("KW", t)
	}
	e.w.WriteString("ER  - ")
	e.w.WriteString(e.eol)
	_, e.err = e.w.WriteString(e.eol)
	return e.err
}

func (e *risEncoder) End() error {
	if !e.begun {
		e.Begin()
	}
	if e.err == nil && !e.ended {
		e.ended = true
		e.err = e.w.Flush()
	}
	return e.err
}

// line writes one tagged line; empty values are skipped and line breaks in
// the value are folded to spaces, since RIS values are single lines.
func (e *risEncoder) line(tag, value string) {
	value = oneLine(value)
	if value == "" {
		return
	}
	e.w.WriteString(tag)
	e.w.WriteString("  - ")
	e.w.WriteString(value)
	e.w.WriteString(e.eol)
}

// risDate formats a date as the RIS DA field wants it: YYYY/MM/DD/.
func risDate(t time.Time) string {
	return strings.ReplaceAll(t.Format(time.DateOnly), "-", "/") + "/"
}
