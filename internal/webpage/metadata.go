package webpage

import (
	"encoding/json"
	"net"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/publicsuffix"
)

// pageMeta is the metadata found in a page, before precedence is applied.
type pageMeta struct {
	base      *url.URL            // page URL, adjusted by <base href>
	lang      string              // <html lang>
	title     string              // <title>
	canonical string              // <link rel=canonical href>, unresolved
	metas     map[string][]string // <meta> content by lower-cased name/property
	times     []string            // <time datetime> marked as publication time
	ld        ldArticle           // JSON-LD
}

// readMetadata collects metadata from the parsed document.
func readMetadata(doc *html.Node, base *url.URL) pageMeta {
	m := pageMeta{base: base, metas: map[string][]string{}}
	var scripts []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "html":
				m.lang = attr(n, "lang")
				if m.lang == "" {
					m.lang = attr(n, "xml:lang")
				}
			case "title":
				if m.title == "" && !inSVG(n) {
					m.title = collapse(textOf(n))
				}
			case "base":
				if href := attr(n, "href"); href != "" && m.base != nil {
					if b, err := m.base.Parse(href); err == nil {
						m.base = b
					}
				}
			case "link":
				if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case "meta":
				content := strings.TrimSpace(attr(n, "content"))
				if content == "" {
					break
				}
				for _, key := range []string{"name", "property"} {
					if k := strings.ToLower(strings.TrimSpace(attr(n, key))); k != "" {
						m.metas[k] = append(m.metas[k], content)
					}
				}
				if k := strings.ToLower(strings.TrimSpace(attr(n, "itemprop"))); k != "" {
					m.metas["itemprop:"+k] = append(m.metas["itemprop:"+k], content)
				}
				if k := strings.ToLower(attr(n, "http-equiv")); k == "content-language" {
					m.metas["http-equiv:content-language"] = append(m.metas["http-equiv:content-language"], content)
				}
			case "time":
				if dt := attr(n, "datetime"); dt != "" && (hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished")) {
					m.times = append(m.times, dt)
				}
			case "script":
				if t := strings.ToLower(strings.TrimSpace(attr(n, "type"))); t == "application/ld+json" {
					scripts = append(scripts, textOf(n))
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	m.ld = parseJSONLD(scripts)
	return m
}

// first returns the first non-empty meta value for the keys, in key order.
func (m pageMeta) first(keys ...string) string {
	for _, k := range keys {
		for _, v := range m.metas[k] {
			if v = collapse(html.UnescapeString(v)); v != "" {
				return v
			}
		}
	}
	return ""
}

// article applies precedence: mostly structured data (JSON-LD) first, as it
// is the most deliberate; then OpenGraph and the other meta conventions;
// then plain HTML; readability's own guesses last.
func (m pageMeta) article(ra readability.Article, pageURL string) Article {
	a := Article{SourceURL: pageURL}

	// og:site_name and a JSON-LD WebSite name are the site's own name; the
	// JSON-LD publisher is often the legal entity ("... Company, Inc.").
	a.SiteName = firstNonEmpty(
		m.first("og:site_name"),
		m.ld.website,
		m.ld.publisher,
		m.first("application-name", "citation_journal_title", "citation_publisher",
			"dc.publisher", "dcterms.publisher"),
		collapse(ra.SiteName()),
	)

	a.URL = m.resolve(m.canonical)
	if a.URL == "" {
		a.URL = m.resolve(m.first("og:url"))
	}
	if a.URL == "" {
		a.URL = m.resolve(m.ld.url)
	}
	if a.URL == "" && m.base != nil {
		a.URL = pageURL
	}

	a.Title = firstNonEmpty(
		m.ld.headline,
		m.first("og:title", "twitter:title", "citation_title", "parsely-title",
			"sailthru.title", "dc.title", "dcterms.title", "title"),
		cleanTitle(m.title, a.SiteName, a.URL),
		collapse(ra.Title()),
	)

	a.Authors = m.authors(ra)

	dates := []string{m.ld.published}
	for _, k := range []string{
		"article:published_time", "og:article:published_time", "itemprop:datepublished",
		"citation_publication_date", "citation_date", "citation_online_date",
		"parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date",
		"dc.date.issued", "dcterms.issued", "dcterms.date", "dc.date", "date",
	} {
		dates = append(dates, m.metas[k]...)
	}
	for _, s := range append(dates, m.times...) {
		if t, ok := parseDate(s); ok {
			a.Published = &t
			break
		}
	}
	if a.Published == nil {
		if t, err := ra.PublishedTime(); err == nil && !t.IsZero() {
			a.Published = &t
		}
	}

	lang := firstNonEmpty(m.lang, m.first("http-equiv:content-language", "og:locale", "dc.language", "language"),
		m.ld.lang, ra.Language())
	a.Lang = strings.ReplaceAll(lang, "_", "-")
	return a
}

// authors picks the first source that names anyone; sources are not merged
// because they usually spell the same people differently.
func (m pageMeta) authors(ra readability.Article) []string {
	if len(m.ld.authors) > 0 {
		return dedupe(m.ld.authors)
	}
	// Keys whose values may hold several names in one string.
	for _, k := range []string{"article:author", "author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl"} {
		var names []string
		for _, v := range m.metas[k] {
			names = append(names, splitNames(html.UnescapeString(v))...)
		}
		if len(names) > 0 {
			return dedupe(names)
		}
	}
	// citation_author has one author per tag, often as "Last, First", so
	// it is not split.
	var names []string
	for _, v := range m.metas["citation_author"] {
		if v = collapse(v); v != "" {
			names = append(names, v)
		}
	}
	if len(names) > 0 {
		return dedupe(names)
	}
	return dedupe(splitNames(ra.Byline()))
}

// resolve makes a URL from the page absolute; only http(s) results count.
func (m pageMeta) resolve(ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if m.base != nil {
		u = m.base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment, u.RawFragment = "", ""
	return u.String()
}

// cleanTitle strips a " | Outlet" style suffix from a <title>, when the
// suffix is the outlet's name or domain.
func cleanTitle(title, siteName, pageURL string) string {
	title = collapse(title)
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		suffix := strings.TrimSpace(title[i+len(sep):])
		outlet := OutletFromURL(pageURL)
		if (siteName != "" && strings.EqualFold(suffix, siteName)) ||
			(outlet != "" && (strings.EqualFold(suffix, outlet) || strings.EqualFold(suffix, strings.SplitN(outlet, ".", 2)[0]))) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// splitNames turns a byline into names, dropping URLs (article:author is
// often a profile link) and a leading "By".
func splitNames(s string) []string {
	s = collapse(s)
	if s == "" || looksLikeURL(s) {
		return nil
	}
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = s[3:]
	}
	// Normalise every separator to a comma: "A and B", "A & B", "A; B".
	for _, sep := range []string{" and ", " AND ", " And ", "&", ";", "|"} {
		s = strings.ReplaceAll(s, sep, ",")
	}
	var out []string
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part != "" && !looksLikeURL(part) {
			out = append(out, part)
		}
	}
	return out
}

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "//")
}

