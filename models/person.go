package models

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/sortname"
)

// Person kinds: a human, an organisation that speaks ("the FTC said"), or
// an unnamed role ("a Twitter spokesperson").
const (
	KindPerson       = "person"
	KindOrganisation = "organisation"
	KindRole         = "role"
)

// PersonKinds lists the kinds of speaker.
var PersonKinds = []string{KindPerson, KindOrganisation, KindRole}

// Person is a speaker.
type Person struct {
	ID          int64
	Name        string
	Slug        string
	SortName    string
	Kind        string
	Description string
	// Gender and Affiliation (a party, an employer) are free text, empty
	// when not recorded; the dashboards share quotes out by them.
	WikidataID, Gender, Affiliation string
	QuoteCount                      int
	CreatedAt                       time.Time
	// Version counts the record's saved changes; a form sends back the
	// version it showed, so that saving over a newer edit is refused.
	Version   int `gorm:"default:1"`
	UpdatedAt time.Time

	// Aliases are other names the speaker is printed under ("Khan").
	Aliases []string `gorm:"-"`
}

// TableName tells gorm the table.
func (Person) TableName() string { return "people" }

// Letter is the A to Z index letter the person files under.
func (p Person) Letter() string { return sortname.Letter(p.SortName) }

// PersonRef names a speaker in a form: an existing person by name or
// alias, or a new one of Kind when Create is set.
type PersonRef struct {
	Name   string
	Create bool
	Kind   string
}

// PersonBySlug loads one person with their aliases.
func (s *Store) PersonBySlug(ctx context.Context, slug string) (*Person, error) {
	var p Person
	if err := s.db.WithContext(ctx).Where("slug = ?", slug).Take(&p).Error; err != nil {
		return nil, notFound(err, "person "+slug)
	}
	return &p, s.loadAliases(s.db.WithContext(ctx), &p)
}

// PersonByID loads one person with their aliases.
func (s *Store) PersonByID(ctx context.Context, id int64) (*Person, error) {
	var p Person
	if err := s.db.WithContext(ctx).Take(&p, id).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("person %d", id))
	}
	return &p, s.loadAliases(s.db.WithContext(ctx), &p)
}

func (s *Store) loadAliases(db *gorm.DB, p *Person) error {
	p.Aliases = nil
	if err := db.Table("person_aliases").Where("person_id = ?", p.ID).Order("alias").Pluck("alias", &p.Aliases).Error; err != nil {
		return fmt.Errorf("load aliases of %q: %w", p.Name, err)
	}
	return nil
}

// findPerson finds a speaker by name, then by alias, ignoring case. An
// alias shared by several people matches none of them.
func findPerson(tx *gorm.DB, name string) (*Person, error) {
	name = strings.Join(strings.Fields(name), " ")
	var p Person
	err := tx.Where("lower(name) = lower(?)", name).Take(&p).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		var ids []int64
		if err := tx.Table("person_aliases").Where("lower(alias) = lower(?)", name).Distinct().Pluck("person_id", &ids).Error; err != nil {
			return nil, fmt.Errorf("find person %q: %w", name, err)
		}
		if len(ids) != 1 {
			return nil, fmt.Errorf("person %q: %w", name, ErrNotFound)
		}
		err = tx.Take(&p, ids[0]).Error
	}
	if err != nil {
		return nil, notFound(err, "person "+name)
	}
	return &p, nil
}

// FindPerson finds a speaker by name or alias, ignoring case.
func (s *Store) FindPerson(ctx context.Context, name string) (*Person, error) {
	return findPerson(s.db.WithContext(ctx), name)
}

func (s *Store) resolvePerson(tx *gorm.DB, ref PersonRef, field string, fe FieldErrors) (int64, error) {
	p, err := findPerson(tx, ref.Name)
	if err == nil {
		return p.ID, nil
	}
	if !errors.Is(err, ErrNotFound) {
		return 0, err
	}
	if !ref.Create {
		fe.Add(field, fmt.Sprintf("There is no one called “%s” yet. Check the spelling, or tick “new speaker” to add them.", ref.Name))
		return 0, nil
	}
	kind := ref.Kind
	if kind == "" {
		kind = KindPerson
	}
	n := &Person{Name: strings.Join(strings.Fields(ref.Name), " "), Kind: kind}
	if err := s.insertPerson(tx, n); err != nil {
		return 0, err
	}
	return n.ID, nil
}

// checkPerson refuses a name (or domain) another record has: a FieldErrors.
func (s *Store) checkPerson(tx *gorm.DB, p *Person) error {
	fe := FieldErrors{}
	var n int64
	if err := tx.Model(&Person{}).Where("lower(name) = lower(?) AND id <> ?", p.Name, p.ID).Count(&n).Error; err != nil {
		return fmt.Errorf("check person name: %w", err)
	}
	if n > 0 {
		fe.Add("name", fmt.Sprintf("Someone called “%s” is already in quotetrail.", p.Name))
	}
	return fe.Err()
}

func (s *Store) insertPerson(tx *gorm.DB, p *Person) error {
	slug, err := uniqueSlug(tx, "people", p.Name, 0)
	if err != nil {
		return err
	}
	p.Slug = slug
	p.SortName = sortname.Key(p.Name, p.Kind != KindPerson)
	p.Version = 1
	if err := tx.Create(p).Error; err != nil {
		return fmt.Errorf("create person %q: %w", p.Name, err)
	}
	if err := saveAliases(tx, p); err != nil {
		return err
	}
	return s.record(tx, history.EntityPerson, p.ID, history.ActionCreate)
}

