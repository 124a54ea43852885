package handlers

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/models"
)

// sitemapSize is how many records one sitemap covers: the protocol
// allows at most 50,000 addresses a file. Each file covers a range of
// IDs this wide, so it is read from the primary key and never counted.
const sitemapSize = 50000

const sitemapNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

type sitemapIndex struct {
	XMLName  xml.Name     `xml:"sitemapindex"`
	NS       string       `xml:"xmlns,attr"`
	Sitemaps []sitemapLoc `xml:"sitemap"`
}

type sitemapLoc struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

type urlSet struct {
	XMLName xml.Name     `xml:"urlset"`
	NS      string       `xml:"xmlns,attr"`
	URLs    []sitemapLoc `xml:"url"`
}

// Sitemap is /sitemap.xml: an index of the sitemaps that list every
// public page, one for the site's sections and one for each range of
// records of each kind.
func (h *Handler) Sitemap(c echo.Context) error {
	base := baseURL(c)
	idx := sitemapIndex{NS: sitemapNS, Sitemaps: []sitemapLoc{{Loc: base + "/sitemap-pages.xml"}}}
	for _, kind := range models.SitemapKinds {
		max, err := h.store.MaxID(c.Request().Context(), kind)
		if err != nil {
			return err
		}
		for n := int64(1); (n-1)*sitemapSize < max; n++ {
			idx.Sitemaps = append(idx.Sitemaps, sitemapLoc{Loc: fmt.Sprintf("%s/sitemap-%s-%d.xml", base, kind, n)})
		}
	}
	return writeXML(c, idx)
}

// SitemapPart is one of the sitemaps /sitemap.xml names:
// /sitemap-pages.xml or /sitemap-quotes-3.xml.
func (h *Handler) SitemapPart(c echo.Context) error {
	base := baseURL(c)
	part, ok := strings.CutSuffix(c.Param("part"), ".xml")
	if part == "pages" && ok {
		set := urlSet{NS: sitemapNS}
		for _, p := range []string{"/", "/people", "/articles", "/outlets", "/topics"} {
			set.URLs = append(set.URLs, sitemapLoc{Loc: base + p})
		}
		return writeXML(c, set)
	}
	i := strings.LastIndexByte(part, '-')
	if !ok || i < 0 {
		return echo.NewHTTPError(http.StatusNotFound, "There is no such sitemap.")
	}
	kind := part[:i]
	n, err := strconv.ParseInt(part[i+1:], 10, 64)
	if err != nil || n < 1 || n > 1<<40 || !isSitemapKind(kind) {
		return echo.NewHTTPError(http.StatusNotFound, "There is no such sitemap.")
	}
	entries, err := h.store.SitemapEntries(c.Request().Context(), kind, (n-1)*sitemapSize, n*sitemapSize)
	if err != nil {
		return err
	}
	set := urlSet{NS: sitemapNS, URLs: make([]sitemapLoc, 0, len(entries))}
	for _, e := range entries {
		loc := sitemapLoc{Loc: base + "/" + kind + "/" + e.Key}
		if !e.UpdatedAt.IsZero() {
			loc.LastMod = e.UpdatedAt.UTC().Format("2006-01-02")
		}
		set.URLs = append(set.URLs, loc)
	}
	return writeXML(c, set)
}

func isSitemapKind(kind string) bool {
	for _, k := range models.SitemapKinds {
		if k == kind {
			return true
		}
	}
	return false
}

func writeXML(c echo.Context, v any) error {
	b, err := xml.Marshal(v)
	if err != nil {
		return err
	}
	return c.Blob(http.StatusOK, echo.MIMEApplicationXMLCharsetUTF8, append([]byte(xml.Header), b...))
}

// robotsDisallowed are the addresses crawlers have no business in:
// accounts, the editors' pages, the JSON the forms' pickers read, costly
// exports and searches, and the forms. The forms' rules end in $ (or ?)
// so that a record whose slug starts "new" or "edit" is still crawled.
var robotsDisallowed = []string{
	"/admin", "/account", "/login", "/logout", "/set-password", "/api/", "/history", "/changes", "/trash", "/revisions",
	"/export", "/search",
	"/*/new$", "/*/new?", "/*/edit$", "/*/delete$", "/*/review$",
}

// Robots is /robots.txt: every public page may be crawled, and the
// sitemap says where they all are.
func (h *Handler) Robots(c echo.Context) error {
	var b strings.Builder
	b.WriteString("User-agent: *\n")
	for _, p := range robotsDisallowed {
		b.WriteString("Disallow: " + p + "\n")
	}
	b.WriteString("Allow: /\n\nSitemap: " + baseURL(c) + "/sitemap.xml\n")
	return c.String(http.StatusOK, b.String())
}

// Favicon sends browsers that ask for /favicon.ico to the site's icon,
// which pages also name in their head.
func (h *Handler) Favicon(c echo.Context) error {
	return c.Redirect(http.StatusMovedPermanently, "/static/favicon.svg")
}
