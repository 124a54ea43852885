package handlers_test

import (
	"encoding/json"
	"encoding/xml"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"
	"golang.org/x/net/html"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

// site is where the test requests say they were sent (httptest's host).
const site = "http://example.com"

// metaStory adds an outlet, an article with two authors and a date, and
// a quote from it whose words try to close the script they sit in; it
// returns the article's and the quote's addresses.
func metaStory(t *testing.T, app *apptest.App) (article, quote string) {
	t.Helper()
	create := func(path string, v url.Values) string {
		t.Helper()
		res := app.PostForm(path, v)
		if res.Status != http.StatusSeeOther {
			t.Fatalf("POST %s: status %d\n%s", path, res.Status, res.Body)
		}
		return res.Location
	}
	create("/outlets", url.Values{"name": {"Harbour Gazette"}, "kind": {"newspaper"}})
	article = create("/articles", url.Values{
		"title": {"Ferry timetable to change in spring"}, "url": {"https://gazette.example/ferry-timetable"},
		"outlet": {"Harbour Gazette"}, "authors": {"Mira Holt\nJonas Berg"}, "published_on": {"2024-03-05"},
	})
	quote = create("/quotes", url.Values{
		"text": {`The boats will run later </script><script>alert(1)</script> on Sundays`}, "speaker": {"Ada Quill"},
		"speaker_new": {"true"}, "speaker_kind": {"person"}, "kind": {"direct"}, "status": {"unverified"},
		"article_id": {strings.TrimPrefix(article, "/articles/")}, "said_on": {"2024-03-04"},
	})
	return article, quote
}

// head parses a page and returns its head element.
func head(t *testing.T, body string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var found *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "head" && found == nil {
			found = n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if found == nil {
		t.Fatal("the page has no head")
	}
	return found
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// metaTags lists the head's meta tags' contents by name or property, as
// Zotero's Embedded Metadata translator reads them, and its links by rel.
func metaTags(t *testing.T, body string) (meta, links map[string][]string, scripts []*html.Node) {
	t.Helper()
	meta, links = map[string][]string{}, map[string][]string{}
	for n := head(t, body).FirstChild; n != nil; n = n.NextSibling {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "meta":
			name := attr(n, "name")
			if name == "" {
				name = attr(n, "property")
			}
			if name != "" {
				meta[name] = append(meta[name], attr(n, "content"))
			}
		case "link":
			links[attr(n, "rel")] = append(links[attr(n, "rel")], attr(n, "href"))
		case "script":
			if attr(n, "type") == "application/ld+json" {
				scripts = append(scripts, n)
			}
		}
	}
	return meta, links, scripts
}

// schemaContext is the part of schema.org's JSON-LD context the quote's
// description uses: the vocabulary, and url as a link. Tests run offline,
// so the loader answers with it instead of fetching https://schema.org.
const schemaContext = `{"@context": {"@vocab": "http://schema.org/", "url": {"@id": "http://schema.org/url", "@type": "@id"}}}`

func expand(t *testing.T, doc string) []any {
	t.Helper()
	var in, ctx any
	if err := json.Unmarshal([]byte(doc), &in); err != nil {
		t.Fatalf("the JSON-LD is not JSON: %v\n%s", err, doc)
	}
	if err := json.Unmarshal([]byte(schemaContext), &ctx); err != nil {
		t.Fatal(err)
	}
	loader := ld.NewCachingDocumentLoader(ld.NewDefaultDocumentLoader(&http.Client{Transport: offline{}}))
	loader.AddDocument("https://schema.org", ctx)
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = loader
	out, err := ld.NewJsonLdProcessor().Expand(in, opts)
	if err != nil {
		t.Fatalf("expand: %v\n%s", err, doc)
	}
	return out
}

// offline refuses every fetch: the test must not depend on the network.
type offline struct{}

func (offline) RoundTrip(r *http.Request) (*http.Response, error) {
	return nil, &url.Error{Op: "GET", URL: r.URL.String(), Err: http.ErrNotSupported}
}

// node is an expanded JSON-LD node's property: its one object.
func node(t *testing.T, n any, prop string) map[string]any {
	t.Helper()
	m, _ := n.(map[string]any)
	vs, _ := m["http://schema.org/"+prop].([]any)
	if len(vs) == 0 {
		t.Fatalf("no %s in %v", prop, n)
	}
	v, _ := vs[0].(map[string]any)
	return v
}

func hasType(n map[string]any, typ string) bool {
	ts, _ := n["@type"].([]any)
	for _, x := range ts {
		if x == "http://schema.org/"+typ {
			return true
		}
	}
	return false
}

// A quote's page describes it as a schema.org Quotation a JSON-LD
// processor reads: who said it, linked to their page, and the article it
// was printed in; words that try to close the script stay inside it.
func TestQuotePageJSONLD(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	article, quote := metaStory(t, app)
	res := app.Get(quote)
	if res.Status != http.StatusOK {
		t.Fatalf("GET %s: %d", quote, res.Status)
	}
	meta, links, scripts := metaTags(t, res.Body)
	if len(scripts) != 1 || scripts[0].FirstChild == nil {
		t.Fatalf("want one JSON-LD script in the head, got %d:\n%s", len(scripts), res.Body)
	}
	if strings.Contains(res.Body, "<script>alert(1)") {
		t.Fatal("the quote's words opened a script of their own")
	}
	data := scripts[0].FirstChild.Data
	out := expand(t, data)
	if len(out) != 1 {
		t.Fatalf("want one node, got %v", out)
	}
	q, _ := out[0].(map[string]any)
	if !hasType(q, "Quotation") {
		t.Fatalf("not a Quotation: %v", q)
	}
	text := node(t, q, "text")["@value"]
	if text != "The boats will run later </script><script>alert(1)</script> on Sundays" {
		t.Errorf("text = %q", text)
	}
	if u := node(t, q, "url")["@id"]; u != site+quote {
		t.Errorf("url = %v, want %s", u, site+quote)
	}
	speaker := node(t, q, "spokenByCharacter")
	if !hasType(speaker, "Person") || node(t, speaker, "url")["@id"] != site+"/people/ada-quill" ||
		node(t, speaker, "name")["@value"] != "Ada Quill" {
		t.Errorf("spokenByCharacter = %v", speaker)
	}
	based := node(t, q, "isBasedOn")
	if !hasType(based, "NewsArticle") || node(t, based, "url")["@id"] != "https://gazette.example/ferry-timetable" ||
		node(t, based, "headline")["@value"] != "Ferry timetable to change in spring" ||
		node(t, based, "datePublished")["@value"] != "2024-03-05" ||
		node(t, node(t, based, "publisher"), "name")["@value"] != "Harbour Gazette" {
		t.Errorf("isBasedOn = %v", based)
	}
	if node(t, node(t, q, "creator"), "name")["@value"] != "Mira Holt" || node(t, q, "dateCreated")["@value"] != "2024-03-04" {
		t.Errorf("creator or dateCreated = %v", q)
	}
	if links["canonical"] == nil || links["canonical"][0] != site+quote {
		t.Errorf("canonical = %v", links["canonical"])
	}
	for _, p := range []string{"description", "og:title", "og:description", "og:type", "og:url", "og:site_name"} {
		if len(meta[p]) != 1 || meta[p][0] == "" {
			t.Errorf("meta %s = %v", p, meta[p])
		}
	}

	// An organisation's words, in an article that names no author: the
	// speaker is an Organization and the outlet stands as the creator.
	res = app.PostForm("/quotes", url.Values{
		"text": {"Sunday crossings are under review"}, "speaker": {"Harbour Board"}, "speaker_new": {"true"},
		"speaker_kind": {"organisation"}, "kind": {"direct"}, "status": {"unverified"}, "article_id": {"new"},
		"article_title": {"Board reviews crossings"}, "article_outlet": {"Harbour Gazette"},
	})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("POST /quotes: %d\n%s", res.Status, res.Body)
	}
	_, _, scripts = metaTags(t, app.Get(res.Location).Body)
	q, _ = expand(t, scripts[0].FirstChild.Data)[0].(map[string]any)
	speaker = node(t, q, "spokenByCharacter")
	creator := node(t, q, "creator")
	if !hasType(speaker, "Organization") || !hasType(creator, "Organization") || node(t, creator, "name")["@value"] != "Harbour Gazette" {
		t.Errorf("speaker %v, creator %v", speaker, creator)
	}
	// Without the article's address, the quote is based on its page here.
	if u, _ := node(t, node(t, q, "isBasedOn"), "url")["@id"].(string); !strings.HasPrefix(u, site+"/articles/") || u == site+article {
		t.Errorf("isBasedOn url = %v", u)
	}
}

// An article's page carries the Highwire and Dublin Core tags Zotero's
// Embedded Metadata translator reads, so that its connector saves the
// article with its title, authors, date, publisher and address.
func TestArticlePageCitationTags(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	article, _ := metaStory(t, app)
	res := app.Get(article + "?page=3&sort=x")
	if res.Status != http.StatusOK {
		t.Fatalf("GET %s: %d", article, res.Status)
	}
	meta, links, _ := metaTags(t, res.Body)
	want := map[string][]string{
		// The translator's Highwire fields: title, date, publisher, url,
		// and one author a tag.
		"citation_title":            {"Ferry timetable to change in spring"},
		"citation_author":           {"Mira Holt", "Jonas Berg"},
		"citation_publication_date": {"2024/03/05"},
		"citation_publisher":        {"Harbour Gazette"},
		"citation_public_url":       {"https://gazette.example/ferry-timetable"},
		// Its Dublin Core fields, read through its RDF translator.
		"DC.title":     {"Ferry timetable to change in spring"},
		"DC.creator":   {"Mira Holt", "Jonas Berg"},
		"DC.date":      {"2024-03-05"},
		"DC.publisher": {"Harbour Gazette"},
		"og:type":      {"article"},
		"og:url":       {site + article},
	}
	for k, v := range want {
		if strings.Join(meta[k], "|") != strings.Join(v, "|") {
			t.Errorf("%s = %q, want %q", k, meta[k], v)
		}
	}
	// A journal title would make the translator save a journal article.
	if meta["citation_journal_title"] != nil {
		t.Errorf("citation_journal_title = %q", meta["citation_journal_title"])
	}
	if len(links["canonical"]) != 1 || links["canonical"][0] != site+article {
		t.Errorf("canonical = %v, want %s", links["canonical"], site+article)
	}
	if len(links["icon"]) != 1 || app.Get(links["icon"][0]).Status != http.StatusOK {
		t.Errorf("icon = %v", links["icon"])
	}
}

// The sitemap names a sitemap for each kind of record, and those list
// the records' pages; robots.txt points to it and keeps crawlers out of
// the forms and the editors' pages.
func TestSitemapAndRobots(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	res := app.Get("/sitemap.xml")
	if res.Status != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/xml") {
		t.Fatalf("GET /sitemap.xml: %d %s", res.Status, res.Header.Get("Content-Type"))
	}
	var idx struct {
		XMLName xml.Name
		Locs    []string `xml:"sitemap>loc"`
	}
	if err := xml.Unmarshal([]byte(res.Body), &idx); err != nil || idx.XMLName.Local != "sitemapindex" {
		t.Fatalf("not a sitemap index: %v\n%s", err, res.Body)
	}
	var quotes []string
	for _, loc := range idx.Locs {
		path := strings.TrimPrefix(loc, site)
		res := app.Get(path)
		var set struct {
			XMLName xml.Name
			Locs    []string `xml:"url>loc"`
		}
		if err := xml.Unmarshal([]byte(res.Body), &set); err != nil || res.Status != http.StatusOK || set.XMLName.Local != "urlset" {
			t.Fatalf("GET %s: %d %v\n%s", path, res.Status, err, res.Body)
		}
		if len(set.Locs) == 0 {
			t.Errorf("%s lists nothing", path)
		}
		for _, l := range set.Locs {
			if strings.HasPrefix(l, site+"/quotes/") {
				quotes = append(quotes, l)
			}
		}
	}
	if len(quotes) == 0 || app.Get(strings.TrimPrefix(quotes[0], site)).Status != http.StatusOK {
		t.Fatalf("the sitemaps list no quote page that answers: %v", idx.Locs)
	}
	if res := app.Get("/sitemap-quotes-0.xml"); res.Status != http.StatusNotFound {
		t.Errorf("/sitemap-quotes-0.xml: %d", res.Status)
	}
	if res := app.Get("/sitemap-users-1.xml"); res.Status != http.StatusNotFound {
		t.Errorf("/sitemap-users-1.xml: %d", res.Status)
	}
	robots := app.Get("/robots.txt")
	for _, line := range []string{"User-agent: *", "Disallow: /admin", "Disallow: /account", "Disallow: /login", "Disallow: /api/",
		"Disallow: /history", "Disallow: /changes", "Disallow: /trash", "Disallow: /*/edit$", "Sitemap: " + site + "/sitemap.xml"} {
		if !strings.Contains(robots.Body, line+"\n") {
			t.Errorf("robots.txt lacks %q:\n%s", line, robots.Body)
		}
	}
	if res := app.Get("/favicon.ico"); res.Status != http.StatusMovedPermanently || res.Location != "/static/favicon.svg" {
		t.Errorf("/favicon.ico: %d %s", res.Status, res.Location)
	}
}
