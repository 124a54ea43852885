package accounts

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

	"github.com/quotetrail/quotetrail/models"
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
// reported as models.ErrNotFound.
func (s *Store) ResumeSession(ctx context.Context, token string, now time.Time) (*Session, *User, error) {
	db := s.db(ctx)
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
		return nil, nil, fmt.Errorf("session: %w", models.ErrNotFound)
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
	if err := s.db(ctx).Where("token_hash = ?", HashToken(token)).Delete(&Session{}).Error; err != nil {
		return fmt.Errorf("end session: %w", err)
	}
	return nil
}

// CountSessions tells how many sessions userID has open.
func (s *Store) CountSessions(ctx context.Context, userID int64) (int64, error) {
	var n int64
	err := s.db(ctx).Model(&Session{}).Where("user_id = ?", userID).Count(&n).Error
	return n, err
}
