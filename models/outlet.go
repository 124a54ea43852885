package models

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/history"
)

// Outlet kinds.
var OutletKinds = []string{"news", "newspaper", "magazine", "broadcaster", "agency", "blog", "government", "company", "organisation", "social"}

// Outlet is a publisher or channel that prints or passes on quotes.
type Outlet struct {
	ID           int64
	Name         string
	Slug         string
	Kind         string
	HomeURL      string
	ArticleCount int
	// Version counts the record's saved changes; a form sends back the
	// version it showed, so that saving over a newer edit is refused.
	Version   int `gorm:"default:1"`
	CreatedAt time.Time
	UpdatedAt time.Time

	// Domains are the host names the outlet publishes under ("npr.org").
	Domains []string `gorm:"-"`
}

// TableName tells gorm the table.
func (Outlet) TableName() string { return "outlets" }

// NormalizeDomain reduces a host name or URL to the domain an outlet is
// known by: lower case, no scheme, port, path or leading "www.".
func NormalizeDomain(s string) string {
	s = strings.TrimSpace(strings.ToLower(s))
	if strings.Contains(s, "://") {
		if u, err := url.Parse(s); err == nil {
			s = u.Hostname()
		}
	}
	if i := strings.IndexAny(s, "/:"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimPrefix(s, "www.")
}

// OutletRef names an outlet in a form: an existing one by name or domain,
// or a new one when Create is set.
type OutletRef struct {
	Name   string
	Create bool
}

// Outlets lists outlets by name.
func (s *Store) Outlets(ctx context.Context) ([]Outlet, error) {
	var out []Outlet
	if err := s.db.WithContext(ctx).Order("lower(name), id").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list outlets: %w", err)
	}
	return out, nil
}

// OutletBySlug loads one outlet with its domains.
func (s *Store) OutletBySlug(ctx context.Context, slug string) (*Outlet, error) {
	var o Outlet
	if err := s.db.WithContext(ctx).Where("slug = ?", slug).Take(&o).Error; err != nil {
		return nil, notFound(err, "outlet "+slug)
	}
	if err := s.loadDomains(s.db.WithContext(ctx), &o); err != nil {
		return nil, err
	}
	return &o, nil
}

// OutletByID loads one outlet with its domains.
func (s *Store) OutletByID(ctx context.Context, id int64) (*Outlet, error) {
	var o Outlet
	if err := s.db.WithContext(ctx).Take(&o, id).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("outlet %d", id))
	}
	if err := s.loadDomains(s.db.WithContext(ctx), &o); err != nil {
		return nil, err
	}
	return &o, nil
}

func (s *Store) loadDomains(db *gorm.DB, o *Outlet) error {
	o.Domains = nil
	if err := db.Table("outlet_domains").Where("outlet_id = ?", o.ID).Order("domain").Pluck("domain", &o.Domains).Error; err != nil {
		return fmt.Errorf("load domains of outlet %d: %w", o.ID, err)
	}
	return nil
}

// findOutlet finds an outlet by its name (any case) or one of its domains.
func findOutlet(tx *gorm.DB, name string) (*Outlet, error) {
	name = strings.TrimSpace(name)
	var o Outlet
	err := tx.Where("lower(name) = lower(?)", name).Take(&o).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		err = tx.Where("id = (SELECT outlet_id FROM outlet_domains WHERE domain = ?)", NormalizeDomain(name)).Take(&o).Error
	}
	if errors.Is(err, gorm.ErrRecordNotFound) {
		err = mergedInto(tx, "outlet", name).Take(&o).Error
	}
	if err != nil {
		return nil, notFound(err, "outlet "+name)
	}
	return &o, nil
}

// FindOutlet finds an outlet by its name (any case) or one of its domains.
func (s *Store) FindOutlet(ctx context.Context, name string) (*Outlet, error) {
	return findOutlet(s.db.WithContext(ctx), name)
}

// resolveOutlet turns a reference into an outlet ID, creating the outlet
// when asked to; field names the form field for error messages. An empty
// name is no outlet.
func (s *Store) resolveOutlet(tx *gorm.DB, ref OutletRef, field string, fe FieldErrors) (*int64, error) {
	if strings.TrimSpace(ref.Name) == "" {
		return nil, nil
	}
	o, err := findOutlet(tx, ref.Name)
	if err == nil {
		return &o.ID, nil
	}
	if !errors.Is(err, ErrNotFound) {
		return nil, err
	}
	if !ref.Create {
		fe.Add(field, fmt.Sprintf("There is no outlet called “%s” yet. Check the spelling, or tick “new outlet” to add it.", ref.Name))
		return nil, nil
	}
	n := &Outlet{Name: strings.TrimSpace(ref.Name), Kind: "news"}
	if err := s.insertOutlet(tx, n); err != nil {
		return nil, err
	}
	return &n.ID, nil
}

