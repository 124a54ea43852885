package cite

import (
	"strconv"
	"strings"
)

// FormatAPA formats r in APA Style (7th edition).
//
// Newspaper, magazine and blog articles take the periodical form (title
// plain, outlet in italics):
//
//	Carey, B. (2019, March 22). Can we get better at forgetting? The New York Times. https://…
//
// Articles on news websites and other web pages take the webpage form (title
// in italics, site plain, the site left out when it is also the author):
//
//	Avramova, N. (2019, January 3). The secret to a long, happy, healthy life? Think age-positive. CNN. https://…
//
// The title is put in sentence case (see Record.ArticleTitleSentence). With
// no author the title moves to the author position; with no date the date
// is "n.d.". In-text citations use the family name (organisations in full,
// "et al." from three authors) or a short title; when the speaker is not an
// author the secondary-source form is used: "(Khan, as cited in Doe, 2022)".
// APA has no element for the outlet the quote came through (Via), so it is
// not shown.
func FormatAPA(r Record, m Markup) Citation {
	kind := strings.ToLower(r.OutletKind)
	periodical := kind == OutletNewspaper || kind == OutletMagazine || kind == OutletBlog

	title := oneLine(r.ArticleTitleSentence)
	if title == "" {
		title = sentenceCase(oneLine(r.ArticleTitle), r.protectedWords())
	}
	titlePart := period(m.italIf(!periodical, title))
	if m == HTML && !periodical && endsTerminal(title) {
		titlePart = m.ital(title)
	}

	date := "(n.d.)."
	if r.Published != nil {
		date = "(" + dateAPA(*r.Published) + ")."
	}

	var site string
	if outlet := oneLine(r.Outlet); outlet != "" {
		soleAuthor := len(r.Authors) == 1 && strings.EqualFold(oneLine(r.Authors[0].Name), outlet)
		if periodical {
			site = m.ital(outlet) + "."
		} else if !soleAuthor {
			site = period(m.esc(outlet))
		}
	}

	var parts []string
	if len(r.Authors) > 0 {
		parts = append(parts, period(apaAuthors(r.Authors, m)), date, titlePart)
	} else {
		parts = append(parts, titlePart, date)
	}
	parts = append(parts, site, m.esc(strings.TrimSpace(r.ArticleURL)))

	c := Citation{Reference: joinNonEmpty(" ", parts...)}
	source := apaSource(&r, m)
	if r.secondary() {
		c.InText = "(" + m.esc(r.Speaker.shortName()) + ", as cited in " + source + ")"
	} else {
		c.InText = "(" + source + ")"
	}
	if q := r.quoted(m); q != "" {
		c.Quotation = q + " " + c.InText + "."
	}
	return c
}

// apaAuthors lists authors for an APA reference: "Khan, L. M., & Doe, J.";
// from 21 authors the first 19, an ellipsis and the last.
func apaAuthors(authors []Person, m Markup) string {
	amp := m.esc("&")
	names := make([]string, len(authors))
	for i, a := range authors {
		n := a.Parse()
		if n.Literal != "" {
			names[i] = m.esc(n.Literal)
			continue
		}
		names[i] = m.esc(joinNonEmpty(", ", n.FamilyFull(), n.Initials(), n.Suffix))
	}
	switch {
	case len(names) == 1:
		return names[0]
	case len(names) == 2:
		return names[0] + ", " + amp + " " + names[1]
	case len(names) > 20:
		return strings.Join(names[:19], ", ") + ", . . . " + names[len(names)-1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", " + amp + " " + names[len(names)-1]
}

// apaSource is the author-and-date part of an APA in-text citation: "Doe,
// 2022", "Doe & Roe, 2022", "Doe et al., 2022", or with no author the short
// title: "“Twitter Fined $150 Million,” 2022" (italic instead of quoted for
// webpages).
func apaSource(r *Record, m Markup) string {
	year := "n.d."
	if r.Published != nil {
		year = strconv.Itoa(r.Published.Year())
	}
	switch len(r.Authors) {
	case 0:
		t := shortTitle(oneLine(r.ArticleTitle), 4)
		if t == "" {
			return year
		}
		kind := strings.ToLower(r.OutletKind)
		if kind == OutletNewspaper || kind == OutletMagazine || kind == OutletBlog {
			return "“" + m.esc(t) + ",” " + year
		}
		return m.ital(t) + ", " + year
	case 1:
		return m.esc(r.Authors[0].shortName()) + ", " + year
	case 2:
		return m.esc(r.Authors[0].shortName()+" & "+r.Authors[1].shortName()) + ", " + year
	}
	return m.esc(r.Authors[0].shortName()) + " et al., " + year
}
