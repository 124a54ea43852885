package cite

import (
	"bufio"
	"html"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Markup selects plain text or HTML output for the formatted styles.
type Markup int

const (
	// Text is plain UTF-8 text: italics are lost.
	Text Markup = iota
	// HTML is an HTML fragment: data is escaped and italics use <i>.
	HTML
)

// Citation is one record formatted in a citation style.
type Citation struct {
	// Reference is the entry of the reference list (APA), works-cited list
	// (MLA) or bibliography (Chicago).
	Reference string
	// InText is the parenthetical in-text citation for APA and MLA, in the
	// secondary-source form when the speaker is not an author of the
	// article: "(Khan, as cited in Doe, 2022)", "(qtd. in Doe)". For
	// Chicago it is the shortened note used after the first citation.
	InText string
	// Note is the full footnote for Chicago ("Lina Khan, quoted in …");
	// empty for APA and MLA.
	Note string
	// Quotation is the quote ready to paste: in quotation marks unless it
	// is a paraphrase, followed by the in-text citation for APA, introduced
	// by the speaker for MLA and Chicago.
	Quotation string
}

func (m Markup) esc(s string) string {
	if m == HTML {
		return html.EscapeString(s)
	}
	return s
}

// ital escapes s and sets it in italics.
func (m Markup) ital(s string) string {
	if s == "" {
		return ""
	}
	if m == HTML {
		return "<i>" + html.EscapeString(s) + "</i>"
	}
	return s
}

// italIf is ital when on is true, else esc.
func (m Markup) italIf(on bool, s string) string {
	if on {
		return m.ital(s)
	}
	return m.esc(s)
}

// endsTerminal reports whether s ends with . ? or ! (ignoring closing quotes).
func endsTerminal(s string) bool {
	s = strings.TrimRight(s, "”’\"')")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '?' || r == '!'
}

// endsQuestion reports whether s ends with ? or !.
func endsQuestion(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '?' || r == '!'
}

// period appends "." unless s already ends with terminal punctuation.
func period(s string) string {
	if s == "" || endsTerminal(s) {
		return s
	}
	return s + "."
}

// dateAPA is "2019, March 22".
func dateAPA(t time.Time) string { return t.Format("2006, January 2") }

// dateChicago is "March 8, 2017".
func dateChicago(t time.Time) string { return t.Format("January 2, 2006") }

// dateMLA is "11 Jan. 2017", with MLA's month abbreviations.
func dateMLA(t time.Time) string {
	var mon string
	switch t.Month() {
	case time.May, time.June, time.July:
		mon = t.Month().String()
	case time.September:
		mon = "Sept."
	default:
		mon = t.Month().String()[:3] + "."
	}
	return strconv.Itoa(t.Day()) + " " + mon + " " + strconv.Itoa(t.Year())
}

// wordCore returns the letters-and-digits core of a word and its offset.
func firstLetter(w string) int {
	return strings.IndexFunc(w, unicode.IsLetter)
}

// capitalisedOnly reports whether the first letter of w is upper case and no
// other letter is.
func capitalisedOnly(w string) bool {
	i := firstLetter(w)
	if i < 0 {
		return false
	}
	r, n := utf8.DecodeRuneInString(w[i:])
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w[i+n:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// noUpper reports whether w has letters and none is upper case.
func noUpper(w string) bool {
	if firstLetter(w) < 0 {
		return false
	}
	for _, r := range w {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// setFirst upper- or lower-cases the first letter of w.
func setFirst(w string, upper bool) string {
	i := firstLetter(w)
	if i < 0 {
		return w
	}
	r, n := utf8.DecodeRuneInString(w[i:])
	if upper {
		r = unicode.ToUpper(r)
	} else {
		r = unicode.ToLower(r)
	}
	return w[:i] + string(r) + w[i+n:]
}

// capFirst capitalises s when it starts with a letter, for the start of a
// sentence ("a Twitter spokesperson" → "A Twitter spokesperson", "@handle"
// unchanged).
func capFirst(s string) string {
	if firstLetter(s) != 0 {
		return s
	}
	return setFirst(s, true)
}

// bareWord strips surrounding punctuation and lower-cases w.
func bareWord(w string) string {
	return strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}

// opensSentence reports whether the word after w starts a new sentence or
// follows a colon.
func opensSentence(w string) bool {
	w = strings.TrimRight(w, "”’\"')")
	r, _ := utf8.DecodeLastRuneInString(w)
	return r == ':' || r == '.' || r == '?' || r == '!' || r == '—'
}

// sentenceCase lowers the capital initial of each word of a headline, except
// the first word of the title and of each sentence or subtitle, the pronoun
// I, words with more than one capital (FTC, iPhone, McDonald) and protected
// words (proper names known from the record).
func sentenceCase(title string, protected map[string]bool) string {
	words := strings.Fields(title)
	for i, w := range words {
		keepFirst := i == 0 || opensSentence(words[i-1])
		parts := strings.Split(w, "-")
		for j, p := range parts {
			if keepFirst && j == 0 {
				continue
			}
			if !capitalisedOnly(p) || protected[bareWord(p)] || bareWord(p) == "i" {
				continue
			}
			parts[j] = setFirst(p, false)
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

// isMinorWord reports whether w is an article, coordinating conjunction or
// common preposition, which MLA and Chicago set in lower case inside titles.
// Words that are often adverbs (up, out, off, over, down) are left alone.
func isMinorWord(w string) bool {
	switch w {
	case "a", "an", "the", "and", "but", "or", "nor", "for", "yet", "so",
		"as", "at", "by", "in", "of", "on", "to", "via", "vs", "from", "into",
		"onto", "with", "upon", "among", "between", "against", "through",
		"during", "within", "without", "toward", "towards", "per", "behind",
		"beyond", "beneath", "beside", "besides", "despite", "throughout",
		"across", "along", "amid", "amidst":
		return true
	}
	return false
}

// isAmbiguousMinor reports whether w is a preposition that is also often an
// adverb or conjunction; titleCase leaves its capitalisation as written.
func isAmbiguousMinor(w string) bool {
	switch w {
	case "up", "out", "off", "over", "down", "like", "near", "past", "since",
		"than", "till", "until", "after", "before", "about", "around", "under", "above", "below":
		return true
	}
	return false
}

// titleCase applies headline capitalisation for MLA and Chicago: minor words
// are lower-cased unless first, last or after a colon; other words in all
// lower case get a capital initial. Words with capitals inside (iPhone, FTC)
// are kept.
func titleCase(title string) string {
	words := strings.Fields(title)
	for i, w := range words {
		edge := i == 0 || i == len(words)-1 || opensSentence(words[i-1])
		b := bareWord(w)
		switch {
		case !edge && isMinorWord(b) && capitalisedOnly(w):
			words[i] = setFirst(w, false)
		case (edge || !isMinorWord(b) && !isAmbiguousMinor(b)) && noUpper(w) && !strings.Contains(w, "://") && !strings.Contains(w, "."):
			words[i] = setFirst(w, true)
		}
	}
	return strings.Join(words, " ")
}

// shortTitle is the title before any colon, cut to at most n words, without
// trailing punctuation.
func shortTitle(title string, n int) string {
	if i := strings.Index(title, ": "); i > 0 {
		title = title[:i]
	}
	words := strings.Fields(title)
	if len(words) > n {
		words = words[:n]
	}
	for len(words) > 1 && isMinorWord(bareWord(words[len(words)-1])) {
		words = words[:len(words)-1]
	}
	return strings.TrimRight(strings.Join(words, " "), ",;:.—–-")
}

// innerQuotes turns double quotation marks inside a quote into single ones.
func innerQuotes(s string) string {
	if !strings.ContainsAny(s, "“”\"") {
		return s
	}
	var b strings.Builder
	open := true
	for _, r := range s {
		switch r {
		case '“':
			b.WriteRune('‘')
		case '”':
			b.WriteRune('’')
		case '"':
			if open {
				b.WriteRune('‘')
			} else {
				b.WriteRune('’')
			}
			open = !open
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// quoted is the quote text ready to be followed by a citation and a period:
// in quotation marks unless a paraphrase, a final period removed, inner
// double quotes made single.
func (r *Record) quoted(m Markup) string {
	// The comma or full stop that ended the words in the article belongs
	// to the article's sentence, not to the citing one.
	q := strings.TrimRight(oneLine(r.QuoteText), ",;: ")
	if q == "" {
		return ""
	}
	if r.isParaphrase() {
		if w, _, _ := strings.Cut(q, " "); capitalisedOnly(w) && bareWord(w) != "i" {
			q = setFirst(q, false)
		}
		return m.esc(strings.TrimSuffix(q, "."))
	}
	q = innerQuotes(strings.TrimSuffix(q, "."))
	return "“" + m.esc(q) + "”"
}

// speakerPhrase is the speaker as the subject of a sentence: "Lina Khan",
// "Federal Trade Commission", "a Twitter spokesperson" (capitalise it at the
// start of a sentence).
func (r *Record) speakerPhrase() string {
	p := r.Speaker
	name := oneLine(p.Name)
	if strings.EqualFold(p.Kind, KindRole) {
		lower := strings.ToLower(name)
		if firstLetter(name) == 0 && !strings.HasPrefix(lower, "a ") && !strings.HasPrefix(lower, "an ") && !strings.HasPrefix(lower, "the ") {
			if strings.ContainsRune("aeiouAEIOU", rune(name[0])) {
				name = "an " + name
			} else {
				name = "a " + name
			}
		}
	} else if !p.isLiteral() {
		name = p.Parse().Display()
	}
	return name
}

// saidQuotation is "Lina Khan said, “…”" or "According to Sam Levine, …",
// without final punctuation.
func (r *Record) saidQuotation(m Markup) string {
	q := r.quoted(m)
	if q == "" {
		return ""
	}
	if strings.TrimSpace(r.Speaker.Name) == "" {
		return q
	}
	if r.isParaphrase() {
		return "According to " + m.esc(r.speakerPhrase()) + ", " + q
	}
	return m.esc(capFirst(r.speakerPhrase())) + " said, " + q
}

// protectedWords collects the words of the record's proper names, kept
// capitalised by sentenceCase.
func (r *Record) protectedWords() map[string]bool {
	p := make(map[string]bool)
	add := func(s string) {
		for _, w := range strings.Fields(s) {
			if capitalisedOnly(w) || !noUpper(w) {
				p[bareWord(w)] = true
			}
		}
	}
	add(r.Speaker.Name)
	add(r.Outlet)
	add(r.Via)
	for _, a := range r.Authors {
		add(a.Name)
	}
	for _, t := range r.Topics {
		add(t)
	}
	return p
}

// listEncoder streams a reference list: each source (a reference) once,
// with the quotes cited from it under it, and for Chicago each quote's
// numbered note. Records of one source must come one after another (see
// BySource): the encoder keeps only the reference it is writing under,
// so memory stays flat. Entries are in input order: sort the records
// before encoding if the list must be alphabetical.
type listEncoder struct {
	w      *bufio.Writer
	style  func(Record, Markup) Citation
	markup Markup
	class  string
	n      int
	// open is the reference of the entry being written, when inEntry.
	open    string
	inEntry bool
	state
}

func (e *listEncoder) Begin() error {
	if e.begun || e.err != nil {
		return e.err
	}
	e.begun = true
	if e.markup == HTML {
		_, e.err = e.w.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Citations</title>\n" +
			"<style>.reference{padding-left:2em;text-indent:-2em}.quotation,.note{margin-left:2em}</style>\n</head>\n<body>\n" +
			"<ol class=\"citations " + e.class + "\">\n")
	}
	return e.err
}

func (e *listEncoder) Encode(r Record) error {
	if e.err != nil {
		return e.err
	}
	if !e.begun {
		if err := e.Begin(); err != nil {
			return err
		}
	}
	e.n++
	c := e.style(r, e.markup)
	w := e.w
	if !e.inEntry || c.Reference != e.open {
		e.closeEntry()
		e.open, e.inEntry = c.Reference, true
		if e.markup == HTML {
			w.WriteString("<li>\n<p class=\"reference\">")
			w.WriteString(c.Reference)
			w.WriteString("</p>\n")
		} else {
			w.WriteString(c.Reference)
			w.WriteString("\n")
		}
	}
	if e.markup == HTML {
		if c.Quotation != "" {
			w.WriteString("<p class=\"quotation\">")
			w.WriteString(c.Quotation)
			w.WriteString("</p>\n")
		}
		if c.Note != "" {
			w.WriteString("<p class=\"note\">")
			w.WriteString(strconv.Itoa(e.n))
			w.WriteString(". ")
			w.WriteString(c.Note)
			_, e.err = w.WriteString("</p>\n")
		}
		return e.err
	}
	if c.Quotation != "" {
		w.WriteString("    ")
		w.WriteString(c.Quotation)
		_, e.err = w.WriteString("\n")
	}
	if c.Note != "" {
		w.WriteString("    Note ")
		w.WriteString(strconv.Itoa(e.n))
		w.WriteString(": ")
		w.WriteString(c.Note)
		_, e.err = w.WriteString("\n")
	}
	return e.err
}

// closeEntry ends the entry being written, if any.
func (e *listEncoder) closeEntry() {
	if !e.inEntry {
		return
	}
	e.inEntry = false
	if e.markup == HTML {
		_, e.err = e.w.WriteString("</li>\n")
	} else {
		_, e.err = e.w.WriteString("\n")
	}
}

func (e *listEncoder) End() error {
	if !e.begun {
		e.Begin()
	}
	if e.err == nil && !e.ended {
		e.ended = true
		e.closeEntry()
		if e.markup == HTML {
			e.w.WriteString("</ol>\n</body>\n</html>\n")
		}
		e.err = e.w.Flush()
	}
	return e.err
}
