// Package importer reads quotes in bulk (quotetrail's JSON lines,
// Quotebank's quote-centric JSON lines, the CSV export) and writes them
// through the store in batches, each batch all or nothing, reporting
// progress and every refused line by number.
package importer

import (
	"bufio"
	"compress/bzip2"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/quotetrail/quotetrail/models"
)

// What to do with a line that cannot be imported.
const (
	OnErrorSkip = "skip" // report it and go on
	OnErrorStop = "stop" // report it, write what came before it, stop
)

// Options control an import.
type Options struct {
	Format    string // one of Formats; "" is auto
	OnError   string // OnErrorSkip (default) or OnErrorStop
	BatchSize int    // quotes per transaction; 0 is DefaultBatchSize
	// LockTarget is about the longest a batch should hold the database's
	// write lock, which the app's own writes (a form saved, say) wait
	// for: a batch that takes longer makes the next ones smaller, down to
	// MinBatchSize, and quick ones let them grow back to BatchSize. Zero
	// keeps every batch at BatchSize.
	LockTarget time.Duration
	// SpeakerThreshold is how likely Quotebank's most likely speaker must
	// be (0 to 1) for a quotation to be imported with them; 0 is
	// DefaultSpeakerThreshold. See quotebank.go.
	SpeakerThreshold float64
	// Bulk chooses a bulk load (bulk.go): BulkAuto, BulkOn or BulkNever.
	Bulk int
	// Errors receives one line per refused input line; nil discards them.
	Errors io.Writer
	// Progress receives progress reports; nil reports nothing.
	Progress *Progress
}

// DefaultBatchSize is how many quotes one transaction writes: large
// enough that commits cost little; on its own on two cores a batch this
// size holds the write lock for about half a second.
const DefaultBatchSize = 10000

// MinBatchSize is as small as LockTarget makes a batch.
const MinBatchSize = 500

// Summary is what an import did.
type Summary struct {
	Stats
	Lines   int // input lines read (blank ones not counted)
	Refused int // lines refused
	// Unattributed counts Quotebank's quotations left out because no
	// speaker was likely enough (Options.SpeakerThreshold).
	Unattributed int
	Batches      int // transactions written
	// StoppedAt is the line an import with OnErrorStop stopped at; 0 when
	// it read everything.
	StoppedAt int
	Elapsed   time.Duration
	// Bulk tells that the import was one bulk load (bulk.go), and
	// BulkChosen that Import chose it because the database held no quote;
	// Stages are its steps.
	Bulk, BulkChosen bool
	Stages           []Stage
	// LongestBatch is the longest a batch's transaction took, waiting for
	// the write lock included: about the longest the web app's own
	// writes had to wait for the import.
	LongestBatch time.Duration
}

// ErrStopped is returned when OnErrorStop ended an import at a bad line.
var ErrStopped = errors.New("import stopped at a refused line")

// File imports the file at path; a name ending in .bz2 is decompressed
// on the fly, and the format is found from the name, else the content.
func File(ctx context.Context, store *models.Store, path string, opt Options) (Summary, error) {
	f, err := os.Open(path)
	if err != nil {
		return Summary{}, err
	}
	defer f.Close()
	var size int64
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		size = st.Size()
	}
	counted := &countingReader{r: f}
	var r io.Reader = bufio.NewReaderSize(counted, 1<<20)
	name := strings.ToLower(path)
	if strings.HasSuffix(name, ".bz2") {
		r = bzip2.NewReader(r)
		name = strings.TrimSuffix(name, ".bz2")
	}
	if opt.Format == "" || opt.Format == FormatAuto {
		switch {
		case strings.HasSuffix(name, ".csv"):
			opt.Format = FormatCSV
		case strings.Contains(name, "quotebank") || strings.Contains(name, "quotes-20"):
			opt.Format = FormatQuotebank
		}
	}
	if opt.Progress != nil {
		opt.Progress.total = size
		opt.Progress.done = &counted.n
	}
	return Import(ctx, store, r, opt)
}

// importNice is the CPU priority an import runs at (see background): a
// nice value of 10, so that pages served at the same time come first.
const importNice = 10