// saveAliases writes only the aliases that changed: each alias written
// re-indexes every quote of the person for search, so saving a prolific
// speaker's unchanged aliases must cost nothing.
func saveAliases(tx *gorm.DB, p *Person) error {
	var old []string
	if err := tx.Table("person_aliases").Where("person_id = ?", p.ID).Pluck("alias", &old).Error; err != nil {
		return fmt.Errorf("save aliases of %q: %w", p.Name, err)
	}
	for _, a := range old {
		if slices.Contains(p.Aliases, a) {
			continue
		}
		if err := tx.Exec("DELETE FROM person_aliases WHERE person_id = ? AND alias = ?", p.ID, a).Error; err != nil {
			return fmt.Errorf("save aliases of %q: %w", p.Name, err)
		}
	}
	for _, a := range p.Aliases {
		if slices.Contains(old, a) {
			continue
		}
		if err := tx.Exec("INSERT INTO person_aliases (person_id, alias) VALUES (?, ?)", p.ID, a).Error; err != nil {
			return fmt.Errorf("save alias %q of %q: %w", a, p.Name, err)
		}
	}
	return nil
}

// CreatePerson adds a speaker, refusing a name already taken.
func (s *Store) CreatePerson(ctx context.Context, p *Person) error {
	return s.write(ctx, "person", p, func(tx *gorm.DB) error {
		if err := s.checkPerson(tx, p); err != nil {
			return err
		}
		return s.insertPerson(tx, p)
	})
}

// UpdatePerson saves changes to a speaker, made from version p.Version.
// The slug follows a new name.
func (s *Store) UpdatePerson(ctx context.Context, p *Person) error {
	return s.write(ctx, "person", p, func(tx *gorm.DB) error {
		return updateVersioned(s, tx, p, versionedUpdate[Person]{
			columns: []string{"name", "slug", "sort_name", "kind", "description", "wikidata_id", "gender", "affiliation", "version", "updated_at"},
			check: func(*Person) error {
				if err := s.checkPerson(tx, p); err != nil {
					return err
				}
				p.SortName = sortname.Key(p.Name, p.Kind != KindPerson)
				return nil
			},
			after: func(*Person) error { return saveAliases(tx, p) },
		})
	})
}

// DeletePerson removes a speaker who has no quotes.
func (s *Store) DeletePerson(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *gorm.DB) error {
		var p Person
		if err := tx.Take(&p, id).Error; err != nil {
			return notFound(err, fmt.Sprintf("person %d", id))
		}
		if err := refuseDelete(tx, history.EntityPerson, id, p.Name); err != nil {
			return err
		}
		if err := s.recordDelete(tx, history.EntityPerson, id); err != nil {
			return err
		}
		if err := tx.Delete(&Person{}, id).Error; err != nil {
			return fmt.Errorf("delete person %d: %w", id, err)
		}
		return nil
	})
}

// PeoplePage is one page of the A to Z index.
type PeoplePage struct {
	People  []Person
	Letters []string // letters that have anyone under them
	Total   int64
}

// PeopleIndex lists speakers filed under letter ("" for all) in A to Z
// order.
func (s *Store) PeopleIndex(ctx context.Context, letter string, page Page) (PeoplePage, error) {
	db := s.db.WithContext(ctx)
	var out PeoplePage
	var keys []string
	// The letters come from the first character of each sort key; DISTINCT
	// over substr keeps that to one pass of the sort_name index.
	if err := db.Model(&Person{}).Distinct().Order("1").Pluck("substr(sort_name, 1, 1)", &keys).Error; err != nil {
		return out, fmt.Errorf("index letters: %w", err)
	}
	seen := map[string]bool{}
	for _, k := range keys {
		l := sortname.Letter(k)
		if !seen[l] {
			seen[l] = true
			out.Letters = append(out.Letters, l)
		}
	}
	q := db.Model(&Person{})
	if letter != "" {
		if letter == "#" {
			q = q.Where("NOT (substr(sort_name, 1, 1) BETWEEN 'a' AND 'z')")
		} else {
			q = q.Where("sort_name >= ? AND sort_name < ?", strings.ToLower(letter), strings.ToLower(letter)+"\U0010FFFF")
		}
	}
	if err := q.Count(&out.Total).Error; err != nil {
		return out, fmt.Errorf("count people: %w", err)
	}
	if err := q.Order("sort_name, id").Offset(page.Offset()).Limit(page.Size).Find(&out.People).Error; err != nil {
		return out, fmt.Errorf("list people: %w", err)
	}
	return out, nil
}

// MostQuoted lists the n speakers with the most quotes.
func (s *Store) MostQuoted(ctx context.Context, n int) ([]Person, error) {
	var out []Person
	if err := s.db.WithContext(ctx).Where("quote_count > 0").Order("quote_count DESC, id").Limit(n).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("most quoted: %w", err)
	}
	return out, nil
}

// PersonNames lists up to n speaker names, most quoted first, for the
// suggestions of the quote form.
func (s *Store) PersonNames(ctx context.Context, n int) ([]string, error) {
	var out []string
	if err := s.db.WithContext(ctx).Model(&Person{}).Order("quote_count DESC, sort_name").Limit(n).Pluck("name", &out).Error; err != nil {
		return nil, fmt.Errorf("person names: %w", err)
	}
	return out, nil
}
