package accounts_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
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
	store := apptest.MustOpenStore(t)
	accts := accounts.New(store)
	apptest.MustCreateUser(t, store, "ed@example.org", accounts.RoleEditor, "the right password")
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	roomy := accounts.LoginLimits{PerAccount: 100, PerAddress: 100}
	for _, email := range []string{"Ed@example.org", "ed@example.org ", "other@example.org"} {
		if _, err := accts.LogIn(ctx, email, "a wrong password", "192.0.2.1", now, roomy); !errors.Is(err, accounts.ErrLoginFailed) {
			t.Fatalf("wrong password for %s: %v", email, err)
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
	// At the limit a login is refused before its password is looked at,
	// the right one too.
	tight := accounts.LoginLimits{PerAccount: 2, PerAddress: 100}
	if _, err := accts.LogIn(ctx, "ed@example.org", "the right password", "192.0.2.9", now.Add(time.Minute), tight); !errors.Is(err, accounts.ErrThrottled) {
		t.Errorf("login at the limit: %v, want %v", err, accounts.ErrThrottled)
	}
	if u, err := accts.LogIn(ctx, "ed@example.org", "the right password", "192.0.2.1", now.Add(time.Minute), roomy); err != nil || u.Email != "ed@example.org" {
		t.Fatalf("good login: %+v %v", u, err)
	}
	if e, a := count(now.Add(time.Minute)); e != 0 || a != 1 {
		t.Errorf("failures after a good login = %d by email, %d by address; want 0 and 1", e, a)
	}
}

// Many logins at once, at two instances of the app on one database, check
// no more passwords than the limit allows: each attempt is counted before
// its password is hashed, in a transaction every instance waits for.
func TestLoginLimitHoldsUnderConcurrency(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn := apptest.NewDSN(t)
	first := apptest.MustOpenDSN(t, dsn)
	apptest.MustCreateUser(t, first, "ed@example.org", accounts.RoleEditor, "the right password")
	instances := []*accounts.Store{accounts.New(first), accounts.New(apptest.MustOpenDSN(t, dsn))}
	now := time.Now()
	lim := accounts.LoginLimits{PerAccount: 5, PerAddress: 1000}
	const attempts = 60
	var wg sync.WaitGroup
	var mu sync.Mutex
	outcomes := map[string]int{}
	for i := range attempts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			address := fmt.Sprintf("198.51.100.%d", i)
			_, err := instances[i%2].LogIn(ctx, "ed@example.org", fmt.Sprintf("guess %d", i), address, now, lim)
			key := "other: " + fmt.Sprint(err)
			switch {
			case errors.Is(err, accounts.ErrLoginFailed):
				key = "checked"
			case errors.Is(err, accounts.ErrThrottled):
				key = "throttled"
			case errors.Is(err, accounts.ErrBusy):
				key = "busy"
			}
			mu.Lock()
			outcomes[key]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	if outcomes["checked"] > lim.PerAccount || outcomes["checked"]+outcomes["throttled"]+outcomes["busy"] != attempts {
		t.Fatalf("%d simultaneous wrong passwords: %v; want at most %d checked, the rest refused", attempts, outcomes, lim.PerAccount)
	}
	// On a slow machine some found no hashing slot free (busy) and were
	// not checked: guesses one at a time use up the rest of the limit,
	// and not one more.
	checked := outcomes["checked"]
	for i := 0; i < 20; i++ {
		_, err := instances[i%2].LogIn(ctx, "ed@example.org", fmt.Sprintf("later guess %d", i), "203.0.113.1", now, lim)
		if errors.Is(err, accounts.ErrLoginFailed) {
			checked++
		} else if errors.Is(err, accounts.ErrThrottled) {
			break
		} else if !errors.Is(err, accounts.ErrBusy) {
			t.Fatalf("a guess after the others: %v", err)
		}
	}
	if checked != lim.PerAccount {
		t.Errorf("%d wrong passwords checked in all, want %d", checked, lim.PerAccount)
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
