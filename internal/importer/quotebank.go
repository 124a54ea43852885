package importer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/net/publicsuffix"

	"github.com/quotetrail/quotetrail/models"
)

// Quotebank (Vaucher et al., "Quotebank: A Corpus of Quotations from a
// Decade of News", WSDM 2021; Zenodo record 4277311) comes in two shapes,
// both JSON lines, usually bz2-compressed:
//
//   - quote-centric (quotes-YYYY.json.bz2): a line per quotation, with
//     its candidate speakers' probabilities aggregated over every article
//     that printed it ("probas", most likely first), the QIDs of the most
//     likely one ("qids"), and every article URL ("urls");
//   - article-centric (quotebank-YYYY.json.bz2): a line per article
//     ("url", "title", "date"), with its quotations ("quotations"), each
//     with the same aggregated probabilities ("globalProbas",
//     "globalTopSpeaker") as well as those of this article alone
//     ("localProbas").
//
// Either way a quotation becomes one quote per article that printed it
// (quotetrail keeps the same words printed by two outlets as two quotes),
// in the outlet of the URL's domain, dated by the article. Its speaker is
// the most likely candidate when that candidate's probability is at least
// the import's threshold (Options.SpeakerThreshold) and is not Quotebank's
// "None"; otherwise the quotation is left out and counted
// (Summary.Unattributed), not attributed to a stand-in such as "Unknown",
// which would pile up millions of quotes on a speaker who does not exist.
// The article-centric shape is attributed by the aggregated probabilities
// too, so that the same quotation gets the same speaker from either file
// and importing both adds it once. A speaker with exactly one QID keeps
// it (people.wikidata_id); several mean Quotebank could not tell
// namesakes apart, and none is kept.

// DefaultSpeakerThreshold is the probability at or above which
// Quotebank's most likely speaker is taken as the speaker.
const DefaultSpeakerThreshold = 0.5

// quotebankNone is the candidate Quotebank writes for "no speaker".
const quotebankNone = "None"

// quotebankQuote is one line of the quote-centric shape.
type quotebankQuote struct {
	QuoteID        string          `json:"quoteID"`
	Quotation      *string         `json:"quotation"`
	Speaker        string          `json:"speaker"`
	QIDs           []string        `json:"qids"`
	Date           string          `json:"date"`
	NumOccurrences int             `json:"numOccurrences"`
	Probas         []speakerChance `json:"probas"`
	URLs           []string        `json:"urls"`
	Phase          string          `json:"phase"`
}

// quotebankArticle is one line of the article-centric shape.
type quotebankArticle struct {
	ArticleID     string `json:"articleID"`
	ArticleLength int    `json:"articleLength"`
	Date          string `json:"date"`
	Phase         string `json:"phase"`
	Title         string `json:"title"`
	URL           string `json:"url"`
	Quotations    []struct {
		QuoteID          string          `json:"quoteID"`
		Quotation        *string         `json:"quotation"`
		LeftContext      string          `json:"leftContext"`
		RightContext     string          `json:"rightContext"`
		GlobalTopSpeaker string          `json:"globalTopSpeaker"`
		GlobalProbas     []speakerChance `json:"globalProbas"`
		LocalTopSpeaker  string          `json:"localTopSpeaker"`
		LocalProbas      []speakerChance `json:"localProbas"`
		Speaker          string          `json:"speaker"`
		QIDs             []string        `json:"qids"`
	} `json:"quotations"`
}

// speakerChance is one candidate speaker and its probability, written as
// a pair (["Lina Khan", "0.8"], the probability a string or a number) or
// as an object ({"speaker": ..., "proba": ..., "qids": [...]}).
type speakerChance struct {
	Speaker string
	Proba   float64
	QIDs    []string
}

func (c *speakerChance) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if len(data) > 0 && data[0] == '[' {
		var pair []json.RawMessage
		if err := json.Unmarshal(data, &pair); err != nil {
			return err
		}
		if len(pair) < 2 {
			return errors.New("a speaker's probability is not a [name, probability] pair")
		}
		if err := json.Unmarshal(pair[0], &c.Speaker); err != nil {
			return fmt.Errorf("a speaker's name: %w", err)
		}
		var err error
		c.Proba, err = parseProba(pair[1])
		return err
	}
	var obj struct {
		Speaker string          `json:"speaker"`
		Proba   json.RawMessage `json:"proba"`
		QIDs    []string        `json:"qids"`
	}
	if err := json.Unmarshal(data, &obj); err != nil {
		return err
	}
	var err error
	c.Speaker, c.QIDs = obj.Speaker, obj.QIDs
	c.Proba, err = parseProba(obj.Proba)
	return err
}

// parseProba reads a probability written as a number or a string.
func parseProba(raw json.RawMessage) (float64, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		var f float64
		if err := json.Unmarshal(raw, &f); err != nil {
			return 0, fmt.Errorf("probability %s is not a number", raw)
		}
		return f, nil
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		return 0, fmt.Errorf("probability %q is not a number", s)
	}
	return f, nil
}

// quotebankParser reads both shapes, a line at a time.
type quotebankParser struct {
	threshold float64
}

