package importer

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/fingerprint"
	"github.com/quotetrail/quotetrail/internal/plaintext"
	"github.com/quotetrail/quotetrail/models"
)

// Quote is one quote read from an import file, before its speaker,
// article and outlets are matched to records.
type Quote struct {
	Line            int // where it was read, for messages
	Text            string
	Speaker         string
	SpeakerKind     string // person when empty
	SpeakerWikidata string
	SpeakerTitle    string
	Kind            string // direct when empty
	Status          string // unverified when empty
	Context         string
	Via             string
	SaidOn          *time.Time
	Topics          []string
	Article         Article

	// normText is Text normalised for its fingerprint, worked out by
	// Validate. Validate runs on the importer's parsing goroutine, so the
	// normalisation (a third of resolving a quote) is done on the other
	// core, not under the batch's write lock.
	normText string
}

// Article is the article an imported quote is printed in.
type Article struct {
	Title     string
	URL       string
	Outlet    string // a name or a domain; the URL's domain when empty
	Authors   []string
	Published *time.Time
	Accessed  *time.Time
	// NoOutlet says the article has no outlet, so that none is made from
	// its URL's domain: the CSV export writes an empty outlet cell for
	// an article without one, and importing it back must not add one.
	NoOutlet bool
}

// Validate checks q and fills in its defaults. The error, when there is
// one, says what is wrong in words for the person who made the file.
func (q *Quote) Validate() error {
	if err := q.plainText(); err != nil {
		return err
	}
	q.Text = strings.TrimSpace(q.Text)
	q.Speaker = strings.Join(strings.Fields(q.Speaker), " ")
	q.Article.Title = strings.Join(strings.Fields(q.Article.Title), " ")
	q.Article.URL = strings.TrimSpace(q.Article.URL)
	switch {
	case q.Text == "":
		return errors.New("the quote has no text")
	case q.Speaker == "":
		return errors.New("the quote has no speaker")
	case len(q.Text) > 20000:
		return errors.New("the quote is longer than 20,000 bytes")
	case len(q.Speaker) > 200:
		return errors.New("the speaker's name is longer than 200 bytes")
	}
	if q.Kind == "" {
		q.Kind = models.QuoteDirect
	} else if !slices.Contains(models.QuoteKinds, q.Kind) {
		return fmt.Errorf("kind %q is not one of %s", q.Kind, strings.Join(models.QuoteKinds, ", "))
	}
	if q.Status == "" {
		q.Status = "unverified"
	} else if !slices.Contains(models.QuoteStatuses, q.Status) {
		return fmt.Errorf("status %q is not one of %s", q.Status, strings.Join(models.QuoteStatuses, ", "))
	}
	if q.SpeakerKind == "" {
		q.SpeakerKind = models.KindPerson
	} else if !slices.Contains(models.PersonKinds, q.SpeakerKind) {
		return fmt.Errorf("speaker kind %q is not one of %s", q.SpeakerKind, strings.Join(models.PersonKinds, ", "))
	}
	if q.Article.URL != "" {
		u, err := url.Parse(q.Article.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("the article URL %q is not an http(s) address", q.Article.URL)
		}
	}
	if q.Article.Title == "" {
		if q.Article.URL == "" {
			return errors.New("the quote has no article: give its title or URL")
		}
		q.Article.Title = TitleFromURL(q.Article.URL)
	}
	q.normText = fingerprint.Normalize(q.Text)
	return nil
}

// TitleFromURL makes a stand-in title from an article's address, for
// sources such as Quotebank that give only the URL:
// https://ex.com/news/fed-raises-rates-2019 becomes "fed raises rates 2019".
func TitleFromURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	segs := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	for i := len(segs) - 1; i >= 0; i-- {
		s := strings.TrimSuffix(strings.TrimSuffix(segs[i], ".html"), ".htm")
		words := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' || r == '+' })
		letters := 0
		for _, r := range s {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if len(words) >= 2 && letters >= 8 {
			if t, err := url.PathUnescape(strings.Join(words, " ")); err == nil {
				return t
			}
			return strings.Join(words, " ")
		}
	}
	return strings.TrimPrefix(u.Host, "www.") + u.Path
}

// Stats counts what a batch (or a whole import) wrote.
type Stats struct {
	Added      int // quotes written
	Duplicates int // quotes already there, by fingerprint
	People     int // speakers created
	Articles   int // articles created
	Outlets    int // outlets created
	Topics     int // topics created
}

// Add sums two stats.
func (s *Stats) Add(o Stats) {
	s.Added += o.Added
	s.Duplicates += o.Duplicates
	s.People += o.People
	s.Articles += o.Articles
	s.Outlets += o.Outlets
	s.Topics += o.Topics
}

// plainText refuses a quote holding what is not text: a NUL character or
// bytes that are not UTF-8. The store refuses them on every write, and
// the import, which writes with SQL of its own, asks the store's own
// check, so a line is refused the same way on both engines.
func (q *Quote) plainText() error {
	fields := []struct{ name, value string }{
		{"text", q.Text}, {"speaker", q.Speaker}, {"speaker kind", q.SpeakerKind}, {"speaker Wikidata ID", q.SpeakerWikidata},
		{"speaker title", q.SpeakerTitle}, {"kind", q.Kind}, {"status", q.Status}, {"context", q.Context}, {"via", q.Via},
		{"article title", q.Article.Title}, {"article URL", q.Article.URL}, {"article outlet", q.Article.Outlet},
	}
	for _, t := range q.Topics {
		fields = append(fields, struct{ name, value string }{"topic", t})
	}
	for _, a := range q.Article.Authors {
		fields = append(fields, struct{ name, value string }{"article author", a})
	}
	for _, f := range fields {
		if err := plaintext.Check("the quote's "+f.name, f.value); err != nil {
			return err
		}
	}
	return nil
}
