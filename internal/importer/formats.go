package importer

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail/internal/cite"
	"github.com/quotetrail/quotetrail/internal/plaintext"
)

// The formats the importer reads.
const (
	FormatAuto      = "auto"
	FormatJSONL     = "jsonl"
	FormatQuotebank = "quotebank"
	FormatCSV       = "csv"
)

// Formats lists the formats a caller may name.
var Formats = []string{FormatAuto, FormatJSONL, FormatQuotebank, FormatCSV}

// record is what a reader yields for one line of input: the quotes on it
// (Quotebank lines hold one per article URL), or why the line is refused.
type record struct {
	line   int
	quotes []Quote
	// unattributed counts the quotations of the line left out because
	// no speaker is likely enough (see Options.SpeakerThreshold).
	unattributed int
	err          error
}

// reader yields records until io.EOF.
type reader interface {
	next() (record, error)
}

// maxLine bounds one line of JSON: Quotebank's longest lines (thousands of
// URLs) stay well under it.
const maxLine = 16 << 20

// lineReader reads JSON lines, numbering them from 1 and skipping blank
// ones. A line longer than maxLine is a bad line like any other: it is
// read past, not into memory, and the import goes on after it.
type lineReader struct {
	r    *bufio.Reader
	line int
	buf  []byte
	// parse reads one line's quotes; unattributed counts the quotations
	// on it left out for want of a speaker (Quotebank's).
	parse func(line int, data []byte) (quotes []Quote, unattributed int, err error)
}

func newLineReader(r io.Reader, parse func(int, []byte) ([]Quote, int, error)) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 64<<10), parse: parse}
}

func (lr *lineReader) next() (record, error) {
	for {
		data, tooLong, err := lr.readLine()
		if err != nil {
			return record{}, err
		}
		lr.line++
		if tooLong {
			return record{line: lr.line, err: fmt.Errorf("the line is longer than %d MB", maxLine>>20)}, nil
		}
		if lr.line == 1 {
			// A byte order mark, as some editors write, opens the file,
			// not its first record.
			data = bytes.TrimPrefix(data, []byte("\uFEFF"))
		}
		data = bytes.TrimSpace(data)
		if len(data) == 0 {
			continue
		}
		if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
			// encoding/json would quietly turn bytes that are not UTF-8
			// into U+FFFD: the line is refused as the store would.
			return record{line: lr.line, err: plaintext.Check("the line", string(data))}, nil
		}
		qs, skipped, err := lr.parse(lr.line, data)
		return record{line: lr.line, quotes: qs, unattributed: skipped, err: err}, nil
	}
}

// readLine reads the next line, without its end; past maxLine it reads
// on to the line's end, keeping nothing, and says the line was too long.
// It returns io.EOF when no line is left.
func (lr *lineReader) readLine() (line []byte, tooLong bool, err error) {
	lr.buf = lr.buf[:0]
	for {
		chunk, err := lr.r.ReadSlice('\n')
		if !tooLong {
			if len(lr.buf)+len(chunk) > maxLine+1 {
				tooLong, lr.buf = true, lr.buf[:0]
			} else {
				lr.buf = append(lr.buf, chunk...)
			}
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if len(lr.buf) == 0 && !tooLong {
				return nil, false, io.EOF
			}
			return lr.buf, tooLong, nil
		case err != nil:
			return nil, false, err
		}
		return bytes.TrimSuffix(lr.buf, []byte("\n")), tooLong, nil
	}
}

// jsonLine is one line of quotetrail's own JSON lines (ARCHITECTURE.md).
type jsonLine struct {
	Text         *string `json:"text"`
	Speaker      string  `json:"speaker"`
	SpeakerKind  string  `json:"speaker_kind"`
	SpeakerTitle string  `json:"speaker_title"`
	Kind         string  `json:"kind"`
	Status       string  `json:"status"`
	Context      string  `json:"context"`
	Article      struct {
		Title     string   `json:"title"`
		URL       string   `json:"url"`
		Outlet    *string  `json:"outlet"` // "" is no outlet; without the key, the URL's
		Authors   []string `json:"authors"`
		Published string   `json:"published"`
		Accessed  string   `json:"accessed"`
	} `json:"article"`
	Via    string   `json:"via"`
	SaidOn string   `json:"said_on"`
	Topics []string `json:"topics"`
}

func parseJSONLine(line int, data []byte) ([]Quote, int, error) {
	qs, err := parseJSONObject(line, data)
	return qs, 0, err
}

func parseJSONObject(line int, data []byte) ([]Quote, error) {
	var j jsonLine
	if err := json.Unmarshal(data, &j); err != nil {
		return nil, fmt.Errorf("not a JSON object: %s", jsonProblem(err))
	}
	if j.Text == nil {
		return nil, errors.New(`no "text" field`)
	}
	q := Quote{
		Line: line, Text: *j.Text, Speaker: j.Speaker, SpeakerKind: j.SpeakerKind, SpeakerTitle: j.SpeakerTitle,
		Kind: j.Kind, Status: j.Status, Context: j.Context, Via: j.Via, Topics: j.Topics,
		Article: Article{Title: j.Article.Title, URL: j.Article.URL, Authors: j.Article.Authors},
	}
	if j.Article.Outlet != nil {
		q.Article.Outlet = *j.Article.Outlet
		q.Article.NoOutlet = strings.TrimSpace(q.Article.Outlet) == ""
	}
	var err error
	if q.SaidOn, err = parseDay("said_on", j.SaidOn); err != nil {
		return nil, err
	}
	if q.Article.Published, err = parseDay("article.published", j.Article.Published); err != nil {
		return nil, err
	}
	if q.Article.Accessed, err = parseDay("article.accessed", j.Article.Accessed); err != nil {
		return nil, err
	}
	if err := q.Validate(); err != nil {
		return nil, err
	}
	return []Quote{q}, nil
}

