// Package sitemap lists every public page for crawlers: /sitemap.xml, an
// index of sitemaps that each cover a range of one kind of record's IDs,
// and /robots.txt. It reads the IDs, slugs and dates it needs itself.
package sitemap

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/quotetrail/quotetrail/models"
)

// size is how many records one sitemap covers: the protocol allows at
// most 50,000 addresses a file. Each file covers a range of IDs this
// wide, so it is read from the primary key and never counted.
const size = 50000

const namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"

// ErrNoSuchSitemap is a sitemap name the index never gives.
var ErrNoSuchSitemap = errors.New("there is no such sitemap")

// kinds are the records that have a public page each, in the order the
// index lists them; the first three are named by slug, the rest by ID.
func kinds() []string { return []string{"people", "outlets", "topics", "articles", "quotes"} }

func slugged(kind string) bool { return kind == "people" || kind == "outlets" || kind == "topics" }

type index struct {
	XMLName  xml.Name `xml:"sitemapindex"`
	NS       string   `xml:"xmlns,attr"`
	Sitemaps []loc    `xml:"sitemap"`
}

type loc struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

type urlSet struct {
	XMLName xml.Name `xml:"urlset"`
	NS      string   `xml:"xmlns,attr"`
	URLs    []loc    `xml:"url"`
}

// Index is /sitemap.xml for a site at base ("https://quotes.example"):
// the sitemap of the site's sections, then one for each range of records
// of each kind.
func Index(ctx context.Context, store *models.Store, base string) ([]byte, error) {
	idx := index{NS: namespace, Sitemaps: []loc{{Loc: base + "/sitemap-pages.xml"}}}
	for _, kind := range kinds() {
		var highest *int64
		if err := store.DB(ctx).Table(kind).Select("MAX(id)").Scan(&highest).Error; err != nil {
			return nil, fmt.Errorf("highest %s id: %w", kind, err)
		}
		for n := int64(1); highest != nil && (n-1)*size < *highest; n++ {
			idx.Sitemaps = append(idx.Sitemaps, loc{Loc: fmt.Sprintf("%s/sitemap-%s-%d.xml", base, kind, n)})
		}
	}
	return marshal(idx)
}

// Part is one of the sitemaps the index names, by the last part of its
// address: "sitemap-pages.xml" or "sitemap-quotes-3.xml".
func Part(ctx context.Context, store *models.Store, base, name string) ([]byte, error) {
	part, ok := strings.CutSuffix(strings.TrimPrefix(name, "sitemap-"), ".xml")
	if part == "pages" && ok {
		set := urlSet{NS: namespace}
		for _, p := range []string{"/", "/people", "/articles", "/outlets", "/topics"} {
			set.URLs = append(set.URLs, loc{Loc: base + p})
		}
		return marshal(set)
	}
	i := strings.LastIndexByte(part, '-')
	if !ok || i < 0 {
		return nil, ErrNoSuchSitemap
	}
	kind := part[:i]
	n, err := strconv.ParseInt(part[i+1:], 10, 64)
	if err != nil || n < 1 || n > 1<<40 || !slices.Contains(kinds(), kind) {
		return nil, ErrNoSuchSitemap
	}
	var rows []struct {
		ID        int64
		Slug      string
		UpdatedAt time.Time
	}
	cols := "id, updated_at"
	if slugged(kind) {
		cols += ", slug"
	}
	err = store.DB(ctx).Table(kind).Select(cols).Where("id > ? AND id <= ?", (n-1)*size, n*size).Order("id").Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("list %s for the sitemap: %w", kind, err)
	}
	set := urlSet{NS: namespace, URLs: make([]loc, 0, len(rows))}
	for _, r := range rows {
		key := r.Slug
		if !slugged(kind) {
			key = strconv.FormatInt(r.ID, 10)
		}
		l := loc{Loc: base + "/" + kind + "/" + key}
		if !r.UpdatedAt.IsZero() {
			l.LastMod = r.UpdatedAt.UTC().Format(time.DateOnly)
		}
		set.URLs = append(set.URLs, l)
	}
	return marshal(set)
}

func marshal(v any) ([]byte, error) {
	b, err := xml.Marshal(v)
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), b...), nil
}

// Robots is /robots.txt for a site at base: every public page may be
// crawled, and the sitemap says where they all are. Crawlers have no
// business in accounts, the editors' pages, the JSON the forms' pickers
// read, costly exports and searches, or the forms, whose rules end in $
// (or ?) so that a record whose slug starts "new" or "edit" is still
// crawled.
func Robots(base string) string {
	var b strings.Builder
	b.WriteString("User-agent: *\n")
	for _, p := range []string{
		"/admin", "/account", "/login", "/logout", "/set-password", "/api/", "/history", "/changes", "/trash", "/revisions",
		"/export", "/search",
		"/*/new$", "/*/new?", "/*/edit$", "/*/delete$", "/*/review$",
	} {
		b.WriteString("Disallow: " + p + "\n")
	}
	b.WriteString("Allow: /\n\nSitemap: " + base + "/sitemap.xml\n")
	return b.String()
}
