// Package once applies a form once. A form that must not be applied twice
// (the review of an article, whose quotes a second save would otherwise
// try to add again) carries a token made when the form was shown; the
// handler claims it in the same transaction as the form's writes. The
// first claim stands with what it saved; a later one, after Back or a
// double click, from this instance or another, learns where the first
// submission led.
package once

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// NewToken is a fresh token for a form: 128 random bits, URL-safe.
func NewToken() string {
	b := make([]byte, 16)
	rand.Read(b) // never fails (crypto/rand)
	return base64.RawURLEncoding.EncodeToString(b)
}

// ValidToken tells whether s could be a token NewToken made.
func ValidToken(s string) bool {
	b, err := base64.RawURLEncoding.DecodeString(s)
	return err == nil && len(b) == 16
}

// UsedError is a claim of a token already claimed: the form was applied
// before, and Target is where that submission led.
type UsedError struct{ Target string }

func (e *UsedError) Error() string { return "this form was already submitted" }

// ErrBadToken is a token NewToken could not have made.
var ErrBadToken = errors.New("not a form token")

// Claim records token as applied, leading to target, in db (the
// transaction that applies the form). It returns a *UsedError when the
// token was claimed before; the claim waits for a concurrent one to end,
// so two submissions at once are one claim and one *UsedError.
func Claim(ctx context.Context, db *gorm.DB, token, target string, now time.Time) error {
	if !ValidToken(token) {
		return ErrBadToken
	}
	res := db.WithContext(ctx).Exec(`INSERT INTO form_submissions (token, target, created_at) VALUES (?, ?, ?) ON CONFLICT (token) DO NOTHING`, token, target, now.UTC())
	if res.Error != nil {
		return fmt.Errorf("claim form token: %w", res.Error)
	}
	if res.RowsAffected == 1 {
		return nil
	}
	var first string
	if err := db.WithContext(ctx).Raw(`SELECT target FROM form_submissions WHERE token = ?`, token).Scan(&first).Error; err != nil {
		return fmt.Errorf("read form token: %w", err)
	}
	return &UsedError{Target: first}
}
