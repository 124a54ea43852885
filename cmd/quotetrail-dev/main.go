// Command quotetrail-dev holds the tools quotetrail's developers use and
// its users do not: synthetic data for benchmarks and the extraction
// score against PolNeAR. They live apart from the product binary so that
// quotetrail ships only what a newsroom runs.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/eval"
	"github.com/quotetrail/quotetrail/internal/synth"
)

const usage = `quotetrail-dev: tools for quotetrail's developers.

Usage:
  quotetrail-dev generate [--quotes N] [--seed S] [-o FILE]
                                     synthetic quotes as import JSON lines, for benchmarks
  quotetrail-dev eval-extract [--split dev|train] [--polnear DIR] [-v]
                                     score extraction against PolNeAR's annotations
`

// usageError is a mistake in how the program was called: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "quotetrail-dev:", err)
		var ue usageError
		if errors.As(err, &ue) || errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// run dispatches to the command args[0] names.
func run(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fmt.Fprint(stderr, usage)
		return usageError{"name a command"}
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "generate":
		return generate(rest, stdout, stderr)
	case "eval-extract":
		return evalExtract(rest, stdout, stderr)
	case "help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return usageError{fmt.Sprintf("unknown command %q", cmd)}
	}
}

// parse parses args into fs, turning flag mistakes into usage errors.
func parse(fs *flag.FlagSet, args []string, stderr io.Writer) error {
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}

// generate writes synthetic quotes of a realistic shape as import JSON
// lines, for benchmarks and load tests.
func generate(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("generate", flag.ContinueOnError)
	n := fs.Int("quotes", 100000, "how many quotes")
	seed := fs.Uint64("seed", 1, "random seed: the same seed makes the same quotes")
	out := fs.String("o", "-", "output file, - for stdout")
	if err := parse(fs, args, stderr); err != nil {
		return err
	}
	if fs.NArg() > 0 || *n < 0 {
		return usageError{"generate takes no arguments and a non-negative --quotes"}
	}
	w := stdout
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

// evalExtract scores the quote extractor against PolNeAR's human
// annotations and prints the report.
func evalExtract(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval-extract", flag.ContinueOnError)
	split := fs.String("split", "dev", "which split to score: dev or train")
	dir := fs.String("polnear", "", "the PolNeAR folder (default: QUOTETRAIL_POLNEAR, else shared/polnear found above the working directory)")
	verbose := fs.Bool("v", false, "list every missed, spurious and mis-attributed quote first")
	if err := parse(fs, args, stderr); err != nil {
		return err
	}
	if *split != "dev" && *split != "train" {
		return usageError{fmt.Sprintf("--split %q: use dev or train", *split)}
	}
	if *dir == "" {
		found, err := eval.Locate()
		if err != nil {
			return err
		}
		*dir = found
	}
	return eval.Report(stdout, *dir, *split, *verbose)
}
