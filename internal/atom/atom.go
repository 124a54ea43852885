// Package atom writes Atom 1.0 feeds (RFC 4287): the document's shape as
// encoding/xml structs, so every value is escaped by the encoder, and
// text cleaned of the characters XML 1.0 forbids, so no stored text can
// make a feed unreadable. It is pure: no database, no HTTP.
package atom

import (
	"encoding/xml"
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// ContentType is the media type a feed is served as.
const ContentType = "application/atom+xml; charset=utf-8"

const namespace = "http://www.w3.org/2005/Atom"

// Feed is an Atom feed document.
type Feed struct {
	XMLName   xml.Name `xml:"feed"`
	NS        string   `xml:"xmlns,attr"`
	ID        string   `xml:"id"`
	Title     Text     `xml:"title"`
	Subtitle  *Text    `xml:"subtitle,omitempty"`
	Updated   Time     `xml:"updated"`
	Links     []Link   `xml:"link"`
	Generator string   `xml:"generator,omitempty"`
	Entries   []Entry  `xml:"entry"`
}

// Entry is one item of a feed.
type Entry struct {
	ID         string     `xml:"id"`
	Title      Text       `xml:"title"`
	Updated    Time       `xml:"updated"`
	Published  *Time      `xml:"published,omitempty"`
	Authors    []Person   `xml:"author"`
	Links      []Link     `xml:"link"`
	Categories []Category `xml:"category"`
	Content    *Text      `xml:"content,omitempty"`
}

// Text is a text construct; Type "text" means plain text.
type Text struct {
	Type string `xml:"type,attr,omitempty"`
	Body string `xml:",chardata"`
}

// Plain is a plain-text construct.
func Plain(s string) Text { return Text{Type: "text", Body: s} }

// Person is an entry's author.
type Person struct {
	Name string `xml:"name"`
	URI  string `xml:"uri,omitempty"`
}

// Link is a link to a related page or to the feed itself.
type Link struct {
	Rel   string `xml:"rel,attr,omitempty"`
	Type  string `xml:"type,attr,omitempty"`
	Href  string `xml:"href,attr"`
	Title string `xml:"title,attr,omitempty"`
}

// Category files an entry under a term.
type Category struct {
	Term   string `xml:"term,attr"`
	Scheme string `xml:"scheme,attr,omitempty"`
	Label  string `xml:"label,attr,omitempty"`
}

// Time is a date construct, written as RFC 3339 in UTC.
type Time time.Time

// MarshalText writes the time as Atom wants it.
func (t Time) MarshalText() ([]byte, error) {
	return []byte(time.Time(t).UTC().Format(time.RFC3339)), nil
}

// Write writes f as a whole XML document.
func Write(w io.Writer, f Feed) error {
	f.NS = namespace
	f.clean()
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	if err := enc.Encode(f); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// clean strips what XML cannot carry from every text of the feed. Go's
// encoder would write U+FFFD in their place; a control character or a
// stray half of a surrogate pair in a quote carries no meaning, so it is
// left out instead.
func (f *Feed) clean() {
	f.ID, f.Title.Body, f.Generator = Clean(f.ID), Clean(f.Title.Body), Clean(f.Generator)
	if f.Subtitle != nil {
		s := *f.Subtitle
		s.Body = Clean(s.Body)
		f.Subtitle = &s
	}
	f.Links = cleanLinks(f.Links)
	entries := make([]Entry, len(f.Entries))
	for i, e := range f.Entries {
		e.ID, e.Title.Body = Clean(e.ID), Clean(e.Title.Body)
		if e.Content != nil {
			c := *e.Content
			c.Body = Clean(c.Body)
			e.Content = &c
		}
		authors := make([]Person, len(e.Authors))
		for j, a := range e.Authors {
			authors[j] = Person{Name: Clean(a.Name), URI: Clean(a.URI)}
		}
		e.Authors = authors
		e.Links = cleanLinks(e.Links)
		cats := make([]Category, len(e.Categories))
		for j, c := range e.Categories {
			cats[j] = Category{Term: Clean(c.Term), Scheme: Clean(c.Scheme), Label: Clean(c.Label)}
		}
		e.Categories = cats
		entries[i] = e
	}
	f.Entries = entries
}

func cleanLinks(links []Link) []Link {
	out := make([]Link, len(links))
	for i, l := range links {
		out[i] = Link{Rel: l.Rel, Type: l.Type, Href: Clean(l.Href), Title: Clean(l.Title)}
	}
	return out
}

// Clean drops from s the characters XML 1.0 does not allow (most control
// characters, surrogates, U+FFFE and U+FFFF) and bytes that are not UTF-8.
func Clean(s string) string {
	ok := true
	for _, r := range s {
		if !allowed(r) {
			ok = false
			break
		}
	}
	if ok && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				continue // a byte that is not UTF-8
			}
		}
		if allowed(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// allowed is XML 1.0's Char production.
func allowed(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		(r >= 0x20 && r <= 0xD7FF) ||
		(r >= 0xE000 && r <= 0xFFFD) ||
		(r >= 0x10000 && r <= 0x10FFFF)
}
