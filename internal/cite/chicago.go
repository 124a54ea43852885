package cite

import (
	"strings"
)

// FormatChicago formats r in the notes-and-bibliography system of The
// Chicago Manual of Style (17th edition):
//
//	Note:         Farhad Manjoo, “Snap Makes a Bet on the Cultural Supremacy of the Camera,” New York Times, March 8, 2017, https://….
//	Short note:   Manjoo, “Snap Makes a Bet.”
//	Bibliography: Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” New York Times, March 8, 2017. https://….
//
// Newspapers, magazines, news sites and blogs are in italics, other websites
// in roman; a leading "The" is dropped from newspaper names. Titles are put
// in headline case. With no author, notes start with the title and the
// bibliography entry with the outlet. With no date the access date is given
// ("accessed May 1, 2017"), else "n.d.". When the speaker is not an author,
// the note and short note use the "quoted in" form, with the via outlet:
// "Lina Khan, as reported by NPR, quoted in …". In the returned Citation,
// Note is the full note, InText the short note and Reference the
// bibliography entry.
func FormatChicago(r Record, m Markup) Citation {
	kind := strings.ToLower(r.OutletKind)
	periodical := kind == OutletNewspaper || kind == OutletMagazine || kind == OutletNews || kind == OutletBlog
	outlet := oneLine(r.Outlet)
	if kind == OutletNewspaper {
		outlet = trimThe(outlet)
	}
	container := m.italIf(periodical, outlet)
	if len(r.Authors) == 1 && strings.EqualFold(oneLine(r.Authors[0].Name), outlet) {
		container = "" // the owner of the site is the author: do not repeat it
	}
	title := m.esc(titleCase(oneLine(r.ArticleTitle)))
	url := m.esc(strings.TrimSpace(r.ArticleURL))

	noteDate, bibDate := "n.d.", "n.d."
	if r.Published != nil {
		noteDate = dateChicago(*r.Published)
		bibDate = noteDate
	} else if r.Accessed != nil {
		noteDate = "accessed " + dateChicago(*r.Accessed)
		bibDate = "A" + noteDate[1:]
	}

	// Full note.
	rest := joinNonEmpty(", ", container, noteDate, url)
	note := chicagoNoteAuthors(r.Authors, m)
	if note != "" {
		note += ", "
	}
	switch {
	case title == "":
		note += rest
	case endsQuestion(title):
		note += "“" + title + "” " + rest
	default:
		note += "“" + title + ",” " + rest
	}
	note = period(note)

	// Short note.
	short := chicagoShortAuthors(r.Authors, m)
	if st := m.esc(shortTitle(titleCase(oneLine(r.ArticleTitle)), 4)); st != "" {
		if short != "" {
			short += ", "
		}
		if endsTerminal(st) {
			short += "“" + st + "”"
		} else {
			short += "“" + st + ".”"
		}
	} else {
		short = period(short)
	}

	if r.secondary() {
		speaker := m.esc(capFirst(r.speakerPhrase()))
		speakerShort := m.esc(r.Speaker.shortName())
		if strings.EqualFold(r.Speaker.Kind, KindRole) {
			speakerShort = speaker
		}
		if via := oneLine(r.Via); via != "" {
			speaker += ", as reported by " + m.esc(via)
		}
		note = speaker + ", quoted in " + note
		short = speakerShort + ", quoted in " + short
	}

	// Bibliography entry.
	var parts []string
	if len(r.Authors) > 0 {
		parts = append(parts, period(chicagoBibAuthors(r.Authors, m)))
	} else if container != "" {
		parts = append(parts, container+".")
	}
	if title != "" {
		if endsTerminal(title) {
			parts = append(parts, "“"+title+"”")
		} else {
			parts = append(parts, "“"+title+".”")
		}
	}
	switch {
	case len(r.Authors) == 0:
		parts = append(parts, period(bibDate))
	case periodical:
		parts = append(parts, period(joinNonEmpty(", ", container, bibDate)))
	default:
		parts = append(parts, period(container), period(bibDate))
	}
	parts = slicesDeleteEmpty(parts)
	if url != "" {
		parts = append(parts, url+".")
	}

	c := Citation{Reference: joinNonEmpty(" ", parts...), Note: note, InText: short}
	if q := r.saidQuotation(m); q != "" {
		if strings.HasSuffix(q, "”") && !endsQuestion(strings.TrimSuffix(q, "”")) {
			q = strings.TrimSuffix(q, "”") + ".”"
		} else {
			q = period(q)
		}
		c.Quotation = q
	}
	return c
}

// slicesDeleteEmpty removes empty strings.
func slicesDeleteEmpty(s []string) []string {
	out := s[:0]
	for _, x := range s {
		if x != "" && x != "." {
			out = append(out, x)
		}
	}
	return out
}

// chicagoNoteAuthors is "Lina Khan", "A and B", "A, B, and C" or "A et al.".
func chicagoNoteAuthors(authors []Person, m Markup) string {
	names := make([]string, len(authors))
	for i, a := range authors {
		names[i] = a.Parse().Display()
	}
	return m.esc(chicagoJoin(names, 3))
}

// chicagoShortAuthors is the family names for a short note.
func chicagoShortAuthors(authors []Person, m Markup) string {
	names := make([]string, len(authors))
	for i, a := range authors {
		names[i] = a.shortName()
	}
	return m.esc(chicagoJoin(names, 3))
}

// chicagoJoin joins names as Chicago notes do: "A", "A and B", "A, B, and
// C"; more than max names give "A et al.".
func chicagoJoin(names []string, max int) string {
	switch {
	case len(names) == 0:
		return ""
	case len(names) == 1:
		return names[0]
	case len(names) == 2:
		return names[0] + " and " + names[1]
	case len(names) > max:
		return names[0] + " et al."
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

// chicagoBibAuthors is "Manjoo, Farhad", "Manjoo, Farhad, and Jane Roe",
// up to ten names; from eleven, the first seven and "et al.".
func chicagoBibAuthors(authors []Person, m Markup) string {
	names := make([]string, len(authors))
	for i, a := range authors {
		if i == 0 {
			names[i] = a.Parse().Inverted()
		} else {
			names[i] = a.Parse().Display()
		}
	}
	if len(names) > 10 {
		return m.esc(strings.Join(names[:7], ", ")) + ", et al."
	}
	if len(names) == 2 {
		return m.esc(names[0] + ", and " + names[1])
	}
	return m.esc(chicagoJoin(names, 10))
}
