package cite

import (
	"bufio"
	"bytes"
	"encoding/json"
	"time"
)

// cslItem is one CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html).
type cslItem struct {
	ID             string    `json:"id"`
	Type           string    `json:"type"`
	Title          string    `json:"title,omitempty"`
	ContainerTitle string    `json:"container-title,omitempty"`
	Author         []cslName `json:"author,omitempty"`
	Issued         *cslDate  `json:"issued,omitempty"`
	Accessed       *cslDate  `json:"accessed,omitempty"`
	URL            string    `json:"URL,omitempty"`
	Note           string    `json:"note,omitempty"`
	Annote         string    `json:"annote,omitempty"`
	Keyword        string    `json:"keyword,omitempty"`
}

// cslName is a CSL name: family/given with particles, or a literal.
type cslName struct {
	Family   string `json:"family,omitempty"`
	Given    string `json:"given,omitempty"`
	Particle string `json:"non-dropping-particle,omitempty"`
	Suffix   string `json:"suffix,omitempty"`
	Literal  string `json:"literal,omitempty"`
}

type cslDate struct {
	DateParts [][3]int `json:"date-parts"`
}

// cslEncoder streams a CSL-JSON array: "[", items separated by ",\n", "]".
// Each item has the type article-newspaper, article-magazine, post-weblog or
// webpage, the BibTeX key as id, the speaker and quote in "note" (see
// [Record.Note]) and the quote text alone in "annote".
type cslEncoder struct {
	w    *bufio.Writer
	keys *keySet
	buf  bytes.Buffer
	enc  *json.Encoder
	n    int
	state
}

func newCSLEncoder(w *bufio.Writer) *cslEncoder {
	e := &cslEncoder{w: w, keys: newKeySet()}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	return e
}

func (e *cslEncoder) Begin() error {
	if e.begun || e.err != nil {
		return e.err
	}
	e.begun = true
	_, e.err = e.w.WriteString("[\n")
	return e.err
}

func (e *cslEncoder) Encode(r Record) error {
	if e.err != nil {
		return e.err
	}
	if !e.begun {
		if err := e.Begin(); err != nil {
			return err
		}
	}
	it := cslItem{
		ID:             string(e.keys.next(&r)),
		Title:          oneLine(r.ArticleTitle),
		ContainerTitle: oneLine(r.Outlet),
		URL:            r.ArticleURL,
		Note:           r.Note(),
		Annote:         oneLine(r.QuoteText),
		Issued:         cslDateOf(r.Published),
		Accessed:       cslDateOf(r.Accessed),
	}
	switch r.source() {
	case srcNewspaper:
		it.Type = "article-newspaper"
	case srcMagazine:
		it.Type = "article-magazine"
	case srcBlog:
		it.Type = "post-weblog"
	default:
		it.Type = "webpage"
	}
	for _, a := range r.Authors {
		n := a.Parse()
		if n.Literal != "" {
			it.Author = append(it.Author, cslName{Literal: n.Literal})
		} else {
			it.Author = append(it.Author, cslName{Family: n.Family, Given: n.Given, Particle: n.Particle, Suffix: n.Suffix})
		}
	}
	for i, t := range r.Topics {
		if i > 0 {
			it.Keyword += ", "
		}
		it.Keyword += oneLine(t)
	}
	e.buf.Reset()
	if err := e.enc.Encode(&it); err != nil {
		e.err = err
		return err
	}
	if e.n > 0 {
		e.w.WriteString(",\n")
	}
	e.n++
	_, e.err = e.w.Write(bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")))
	return e.err
}

func (e *cslEncoder) End() error {
	if !e.begun {
		e.Begin()
	}
	if e.err == nil && !e.ended {
		e.ended = true
		if e.n > 0 {
			e.w.WriteString("\n")
		}
		e.w.WriteString("]\n")
		e.err = e.w.Flush()
	}
	return e.err
}

func cslDateOf(t *time.Time) *cslDate {
	if t == nil {
		return nil
	}
	return &cslDate{DateParts: [][3]int{{t.Year(), int(t.Month()), t.Day()}}}
}
