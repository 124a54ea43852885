package demo

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"fmt"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/models"
)

// AccountEmail is the demo's editor account.
const AccountEmail = "demo@quotetrail.example"

// EnsureAccount gives a database without users an admin account to try
// the app with, and returns its new random password. A database that has
// users is left alone (created is false).
func EnsureAccount(ctx context.Context, store *models.Store) (password string, created bool, err error) {
	accts := accounts.New(store)
	users, err := accts.Users(ctx)
	if err != nil || len(users) > 0 {
		return "", false, err
	}
	b := make([]byte, 10)
	if _, err := rand.Read(b); err != nil {
		return "", false, err
	}
	password = base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b)
	hash, err := accounts.HashPassword(password)
	if err != nil {
		return "", false, err
	}
	u := &accounts.User{Email: AccountEmail, Name: "Demo editor", Role: accounts.RoleEditor, PasswordHash: hash}
	if err := accts.CreateUser(ctx, u); err != nil {
		return "", false, fmt.Errorf("demo account: %w", err)
	}
	return password, true, nil
}
