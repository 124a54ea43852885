package dump

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail/internal/plaintext"
	"github.com/quotetrail/quotetrail/models"
)

// maxLine bounds one line of a dump: a row holds an article's body.
const maxLine = 256 << 20

// Restore loads a dump from r into the store's database, which must be
// empty, in one transaction: a dump that is damaged, cut short, of a newer
// schema than this program's, or that does not fit the database, leaves
// the database as it was. It reports the rows of each table. Each value
// that is not text is restored with U+FFFD in its place and told to warn
// (see the package's comment); a nil warn drops them.
func Restore(ctx context.Context, store *models.Store, r io.Reader, warn func(string)) ([]TableCount, error) {
	d := &decoder{r: bufio.NewReaderSize(r, 256<<10), sum: sha256.New(), warn: warn}
	h, err := d.header()
	if err != nil {
		return nil, err
	}
	have, err := store.SchemaVersion(ctx)
	if err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	if h.SchemaVersion > have {
		return nil, fmt.Errorf("restore: the dump is of schema version %d, newer than this program's %d: restore it with a newer quotetrail", h.SchemaVersion, have)
	}
	var counts []TableCount
	err = loadEmpty(ctx, store, func(rs *loader) error {
		var total int64
		for _, table := range h.Tables {
			n, err := d.table(rs, table)
			if err != nil {
				return err
			}
			counts = append(counts, TableCount{Table: table, Rows: n})
			total += n
		}
		return d.end(total)
	})
	if err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	return counts, nil
}

// decoder reads a dump line by line, hashing what it reads.
type decoder struct {
	r    *bufio.Reader
	sum  hash.Hash
	line int               // lines read
	buf  []byte            // the current line
	raw  []json.RawMessage // a row's values, reused
	warn func(string)      // told of each value restored otherwise
}

// errCut tells that the file ended before the dump did.
var errCut = errors.New("it is cut short")

// next reads a line, without its newline. Every line of a dump ends with
// one, so a file that ends elsewhere is cut short.
func (d *decoder) next() ([]byte, error) {
	d.buf = d.buf[:0]
	for {
		chunk, err := d.r.ReadSlice('\n')
		d.buf = append(d.buf, chunk...)
		switch {
		case err == nil:
			d.line++
			return d.buf[:len(d.buf)-1], nil
		case errors.Is(err, bufio.ErrBufferFull):
			if len(d.buf) > maxLine {
				return nil, fmt.Errorf("line %d is longer than %d bytes", d.line+1, maxLine)
			}
		case errors.Is(err, io.EOF) && len(d.buf) == 0:
			return nil, fmt.Errorf("the dump ends after line %d, before its end: %w", d.line, errCut)
		case errors.Is(err, io.EOF):
			return nil, fmt.Errorf("the dump ends inside line %d: %w", d.line+1, errCut)
		default:
			return nil, fmt.Errorf("line %d: %w", d.line+1, err)
		}
	}
}

// hashed records a line as part of what the checksum covers.
func (d *decoder) hashed(b []byte) {
	d.sum.Write(b)
	d.sum.Write([]byte{'\n'})
}

// control decodes a line that is not a row into v, refusing unknown
// fields.
func (d *decoder) control(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("line %d: %w", d.line, err)
	}
	return nil
}

func (d *decoder) header() (header, error) {
	var h header
	b, err := d.next()
	if err != nil {
		return h, fmt.Errorf("restore: not a quotetrail dump: %w", err)
	}
	d.hashed(b)
	// Decoded loosely first: a newer format may add header fields.
	if err := json.Unmarshal(b, &h); err != nil || h.Format != FormatName {
		return h, fmt.Errorf("restore: not a quotetrail dump: line 1 is not a %q header", FormatName)
	}
	if h.FormatVersion > FormatVersion || h.FormatVersion < 1 {
		return h, fmt.Errorf("restore: dump format version %d: this program reads version %d", h.FormatVersion, FormatVersion)
	}
	if err := d.control(b, &h); err != nil {
		return h, fmt.Errorf("restore: %w", err)
	}
	for i, t := range h.Tables {
		if _, ok := tableNamed(t); !ok {
			return h, fmt.Errorf("restore: the dump holds table %q, which this program does not know", t)
		}
		if slices.Contains(h.Tables[:i], t) {
			return h, fmt.Errorf("restore: the dump lists table %q twice", t)
		}
	}
	return h, nil
}

