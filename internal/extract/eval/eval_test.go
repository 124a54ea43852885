package eval

import (
	"os"
	"syscall"
	"testing"

	"github.com/quotetrail/quotetrail/internal/extract"
)

// corpus returns the corpus directory or skips the test; in CI (CI=true)
// a missing corpus is a failure.
func corpus(tb testing.TB) string {
	tb.Helper()
	dir, err := Locate()
	if err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("PolNeAR corpus required in CI: %v", err)
		}
		tb.Skipf("PolNeAR corpus not available: %v", err)
	}
	return dir
}

// Quality floors on the dev split. The product targets are met: quote F1
// ≥ 0.97, speaker accuracy ≥ 0.92 and end-to-end F1 ≥ 0.90. The rules
// alone reached 0.887 speaker accuracy and 0.861 end-to-end; the speaker
// ranker (extract/rank.go) brought them to 0.902 and 0.876; the quotation
// filter (extract/likely.go), the ranker's "no speaker" features and
// transcript labels to 0.922 and 0.900 (quote F1 0.976; on train, where
// the models are trained, 0.921 and 0.904); holding back quoted labels
// (a “draft document”) to quote F1 0.977 and end-to-end 0.901. Holding
// back titles in title case cost two spans PolNeAR counts as quotes (a
// song's and a bill's name: “American Skin (41 Shots)”, “Justice Against
// Sponsors of Terrorism Act”), quote F1 0.9756, while speaker accuracy
// rose to 0.925. Holding back a title with a subtitle even after a cue
// (“Collapse: How Societies Choose to Fail or Succeed,” a book PolNeAR
// counts as a quote) cost one span more: quote F1 0.9749. These floors
// sit just under that, so any regression fails.
const (
	minQuoteF1    = 0.974
	minSpeakerAcc = 0.92
	minE2EF1      = 0.900
)

// TestPolNeARDev guards the extractor's quality on the dev split.
func TestPolNeARDev(t *testing.T) {
	t.Parallel()
	dir := corpus(t)
	s, err := Evaluate(dir, "dev")
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + s.String())
	if s.QuoteF1 < minQuoteF1 {
		t.Errorf("quote F1 %.4f < %.3f", s.QuoteF1, minQuoteF1)
	}
	if s.SpeakerAcc < minSpeakerAcc {
		t.Errorf("speaker accuracy %.4f < %.2f", s.SpeakerAcc, minSpeakerAcc)
	}
	if s.Held == 0 || s.HeldReal > s.Held {
		t.Errorf("held back %d quotes, %d of them gold: the filter is not at work", s.Held, s.HeldReal)
	}
	if s.E2EF1 < minE2EF1 {
		t.Errorf("end-to-end F1 %.4f < %.3f", s.E2EF1, minE2EF1)
	}
}

// TestPolNeARReport prints the detailed error listing of a split when
// QUOTETRAIL_EVAL_SPLIT is set (e.g. "train"); it is a tuning aid.
func TestPolNeARReport(t *testing.T) {
	t.Parallel()
	split := os.Getenv("QUOTETRAIL_EVAL_SPLIT")
	if split == "" {
		t.Skip("set QUOTETRAIL_EVAL_SPLIT=train|dev to print the error listing")
	}
	if err := Report(os.Stdout, corpus(t), split, true); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkExtractTrain measures extraction throughput over the train split.
func BenchmarkExtractTrain(b *testing.B) {
	texts, err := Texts(corpus(b), "train")
	if err != nil {
		b.Fatal(err)
	}
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for range b.N {
		for _, t := range texts {
			extract.Extract(t)
		}
	}
	// On a shared machine the wall clock counts the time other work held
	// the core; the process's own CPU time does not.
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/cpu/1e6, "cpu-MB/s")
	}
}

// cpuSeconds is the user and system CPU time the process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
