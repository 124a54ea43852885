package models

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/sortname"
)

// A revision keeps a snapshot of its record (internal/history); these
// build one from the record's tables inside the change's transaction, and
// write one back over them when a revision is restored.

// loadSnapshot reads a record's current state.
func (s *Store) loadSnapshot(tx *gorm.DB, typ string, id int64) (history.State, error) {
	switch typ {
	case history.EntityPerson:
		var p Person
		if err := tx.Take(&p, id).Error; err != nil {
			return history.State{}, notFound(err, fmt.Sprintf("person %d", id))
		}
		if err := s.loadAliases(tx, &p); err != nil {
			return history.State{}, err
		}
		snap := &history.PersonSnapshot{Name: p.Name, Slug: p.Slug, Kind: p.Kind, Description: p.Description, WikidataID: p.WikidataID, Aliases: p.Aliases, Gender: p.Gender, Affiliation: p.Affiliation}
		return history.State{Snapshot: snap, Version: p.Version, CreatedAt: p.CreatedAt}, nil
	case history.EntityOutlet:
		var o Outlet
		if err := tx.Take(&o, id).Error; err != nil {
			return history.State{}, notFound(err, fmt.Sprintf("outlet %d", id))
		}
		if err := s.loadDomains(tx, &o); err != nil {
			return history.State{}, err
		}
		snap := &history.OutletSnapshot{Name: o.Name, Slug: o.Slug, Kind: o.Kind, HomeURL: o.HomeURL, Domains: o.Domains}
		return history.State{Snapshot: snap, Version: o.Version, CreatedAt: o.CreatedAt}, nil
	case history.EntityTopic:
		var t Topic
		if err := tx.Take(&t, id).Error; err != nil {
			return history.State{}, notFound(err, fmt.Sprintf("topic %d", id))
		}
		return history.State{Snapshot: &history.TopicSnapshot{Name: t.Name, Slug: t.Slug}, Version: t.Version, CreatedAt: t.CreatedAt}, nil
	case history.EntityArticle:
		var a Article
		if err := tx.Take(&a, id).Error; err != nil {
			return history.State{}, notFound(err, fmt.Sprintf("article %d", id))
		}
		snap := &history.ArticleSnapshot{Title: a.Title, URL: a.URL, OutletID: a.OutletID, Authors: a.Authors,
			PublishedOn: history.Date(a.PublishedOn), AccessedOn: history.Date(a.AccessedOn), Body: a.Body}
		if a.OutletID != nil {
			if err := tx.Model(&Outlet{}).Where("id = ?", *a.OutletID).Pluck("name", &snap.Outlet).Error; err != nil {
				return history.State{}, fmt.Errorf("outlet of article %d: %w", id, err)
			}
		}
		return history.State{Snapshot: snap, Version: a.Version, CreatedAt: a.CreatedAt}, nil
	case history.EntityQuote:
		return s.quoteSnapshot(tx, id)
	}
	return history.State{}, fmt.Errorf("unknown record type %q", typ)
}

func (s *Store) quoteSnapshot(tx *gorm.DB, id int64) (history.State, error) {
	var q Quote
	if err := tx.Take(&q, id).Error; err != nil {
		return history.State{}, notFound(err, fmt.Sprintf("quote %d", id))
	}
	snap := &history.QuoteSnapshot{Text: q.Text, PersonID: q.PersonID, SpeakerTitle: q.SpeakerTitle, Kind: q.Kind,
		ArticleID: q.ArticleID, ViaOutletID: q.ViaOutletID, SaidOn: history.Date(q.SaidOn), Context: q.Context, Status: q.Status,
		AnchorStart: q.AnchorStart, AnchorEnd: q.AnchorEnd, AnchorExact: q.AnchorExact, AnchorPrefix: q.AnchorPrefix, AnchorSuffix: q.AnchorSuffix,
		TopicIDs: []int64{}, Topics: []string{}}
	var names []struct{ Speaker, Article, Via string }
	err := tx.Raw(`SELECT p.name AS speaker, a.title AS article, COALESCE(v.name, '') AS via FROM quotes q
		JOIN people p ON p.id = q.person_id JOIN articles a ON a.id = q.article_id
		LEFT JOIN outlets v ON v.id = q.via_outlet_id WHERE q.id = ?`, id).Scan(&names).Error
	if err != nil || len(names) != 1 {
		return history.State{}, fmt.Errorf("names of quote %d: %v", id, err)
	}
	snap.Speaker, snap.Article, snap.Via = names[0].Speaker, names[0].Article, names[0].Via
	var topics []Topic
	err = tx.Table("topics t").Select("t.id, t.name").Joins("JOIN quote_topics qt ON qt.topic_id = t.id").
		Where("qt.quote_id = ?", id).Order("t.id").Scan(&topics).Error
	if err != nil {
		return history.State{}, fmt.Errorf("topics of quote %d: %w", id, err)
	}
	for _, t := range topics {
		snap.TopicIDs = append(snap.TopicIDs, t.ID)
		snap.Topics = append(snap.Topics, t.Name)
	}
	return history.State{Snapshot: snap, Version: q.Version, CreatedAt: q.CreatedAt}, nil
}

// applyTarget is the record a snapshot is written to.
type applyTarget struct {
	id      int64
	exists  bool      // false: re-create the record with this ID
	version int       // the version the record is at once written
	created time.Time // when the record was first made, for a re-created one
	dropped *[]string // what of the snapshot could not come back, in words
}

