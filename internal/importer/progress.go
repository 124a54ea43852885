package importer

import (
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"time"
)

// Progress reports how an import is going: on a terminal, a bar redrawn
// in place with the rate and the time left; elsewhere (a log, a pipe), a
// plain line every Interval.
type Progress struct {
	w        io.Writer
	terminal bool
	// Interval is how often a plain line is written; the bar redraws at
	// most ten times a second.
	Interval time.Duration

	start time.Time
	last  time.Time
	total int64         // input bytes, 0 when unknown
	done  *atomic.Int64 // input bytes read so far
}

// NewProgress reports to w; terminal chooses the bar over plain lines.
func NewProgress(w io.Writer, terminal bool) *Progress {
	return &Progress{w: w, terminal: terminal, Interval: 5 * time.Second, start: time.Now()}
}

func (p *Progress) update(quotes int, final bool) {
	now := time.Now()
	every := p.Interval
	if p.terminal {
		every = 100 * time.Millisecond
	}
	if !final && now.Sub(p.last) < every {
		return
	}
	p.last = now
	elapsed := now.Sub(p.start)
	rate := 0.0
	if elapsed > 0 {
		rate = float64(quotes) / elapsed.Seconds()
	}
	frac := -1.0
	if p.total > 0 && p.done != nil {
		frac = min(1, float64(p.done.Load())/float64(p.total))
	}
	if final {
		frac = 1
	}
	eta := ""
	if frac > 0 && frac < 1 {
		eta = " ETA " + clock(time.Duration(float64(elapsed)*(1-frac)/frac))
	}
	if !p.terminal {
		pct := ""
		if frac >= 0 {
			pct = fmt.Sprintf(" %3.0f%%", frac*100)
		}
		fmt.Fprintf(p.w, "import:%s %d quotes, %.0f quotes/s, %s elapsed%s\n", pct, quotes, rate, clock(elapsed), eta)
		return
	}
	const width = 30
	bar := strings.Repeat("·", width)
	if frac >= 0 {
		n := int(frac * width)
		bar = strings.Repeat("█", n) + strings.Repeat("·", width-n)
	}
	fmt.Fprintf(p.w, "\r\x1b[K[%s] %3.0f%% %d quotes %.0f/s %s%s", bar, max(frac, 0)*100, quotes, rate, clock(elapsed), eta)
	if final {
		fmt.Fprintln(p.w)
	}
}

// clock formats a duration as m:ss or h:mm:ss.
func clock(d time.Duration) string {
	s := int(d.Round(time.Second).Seconds())
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// note reports a step of the import on a line of its own.
func (p *Progress) note(format string, args ...any) {
	if p.terminal {
		fmt.Fprint(p.w, "\r\033[K")
	}
	fmt.Fprintf(p.w, "import: "+format+"\n", args...)
}

// step reports how far a stage of a bulk load has come: done of its
// steps (indexes built, tables copied, ranges of quotes indexed), with
// the time left at the pace of the steps so far. On a terminal it is a
// bar of its own, redrawn in place; elsewhere a plain line every
// Interval, and one when the stage is done.
func (p *Progress) step(stage string, done, of int, elapsed time.Duration) {
	now := time.Now()
	every := p.Interval
	if p.terminal {
		every = 100 * time.Millisecond
	}
	final := done >= of
	if !final && done > 0 && now.Sub(p.last) < every {
		return
	}
	p.last = now
	eta := ""
	if done > 0 && !final {
		eta = " ETA " + clock(time.Duration(float64(elapsed)*float64(of-done)/float64(done)))
	}
	if !p.terminal {
		fmt.Fprintf(p.w, "import: %s: %d of %d, %s elapsed%s\n", stage, done, of, clock(elapsed), eta)
		return
	}
	const width = 30
	n := width * done / max(of, 1)
	fmt.Fprintf(p.w, "\r\x1b[K[%s%s] %s: %d of %d %s%s", strings.Repeat("█", n), strings.Repeat("·", width-n), stage, done, of, clock(elapsed), eta)
	if final {
		fmt.Fprintln(p.w)
	}
}
