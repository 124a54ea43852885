// Package cite turns quotes recorded in quotetrail into citations.
//
// The package is pure Go (no HTTP, no database). The app maps its own models
// into [Record] values and then either formats one record for display
// ([FormatAPA], [FormatMLA], [FormatChicago]) or streams many records into an
// export format through an [Encoder] obtained from [NewEncoder].
//
// Every encoder writes one record at a time through a buffered writer, so the
// memory used by an export does not grow with the number of records (the only
// per-export state is a counter per distinct citation key, see [BaseKey]).
package cite

import (
	"strings"
	"time"
)

// Kinds of [Person].
const (
	KindPerson       = "person"       // a natural person: the name is split into family and given names
	KindOrganisation = "organisation" // a company, agency, government body ...: the name is never split
	KindRole         = "role"         // an unnamed person described by role ("Twitter spokesperson")
)

// Kinds of quote (Record.QuoteKind).
const (
	QuoteDirect     = "direct"     // verbatim quote, shown in quotation marks
	QuotePartial    = "partial"    // verbatim fragment, shown in quotation marks
	QuoteParaphrase = "paraphrase" // reported speech, shown without quotation marks
)

// Kinds of outlet (Record.OutletKind). They choose the entry type of each
// format:
//
//	kind                                   BibTeX    RIS   CSL                 APA form
//	newspaper                              @article  NEWS  article-newspaper   periodical (title plain, outlet italic)
//	magazine                               @article  MGZN  article-magazine    periodical
//	news (online news site)                @article  NEWS  article-newspaper   webpage on a news website (title italic)
//	blog                                   @online   BLOG  post-weblog         periodical
//	agency, government, company,
//	organisation, webpage, "" and others   @online   ELEC  webpage             webpage (title italic)
const (
	OutletNewspaper    = "newspaper"
	OutletMagazine     = "magazine"
	OutletNews         = "news"
	OutletAgency       = "agency"
	OutletBlog         = "blog"
	OutletGovernment   = "government"
	OutletCompany      = "company"
	OutletOrganisation = "organisation"
	OutletWebpage      = "webpage"
)

// Person is a speaker or an author.
//
// Name is the display name as written ("Lina Khan", "Jan van der Berg",
// "Federal Trade Commission", "Twitter spokesperson"). For a person, Family
// and Given are optional: when Family is empty they are derived from Name
// (see [Person.Parse]); set them explicitly for names the heuristics cannot
// split, such as Spanish double surnames without a particle ("Gabriel García
// Márquez") or family-name-first names ("Xi Jinping").
type Person struct {
	Name   string
	Kind   string // KindPerson (default when empty), KindOrganisation or KindRole
	Family string // optional family name, may start with a particle: "van der Berg"
	Given  string // optional given names
}

// Record is one quote together with the article it appeared in. It is the
// package's input type, independent of the app's database models.
//
// Example mapping from app models:
//
//	rec := cite.Record{
//		QuoteID: q.ID, QuoteText: q.Text, QuoteKind: q.Kind, QuoteStatus: q.Status,
//		QuoteURL: baseURL + "/quotes/" + strconv.FormatInt(q.ID, 10),
//		Speaker:  cite.Person{Name: q.Speaker.Name, Kind: q.Speaker.Kind},
//		SpeakerTitle: q.SpeakerTitle, SaidOn: q.SaidOn,
//		ArticleID: a.ID, ArticleTitle: a.Title, ArticleURL: a.URL,
//		Published: a.PublishedAt, Accessed: a.FetchedAt,
//		Outlet: a.Outlet.Name, OutletKind: a.Outlet.Kind, Via: q.ViaOutlet,
//		Topics: topicNames,
//	}
//	for _, au := range a.Authors {
//		rec.Authors = append(rec.Authors, cite.Person{Name: au.Name, Kind: au.Kind})
//	}
type Record struct {
	QuoteID     int64
	QuoteText   string
	QuoteKind   string // QuoteDirect (default when empty), QuotePartial or QuoteParaphrase
	QuoteStatus string // free text from the app (e.g. "verified"); exported in CSV only
	QuoteURL    string // permalink of the quote in the app

	Speaker      Person
	SpeakerTitle string     // e.g. "chair of the Federal Trade Commission"
	SaidOn       *time.Time // when the words were said, if known

	ArticleID    int64
	ArticleTitle string // as published (headline capitalisation)
	// ArticleTitleSentence optionally gives the title in sentence case for
	// APA. When empty, APA derives it from ArticleTitle, keeping acronyms,
	// words with inner capitals and words of the speaker, author, outlet and
	// topic names capitalised.
	ArticleTitleSentence string
	ArticleURL           string
	Authors              []Person
	Published            *time.Time // publication date of the article, nil when unknown ("n.d.")
	Accessed             *time.Time // when the article was retrieved

	Outlet     string // publication: "The New York Times", "CensorTrack"
	OutletKind string // one of the Outlet* constants
	Via        string // outlet through which the article got the quote, e.g. "NPR"

	Topics []string
}

// sourceKind is the entry type used by the machine-readable formats.
type sourceKind int

const (
	srcWeb sourceKind = iota
	srcNewspaper
	srcMagazine
	srcBlog
)

func (r *Record) source() sourceKind {
	switch strings.ToLower(r.OutletKind) {
	case OutletNewspaper, OutletNews:
		return srcNewspaper
	case OutletMagazine:
		return srcMagazine
	case OutletBlog:
		return srcBlog
	}
	return srcWeb
}

// isParaphrase reports whether the quote is reported speech.
func (r *Record) isParaphrase() bool {
	return strings.EqualFold(r.QuoteKind, QuoteParaphrase)
}

// secondary reports whether the speaker is quoted in somebody else's work,
// that is, the record has a speaker who is not one of the article's authors.
func (r *Record) secondary() bool {
	s := strings.TrimSpace(r.Speaker.Name)
	if s == "" {
		return false
	}
	for _, a := range r.Authors {
		if strings.EqualFold(strings.TrimSpace(a.Name), s) {
			return false
		}
	}
	return true
}

// Note is the plain-text note describing the quote, used by the BibTeX note,
// RIS N1, CSL-JSON note fields: the speaker, their title, the via outlet,
// the date it was said and the quote itself. For example:
//
//	Lina Khan (chair of the Federal Trade Commission), via NPR: “As the complaint notes, …”
func (r Record) Note() string {
	var b strings.Builder
	name := strings.TrimSpace(r.Speaker.Name)
	if name != "" {
		b.WriteString(name)
		if t := strings.TrimSpace(r.SpeakerTitle); t != "" {
			b.WriteString(" (")
			b.WriteString(t)
			b.WriteString(")")
		}
	}
	if v := strings.TrimSpace(r.Via); v != "" {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString("via ")
		b.WriteString(v)
	}
	if r.SaidOn != nil {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString("said on ")
		b.WriteString(r.SaidOn.Format(time.DateOnly))
	}
	q := oneLine(r.QuoteText)
	if q == "" {
		return b.String()
	}
	if b.Len() > 0 {
		if r.isParaphrase() {
			b.WriteString(", paraphrased")
		}
		b.WriteString(": ")
	}
	if r.isParaphrase() {
		b.WriteString(q)
	} else {
		b.WriteString("“")
		b.WriteString(q)
		b.WriteString("”")
	}
	return b.String()
}

// oneLine collapses runs of white space (including newlines) to one space.
func oneLine(s string) string {
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, "\r\n\t\v\f") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
