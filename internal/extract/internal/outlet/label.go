package outlet

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// OutletLabel reports whether a turn's label is the publication asking
// its interview's questions: its name as the page's first line, the
// masthead, prints it ("DER SPIEGEL:" under "DER SPIEGEL International",
// "Fortune:" under "FORTUNE") or its initials ("TM:" under "Texas
// Monthly").
func OutletLabel(r []rune, label string) bool {
	if len(label) < 2 {
		return false
	}
	if strings.ToUpper(label) != label {
		// "Fortune:" under the masthead "FORTUNE": an outlet the lexicon knows
		_, known := lexicon.Outlet(strings.ToLower(label))
		if known && strings.EqualFold(firstLine(r), label) {
			return true
		}
		// "The 19th:" where the introduction says "talks to The 19th" or
		// "The 19th spoke with her", "Al Jazeera:" under "Al Jazeera
		// spoke to Ndiaye-Fofana": the publication interviewing
		_, via := lexicon.ViaOutlet(strings.ToLower(label))
		if !strings.HasPrefix(label, "The ") && !known && !via {
			return false
		}
		text := string(r)
		for _, p := range []string{"talks to " + label, "talked to " + label, "spoke to " + label, "told " + label,
			label + " spoke with", label + " spoke to", label + " talked with", "interview with " + label} {
			if strings.Contains(text, p) {
				return true
			}
		}
		return false
	}
	line := firstLine(r)
	if strings.HasPrefix(strings.ToUpper(line)+" ", label+" ") {
		_, known := lexicon.Outlet(strings.ToLower(label))
		return known || len(line) > len(label) // not "Daria Kostelnik" over "DARIA KOSTELNIK:"
	}
	if !strings.Contains(label, " ") && len(label) > 3 && strings.Contains(" "+strings.ToUpper(line)+" ", " "+label+" ") {
		if w := strings.Fields(line); len(w) >= 2 && len(w) <= 4 && mastheadWords(w) {
			return true // "EXPRESS:" under the masthead "Trinidad Express Newspapers"
		}
	}
	words := strings.Fields(line)
	if len(words) != len(label) || len(words) < 2 {
		return false
	}
	initials := ""
	for _, w := range words {
		initials += string(unicode.ToUpper([]rune(w)[0]))
	}
	return initials == label
}

// mastheadWords reports whether the words of a first line are a
// masthead's: each capitalised, one of them a paper's or station's
// word ("Trinidad Express Newspapers").
func mastheadWords(w []string) bool {
	media := false
	for _, x := range w {
		if !unicode.IsUpper([]rune(x)[0]) {
			return false
		}
		l := strings.ToLower(x)
		media = media || l == "newspapers" || l == "newspaper" || l == "news" || l == "express" || l == "times" || l == "post" ||
			l == "herald" || l == "gazette" || l == "guardian" || l == "observer" || l == "magazine" || l == "media"
	}
	return media
}

// firstLine returns the first line of r that is not blank, trimmed.
func firstLine(r []rune) string {
	for a := 0; a < len(r); {
		b := a
		for b < len(r) && r[b] != '\n' {
			b++
		}
		if line := strings.TrimSpace(string(r[a:b])); line != "" {
			return line
		}
		a = b + 1
	}
	return ""
}
