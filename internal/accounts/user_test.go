package accounts_test

import (
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/accounts"
)

// Passwords are stored as argon2id PHC strings with OWASP's parameters
// and a fresh salt each time; a tampered or foreign hash matches nothing.
func TestPasswordHashing(t *testing.T) {
	a, err := accounts.HashPassword("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := accounts.HashPassword("correct horse battery staple")
	if !strings.HasPrefix(a, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Errorf("hash %q is not argon2id with m=19 MiB, t=2, p=1", a)
	}
	if a == b {
		t.Error("two hashes of one password are equal: no salt")
	}
	if !accounts.CheckPassword(a, "correct horse battery staple") || !accounts.CheckPassword(b, "correct horse battery staple") {
		t.Error("the password does not match its hash")
	}
	for _, bad := range []string{"", "plain", strings.Replace(a, "m=19456", "m=4294967295", 1), a[:len(a)-4] + "AAAA", "$2a$10$abcdefghijklmnopqrstuv"} {
		if accounts.CheckPassword(bad, "correct horse battery staple") {
			t.Errorf("hash %q matches", bad)
		}
	}
	if accounts.CheckPassword(a, "correct horse battery stapl") {
		t.Error("a wrong password matches")
	}
	if msg := accounts.CheckPasswordRules("elevenchars"); msg == "" {
		t.Error("an 11-character password is accepted")
	}
	if msg := accounts.CheckPasswordRules("twelve chars"); msg != "" {
		t.Errorf("a 12-character password is refused: %s", msg)
	}
}

func TestCheckEmail(t *testing.T) {
	for _, ok := range []string{"ada@example.org", "a.b+c@sub.example.co.uk"} {
		if msg := accounts.CheckEmail(ok); msg != "" {
			t.Errorf("CheckEmail(%q) = %q, want ok", ok, msg)
		}
	}
	for _, bad := range []string{"", "ada", "ada@localhost", "Ada <ada@example.org>", "ada@example.org\n"} {
		if accounts.CheckEmail(bad) == "" {
			t.Errorf("CheckEmail(%q) accepted", bad)
		}
	}
}
