package bench

import (
	"math/rand/v2"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

// BenchmarkRecordPages times, through the whole app on the demo data, the
// requests that the checks keeping records trustworthy touch: a speaker's
// and a quote's page, a page not found (which looks for a former
// address), and a quote saved through the form (fingerprint, near names,
// near quotes, history). Built at two commits, it shows whether those
// checks cost a page anything.
func BenchmarkRecordPages(b *testing.B) {
	app := apptest.New(b, true)
	gets := []struct{ name, path string }{
		{"person", "/people/lina-khan"},
		{"quote", "/quotes/1"},
		{"not-found", "/people/no-one-by-this-name"},
	}
	for _, g := range gets {
		b.Run(g.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if res := app.Get(g.path); res.Status != http.StatusOK && res.Status != http.StatusNotFound {
					b.Fatalf("GET %s: %d", g.path, res.Status)
				}
			}
		})
	}
	n := 0
	b.Run("save-quote", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			n++
			res := app.PostForm("/quotes", url.Values{
				"text": {statement(n)}, "speaker": {"Lina Khan"},
				"kind": {"direct"}, "status": {"unverified"}, "article_id": {"1"}, "topics": {"privacy"},
			})
			if res.Status != http.StatusSeeOther {
				b.Fatalf("save: %d\n%s", res.Status, res.Body)
			}
		}
	})
}

var words = strings.Fields(`markets rules law courts data privacy users companies
	regulators fines consumers trust platforms advertising security accounts
	merger policy agency congress report budget health schools workers wages
	prices energy climate water housing transport safety election voters`)

// statement is the nth of a run of statements, each of words in an order
// of its own, so that none is near another (see internal/nearquotes).
func statement(n int) string {
	rng := rand.New(rand.NewPCG(uint64(n), 11))
	out := make([]string, 14)
	for i := range out {
		out[i] = words[rng.IntN(len(words))]
	}
	return strings.Join(out, " ") + "."
}
