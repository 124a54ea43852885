package history

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Snapshot is a record's state as a revision keeps it: the fields an
// editor sets, and the names of the records it points to, as they were
// called then, for reading the history. Counts, sort keys and other
// values derived from the rest are left out: a restore derives them
// again. The five kinds of snapshot below are the only ones.
type Snapshot interface {
	label() string
	fields() []Field
}

// Field is one field of a record as history shows it.
type Field struct {
	Name  string
	Value string
	Long  bool // free text, compared word by word
}

// PersonSnapshot is a speaker as history keeps it.
type PersonSnapshot struct {
	Name        string   `json:"name"`
	Slug        string   `json:"slug"`
	Kind        string   `json:"kind"`
	Description string   `json:"description"`
	WikidataID  string   `json:"wikidata_id"`
	Aliases     []string `json:"aliases"`
	Gender      string   `json:"gender,omitempty"`
	Affiliation string   `json:"affiliation,omitempty"`
	Merged      *Merge   `json:"merged,omitempty"`
}

func (p *PersonSnapshot) label() string { return p.Name }
func (p *PersonSnapshot) fields() []Field {
	return []Field{
		{Name: "Name", Value: p.Name}, {Name: "Kind", Value: p.Kind},
		{Name: "Also printed as", Value: strings.Join(p.Aliases, "; ")},
		{Name: "Description", Value: p.Description, Long: true}, {Name: "Wikidata ID", Value: p.WikidataID},
		{Name: "Gender", Value: p.Gender}, {Name: "Affiliation", Value: p.Affiliation},
	}
}

// Merge is what merging a record into another moved onto the one kept,
// kept on the merged record's merge revision so that undoing the merge
// can move it back, and on the revision of the restore that undid it.
type Merge struct {
	IntoID int64  `json:"into_id"`
	Into   string `json:"into"` // the kept record's name then
	// Quotes are the quotes that moved: a speaker's quotes, the quotes an
	// outlet passed on (via), the quotes filed under a topic that were
	// not under the kept one already.
	Quotes []int64 `json:"quotes,omitempty"`
	// Filed are all the quotes filed under a merged topic, which it is
	// filed under again when the merge is undone.
	Filed []int64 `json:"filed,omitempty"`
	// Articles are an outlet's articles, which moved to the kept outlet.
	Articles []int64 `json:"articles,omitempty"`
	// Added are the aliases (a speaker) or domains (an outlet) the kept
	// record gained.
	Added []string `json:"added,omitempty"`
	// Slugs are the addresses of the merged record that lead to the kept
	// one, its own first; Names the names it is still found by.
	Slugs []string `json:"slugs,omitempty"`
	Names []string `json:"names,omitempty"`
	// Undone marks the restore that undid the merge.
	Undone bool `json:"undone,omitempty"`
}

// MergeOf is the merge a snapshot records, or nil.
func MergeOf(s Snapshot) *Merge {
	switch v := s.(type) {
	case *PersonSnapshot:
		return v.Merged
	case *OutletSnapshot:
		return v.Merged
	case *TopicSnapshot:
		return v.Merged
	}
	return nil
}

// SetMerge records m on a person's, outlet's or topic's snapshot.
func SetMerge(s Snapshot, m *Merge) {
	switch v := s.(type) {
	case *PersonSnapshot:
		v.Merged = m
	case *OutletSnapshot:
		v.Merged = m
	case *TopicSnapshot:
		v.Merged = m
	}
}

// OutletSnapshot is an outlet as history keeps it.
type OutletSnapshot struct {
	Name    string   `json:"name"`
	Slug    string   `json:"slug"`
	Kind    string   `json:"kind"`
	HomeURL string   `json:"home_url"`
	Domains []string `json:"domains"`
	Merged  *Merge   `json:"merged,omitempty"`
}

func (o *OutletSnapshot) label() string { return o.Name }
func (o *OutletSnapshot) fields() []Field {
	return []Field{
		{Name: "Name", Value: o.Name}, {Name: "Kind", Value: o.Kind}, {Name: "Home page", Value: o.HomeURL},
		{Name: "Domains", Value: strings.Join(o.Domains, "; ")},
	}
}

// TopicSnapshot is a topic as history keeps it.
type TopicSnapshot struct {
	Name string `json:"name"`
	Slug string `json:"slug"`
	// QuoteIDs are the quotes filed under a deleted topic, so that
	// restoring it files them again.
	QuoteIDs []int64 `json:"quote_ids,omitempty"`
	Merged   *Merge  `json:"merged,omitempty"`
}

func (t *TopicSnapshot) label() string   { return t.Name }
func (t *TopicSnapshot) fields() []Field { return []Field{{Name: "Name", Value: t.Name}} }

