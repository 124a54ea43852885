package importer

import "github.com/quotetrail/quotetrail/internal/fingerprint"

// Fingerprint identifies a quote for the importer (see package
// fingerprint). Importing the same file twice finds every quote's
// fingerprint taken and adds nothing.
func Fingerprint(text string, personID, articleID int64) string {
	return fingerprint.Of(text, personID, articleID)
}

// fingerprint is Fingerprint of q, reusing the text Validate normalised.
func (q *Quote) fingerprint(personID, articleID int64) string {
	if q.normText == "" {
		q.normText = fingerprint.Normalize(q.Text)
	}
	return fingerprint.OfNormalized(q.normText, personID, articleID)
}
