package cite

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strings"
	"testing"
)

// TestCSVRoundTrip reads the CSV export back with encoding/csv and checks
// every cell, including the formula-injection escaping.
func TestCSVRoundTrip(t *testing.T) {
	t.Parallel()
	recs := append(demoRecords(), edgeRecords()...)
	rows, err := csv.NewReader(bytes.NewReader(encodeAll(t, "csv", recs))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rows[0], CSVHeader()) {
		t.Fatalf("header = %q", rows[0])
	}
	if len(rows) != len(recs)+1 {
		t.Fatalf("%d rows, want %d", len(rows), len(recs)+1)
	}
	for i, r := range recs {
		row := rows[i+1]
		for j, cell := range row {
			if cell != "" && strings.IndexByte("=+-@\t\r", cell[0]) >= 0 {
				t.Errorf("row %d cell %d starts with a formula trigger: %q", i+1, j, cell)
			}
			row[j] = UnescapeCSVCell(cell)
		}
		want := []string{
			r.QuoteText, r.Speaker.Name, r.SpeakerTitle, r.QuoteKind, r.ArticleTitle,
			r.Outlet, r.Via, joinNames(r.Authors), csvDate(r.Published), r.ArticleURL,
			csvDate(r.Accessed), r.QuoteStatus, strings.Join(r.Topics, CSVListSeparator), r.QuoteURL,
			csvDate(r.SaidOn), r.Speaker.Kind,
		}
		// encoding/csv turns \r\n and lone \r inside quoted cells into \n.
		for j := range want {
			want[j] = strings.ReplaceAll(want[j], "\r", "\n")
			row[j] = strings.ReplaceAll(row[j], "\r", "\n")
		}
		if !reflect.DeepEqual(row, want) {
			t.Errorf("row %d:\n got  %q\n want %q", i+1, row, want)
		}
	}
}

func TestEscapeCSVCell(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"=1+2":        "'=1+2",
		"+1":          "'+1",
		"-1":          "'-1",
		"@SUM(A1)":    "'@SUM(A1)",
		"\tx":         "'\tx",
		"\rx":         "'\rx",
		"plain":       "plain",
		"'=quoted":    "'=quoted",
		"":            "",
		"a=b":         "a=b",
		"'plain text": "'plain text",
	} {
		if got := EscapeCSVCell(in); got != want {
			t.Errorf("EscapeCSVCell(%q) = %q, want %q", in, got, want)
		}
		if in != "'=quoted" && UnescapeCSVCell(EscapeCSVCell(in)) != in {
			t.Errorf("round trip of %q failed", in)
		}
	}
}

func TestCSVBOM(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	enc, _ := NewEncoder("csv", &buf, Options{CSVBOM: true})
	enc.End()
	if !strings.HasPrefix(buf.String(), "\uFEFFquote,") {
		t.Errorf("no BOM: %q", buf.String())
	}
}
