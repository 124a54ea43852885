// Package webpage imports a news article from a URL or from HTML an editor
// pasted or uploaded: title, authors, publication date, outlet (site name),
// canonical URL, language and the main text as plain paragraphs.
//
// Metadata comes from the page itself, in this order of trust: JSON-LD
// (NewsArticle, Article, ReportageNewsArticle, BlogPosting and related
// types, including @graph arrays and author/publisher references by @id),
// OpenGraph and article:* tags, other meta conventions (name=author,
// citation_*, parsely-*, sailthru.*, Dublin Core), <link rel=canonical> and
// <title>. The main text is found by go-readability (the maintained
// codeberg.org/readeck fork; github.com/go-shiori/go-readability is archived)
// and rendered as plain text with paragraphs separated by blank lines.
//
// Fetching is safe for user-supplied links by default (see Fetcher): only
// http and https; only ports 80 and 443; only public internet addresses,
// checked when connecting so that redirects and DNS rebinding cannot reach
// loopback, private, link-local, cloud metadata, CGNAT or other special
// addresses; bounded redirects, size and time; HTML only. Every refusal is
// an error whose message an editor can read and that wraps a sentinel
// (ErrPrivateAddress, ErrTooLarge, ...) for errors.Is.
package webpage
