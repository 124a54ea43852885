package models

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// Selection names a set of quotes the way people do: by slugs and IDs, as
// in /export?person=lina-khan&topic=privacy. Empty fields do not narrow.
type Selection struct {
	Person  string
	Outlet  string // printed in the outlet's articles
	Via     string // came through the outlet
	Topic   string
	Article int64
}

// Resolve turns a selection into a filter, or says which name is unknown
// (the error wraps ErrNotFound).
func (s *Store) Resolve(ctx context.Context, sel Selection) (QuoteFilter, error) {
	var f QuoteFilter
	if sel.Person != "" {
		p, err := s.PersonBySlug(ctx, sel.Person)
		if err != nil {
			return f, err
		}
		f.PersonID = p.ID
	}
	if sel.Outlet != "" {
		o, err := s.OutletBySlug(ctx, sel.Outlet)
		if err != nil {
			return f, err
		}
		f.OutletID = o.ID
	}
	if sel.Via != "" {
		o, err := s.OutletBySlug(ctx, sel.Via)
		if err != nil {
			return f, err
		}
		f.ViaOutletID = o.ID
	}
	if sel.Topic != "" {
		t, err := s.TopicBySlug(ctx, sel.Topic)
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

// topicSep separates topic names aggregated into one column; no name
// typed into a form can hold it.
const topicSep = "\x1f"

// EachCitedQuote calls fn for every quote that passes f, newest first, one
// row at a time, so an export of a million quotes holds one in memory.
// The row passed to fn is reused: copy what must outlive the call.
func (s *Store) EachCitedQuote(ctx context.Context, f QuoteFilter, fn func(*CitedQuote) error) error {
	topics := `(SELECT group_concat(t.name, char(31)) FROM (SELECT t.name FROM quote_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.quote_id = q.id ORDER BY lower(t.name)) t)`
	if s.dialect == Postgres {
		topics = `(SELECT string_agg(t.name, chr(31) ORDER BY lower(t.name)) FROM quote_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.quote_id = q.id)`
	}
	q := s.db.WithContext(ctx).Table("quotes q").
		Select(`q.id, q.text, q.kind, q.status, p.name, p.kind, q.speaker_title, q.said_on,
			a.id, a.title, COALESCE(a.url, ''), a.authors, a.published_on, a.accessed_on,
			COALESCE(o.name, ''), COALESCE(o.kind, ''), COALESCE(v.name, ''), COALESCE(` + topics + `, '')`).
		Joins("JOIN people p ON p.id = q.person_id").
		Joins("JOIN articles a ON a.id = q.article_id").
		Joins("LEFT JOIN outlets o ON o.id = q.outlet_id").
		Joins("LEFT JOIN outlets v ON v.id = q.via_outlet_id")
	order := "q.sort_date DESC, q.id DESC"
	if f.ArticleID != 0 {
		order = "q.anchor_start IS NULL, q.anchor_start, q.id"
	}
	rows, err := s.filterQuotes(q, f).Order(order).Rows()
	if err != nil {
		return fmt.Errorf("export quotes: %w", err)
	}
	defer rows.Close()
	var (
		row                     CitedQuote
		said, pub, acc          sql.NullTime
		authors, topicNames     string
		speakerKind, outletKind string
	)
	for rows.Next() {
		err := rows.Scan(&row.ID, &row.Text, &row.Kind, &row.Status, &row.SpeakerName, &speakerKind, &row.SpeakerTitle, &said,
			&row.ArticleID, &row.ArticleTitle, &row.ArticleURL, &authors, &pub, &acc,
			&row.OutletName, &outletKind, &row.ViaName, &topicNames)
		if err != nil {
			return fmt.Errorf("export quotes: read row: %w", err)
		}
		row.SpeakerKind, row.OutletKind = speakerKind, outletKind
		row.SaidOn, row.Published, row.Accessed = nullTime(said), nullTime(pub), nullTime(acc)
		row.Authors = SplitLines(authors)
		row.Topics = row.Topics[:0]
		if topicNames != "" {
			row.Topics = strings.Split(topicNames, topicSep)
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

func nullTime(t sql.NullTime) *time.Time {
	if !t.Valid {
		return nil
	}
	v := t.Time
	return &v
}
