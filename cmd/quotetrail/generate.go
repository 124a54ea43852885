package main

import (
	"fmt"
	"io"
	"os"

	"github.com/quotetrail/quotetrail/synth"
)

// generate runs "quotetrail generate": synthetic quotes of a realistic
// shape as import JSON lines, for benchmarks and load tests.
func (m *Main) generate(args []string) error {
	fs := m.flags("generate")
	n := fs.Int("quotes", 100000, "how many quotes")
	seed := fs.Uint64("seed", 1, "random seed: the same seed makes the same quotes")
	out := fs.String("o", "-", "output file, - for stdout")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 || *n < 0 {
		return usageError{"generate takes no arguments and a non-negative --quotes"}
	}
	var w io.Writer = m.Stdout
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	if err := synth.Write(w, synth.Config{Quotes: *n, Seed: *seed}); err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	return nil
}