func dedupe(names []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		n = collapse(n)
		k := strings.ToLower(n)
		if n == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, n)
	}
	return out
}

// parseDate accepts the date formats seen in article metadata. A date
// without a time zone is taken as UTC.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	layouts := []string{
		time.RFC3339Nano,
		"2006-01-02T15:04:05Z0700",
		"2006-01-02T15:04:05.999999999Z0700",
		"2006-01-02T15:04Z07:00",
		"2006-01-02T15:04:05",
		"2006-01-02T15:04:05.999999999",
		"2006-01-02T15:04",
		"2006-01-02 15:04:05 -0700",
		"2006-01-02 15:04:05 -0700 MST",
		"2006-01-02 15:04:05Z07:00",
		"2006-01-02 15:04:05",
		"2006-01-02 15:04",
		"2006-01-02",
		"2006/01/02",
		"2006/1/2",
		"20060102",
		time.RFC1123Z,
		time.RFC1123,
		"Mon, 2 Jan 2006 15:04:05 -0700",
		"January 2, 2006",
		"Jan 2, 2006",
		"2 January 2006",
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// OutletFromURL derives an outlet name from a URL's domain, for pages that
// do not name their site: the registrable domain (eTLD+1, via the public
// suffix list), so "https://www.npr.org/x" and "news.bbc.co.uk" give
// "npr.org" and "bbc.co.uk", while hosted blogs such as "jane.blogspot.com"
// keep their own name. It accepts bare host names and returns "" if no host
// can be found.
func OutletFromURL(rawURL string) string {
	s := strings.TrimSpace(rawURL)
	if s == "" {
		return ""
	}
	if !strings.Contains(s, "://") {
		s = "//" + strings.TrimPrefix(s, "//")
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if host == "" {
		return ""
	}
	if net.ParseIP(host) != nil {
		return host
	}
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return strings.TrimPrefix(host, "www.")
}

// --- JSON-LD ---

// ldArticle is what we take from JSON-LD.
type ldArticle struct {
	headline  string
	published string
	authors   []string
	publisher string
	website   string // name of a WebSite object, a fallback site name
	url       string
	lang      string
}

// isArticleType reports whether a lower-cased schema.org type is treated
// as an article.
func isArticleType(t string) bool {
	switch t {
	case "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
		"opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
		"askpublicnewsarticle", "blogposting", "liveblogposting",
		"socialmediaposting", "report", "scholarlyarticle", "techarticle":
		return true
	}
	return false
}

// parseJSONLD reads JSON-LD scripts, including @graph arrays and
// top-level arrays, and picks the first article-typed object. Author and
// publisher references by @id (as Yoast emits) are resolved. Broken
// scripts are skipped: bad JSON-LD is common and must not fail an import.
func parseJSONLD(scripts []string) ldArticle {
	var objs []map[string]any
	var collect func(v any)
	collect = func(v any) {
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				collect(e)
			}
		case map[string]any:
			objs = append(objs, t)
			if g, ok := t["@graph"]; ok {
				collect(g)
			}
		}
	}
	for _, s := range scripts {
		s = strings.TrimSpace(s)
		// Some CMSes wrap the JSON in comment or CDATA markers.
		for _, junk := range []string{"<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"} {
			s = strings.ReplaceAll(s, junk, "")
		}
		var v any
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			continue
		}
		collect(v)
	}

	byID := map[string]map[string]any{}
	for _, o := range objs {
		if id := str(o["@id"]); id != "" {
			if _, dup := byID[id]; !dup {
				byID[id] = o
			}
		}
	}
	deref := func(v any) any {
		if o, ok := v.(map[string]any); ok && len(o) == 1 {
			if full, ok := byID[str(o["@id"])]; ok {
				return full
			}
		}
		return v
	}

	var out ldArticle
	for _, o := range objs {
		if hasType(o, "website") && out.website == "" {
			out.website = clean(str(o["name"]))
		}
	}
	for _, o := range objs {
		if !hasArticleType(o) {
			continue
		}
		out.headline = clean(firstNonEmpty(str(o["headline"]), str(o["name"]), str(o["alternativeHeadline"])))
		out.published = firstNonEmpty(str(o["datePublished"]), str(o["dateCreated"]))
		out.lang = str(o["inLanguage"])
		out.url = firstNonEmpty(str(o["url"]), idOrURL(deref(o["mainEntityOfPage"])))
		if p, ok := deref(first(o["publisher"])).(map[string]any); ok {
			out.publisher = clean(str(p["name"]))
		} else if s := str(o["publisher"]); s != "" {
			out.publisher = clean(s)
		}
		authors := o["author"]
		if authors == nil {
			authors = o["creator"]
		}
		for _, a := range asList(authors) {
			switch t := deref(a).(type) {
			case string:
				out.authors = append(out.authors, splitNames(html.UnescapeString(t))...)
			case map[string]any:
				if n := clean(str(t["name"])); n != "" && !looksLikeURL(n) {
					out.authors = append(out.authors, n)
				}
			}
		}
		break
	}
	return out
}

