// Package apitokens keeps editors' personal API tokens: made on the
// account page and shown once, kept only as a hash, each allowed to read
// or to read and write, its last use recorded, revoked at will. A token
// acts for its editor, and only while the editor's account is enabled.
package apitokens

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/models"
)

// Scopes: what a token may do.
const (
	ScopeRead  = "read"
	ScopeWrite = "write"
)

// Scopes lists them.
var Scopes = []string{ScopeRead, ScopeWrite}

// Prefix starts every token, so that one pasted where it should not be
// is recognised for what it is.
const Prefix = "qt_"

// touchEvery is how stale a token's last use may be before a request
// writes it again: not a write on every request.
const touchEvery = time.Minute

// Token is one token as the database keeps it: never the token itself.
type Token struct {
	ID         int64
	UserID     int64
	Name       string
	TokenHash  string
	Scope      string
	CreatedAt  time.Time
	LastUsedAt *time.Time
	RevokedAt  *time.Time
}

// TableName tells gorm the table.
func (Token) TableName() string { return "api_tokens" }

// Active tells whether the token still works.
func (t Token) Active() bool { return t.RevokedAt == nil }

// CanWrite tells whether the token may change data.
func (t Token) CanWrite() bool { return t.Scope == ScopeWrite }

// Store keeps the tokens in the store's database.
type Store struct {
	store *models.Store
}

// New returns the tokens of store.
func New(store *models.Store) *Store { return &Store{store: store} }

// Create makes a token for userID and returns it, the only time it is
// seen; a name or scope that cannot be used comes back as FieldErrors.
func (s *Store) Create(ctx context.Context, userID int64, name, scope string, now time.Time) (string, *Token, error) {
	name = strings.Join(strings.Fields(name), " ")
	fe := models.FieldErrors{}
	switch {
	case name == "":
		fe.Add("name", "Name the token after what will use it, to know it again.")
	case utf8.RuneCountInString(name) > 100:
		fe.Add("name", "Keep the name under 100 characters.")
	}
	if !slices.Contains(Scopes, scope) {
		fe.Add("scope", "Choose what the token may do: read, or read and write.")
	}
	if err := fe.Err(); err != nil {
		return "", nil, err
	}
	secret, err := accounts.NewToken()
	if err != nil {
		return "", nil, err
	}
	secret = Prefix + secret
	t := &Token{UserID: userID, Name: name, TokenHash: accounts.HashToken(secret), Scope: scope, CreatedAt: models.DBTime(now)}
	if err := s.store.DB(ctx).Create(t).Error; err != nil {
		return "", nil, fmt.Errorf("create API token: %w", err)
	}
	return secret, t, nil
}

// List lists userID's tokens, newest first, revoked ones included.
func (s *Store) List(ctx context.Context, userID int64) ([]Token, error) {
	var out []Token
	if err := s.store.DB(ctx).Where("user_id = ?", userID).Order("id DESC").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list API tokens: %w", err)
	}
	return out, nil
}

// Revoke ends userID's token id; another user's token is not found.
func (s *Store) Revoke(ctx context.Context, userID, id int64, now time.Time) error {
	res := s.store.DB(ctx).Model(&Token{}).Where("id = ? AND user_id = ? AND revoked_at IS NULL", id, userID).Update("revoked_at", models.DBTime(now))
	if res.Error != nil {
		return fmt.Errorf("revoke API token %d: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("API token %d: %w", id, models.ErrNotFound)
	}
	return nil
}

// Authenticate finds the live token secret and the enabled user it acts
// for, and records its use; an unknown, revoked or orphaned token is
// models.ErrNotFound.
func (s *Store) Authenticate(ctx context.Context, secret string, now time.Time) (*Token, *accounts.User, error) {
	if !strings.HasPrefix(secret, Prefix) {
		return nil, nil, fmt.Errorf("API token: %w", models.ErrNotFound)
	}
	db := s.store.DB(ctx)
	var t Token
	if err := db.Where("token_hash = ? AND revoked_at IS NULL", accounts.HashToken(secret)).Take(&t).Error; err != nil {
		return nil, nil, models.NotFound(err, "API token")
	}
	u, err := accounts.New(s.store).UserByID(ctx, t.UserID)
	if errors.Is(err, models.ErrNotFound) || (err == nil && u.Disabled()) {
		return nil, nil, fmt.Errorf("user of API token %d: %w", t.ID, models.ErrNotFound)
	}
	if err != nil {
		return nil, nil, err
	}
	if t.LastUsedAt == nil || now.Sub(*t.LastUsedAt) >= touchEvery {
		used := models.DBTime(now)
		if err := db.Model(&Token{}).Where("id = ?", t.ID).Update("last_used_at", used).Error; err != nil {
			return nil, nil, fmt.Errorf("record use of API token %d: %w", t.ID, err)
		}
		t.LastUsedAt = &used
	}
	return &t, u, nil
}
