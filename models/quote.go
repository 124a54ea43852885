package models

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/anchor"
	"github.com/quotetrail/quotetrail/internal/fingerprint"
	"github.com/quotetrail/quotetrail/internal/history"
)

// Quote kinds: the speaker's words in full, a fragment of them inside the
// writer's sentence, or the writer's paraphrase.
const (
	QuoteDirect     = "direct"
	QuotePartial    = "partial"
	QuoteParaphrase = "paraphrase"
)

// QuoteKinds lists the kinds of quote.
var QuoteKinds = []string{QuoteDirect, QuotePartial, QuoteParaphrase}

// QuoteStatuses lists how far a quote has been checked.
var QuoteStatuses = []string{"unverified", "verified", "disputed", "misattributed"}

// Quote is one statement as printed in one article.
type Quote struct {
	ID           int64
	Text         string
	PersonID     int64
	SpeakerTitle string
	Kind         string
	ArticleID    int64
	OutletID     *int64 // the article's outlet, kept here for ordering and filters
	ViaOutletID  *int64
	SaidOn       *time.Time
	SortDate     string // said_on, else the article's date, else ""
	Context      string
	Status       string
	AnchorStart  *int
	AnchorEnd    *int
	AnchorExact  string
	AnchorPrefix string
	AnchorSuffix string
	// Fingerprint is the statement's (package fingerprint): the database
	// holds one quote of each.
	Fingerprint *string
	// Version counts the record's saved changes; a form sends back the
	// version it showed, so that saving over a newer edit is refused.
	Version   int `gorm:"default:1"`
	CreatedAt time.Time
	UpdatedAt time.Time
}

// TableName tells gorm the table.
func (Quote) TableName() string { return "quotes" }

// setAnchor ties the quote to where its words stand in body, or clears
// the anchor when they are not there. A quote anchored before is found
// again by its selector; a new one by its text.
func (q *Quote) setAnchor(body string) {
	var (
		sel anchor.Selector
		ok  bool
	)
	if q.AnchorExact != "" {
		prev := anchor.Selector{Exact: q.AnchorExact, Prefix: q.AnchorPrefix, Suffix: q.AnchorSuffix, Start: -1}
		if q.AnchorStart != nil && q.AnchorEnd != nil {
			prev.Start, prev.End = *q.AnchorStart, *q.AnchorEnd
		}
		sel, ok = anchor.Relocate(body, prev)
	}
	if !ok {
		sel, ok = anchor.Find(body, q.Text)
	}
	if !ok {
		q.AnchorStart, q.AnchorEnd = nil, nil
		q.AnchorExact, q.AnchorPrefix, q.AnchorSuffix = "", "", ""
		return
	}
	q.AnchorStart, q.AnchorEnd = &sel.Start, &sel.End
	q.AnchorExact, q.AnchorPrefix, q.AnchorSuffix = sel.Exact, sel.Prefix, sel.Suffix
}

// sortDate is the day a quote files under: when it was said, else when
// its article was published. Undated quotes get "" and so list after
// dated ones, newest first.
func sortDate(said, published *time.Time) string {
	switch {
	case said != nil:
		return said.Format("2006-01-02")
	case published != nil:
		return published.Format("2006-01-02")
	}
	return ""
}

// QuoteView is a quote with the names and links a page shows beside it.
type QuoteView struct {
	Quote
	SpeakerName      string
	SpeakerSlug      string
	SpeakerKind      string
	ArticleTitle     string
	ArticleURL       *string
	ArticleAuthors   string
	ArticlePublished *time.Time
	ArticleAccessed  *time.Time
	OutletName       string
	OutletSlug       string
	OutletKind       string
	ViaName          string
	ViaSlug          string
	Topics           []Topic `gorm:"-"`
}

// Date is the day to show for the quote: when it was said, else when the
// article was published.
func (v QuoteView) Date() *time.Time {
	if v.SaidOn != nil {
		return v.SaidOn
	}
	return v.ArticlePublished
}

