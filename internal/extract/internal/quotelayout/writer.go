package quotelayout

import "github.com/quotetrail/quotetrail/internal/extract/internal/transcript"

// writerSpeaks gives a quotation attributed to "I" in the story's own
// words ("“Is it far to the first village?” I asked") the writer the
// byline names: in a first-person feature the one who asks is the one
// who writes. The byline is read once, before the first such quotation.
func (x *layout) writerSpeaks() {
	writer, read := "", false
	for i := range x.out {
		x.steps++
		q := &x.out[i]
		if q.Speaker != "" || q.SpeakerStart < 0 || q.SpeakerStart >= len(x.r) || x.r[q.SpeakerStart] != 'I' ||
			q.SpeakerEnd != q.SpeakerStart+1 {
			continue
		}
		if t := x.tokenAt(q.SpeakerStart); t < 0 || x.toks[t].InQ {
			continue // an "I" inside someone's words is theirs
		}
		if !read {
			writer, read = transcript.BylineName(x.r, q.Start), true
			x.steps += min(q.Start, transcript.MaxIntroRunes)
		}
		if writer != "" {
			q.Speaker = writer
		}
	}
}
