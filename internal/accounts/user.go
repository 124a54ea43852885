package accounts

import (
	"context"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/models"
)

// Roles: editors change the data; admins also manage users.
const (
	RoleAdmin  = "admin"
	RoleEditor = "editor"
)

// Roles lists the roles a user can have.
var Roles = []string{RoleEditor, RoleAdmin}

// InviteLifetime is how long a set-password link works.
const InviteLifetime = 7 * 24 * time.Hour

// User is someone who signs in to change the data. The public reads
// without an account.
type User struct {
	ID           int64
	Email        string
	Name         string
	Role         string
	PasswordHash string `json:"-"`
	// InviteHash is the SHA-256 of the one-time set-password token, nil
	// when no invite is pending.
	InviteHash      *string `json:"-"`
	InviteExpiresAt *time.Time
	DisabledAt      *time.Time
	LastLoginAt     *time.Time
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// TableName tells gorm the table.
func (User) TableName() string { return "users" }

// DisplayName is the name shown for the user: the name, or the email.
func (u *User) DisplayName() string {
	if u.Name != "" {
		return u.Name
	}
	return u.Email
}

// IsAdmin reports whether the user manages users.
func (u *User) IsAdmin() bool { return u.Role == RoleAdmin }

// Disabled reports whether the user has been shut out.
func (u *User) Disabled() bool { return u.DisabledAt != nil }

// Status describes the account for the admin pages.
func (u *User) Status() string {
	switch {
	case u.Disabled():
		return "disabled"
	case u.PasswordHash == "":
		return "invited"
	}
	return "active"
}

// NormalizeEmail trims and lower-cases an address; addresses are compared
// without regard to case.
func NormalizeEmail(email string) string { return strings.ToLower(strings.TrimSpace(email)) }

// CheckEmail says what is wrong with an email address, or nothing.
func CheckEmail(email string) string {
	a, err := mail.ParseAddress(email)
	if email == "" {
		return "An email address is required."
	}
	if err != nil || a.Address != email || len(email) > 254 || !strings.Contains(email[strings.LastIndexByte(email, '@')+1:], ".") {
		return fmt.Sprintf("“%s” is not an email address like name@example.org.", email)
	}
	return ""
}

// Validate names what is wrong with the user, field by field.
func (u *User) Validate() error {
	errs := models.FieldErrors{}
	u.Email = NormalizeEmail(u.Email)
	u.Name = strings.Join(strings.Fields(u.Name), " ")
	if msg := CheckEmail(u.Email); msg != "" {
		errs.Add("email", msg)
	}
	if len([]rune(u.Name)) > 200 {
		errs.Add("name", "Keep the name under 200 characters.")
	}
	if u.Role != RoleAdmin && u.Role != RoleEditor {
		errs.Add("role", fmt.Sprintf("“%s” is not a role: choose %s or %s.", u.Role, RoleEditor, RoleAdmin))
	}
	return errs.Err()
}

// CreateUser stores a new user. The caller sets PasswordHash (from
// HashPassword) or leaves it empty for an invited user.
func (s *Store) CreateUser(ctx context.Context, u *User) error {
	if err := u.Validate(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *gorm.DB) error {
		var n int64
		if err := tx.Model(&User{}).Where("lower(email) = ?", u.Email).Count(&n).Error; err != nil {
			return fmt.Errorf("create user: %w", err)
		}
		if n > 0 {
			return models.FieldErrors{"email": fmt.Sprintf("There is already a user with the address %s.", u.Email)}
		}
		if err := tx.Create(u).Error; err != nil {
			return fmt.Errorf("create user %s: %w", u.Email, err)
		}
		return nil
	})
}

// UserByID loads a user.
func (s *Store) UserByID(ctx context.Context, id int64) (*User, error) {
	var u User
	if err := s.db(ctx).First(&u, id).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("user %d", id))
	}
	return &u, nil
}

// UserByEmail loads a user by address, in any case.
func (s *Store) UserByEmail(ctx context.Context, email string) (*User, error) {
	var u User
	if err := s.db(ctx).Where("lower(email) = ?", NormalizeEmail(email)).First(&u).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("user %q", email))
	}
	return &u, nil
}

// Users lists every user, by email.
func (s *Store) Users(ctx context.Context) ([]User, error) {
	var us []User
	if err := s.db(ctx).Order("lower(email), id").Find(&us).Error; err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	return us, nil
}

