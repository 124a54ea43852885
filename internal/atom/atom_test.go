package atom_test

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/atom"
)

func TestCleanDropsWhatXMLForbids(t *testing.T) {
	cases := map[string]string{
		"plain words":               "plain words",
		"tab\tnew\nline\rok":        "tab\tnew\nline\rok",
		"nul\x00 bell\x07 esc\x1b":  "nul bell esc",
		"bad \xff\xfe bytes":        "bad  bytes",
		"non\uFFFE char\uFFFF":      "non char",
		"kept: é “ü” 😀 \uFFFD":      "kept: é “ü” 😀 \uFFFD",
		"<markup> & \"quotes\" 'x'": "<markup> & \"quotes\" 'x'",
	}
	for in, want := range cases {
		if got := atom.Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

// Every text of a feed is cleaned and escaped, so the document reads
// back as XML with the same words.
func TestWriteEscapesAndCleans(t *testing.T) {
	text := "A & B <i>said</i> \x01\x0b]]> \"so\""
	f := atom.Feed{
		ID: "http://example.com/feed.atom", Title: atom.Plain(text), Updated: atom.Time(time.Date(2024, 5, 1, 12, 0, 0, 0, time.FixedZone("x", 3600))),
		Links: []atom.Link{{Rel: "self", Href: "http://example.com/feed.atom?q=a&b=<c>"}},
		Entries: []atom.Entry{{
			ID: "http://example.com/quotes/1", Title: atom.Plain(text), Updated: atom.Time(time.Unix(0, 0)),
			Authors: []atom.Person{{Name: text}}, Categories: []atom.Category{{Term: "t", Label: text}},
		}},
	}
	var buf bytes.Buffer
	if err := atom.Write(&buf, f); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Link    struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Entry struct {
			Author   string `xml:"author>name"`
			Category struct {
				Label string `xml:"label,attr"`
			} `xml:"category"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatalf("the feed is not XML: %v\n%s", err, buf.String())
	}
	want := "A & B <i>said</i> ]]> \"so\""
	if back.Title != want || back.Entry.Author != want || back.Entry.Category.Label != want {
		t.Errorf("read back %q, %q, %q; want %q", back.Title, back.Entry.Author, back.Entry.Category.Label, want)
	}
	if back.Updated != "2024-05-01T11:00:00Z" {
		t.Errorf("updated %q, want UTC", back.Updated)
	}
	if back.Link.Href != "http://example.com/feed.atom?q=a&b=<c>" {
		t.Errorf("link %q", back.Link.Href)
	}
	if strings.Contains(buf.String(), "\uFFFD") {
		t.Errorf("a forbidden character became U+FFFD instead of being left out")
	}
}