// table loads one table's section: its start line, rows and end line.
func (d *decoder) table(rs *loader, table string) (int64, error) {
	b, err := d.next()
	if err != nil {
		return 0, err
	}
	d.hashed(b)
	var start tableStart
	if err := d.control(b, &start); err != nil {
		return 0, err
	}
	if start.Table != table {
		return 0, fmt.Errorf("line %d: expected the start of table %s, got %.80s", d.line, table, b)
	}
	if len(start.Types) != len(start.Columns) {
		return 0, fmt.Errorf("line %d: %d columns but %d types", d.line, len(start.Columns), len(start.Types))
	}
	cols := make([]Column, len(start.Columns))
	for i, name := range start.Columns {
		cols[i] = Column{Name: name, Kind: start.Types[i]}
	}
	load, err := rs.Load(table, cols)
	if err != nil {
		return 0, fmt.Errorf("line %d: %w", d.line, err)
	}
	row := make([]any, len(cols))
	var n int64
	for {
		b, err := d.next()
		if err != nil {
			return 0, err
		}
		d.hashed(b)
		if len(b) == 0 || b[0] != '[' {
			var end tableEnd
			if err := d.control(b, &end); err != nil {
				return 0, err
			}
			if end.TableEnd != table {
				return 0, fmt.Errorf("line %d: expected a row or the end of table %s, got %.80s", d.line, table, b)
			}
			if end.Rows != n {
				return 0, fmt.Errorf("line %d: table %s should have %d rows, the dump holds %d", d.line, table, end.Rows, n)
			}
			var seq int64
			if end.Sequence != nil {
				seq = *end.Sequence
			}
			got, err := load.Finish(seq)
			if err != nil {
				return 0, fmt.Errorf("line %d: %w", d.line, err)
			}
			return got, nil
		}
		if err := d.row(b, table, cols, row); err != nil {
			return 0, fmt.Errorf("line %d: %s: %w", d.line, table, err)
		}
		if err := load.Add(row); err != nil {
			return 0, fmt.Errorf("line %d: %w", d.line, err)
		}
		n++
	}
}

// row decodes a row line of table into row, one portable value a column.
func (d *decoder) row(b []byte, table string, cols []Column, row []any) error {
	d.raw = d.raw[:0]
	if err := json.Unmarshal(b, &d.raw); err != nil {
		return err
	}
	if len(d.raw) != len(cols) {
		return fmt.Errorf("%d values for %d columns", len(d.raw), len(cols))
	}
	for i, c := range cols {
		v, err := decodeValue(c.Kind, d.raw[i])
		if err != nil {
			return fmt.Errorf("column %s: %w", c.Name, err)
		}
		if s, ok := v.(string); ok && c.Kind == KindText {
			v = d.text(table+"."+c.Name, d.raw[i], s)
		}
		row[i] = v
	}
	return nil
}

// text is s, the text of field as decoded from raw, with U+FFFD in
// place of what is not text: the store's check (plaintext.Check) finds
// it, in the raw JSON (bytes that are not UTF-8, which decoding has
// already replaced) or in s (a NUL, which PostgreSQL cannot hold), and
// both engines get the same text.
func (d *decoder) text(field string, raw json.RawMessage, s string) string {
	if utf8.Valid(raw) && strings.IndexByte(s, 0) < 0 {
		return s // the common case, without copying raw
	}
	err := plaintext.Check(field, string(raw))
	if err == nil {
		err = plaintext.Check(field, s)
	}
	if err == nil {
		return s
	}
	if d.warn != nil {
		d.warn(fmt.Sprintf("restore line %d: %v; restored with U+FFFD in its place", d.line, err))
	}
	return plaintext.Repair(s)
}

// decodeValue reads one JSON value as the portable Go value of kind.
func decodeValue(kind ColumnKind, raw json.RawMessage) (any, error) {
	if string(raw) == "null" {
		return nil, nil
	}
	text := func() (string, error) {
		var s string
		if len(raw) == 0 || raw[0] != '"' {
			return "", fmt.Errorf("%s is not a string", raw)
		}
		return s, json.Unmarshal(raw, &s)
	}
	switch kind {
	case KindInt:
		n, err := strconv.ParseInt(string(raw), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s is not an integer", raw)
		}
		return n, nil
	case KindText:
		return text()
	case KindTime:
		s, err := text()
		if err != nil {
			return nil, err
		}
		t, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			return nil, fmt.Errorf("%q is not an RFC 3339 time", s)
		}
		return t.UTC(), nil
	case KindDate:
		s, err := text()
		if err != nil {
			return nil, err
		}
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return nil, fmt.Errorf("%q is not a YYYY-MM-DD date", s)
		}
		return t, nil
	case KindBool:
		switch string(raw) {
		case "true":
			return true, nil
		case "false":
			return false, nil
		}
		return nil, fmt.Errorf("%s is not true or false", raw)
	case KindReal:
		f, err := strconv.ParseFloat(string(raw), 64)
		if err != nil {
			return nil, fmt.Errorf("%s is not a number", raw)
		}
		return f, nil
	}
	return nil, fmt.Errorf("unknown type %q", kind)
}

// end reads the last line and checks it against what was read: the row
// count and the checksum. Nothing may follow it.
func (d *decoder) end(total int64) error {
	b, err := d.next()
	if err != nil {
		return err
	}
	var end dumpEnd
	if err := d.control(b, &end); err != nil {
		return err
	}
	if !end.DumpEnd {
		return fmt.Errorf("line %d: expected the end of the dump, got %.80s", d.line, b)
	}
	if end.Rows != total {
		return fmt.Errorf("line %d: the dump should hold %d rows, it holds %d", d.line, end.Rows, total)
	}
	if got := hex.EncodeToString(d.sum.Sum(nil)); got != end.SHA256 {
		return fmt.Errorf("line %d: checksum mismatch: the dump is damaged (sha256 %s, the dump says %s)", d.line, got, end.SHA256)
	}
	after := d.line + 1
	_, err = d.next()
	switch {
	case err == nil || len(d.buf) > 0:
		return fmt.Errorf("line %d: more after the end of the dump", after)
	case !errors.Is(err, errCut):
		return err
	}
	return nil
}
