package models

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/anchor"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/plaintext"
)

// Article is a piece that prints quotes.
type Article struct {
	ID          int64
	Title       string
	URL         *string // canonical; unique when set
	OutletID    *int64
	Authors     string // one name a line
	PublishedOn *time.Time
	AccessedOn  *time.Time
	Body        string
	QuoteCount  int
	CreatedAt   time.Time
	// Version counts the record's saved changes; a form sends back the
	// version it showed, so that saving over a newer edit is refused.
	Version   int `gorm:"default:1"`
	UpdatedAt time.Time

	Outlet *Outlet `gorm:"-"`
}

// TableName tells gorm the table.
func (Article) TableName() string { return "articles" }

// AuthorList splits the stored authors into names.
func (a Article) AuthorList() []string { return SplitLines(a.Authors) }

// Link is the article's URL, or "" when it has none.
func (a Article) Link() string {
	if a.URL == nil {
		return ""
	}
	return *a.URL
}

// SplitLines returns the non-empty trimmed lines of s.
func SplitLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// ArticleRef names the article of a quote: an existing one by ID, or a new
// one (with its outlet) when New is set.
type ArticleRef struct {
	ID     int64
	New    *Article
	Outlet OutletRef
}

// ArticleByID loads one article with its outlet.
func (s *Store) ArticleByID(ctx context.Context, id int64) (*Article, error) {
	var a Article
	db := s.db.WithContext(ctx)
	if err := db.Take(&a, id).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("article %d", id))
	}
	if a.OutletID != nil {
		o, err := s.OutletByID(ctx, *a.OutletID)
		if err != nil {
			return nil, err
		}
		a.Outlet = o
	}
	return &a, nil
}

// ArticleList is one page of articles.
type ArticleList struct {
	Articles []Article
	Total    int64
}

// Articles lists articles newest first, optionally only one outlet's.
func (s *Store) Articles(ctx context.Context, outletID int64, page Page) (ArticleList, error) {
	var out ArticleList
	q := s.db.WithContext(ctx).Model(&Article{})
	order := "created_at DESC, id DESC"
	if outletID > 0 {
		q = q.Where("outlet_id = ?", outletID)
		order = "published_on DESC, id DESC"
	}
	if err := q.Count(&out.Total).Error; err != nil {
		return out, fmt.Errorf("count articles: %w", err)
	}
	if err := q.Order(order).Offset(page.Offset()).Limit(page.Size).Find(&out.Articles).Error; err != nil {
		return out, fmt.Errorf("list articles: %w", err)
	}
	if err := s.attachOutlets(ctx, out.Articles); err != nil {
		return out, err
	}
	return out, nil
}

func (s *Store) attachOutlets(ctx context.Context, articles []Article) error {
	ids := map[int64]bool{}
	for _, a := range articles {
		if a.OutletID != nil {
			ids[*a.OutletID] = true
		}
	}
	if len(ids) == 0 {
		return nil
	}
	keys := make([]int64, 0, len(ids))
	for id := range ids {
		keys = append(keys, id)
	}
	var outlets []Outlet
	if err := s.db.WithContext(ctx).Where("id IN ?", keys).Find(&outlets).Error; err != nil {
		return fmt.Errorf("load outlets: %w", err)
	}
	byID := map[int64]*Outlet{}
	for i := range outlets {
		byID[outlets[i].ID] = &outlets[i]
	}
	for i := range articles {
		if articles[i].OutletID != nil {
			articles[i].Outlet = byID[*articles[i].OutletID]
		}
	}
	return nil
}

// ArticleChoice is an article as offered in the quote form's picker.
type ArticleChoice struct {
	ID          int64
	Title       string
	OutletName  string
	PublishedOn *time.Time
}

// ArticleChoices lists the n most recently added articles for the quote
// form, plus the article with id include when it is older.
func (s *Store) ArticleChoices(ctx context.Context, n int, include int64) ([]ArticleChoice, error) {
	var out []ArticleChoice
	q := s.db.WithContext(ctx).Table("articles a").
		Select("a.id, a.title, a.published_on, COALESCE(o.name, '') AS outlet_name").
		Joins("LEFT JOIN outlets o ON o.id = a.outlet_id")
	if err := q.Order("a.created_at DESC, a.id DESC").Limit(n).Scan(&out).Error; err != nil {
		return nil, fmt.Errorf("article choices: %w", err)
	}
	if include > 0 {
		for _, c := range out {
			if c.ID == include {
				return out, nil
			}
		}
		var extra []ArticleChoice
		q := s.db.WithContext(ctx).Table("articles a").
			Select("a.id, a.title, a.published_on, COALESCE(o.name, '') AS outlet_name").
			Joins("LEFT JOIN outlets o ON o.id = a.outlet_id").Where("a.id = ?", include)
		if err := q.Scan(&extra).Error; err != nil {
			return nil, fmt.Errorf("article choice %d: %w", include, err)
		}
		out = append(extra, out...)
	}
	return out, nil
}

