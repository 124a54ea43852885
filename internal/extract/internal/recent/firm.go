package recent

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// minFirmConfidence is the confidence below which a quote's speaker is
// not trusted to be the firm "the company" stands for.
const minFirmConfidence = 0.6

// FirmSpoken returns the organisation "the company" in quote i stands
// for when the paragraphs just before name none: the latest one the
// quotes before spoke for, other than a public body ("Meridian Coast
// Cruises said in a statement ..." some paragraphs up, then "the
// company said"). It returns "" when no quote before was an
// organisation's.
func FirmSpoken(d article.Doc, out []result.Quote, i int) string {
	for j := i - 1; j >= 0 && i-j <= maxQuotesBack; j-- {
		d.Step(1)
		p := out[j]
		if p.Speaker == "" || !p.Likely || p.Cue == "" || p.Confidence < minFirmConfidence || strings.HasPrefix(strings.ToLower(p.Speaker), "the ") ||
			vocab.PublicBody(p.Speaker) || vocab.PlaceOrTeam(p.Speaker) || vocab.IsOutlet(p.Speaker) {
			continue
		}
		first, _, multi := strings.Cut(p.Speaker, " ")
		e, ok := d.ByName(p.Speaker)
		if !ok {
			continue
		}
		if ent := d.Ent(e); !ent.Person || ent.Gender == 0 && lexicon.FirstNameGender(strings.ToLower(first)) == 0 && (multi || !strings.Contains(ent.Name, " ")) {
			// (three capitalised words, "Meridian Coast Cruises", may pass
			// for a person's name, and one never given a first name,
			// "Perchway", too)
			return p.Speaker
		}
	}
	return ""
}
