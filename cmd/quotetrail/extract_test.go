package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// extractPage is a page written for this test: an article among the
// navigation, share buttons and footer a news site puts around it.
const extractPage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Council defends ring road delay | Western News</title></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Council defends ring road delay</h1>
<p>Galway County Council has defended a two-year delay to the city's outer ring road, blaming planning objections and rising costs for the hold-up.</p>
<p>Speaking at a meeting of the council on Monday night, director of services Siobhán Kearney said every objection had been answered. ‘We have answered every objection in full,’ she said. ‘Nobody wants this finished more than we do.’</p>
<p>Local TD Pádraig Ó Briain was scathing about the timetable. “The people of Galway have been stuck in traffic for twenty years,” he told RTÉ Radio 1.</p>
<p>Business owners in the city centre say the congestion is costing them customers every week, and some have threatened to move out.</p>
</article>
<aside>“Share this story” <a href="#">Facebook</a></aside>
<footer>© Western News. All rights reserved.</footer>
</body></html>`

// TestExtractCommandHTML: extract reads an HTML page (a file, standard
// input, detected or with --html) as the web import does, prints the
// article text, and reports quote offsets into that text.
func TestExtractCommandHTML(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, []byte(extractPage), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"extract", path}, {"extract", "-"}, {"extract", "--html", "-"}} {
		m, stdout, _ := testMain(nil)
		if args[len(args)-1] == "-" {
			page := extractPage
			if len(args) == 3 { // --html: no doctype needed
				page = page[strings.Index(page, "<article>"):]
			}
			m.Stdin = strings.NewReader(page)
		}
		if err := m.Run(context.Background(), args); err != nil {
			t.Fatalf("Run(%v): %v", args, err)
		}
		var out struct {
			Text   string
			Quotes []struct {
				Text, Speaker, Via string
				Start, End         int
				Likely             bool
			}
		}
		if err := json.Unmarshal([]byte(stdout.String()), &out); err != nil {
			t.Fatalf("Run(%v) printed no JSON: %v\n%s", args, err, stdout.String())
		}
		if strings.Contains(out.Text, "<p>") || strings.Contains(out.Text, "All rights reserved") || !strings.Contains(out.Text, "Siobhán Kearney") {
			t.Errorf("Run(%v): text is not the article's: %q", args, out.Text)
		}
		r := []rune(out.Text)
		got := map[string]string{}
		for _, q := range out.Quotes {
			if q.Start < 0 || q.End > len(r) || string(r[q.Start:q.End]) != q.Text {
				t.Errorf("Run(%v): quote %q at [%d,%d) is not there in the printed text", args, q.Text, q.Start, q.End)
			}
			if q.Likely {
				got[q.Text] = q.Speaker + "|" + q.Via
			}
		}
		for text, want := range map[string]string{
			"We have answered every objection in full,":                         "Siobhán Kearney|",
			"Nobody wants this finished more than we do.":                       "Siobhán Kearney|",
			"The people of Galway have been stuck in traffic for twenty years,": "Pádraig Ó Briain|RTÉ Radio 1",
		} {
			if got[text] != want {
				t.Errorf("Run(%v): %q by %q, want %q (all: %v)", args, text, got[text], want, got)
			}
		}
	}
	m, _, _ := testMain(nil)
	m.Stdin = strings.NewReader("<!DOCTYPE html><html><head><title>x</title></head><body></body></html>")
	if err := m.Run(context.Background(), []string{"extract", "-"}); err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), "HTML") {
		t.Errorf("page without an article: %v", err)
	}
}
