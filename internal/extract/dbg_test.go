package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDbg(t *testing.T) {
	f := os.Getenv("DBG")
	if f == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile("testdata/genres/" + f + ".txt")
	r := []rune(string(raw))
	res := Extract(string(raw))
	pat := os.Getenv("PAT")
	for _, q := range res.Quotes {
		if pat != "" && !strings.Contains(q.Text, pat) {
			continue
		}
		m, after := "", ""
		if q.SpeakerStart >= 0 && q.SpeakerEnd <= len(r) {
			m = string(r[q.SpeakerStart:q.SpeakerEnd])
			after = string(r[q.SpeakerEnd:min(len(r), q.SpeakerEnd+50)])
		}
		txt := q.Text
		if len(txt) > 60 {
			txt = txt[:60]
		}
		fmt.Printf("%s %q spk=%q title=%q via=%q m=%q after=%q conf=%.2f\n", q.Kind, txt, q.Speaker, q.SpeakerTitle, q.Via, m, strings.ReplaceAll(after, "\n", " "), q.Confidence)
	}
}

func TestDbgAll(t *testing.T) {
	f := os.Getenv("DBGALL")
	if f == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile("testdata/genres/" + f + ".txt")
	res := Extract(string(raw))
	for _, q := range res.Quotes {
		txt := q.Text
		if len(txt) > 50 {
			txt = txt[:50]
		}
		fmt.Printf("%s likely=%v %q spk=%q conf=%.2f\n", q.Kind, q.Likely, txt, q.Speaker, q.Confidence)
	}
}