// str returns a JSON string value, or the first string of an array.
func str(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		for _, e := range t {
			if s := str(e); s != "" {
				return s
			}
		}
	}
	return ""
}

func first(v any) any {
	if l, ok := v.([]any); ok && len(l) > 0 {
		return l[0]
	}
	return v
}

func asList(v any) []any {
	switch t := v.(type) {
	case nil:
		return nil
	case []any:
		return t
	default:
		return []any{t}
	}
}

func idOrURL(v any) string {
	if o, ok := v.(map[string]any); ok {
		return firstNonEmpty(str(o["url"]), str(o["@id"]))
	}
	return str(v)
}

// typeNames returns the lower-cased @type values without a schema.org
// prefix ("http://schema.org/NewsArticle" -> "newsarticle").
func typeNames(o map[string]any) []string {
	var out []string
	for _, t := range asList(o["@type"]) {
		s, _ := t.(string)
		if i := strings.LastIndexAny(s, "/#:"); i >= 0 {
			s = s[i+1:]
		}
		out = append(out, strings.ToLower(s))
	}
	return out
}

func hasType(o map[string]any, t string) bool {
	for _, n := range typeNames(o) {
		if n == t {
			return true
		}
	}
	return false
}

func hasArticleType(o map[string]any) bool {
	for _, n := range typeNames(o) {
		if isArticleType(n) {
			return true
		}
	}
	return false
}

// --- small helpers ---

// clean unescapes HTML entities (WordPress often double-encodes them in
// JSON-LD) and collapses whitespace.
func clean(s string) string { return collapse(html.UnescapeString(s)) }

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

func hasToken(list, token string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, token) {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func inSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.Data == "svg" {
			return true
		}
	}
	return false
}
