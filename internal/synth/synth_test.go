package synth_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/synth"
)

// The same seed makes the same file, in quotetrail's import format, with
// a few speakers carrying most quotes and common words in a seventh of
// them.
func TestShape(t *testing.T) {
	t.Parallel()
	const n = 20000
	var a, b bytes.Buffer
	synth.Write(&a, synth.Config{Quotes: n, Seed: 7})
	synth.Write(&b, synth.Config{Quotes: n, Seed: 7})
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("the same seed made different files")
	}
	speakers := map[string]int{}
	articles := map[string]bool{}
	common, rare := synth.Common(0.14), synth.Common(0.001)
	withCommon, withRare, words := 0, 0, 0
	for _, line := range strings.Split(strings.TrimSpace(a.String()), "\n") {
		var l synth.Line
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, line)
		}
		if l.Text == "" || l.Speaker == "" || l.Article.URL == "" || l.Article.Title == "" || l.Article.Published == "" {
			t.Fatalf("incomplete line: %s", line)
		}
		speakers[l.Speaker]++
		articles[l.Article.URL] = true
		fields := strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(l.Text))
		words += len(fields)
		seen := map[string]bool{}
		for _, f := range fields {
			seen[f] = true
		}
		if seen[common] {
			withCommon++
		}
		if seen[rare] {
			withRare++
		}
	}
	top := 0
	for _, c := range speakers {
		top = max(top, c)
	}
	if share := float64(top) / n; share < 0.05 || share > 0.3 {
		t.Errorf("the top speaker has %.1f%% of quotes", share*100)
	}
	if per := float64(n) / float64(len(articles)); per < 3 || per > 7 {
		t.Errorf("%.1f quotes an article", per)
	}
	if avg := float64(words) / n; avg < 25 || avg > 40 {
		t.Errorf("%.1f words a quote", avg)
	}
	if f := float64(withCommon) / n; f < 0.10 || f > 0.20 {
		t.Errorf("common word %q in %.1f%% of quotes", common, f*100)
	}
	if f := float64(withRare) / n; f > 0.005 {
		t.Errorf("rare word %q in %.2f%% of quotes", rare, f*100)
	}
}
