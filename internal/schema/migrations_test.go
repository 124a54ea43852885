package schema

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"
)

// A shipped migration never changes: databases people have ran it as it
// was. Each engine's statements of every shipped migration are pinned
// here by their hash; a new migration adds its pair at the end.
func TestShippedMigrationsUnchanged(t *testing.T) {
	t.Parallel()
	shipped := []struct{ sqlite, postgres string }{
		{"0f6b791dd40c35bb", "04a667f82c7956ae"},
		{"12efcb33dc06f625", "b55c98d36579bc5e"},
		{"53809678d6f19b11", "9acd443b0bc8c093"},
		{"6b6e6588cc60df05", "7694f5d9f236cc23"},
		{"120f332958fe09b1", "9cc3675eeb3519d9"},
		{"25d46af97a07f7bb", "aa1c60d522ca8ea1"},
		{"4ae2445b95064e05", "e004ebd5b5532a4b"},
		{"86fa59c258240e29", "e004ebd5b5532a4b"},
	}
	if len(migrations) < len(shipped) {
		t.Fatalf("%d migrations, %d shipped", len(migrations), len(shipped))
	}
	hash := func(d *dialect, m migration) string {
		h := sha256.Sum256([]byte(strings.Join(splitStatements(d.migrationSQL(m)), "\x00")))
		return fmt.Sprintf("%x", h[:8])
	}
	for i, want := range shipped {
		if got := hash(&sqliteDialect, migrations[i]); got != want.sqlite {
			t.Errorf("migration %d on SQLite hashes to %s, shipped %s", i+1, got, want.sqlite)
		}
		if got := hash(&postgresDialect, migrations[i]); got != want.postgres {
			t.Errorf("migration %d on PostgreSQL hashes to %s, shipped %s", i+1, got, want.postgres)
		}
	}
}
