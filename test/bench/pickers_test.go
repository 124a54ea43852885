package bench

import (
	"fmt"
	"testing"
)

// BenchmarkPickers is what the form pickers ask as people type: a few
// letters of a name, a word of an article's title, and a word no title
// holds (the worst case: every title is read).
func BenchmarkPickers(b *testing.B) {
	for _, n := range sizes() {
		app := newApp(b, openSynth(b, n))
		for _, path := range []string{"/api/v1/suggest/people?q=ma", "/api/v1/suggest/people?q=smi", "/api/v1/suggest/outlets?q=da", "/api/v1/suggest/articles?q=budget", "/api/v1/suggest/articles?q=zzzzzz"} {
			b.Run(fmt.Sprintf("%s/n=%d", path[8:], n), func(b *testing.B) {
				benchGET(b, app, path)
			})
		}
	}
}
