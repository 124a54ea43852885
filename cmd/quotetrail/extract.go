package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail/internal/extract"
	"github.com/quotetrail/quotetrail/internal/webpage"
)

// maxExtractBytes bounds the text extract reads: far beyond any article.
const maxExtractBytes = 16 << 20

// pageQuotes is what extract prints for an HTML page: the article text
// the page yields (as the web import reads it) and the quotes, whose
// offsets are rune offsets into that text.
type pageQuotes struct {
	Title  string          `json:"title"`
	Text   string          `json:"text"`
	Quotes []extract.Quote `json:"quotes"`
}

// extractQuotes prints the quotes found in an article (a file, or
// standard input for "-" or no argument) as JSON. Plain text gives the
// quotes with offsets into it; an HTML page (with --html, or recognised by
// its opening) is first read as the web import reads pages, and the
// printed text is the article text the offsets refer to.
func (m *Main) extractQuotes(ctx context.Context, args []string) error {
	fs := m.flags("extract")
	fs.String("db", "", "unused: extract reads no database")
	asHTML := fs.Bool("html", false, "read the input as an HTML page (detected when it starts like one)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usageError{"extract takes one file (or - for standard input)"}
	}
	var in io.Reader = m.Stdin
	name := "standard input"
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		name = fs.Arg(0)
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("extract: %w", err)
		}
		defer f.Close()
		in = f
	}
	data, err := io.ReadAll(io.LimitReader(in, maxExtractBytes+1))
	if err != nil {
		return fmt.Errorf("extract: read %s: %w", name, err)
	}
	if len(data) > maxExtractBytes {
		return fmt.Errorf("extract: %s is larger than %d MiB", name, maxExtractBytes>>20)
	}
	enc := json.NewEncoder(m.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if *asHTML || looksLikeHTML(data) {
		art, err := webpage.Parse(bytes.NewReader(data), "", maxExtractBytes)
		if err != nil {
			return fmt.Errorf("extract: read %s as HTML: %w", name, err)
		}
		res, err := extract.ExtractContext(ctx, art.Text)
		if err != nil {
			return err
		}
		return enc.Encode(pageQuotes{Title: art.Title, Text: art.Text, Quotes: res.Quotes})
	}
	if !utf8.Valid(data) {
		return errors.New("extract: " + name + " is not UTF-8 text")
	}
	res, err := extract.ExtractContext(ctx, string(data))
	if err != nil {
		return err
	}
	return enc.Encode(res)
}

// looksLikeHTML reports whether input opens like an HTML document: a
// doctype, an <html> or <head> or <body> tag, after any byte-order mark,
// spaces and comments.
func looksLikeHTML(b []byte) bool {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	for {
		b = bytes.TrimLeft(b, " \t\r\n")
		if !bytes.HasPrefix(b, []byte("<!--")) {
			break
		}
		end := bytes.Index(b, []byte("-->"))
		if end < 0 {
			return false
		}
		b = b[end+3:]
	}
	head := bytes.ToLower(b[:min(len(b), 16)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	return false
}
