package accounts

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// LoginFailureWindow is how far back failed logins count against an
// account or an address.
const LoginFailureWindow = 15 * time.Minute

// LoginFailures counts the failed logins since now-LoginFailureWindow for
// an email and for a client address.
func (s *Store) LoginFailures(ctx context.Context, email, address string, now time.Time) (byEmail, byAddress int64, err error) {
	since := dbTime(now).Add(-LoginFailureWindow)
	db := s.db(ctx).Table("login_failures")
	if err = db.Where("email = ? AND failed_at > ?", NormalizeEmail(email), since).Count(&byEmail).Error; err != nil {
		return 0, 0, fmt.Errorf("count login failures: %w", err)
	}
	db = s.db(ctx).Table("login_failures")
	if err = db.Where("address = ? AND failed_at > ?", address, since).Count(&byAddress).Error; err != nil {
		return 0, 0, fmt.Errorf("count login failures: %w", err)
	}
	return byEmail, byAddress, nil
}

// RecordLoginFailure notes a failed login and forgets failures too old to
// count.
func (s *Store) RecordLoginFailure(ctx context.Context, email, address string, now time.Time) error {
	now = dbTime(now)
	return s.tx(ctx, func(tx *gorm.DB) error {
		if err := tx.Exec(`DELETE FROM login_failures WHERE failed_at <= ?`, now.Add(-LoginFailureWindow)).Error; err != nil {
			return fmt.Errorf("forget old login failures: %w", err)
		}
		if err := tx.Exec(`INSERT INTO login_failures (email, address, failed_at) VALUES (?, ?, ?)`,
			NormalizeEmail(email), address, now).Error; err != nil {
			return fmt.Errorf("record login failure: %w", err)
		}
		return nil
	})
}

// ClearLoginFailures forgets an account's failures after a good login.
// The address's failures stay: one good account must not unlock guessing
// at others.
func (s *Store) ClearLoginFailures(ctx context.Context, email string) error {
	if err := s.db(ctx).Exec(`DELETE FROM login_failures WHERE email = ?`, NormalizeEmail(email)).Error; err != nil {
		return fmt.Errorf("clear login failures: %w", err)
	}
	return nil
}