const quoteViewColumns = `q.*,
	p.name AS speaker_name, p.slug AS speaker_slug, p.kind AS speaker_kind,
	a.title AS article_title, a.url AS article_url, a.authors AS article_authors,
	a.published_on AS article_published, a.accessed_on AS article_accessed,
	COALESCE(o.name, '') AS outlet_name, COALESCE(o.slug, '') AS outlet_slug, COALESCE(o.kind, '') AS outlet_kind,
	COALESCE(v.name, '') AS via_name, COALESCE(v.slug, '') AS via_slug`

func (s *Store) quoteViews(ctx context.Context) *gorm.DB {
	return s.db.WithContext(ctx).Table("quotes q").Select(quoteViewColumns).
		Joins("JOIN people p ON p.id = q.person_id").
		Joins("JOIN articles a ON a.id = q.article_id").
		Joins("LEFT JOIN outlets o ON o.id = q.outlet_id").
		Joins("LEFT JOIN outlets v ON v.id = q.via_outlet_id")
}

// QuoteByID loads one quote with everything its page shows.
func (s *Store) QuoteByID(ctx context.Context, id int64) (*QuoteView, error) {
	var out []QuoteView
	if err := s.quoteViews(ctx).Where("q.id = ?", id).Scan(&out).Error; err != nil {
		return nil, fmt.Errorf("load quote %d: %w", id, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("quote %d: %w", id, ErrNotFound)
	}
	if err := s.attachTopics(ctx, out); err != nil {
		return nil, err
	}
	return &out[0], nil
}

// QuoteFilter narrows a list of quotes. Zero fields do not filter.
type QuoteFilter struct {
	PersonID    int64
	ArticleID   int64
	OutletID    int64 // printed in the outlet's articles
	ViaOutletID int64 // came through the outlet
	TopicID     int64
	Year        int
	Kind        string
	Match       *QuoteMatch // only the quotes a full-text search finds
}

// QuoteList is one page of quotes and how many there are in all.
type QuoteList struct {
	Quotes []QuoteView
	Total  int64
}

func (s *Store) filterQuotes(db *gorm.DB, f QuoteFilter) *gorm.DB {
	if f.PersonID != 0 {
		db = db.Where("q.person_id = ?", f.PersonID)
	}
	if f.ArticleID > 0 {
		db = db.Where("q.article_id = ?", f.ArticleID)
	}
	if f.OutletID != 0 {
		db = db.Where("q.outlet_id = ?", f.OutletID)
	}
	if f.ViaOutletID != 0 {
		db = db.Where("q.via_outlet_id = ?", f.ViaOutletID)
	}
	if f.TopicID != 0 {
		db = db.Where("q.id IN (SELECT quote_id FROM quote_topics WHERE topic_id = ?)", f.TopicID)
	}
	if f.Year > 0 {
		db = db.Where("q.sort_date >= ? AND q.sort_date < ?", fmt.Sprintf("%04d", f.Year), fmt.Sprintf("%04d", f.Year+1))
	}
	if f.Kind != "" {
		db = db.Where("q.kind = ?", f.Kind)
	}
	if f.Match != nil {
		db = db.Where(f.Match.Where, f.Match.Args...)
	}
	return db
}

// CountQuotes tells how many quotes pass f.
func (s *Store) CountQuotes(ctx context.Context, f QuoteFilter) (int64, error) {
	var n int64
	if err := s.filterQuotes(s.db.WithContext(ctx).Table("quotes q"), f).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("count quotes: %w", err)
	}
	return n, nil
}

// Quotes lists the quotes that pass f, newest first; an article's quotes
// come in the order they are printed.
func (s *Store) Quotes(ctx context.Context, f QuoteFilter, page Page) (QuoteList, error) {
	var out QuoteList
	var err error
	if out.Total, err = s.CountQuotes(ctx, f); err != nil {
		return out, err
	}
	order := "q.sort_date DESC, q.id DESC"
	if f.ArticleID > 0 {
		order = "q.anchor_start IS NULL, q.anchor_start, q.id"
	}
	q := s.filterQuotes(s.quoteViews(ctx), f).Order(order).Offset(page.Offset()).Limit(page.Size)
	if err := q.Scan(&out.Quotes).Error; err != nil {
		return out, fmt.Errorf("list quotes: %w", err)
	}
	if err := s.attachTopics(ctx, out.Quotes); err != nil {
		return out, err
	}
	return out, nil
}

