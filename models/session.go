package models

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Session lifetimes: a session ends after SessionIdleTimeout without a
// request, and SessionMaxAge after it began whatever happens.
const (
	SessionIdleTimeout = 2 * time.Hour
	SessionMaxAge      = 14 * 24 * time.Hour
	// sessionTouchEvery spares a write on every request: last_seen_at
	// moves forward at most once a minute.
	sessionTouchEvery = time.Minute
)

// Session is one signed-in browser. Its token lives only in the
// browser's cookie; the database keeps the token's SHA-256.
type Session struct {
	ID        int64
	TokenHash string
	UserID    int64
	// CSRFToken is the synchronizer token every form of this session
	// carries.
	CSRFToken  string
	CreatedAt  time.Time
	LastSeenAt time.Time
}

// TableName tells gorm the table.
func (Session) TableName() string { return "sessions" }

// NewToken returns 256 random bits, URL-safe.
func NewToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("random token: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// HashToken is what the database keeps of a token: stolen rows do not
// sign anyone in.
func HashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// expired reports whether the session has ended by time at now.
func (s *Session) expired(now time.Time) bool {
	return !now.Before(s.LastSeenAt.Add(SessionIdleTimeout)) || !now.Before(s.CreatedAt.Add(SessionMaxAge))
}

// CreateSession signs userID in: a new random token (returned, for the
// cookie), a new CSRF token, and the user's last login noted. Sessions
// that have ended by time are cleared out on the way.
func (s *Store) CreateSession(ctx context.Context, userID int64, now time.Time) (string, *Session, error) {
	token, err := NewToken()
	if err != nil {
		return "", nil, err
	}
	csrf, err := NewToken()
	if err != nil {
		return "", nil, err
	}
	now = dbTime(now)
	sess := &Session{TokenHash: HashToken(token), UserID: userID, CSRFToken: csrf, CreatedAt: now, LastSeenAt: now}
	err = s.tx(ctx, func(tx *gorm.DB) error {
		if err := tx.Where("last_seen_at <= ? OR created_at <= ?", now.Add(-SessionIdleTimeout), now.Add(-SessionMaxAge)).
			Delete(&Session{}).Error; err != nil {
			return fmt.Errorf("clear ended sessions: %w", err)
		}
		if err := tx.Create(sess).Error; err != nil {
			return fmt.Errorf("create session: %w", err)
		}
		return tx.Model(&User{}).Where("id = ?", userID).Update("last_login_at", now).Error
	})
	if err != nil {
		return "", nil, err
	}
	return token, sess, nil
}

// ResumeSession finds the session a cookie's token names and its user.
// A session that has timed out, or whose user is disabled, is ended and
// reported as ErrNotFound.
func (s *Store) ResumeSession(ctx context.Context, token string, now time.Time) (*Session, *User, error) {
	db := s.db.WithContext(ctx)
	var sess Session
	if err := db.Where("token_hash = ?", HashToken(token)).First(&sess).Error; err != nil {
		return nil, nil, notFound(err, "session")
	}
	var u User
	err := db.First(&u, sess.UserID).Error
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil, fmt.Errorf("load user of session: %w", err)
	}
	if err != nil || u.Disabled() || sess.expired(now) {
		if err := db.Delete(&Session{}, sess.ID).Error; err != nil {
			return nil, nil, fmt.Errorf("end session: %w", err)
		}
		return nil, nil, fmt.Errorf("session: %w", ErrNotFound)
	}
	if now.Sub(sess.LastSeenAt) >= sessionTouchEvery {
		sess.LastSeenAt = dbTime(now)
		if err := db.Model(&Session{}).Where("id = ?", sess.ID).Update("last_seen_at", sess.LastSeenAt).Error; err != nil {
			return nil, nil, fmt.Errorf("touch session: %w", err)
		}
	}
	return &sess, &u, nil
}

// EndSession signs out the session a token names; an unknown token is no
// error.
func (s *Store) EndSession(ctx context.Context, token string) error {
	if err := s.db.WithContext(ctx).Where("token_hash = ?", HashToken(token)).Delete(&Session{}).Error; err != nil {
		return fmt.Errorf("end session: %w", err)
	}
	return nil
}

// CountSessions tells how many sessions userID has open.
func (s *Store) CountSessions(ctx context.Context, userID int64) (int64, error) {
	var n int64
	err := s.db.WithContext(ctx).Model(&Session{}).Where("user_id = ?", userID).Count(&n).Error
	return n, err
}

// LoginFailureWindow is how far back failed logins count against an
// account or an address.
const LoginFailureWindow = 15 * time.Minute

// LoginFailures counts the failed logins since now-LoginFailureWindow for
// an email and for a client address.
func (s *Store) LoginFailures(ctx context.Context, email, address string, now time.Time) (byEmail, byAddress int64, err error) {
	since := dbTime(now).Add(-LoginFailureWindow)
	db := s.db.WithContext(ctx).Table("login_failures")
	if err = db.Where("email = ? AND failed_at > ?", NormalizeEmail(email), since).Count(&byEmail).Error; err != nil {
		return 0, 0, fmt.Errorf("count login failures: %w", err)
	}
	db = s.db.WithContext(ctx).Table("login_failures")
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
	if err := s.db.WithContext(ctx).Exec(`DELETE FROM login_failures WHERE email = ?`, NormalizeEmail(email)).Error; err != nil {
		return fmt.Errorf("clear login failures: %w", err)
	}
	return nil
}

// appSecret is a key every app instance must share.
type appSecret struct {
	Name  string `gorm:"primaryKey"`
	Value string
}

func (appSecret) TableName() string { return "app_secrets" }

// Secret returns the random key called name, made on first use and then
// the same for every instance on this database.
func (s *Store) Secret(ctx context.Context, name string) ([]byte, error) {
	fresh := make([]byte, 32)
	if _, err := rand.Read(fresh); err != nil {
		return nil, fmt.Errorf("secret %s: %w", name, err)
	}
	db := s.db.WithContext(ctx)
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