// Import reads quotes from r and writes them through store. Reading and
// parsing run beside the writes, so the two cores of a small machine both
// work, both at a lower CPU priority than the app's pages (see
// background). The error is non-nil when the input could not be read, a batch
// could not be written, or OnErrorStop met a refused line (ErrStopped).
func Import(ctx context.Context, store *models.Store, r io.Reader, opt Options) (Summary, error) {
	start := time.Now()
	if opt.OnError == "" {
		opt.OnError = OnErrorSkip
	}
	if opt.OnError != OnErrorSkip && opt.OnError != OnErrorStop {
		return Summary{}, fmt.Errorf("--on-error must be skip or stop, not %q", opt.OnError)
	}
	if opt.Format == "" {
		opt.Format = FormatAuto
	}
	if !slices.Contains(Formats, opt.Format) {
		return Summary{}, fmt.Errorf("unknown format %q: use one of %s", opt.Format, strings.Join(Formats, ", "))
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = DefaultBatchSize
	}
	if opt.SpeakerThreshold < 0 || opt.SpeakerThreshold > 1 {
		return Summary{}, fmt.Errorf("the speaker threshold must be between 0 and 1, not %g", opt.SpeakerThreshold)
	}
	if opt.SpeakerThreshold == 0 {
		opt.SpeakerThreshold = DefaultSpeakerThreshold
	}
	errOut := opt.Errors
	if errOut == nil {
		errOut = io.Discard
	}
	br := bufio.NewReaderSize(r, 1<<20)
	if opt.Format == FormatAuto {
		head, _ := br.Peek(64 << 10)
		opt.Format = detectFormat(head)
	}
	var sum Summary
	write := func(quotes []Quote) (Stats, error) { return WriteBatch(ctx, store, quotes) }
	var bulk *bulkLoad
	if opt.Bulk == BulkAuto && opt.LockTarget == 0 {
		empty, err := emptyForBulk(ctx, store)
		if err != nil {
			return Summary{}, err
		}
		sum.BulkChosen = empty
	}
	if sum.BulkChosen || opt.Bulk == BulkOn {
		sum.Bulk = true
		if opt.Progress != nil {
			why := "--bulk"
			if sum.BulkChosen {
				why = "the database holds no quote"
			}
			opt.Progress.note("loading in bulk (%s): one transaction; indexes, search index and counts built at the end", why)
		}
		var err error
		bulk, err = startBulk(ctx, store, func(s Stage) {
			sum.Stages = append(sum.Stages, s)
			if opt.Progress != nil {
				opt.Progress.note("%s in %s", s.Name, s.Took.Round(time.Millisecond))
			}
		}, func(stage string, done, of int, elapsed time.Duration) {
			if opt.Progress != nil {
				opt.Progress.step(stage, done, of, elapsed)
			}
		})
		if err != nil {
			return Summary{}, err
		}
		defer bulk.rollback()
		write = bulk.write
	}
	var rd reader
	switch opt.Format {
	case FormatJSONL:
		rd = newLineReader(br, parseJSONLine)
	case FormatQuotebank:
		rd = newLineReader(br, quotebankParser{threshold: opt.SpeakerThreshold}.parse)
	case FormatCSV:
		cr, err := newCSVReader(br)
		if err != nil {
			return Summary{}, err
		}
		rd = cr
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type batch struct {
		quotes []Quote
		lines  int
	}
	batches := make(chan batch, 2)
	// size is how many quotes the reader puts in a batch; the writer
	// changes it to keep batches near opt.LockTarget.
	var size atomic.Int64
	size.Store(int64(opt.BatchSize))
	if opt.LockTarget > 0 {
		// Start small: the reader fills batches ahead of the writer, so
		// the first few are sized before any has been timed.
		size.Store(int64(min(opt.BatchSize, 4*MinBatchSize)))
	}
	var readErr error
	// The reader goroutine owns sum.Lines, sum.Refused and sum.StoppedAt
	// until it closes batches.
	go background(func() {
		defer close(batches)
		cur := batch{quotes: make([]Quote, 0, opt.BatchSize)}
		send := func() bool {
			select {
			case batches <- cur:
			case <-ctx.Done():
				return false
			}
			cur = batch{quotes: make([]Quote, 0, size.Load())}
			return true
		}
		for {
			rec, err := rd.next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				readErr = err
				break
			}
			sum.Lines++
			cur.lines++
			sum.Unattributed += rec.unattributed
			if rec.err != nil {
				sum.Refused++
				fmt.Fprintf(errOut, "line %d: %v\n", rec.line, rec.err)
				if opt.OnError == OnErrorStop {
					sum.StoppedAt = rec.line
					break
				}
				continue
			}
			cur.quotes = append(cur.quotes, rec.quotes...)
			if len(cur.quotes) >= int(size.Load()) && !send() {
				return
			}
		}
		if len(cur.quotes) > 0 || cur.lines > 0 {
			send()
		}
	})

	// The writes, too, yield the CPU to the app's own work.
	var writeErr error
	background(func() {
		for b := range batches {
			if writeErr != nil {
				continue // drain so the reader can finish
			}
			batchStart := time.Now()
			stats, err := write(b.quotes)
			took := time.Since(batchStart)
			sum.LongestBatch = max(sum.LongestBatch, took)
			if err != nil {
				writeErr = err
				cancel()
				continue
			}
			sum.Batches++
			if opt.LockTarget > 0 && len(b.quotes) > 0 {
				size.Store(nextBatchSize(len(b.quotes), took, opt))
			}
			sum.Stats.Add(stats)
			if opt.Progress != nil {
				opt.Progress.update(sum.Added+sum.Duplicates, false)
			}
		}
	})
	if bulk != nil && writeErr == nil && readErr == nil {
		if opt.Progress != nil {
			opt.Progress.update(sum.Added+sum.Duplicates, true)
		}
		bulk.stage(Stage{"rows written", time.Since(start)})
		writeErr = bulk.finish()
	}
	if bulk != nil && (writeErr != nil || readErr != nil) {
		sum.Stats = Stats{} // all rolled back
	}
	sum.Elapsed = time.Since(start)
	if opt.Progress != nil && bulk == nil {
		opt.Progress.update(sum.Added+sum.Duplicates, true)
	}
	switch {
	case writeErr != nil:
		return sum, writeErr
	case readErr != nil:
		return sum, fmt.Errorf("read input: %w", readErr)
	case sum.StoppedAt > 0:
		return sum, fmt.Errorf("line %d: %w", sum.StoppedAt, ErrStopped)
	}
	return sum, nil
}

// nextBatchSize is the size of batch that should take opt.LockTarget,
// judging by the last one: n quotes in took. It grows at most twofold a
// batch, so that one quick batch does not make the next one too large.
func nextBatchSize(n int, took time.Duration, opt Options) int64 {
	ideal := float64(n) * float64(opt.LockTarget) / float64(max(took, time.Microsecond))
	return int64(min(max(ideal, MinBatchSize), 2*float64(n), float64(opt.BatchSize)))
}

// countingReader counts the bytes read through it, for progress.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}