// RecentQuotes lists the n quotes added last.
func (s *Store) RecentQuotes(ctx context.Context, n int) ([]QuoteView, error) {
	var out []QuoteView
	if err := s.quoteViews(ctx).Order("q.created_at DESC, q.id DESC").Limit(n).Scan(&out).Error; err != nil {
		return nil, fmt.Errorf("recent quotes: %w", err)
	}
	return out, s.attachTopics(ctx, out)
}

// FacetItem is one choice of a filter with how many quotes it keeps.
type FacetItem struct {
	ID    int64
	Slug  string
	Name  string
	Count int64
}

func (s *Store) attachTopics(ctx context.Context, quotes []QuoteView) error {
	if len(quotes) == 0 {
		return nil
	}
	ids := make([]int64, len(quotes))
	byID := make(map[int64]*QuoteView, len(quotes))
	for i := range quotes {
		ids[i] = quotes[i].ID
		byID[quotes[i].ID] = &quotes[i]
	}
	var rows []struct {
		QuoteID int64
		Topic
	}
	err := s.db.WithContext(ctx).Table("quote_topics qt").Select("qt.quote_id, t.*").
		Joins("JOIN topics t ON t.id = qt.topic_id").Where("qt.quote_id IN ?", ids).Order("lower(t.name)").Scan(&rows).Error
	if err != nil {
		return fmt.Errorf("load topics of quotes: %w", err)
	}
	for _, r := range rows {
		q := byID[r.QuoteID]
		q.Topics = append(q.Topics, r.Topic)
	}
	return nil
}

// QuoteDraft is a quote to save together with the speaker, article and via
// outlet it names, which may not exist yet. A new quote may give its
// anchor's offsets; they are kept when the article's text holds its words
// there, and otherwise the words are looked for.
type QuoteDraft struct {
	Quote   Quote
	Speaker PersonRef
	Article ArticleRef
	Via     OutletRef
	Topics  []string
}

// SaveQuote creates (Quote.ID == 0) or updates a quote, and the speaker,
// article, outlets and topics it brings, in one transaction: any problem
// comes back as FieldErrors keyed by form field and nothing is written.
func (s *Store) SaveQuote(ctx context.Context, d *QuoteDraft) error {
	err := s.saveQuote(ctx, d)
	if fp := d.Quote.Fingerprint; errors.Is(err, ErrDuplicate) && fp != nil && s.writes != nil {
		if dup := takeFingerprint(s.db.WithContext(ctx), &Quote{ID: d.Quote.ID, Text: d.Quote.Text, PersonID: d.Quote.PersonID, ArticleID: d.Quote.ArticleID}); dup != nil {
			return dup // a save of the same quote got there first
		}
	}
	return err
}

func (s *Store) saveQuote(ctx context.Context, d *QuoteDraft) error {
	return s.write(ctx, "", d, func(tx *gorm.DB) error {
		q := &d.Quote
		if q.ID > 0 {
			return updateVersioned(s, tx, q, versionedUpdate[Quote]{
				columns: []string{"*"},
				check:   func(old *Quote) error { return s.placeQuote(tx, d, old) },
				after:   func(old *Quote) error { return s.fileQuote(tx, d, old) },
			})
		}
		var none Quote
		if err := s.placeQuote(tx, d, &none); err != nil {
			return err
		}
		q.Version = 1
		if err := tx.Create(q).Error; err != nil {
			return fmt.Errorf("create quote: %w", err)
		}
		if err := s.fileQuote(tx, d, &none); err != nil {
			return err
		}
		return s.record(tx, history.EntityQuote, q.ID, history.ActionCreate)
	})
}

