package api

import (
	"fmt"
	"net/url"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/models"
)

// The records as the API shows them. Every one carries the address of
// its page (url) and of itself in the API (api_url), both absolute.

// links makes absolute addresses for one request's host.
type links struct{ base string }

func linksFor(c echo.Context) links { return links{base: baseURL(c)} }

// baseURL is the address the request came to.
func baseURL(c echo.Context) string { return c.Scheme() + "://" + c.Request().Host }

func (l links) page(format string, a ...any) string { return l.base + fmt.Sprintf(format, a...) }

func (l links) quotesOf(filter, value string) string {
	return l.base + "/api/v1/quotes?" + url.Values{filter: {value}}.Encode()
}

// Person is a speaker.
type Person struct {
	ID          int64     `json:"id"`
	Name        string    `json:"name"`
	Slug        string    `json:"slug"`
	Kind        string    `json:"kind"`
	Description string    `json:"description"`
	WikidataID  string    `json:"wikidata_id"`
	Aliases     []string  `json:"aliases,omitempty"`
	QuoteCount  int       `json:"quote_count"`
	Version     int       `json:"version"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
	URL         string    `json:"url"`
	APIURL      string    `json:"api_url"`
	QuotesURL   string    `json:"quotes_url"`
}

// person shows p; aliases only when withAliases (lists do not load them).
func (l links) person(p *models.Person, withAliases bool) Person {
	out := Person{
		ID: p.ID, Name: p.Name, Slug: p.Slug, Kind: p.Kind, Description: p.Description, WikidataID: p.WikidataID,
		QuoteCount: p.QuoteCount, Version: p.Version, CreatedAt: p.CreatedAt.UTC(), UpdatedAt: p.UpdatedAt.UTC(),
		URL: l.page("/people/%s", p.Slug), APIURL: l.page("/api/v1/people/%s", p.Slug), QuotesURL: l.quotesOf("person", p.Slug),
	}
	if withAliases {
		out.Aliases = append([]string{}, p.Aliases...)
	}
	return out
}

// Outlet is a publisher or channel.
type Outlet struct {
	ID           int64     `json:"id"`
	Name         string    `json:"name"`
	Slug         string    `json:"slug"`
	Kind         string    `json:"kind"`
	HomeURL      string    `json:"home_url"`
	Domains      []string  `json:"domains,omitempty"`
	ArticleCount int       `json:"article_count"`
	Version      int       `json:"version"`
	CreatedAt    time.Time `json:"created_at"`
	UpdatedAt    time.Time `json:"updated_at"`
	URL          string    `json:"url"`
	APIURL       string    `json:"api_url"`
	QuotesURL    string    `json:"quotes_url"`
}

func (l links) outlet(o *models.Outlet, withDomains bool) Outlet {
	out := Outlet{
		ID: o.ID, Name: o.Name, Slug: o.Slug, Kind: o.Kind, HomeURL: o.HomeURL, ArticleCount: o.ArticleCount,
		Version: o.Version, CreatedAt: o.CreatedAt.UTC(), UpdatedAt: o.UpdatedAt.UTC(),
		URL: l.page("/outlets/%s", o.Slug), APIURL: l.page("/api/v1/outlets/%s", o.Slug), QuotesURL: l.quotesOf("outlet", o.Slug),
	}
	if withDomains {
		out.Domains = append([]string{}, o.Domains...)
	}
	return out
}

// Topic is a subject quotes are filed under.
type Topic struct {
	ID         int64     `json:"id"`
	Name       string    `json:"name"`
	Slug       string    `json:"slug"`
	QuoteCount int       `json:"quote_count"`
	Version    int       `json:"version"`
	CreatedAt  time.Time `json:"created_at"`
	UpdatedAt  time.Time `json:"updated_at"`
	URL        string    `json:"url"`
	APIURL     string    `json:"api_url"`
	QuotesURL  string    `json:"quotes_url"`
}

func (l links) topic(t *models.Topic) Topic {
	return Topic{
		ID: t.ID, Name: t.Name, Slug: t.Slug, QuoteCount: t.QuoteCount, Version: t.Version,
		CreatedAt: t.CreatedAt.UTC(), UpdatedAt: t.UpdatedAt.UTC(),
		URL: l.page("/topics/%s", t.Slug), APIURL: l.page("/api/v1/topics/%s", t.Slug), QuotesURL: l.quotesOf("topic", t.Slug),
	}
}

// Article is a piece that prints quotes. Body is shown only when one
// article is read.
type Article struct {
	ID          int64       `json:"id"`
	Title       string      `json:"title"`
	Link        *string     `json:"link"` // the article's own address, where it was published
	Outlet      *OutletLink `json:"outlet"`
	Authors     []string    `json:"authors"`
	PublishedOn *string     `json:"published_on"`
	AccessedOn  *string     `json:"accessed_on"`
	Body        *string     `json:"body,omitempty"`
	QuoteCount  int         `json:"quote_count"`
	Version     int         `json:"version"`
	CreatedAt   time.Time   `json:"created_at"`
	UpdatedAt   time.Time   `json:"updated_at"`
	URL         string      `json:"url"`
	APIURL      string      `json:"api_url"`
	QuotesURL   string      `json:"quotes_url"`
}

func (l links) article(a *models.Article, withBody bool) Article {
	out := Article{
		ID: a.ID, Title: a.Title, Link: a.URL, Authors: a.AuthorList(), PublishedOn: day(a.PublishedOn), AccessedOn: day(a.AccessedOn),
		QuoteCount: a.QuoteCount, Version: a.Version, CreatedAt: a.CreatedAt.UTC(), UpdatedAt: a.UpdatedAt.UTC(),
		URL: l.page("/articles/%d", a.ID), APIURL: l.page("/api/v1/articles/%d", a.ID), QuotesURL: l.quotesOf("article", fmt.Sprint(a.ID)),
	}
	if out.Authors == nil {
		out.Authors = []string{}
	}
	if a.Outlet != nil {
		out.Outlet = l.outletLink(a.Outlet.ID, a.Outlet.Name, a.Outlet.Slug, a.Outlet.Kind)
	}
	if withBody {
		out.Body = &a.Body
	}
	return out
}

// OutletLink names an outlet inside another record.
type OutletLink struct {
	ID     int64  `json:"id"`
	Name   string `json:"name"`
	Slug   string `json:"slug"`
	Kind   string `json:"kind,omitempty"` // left out for the outlet a quote came via
	URL    string `json:"url"`
	APIURL string `json:"api_url"`
}

func (l links) outletLink(id int64, name, slug, kind string) *OutletLink {
	return &OutletLink{ID: id, Name: name, Slug: slug, Kind: kind, URL: l.page("/outlets/%s", slug), APIURL: l.page("/api/v1/outlets/%s", slug)}
}

// Quote is one statement as printed in one article, with its speaker,
// its article, the outlet that printed it and the one it came through.
type Quote struct {
	ID           int64       `json:"id"`
	Text         string      `json:"text"`
	Kind         string      `json:"kind"`
	Status       string      `json:"status"`
	SpeakerTitle string      `json:"speaker_title"`
	SaidOn       *string     `json:"said_on"`
	Date         *string     `json:"date"` // when it was said, else when its article was published
	Context      string      `json:"context"`
	Speaker      SpeakerLink `json:"speaker"`
	Article      ArticleLink `json:"article"`
	Outlet       *OutletLink `json:"outlet"`
	Via          *OutletLink `json:"via"`
	Topics       []TopicLink `json:"topics"`
	Version      int         `json:"version"`
	CreatedAt    time.Time   `json:"created_at"`
	UpdatedAt    time.Time   `json:"updated_at"`
	URL          string      `json:"url"`
	APIURL       string      `json:"api_url"`
}

// SpeakerLink names the speaker inside a quote.
type SpeakerLink struct {
	ID     int64  `json:"id"`
	Name   string `json:"name"`
	Slug   string `json:"slug"`
	Kind   string `json:"kind"`
	URL    string `json:"url"`
	APIURL string `json:"api_url"`
}

// ArticleLink names the article inside a quote.
type ArticleLink struct {
	ID          int64    `json:"id"`
	Title       string   `json:"title"`
	Link        *string  `json:"link"`
	Authors     []string `json:"authors"`
	PublishedOn *string  `json:"published_on"`
	URL         string   `json:"url"`
	APIURL      string   `json:"api_url"`
}

// TopicLink names a topic inside a quote.
type TopicLink struct {
	ID     int64  `json:"id"`
	Name   string `json:"name"`
	Slug   string `json:"slug"`
	URL    string `json:"url"`
	APIURL string `json:"api_url"`
}

func (l links) quote(v *models.QuoteView) Quote {
	out := Quote{
		ID: v.ID, Text: v.Text, Kind: v.Kind, Status: v.Status, SpeakerTitle: v.SpeakerTitle,
		SaidOn: day(v.SaidOn), Date: day(v.Date()), Context: v.Context, Version: v.Version,
		CreatedAt: v.CreatedAt.UTC(), UpdatedAt: v.UpdatedAt.UTC(),
		URL: l.page("/quotes/%d", v.ID), APIURL: l.page("/api/v1/quotes/%d", v.ID),
		Speaker: SpeakerLink{
			ID: v.PersonID, Name: v.SpeakerName, Slug: v.SpeakerSlug, Kind: v.SpeakerKind,
			URL: l.page("/people/%s", v.SpeakerSlug), APIURL: l.page("/api/v1/people/%s", v.SpeakerSlug),
		},
		Article: ArticleLink{
			ID: v.ArticleID, Title: v.ArticleTitle, Link: v.ArticleURL, Authors: models.SplitLines(v.ArticleAuthors),
			PublishedOn: day(v.ArticlePublished),
			URL:         l.page("/articles/%d", v.ArticleID), APIURL: l.page("/api/v1/articles/%d", v.ArticleID),
		},
		Topics: []TopicLink{},
	}
	if out.Article.Authors == nil {
		out.Article.Authors = []string{}
	}
	if v.OutletID != nil && v.OutletSlug != "" {
		out.Outlet = l.outletLink(*v.OutletID, v.OutletName, v.OutletSlug, v.OutletKind)
	}
	if v.ViaOutletID != nil && v.ViaSlug != "" {
		out.Via = l.outletLink(*v.ViaOutletID, v.ViaName, v.ViaSlug, "")
	}
	for _, t := range v.Topics {
		out.Topics = append(out.Topics, TopicLink{ID: t.ID, Name: t.Name, Slug: t.Slug, URL: l.page("/topics/%s", t.Slug), APIURL: l.page("/api/v1/topics/%s", t.Slug)})
	}
	return out
}

func (l links) quotes(views []models.QuoteView) []Quote {
	out := make([]Quote, len(views))
	for i := range views {
		out[i] = l.quote(&views[i])
	}
	return out
}

// day writes a date as YYYY-MM-DD, nil for none.
func day(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := t.Format(time.DateOnly)
	return &s
}
