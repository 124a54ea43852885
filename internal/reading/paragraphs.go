package reading

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/anchor"
	"github.com/quotetrail/quotetrail/models"
)

// Paragraph is one paragraph of an article's text, in plain and
// highlighted runs, with the quotes whose words start in it.
type Paragraph struct {
	Parts  []anchor.Segment
	Quotes []models.QuoteView
}

// ArticleText is an article's text as its page lays it out: paragraphs
// beside their quotes, then the quotes not found in the text.
type ArticleText struct {
	Paragraphs []Paragraph
	Unplaced   []models.QuoteView
}

// LayOut cuts an article's highlighted text (anchor.Segments) into
// paragraphs at its line breaks and puts each quote beside the paragraph
// where its words start, in the order of the text.
func LayOut(segs []anchor.Segment, quotes []models.QuoteView) ArticleText {
	byID := make(map[int64]models.QuoteView, len(quotes))
	for _, q := range quotes {
		byID[q.ID] = q
	}
	var out ArticleText
	placed := map[int64]bool{}
	cur := Paragraph{}
	flush := func() {
		if len(cur.Parts) > 0 {
			out.Paragraphs = append(out.Paragraphs, cur)
		}
		cur = Paragraph{}
	}
	for _, s := range segs {
		if s.ID != 0 {
			cur.Parts = append(cur.Parts, s)
			if q, ok := byID[s.ID]; ok && !placed[s.ID] {
				placed[s.ID] = true
				cur.Quotes = append(cur.Quotes, q)
			}
			continue
		}
		lines := strings.Split(s.Text, "\n")
		for i, line := range lines {
			if i > 0 {
				flush()
			}
			if strings.TrimSpace(line) != "" || (len(cur.Parts) > 0 && line != "") {
				cur.Parts = append(cur.Parts, anchor.Segment{Text: line})
			}
		}
	}
	flush()
	for _, q := range quotes {
		if !placed[q.ID] {
			out.Unplaced = append(out.Unplaced, q)
		}
	}
	return out
}