// UpdateUser changes a user's name, role and whether they are disabled.
// Disabling ends the user's sessions at once. The change is refused when
// it would leave no active admin to manage users.
func (s *Store) UpdateUser(ctx context.Context, id int64, name, role string, disabled bool, now time.Time) (*User, error) {
	var out User
	err := s.tx(ctx, func(tx *gorm.DB) error {
		if err := tx.First(&out, id).Error; err != nil {
			return notFound(err, fmt.Sprintf("user %d", id))
		}
		out.Name, out.Role = name, role
		if err := out.Validate(); err != nil {
			return err
		}
		switch {
		case disabled && out.DisabledAt == nil:
			t := dbTime(now)
			out.DisabledAt = &t
		case !disabled:
			out.DisabledAt = nil
		}
		if out.Role != RoleAdmin || out.DisabledAt != nil {
			var admins int64
			if err := tx.Model(&User{}).Where("role = ? AND disabled_at IS NULL AND id <> ?", RoleAdmin, id).Count(&admins).Error; err != nil {
				return fmt.Errorf("count admins: %w", err)
			}
			if admins == 0 {
				return models.FieldErrors{"role": "This is the last active admin: make someone else an admin first."}
			}
		}
		out.UpdatedAt = dbTime(now)
		if err := tx.Model(&User{}).Where("id = ?", id).Updates(map[string]any{
			"name": out.Name, "role": out.Role, "disabled_at": out.DisabledAt, "updated_at": out.UpdatedAt,
		}).Error; err != nil {
			return fmt.Errorf("update user %d: %w", id, err)
		}
		if out.DisabledAt != nil {
			if err := tx.Where("user_id = ?", id).Delete(&Session{}).Error; err != nil {
				return fmt.Errorf("end sessions of user %d: %w", id, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// SetPassword stores a new password hash for the user, uses up any
// pending invite and ends all of the user's sessions: whoever knew the
// old password is signed out everywhere.
func (s *Store) SetPassword(ctx context.Context, userID int64, hash string, now time.Time) error {
	return s.tx(ctx, func(tx *gorm.DB) error {
		res := tx.Model(&User{}).Where("id = ?", userID).Updates(map[string]any{
			"password_hash": hash, "invite_hash": nil, "invite_expires_at": nil, "updated_at": dbTime(now),
		})
		if res.Error != nil {
			return fmt.Errorf("set password of user %d: %w", userID, res.Error)
		}
		if res.RowsAffected == 0 {
			return fmt.Errorf("set password of user %d: %w", userID, models.ErrNotFound)
		}
		if err := tx.Where("user_id = ?", userID).Delete(&Session{}).Error; err != nil {
			return fmt.Errorf("end sessions of user %d: %w", userID, err)
		}
		return nil
	})
}

// CreateInvite gives the user a new one-time set-password token, valid
// for InviteLifetime, replacing any earlier one. Only the token's hash is
// stored; the token is returned to be passed on.
func (s *Store) CreateInvite(ctx context.Context, userID int64, now time.Time) (string, error) {
	token, err := NewToken()
	if err != nil {
		return "", err
	}
	hash, expires := HashToken(token), dbTime(now).Add(InviteLifetime)
	res := s.db(ctx).Model(&User{}).Where("id = ?", userID).Updates(map[string]any{
		"invite_hash": hash, "invite_expires_at": expires, "updated_at": dbTime(now),
	})
	if res.Error != nil {
		return "", fmt.Errorf("invite user %d: %w", userID, res.Error)
	}
	if res.RowsAffected == 0 {
		return "", fmt.Errorf("invite user %d: %w", userID, models.ErrNotFound)
	}
	return token, nil
}

// UserByInvite finds the enabled user a set-password token belongs to,
// while it has not expired.
func (s *Store) UserByInvite(ctx context.Context, token string, now time.Time) (*User, error) {
	var u User
	err := s.db(ctx).Where("invite_hash = ?", HashToken(token)).First(&u).Error
	if err != nil {
		return nil, notFound(err, "invite")
	}
	if u.Disabled() || u.InviteExpiresAt == nil {
		return nil, fmt.Errorf("invite: %w", models.ErrNotFound)
	}
	if !now.Before(*u.InviteExpiresAt) {
		return nil, ErrInviteExpired
	}
	return &u, nil
}

// ErrInviteExpired is a set-password link past its InviteLifetime.
var ErrInviteExpired = errors.New("the invite has expired")

// ErrLoginFailed is returned for a wrong email or password, and for a
// disabled account, without saying which.
var ErrLoginFailed = errors.New("email or password is wrong")

// Authenticate checks an email and password, in one of the store's
// hashing slots (ErrBusy when none frees up in time), without counting
// failures: LogIn is the login form's. Unknown addresses cost the same
// time as known ones.
func (s *Store) Authenticate(ctx context.Context, email, password string) (*User, error) {
	release, err := s.hashing.acquire(ctx)
	if err != nil {
		return nil, err
	}
	defer release()
	return s.authenticate(ctx, email, password)
}

// authenticate is Authenticate for a caller that holds a hashing slot.
func (s *Store) authenticate(ctx context.Context, email, password string) (*User, error) {
	u, err := s.UserByEmail(ctx, email)
	if errors.Is(err, models.ErrNotFound) {
		BurnPasswordCheck(password)
		return nil, ErrLoginFailed
	}
	if err != nil {
		return nil, err
	}
	if u.PasswordHash == "" {
		BurnPasswordCheck(password)
		return nil, ErrLoginFailed
	}
	if !CheckPassword(u.PasswordHash, password) || u.Disabled() {
		return nil, ErrLoginFailed
	}
	return u, nil
}
