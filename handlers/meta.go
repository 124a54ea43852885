package handlers

import (
	"html/template"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/linkeddata"
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

// quoteJSONLD is a quote page's schema.org description, for its
// <script type="application/ld+json">: linkeddata marshals it, escaping
// <, > and &, so template.JS keeps html/template from escaping it again.
func quoteJSONLD(q *models.QuoteView, base string) (template.JS, error) {
	b, err := linkeddata.Quotation(q, base)
	return template.JS(b), err
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