func (s *Store) checkArticle(tx *gorm.DB, a *Article, field string, fe FieldErrors) error {
	if a.URL == nil {
		return nil
	}
	var other Article
	err := tx.Select("id", "title").Where("url = ? AND id <> ?", *a.URL, a.ID).Take(&other).Error
	if err == nil {
		fe.Add(field, fmt.Sprintf("That URL is already saved as article #%d, “%s”.", other.ID, other.Title))
		return nil
	}
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return fmt.Errorf("check article URL: %w", err)
	}
	return nil
}

func (s *Store) insertArticle(tx *gorm.DB, a *Article, outlet OutletRef, fe FieldErrors, prefix string) error {
	if err := s.checkArticle(tx, a, prefix+"url", fe); err != nil {
		return err
	}
	oid, err := s.resolveOutlet(tx, outlet, prefix+"outlet", fe)
	if err != nil {
		return err
	}
	if len(fe) > 0 {
		return nil
	}
	a.OutletID = oid
	a.Version = 1
	if err := tx.Create(a).Error; err != nil {
		return fmt.Errorf("create article %q: %w", a.Title, err)
	}
	if err := recountOutlets(tx, a.OutletID); err != nil {
		return err
	}
	return s.record(tx, history.EntityArticle, a.ID, history.ActionCreate)
}

// articleText is what an article's forms write, for plaintext.CheckAll.
type articleText struct {
	Article *Article
	Outlet  OutletRef
}

// CreateArticle adds an article; its outlet is found by name or domain, or
// created when the reference asks for it.
func (s *Store) CreateArticle(ctx context.Context, a *Article, outlet OutletRef) error {
	return s.write(ctx, "", articleText{a, outlet}, func(tx *gorm.DB) error {
		fe := FieldErrors{}
		if err := s.insertArticle(tx, a, outlet, fe, ""); err != nil {
			return err
		}
		return fe.Err()
	})
}

// UpdateArticle saves changes to an article, made from version a.Version.
// Its quotes follow: their outlet and sort date are kept in step, and
// their anchors are found again in a changed body.
func (s *Store) UpdateArticle(ctx context.Context, a *Article, outlet OutletRef) error {
	return s.write(ctx, "", articleText{a, outlet}, func(tx *gorm.DB) error {
		return updateVersioned(s, tx, a, versionedUpdate[Article]{
			columns: articleColumns(),
			check: func(*Article) error {
				fe := FieldErrors{}
				if err := s.checkArticle(tx, a, "url", fe); err != nil {
					return err
				}
				oid, err := s.resolveOutlet(tx, outlet, "outlet", fe)
				if err != nil {
					return err
				}
				if err := fe.Err(); err != nil {
					return err
				}
				a.OutletID = oid
				return nil
			},
			after: func(old *Article) error { return followArticle(tx, old, a) },
		})
	})
}

// articleColumns are the columns of an article its editors change.
func articleColumns() []string {
	return []string{"title", "url", "outlet_id", "authors", "published_on", "accessed_on", "body", "version", "updated_at"}
}

// followArticle keeps an article's outlets and quotes in step with a
// change from old to a.
func followArticle(tx *gorm.DB, old, a *Article) error {
	if err := recountOutlets(tx, old.OutletID, a.OutletID); err != nil {
		return err
	}
	var quotes []Quote
	if err := tx.Where("article_id = ?", a.ID).Find(&quotes).Error; err != nil {
		return fmt.Errorf("load quotes of article %d: %w", a.ID, err)
	}
	for i := range quotes {
		q := &quotes[i]
		q.OutletID = a.OutletID
		q.SortDate = sortDate(q.SaidOn, a.PublishedOn)
		if old.Body != a.Body {
			q.setAnchor(a.Body)
		}
		err := tx.Model(&Quote{ID: q.ID}).
			Select("outlet_id", "sort_date", "anchor_start", "anchor_end", "anchor_exact", "anchor_prefix", "anchor_suffix").
			Updates(q).Error
		if err != nil {
			return fmt.Errorf("update quote %d of article %d: %w", q.ID, a.ID, err)
		}
	}
	return nil
}

