// Package fingerprint identifies a statement as printed: its words
// normalised (case, width, quotation marks, dashes, spacing, trailing
// punctuation), its speaker and its article. Two quotes with the same
// fingerprint are the same quote; the database keeps one of each
// (the quotes_fingerprint index), whichever way it came in: a form, the
// review of an article, an import or a restore.
package fingerprint

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
	"gorm.io/gorm"
)

// Of is the fingerprint of text said by personID in articleID.
func Of(text string, personID, articleID int64) string {
	return OfNormalized(Normalize(text), personID, articleID)
}

// OfNormalized is Of for text already passed through Normalize.
func OfNormalized(normalized string, personID, articleID int64) string {
	h := sha256.New()
	h.Write([]byte(normalized))
	h.Write([]byte{0})
	h.Write([]byte(strconv.FormatInt(personID, 10)))
	h.Write([]byte{0})
	h.Write([]byte(strconv.FormatInt(articleID, 10)))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

var marks = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-", "—", "-", "…", "...")

// Normalize is text as fingerprints compare it: lower case, compatibility
// forms folded (full-width letters), curly marks and dashes made plain,
// runs of space made one, and trailing punctuation and marks dropped.
func Normalize(text string) string {
	s := marks.Replace(strings.ToLower(norm.NFKC.String(text)))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimRight(s, " ,.;:!?\"'")
}

// Fill gives a fingerprint to the quotes in db that have none (saved
// before forms fingerprinted them), so that the database refuses their
// duplicates too. Where two of them are the same quote, the first keeps
// the fingerprint and the other stays without one: nothing is lost.
func Fill(ctx context.Context, db *gorm.DB) error {
	type row struct {
		ID, PersonID, ArticleID int64
		Text                    string
	}
	var rows []row
	if err := db.WithContext(ctx).Raw(`SELECT id, person_id, article_id, text FROM quotes WHERE fingerprint IS NULL ORDER BY id`).Scan(&rows).Error; err != nil {
		return fmt.Errorf("quotes without a fingerprint: %w", err)
	}
	for _, r := range rows {
		fp := Of(r.Text, r.PersonID, r.ArticleID)
		err := db.WithContext(ctx).Exec(`UPDATE quotes SET fingerprint = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM quotes WHERE fingerprint = ?)`, fp, r.ID, fp).Error
		if err != nil {
			return fmt.Errorf("fingerprint quote %d: %w", r.ID, err)
		}
	}
	return nil
}