// applySnapshot writes data (a revision's snapshot) over the record typ
// at.id, or re-creates it with that ID when it no longer exists. What
// stands in the way (a name taken since, a speaker or article that is
// gone) comes back as a RestoreError and nothing is written.
func (s *Store) applySnapshot(tx *gorm.DB, typ string, data string, at applyTarget) error {
	snap, err := history.Decode(typ, data)
	if err != nil {
		return err
	}
	switch v := snap.(type) {
	case *history.PersonSnapshot:
		return s.applyPerson(tx, v, at)
	case *history.OutletSnapshot:
		return s.applyOutlet(tx, v, at)
	case *history.TopicSnapshot:
		return s.applyTopic(tx, v, at)
	case *history.ArticleSnapshot:
		return s.applyArticle(tx, v, at)
	case *history.QuoteSnapshot:
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
		return &history.RestoreError{Message: "This version of " + what + " cannot be restored: " + strings.Join(msgs, " ")}
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

func (s *Store) applyPerson(tx *gorm.DB, v *history.PersonSnapshot, at applyTarget) error {
	id, exists, version := at.id, at.exists, at.version
	p := &Person{ID: id, Name: v.Name, Kind: v.Kind, Description: v.Description, WikidataID: v.WikidataID, Aliases: v.Aliases, Gender: v.Gender, Affiliation: v.Affiliation, Version: version, CreatedAt: at.created}
	if err := s.checkPerson(tx, p); err != nil {
		return refusal(err, v.Name)
	}
	var err error
	if p.Slug, err = restoreSlug(tx, "people", v.Slug, v.Name, id); err != nil {
		return err
	}
	p.SortName = sortname.Key(p.Name, p.Kind != KindPerson)
	if err := saveRow(tx, p, exists, "name", "slug", "sort_name", "kind", "description", "wikidata_id", "gender", "affiliation", "version", "updated_at"); err != nil {
		return fmt.Errorf("restore person %d: %w", id, err)
	}
	return saveAliases(tx, p)
}

func (s *Store) applyOutlet(tx *gorm.DB, v *history.OutletSnapshot, at applyTarget) error {
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

func (s *Store) applyTopic(tx *gorm.DB, v *history.TopicSnapshot, at applyTarget) error {
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

func (s *Store) applyArticle(tx *gorm.DB, v *history.ArticleSnapshot, at applyTarget) error {
	id, exists, version := at.id, at.exists, at.version
	a := &Article{ID: id, Title: v.Title, URL: v.URL, OutletID: v.OutletID, Authors: v.Authors, Body: v.Body, Version: version, CreatedAt: at.created}
	var err error
	if a.PublishedOn, err = history.ParseDate(v.PublishedOn); err != nil {
		return err
	}
	if a.AccessedOn, err = history.ParseDate(v.AccessedOn); err != nil {
		return err
	}
	if a.OutletID != nil {
		if ok, err := s.entityExists(tx, history.EntityOutlet, *a.OutletID); err != nil {
			return err
		} else if !ok {
			return &history.RestoreError{Message: fmt.Sprintf("This version of “%s” cannot be restored: its outlet, %s, is in the trash. Restore the outlet first.", v.Title, v.Outlet)}
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
	if err := guardedUpdate(tx, a, articleColumns(), version-1); err != nil {
		return err
	}
	return followArticle(tx, &old, a)
}

func (s *Store) applyQuote(tx *gorm.DB, v *history.QuoteSnapshot, at applyTarget) error {
	id, exists, version := at.id, at.exists, at.version
	gone := func(what string) error {
		return &history.RestoreError{Message: fmt.Sprintf("This version of the quote cannot be restored: %s is in the trash. Restore it first.", what)}
	}
	if ok, err := s.entityExists(tx, history.EntityPerson, v.PersonID); err != nil {
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
		if ok, err := s.entityExists(tx, history.EntityOutlet, *v.ViaOutletID); err != nil {
			return err
		} else if !ok {
			return gone("the outlet it came via, " + v.Via + ",")
		}
	}
	q := &Quote{ID: id, Text: v.Text, PersonID: v.PersonID, SpeakerTitle: v.SpeakerTitle, Kind: v.Kind,
		ArticleID: v.ArticleID, OutletID: article.OutletID, ViaOutletID: v.ViaOutletID, Context: v.Context, Status: v.Status,
		AnchorStart: v.AnchorStart, AnchorEnd: v.AnchorEnd, AnchorExact: v.AnchorExact, AnchorPrefix: v.AnchorPrefix, AnchorSuffix: v.AnchorSuffix,
		Version: version, CreatedAt: at.created}
	if q.SaidOn, err = history.ParseDate(v.SaidOn); err != nil {
		return err
	}
	q.SortDate = sortDate(q.SaidOn, article.PublishedOn)
	if err := takeFingerprint(tx, q); err != nil {
		if dup, ok := errors.AsType[*DuplicateQuoteError](err); ok {
			return &history.RestoreError{Message: fmt.Sprintf("This version of the quote cannot be restored: its words by this speaker are saved in this article again, as quote %d.", dup.ID)}
		}
		return err
	}
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
	for i, tid := range v.TopicIDs {
		if !slices.Contains(topics, tid) && at.dropped != nil && i < len(v.Topics) {
			*at.dropped = append(*at.dropped, "the topic “"+v.Topics[i]+"”, which is in the trash")
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
