package models

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"
)

// snapshot is a record's state as a revision keeps it: the fields an
// editor sets, and the names of the records it points to, as they were
// called then, for reading the history. Counts, sort keys and other
// values derived from the rest are left out: a restore derives them
// again.
type snapshot interface {
	label() string
	fields() []Field
}

// Field is one field of a record as history shows it.
type Field struct {
	Name  string
	Value string
	Long  bool // free text, compared word by word
}

type personSnapshot struct {
	Name        string   `json:"name"`
	Slug        string   `json:"slug"`
	Kind        string   `json:"kind"`
	Description string   `json:"description"`
	WikidataID  string   `json:"wikidata_id"`
	Aliases     []string `json:"aliases"`
}

func (p *personSnapshot) label() string { return p.Name }
func (p *personSnapshot) fields() []Field {
	return []Field{
		{Name: "Name", Value: p.Name}, {Name: "Kind", Value: p.Kind},
		{Name: "Also printed as", Value: strings.Join(p.Aliases, "; ")},
		{Name: "Description", Value: p.Description, Long: true}, {Name: "Wikidata ID", Value: p.WikidataID},
	}
}

type outletSnapshot struct {
	Name    string   `json:"name"`
	Slug    string   `json:"slug"`
	Kind    string   `json:"kind"`
	HomeURL string   `json:"home_url"`
	Domains []string `json:"domains"`
}

func (o *outletSnapshot) label() string { return o.Name }
func (o *outletSnapshot) fields() []Field {
	return []Field{
		{Name: "Name", Value: o.Name}, {Name: "Kind", Value: o.Kind}, {Name: "Home page", Value: o.HomeURL},
		{Name: "Domains", Value: strings.Join(o.Domains, "; ")},
	}
}

type topicSnapshot struct {
	Name string `json:"name"`
	Slug string `json:"slug"`
	// QuoteIDs are the quotes filed under a deleted topic, so that
	// restoring it files them again.
	QuoteIDs []int64 `json:"quote_ids,omitempty"`
}

func (t *topicSnapshot) label() string   { return t.Name }
func (t *topicSnapshot) fields() []Field { return []Field{{Name: "Name", Value: t.Name}} }

type articleSnapshot struct {
	Title       string  `json:"title"`
	URL         *string `json:"url"`
	OutletID    *int64  `json:"outlet_id"`
	Outlet      string  `json:"outlet"`
	Authors     string  `json:"authors"`
	PublishedOn *string `json:"published_on"`
	AccessedOn  *string `json:"accessed_on"`
	Body        string  `json:"body"`
}

func (a *articleSnapshot) label() string { return a.Title }
func (a *articleSnapshot) fields() []Field {
	return []Field{
		{Name: "Title", Value: a.Title}, {Name: "URL", Value: deref(a.URL)}, {Name: "Outlet", Value: a.Outlet},
		{Name: "Authors", Value: strings.Join(SplitLines(a.Authors), "; ")},
		{Name: "Published", Value: deref(a.PublishedOn)}, {Name: "Read", Value: deref(a.AccessedOn)},
		{Name: "Text", Value: a.Body, Long: true},
	}
}

