package accounts

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"
)

// Password hashing follows OWASP's password storage cheat sheet: argon2id
// with 19 MiB of memory, two passes and one thread, a 16-byte random salt,
// encoded in the PHC string format so the parameters travel with the hash
// and can be raised later without breaking stored passwords.
const (
	argonMemory  = 19 * 1024 // KiB
	argonTime    = 2
	argonThreads = 1
	argonKeyLen  = 32
	argonSaltLen = 16
)

// MinPasswordLength is the shortest password accepted, in characters.
const MinPasswordLength = 12

// maxPasswordLength bounds the work one login can cost.
const maxPasswordLength = 1024

// CheckPasswordRules says what is wrong with a new password, or nothing.
func CheckPasswordRules(password string) string {
	n := utf8.RuneCountInString(password)
	switch {
	case n < MinPasswordLength:
		return fmt.Sprintf("Use at least %d characters (this has %d).", MinPasswordLength, n)
	case len(password) > maxPasswordLength:
		return fmt.Sprintf("Keep the password under %d bytes.", maxPasswordLength)
	}
	return ""
}

// HashPassword returns the argon2id PHC string for password.
func HashPassword(password string) (string, error) {
	salt := make([]byte, argonSaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	key := argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, argonMemory, argonTime, argonThreads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// errBadHash reports a stored hash that is not one HashPassword writes.
var errBadHash = errors.New("unrecognised password hash")

// CheckPassword reports whether password matches the PHC string encoded.
// An empty or malformed hash matches nothing.
func CheckPassword(encoded, password string) bool {
	ok, err := checkPassword(encoded, password)
	return err == nil && ok
}

func checkPassword(encoded, password string) (bool, error) {
	if len(password) > maxPasswordLength {
		return false, nil
	}
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false, errBadHash
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false, errBadHash
	}
	var memory, passes uint32
	var threads uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &memory, &passes, &threads); err != nil {
		return false, errBadHash
	}
	// Refuse parameters that would let a tampered row exhaust the server.
	if memory == 0 || memory > 1<<20 || passes == 0 || passes > 16 || threads == 0 {
		return false, errBadHash
	}
	b64 := base64.RawStdEncoding
	salt, err := b64.DecodeString(parts[4])
	if err != nil {
		return false, errBadHash
	}
	want, err := b64.DecodeString(parts[5])
	if err != nil || len(want) == 0 {
		return false, errBadHash
	}
	got := argon2.IDKey([]byte(password), salt, passes, memory, threads, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}

// dummyHash is checked against when no user matches an email, so that a
// login for an unknown address takes as long as one for a known address.
const dummyHash = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2Sm/v/0Cs1pI9R5kDb4oxTrgjO7uy1kKgVgh8z6v0V8"

// BurnPasswordCheck spends the time of one password check, so that
// failures for unknown and known accounts cannot be told apart by timing.
func BurnPasswordCheck(password string) { _, _ = checkPassword(dummyHash, password) }
