package webpage

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Article is what an imported page yields. Fields the page does not provide
// are left empty.
type Article struct {
	// Title is the article's headline.
	Title string
	// URL is the canonical URL of the article (from <link rel=canonical>,
	// og:url or JSON-LD), resolved against the page URL; it falls back to the
	// page URL itself.
	URL string
	// SourceURL is the URL the HTML was actually read from (after redirects),
	// or the pageURL given to Parse.
	SourceURL string
	// SiteName is the outlet as the page names itself (og:site_name,
	// JSON-LD publisher, ...). Empty if the page does not say; see Outlet.
	SiteName string
	// Authors are the bylines, in page order, without duplicates.
	Authors []string
	// Published is the publication time; nil if the page does not give one.
	// Dates without a time zone are taken as UTC.
	Published *time.Time
	// Text is the main article text as plain text, one paragraph per block
	// separated by blank lines, without navigation, share buttons and
	// similar boilerplate.
	Text string
	// Lang is the page's language tag (e.g. "en", "en-US"), if declared.
	Lang string
}

// Outlet returns SiteName, or a name derived from the article's domain when
// the page does not name its outlet.
func (a Article) Outlet() string {
	if a.SiteName != "" {
		return a.SiteName
	}
	if a.URL != "" {
		return OutletFromURL(a.URL)
	}
	return OutletFromURL(a.SourceURL)
}

// Parse reads HTML (pasted or uploaded by an editor) and extracts the
// article. pageURL is where the page came from, if known: it resolves
// relative links such as a relative canonical URL and may be empty. limit is
// the maximum number of bytes read (0 means DefaultMaxBytes); a larger input
// fails with ErrTooLarge.
//
// The character encoding comes from a byte-order mark; otherwise input that
// is valid UTF-8 is read as UTF-8 (pasted text always is, whatever its
// <meta charset> says); otherwise the <meta> charset declaration is used,
// with windows-1252 as the last resort, as browsers do.
//
// When the page has no readable text, Parse returns ErrNoArticle together
// with whatever metadata it found.
func Parse(r io.Reader, pageURL string, limit int64) (Article, error) {
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	raw, err := readLimited(r, limit)
	if err != nil {
		return Article{}, err
	}
	return parseBytes(raw, "", pageURL)
}

// readLimited reads at most limit bytes and fails with ErrTooLarge if there
// is more.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	raw, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(raw)) > limit {
		return nil, tooLarge(limit)
	}
	return raw, nil
}

func tooLarge(limit int64) error {
	return detail(ErrTooLarge, "page is larger than %s", formatSize(limit))
}

// decode converts raw page bytes to UTF-8. contentType is the HTTP header
// value, empty for uploaded or pasted HTML.
func decode(raw []byte, contentType string) (string, error) {
	if contentType == "" && !hasBOM(raw) && utf8.Valid(raw) {
		return string(raw), nil
	}
	enc, _, _ := charset.DetermineEncoding(raw, contentType)
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", fmt.Errorf("could not decode the page's characters: %w", err)
	}
	// Decoders keep a UTF-8 BOM; it would otherwise end up in the title.
	return strings.TrimPrefix(string(out), "\uFEFF"), nil
}

func hasBOM(raw []byte) bool {
	return bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}) ||
		bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) ||
		bytes.HasPrefix(raw, []byte{0xFF, 0xFE})
}

// parseBytes does the work shared by Parse and Fetcher.Fetch.
func parseBytes(raw []byte, contentType, pageURL string) (Article, error) {
	var base *url.URL
	if pageURL != "" {
		u, err := url.Parse(pageURL)
		if err != nil || !u.IsAbs() {
			return Article{}, detail(ErrInvalidURL, "not a valid web address: %q", pageURL)
		}
		if err := checkScheme(u); err != nil {
			return Article{}, err
		}
		base = u
	}

	text, err := decode(raw, contentType)
	if err != nil {
		return Article{}, err
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return Article{}, fmt.Errorf("could not read the page's HTML: %w", err)
	}

	// Metadata is read before readability runs, from the untouched document.
	meta := readMetadata(doc, base)

	// ParseDocument works on a copy, so the fallback below still sees the
	// whole page.
	parser := readability.NewParser()
	ra, raErr := parser.ParseDocument(doc, base)
	var body string
	if raErr == nil && ra.Node != nil {
		body = cleanText(render.InnerText(ra.Node))
	}
	if body == "" {
		body = fallbackText(doc)
	}

	art := meta.article(ra, pageURL)
	art.Text = body
	if art.Text == "" {
		return art, detail(ErrNoArticle, "no article text found on the page")
	}
	return art, nil
}

// cleanText turns readability's rendered text into the stored body: one
// paragraph per line of rendered text, whitespace collapsed, paragraphs
// separated by a blank line, short boilerplate lines dropped. Readability
// already removes navigation and most share widgets; the boilerplate filter
// catches the small leftovers inside the article container ("Follow Us",
// "Advertisement") that would otherwise show up as bogus paragraphs.
func cleanText(s string) string {
	var paras []string
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" || isBoilerplate(line) {
			continue
		}
		paras = append(paras, line)
	}
	return strings.Join(paras, "\n\n")
}

// isBoilerplate reports whether a short line is a known widget label rather
// than article text. Only whole-line matches count, so real sentences are
// never dropped.
func isBoilerplate(line string) bool {
	if len(line) > 60 {
		return false
	}
	l := strings.ToLower(strings.Trim(line, " .:!|•·-–—»›"))
	switch l {
	case "advertisement", "advertisements", "ad", "sponsored", "sponsored content",
		"share", "share this", "share this article", "share this story", "share this post",
		"share on facebook", "share on twitter", "share on x", "share on linkedin",
		"share via email", "tweet", "email", "print", "copy link", "link copied",
		"follow us", "follow", "subscribe", "sign up", "newsletter",
		"sign up for our newsletter", "subscribe to our newsletter",
		"read more", "related", "related articles", "related stories", "more stories",
		"skip to content", "skip to main content", "comments", "leave a comment",
		"back to top", "image", "photo", "listen to this article":
		return true
	}
	return strings.HasPrefix(l, "follow us on ") || strings.HasPrefix(l, "share on ")
}

// fallbackText collects the text of all <p> elements outside navigation,
// header, footer and aside, for pages readability finds no article in.
func fallbackText(doc *html.Node) string {
	var paras []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "nav", "header", "footer", "aside", "script", "style", "noscript", "form":
				return
			case "p":
				if t := cleanText(render.InnerText(n)); t != "" {
					paras = append(paras, t)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return strings.Join(paras, "\n\n")
}
