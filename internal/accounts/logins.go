package accounts

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// LoginFailureWindow is how far back failed logins count against an
// account or an address.
const LoginFailureWindow = 15 * time.Minute

// LoginLimits caps the failed logins that may count within
// LoginFailureWindow before a login is refused unchecked.
type LoginLimits struct {
	PerAccount int // against guessing one account's password
	PerAddress int // against trying one password on many accounts
}

// ErrThrottled is a login refused without a look at its password: the
// account or the client address is at its limit of failures.
var ErrThrottled = errors.New("too many failed logins")

// countFailures counts the failed logins since now-LoginFailureWindow for
// an email and for a client address.
func countFailures(db *gorm.DB, email, address string, now time.Time) (byEmail, byAddress int64, err error) {
	since := dbTime(now).Add(-LoginFailureWindow)
	if err = db.Table("login_failures").Where("email = ? AND failed_at > ?", NormalizeEmail(email), since).Count(&byEmail).Error; err != nil {
		return 0, 0, fmt.Errorf("count login failures: %w", err)
	}
	if err = db.Table("login_failures").Where("address = ? AND failed_at > ?", address, since).Count(&byAddress).Error; err != nil {
		return 0, 0, fmt.Errorf("count login failures: %w", err)
	}
	return byEmail, byAddress, nil
}

// claimAttempt counts a login attempt before its password is checked. In
// one write transaction, which every writer of every instance waits for,
// it refuses with ErrThrottled when the account or the address is at its
// limit, and otherwise records the attempt as a failure, which a right
// password takes back. However many attempts arrive at once, and at
// however many instances, no more passwords are checked than the limits
// allow. It returns the recorded attempt's id.
func (s *Store) claimAttempt(ctx context.Context, email, address string, now time.Time, lim LoginLimits) (int64, error) {
	now = dbTime(now)
	var id int64
	err := s.tx(ctx, func(tx *gorm.DB) error {
		if err := tx.Exec(`DELETE FROM login_failures WHERE failed_at <= ?`, now.Add(-LoginFailureWindow)).Error; err != nil {
			return fmt.Errorf("forget old login failures: %w", err)
		}
		byEmail, byAddress, err := countFailures(tx, email, address, now)
		if err != nil {
			return err
		}
		if byEmail >= int64(lim.PerAccount) || byAddress >= int64(lim.PerAddress) {
			return ErrThrottled
		}
		err = tx.Raw(`INSERT INTO login_failures (email, address, failed_at) VALUES (?, ?, ?) RETURNING id`,
			NormalizeEmail(email), address, now).Scan(&id).Error
		if err != nil {
			return fmt.Errorf("record login attempt: %w", err)
		}
		return nil
	})
	return id, err
}

// LogIn checks an email and password for a client at address, within
// lim: it answers ErrBusy when no hashing slot frees up in time,
// ErrThrottled past the limits (no password checked), ErrLoginFailed for
// a wrong email or password (which then counts), and the user otherwise,
// forgetting the account's failures.
func (s *Store) LogIn(ctx context.Context, email, password, address string, now time.Time, lim LoginLimits) (*User, error) {
	release, err := s.hashing.acquire(ctx)
	if err != nil {
		return nil, err
	}
	defer release()
	if _, err := s.claimAttempt(ctx, email, address, now, lim); err != nil {
		return nil, err
	}
	u, err := s.authenticate(ctx, email, password)
	if err != nil {
		return nil, err
	}
	if err := s.ClearLoginFailures(ctx, email); err != nil {
		return nil, err
	}
	return u, nil
}

// CheckCurrentPassword checks a signed-in user's password before it is
// changed. Wrong guesses count as failed logins, so that a borrowed
// session is no way around the limits; errors are LogIn's.
func (s *Store) CheckCurrentPassword(ctx context.Context, u *User, password, address string, now time.Time, lim LoginLimits) error {
	release, err := s.hashing.acquire(ctx)
	if err != nil {
		return err
	}
	defer release()
	attempt, err := s.claimAttempt(ctx, u.Email, address, now, lim)
	if err != nil {
		return err
	}
	if !CheckPassword(u.PasswordHash, password) {
		return ErrLoginFailed
	}
	if err := s.db(ctx).Exec(`DELETE FROM login_failures WHERE id = ?`, attempt).Error; err != nil {
		return fmt.Errorf("take back a login attempt: %w", err)
	}
	return nil
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