// placeQuote resolves the speaker, article and outlet a draft names,
// creating those it asks for, and sets where the quote stands in its
// article; old is the quote as it stands (zero for a new one). Any
// problem comes back as FieldErrors.
func (s *Store) placeQuote(tx *gorm.DB, d *QuoteDraft, old *Quote) error {
	fe := FieldErrors{}
	q := &d.Quote
	if old.ID > 0 {
		q.CreatedAt = old.CreatedAt
		if old.AnchorExact != "" && old.Text == q.Text {
			q.AnchorStart, q.AnchorEnd = old.AnchorStart, old.AnchorEnd
			q.AnchorExact, q.AnchorPrefix, q.AnchorSuffix = old.AnchorExact, old.AnchorPrefix, old.AnchorSuffix
		}
	}
	pid, err := s.resolvePerson(tx, d.Speaker, "speaker", fe)
	if err != nil {
		return err
	}
	var article Article
	switch {
	case d.Article.New != nil:
		article = *d.Article.New
		if err := s.insertArticle(tx, &article, d.Article.Outlet, fe, "article_"); err != nil {
			return err
		}
	case d.Article.ID > 0:
		err := tx.Take(&article, d.Article.ID).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			fe.Add("article_id", fmt.Sprintf("There is no article #%d.", d.Article.ID))
		} else if err != nil {
			return fmt.Errorf("load article %d: %w", d.Article.ID, err)
		}
	default:
		fe.Add("article_id", "Choose the article the quote is printed in, or describe a new one.")
	}
	via, err := s.resolveOutlet(tx, d.Via, "via", fe)
	if err != nil {
		return err
	}
	if err := fe.Err(); err != nil {
		return err
	}
	q.PersonID, q.ArticleID, q.ViaOutletID, q.OutletID = pid, article.ID, via, article.OutletID
	q.SortDate = sortDate(q.SaidOn, article.PublishedOn)
	if err := takeFingerprint(tx, q); err != nil {
		return err
	}
	switch {
	case q.ID == 0 && q.AnchorStart != nil && q.AnchorEnd != nil:
		// A new quote that says where it stands (an extracted one)
		// keeps that place when the words are there.
		sel, ok := anchor.At(article.Body, q.Text, *q.AnchorStart, *q.AnchorEnd)
		if ok {
			q.AnchorExact, q.AnchorPrefix, q.AnchorSuffix = sel.Exact, sel.Prefix, sel.Suffix
		} else {
			q.AnchorExact = ""
			q.setAnchor(article.Body)
		}
	case q.Text != old.Text || q.AnchorExact == "" || article.ID != old.ArticleID:
		q.AnchorExact = ""
		q.setAnchor(article.Body)
	}
	return nil
}

// takeFingerprint sets q's fingerprint, refusing it when another quote
// has it; the database's unique index refuses the same when two saves
// race past this check.
func takeFingerprint(tx *gorm.DB, q *Quote) error {
	fp := fingerprint.Of(q.Text, q.PersonID, q.ArticleID)
	q.Fingerprint = &fp
	var ids []int64
	if err := tx.Model(&Quote{}).Where("fingerprint = ? AND id <> ?", fp, q.ID).Limit(1).Pluck("id", &ids).Error; err != nil {
		return fmt.Errorf("look up the quote's fingerprint: %w", err)
	}
	if len(ids) > 0 {
		return &DuplicateQuoteError{ID: ids[0]}
	}
	return nil
}

// fileQuote files a saved quote under the topics its draft names,
// creating those that are new, and recounts what it was and is on; old
// is the quote as it stood (zero for a new one).
func (s *Store) fileQuote(tx *gorm.DB, d *QuoteDraft, old *Quote) error {
	q := &d.Quote
	tids, err := s.topicIDs(tx, d.Topics)
	if err != nil {
		return err
	}
	oldTopics, err := quoteTopicIDs(tx, q.ID)
	if err != nil {
		return err
	}
	if err := setQuoteTopics(tx, q.ID, tids); err != nil {
		return err
	}
	return recount(tx, []int64{old.PersonID, q.PersonID}, []int64{old.ArticleID, q.ArticleID}, append(oldTopics, tids...))
}

// setQuoteTopics files a quote under exactly the topics given.
func setQuoteTopics(tx *gorm.DB, quoteID int64, topics []int64) error {
	if err := tx.Exec("DELETE FROM quote_topics WHERE quote_id = ?", quoteID).Error; err != nil {
		return fmt.Errorf("clear topics of quote %d: %w", quoteID, err)
	}
	for _, tid := range topics {
		if err := tx.Exec("INSERT INTO quote_topics (quote_id, topic_id) VALUES (?, ?)", quoteID, tid).Error; err != nil {
			return fmt.Errorf("file quote %d under topic %d: %w", quoteID, tid, err)
		}
	}
	return nil
}

