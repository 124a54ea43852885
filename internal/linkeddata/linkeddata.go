// Package linkeddata describes quotetrail's records in schema.org terms,
// as JSON-LD for the pages that search engines and reference managers
// read.
package linkeddata

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"time"

	"github.com/quotetrail/quotetrail/models"
)

// ldThing is a schema.org Person or Organization.
type ldThing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

// ldArticle is the schema.org article a quote was printed in.
type ldArticle struct {
	Type          string    `json:"@type"`
	Headline      string    `json:"headline"`
	URL           string    `json:"url"`
	DatePublished string    `json:"datePublished,omitempty"`
	Author        []ldThing `json:"author,omitempty"`
	Publisher     *ldThing  `json:"publisher,omitempty"`
}

// ldQuotation is a quote page's schema.org description.
type ldQuotation struct {
	Context           string    `json:"@context"`
	Type              string    `json:"@type"`
	URL               string    `json:"url"`
	Text              string    `json:"text"`
	SpokenByCharacter ldThing   `json:"spokenByCharacter"`
	Creator           []ldThing `json:"creator,omitempty"`
	IsBasedOn         ldArticle `json:"isBasedOn"`
	DatePublished     string    `json:"datePublished,omitempty"`
	DateCreated       string    `json:"dateCreated,omitempty"`
}

// isNews tells the outlet kinds whose articles are news articles.
func isNews(kind string) bool {
	switch kind {
	case "news", "newspaper", "magazine", "broadcaster", "agency":
		return true
	}
	return false
}

// Quotation describes a quote as a schema.org Quotation, in JSON-LD, with
// the addresses of its pages under base ("https://quotes.example"). It is
// built as a struct and marshalled, never put together as text:
// json.Marshal writes <, > and & as \u003c, \u003e and \u0026, so no text
// in it can close the script element it sits in.
func Quotation(q *models.QuoteView, base string) ([]byte, error) {
	speaker := ldThing{Type: "Person", Name: q.SpeakerName, URL: base + "/people/" + url.PathEscape(q.SpeakerSlug)}
	if q.SpeakerKind == models.KindOrganisation {
		speaker.Type = "Organization"
	}
	art := ldArticle{Type: "Article", Headline: q.ArticleTitle, URL: base + "/articles/" + strconv.FormatInt(q.ArticleID, 10),
		DatePublished: ldDate(q.ArticlePublished)}
	if q.ArticleURL != nil && *q.ArticleURL != "" {
		art.URL = *q.ArticleURL
	}
	if isNews(q.OutletKind) {
		art.Type = "NewsArticle"
	}
	var outlet *ldThing
	if q.OutletName != "" {
		outlet = &ldThing{Type: "Organization", Name: q.OutletName, URL: base + "/outlets/" + url.PathEscape(q.OutletSlug)}
		art.Publisher = outlet
	}
	for _, a := range models.SplitLines(q.ArticleAuthors) {
		art.Author = append(art.Author, ldThing{Type: "Person", Name: a})
	}
	ld := ldQuotation{
		Context: "https://schema.org", Type: "Quotation", URL: base + "/quotes/" + strconv.FormatInt(q.ID, 10),
		Text: q.Text, SpokenByCharacter: speaker, IsBasedOn: art,
		DatePublished: ldDate(q.ArticlePublished), DateCreated: ldDate(q.SaidOn),
	}
	// The words are the speaker's; whoever wrote them down is the
	// article's author, or the outlet when the article names none.
	ld.Creator = art.Author
	if len(ld.Creator) == 0 && outlet != nil {
		ld.Creator = []ldThing{*outlet}
	}
	b, err := json.Marshal(ld)
	if err != nil {
		return nil, fmt.Errorf("describe quote %d: %w", q.ID, err)
	}
	return b, nil
}

// ldDate is a day as schema.org writes it, or "" when not known.
func ldDate(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format("2006-01-02")
}
