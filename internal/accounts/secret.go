package accounts

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"

	"gorm.io/gorm/clause"
)

// appSecret is a key every app instance must share.
type appSecret struct {
	Name  string `gorm:"primaryKey"`
	Value string
}

// TableName tells gorm the table.
func (appSecret) TableName() string { return "app_secrets" }

// Secret returns the random key called name, made on first use and then
// the same for every instance on this database.
func (s *Store) Secret(ctx context.Context, name string) ([]byte, error) {
	fresh := make([]byte, 32)
	if _, err := rand.Read(fresh); err != nil {
		return nil, fmt.Errorf("secret %s: %w", name, err)
	}
	db := s.db(ctx)
	// Two instances starting at once both try; the first one wins.
	err := db.Clauses(clause.OnConflict{DoNothing: true}).
		Create(&appSecret{Name: name, Value: base64.RawStdEncoding.EncodeToString(fresh)}).Error
	if err != nil {
		return nil, fmt.Errorf("secret %s: %w", name, err)
	}
	var sec appSecret
	if err := db.Where("name = ?", name).First(&sec).Error; err != nil {
		return nil, fmt.Errorf("secret %s: %w", name, err)
	}
	key, err := base64.RawStdEncoding.DecodeString(sec.Value)
	if err != nil {
		return nil, fmt.Errorf("secret %s: %w", name, err)
	}
	return key, nil
}