// jsonProblem shortens encoding/json's messages to what a person fixing
// the file needs.
func jsonProblem(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%v (at byte %d)", se, se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q should be %s, not %s", te.Field, te.Type, te.Value)
	}
	return err.Error()
}

// parseDay reads a date: YYYY-MM-DD, or a timestamp that starts with one
// (Quotebank's "2020-01-16 04:00:00"). Empty is no date.
func parseDay(field, s string) (*time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	if len(s) > 10 && (s[10] == ' ' || s[10] == 'T') {
		s = s[:10]
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return nil, fmt.Errorf("%s %q is not a date (YYYY-MM-DD)", field, s)
	}
	return &t, nil
}

// csvReader reads the CSV export's format: the header of cite.CSVHeader,
// columns found by name so a spreadsheet may reorder or drop them.
type csvReader struct {
	r    *csv.Reader
	cols map[string]int
}

func newCSVReader(r io.Reader) (*csvReader, error) {
	br := bufio.NewReader(r)
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\uFEFF")) {
		br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("line 1: cannot read the CSV header: %w", err)
	}
	// Names are matched without regard to case: the export writes "URL"
	// among lower-case names, and a spreadsheet may change either.
	known := map[string]bool{}
	for _, name := range cite.CSVHeader() {
		known[strings.ToLower(name)] = true
	}
	cols := map[string]int{}
	for i, name := range header {
		name = strings.ToLower(strings.TrimSpace(name))
		if known[name] {
			cols[name] = i
		}
	}
	for _, need := range []string{"quote", "speaker"} {
		if _, ok := cols[need]; !ok {
			return nil, fmt.Errorf("line 1: the CSV header has no %q column; expected the export's header: %s", need, strings.Join(cite.CSVHeader(), ","))
		}
	}
	_, hasTitle := cols["article title"]
	_, hasURL := cols["url"]
	if !hasTitle && !hasURL {
		return nil, errors.New(`line 1: the CSV header has neither "article title" nor "URL"`)
	}
	return &csvReader{r: cr, cols: cols}, nil
}

func (c *csvReader) next() (record, error) {
	row, err := c.r.Read()
	if errors.Is(err, io.EOF) {
		return record{}, io.EOF
	}
	line, _ := c.r.FieldPos(0)
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return record{line: pe.StartLine, err: fmt.Errorf("malformed CSV: %v", pe.Err)}, nil
		}
		return record{}, err
	}
	cell := func(name string) string {
		i, ok := c.cols[name]
		if !ok || i >= len(row) {
			return ""
		}
		return cite.UnescapeCSVCell(row[i])
	}
	list := func(name string) []string {
		var out []string
		for _, s := range strings.Split(cell(name), strings.TrimSpace(cite.CSVListSeparator)) {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	q := Quote{
		Line: line, Text: cell("quote"), Speaker: cell("speaker"), SpeakerTitle: cell("speaker title"), SpeakerKind: cell("speaker kind"),
		Kind: cell("kind"), Status: cell("status"), Via: cell("via outlet"), Topics: list("topics"),
		Article: Article{Title: cell("article title"), URL: cell("url"), Outlet: cell("outlet"), Authors: list("authors")},
	}
	// The export writes an article without an outlet with an empty cell;
	// only a file without the column leaves the outlet to the URL.
	_, hasOutlet := c.cols["outlet"]
	q.Article.NoOutlet = hasOutlet && strings.TrimSpace(q.Article.Outlet) == ""
	if q.Article.Published, err = parseDay("published", cell("published")); err == nil {
		q.Article.Accessed, err = parseDay("accessed", cell("accessed"))
	}
	if err == nil {
		q.SaidOn, err = parseDay("said on", cell("said on"))
	}
	if err == nil {
		err = q.Validate()
	}
	if err != nil {
		return record{line: line, err: err}, nil
	}
	return record{line: line, quotes: []Quote{q}}, nil
}

// detectFormat names the format of a file from its first bytes: a JSON
// object with "quotation" or "quoteID" (quote-centric) or "quotations"
// (article-centric) is Quotebank, another JSON object is JSON lines,
// anything else is CSV.
func detectFormat(head []byte) string {
	head = bytes.TrimPrefix(head, []byte("\uFEFF"))
	// Blank lines are skipped in JSON lines, so the first line that is
	// not blank tells; input with none holds no quotes in any format.
	var first []byte
	for len(first) == 0 && len(head) > 0 {
		first, head, _ = bytes.Cut(head, []byte("\n"))
		first = bytes.TrimSpace(first)
	}
	switch {
	case len(first) == 0:
		return FormatJSONL
	case bytes.HasPrefix(first, []byte("{")) && (bytes.Contains(first, []byte(`"quotation"`)) || bytes.Contains(first, []byte(`"quoteID"`)) || bytes.Contains(first, []byte(`"quotations"`))):
		return FormatQuotebank
	case bytes.HasPrefix(first, []byte("{")):
		return FormatJSONL
	}
	return FormatCSV
}
