package export

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/internal/slugs"
	"github.com/quotetrail/quotetrail/models"
)

// Selection names a set of quotes the way people do: by slugs and IDs, as
// in /export?person=lina-khan&topic=privacy. Empty fields do not narrow.
type Selection struct {
	Person  string
	Outlet  string // printed in the outlet's articles
	Via     string // came through the outlet
	Topic   string
	Article int64

	// A full-text search, as on /search: its words and filters.
	Query    string
	Kind     string
	Status   string
	From, To string // YYYY-MM-DD
}

// searching reports whether the selection asks for a full-text search.
func (sel Selection) searching() bool {
	return sel.Query != "" || sel.Kind != "" || sel.Status != "" || sel.From != "" || sel.To != ""
}

// Resolve turns a selection into a filter of store's quotes, or says
// which name is unknown (the error wraps models.ErrNotFound).
func Resolve(ctx context.Context, s *models.Store, sel Selection) (models.QuoteFilter, error) {
	var f models.QuoteFilter
	if sel.Person != "" {
		// A slug, or a name or alias as the search form takes it.
		p, err := slugs.Find(ctx, s, slugs.Person, sel.Person, s.PersonBySlug)
		if errors.Is(err, models.ErrNotFound) {
			p, err = s.FindPerson(ctx, sel.Person)
		}
		if errors.Is(err, models.ErrNotFound) {
			return f, fmt.Errorf("no person %q: %w", sel.Person, models.ErrNotFound)
		}
		if err != nil {
			return f, err
		}
		f.PersonID = p.ID
	}
	if sel.Outlet != "" {
		o, err := slugs.Find(ctx, s, slugs.Outlet, sel.Outlet, s.OutletBySlug)
		if err != nil {
			return f, err
		}
		f.OutletID = o.ID
	}
	if sel.Via != "" {
		o, err := slugs.Find(ctx, s, slugs.Outlet, sel.Via, s.OutletBySlug)
		if err != nil {
			return f, err
		}
		f.ViaOutletID = o.ID
	}
	if sel.Topic != "" {
		t, err := slugs.Find(ctx, s, slugs.Topic, sel.Topic, s.TopicBySlug)
		if err != nil {
			return f, err
		}
		f.TopicID = t.ID
	}
	if sel.Article != 0 {
		if _, err := s.ArticleByID(ctx, sel.Article); err != nil {
			return f, err
		}
		f.ArticleID = sel.Article
	}
	if sel.searching() {
		f.Match = search.New(s).Match(search.Query{
			Text: sel.Query, PersonID: f.PersonID, OutletID: f.OutletID, ViaOutletID: f.ViaOutletID, TopicID: f.TopicID,
			Kind: sel.Kind, Status: sel.Status, From: sel.From, To: sel.To,
		})
	}
	return f, nil
}

// CitedQuote is one quote with everything a citation needs, flat.
type CitedQuote struct {
	ID           int64
	Text         string
	Kind         string
	Status       string
	SpeakerName  string
	SpeakerKind  string
	SpeakerTitle string
	SaidOn       *time.Time
	ArticleID    int64
	ArticleTitle string
	ArticleURL   string
	Authors      []string
	Published    *time.Time
	Accessed     *time.Time
	OutletName   string
	OutletKind   string
	ViaName      string
	Topics       []string
}

// fieldSep separates the fields packed into one column by
// EachCitedQuote; the query replaces it in every field it packs.
const fieldSep = "\x1f"

// eachCitedQuote calls fn for every quote that passes f, one row at a
// time, so an export of a million quotes holds one in memory. Lists come
// newest first: by date for one speaker, outlet or topic (an index serves
// that order), by when they were added for everything; for a reference
// list (bySource) by article, each article's quotes together. The row passed to
// fn is reused: copy what must outlive the call.
func eachCitedQuote(ctx context.Context, s *models.Store, f models.QuoteFilter, bySource bool, fn func(*CitedQuote) error) error {
	// The driver crosses from Go to C once per column of every row, which
	// costs more than the rest of the export: so the quote's text comes
	// alone and everything else is packed into one column.
	d := dialectFor(s.Engine())
	sep, date, topics := d.unitSep, d.dateText, d.quoteTopicNames
	fields := []string{
		"q.kind", "q.status", "p.name", "p.kind", "q.speaker_title", fmt.Sprintf(date, "q.said_on"),
		"CAST(a.id AS TEXT)", "a.title", "a.url", "a.authors", fmt.Sprintf(date, "a.published_on"), fmt.Sprintf(date, "a.accessed_on"),
		"o.name", "o.kind", "v.name", topics,
	}
	for i, field := range fields {
		fields[i] = fmt.Sprintf("replace(COALESCE(%s, ''), %s, ' ')", field, sep)
	}
	// The driver hands each row over on a goroutine of its own when the
	// context can be cancelled, which costs more than reading the row; so
	// the query runs without cancellation and the loop below checks ctx.
	q := s.FilteredQuotes(context.WithoutCancel(ctx), f).
		Select("q.id, q.text, " + strings.Join(fields, " || "+sep+" || ")).
		Joins("JOIN people p ON p.id = q.person_id").
		Joins("JOIN articles a ON a.id = q.article_id").
		Joins("LEFT JOIN outlets o ON o.id = q.outlet_id").
		Joins("LEFT JOIN outlets v ON v.id = q.via_outlet_id")
	order := "q.id DESC"
	switch {
	case f.ArticleID != 0:
		order = "q.anchor_start IS NULL, q.anchor_start, q.id"
	case bySource:
		// A reference list gives each article once, its quotes under
		// it: they come together, newest article first, in the order
		// they stand in it (the article index gives the first part of
		// that order, so only each article's quotes are sorted).
		order = "q.article_id DESC, q.anchor_start IS NULL, q.anchor_start, q.id"
	case f.PersonID != 0 || f.OutletID != 0 || f.ViaOutletID != 0 || f.TopicID != 0:
		order = "q.sort_date DESC, q.id DESC"
	}
	rows, err := q.Order(order).Rows()
	if err != nil {
		return fmt.Errorf("export quotes: %w", err)
	}
	defer rows.Close()
	var (
		row    CitedQuote
		packed string
	)
	for rows.Next() {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := rows.Scan(&row.ID, &row.Text, &packed); err != nil {
			return fmt.Errorf("export quotes: read row: %w", err)
		}
		v := strings.Split(packed, fieldSep)
		if len(v) != len(fields) {
			return fmt.Errorf("export quotes: quote %d: %d fields, want %d", row.ID, len(v), len(fields))
		}
		row.Kind, row.Status, row.SpeakerName, row.SpeakerKind, row.SpeakerTitle = v[0], v[1], v[2], v[3], v[4]
		row.SaidOn = parseDay(v[5])
		row.ArticleID, _ = strconv.ParseInt(v[6], 10, 64)
		row.ArticleTitle, row.ArticleURL, row.Authors = v[7], v[8], models.SplitLines(v[9])
		row.Published, row.Accessed = parseDay(v[10]), parseDay(v[11])
		row.OutletName, row.OutletKind, row.ViaName = v[12], v[13], v[14]
		row.Topics = row.Topics[:0]
		if v[15] != "" {
			row.Topics = strings.Split(v[15], "\x1e")
		}
		if err := fn(&row); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("export quotes: %w", err)
	}
	return nil
}

// parseDay reads a YYYY-MM-DD day, or nil for an empty one.
func parseDay(s string) *time.Time {
	if s == "" {
		return nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return nil
	}
	return &t
}
