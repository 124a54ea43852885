package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail/internal/extract"
)

// maxExtractBytes bounds the text extract reads: far beyond any article.
const maxExtractBytes = 16 << 20

// extractQuotes prints the quotes found in an article's text (a file, or
// standard input for "-" or no argument) as JSON.
func (m *Main) extractQuotes(_ context.Context, args []string) error {
	fs := m.flags("extract")
	fs.String("db", "", "unused: extract reads no database")
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
	text, err := io.ReadAll(io.LimitReader(in, maxExtractBytes+1))
	if err != nil {
		return fmt.Errorf("extract: read %s: %w", name, err)
	}
	if len(text) > maxExtractBytes {
		return fmt.Errorf("extract: %s is larger than %d MiB", name, maxExtractBytes>>20)
	}
	if !utf8.Valid(text) {
		return errors.New("extract: " + name + " is not UTF-8 text")
	}
	enc := json.NewEncoder(m.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(extract.Extract(string(text)))
}
