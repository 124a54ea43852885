package models

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/history"
)

// Topic is a subject quotes are filed under ("privacy").
type Topic struct {
	ID         int64
	Name       string
	Slug       string
	QuoteCount int
	// Version counts the record's saved changes; a form sends back the
	// version it showed, so that saving over a newer edit is refused.
	Version   int `gorm:"default:1"`
	CreatedAt time.Time
	UpdatedAt time.Time
}

// TableName tells gorm the table.
func (Topic) TableName() string { return "topics" }

// Topics lists every topic by name.
func (s *Store) Topics(ctx context.Context) ([]Topic, error) {
	var out []Topic
	if err := s.db.WithContext(ctx).Order("lower(name), id").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list topics: %w", err)
	}
	return out, nil
}

// TopicBySlug loads one topic.
func (s *Store) TopicBySlug(ctx context.Context, slug string) (*Topic, error) {
	var t Topic
	if err := s.db.WithContext(ctx).Where("slug = ?", slug).Take(&t).Error; err != nil {
		return nil, notFound(err, "topic "+slug)
	}
	return &t, nil
}

// TopicByID loads one topic.
func (s *Store) TopicByID(ctx context.Context, id int64) (*Topic, error) {
	var t Topic
	if err := s.db.WithContext(ctx).Take(&t, id).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("topic %d", id))
	}
	return &t, nil
}

func checkTopic(tx *gorm.DB, t *Topic) error {
	var n int64
	if err := tx.Model(&Topic{}).Where("lower(name) = lower(?) AND id <> ?", t.Name, t.ID).Count(&n).Error; err != nil {
		return fmt.Errorf("check topic name: %w", err)
	}
	if n > 0 {
		return FieldErrors{"name": fmt.Sprintf("A topic called “%s” already exists.", t.Name)}
	}
	return nil
}

// CreateTopic adds a topic, refusing a name already taken.
func (s *Store) CreateTopic(ctx context.Context, t *Topic) error {
	return s.write(ctx, "topic", t, func(tx *gorm.DB) error {
		if err := checkTopic(tx, t); err != nil {
			return err
		}
		slug, err := uniqueSlug(tx, "topics", t.Name, 0)
		if err != nil {
			return err
		}
		t.Slug = slug
		t.Version = 1
		if err := tx.Create(t).Error; err != nil {
			return fmt.Errorf("create topic %q: %w", t.Name, err)
		}
		return s.record(tx, history.EntityTopic, t.ID, history.ActionCreate)
	})
}

// UpdateTopic renames a topic, from version t.Version; its slug follows.
func (s *Store) UpdateTopic(ctx context.Context, t *Topic) error {
	return s.write(ctx, "topic", t, func(tx *gorm.DB) error {
		return updateVersioned(s, tx, t, versionedUpdate[Topic]{
			columns:      []string{"name", "slug", "version", "updated_at"},
			check:        func(*Topic) error { return checkTopic(tx, t) },
			reslugAlways: true,
		})
	})
}

// DeleteTopic removes a topic and takes it off every quote filed under
// it; the quotes themselves stay.
func (s *Store) DeleteTopic(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *gorm.DB) error {
		if err := s.recordDelete(tx, history.EntityTopic, id); err != nil {
			return err
		}
		res := tx.Delete(&Topic{}, id)
		if res.Error != nil {
			return fmt.Errorf("delete topic %d: %w", id, res.Error)
		}
		if res.RowsAffected == 0 {
			return fmt.Errorf("topic %d: %w", id, ErrNotFound)
		}
		return nil
	})
}

// topicIDs finds or creates the topics named, ignoring case and repeats.
func (s *Store) topicIDs(tx *gorm.DB, names []string) ([]int64, error) {
	var ids []int64
	seen := map[string]bool{}
	for _, name := range names {
		name = strings.Join(strings.Fields(name), " ")
		key := strings.ToLower(name)
		if name == "" || seen[key] {
			continue
		}
		seen[key] = true
		var t Topic
		err := tx.Where("lower(name) = ?", key).Take(&t).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			err = mergedInto(tx, "topic", name).Take(&t).Error
		}
		if errors.Is(err, gorm.ErrRecordNotFound) {
			t = Topic{Name: name, Version: 1}
			if t.Slug, err = uniqueSlug(tx, "topics", name, 0); err != nil {
				return nil, err
			}
			if err = tx.Create(&t).Error; err == nil {
				err = s.record(tx, history.EntityTopic, t.ID, history.ActionCreate)
			}
		}
		if err != nil {
			return nil, fmt.Errorf("topic %q: %w", name, err)
		}
		ids = append(ids, t.ID)
	}
	return ids, nil
}
