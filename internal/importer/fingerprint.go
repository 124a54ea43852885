package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Fingerprint identifies a quote for the importer: its text normalised
// (case, width, quotation marks, spacing, trailing punctuation), its
// speaker and its article. Importing the same file twice finds every
// quote's fingerprint taken and adds nothing.
func Fingerprint(text string, personID, articleID int64) string {
	return fingerprintNormalized(normalizeQuoteText(text), personID, articleID)
}

// fingerprint is Fingerprint of q, reusing the text Validate normalised.
func (q *Quote) fingerprint(personID, articleID int64) string {
	if q.normText == "" {
		q.normText = normalizeQuoteText(q.Text)
	}
	return fingerprintNormalized(q.normText, personID, articleID)
}

func fingerprintNormalized(text string, personID, articleID int64) string {
	h := sha256.New()
	h.Write([]byte(text))
	h.Write([]byte{0})
	h.Write([]byte(strconv.FormatInt(personID, 10)))
	h.Write([]byte{0})
	h.Write([]byte(strconv.FormatInt(articleID, 10)))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

var quoteMarks = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-", "—", "-", "…", "...")

func normalizeQuoteText(s string) string {
	s = quoteMarks.Replace(strings.ToLower(norm.NFKC.String(s)))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimRight(s, " ,.;:!?\"'")
}