func quoteTopicIDs(tx *gorm.DB, quoteID int64) ([]int64, error) {
	var ids []int64
	if err := tx.Table("quote_topics").Where("quote_id = ?", quoteID).Pluck("topic_id", &ids).Error; err != nil {
		return nil, fmt.Errorf("topics of quote %d: %w", quoteID, err)
	}
	return ids, nil
}

// recount sets the quote counts of the people, articles and topics named;
// zero IDs are skipped.
func recount(tx *gorm.DB, people, articles, topics []int64) error {
	sets := []struct {
		table, column string
		ids           []int64
	}{
		{"people", "person_id", people},
		{"articles", "article_id", articles},
	}
	for _, set := range sets {
		for _, id := range uniqueIDs(set.ids) {
			sql := fmt.Sprintf(`UPDATE %s SET quote_count = (SELECT COUNT(*) FROM quotes WHERE %s = %s.id) WHERE id = ?`, set.table, set.column, set.table)
			if err := tx.Exec(sql, id).Error; err != nil {
				return fmt.Errorf("recount quotes of %s %d: %w", set.table, id, err)
			}
		}
	}
	for _, id := range uniqueIDs(topics) {
		err := tx.Exec(`UPDATE topics SET quote_count = (SELECT COUNT(*) FROM quote_topics WHERE topic_id = topics.id) WHERE id = ?`, id).Error
		if err != nil {
			return fmt.Errorf("recount quotes of topic %d: %w", id, err)
		}
	}
	return nil
}

func uniqueIDs(ids []int64) []int64 {
	seen := map[int64]bool{}
	var out []int64
	for _, id := range ids {
		if id > 0 && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// DeleteQuote removes a quote and takes it off its topics.
func (s *Store) DeleteQuote(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *gorm.DB) error {
		var q Quote
		if err := tx.Take(&q, id).Error; err != nil {
			return notFound(err, fmt.Sprintf("quote %d", id))
		}
		topics, err := quoteTopicIDs(tx, id)
		if err != nil {
			return err
		}
		if err := s.recordDelete(tx, history.EntityQuote, id); err != nil {
			return err
		}
		if err := tx.Delete(&Quote{}, id).Error; err != nil {
			return fmt.Errorf("delete quote %d: %w", id, err)
		}
		return recount(tx, []int64{q.PersonID}, []int64{q.ArticleID}, topics)
	})
}

// Counts is how much the database holds.
type Counts struct {
	Quotes, People, Articles, Outlets, Topics int64
}

// Count tells how many of each record there are.
func (s *Store) Count(ctx context.Context) (Counts, error) {
	var c Counts
	db := s.db.WithContext(ctx)
	for _, t := range []struct {
		model any
		n     *int64
	}{{&Quote{}, &c.Quotes}, {&Person{}, &c.People}, {&Article{}, &c.Articles}, {&Outlet{}, &c.Outlets}, {&Topic{}, &c.Topics}} {
		if err := db.Model(t.model).Count(t.n).Error; err != nil {
			return c, fmt.Errorf("count: %w", err)
		}
	}
	return c, nil
}

// errDryRun rolls back a transaction that was only a check.
var errDryRun = errors.New("dry run")

// CheckQuote reports what SaveQuote would refuse in d (an unknown speaker,
// article or outlet; a duplicate URL) and writes nothing. Forms use it to
// name every problem at once, not only those the form itself can see.
func (s *Store) CheckQuote(ctx context.Context, d QuoteDraft) (FieldErrors, error) {
	var found FieldErrors
	err := s.Atomic(ctx, func(tx *Store) error {
		err := tx.SaveQuote(ctx, &d)
		if fe, ok := AsFieldErrors(err); ok {
			found = fe
			return errDryRun
		}
		var conflict *history.ConflictError
		if err != nil && !errors.As(err, &conflict) {
			return err
		}
		return errDryRun
	})
	if err != nil && !errors.Is(err, errDryRun) {
		return nil, err
	}
	return found, nil
}

// QuoteKey is where a quote stands in the newest-first order of a list:
// its sort date, then its ID. Keyset pages start after a key rather than
// after an OFFSET, so page 1000 costs what page 1 costs.
type QuoteKey struct {
	SortDate string
	ID       int64
}

