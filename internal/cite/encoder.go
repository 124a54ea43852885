package cite

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Encoder streams records into one export. Call Begin once, Encode for each
// record, then End, which writes any closing syntax and flushes. Encode calls
// Begin if it was not called, and End calls Begin too, so an export of no
// record is still well formed (for example "[]" in CSL-JSON). An encoder is
// not safe for concurrent use. After the first write error every later call
// returns that error.
type Encoder interface {
	Begin() error
	Encode(r Record) error
	End() error
}

// Format describes one export format.
type Format struct {
	Name        string // the name given to NewEncoder
	Label       string // human-readable name
	ContentType string // MIME type for the HTTP response
	Extension   string // file extension with the dot
}

// Formats lists the export formats NewEncoder accepts, machine-readable
// formats first.
func Formats() []Format {
	return []Format{
		{"bibtex", "BibTeX (biblatex)", "application/x-bibtex; charset=utf-8", ".bib"},
		{"ris", "RIS", "application/x-research-info-systems; charset=utf-8", ".ris"},
		{"csl-json", "CSL-JSON", "application/vnd.citationstyles.csl+json; charset=utf-8", ".json"},
		{"csv", "CSV", "text/csv; charset=utf-8", ".csv"},
		{"jsonl", "JSON lines (quotetrail's import format)", "application/jsonl; charset=utf-8", ".jsonl"},
		{"apa", "APA 7 (text)", "text/plain; charset=utf-8", ".txt"},
		{"apa-html", "APA 7 (HTML)", "text/html; charset=utf-8", ".html"},
		{"mla", "MLA 9 (text)", "text/plain; charset=utf-8", ".txt"},
		{"mla-html", "MLA 9 (HTML)", "text/html; charset=utf-8", ".html"},
		{"chicago", "Chicago 17 notes and bibliography (text)", "text/plain; charset=utf-8", ".txt"},
		{"chicago-html", "Chicago 17 notes and bibliography (HTML)", "text/html; charset=utf-8", ".html"},
	}
}

// BySource tells whether format lists each source once with the quotes
// cited from it under it (the APA, MLA and Chicago lists): it wants the
// records of one source one after another.
func BySource(format string) bool {
	switch strings.ToLower(format) {
	case "apa", "apa-html", "mla", "mla-html", "chicago", "chicago-html":
		return true
	}
	return false
}

// Options tunes the encoders. The zero value is the recommended default.
type Options struct {
	// RISLineEnding ends each RIS line. Empty means "\r\n", the line
	// ending of the RIS specification; "\n" is accepted by common readers.
	RISLineEnding string
	// CSVBOM writes a UTF-8 byte order mark before the CSV header, which
	// makes Excel read the file as UTF-8.
	CSVBOM bool
}

// NewEncoder returns a streaming encoder for the named format (see
// [Formats]) writing to w.
func NewEncoder(format string, w io.Writer, opt Options) (Encoder, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	switch strings.ToLower(format) {
	case "bibtex", "biblatex", "bib":
		return &bibtexEncoder{w: bw, keys: newKeySet()}, nil
	case "ris":
		eol := opt.RISLineEnding
		if eol == "" {
			eol = "\r\n"
		}
		return &risEncoder{w: bw, eol: eol}, nil
	case "csl-json", "csl", "csljson":
		return newCSLEncoder(bw), nil
	case "jsonl":
		return newJSONLEncoder(bw), nil
	case "csv":
		return newCSVEncoder(bw, opt.CSVBOM), nil
	case "apa":
		return &listEncoder{w: bw, style: FormatAPA, markup: Text}, nil
	case "apa-html":
		return &listEncoder{w: bw, style: FormatAPA, markup: HTML, class: "apa"}, nil
	case "mla":
		return &listEncoder{w: bw, style: FormatMLA, markup: Text}, nil
	case "mla-html":
		return &listEncoder{w: bw, style: FormatMLA, markup: HTML, class: "mla"}, nil
	case "chicago":
		return &listEncoder{w: bw, style: FormatChicago, markup: Text}, nil
	case "chicago-html":
		return &listEncoder{w: bw, style: FormatChicago, markup: HTML, class: "chicago"}, nil
	}
	return nil, fmt.Errorf("cite: unknown format %q", format)
}

