package cite

import (
	"strings"
)

// FormatMLA formats r in MLA style (9th edition):
//
//	Manjoo, Farhad. “How Netflix Is Deepening Our Cultural Echo Chambers.” The New York Times, 11 Jan. 2017, www.nytimes.com/….
//
// The container (outlet) is in italics; the title is put in MLA title case;
// the URL is shown without http:// or https://. With no author the entry
// starts with the title; an organisation that is both author and outlet is
// given only as the outlet. When there is no publication date the access
// date is added ("Accessed 4 May 2009."). In-text citations name the author
// ("et al." from three authors) or a short title in quotation marks; when
// the speaker is not an author the indirect-source form "(qtd. in Doe)" is
// used and Quotation names the speaker in the sentence, as MLA requires. MLA
// has no element for the outlet the quote came through (Via).
func FormatMLA(r Record, m Markup) Citation {
	outlet := oneLine(r.Outlet)
	authors := r.Authors
	if len(authors) == 1 && authors[0].isLiteral() && strings.EqualFold(oneLine(authors[0].Name), outlet) {
		authors = nil
	}

	var parts []string
	if len(authors) > 0 {
		parts = append(parts, period(mlaAuthors(authors, m)))
	}
	if t := titleCase(oneLine(r.ArticleTitle)); t != "" {
		if endsTerminal(t) {
			parts = append(parts, "“"+m.esc(t)+"”")
		} else {
			parts = append(parts, "“"+m.esc(t)+".”")
		}
	}
	var elems []string
	elems = append(elems, m.ital(outlet))
	if r.Published != nil {
		elems = append(elems, dateMLA(*r.Published))
	}
	elems = append(elems, m.esc(stripScheme(strings.TrimSpace(r.ArticleURL))))
	if e := joinNonEmpty(", ", elems...); e != "" {
		parts = append(parts, e+".")
	}
	if r.Published == nil && r.Accessed != nil {
		parts = append(parts, "Accessed "+dateMLA(*r.Accessed)+".")
	}
	c := Citation{Reference: strings.Join(parts, " ")}

	source := mlaSource(&r, authors, m)
	if r.secondary() {
		c.InText = "(qtd. in " + source + ")"
		if q := r.saidQuotation(m); q != "" {
			c.Quotation = q + " " + c.InText + "."
		}
	} else {
		c.InText = "(" + source + ")"
		if q := r.quoted(m); q != "" {
			c.Quotation = q + " " + c.InText + "."
		}
	}
	return c
}

// mlaAuthors is "Khan, Lina", "Khan, Lina, and John Doe" or "Khan, Lina, et al.".
func mlaAuthors(authors []Person, m Markup) string {
	first := authors[0].Parse().Inverted()
	switch len(authors) {
	case 1:
		return m.esc(first)
	case 2:
		return m.esc(first + ", and " + authors[1].Parse().Display())
	}
	return m.esc(first) + ", et al."
}

// mlaSource is the author or short title of an MLA in-text citation.
func mlaSource(r *Record, authors []Person, m Markup) string {
	switch len(authors) {
	case 0:
		t := shortTitle(titleCase(oneLine(r.ArticleTitle)), 4)
		if t == "" {
			return m.ital(oneLine(r.Outlet))
		}
		return "“" + m.esc(t) + "”"
	case 1:
		return m.esc(authors[0].shortName())
	case 2:
		return m.esc(authors[0].shortName() + " and " + authors[1].shortName())
	}
	return m.esc(authors[0].shortName()) + " et al."
}

// stripScheme removes http:// or https:// from a URL, as MLA recommends.
func stripScheme(u string) string {
	for _, p := range []string{"https://", "http://"} {
		if len(u) > len(p) && strings.EqualFold(u[:len(p)], p) {
			return u[len(p):]
		}
	}
	return u
}
