package handlers

import (
	"encoding/json"
	"fmt"
	"html/template"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/models"
)

// SiteName is what link previews name the site.
const SiteName = "quotetrail"

// PageMeta is what a public page tells machines about itself in its
// head: search engines, link previews and reference managers.
type PageMeta struct {
	// Canonical is the page's one absolute address, without the query
	// parameters that only filter or page through it.
	Canonical   string
	Description string
	// Type is the OpenGraph type: "website", "article" or "profile".
	Type string
}

// pageMeta describes the page at the request's path; keep names the
// query parameters that make it a different page (the list's page number).
func pageMeta(c echo.Context, typ, description string, keep ...string) PageMeta {
	u := url.URL{Path: c.Request().URL.Path}
	q := url.Values{}
	for _, k := range keep {
		if v := c.QueryParam(k); v != "" && v != "1" {
			q.Set(k, v)
		}
	}
	u.RawQuery = q.Encode()
	return PageMeta{Canonical: baseURL(c) + u.String(), Description: clip(description, 200), Type: typ}
}

// clip shortens s to at most n characters, at a word, for a description
// that previews show whole.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n-1])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// plural counts things in words: "1 quote", "3 quotes".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

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

// newsKinds are the outlet kinds whose articles are news articles.
var newsKinds = map[string]bool{"news": true, "newspaper": true, "magazine": true, "broadcaster": true, "agency": true}

// quoteJSONLD describes a quote as a schema.org Quotation. It is built as
// a struct and marshalled, never put together as text: json.Marshal
// writes <, > and & as \u003c, \u003e and \u0026, so no text in it can
// close the script element it sits in, and template.JS keeps
// html/template from escaping it a second time.
func quoteJSONLD(q *models.QuoteView, base string) (template.JS, error) {
	speaker := ldThing{Type: "Person", Name: q.SpeakerName, URL: base + "/people/" + url.PathEscape(q.SpeakerSlug)}
	if q.SpeakerKind == models.KindOrganisation {
		speaker.Type = "Organization"
	}
	art := ldArticle{Type: "Article", Headline: q.ArticleTitle, URL: base + "/articles/" + strconv.FormatInt(q.ArticleID, 10),
		DatePublished: ldDate(q.ArticlePublished)}
	if q.ArticleURL != nil && *q.ArticleURL != "" {
		art.URL = *q.ArticleURL
	}
	if newsKinds[q.OutletKind] {
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
		return "", fmt.Errorf("describe quote %d: %w", q.ID, err)
	}
	return template.JS(b), nil
}

// ldDate is a day as schema.org writes it, or "" when not known.
func ldDate(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format("2006-01-02")
}

// quoteDescription previews a quote: its words and who said them where.
func quoteDescription(q *models.QuoteView) string {
	where := q.ArticleTitle
	if q.OutletName != "" {
		where = q.OutletName
	}
	return clip(q.SpeakerName+", in "+where+": “"+q.Text+"”", 200)
}

// articleDescription previews an article by its outlet, date and quotes.
func articleDescription(a *models.Article) string {
	s := a.Title
	if a.Outlet != nil {
		s += ", " + a.Outlet.Name
	}
	if a.PublishedOn != nil {
		s += ", " + a.PublishedOn.Format("2 January 2006")
	}
	return s + ": " + plural(a.QuoteCount, "quote", "quotes") + " on quotetrail."
}

// personDescription previews a speaker's page.
func personDescription(p *models.Person) string {
	s := "Quotes by " + p.Name
	if p.Description != "" {
		s += ", " + p.Description
	}
	return s + ": " + plural(p.QuoteCount, "quote", "quotes") + " with their sources."
}

// outletBase is an outlet page's Base, described for machines.
func (h *Handler) outletBase(c echo.Context, o *models.Outlet, printed int64) Base {
	b := h.base(c, o.Name, "outlets")
	b.Meta = pageMeta(c, "website", "Quotes printed in "+o.Name+": "+plural(int(printed), "quote", "quotes")+
		" from "+plural(o.ArticleCount, "article", "articles")+".", "page", "show")
	return b
}