// ArticleSnapshot is an article as history keeps it; dates are written
// as Date writes them.
type ArticleSnapshot struct {
	Title       string  `json:"title"`
	URL         *string `json:"url"`
	OutletID    *int64  `json:"outlet_id"`
	Outlet      string  `json:"outlet"`
	Authors     string  `json:"authors"`
	PublishedOn *string `json:"published_on"`
	AccessedOn  *string `json:"accessed_on"`
	Body        string  `json:"body"`
}

func (a *ArticleSnapshot) label() string { return a.Title }
func (a *ArticleSnapshot) fields() []Field {
	return []Field{
		{Name: "Title", Value: a.Title}, {Name: "URL", Value: deref(a.URL)}, {Name: "Outlet", Value: a.Outlet},
		{Name: "Authors", Value: authorList(a.Authors)},
		{Name: "Published", Value: deref(a.PublishedOn)}, {Name: "Read", Value: deref(a.AccessedOn)},
		{Name: "Text", Value: a.Body, Long: true},
	}
}

// QuoteSnapshot is a quote as history keeps it, with the names of its
// speaker, article, outlet and topics as they were called then.
type QuoteSnapshot struct {
	Text         string   `json:"text"`
	PersonID     int64    `json:"person_id"`
	Speaker      string   `json:"speaker"`
	SpeakerTitle string   `json:"speaker_title"`
	Kind         string   `json:"kind"`
	ArticleID    int64    `json:"article_id"`
	Article      string   `json:"article"`
	ViaOutletID  *int64   `json:"via_outlet_id"`
	Via          string   `json:"via"`
	SaidOn       *string  `json:"said_on"`
	Context      string   `json:"context"`
	Status       string   `json:"status"`
	TopicIDs     []int64  `json:"topic_ids"`
	Topics       []string `json:"topics"`
	AnchorStart  *int     `json:"anchor_start"`
	AnchorEnd    *int     `json:"anchor_end"`
	AnchorExact  string   `json:"anchor_exact"`
	AnchorPrefix string   `json:"anchor_prefix"`
	AnchorSuffix string   `json:"anchor_suffix"`
}

func (q *QuoteSnapshot) label() string {
	text := []rune(q.Text)
	if len(text) > 80 {
		return "“" + strings.TrimSpace(string(text[:79])) + "…” (" + q.Speaker + ")"
	}
	return "“" + q.Text + "” (" + q.Speaker + ")"
}
func (q *QuoteSnapshot) fields() []Field {
	return []Field{
		{Name: "Text", Value: q.Text, Long: true}, {Name: "Speaker", Value: q.Speaker},
		{Name: "Speaker's title", Value: q.SpeakerTitle}, {Name: "Kind", Value: q.Kind},
		{Name: "Article", Value: q.Article}, {Name: "Came via", Value: q.Via}, {Name: "Said on", Value: deref(q.SaidOn)},
		{Name: "Context", Value: q.Context, Long: true}, {Name: "Status", Value: q.Status},
		{Name: "Topics", Value: strings.Join(q.Topics, "; ")},
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// authorList shows an article's authors, stored one a line, on one line.
func authorList(authors string) string {
	var names []string
	for _, l := range strings.Split(authors, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			names = append(names, l)
		}
	}
	return strings.Join(names, "; ")
}

// dateLayout is how a snapshot writes a day.
const dateLayout = "2006-01-02"

// Date writes a day as a snapshot keeps it (nil for none).
func Date(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := t.Format(dateLayout)
	return &s
}

// ParseDate reads a day written by Date.
func ParseDate(s *string) (*time.Time, error) {
	if s == nil {
		return nil, nil
	}
	t, err := time.Parse(dateLayout, *s)
	if err != nil {
		return nil, fmt.Errorf("date %q: %w", *s, err)
	}
	return &t, nil
}

func encode(s Snapshot) (string, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return "", fmt.Errorf("encode revision: %w", err)
	}
	return string(b), nil
}

// Decode reads the snapshot of a revision of a record of type typ: one
// of the five snapshot types, by pointer.
func Decode(typ, data string) (Snapshot, error) {
	var s Snapshot
	switch typ {
	case EntityPerson:
		s = &PersonSnapshot{}
	case EntityOutlet:
		s = &OutletSnapshot{}
	case EntityTopic:
		s = &TopicSnapshot{}
	case EntityArticle:
		s = &ArticleSnapshot{}
	case EntityQuote:
		s = &QuoteSnapshot{}
	default:
		return nil, fmt.Errorf("unknown record type %q", typ)
	}
	if err := json.Unmarshal([]byte(data), s); err != nil {
		return nil, fmt.Errorf("decode %s revision: %w", typ, err)
	}
	return s, nil
}