// checkOutlet refuses a name (or domain) another record has: a FieldErrors.
func (s *Store) checkOutlet(tx *gorm.DB, o *Outlet) error {
	fe := FieldErrors{}
	var n int64
	if err := tx.Model(&Outlet{}).Where("lower(name) = lower(?) AND id <> ?", o.Name, o.ID).Count(&n).Error; err != nil {
		return fmt.Errorf("check outlet name: %w", err)
	}
	if n > 0 {
		fe.Add("name", fmt.Sprintf("An outlet called “%s” already exists.", o.Name))
	}
	for _, d := range o.Domains {
		var owner Outlet
		err := tx.Where("id = (SELECT outlet_id FROM outlet_domains WHERE domain = ?) AND id <> ?", d, o.ID).Take(&owner).Error
		if err == nil {
			fe.Add("domains", fmt.Sprintf("The domain %s already belongs to %s.", d, owner.Name))
		} else if !errors.Is(err, gorm.ErrRecordNotFound) {
			return fmt.Errorf("check outlet domain: %w", err)
		}
	}
	return fe.Err()
}

func (s *Store) insertOutlet(tx *gorm.DB, o *Outlet) error {
	slug, err := uniqueSlug(tx, "outlets", o.Name, 0)
	if err != nil {
		return err
	}
	o.Slug = slug
	o.Version = 1
	if err := tx.Create(o).Error; err != nil {
		return fmt.Errorf("create outlet %q: %w", o.Name, err)
	}
	if err := saveDomains(tx, o); err != nil {
		return err
	}
	return s.record(tx, history.EntityOutlet, o.ID, history.ActionCreate)
}

func saveDomains(tx *gorm.DB, o *Outlet) error {
	if err := tx.Exec("DELETE FROM outlet_domains WHERE outlet_id = ?", o.ID).Error; err != nil {
		return fmt.Errorf("save domains of %q: %w", o.Name, err)
	}
	for _, d := range o.Domains {
		if err := tx.Exec("INSERT INTO outlet_domains (outlet_id, domain) VALUES (?, ?)", o.ID, d).Error; err != nil {
			return fmt.Errorf("save domain %q of %q: %w", d, o.Name, err)
		}
	}
	return nil
}

// CreateOutlet adds an outlet, refusing a name or domain already taken.
func (s *Store) CreateOutlet(ctx context.Context, o *Outlet) error {
	return s.write(ctx, "outlet", o, func(tx *gorm.DB) error {
		if err := s.checkOutlet(tx, o); err != nil {
			return err
		}
		return s.insertOutlet(tx, o)
	})
}

// UpdateOutlet saves changes to an outlet, made from version o.Version.
// The slug follows a new name.
func (s *Store) UpdateOutlet(ctx context.Context, o *Outlet) error {
	return s.write(ctx, "outlet", o, func(tx *gorm.DB) error {
		return updateVersioned(s, tx, o, versionedUpdate[Outlet]{
			columns: []string{"name", "slug", "kind", "home_url", "version", "updated_at"},
			check:   func(*Outlet) error { return s.checkOutlet(tx, o) },
			after:   func(*Outlet) error { return saveDomains(tx, o) },
		})
	})
}

// DeleteOutlet removes an outlet nothing points to any more.
func (s *Store) DeleteOutlet(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *gorm.DB) error {
		var o Outlet
		if err := tx.Take(&o, id).Error; err != nil {
			return notFound(err, fmt.Sprintf("outlet %d", id))
		}
		if err := refuseDelete(tx, history.EntityOutlet, id, o.Name); err != nil {
			return err
		}
		if err := s.recordDelete(tx, history.EntityOutlet, id); err != nil {
			return err
		}
		if err := tx.Delete(&Outlet{}, id).Error; err != nil {
			return fmt.Errorf("delete outlet %d: %w", id, err)
		}
		return nil
	})
}

func plural(n int64, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if i := strings.IndexByte(noun, ' '); i > 0 {
		return fmt.Sprintf("%d %ss%s", n, noun[:i], noun[i:])
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