// String is the key as links carry it: "2020-05-01,12345" (",12345" for
// an undated quote).
func (k QuoteKey) String() string { return fmt.Sprintf("%s,%d", k.SortDate, k.ID) }

// ParseQuoteKey reads a key written by QuoteKey.String.
func ParseQuoteKey(s string) (QuoteKey, bool) {
	date, id, ok := strings.Cut(s, ",")
	if !ok || len(date) > 10 {
		return QuoteKey{}, false
	}
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil || n <= 0 {
		return QuoteKey{}, false
	}
	return QuoteKey{SortDate: date, ID: n}, true
}

// QuoteCursor says which slice of a newest-first list to show: the Size
// quotes older than Before, or newer than After, or (neither set) the
// Size quotes after skipping Offset, for old ?page= links.
type QuoteCursor struct {
	Before, After *QuoteKey
	Offset        int
	Size          int
}

// QuoteSlice is one slice of a newest-first list and whether quotes lie
// on either side of it.
type QuoteSlice struct {
	Quotes       []QuoteView
	Newer, Older bool
}

// First and Last are the keys of the slice's ends (zero when empty).
func (s QuoteSlice) First() QuoteKey { return s.key(0) }

// Last is the key of the slice's oldest quote.
func (s QuoteSlice) Last() QuoteKey { return s.key(len(s.Quotes) - 1) }

func (s QuoteSlice) key(i int) QuoteKey {
	if i < 0 || i >= len(s.Quotes) {
		return QuoteKey{}
	}
	return QuoteKey{SortDate: s.Quotes[i].SortDate, ID: s.Quotes[i].ID}
}

// QuotesByKey lists one slice of the quotes that pass f, newest first,
// without counting them. Row-value comparisons walk the
// (person_id, sort_date DESC, id DESC) index from the key on.
func (s *Store) QuotesByKey(ctx context.Context, f QuoteFilter, c QuoteCursor) (QuoteSlice, error) {
	var out QuoteSlice
	q := s.filterQuotes(s.quoteViews(ctx), f).Limit(c.Size + 1)
	switch {
	case c.Before != nil:
		q = q.Where("(q.sort_date, q.id) < (?, ?)", c.Before.SortDate, c.Before.ID).Order("q.sort_date DESC, q.id DESC")
	case c.After != nil:
		q = q.Where("(q.sort_date, q.id) > (?, ?)", c.After.SortDate, c.After.ID).Order("q.sort_date, q.id")
	default:
		q = q.Order("q.sort_date DESC, q.id DESC").Offset(c.Offset)
	}
	if err := q.Scan(&out.Quotes).Error; err != nil {
		return out, fmt.Errorf("list quotes: %w", err)
	}
	more := len(out.Quotes) > c.Size
	if more {
		out.Quotes = out.Quotes[:c.Size]
	}
	var err error
	switch {
	case c.After != nil:
		slices.Reverse(out.Quotes)
		out.Newer = more
		if len(out.Quotes) > 0 {
			out.Older, err = s.quoteBeyond(ctx, f, "<", out.Last())
		}
	case c.Before != nil:
		out.Older = more
		if len(out.Quotes) > 0 {
			out.Newer, err = s.quoteBeyond(ctx, f, ">", out.First())
		}
	default:
		out.Older, out.Newer = more, c.Offset > 0
	}
	if err != nil {
		return out, err
	}
	return out, s.attachTopics(ctx, out.Quotes)
}

// quoteBeyond tells whether a quote passing f lies before (op "<", older)
// or after (">", newer) the key: one step along the index, not a count.
func (s *Store) quoteBeyond(ctx context.Context, f QuoteFilter, op string, k QuoteKey) (bool, error) {
	var ids []int64
	q := s.filterQuotes(s.db.WithContext(ctx).Table("quotes q"), f).
		Where("(q.sort_date, q.id) "+op+" (?, ?)", k.SortDate, k.ID).Limit(1)
	if err := q.Pluck("q.id", &ids).Error; err != nil {
		return false, fmt.Errorf("look beyond quote %d: %w", k.ID, err)
	}
	return len(ids) > 0, nil
}