// CreateImportedArticle adds an article read from the web. Its outlet is
// the one that publishes on domain, else the one called siteName, else a
// new outlet of that name (or the domain's) publishing on domain.
func (s *Store) CreateImportedArticle(ctx context.Context, a *Article, siteName, domain string) error {
	domain = NormalizeDomain(domain)
	text := struct {
		Article          *Article
		SiteName, Domain string
	}{a, siteName, domain}
	return s.write(ctx, "", text, func(tx *gorm.DB) error {
		fe := FieldErrors{}
		if err := s.checkArticle(tx, a, "url", fe); err != nil {
			return err
		}
		if err := fe.Err(); err != nil {
			return err
		}
		var outlet *Outlet
		for _, name := range []string{domain, siteName} {
			if name == "" {
				continue
			}
			o, err := findOutlet(tx, name)
			if err == nil {
				outlet = o
				break
			}
			if !errors.Is(err, ErrNotFound) {
				return err
			}
		}
		if outlet == nil && (siteName != "" || domain != "") {
			outlet = &Outlet{Name: strings.TrimSpace(siteName), Kind: "news"}
			if outlet.Name == "" {
				outlet.Name = domain
			}
			if domain != "" {
				outlet.Domains = []string{domain}
			}
			if err := s.insertOutlet(tx, outlet); err != nil {
				return err
			}
		}
		if outlet != nil {
			a.OutletID = &outlet.ID
		}
		a.Version = 1
		if err := tx.Create(a).Error; err != nil {
			return fmt.Errorf("create article %q: %w", a.Title, err)
		}
		if err := recountOutlets(tx, a.OutletID); err != nil {
			return err
		}
		return s.record(tx, history.EntityArticle, a.ID, history.ActionCreate)
	})
}

// DeleteArticle removes an article with no quotes left.
func (s *Store) DeleteArticle(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *gorm.DB) error {
		var a Article
		if err := tx.Take(&a, id).Error; err != nil {
			return notFound(err, fmt.Sprintf("article %d", id))
		}
		if err := refuseDelete(tx, history.EntityArticle, id, a.Title); err != nil {
			return err
		}
		if err := s.recordDelete(tx, history.EntityArticle, id); err != nil {
			return err
		}
		if err := tx.Delete(&Article{}, id).Error; err != nil {
			return fmt.Errorf("delete article %d: %w", id, err)
		}
		return recountOutlets(tx, a.OutletID)
	})
}

func quoteCount(n int64) string {
	if n == 1 {
		return "1 quote is"
	}
	return fmt.Sprintf("%d quotes are", n)
}

// recountOutlets sets the article count of each outlet named.
func recountOutlets(tx *gorm.DB, ids ...*int64) error {
	for _, id := range ids {
		if id == nil {
			continue
		}
		err := tx.Exec(`UPDATE outlets SET article_count = (SELECT COUNT(*) FROM articles WHERE outlet_id = outlets.id) WHERE id = ?`, *id).Error
		if err != nil {
			return fmt.Errorf("recount articles of outlet %d: %w", *id, err)
		}
	}
	return nil
}

// Highlights cuts the article body into runs of plain text and anchored
// quotes, for the article page.
func (a Article) Highlights(quotes []QuoteView) []anchor.Segment {
	var spans []anchor.Span
	for _, q := range quotes {
		if q.AnchorStart != nil && q.AnchorEnd != nil {
			spans = append(spans, anchor.Span{Start: *q.AnchorStart, End: *q.AnchorEnd, ID: q.ID})
		}
	}
	return anchor.Segments(a.Body, spans)
}

// ArticlesTitled lists up to n articles with exactly this title.
func (s *Store) ArticlesTitled(ctx context.Context, title string, n int) ([]Article, error) {
	var out []Article
	if plaintext.Problem(title) != "" {
		return nil, nil // no article has it; the save names the field
	}
	if err := s.db.WithContext(ctx).Where("title = ?", title).Order("id").Limit(n).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("articles titled %q: %w", title, err)
	}
	return out, nil
}
