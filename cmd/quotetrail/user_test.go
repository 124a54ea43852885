package main

import (
	"context"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/models"
)

// `quotetrail user add` adds a user whose password, read from stdin, logs
// in, and refuses bad input with a message and a non-zero exit.
func TestUserAddCommand(t *testing.T) {
	t.Parallel()
	db := apptest.NewDSN(t)
	run := func(stdin string, args ...string) (string, string, error) {
		m, stdout, stderr := testMain(nil)
		m.Stdin = strings.NewReader(stdin)
		err := m.Run(context.Background(), append([]string{"user", "add", "--db", db}, args...))
		return stdout.String(), stderr.String(), err
	}
	out, _, err := run("correct horse battery\n", "--email", "Ada@Example.org", "--role", "admin", "--name", "Ada")
	if err != nil || !strings.Contains(out, "added admin ada@example.org") {
		t.Fatalf("user add = %v, stdout %q", err, out)
	}
	store, err := models.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	u, err := accounts.New(store).Authenticate(context.Background(), "ada@example.org", "correct horse battery")
	if err != nil || u.Role != accounts.RoleAdmin || u.Name != "Ada" {
		t.Fatalf("the added user does not log in: %+v, %v", u, err)
	}
	if !strings.HasPrefix(u.PasswordHash, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Errorf("password hash %q is not argon2id with OWASP's parameters", u.PasswordHash)
	}

	bad := []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"bad email", "correct horse battery\n", []string{"--email", "not-an-address", "--role", "editor"}, "not an email address"},
		{"no email", "correct horse battery\n", []string{"--role", "editor"}, "email address is required"},
		{"unknown role", "correct horse battery\n", []string{"--email", "bo@example.org", "--role", "owner"}, "not a role"},
		{"short password", "short\n", []string{"--email", "bo@example.org", "--role", "editor"}, "at least 12 characters"},
		{"no password", "", []string{"--email", "bo@example.org", "--role", "editor"}, "no password on stdin"},
		{"duplicate email", "another long password\n", []string{"--email", "ADA@example.org", "--role", "editor"}, "already a user"},
		{"extra argument", "another long password\n", []string{"--email", "bo@example.org", "--role", "editor", "extra"}, "takes no arguments"},
	}
	for _, b := range bad {
		t.Run(b.name, func(t *testing.T) {
			_, _, err := run(b.stdin, b.args...)
			if err == nil || exitCode(err) == 0 {
				t.Fatalf("user add %v succeeded, want a refusal", b.args)
			}
			if !strings.Contains(err.Error(), b.want) {
				t.Errorf("user add %v: error %q, want it to say %q", b.args, err, b.want)
			}
		})
	}
	m, _, _ := testMain(nil)
	if err := m.Run(context.Background(), []string{"user", "remove"}); err == nil || exitCode(err) != 2 {
		t.Errorf("user remove = %v, want a usage error", err)
	}
	if users, _ := accounts.New(store).Users(context.Background()); len(users) != 1 {
		t.Errorf("%d users after the refusals, want 1", len(users))
	}
}
