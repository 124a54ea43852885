// Package sortname files names in an A to Z index: people under their
// family name, organisations whole, accents and case folded away.
package sortname

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Key files a person's name under the family name, "Khan, Lina", and
// a name to be filed whole (an organisation, a role) as it stands,
// "federal trade commission"; both lower-cased and without accents.
func Key(name string, whole bool) string {
	name = strings.Join(strings.Fields(name), " ")
	name = fold(name)
	if whole {
		return name
	}
	words := strings.Fields(name)
	if len(words) < 2 {
		return name
	}
	// Keep name particles with the family name: "van der Berg".
	i := len(words) - 1
	for i > 1 && isParticle(words[i-1]) {
		i--
	}
	// "Jr." and friends stay behind the family name.
	last := len(words) - 1
	if isSuffix(words[last]) && last > 1 {
		i = last - 1
	}
	family := strings.Join(words[i:], " ")
	return family + ", " + strings.Join(words[:i], " ")
}

func isParticle(w string) bool {
	switch strings.ToLower(w) {
	case "van", "von", "der", "den", "de", "del", "della", "di", "da", "la", "le", "du", "dos", "das", "bin", "al", "ibn":
		return true
	}
	return false
}

func isSuffix(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "jr", "sr", "ii", "iii", "iv":
		return true
	}
	return false
}

// Letter is the A to Z heading a sort key files under: its first
// letter, or "#" for anything that is not a to z.
func Letter(sortName string) string {
	if sortName == "" || sortName[0] < 'a' || sortName[0] > 'z' {
		return "#"
	}
	return strings.ToUpper(sortName[:1])
}

// fold lower-cases s and drops its accents, so that "Müller" files
// under M.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
