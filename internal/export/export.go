// Package export writes quotes from the store as citations, streaming:
// one row is read, turned into a cite.Record and encoded at a time, so
// memory stays flat however many quotes are exported. The web handler and
// the command line share it.
package export

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/quotetrail/quotetrail/internal/cite"
	"github.com/quotetrail/quotetrail/models"
)

// Format describes one export format.
type Format = cite.Format

// Lookup finds a format by name ("bibtex", "apa", ...).
func Lookup(name string) (Format, bool) {
	for _, f := range cite.Formats() {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// Names lists the format names, for messages.
func Names() string {
	var names []string
	for _, f := range cite.Formats() {
		names = append(names, f.Name)
	}
	return strings.Join(names, ", ")
}

// Write encodes every quote that passes f in format to w and reports how
// many it wrote. baseURL ("https://quotes.example.org") makes the quotes'
// permalinks absolute.
//
// Reading the rows and encoding them cost about the same, so they run on
// two goroutines joined by a small buffer: an export takes the longer of
// the two rather than their sum, and holds at most a few batches of
// records in memory.
func Write(ctx context.Context, store *models.Store, f models.QuoteFilter, format string, w io.Writer, baseURL string) (int, error) {
	buf := bufio.NewWriterSize(w, 64<<10)
	enc, err := cite.NewEncoder(format, buf, cite.Options{})
	if err != nil {
		return 0, err
	}
	if err := enc.Begin(); err != nil {
		return 0, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Records travel in batches: a hand-over per record would cost more
	// than the encoding it saves.
	const batchSize = 256
	batches := make(chan []cite.Record, 4)
	read := make(chan error, 1)
	go func() {
		defer close(batches)
		batch := make([]cite.Record, 0, batchSize)
		send := func() error {
			select {
			case batches <- batch:
				batch = make([]cite.Record, 0, batchSize)
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		err := eachCitedQuote(ctx, store, f, cite.BySource(format), func(q *CitedQuote) error {
			if batch = append(batch, Record(q, baseURL)); len(batch) == batchSize {
				return send()
			}
			return nil
		})
		if err == nil && len(batch) > 0 {
			err = send()
		}
		read <- err
	}()
	n := 0
	for batch := range batches {
		for _, r := range batch {
			if err := enc.Encode(r); err != nil {
				cancel()
				for range batches {
					// let the reader see the cancellation and stop
				}
				<-read
				return n, err
			}
			n++
		}
	}
	if err := <-read; err != nil {
		return n, err
	}
	if err := enc.End(); err != nil {
		return n, err
	}
	return n, buf.Flush()
}

// Record maps a stored quote to the citation package's record.
func Record(q *CitedQuote, baseURL string) cite.Record {
	r := cite.Record{
		QuoteID:      q.ID,
		QuoteText:    q.Text,
		QuoteKind:    q.Kind,
		QuoteStatus:  q.Status,
		QuoteURL:     strings.TrimRight(baseURL, "/") + "/quotes/" + strconv.FormatInt(q.ID, 10),
		Speaker:      cite.Person{Name: q.SpeakerName, Kind: q.SpeakerKind},
		SpeakerTitle: q.SpeakerTitle,
		SaidOn:       q.SaidOn,
		ArticleID:    q.ArticleID,
		ArticleTitle: q.ArticleTitle,
		ArticleURL:   q.ArticleURL,
		Published:    q.Published,
		Accessed:     q.Accessed,
		Outlet:       q.OutletName,
		OutletKind:   outletKind(q.OutletKind),
		Via:          q.ViaName,
		Topics:       q.Topics,
	}
	for _, a := range q.Authors {
		r.Authors = append(r.Authors, cite.Person{Name: a, Kind: cite.KindPerson})
	}
	return r
}

// RecordOf maps a quote as pages show it to the citation package's record.
func RecordOf(v *models.QuoteView, baseURL string) cite.Record {
	q := CitedQuote{
		ID: v.ID, Text: v.Text, Kind: v.Kind, Status: v.Status, SpeakerName: v.SpeakerName, SpeakerKind: v.SpeakerKind,
		SpeakerTitle: v.SpeakerTitle, SaidOn: v.SaidOn, ArticleID: v.ArticleID, ArticleTitle: v.ArticleTitle,
		Authors: models.SplitLines(v.ArticleAuthors), Published: v.ArticlePublished, Accessed: v.ArticleAccessed,
		OutletName: v.OutletName, OutletKind: v.OutletKind, ViaName: v.ViaName,
	}
	if v.ArticleURL != nil {
		q.ArticleURL = *v.ArticleURL
	}
	for _, t := range v.Topics {
		q.Topics = append(q.Topics, t.Name)
	}
	return Record(&q, baseURL)
}

// outletKind maps quotetrail's outlet kinds to the source types the
// citation styles know.
func outletKind(kind string) string {
	switch kind {
	case "broadcaster":
		return cite.OutletNews
	case "social", "":
		return cite.OutletWebpage
	}
	return kind
}

// Filename is the download name for an export of sel in format:
// "lina-khan-quotes.bib", "privacy-quotes-apa.txt".
func Filename(sel Selection, f Format) string {
	var parts []string
	for _, p := range []string{sel.Person, sel.Outlet, sel.Via, sel.Topic} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if sel.Article != 0 {
		parts = append(parts, fmt.Sprintf("article-%d", sel.Article))
	}
	if sel.Query != "" {
		words := models.Slugify(sel.Query)
		if len(words) > 40 {
			words = strings.TrimRight(words[:40], "-")
		}
		parts = append(parts, "search-"+words)
	}
	if len(parts) == 0 {
		parts = []string{"quotetrail"}
	}
	name := strings.Join(parts, "-") + "-quotes"
	if f.Extension == ".txt" || f.Extension == ".html" {
		// The styles share extensions: name the style.
		name += "-" + strings.TrimSuffix(f.Name, "-html")
	}
	return name + f.Extension
}
