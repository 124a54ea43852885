package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// go test -tags sqlite_fts5 -run TestDbg -v . with DBGFILE=path DBGQ=prefix
func TestDbg(t *testing.T) {
	f := os.Getenv("DBGFILE")
	if f == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(f)
	x := newExtractor(string(raw))
	in, cands := x.prepare()
	final, turn := x.decide(cands)
	likely := make([]bool, len(cands))
	for i := range cands {
		likely[i] = turn[i] || likelyScore(x.likelyFeatures(i, in.shapes[i], in.own[i], final[i])) > 0
	}
	x.emit(final, likely)
	pre := make([]Quote, len(x.out))
	copy(pre, x.out)
	res := Extract(string(raw))
	pq := os.Getenv("DBGQ")
	for i, q := range res.Quotes {
		if pq != "" && !strings.HasPrefix(q.Text, pq) {
			continue
		}
		ms := ""
		if q.SpeakerStart >= 0 {
			ms = string([]rune(string(raw))[q.SpeakerStart:q.SpeakerEnd])
		}
		p := pre[i]
		fmt.Printf("%d %q\n   pre=%q [%s] post=%q title=%q mention=%q cue=%q via=%q\n", i, clipText(q.Text), p.Speaker, p.SpeakerTitle, q.Speaker, q.SpeakerTitle, ms, q.Cue, q.Via)
	}
	if os.Getenv("DBGENTS") != "" {
		for e := range x.ents {
			en := x.ents[e]
			fmt.Printf("ent %d %q title=%q g=%d poss=%v pron=%v person=%v\n", e, en.name, en.title, en.gender, en.possGender, en.pronGender, en.person)
		}
	}
}
