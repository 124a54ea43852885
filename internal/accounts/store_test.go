package accounts_test

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/models"
)

// A session is found by its token, whose hash alone is stored; requests
// keep it alive at most one write a minute; it ends when idle too long,
// and at sign-out.
func TestSessionLifecycle(t *testing.T) {
	ctx := context.Background()
	store := apptest.MustOpenStore(t)
	accts := accounts.New(store)
	u := apptest.MustCreateUser(t, store, "ed@example.org", accounts.RoleEditor, "")
	start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

	token, sess, err := accts.CreateSession(ctx, u.ID, start)
	if err != nil {
		t.Fatal(err)
	}
	if sess.TokenHash != accounts.HashToken(token) || sess.TokenHash == token || sess.CSRFToken == "" {
		t.Errorf("session %+v for token %q: want the token's hash stored, not the token, and a CSRF token", sess, token)
	}
	got, user, err := accts.ResumeSession(ctx, token, start.Add(30*time.Second))
	if err != nil || got.ID != sess.ID || user.ID != u.ID {
		t.Fatalf("resume: %+v %+v %v, want session %d of user %d", got, user, err, sess.ID, u.ID)
	}
	if !got.LastSeenAt.Equal(start) {
		t.Errorf("last seen moved to %s after 30 seconds, want it left at %s", got.LastSeenAt, start)
	}
	later := start.Add(90 * time.Minute)
	if got, _, err := accts.ResumeSession(ctx, token, later); err != nil || !got.LastSeenAt.Equal(later) {
		t.Fatalf("resume after 90 minutes: %+v %v, want last seen %s", got, err, later)
	}
	if _, _, err := accts.ResumeSession(ctx, token, later.Add(accounts.SessionIdleTimeout)); !errors.Is(err, models.ErrNotFound) {
		t.Errorf("resume after the idle timeout: %v, want not found", err)
	}
	if n, _ := accts.CountSessions(ctx, u.ID); n != 0 {
		t.Errorf("%d sessions left after the idle timeout, want the ended one deleted", n)
	}

	token, _, err = accts.CreateSession(ctx, u.ID, start)
	if err != nil {
		t.Fatal(err)
	}
	if err := accts.EndSession(ctx, token); err != nil {
		t.Fatal(err)
	}
	if _, _, err := accts.ResumeSession(ctx, token, start); !errors.Is(err, models.ErrNotFound) {
		t.Errorf("resume after sign-out: %v, want not found", err)
	}
	if _, _, err := accts.ResumeSession(ctx, "no-such-token", start); !errors.Is(err, models.ErrNotFound) {
		t.Errorf("resume an unknown token: %v, want not found", err)
	}
}

// Failed logins count per address and per email in any case, for
// LoginFailureWindow; a good login forgets the account's failures, not
// those at other accounts from the same address.
func TestLoginFailures(t *testing.T) {
	ctx := context.Background()
	accts := accounts.New(apptest.MustOpenStore(t))
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	for _, email := range []string{"Ed@example.org", "ed@example.org ", "other@example.org"} {
		if err := accts.RecordLoginFailure(ctx, email, "192.0.2.1", now); err != nil {
			t.Fatal(err)
		}
	}
	count := func(at time.Time) (int64, int64) {
		t.Helper()
		byEmail, byAddress, err := accts.LoginFailures(ctx, "ED@example.org", "192.0.2.1", at)
		if err != nil {
			t.Fatal(err)
		}
		return byEmail, byAddress
	}
	if e, a := count(now.Add(time.Minute)); e != 2 || a != 3 {
		t.Errorf("failures = %d by email, %d by address; want 2 and 3", e, a)
	}
	if e, a := count(now.Add(accounts.LoginFailureWindow)); e != 0 || a != 0 {
		t.Errorf("failures after the window = %d by email, %d by address; want none", e, a)
	}
	if err := accts.ClearLoginFailures(ctx, "ed@EXAMPLE.org"); err != nil {
		t.Fatal(err)
	}
	if e, a := count(now.Add(time.Minute)); e != 0 || a != 1 {
		t.Errorf("failures after a good login = %d by email, %d by address; want 0 and 1", e, a)
	}
}

// Unknown, invited (no password yet) and disabled accounts fail to log
// in alike; an address no database can hold is merely unknown.
func TestAuthenticate(t *testing.T) {
	ctx := context.Background()
	store := apptest.MustOpenStore(t)
	accts := accounts.New(store)
	const password = "a long enough password"
	apptest.MustCreateUser(t, store, "ed@example.org", accounts.RoleEditor, password)
	apptest.MustCreateUser(t, store, "invited@example.org", accounts.RoleEditor, "")
	gone := apptest.MustCreateUser(t, store, "gone@example.org", accounts.RoleEditor, password)
	apptest.MustCreateUser(t, store, "boss@example.org", accounts.RoleAdmin, "")
	if _, err := accts.UpdateUser(ctx, gone.ID, "", accounts.RoleEditor, true, time.Now()); err != nil {
		t.Fatal(err)
	}
	if u, err := accts.Authenticate(ctx, " ED@example.org", password); err != nil || u.Email != "ed@example.org" {
		t.Errorf("good login: %+v %v", u, err)
	}
	for _, email := range []string{"nobody@example.org", "invited@example.org", "gone@example.org", "ed@example.org"} {
		pw := password
		if email == "ed@example.org" {
			pw = "the wrong password"
		}
		if _, err := accts.Authenticate(ctx, email, pw); !errors.Is(err, accounts.ErrLoginFailed) {
			t.Errorf("login as %s: %v, want %v", email, err, accounts.ErrLoginFailed)
		}
	}
	if _, err := accts.UserByEmail(ctx, "ed\x00@example.org"); !errors.Is(err, models.ErrNotFound) {
		t.Errorf("user by an address with a NUL byte: %v, want not found", err)
	}
}

// Every instance on one database gets the same secret under one name,
// and different names get different secrets.
func TestSecretIsShared(t *testing.T) {
	ctx := context.Background()
	store := apptest.MustOpenStore(t)
	first, err := accounts.New(store).Secret(ctx, "csrf")
	if err != nil {
		t.Fatal(err)
	}
	again, err := accounts.New(store).Secret(ctx, "csrf")
	if err != nil {
		t.Fatal(err)
	}
	other, err := accounts.New(store).Secret(ctx, "other")
	if err != nil {
		t.Fatal(err)
	}
	if len(first) != 32 || !bytes.Equal(first, again) || bytes.Equal(first, other) {
		t.Errorf("secrets %x, %x, %x: want 32 bytes, the same for one name, different for another", first, again, other)
	}
}
