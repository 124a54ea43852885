package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name is a parsed personal name, or a literal name for organisations and
// roles.
type Name struct {
	Given    string // "Lina", "María José"
	Particle string // "van der", "de la" (kept lower case, sorted with the family name)
	Family   string // "Khan", "Berg", "Cruz Sánchez"
	Suffix   string // "Jr.", "III"
	Literal  string // organisation or role name, never split
}

// IsZero reports whether the name is empty.
func (n Name) IsZero() bool {
	return n.Literal == "" && n.Family == "" && n.Given == ""
}

// FamilyFull is the family name with its particle: "van der Berg".
func (n Name) FamilyFull() string {
	if n.Literal != "" {
		return n.Literal
	}
	return joinNonEmpty(" ", n.Particle, n.Family)
}

// Display is the name in reading order: "Jan van der Berg", "Martin Luther King Jr.".
func (n Name) Display() string {
	if n.Literal != "" {
		return n.Literal
	}
	return joinNonEmpty(" ", n.Given, n.Particle, n.Family, n.Suffix)
}

// Inverted is the name family first: "van der Berg, Jan", "King, Martin Luther, Jr.".
func (n Name) Inverted() string {
	if n.Literal != "" {
		return n.Literal
	}
	return joinNonEmpty(", ", n.FamilyFull(), n.Given, n.Suffix)
}

// Initials abbreviates the given names for APA: "Martin Luther" → "M. L.",
// "Jean-Paul" → "J.-P.".
func (n Name) Initials() string {
	var parts []string
	for _, w := range strings.Fields(n.Given) {
		var b strings.Builder
		for i, h := range strings.Split(w, "-") {
			r, _ := utf8.DecodeRuneInString(h)
			if r == utf8.RuneError {
				continue
			}
			if i > 0 {
				b.WriteString("-")
			}
			b.WriteRune(unicode.ToUpper(r))
			b.WriteString(".")
		}
		if b.Len() > 0 {
			parts = append(parts, b.String())
		}
	}
	return strings.Join(parts, " ")
}

// Parse returns the person's name split into parts. Organisations and roles
// give a literal name. For a person with Family set, Family and Given are
// used (a leading lower-case particle in Family is split off). Otherwise
// Name is parsed:
//
//   - "Family, Given" and "Family, Given, Jr." are taken as inverted names;
//   - a trailing "Jr.", "Sr.", "II", "III", "IV" (optionally after a comma) is a suffix;
//   - the first lower-case word after the first word starts the particle
//     ("Jan van der Berg", "Juan de la Cruz"), and everything after the particle is the family name;
//   - otherwise the last word is the family name and the rest the given names.
func (p Person) Parse() Name {
	name := oneLine(p.Name)
	switch strings.ToLower(p.Kind) {
	case KindOrganisation, "organization", KindRole:
		return Name{Literal: name}
	}
	if f := oneLine(p.Family); f != "" {
		part, fam := splitParticle(strings.Fields(f))
		return Name{Given: oneLine(p.Given), Particle: part, Family: fam}
	}
	if name == "" {
		return Name{}
	}
	var suffix string
	if parts := strings.Split(name, ","); len(parts) > 1 {
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		last := parts[len(parts)-1]
		if isSuffix(last) {
			suffix = last
			parts = parts[:len(parts)-1]
		}
		if len(parts) == 2 { // "Family, Given"
			part, fam := splitParticle(strings.Fields(parts[0]))
			return Name{Given: parts[1], Particle: part, Family: fam, Suffix: suffix}
		}
		name = strings.Join(parts, " ")
	}
	words := strings.Fields(name)
	if len(words) > 1 && isSuffix(words[len(words)-1]) {
		suffix = words[len(words)-1]
		words = words[:len(words)-1]
	}
	if len(words) == 1 {
		return Name{Family: words[0], Suffix: suffix}
	}
	for i := 1; i < len(words)-1; i++ {
		if isLowerWord(words[i]) {
			part, fam := splitParticle(words[i:])
			return Name{Given: strings.Join(words[:i], " "), Particle: part, Family: fam, Suffix: suffix}
		}
	}
	return Name{
		Given:  strings.Join(words[:len(words)-1], " "),
		Family: words[len(words)-1],
		Suffix: suffix,
	}
}

// splitParticle splits leading lower-case words off a family name; the last
// word always stays in the family name.
func splitParticle(words []string) (particle, family string) {
	i := 0
	for i < len(words)-1 && isLowerWord(words[i]) {
		i++
	}
	return strings.Join(words[:i], " "), strings.Join(words[i:], " ")
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func isSuffix(w string) bool {
	switch strings.TrimSuffix(strings.ToLower(w), ".") {
	case "jr", "sr", "ii", "iii", "iv":
		return true
	}
	return false
}

// isLiteral reports whether the person's name must not be split.
func (p Person) isLiteral() bool {
	switch strings.ToLower(p.Kind) {
	case KindOrganisation, "organization", KindRole:
		return true
	}
	return false
}

// shortName is the name used in parenthetical citations: the family name
// (with particle) of a person, the whole name of an organisation or role.
func (p Person) shortName() string {
	return p.Parse().FamilyFull()
}

// joinNonEmpty joins the non-empty strings with sep.
func joinNonEmpty(sep string, s ...string) string {
	var b strings.Builder
	for _, x := range s {
		if x == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(x)
	}
	return b.String()
}

// keyWord appends to dst the lower-case ASCII letters and digits of s,
// folding accented Latin letters ("Müller" → "muller", "Łódź" → "lodz").
func keyWord(dst []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			dst = append(dst, byte(r))
		case r >= 'A' && r <= 'Z':
			dst = append(dst, byte(r+'a'-'A'))
		case r >= 0x80:
			dst = append(dst, foldRune(unicode.ToLower(r))...)
		}
	}
	return dst
}

// foldRune maps a lower-case Latin letter with diacritics to ASCII, and
// anything else to nothing.
func foldRune(r rune) string {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą':
		return "a"
	case 'æ':
		return "ae"
	case 'ç', 'ć', 'ĉ', 'ċ', 'č':
		return "c"
	case 'ď', 'đ', 'ð':
		return "d"
	case 'è', 'é', 'ê', 'ë', 'ē', 'ĕ', 'ė', 'ę', 'ě':
		return "e"
	case 'ĝ', 'ğ', 'ġ', 'ģ':
		return "g"
	case 'ĥ', 'ħ':
		return "h"
	case 'ì', 'í', 'î', 'ï', 'ĩ', 'ī', 'ĭ', 'į', 'ı':
		return "i"
	case 'ĵ':
		return "j"
	case 'ķ':
		return "k"
	case 'ĺ', 'ļ', 'ľ', 'ŀ', 'ł':
		return "l"
	case 'ñ', 'ń', 'ņ', 'ň':
		return "n"
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ŏ', 'ő':
		return "o"
	case 'œ':
		return "oe"
	case 'ŕ', 'ŗ', 'ř':
		return "r"
	case 'ś', 'ŝ', 'ş', 'š', 'ș':
		return "s"
	case 'ß':
		return "ss"
	case 'ţ', 'ť', 'ŧ', 'ț':
		return "t"
	case 'þ':
		return "th"
	case 'ù', 'ú', 'û', 'ü', 'ũ', 'ū', 'ŭ', 'ů', 'ű', 'ų':
		return "u"
	case 'ŵ':
		return "w"
	case 'ý', 'ÿ', 'ŷ':
		return "y"
	case 'ź', 'ż', 'ž':
		return "z"
	}
	return ""
}
