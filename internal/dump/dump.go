// Package dump writes a whole quotetrail database as portable JSON lines,
// and loads such a file into an empty database of either engine.
//
// A dump is one JSON value a line:
//
//	{"format":"quotetrail-dump","format_version":1,"schema_version":5,"tables":["outlets",...]}
//	{"table":"outlets","columns":["id","created_at",...],"types":["int","time",...]}
//	[1,"2024-05-01T10:00:00.123456Z",...]
//	{"table_end":"outlets","rows":1,"sequence":1}
//	... every table of Tables, parents before children ...
//	{"dump_end":true,"rows":1234,"sha256":"..."}
//
// Each row is an array of its values in the order of its table's columns
// (the key first, then the rest by name): integers as numbers, text as
// strings, NULL as null, times in RFC 3339 UTC with the precision stored,
// dates as YYYY-MM-DD. A table's end line gives its row count and the
// highest id its sequence handed out. The sha256 covers every byte
// before the last line, so that a damaged or cut file is refused rather
// than half loaded. Nothing in a dump depends on the engine or on when it
// was written: the same data dumps to the same bytes.
//
// The store refuses text that is not text (a NUL character, bytes that
// are not UTF-8), but a database written by an older release may hold
// some, and one such value must not stop the dump of the rest. A NUL is
// written as it is, as the JSON escape \u0000. Bytes that are not UTF-8
// have no JSON spelling: each run of them is written as U+FFFD, and the
// dump warns, naming the table, the row's key and the column. A restore
// puts U+FFFD in place of each NUL, on either engine alike (PostgreSQL
// cannot hold one), and warns likewise, naming the line.
package dump

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail/models"
)

// The format this package writes, and the newest it reads.
const (
	FormatName    = "quotetrail-dump"
	FormatVersion = 1
)

// TableCount is how many rows of a table a dump or restore moved.
type TableCount struct {
	Table string
	Rows  int64
}

// Lines of a dump other than rows.
type (
	header struct {
		Format        string   `json:"format"`
		FormatVersion int      `json:"format_version"`
		SchemaVersion int      `json:"schema_version"`
		Tables        []string `json:"tables"`
	}
	tableStart struct {
		Table   string       `json:"table"`
		Columns []string     `json:"columns"`
		Types   []ColumnKind `json:"types"`
	}
	tableEnd struct {
		TableEnd string `json:"table_end"`
		Rows     int64  `json:"rows"`
		Sequence *int64 `json:"sequence,omitempty"`
	}
	dumpEnd struct {
		DumpEnd bool   `json:"dump_end"`
		Rows    int64  `json:"rows"`
		SHA256  string `json:"sha256"`
	}
)

// Write dumps every table of Tables from one read view of the
// database to w, streaming, and reports the rows of each. Each value
// that is not text and had to be written otherwise is told to warn (see
// the package's comment); a nil warn drops them.
func Write(ctx context.Context, store *models.Store, w io.Writer, warn func(string)) ([]TableCount, error) {
	sum := sha256.New()
	bw := bufio.NewWriterSize(io.MultiWriter(w, sum), 256<<10)
	var counts []TableCount
	err := WithReadView(ctx, store, func(view *ReadView) error {
		tables := Tables()
		h := header{Format: FormatName, FormatVersion: FormatVersion, SchemaVersion: view.SchemaVersion}
		for _, t := range tables {
			h.Tables = append(h.Tables, t.Name)
		}
		if err := writeLine(bw, h); err != nil {
			return err
		}
		var total int64
		line := make([]byte, 0, 64<<10)
		for _, t := range tables {
			cols, err := view.Columns(t.Name)
			if err != nil {
				return err
			}
			start := tableStart{Table: t.Name}
			for _, c := range cols {
				start.Columns = append(start.Columns, c.Name)
				start.Types = append(start.Types, c.Kind)
			}
			if err := writeLine(bw, start); err != nil {
				return err
			}
			var n int64
			err = view.EachRow(t.Name, cols, func(row []any) error {
				var (
					err      error
					repaired []string
				)
				if line, repaired, err = appendRow(line[:0], cols, row); err != nil {
					return fmt.Errorf("dump %s: key %v: %w", t.Name, row[:len(t.Key)], err)
				}
				for _, col := range repaired {
					if warn != nil {
						warn(fmt.Sprintf("dump %s: key %v: column %s holds bytes that are not UTF-8; written with U+FFFD in their place", t.Name, row[:len(t.Key)], col))
					}
				}
				n++
				_, err = bw.Write(line)
				return err
			})
			if err != nil {
				return err
			}
			end := tableEnd{TableEnd: t.Name, Rows: n}
			seq, ok, err := view.Sequence(t.Name)
			if err != nil {
				return err
			}
			if ok {
				end.Sequence = &seq
			}
			if err := writeLine(bw, end); err != nil {
				return err
			}
			counts = append(counts, TableCount{Table: t.Name, Rows: n})
			total += n
		}
		if err := bw.Flush(); err != nil {
			return err
		}
		// The last line is not part of what its checksum covers.
		return writeLine(w, dumpEnd{DumpEnd: true, Rows: total, SHA256: hex.EncodeToString(sum.Sum(nil))})
	})
	if err != nil {
		return nil, fmt.Errorf("dump: %w", err)
	}
	return counts, nil
}

func writeLine(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// appendRow appends a row as a JSON array and a newline, and names the
// columns whose text was not UTF-8 and was written with U+FFFD.
func appendRow(b []byte, cols []Column, row []any) ([]byte, []string, error) {
	var repaired []string
	b = append(b, '[')
	for i, v := range row {
		if i > 0 {
			b = append(b, ',')
		}
		if s, ok := v.(string); ok && cols[i].Kind == KindText && !utf8.ValidString(s) {
			v = strings.ToValidUTF8(s, "\uFFFD")
			repaired = append(repaired, cols[i].Name)
		}
		var err error
		if b, err = appendValue(b, cols[i], v); err != nil {
			return b, nil, err
		}
	}
	return append(b, ']', '\n'), repaired, nil
}

func appendValue(b []byte, col Column, v any) ([]byte, error) {
	if v == nil {
		return append(b, "null"...), nil
	}
	switch col.Kind {
	case KindInt:
		if n, ok := v.(int64); ok {
			return strconv.AppendInt(b, n, 10), nil
		}
	case KindText:
		if s, ok := v.(string); ok {
			return appendString(b, s), nil
		}
	case KindTime:
		if t, ok := v.(time.Time); ok {
			return strconv.AppendQuote(b, t.UTC().Format(time.RFC3339Nano)), nil
		}
	case KindDate:
		if t, ok := v.(time.Time); ok {
			return strconv.AppendQuote(b, t.Format(time.DateOnly)), nil
		}
	case KindBool:
		if t, ok := v.(bool); ok {
			return strconv.AppendBool(b, t), nil
		}
	case KindReal:
		if f, ok := v.(float64); ok && !math.IsNaN(f) && !math.IsInf(f, 0) {
			return strconv.AppendFloat(b, f, 'g', -1, 64), nil
		}
	}
	return b, fmt.Errorf("column %s: cannot write %T (%v) as %s", col.Name, v, v, col.Kind)
}

// appendString appends s, valid UTF-8, as a JSON string: only quotes,
// backslashes and control characters are escaped, so the text stays
// readable.
func appendString(b []byte, s string) []byte {
	const hexDigits = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