// pick is the speaker of a quotation and their QIDs, or "" when no
// candidate is likely enough. named and qids are what the line says
// outside the probabilities; they serve when it gives none.
func (p quotebankParser) pick(chances []speakerChance, named string, qids []string) (string, []string) {
	if len(chances) == 0 {
		// No probabilities: the file names the speaker and nothing
		// tells how sure it is.
		if named == quotebankNone {
			return "", nil
		}
		return named, qids
	}
	top := chances[0]
	for _, c := range chances[1:] {
		if c.Proba > top.Proba {
			top = c
		}
	}
	if top.Speaker == "" || top.Speaker == quotebankNone || top.Proba < p.threshold {
		return "", nil
	}
	if len(top.QIDs) == 0 && top.Speaker == named {
		top.QIDs = qids
	}
	return top.Speaker, top.QIDs
}

func (p quotebankParser) parse(line int, data []byte) ([]Quote, int, error) {
	var probe struct {
		Quotations json.RawMessage `json:"quotations"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, 0, fmt.Errorf("not a JSON object: %s", jsonProblem(err))
	}
	if probe.Quotations != nil {
		return p.parseArticle(line, data)
	}
	return p.parseQuote(line, data)
}

// parseQuote reads a line of the quote-centric shape.
func (p quotebankParser) parseQuote(line int, data []byte) ([]Quote, int, error) {
	var j quotebankQuote
	if err := json.Unmarshal(data, &j); err != nil {
		return nil, 0, fmt.Errorf("not a JSON object: %s", jsonProblem(err))
	}
	if j.Quotation == nil {
		return nil, 0, errors.New(`no "quotation" field: is this Quotebank's quote-centric format?`)
	}
	if len(j.URLs) == 0 {
		return nil, 0, errors.New(`no "urls": the quotation has no article`)
	}
	day, err := parseDay("date", j.Date)
	if err != nil {
		return nil, 0, err
	}
	speaker, qids := p.pick(j.Probas, j.Speaker, j.QIDs)
	if speaker == "" {
		return nil, 1, nil
	}
	out := make([]Quote, 0, len(j.URLs))
	for _, u := range j.URLs {
		q := Quote{
			Line: line, Text: *j.Quotation, Speaker: speaker, SpeakerWikidata: oneQID(qids), Kind: models.QuoteDirect,
			Article: Article{URL: u, Outlet: siteOf(u), Published: day},
		}
		if err := q.Validate(); err != nil {
			return nil, 0, err
		}
		out = append(out, q)
	}
	return out, 0, nil
}

// parseArticle reads a line of the article-centric shape.
func (p quotebankParser) parseArticle(line int, data []byte) ([]Quote, int, error) {
	var j quotebankArticle
	if err := json.Unmarshal(data, &j); err != nil {
		return nil, 0, fmt.Errorf("not a JSON object: %s", jsonProblem(err))
	}
	if strings.TrimSpace(j.URL) == "" {
		return nil, 0, errors.New(`no "url": the article has no address`)
	}
	day, err := parseDay("date", j.Date)
	if err != nil {
		return nil, 0, err
	}
	var (
		out     []Quote
		skipped int
	)
	for i, qt := range j.Quotations {
		if qt.Quotation == nil {
			return nil, 0, fmt.Errorf(`quotation %d has no "quotation" field`, i+1)
		}
		chances, named := qt.GlobalProbas, qt.GlobalTopSpeaker
		if len(chances) == 0 && named == "" {
			chances, named = qt.LocalProbas, qt.LocalTopSpeaker
		}
		if named == "" {
			named = qt.Speaker
		}
		speaker, qids := p.pick(chances, named, qt.QIDs)
		if speaker == "" {
			skipped++
			continue
		}
		q := Quote{
			Line: line, Text: *qt.Quotation, Speaker: speaker, SpeakerWikidata: oneQID(qids), Kind: models.QuoteDirect,
			Context: quotebankContext(qt.LeftContext, qt.RightContext),
			Article: Article{URL: j.URL, Title: j.Title, Outlet: siteOf(j.URL), Published: day},
		}
		if err := q.Validate(); err != nil {
			return nil, 0, fmt.Errorf("quotation %d: %w", i+1, err)
		}
		out = append(out, q)
	}
	return out, skipped, nil
}

// quotebankContext is the text around a quotation in its article, the
// quotation itself marked by an ellipsis in brackets.
func quotebankContext(left, right string) string {
	left, right = strings.Join(strings.Fields(left), " "), strings.Join(strings.Fields(right), " ")
	if left == "" && right == "" {
		return ""
	}
	return strings.TrimSpace(left + " […] " + right)
}

// oneQID is the speaker's Wikidata ID when Quotebank gives exactly one.
func oneQID(qids []string) string {
	if len(qids) != 1 {
		return ""
	}
	return strings.TrimSpace(qids[0])
}

// siteOf is the outlet of an article URL of Quotebank's: the domain its
// owner registered (edition.cnn.com and money.cnn.com are both cnn.com,
// www.nytimes.com is nytimes.com), found with the public suffix list;
// the host without "www." when the list does not know it.
func siteOf(articleURL string) string {
	host := models.NormalizeDomain(articleURL)
	if site, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return site
	}
	return host
}