// state tracks Begin/End and the sticky write error shared by all encoders.
type state struct {
	begun, ended bool
	err          error
}

// BaseKey is the readable citation key of a record before de-duplication:
// the speaker's family name (an organisation's or role's name), else the
// first author's, else the outlet without a leading "The"; then the year
// the words were said or published, or "nd"; then the first significant
// word of the title.
// Only lower-case ASCII letters and digits are kept, accents are folded:
// "Müller" gives "muller". Example: "khan2022twitter".
//
// The BibTeX and CSL-JSON encoders use it as the entry key / id and make keys
// unique within one export by appending a, b, c, ... z, aa, ab ... to the
// second and later records with the same base key.
func BaseKey(r Record) string {
	return string(appendBaseKey(nil, &r))
}

// appendBaseKey appends the base key of r to b.
func appendBaseKey(b []byte, r *Record) []byte {
	start := len(b)
	// A quotetrail entry cites what someone said, so the speaker leads.
	if r.Speaker.Name != "" {
		b = keyWord(b, r.Speaker.Parse().FamilyFull())
	}
	if len(b) == start && len(r.Authors) > 0 {
		b = keyWord(b, r.Authors[0].Parse().FamilyFull())
	}
	if len(b) == start {
		b = keyWord(b, trimThe(r.Outlet))
	}
	if len(b)-start > 24 {
		b = b[:start+24]
	}
	if len(b) == start {
		b = append(b, "anon"...)
	}
	if r.SaidOn != nil {
		b = strconv.AppendInt(b, int64(r.SaidOn.Year()), 10)
	} else if r.Published != nil {
		b = strconv.AppendInt(b, int64(r.Published.Year()), 10)
	} else {
		b = append(b, "nd"...)
	}
	for _, w := range strings.Fields(r.ArticleTitle) {
		if isStopWord(w) {
			continue
		}
		n := len(b)
		b = keyWord(b, w)
		if len(b) > n {
			break
		}
	}
	return b
}

// isStopWord reports whether w is skipped when picking the title word of a key.
func isStopWord(w string) bool {
	switch strings.ToLower(strings.Trim(w, "\"'“”‘’.,:;!?()[]{}")) {
	case "a", "an", "the", "of", "for", "on", "in", "and", "to", "with", "at", "by", "from", "is", "are", "as", "or":
		return true
	}
	return false
}

// trimThe removes a leading "The " from an outlet name.
func trimThe(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		return s[4:]
	}
	return s
}

// keySet makes citation keys unique within one export. It counts the uses
// of each base key, stored as a 64-bit FNV-1a hash to keep the map small
// (about 25 bytes per distinct base key, in practice one per article). A
// hash collision, very unlikely, only adds a needless suffix: keys stay
// unique.
type keySet struct {
	seen map[uint64]uint32
	buf  []byte
}

func newKeySet() *keySet { return &keySet{seen: make(map[uint64]uint32)} }

// next returns the unique key for a record; the slice is valid until the
// next call.
func (k *keySet) next(r *Record) []byte {
	k.buf = appendBaseKey(k.buf[:0], r)
	h := uint64(14695981039346656037)
	for _, c := range k.buf {
		h ^= uint64(c)
		h *= 1099511628211
	}
	n := k.seen[h]
	k.seen[h] = n + 1
	if n > 0 {
		k.buf = appendAlphaSuffix(k.buf, int(n))
	}
	return k.buf
}

// appendAlphaSuffix appends a, b, ... z, aa, ab, ... for n = 1, 2, ... 26, 27, 28.
func appendAlphaSuffix(b []byte, n int) []byte {
	var buf [16]byte
	i := len(buf)
	for n > 0 {
		n--
		i--
		buf[i] = byte('a' + n%26)
		n /= 26
	}
	return append(b, buf[i:]...)
}
