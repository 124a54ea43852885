package cite

import (
	"bufio"
	"encoding/csv"
	"strings"
	"time"
)

// CSVHeader returns the header row of the CSV export. It is also the app's
// CSV import format, so the names and their order are stable: add columns
// only at the end.
//
// Multi-valued cells (authors, topics) are joined with "; ". Dates are
// YYYY-MM-DD.
func CSVHeader() []string {
	return []string{
		"quote", "speaker", "speaker title", "kind", "article title", "outlet",
		"via outlet", "authors", "published", "URL", "accessed", "status",
		"topics", "quote permalink", "said on", "speaker kind",
	}
}

// CSVListSeparator joins multiple authors or topics in one CSV cell.
const CSVListSeparator = "; "

// EscapeCSVCell protects a cell against spreadsheet formula injection as
// OWASP recommends: a cell starting with = + - @, a tab or a carriage return
// gets a leading single quote, so spreadsheets show it as text.
func EscapeCSVCell(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// UnescapeCSVCell reverses [EscapeCSVCell], for the CSV import.
func UnescapeCSVCell(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.IndexByte("=+-@\t\r", s[1]) >= 0 {
		return s[1:]
	}
	return s
}

// csvEncoder writes one CSV row per quote under the [CSVHeader] header.
type csvEncoder struct {
	bw  *bufio.Writer
	w   *csv.Writer
	bom bool
	row []string
	state
}

func newCSVEncoder(w *bufio.Writer, bom bool) *csvEncoder {
	return &csvEncoder{bw: w, w: csv.NewWriter(w), bom: bom, row: make([]string, len(CSVHeader()))}
}

func (e *csvEncoder) Begin() error {
	if e.begun || e.err != nil {
		return e.err
	}
	e.begun = true
	if e.bom {
		e.bw.WriteString("\uFEFF")
	}
	e.err = e.w.Write(CSVHeader())
	return e.err
}

func (e *csvEncoder) Encode(r Record) error {
	if e.err != nil {
		return e.err
	}
	if !e.begun {
		if err := e.Begin(); err != nil {
			return err
		}
	}
	row := e.row
	row[0] = r.QuoteText
	row[1] = r.Speaker.Name
	row[2] = r.SpeakerTitle
	row[3] = r.QuoteKind
	row[4] = r.ArticleTitle
	row[5] = r.Outlet
	row[6] = r.Via
	row[7] = joinNames(r.Authors)
	row[8] = csvDate(r.Published)
	row[9] = r.ArticleURL
	row[10] = csvDate(r.Accessed)
	row[11] = r.QuoteStatus
	row[12] = strings.Join(r.Topics, CSVListSeparator)
	row[13] = r.QuoteURL
	row[14] = csvDate(r.SaidOn)
	row[15] = r.Speaker.Kind
	for i := range row {
		row[i] = EscapeCSVCell(row[i])
	}
	e.err = e.w.Write(row)
	return e.err
}

func (e *csvEncoder) End() error {
	if !e.begun {
		e.Begin()
	}
	if e.err == nil && !e.ended {
		e.ended = true
		e.w.Flush()
		if e.err = e.w.Error(); e.err == nil {
			e.err = e.bw.Flush()
		}
	}
	return e.err
}

func joinNames(ps []Person) string {
	switch len(ps) {
	case 0:
		return ""
	case 1:
		return ps[0].Name
	}
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString(CSVListSeparator)
		}
		b.WriteString(p.Name)
	}
	return b.String()
}

func csvDate(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.DateOnly)
}
