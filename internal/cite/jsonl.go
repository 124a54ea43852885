package cite

import (
	"bufio"
	"encoding/json"
)

// jsonlLine is one quote of the JSON lines export: the shape quotetrail
// imports (ARCHITECTURE.md), so that an export imports back as it was,
// with the quote's permalink besides, which the import ignores.
type jsonlLine struct {
	Text         string       `json:"text"`
	Speaker      string       `json:"speaker"`
	SpeakerKind  string       `json:"speaker_kind,omitempty"`
	SpeakerTitle string       `json:"speaker_title,omitempty"`
	Kind         string       `json:"kind,omitempty"`
	Status       string       `json:"status,omitempty"`
	Article      jsonlArticle `json:"article"`
	Via          string       `json:"via,omitempty"`
	SaidOn       string       `json:"said_on,omitempty"`
	Topics       []string     `json:"topics,omitempty"`
	Permalink    string       `json:"permalink,omitempty"`
}

type jsonlArticle struct {
	Title  string `json:"title"`
	URL    string `json:"url,omitempty"`
	Outlet string `json:"outlet"` // "" is no outlet; a file without the key takes the URL's

	Authors   []string `json:"authors,omitempty"`
	Published string   `json:"published,omitempty"`
	Accessed  string   `json:"accessed,omitempty"`
}

// jsonlEncoder writes one JSON object a line.
type jsonlEncoder struct {
	bw  *bufio.Writer
	enc *json.Encoder
	err error
}

func newJSONLEncoder(bw *bufio.Writer) *jsonlEncoder {
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlEncoder{bw: bw, enc: enc}
}

func (e *jsonlEncoder) Begin() error { return e.err }

func (e *jsonlEncoder) Encode(r Record) error {
	if e.err != nil {
		return e.err
	}
	line := jsonlLine{
		Text: r.QuoteText, Speaker: r.Speaker.Name, SpeakerKind: r.Speaker.Kind, SpeakerTitle: r.SpeakerTitle,
		Kind: r.QuoteKind, Status: r.QuoteStatus, Via: r.Via, SaidOn: csvDate(r.SaidOn), Topics: r.Topics,
		Permalink: r.QuoteURL,
		Article: jsonlArticle{
			Title: r.ArticleTitle, URL: r.ArticleURL, Outlet: r.Outlet,
			Published: csvDate(r.Published), Accessed: csvDate(r.Accessed),
		},
	}
	for _, a := range r.Authors {
		line.Article.Authors = append(line.Article.Authors, a.Name)
	}
	e.err = e.enc.Encode(line)
	return e.err
}

func (e *jsonlEncoder) End() error {
	if e.err == nil {
		e.err = e.bw.Flush()
	}
	return e.err
}
