package cite

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixtureSets are the record sets with golden files.
func fixtureSets() map[string][]Record {
	return map[string][]Record{"demo": demoRecords(), "edge": edgeRecords()}
}

// encodeAll runs a whole export of recs in format.
func encodeAll(t testing.TB, format string, recs []Record) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc, err := NewEncoder(format, &buf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := enc.Begin(); err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := enc.End(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cite -run Golden -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; got:\n%s", path, got)
	}
}

func TestGoldenExports(t *testing.T) {
	t.Parallel()
	for set, recs := range fixtureSets() {
		for _, f := range Formats() {
			t.Run(set+"/"+f.Name, func(t *testing.T) {
				checkGolden(t, set+"."+f.Name+".golden", encodeAll(t, f.Name, recs))
			})
		}
	}
}

// TestGoldenCitations records every field of the single-record formatters,
// in text and HTML, for the cite box on the quote page.
func TestGoldenCitations(t *testing.T) {
	t.Parallel()
	styles := []struct {
		name string
		fn   func(Record, Markup) Citation
	}{{"apa", FormatAPA}, {"mla", FormatMLA}, {"chicago", FormatChicago}}
	for set, recs := range fixtureSets() {
		t.Run(set, func(t *testing.T) {
			var b strings.Builder
			for _, r := range recs {
				b.WriteString("## quote " + itoa(r.QuoteID) + " — " + r.Speaker.Name + "\n")
				for _, s := range styles {
					for _, m := range []Markup{Text, HTML} {
						c := s.fn(r, m)
						label := s.name
						if m == HTML {
							label += "-html"
						}
						b.WriteString(label + " reference: " + c.Reference + "\n")
						b.WriteString(label + " in-text:   " + c.InText + "\n")
						if c.Note != "" {
							b.WriteString(label + " note:      " + c.Note + "\n")
						}
						b.WriteString(label + " quotation: " + c.Quotation + "\n")
					}
				}
				b.WriteString("\n")
			}
			checkGolden(t, set+".citations.golden", []byte(b.String()))
		})
	}
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}

// The reference lists give each source once, with every quote cited from
// it under it (and, for Chicago, each quote's note), not the reference
// again for each quote.
func TestReferenceListsGiveEachSourceOnce(t *testing.T) {
	t.Parallel()
	for set, recs := range fixtureSets() {
		for _, f := range Formats() {
			if !BySource(f.Name) {
				continue
			}
			out := string(encodeAll(t, f.Name, recs))
			var refs []string
			if strings.HasSuffix(f.Name, "-html") {
				for _, part := range strings.Split(out, `<p class="reference">`)[1:] {
					refs = append(refs, part[:strings.Index(part, "</p>")])
				}
			} else {
				for _, line := range strings.Split(out, "\n") {
					if line != "" && !strings.HasPrefix(line, "    ") {
						refs = append(refs, line)
					}
				}
			}
			seen := map[string]bool{}
			for _, r := range refs {
				if seen[r] {
					t.Errorf("%s/%s lists %q more than once", set, f.Name, r)
				}
				seen[r] = true
			}
			if quotes := strings.Count(out, "quotation"); strings.HasSuffix(f.Name, "-html") && quotes < len(recs) {
				t.Errorf("%s/%s has %d quotations for %d records", set, f.Name, quotes, len(recs))
			}
		}
	}
}
