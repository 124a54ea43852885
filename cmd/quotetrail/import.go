package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"strings"

	"github.com/mattn/go-isatty"

	"github.com/quotetrail/quotetrail/internal/importer"
)

// importQuotes runs "quotetrail import": quotes in bulk from a file, with
// progress on stderr and each refused line reported by number.
func (m *Main) importQuotes(ctx context.Context, args []string) error {
	fs := m.flags("import")
	format := fs.String("format", importer.FormatAuto, "input format: "+strings.Join(importer.Formats, ", "))
	dsn := m.dbFlag(fs)
	onError := fs.String("on-error", importer.OnErrorSkip, "on a bad line: skip (report it and go on) or stop (write what came before it, then stop)")
	batch := fs.Int("batch", importer.DefaultBatchSize, "quotes per transaction, at most")
	maxLock := fs.Duration("max-lock", 0, "about the longest a transaction may hold the database's write lock, which the app's own writes (a form saved) wait for: when one takes longer, the next are smaller; slower, for imports into a site in use (0: every one is --batch quotes)")
	threshold := fs.Float64("speaker-threshold", importer.DefaultSpeakerThreshold, "Quotebank: how likely (0 to 1) the most likely speaker must be for a quotation to be imported with them; quotations with none that likely, or whose most likely speaker is no one, are left out and counted")
	bulk := fs.Bool("bulk", false, "load the whole file in one transaction, with the quotes' indexes, the search index and the counts built once at the end: much faster, but the site's own writes (on PostgreSQL its pages of quotes too) wait until it is done; chosen on its own when a SQLite database holds no quote (--bulk=false: never)")
	quiet := fs.Bool("quiet", false, "no progress reports")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"import takes one FILE (JSON lines, Quotebank JSON lines or CSV; .bz2 is read directly)"}
	}
	if *onError != importer.OnErrorSkip && *onError != importer.OnErrorStop {
		return usageError{fmt.Sprintf("--on-error must be skip or stop, not %q", *onError)}
	}
	store, err := m.openStore(*dsn)
	if err != nil {
		return err
	}
	defer store.Close()
	if *batch <= 0 {
		return usageError{fmt.Sprintf("--batch must be at least 1, not %d", *batch)}
	}
	if *threshold < 0 || *threshold > 1 {
		return usageError{fmt.Sprintf("--speaker-threshold must be between 0 and 1, not %g", *threshold)}
	}
	if *threshold == 0 {
		// Any candidate but Quotebank's "no one": Options reads 0 as
		// its default.
		*threshold = math.SmallestNonzeroFloat64
	}
	if *maxLock < 0 {
		return usageError{fmt.Sprintf("--max-lock must not be negative, not %s", *maxLock)}
	}
	bulkMode := importer.BulkAuto
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "bulk" {
			bulkMode = importer.BulkNever
			if *bulk {
				bulkMode = importer.BulkOn
			}
		}
	})
	opt := importer.Options{Bulk: bulkMode, Format: *format, OnError: *onError, BatchSize: *batch, LockTarget: *maxLock, SpeakerThreshold: *threshold, Errors: m.Stderr}
	if !*quiet {
		terminal := false
		if f, ok := m.Stderr.(*os.File); ok {
			terminal = isatty.IsTerminal(f.Fd())
		}
		opt.Progress = importer.NewProgress(m.Stderr, terminal)
	}
	sum, err := importer.File(ctx, store, fs.Arg(0), opt)
	fmt.Fprintf(m.Stdout, "imported %d quotes in %s (%.0f quotes/s): %d already there, %d lines refused; new: %d people, %d articles, %d outlets, %d topics; %d batches, the longest %s\n",
		sum.Added, sum.Elapsed.Round(1e6), float64(sum.Added)/max(sum.Elapsed.Seconds(), 1e-9), sum.Duplicates, sum.Refused,
		sum.People, sum.Articles, sum.Outlets, sum.Topics, sum.Batches, sum.LongestBatch.Round(1e6))
	if sum.Bulk {
		why := "--bulk"
		if sum.BulkChosen {
			why = "chosen because the database held no quote"
		}
		fmt.Fprintf(m.Stdout, "loaded in bulk (%s), in one transaction:", why)
		for i, st := range sum.Stages {
			sep := ";"
			if i == 0 {
				sep = ""
			}
			fmt.Fprintf(m.Stdout, "%s %s %s", sep, st.Name, st.Took.Round(1e6))
		}
		fmt.Fprintln(m.Stdout)
	}
	if sum.Unattributed > 0 {
		fmt.Fprintf(m.Stdout, "%d Quotebank quotations left out: no speaker with a probability of at least %g (--speaker-threshold), or most likely said by no one\n",
			sum.Unattributed, opt.SpeakerThreshold)
	}
	if errors.Is(err, importer.ErrStopped) {
		return fmt.Errorf("%w: lines before it were imported; fix it and run the import again (quotes already imported are not added twice)", err)
	}
	return err
}
