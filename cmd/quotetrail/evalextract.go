package main

import (
	"context"
	"fmt"

	"github.com/quotetrail/quotetrail/extract/eval"
)

// evalExtract scores the quote extractor against PolNeAR's human
// annotations and prints the report.
func (m *Main) evalExtract(_ context.Context, args []string) error {
	fs := m.flags("eval-extract")
	split := fs.String("split", "dev", "which split to score: dev or train")
	dir := fs.String("polnear", "", "the PolNeAR folder (default: QUOTETRAIL_POLNEAR, else shared/polnear found above the working directory)")
	verbose := fs.Bool("v", false, "list every missed, spurious and mis-attributed quote first")
	if err := parse(fs, args); err != nil {
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
	return eval.Report(m.Stdout, *dir, *split, *verbose)
}