type quoteSnapshot struct {
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

func (q *quoteSnapshot) label() string {
	text := []rune(q.Text)
	if len(text) > 80 {
		return "“" + strings.TrimSpace(string(text[:79])) + "…” (" + q.Speaker + ")"
	}
	return "“" + q.Text + "” (" + q.Speaker + ")"
}
func (q *quoteSnapshot) fields() []Field {
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

func dateString(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := t.Format("2006-01-02")
	return &s
}

func parseDate(s *string) (*time.Time, error) {
	if s == nil {
		return nil, nil
	}
	t, err := time.Parse("2006-01-02", *s)
	if err != nil {
		return nil, fmt.Errorf("date %q: %w", *s, err)
	}
	return &t, nil
}

func encodeSnapshot(s snapshot) (string, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return "", fmt.Errorf("encode revision: %w", err)
	}
	return string(b), nil
}

func decodeSnapshot(typ, data string) (snapshot, error) {
	var s snapshot
	switch typ {
	case EntityPerson:
		s = &personSnapshot{}
	case EntityOutlet:
		s = &outletSnapshot{}
	case EntityTopic:
		s = &topicSnapshot{}
	case EntityArticle:
		s = &articleSnapshot{}
	case EntityQuote:
		s = &quoteSnapshot{}
	default:
		return nil, fmt.Errorf("unknown record type %q", typ)
	}
	if err := json.Unmarshal([]byte(data), s); err != nil {
		return nil, fmt.Errorf("decode %s revision: %w", typ, err)
	}
	return s, nil
}

// entityMeta is what a revision takes from a record besides its snapshot.
type entityMeta struct {
	Version   int
	CreatedAt time.Time
}

// loadSnapshot reads a record's current state.
func (s *Store) loadSnapshot(tx *gorm.DB, typ string, id int64) (snapshot, entityMeta, error) {
	switch typ {
	case EntityPerson:
		var p Person
		if err := tx.Take(&p, id).Error; err != nil {
			return nil, entityMeta{}, notFound(err, fmt.Sprintf("person %d", id))
		}
		if err := s.loadAliases(tx, &p); err != nil {
			return nil, entityMeta{}, err
		}
		return &personSnapshot{Name: p.Name, Slug: p.Slug, Kind: p.Kind, Description: p.Description, WikidataID: p.WikidataID, Aliases: p.Aliases},
			entityMeta{p.Version, p.CreatedAt}, nil
	case EntityOutlet:
		var o Outlet
		if err := tx.Take(&o, id).Error; err != nil {
			return nil, entityMeta{}, notFound(err, fmt.Sprintf("outlet %d", id))
		}
		if err := s.loadDomains(tx, &o); err != nil {
			return nil, entityMeta{}, err
		}
		return &outletSnapshot{Name: o.Name, Slug: o.Slug, Kind: o.Kind, HomeURL: o.HomeURL, Domains: o.Domains}, entityMeta{o.Version, o.CreatedAt}, nil
	case EntityTopic:
		var t Topic
		if err := tx.Take(&t, id).Error; err != nil {
			return nil, entityMeta{}, notFound(err, fmt.Sprintf("topic %d", id))
		}
		return &topicSnapshot{Name: t.Name, Slug: t.Slug}, entityMeta{t.Version, t.CreatedAt}, nil
	case EntityArticle:
		var a Article
		if err := tx.Take(&a, id).Error; err != nil {
			return nil, entityMeta{}, notFound(err, fmt.Sprintf("article %d", id))
		}
		snap := &articleSnapshot{Title: a.Title, URL: a.URL, OutletID: a.OutletID, Authors: a.Authors,
			PublishedOn: dateString(a.PublishedOn), AccessedOn: dateString(a.AccessedOn), Body: a.Body}
		if a.OutletID != nil {
			if err := tx.Model(&Outlet{}).Where("id = ?", *a.OutletID).Pluck("name", &snap.Outlet).Error; err != nil {
				return nil, entityMeta{}, fmt.Errorf("outlet of article %d: %w", id, err)
			}
		}
		return snap, entityMeta{a.Version, a.CreatedAt}, nil
	case EntityQuote:
		return s.quoteSnapshot(tx, id)
	}
	return nil, entityMeta{}, fmt.Errorf("unknown record type %q", typ)
}

func (s *Store) quoteSnapshot(tx *gorm.DB, id int64) (snapshot, entityMeta, error) {
	var q Quote
	if err := tx.Take(&q, id).Error; err != nil {
		return nil, entityMeta{}, notFound(err, fmt.Sprintf("quote %d", id))
	}
	snap := &quoteSnapshot{Text: q.Text, PersonID: q.PersonID, SpeakerTitle: q.SpeakerTitle, Kind: q.Kind,
		ArticleID: q.ArticleID, ViaOutletID: q.ViaOutletID, SaidOn: dateString(q.SaidOn), Context: q.Context, Status: q.Status,
		AnchorStart: q.AnchorStart, AnchorEnd: q.AnchorEnd, AnchorExact: q.AnchorExact, AnchorPrefix: q.AnchorPrefix, AnchorSuffix: q.AnchorSuffix,
		TopicIDs: []int64{}, Topics: []string{}}
	var names []struct{ Speaker, Article, Via string }
	err := tx.Raw(`SELECT p.name AS speaker, a.title AS article, COALESCE(v.name, '') AS via FROM quotes q
		JOIN people p ON p.id = q.person_id JOIN articles a ON a.id = q.article_id
		LEFT JOIN outlets v ON v.id = q.via_outlet_id WHERE q.id = ?`, id).Scan(&names).Error
	if err != nil || len(names) != 1 {
		return nil, entityMeta{}, fmt.Errorf("names of quote %d: %v", id, err)
	}
	snap.Speaker, snap.Article, snap.Via = names[0].Speaker, names[0].Article, names[0].Via
	var topics []Topic
	err = tx.Table("topics t").Select("t.id, t.name").Joins("JOIN quote_topics qt ON qt.topic_id = t.id").
		Where("qt.quote_id = ?", id).Order("t.id").Scan(&topics).Error
	if err != nil {
		return nil, entityMeta{}, fmt.Errorf("topics of quote %d: %w", id, err)
	}
	for _, t := range topics {
		snap.TopicIDs = append(snap.TopicIDs, t.ID)
		snap.Topics = append(snap.Topics, t.Name)
	}
	return snap, entityMeta{q.Version, q.CreatedAt}, nil
}

// applyTarget is the record a snapshot is written to.
type applyTarget struct {
	id      int64
	exists  bool      // false: re-create the record with this ID
	version int       // the version the record is at once written
	created time.Time // when the record was first made, for a re-created one
}

// applySnapshot writes data (a revision's snapshot) over the record typ
// at.id, or re-creates it with that ID when it no longer exists. What
// stands in the way (a name taken since, a speaker or article that is
// gone) comes back as a RestoreError and nothing is written.
func (s *Store) applySnapshot(tx *gorm.DB, typ string, data string, at applyTarget) error {
	snap, err := decodeSnapshot(typ, data)
	if err != nil {
		return err
	}
	switch v := snap.(type) {
	case *personSnapshot:
		return s.applyPerson(tx, v, at)
	case *outletSnapshot:
		return s.applyOutlet(tx, v, at)
	case *topicSnapshot:
		return s.applyTopic(tx, v, at)
	case *articleSnapshot:
		return s.applyArticle(tx, v, at)
	case *quoteSnapshot:
		return s.applyQuote(tx, v, at)
	}
	return fmt.Errorf("unknown record type %q", typ)
}

// refusal turns a form-style refusal (a name taken) into a RestoreError.
func refusal(err error, what string) error {
	if fe, ok := AsFieldErrors(err); ok {
		msgs := make([]string, 0, len(fe))
		for _, field := range slices.Sorted(maps.Keys(fe)) {
			msgs = append(msgs, fe[field])
		}
		return &RestoreError{Message: "This version of " + what + " cannot be restored: " + strings.Join(msgs, " ")}
	}
	return err
}

// restoreSlug keeps the slug a record had when it is still free, so old
// links work again; otherwise the record gets a new one.
func restoreSlug(tx *gorm.DB, table, slug, name string, id int64) (string, error) {
	var n int64
	if err := tx.Table(table).Where("slug = ? AND id <> ?", slug, id).Count(&n).Error; err != nil {
		return "", fmt.Errorf("check slug %q: %w", slug, err)
	}
	if slug != "" && n == 0 {
		return slug, nil
	}
	return uniqueSlug(tx, table, name, id)
}

// saveRow inserts row with its own ID or updates the columns named.
func saveRow(tx *gorm.DB, row any, exists bool, columns ...string) error {
	if exists {
		return tx.Select(columns).Updates(row).Error
	}
	return tx.Create(row).Error
}

func (s *Store) applyPerson(tx *gorm.DB, v *personSnapshot, at applyTarget) error {
	id, exists, version := at.id, at.exists, at.version
	p := &Person{ID: id, Name: v.Name, Kind: v.Kind, Description: v.Description, WikidataID: v.WikidataID, Aliases: v.Aliases, Version: version, CreatedAt: at.created}
	if err := s.checkPerson(tx, p); err != nil {
		return refusal(err, v.Name)
	}
	var err error
	if p.Slug, err = restoreSlug(tx, "people", v.Slug, v.Name, id); err != nil {
		return err
	}
	p.SortName = SortKey(p.Name, p.Kind)
	if err := saveRow(tx, p, exists, "name", "slug", "sort_name", "kind", "description", "wikidata_id", "version", "updated_at"); err != nil {
		return fmt.Errorf("restore person %d: %w", id, err)
	}
	return saveAliases(tx, p)
}

func (s *Store) applyOutlet(tx *gorm.DB, v *outletSnapshot, at applyTarget) error {
	id, exists, version := at.id, at.exists, at.version
	o := &Outlet{ID: id, Name: v.Name, Kind: v.Kind, HomeURL: v.HomeURL, Domains: v.Domains, Version: version, CreatedAt: at.created}
	if err := s.checkOutlet(tx, o); err != nil {
		return refusal(err, v.Name)
	}
	var err error
	if o.Slug, err = restoreSlug(tx, "outlets", v.Slug, v.Name, id); err != nil {
		return err
	}
	if err := saveRow(tx, o, exists, "name", "slug", "kind", "home_url", "version", "updated_at"); err != nil {
		return fmt.Errorf("restore outlet %d: %w", id, err)
	}
	return saveDomains(tx, o)
}

func (s *Store) applyTopic(tx *gorm.DB, v *topicSnapshot, at applyTarget) error {
	id, exists, version := at.id, at.exists, at.version
	t := &Topic{ID: id, Name: v.Name, Version: version, CreatedAt: at.created}
	if err := checkTopic(tx, t); err != nil {
		return refusal(err, v.Name)
	}
	var err error
	if t.Slug, err = restoreSlug(tx, "topics", v.Slug, v.Name, id); err != nil {
		return err
	}
	if err := saveRow(tx, t, exists, "name", "slug", "version", "updated_at"); err != nil {
		return fmt.Errorf("restore topic %d: %w", id, err)
	}
	if exists || len(v.QuoteIDs) == 0 {
		return nil
	}
	// A topic back from the trash is on the quotes it was on, those that
	// are still there.
	err = tx.Exec(`INSERT INTO quote_topics (quote_id, topic_id) SELECT id, CAST(? AS BIGINT) FROM quotes WHERE id IN ? ON CONFLICT DO NOTHING`, id, v.QuoteIDs).Error
	if err != nil {
		return fmt.Errorf("file quotes under topic %d: %w", id, err)
	}
	return recount(tx, nil, nil, []int64{id})
}

func (s *Store) applyArticle(tx *gorm.DB, v *articleSnapshot, at applyTarget) error {
	id, exists, version := at.id, at.exists, at.version
	a := &Article{ID: id, Title: v.Title, URL: v.URL, OutletID: v.OutletID, Authors: v.Authors, Body: v.Body, Version: version, CreatedAt: at.created}
	var err error
	if a.PublishedOn, err = parseDate(v.PublishedOn); err != nil {
		return err
	}
	if a.AccessedOn, err = parseDate(v.AccessedOn); err != nil {
		return err
	}
	if a.OutletID != nil {
		if ok, err := s.entityExists(tx, EntityOutlet, *a.OutletID); err != nil {
			return err
		} else if !ok {
			return &RestoreError{Message: fmt.Sprintf("This version of “%s” cannot be restored: its outlet, %s, is in the trash. Restore the outlet first.", v.Title, v.Outlet)}
		}
	}
	fe := FieldErrors{}
	if err := s.checkArticle(tx, a, "url", fe); err != nil {
		return err
	}
	if err := fe.Err(); err != nil {
		return refusal(err, "“"+v.Title+"”")
	}
	if !exists {
		if err := tx.Create(a).Error; err != nil {
			return fmt.Errorf("restore article %d: %w", id, err)
		}
		return recountOutlets(tx, a.OutletID)
	}
	var old Article
	if err := tx.Take(&old, id).Error; err != nil {
		return notFound(err, fmt.Sprintf("article %d", id))
	}
	return s.writeArticle(tx, &old, a, version-1)
}

func (s *Store) applyQuote(tx *gorm.DB, v *quoteSnapshot, at applyTarget) error {
	id, exists, version := at.id, at.exists, at.version
	gone := func(what string) error {
		return &RestoreError{Message: fmt.Sprintf("This version of the quote cannot be restored: %s is in the trash. Restore it first.", what)}
	}
	if ok, err := s.entityExists(tx, EntityPerson, v.PersonID); err != nil {
		return err
	} else if !ok {
		return gone("its speaker, " + v.Speaker + ",")
	}
	var article Article
	err := tx.Take(&article, v.ArticleID).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return gone("its article, “" + v.Article + "”,")
	} else if err != nil {
		return fmt.Errorf("load article %d: %w", v.ArticleID, err)
	}
	if v.ViaOutletID != nil {
		if ok, err := s.entityExists(tx, EntityOutlet, *v.ViaOutletID); err != nil {
			return err
		} else if !ok {
			return gone("the outlet it came via, " + v.Via + ",")
		}
	}
	q := &Quote{ID: id, Text: v.Text, PersonID: v.PersonID, SpeakerTitle: v.SpeakerTitle, Kind: v.Kind,
		ArticleID: v.ArticleID, OutletID: article.OutletID, ViaOutletID: v.ViaOutletID, Context: v.Context, Status: v.Status,
		AnchorStart: v.AnchorStart, AnchorEnd: v.AnchorEnd, AnchorExact: v.AnchorExact, AnchorPrefix: v.AnchorPrefix, AnchorSuffix: v.AnchorSuffix,
		Version: version, CreatedAt: at.created}
	if q.SaidOn, err = parseDate(v.SaidOn); err != nil {
		return err
	}
	q.SortDate = sortDate(q.SaidOn, article.PublishedOn)
	q.setAnchor(article.Body)
	var old Quote
	if exists {
		if err := tx.Take(&old, id).Error; err != nil {
			return notFound(err, fmt.Sprintf("quote %d", id))
		}
		q.CreatedAt = old.CreatedAt
		err = tx.Model(&Quote{ID: id}).Select("*").Omit("id", "created_at").Updates(q).Error
	} else {
		err = tx.Create(q).Error
	}
	if err != nil {
		return fmt.Errorf("restore quote %d: %w", id, err)
	}
	var topics []int64
	if len(v.TopicIDs) > 0 {
		if err := tx.Model(&Topic{}).Where("id IN ?", v.TopicIDs).Order("id").Pluck("id", &topics).Error; err != nil {
			return fmt.Errorf("topics of quote %d: %w", id, err)
		}
	}
	oldTopics, err := quoteTopicIDs(tx, id)
	if err != nil {
		return err
	}
	if err := setQuoteTopics(tx, id, topics); err != nil {
		return err
	}
	return recount(tx, []int64{old.PersonID, q.PersonID}, []int64{old.ArticleID, q.ArticleID}, append(oldTopics, topics...))
}
