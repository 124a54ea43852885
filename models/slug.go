package models

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
	"gorm.io/gorm"
)

// Slugify turns a name into the lower-case ASCII words of a URL path:
// "Lina M. Khan" becomes "lina-m-khan", "Müller" becomes "muller".
func Slugify(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// combining accents left over from NFKD: drop them.
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
			// "People's" reads better as "peoples" than "people-s".
		default:
			dash = true
		}
		if b.Len() >= 80 {
			break
		}
	}
	s := strings.Trim(b.String(), "-")
	if s == "" {
		return "x"
	}
	return s
}

// reservedSlugs are path words a slug must not take: /people/new is the
// form, not a person called New.
var reservedSlugs = map[string]bool{"new": true, "edit": true, "delete": true}

// uniqueSlug finds a free slug for name in table, skipping the row with
// id self (0 for a new row): "lina-khan", then "lina-khan-2", and so on.
func uniqueSlug(tx *gorm.DB, table, name string, self int64) (string, error) {
	base := Slugify(name)
	for n := 1; ; n++ {
		candidate := base
		if n > 1 {
			candidate = fmt.Sprintf("%s-%d", base, n)
		}
		if reservedSlugs[candidate] {
			continue
		}
		var count int64
		if err := tx.Table(table).Where("slug = ? AND id <> ?", candidate, self).Count(&count).Error; err != nil {
			return "", fmt.Errorf("check slug %q: %w", candidate, err)
		}
		if count == 0 {
			return candidate, nil
		}
	}
}
