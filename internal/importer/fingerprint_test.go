package importer

import "testing"

// The importer fingerprints a quote with the text Validate normalised on
// the parsing goroutine. It must give exactly what Fingerprint gives, or
// re-running a file imported before would add every quote twice.
func TestImportFingerprintMatchesFingerprint(t *testing.T) {
	texts := []string{
		"We will not raise taxes.",
		"  “We’ll  not raise   taxes” …  ",
		"ＦＵＬＬ width — and dashes – too!",
		"x",
	}
	for _, text := range texts {
		q := Quote{Text: text, Speaker: "Ann Example", Article: Article{Title: "A title"}}
		if err := q.Validate(); err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		if q.normText == "" {
			t.Fatalf("%q: Validate did not normalise the text", text)
		}
		if got, want := q.fingerprint(12, 34), Fingerprint(text, 12, 34); got != want {
			t.Errorf("%q: importer fingerprint %s, Fingerprint %s", text, got, want)
		}
		// A quote that skipped Validate still gets the same fingerprint.
		raw := Quote{Text: q.Text}
		if got, want := raw.fingerprint(12, 34), Fingerprint(text, 12, 34); got != want {
			t.Errorf("%q unvalidated: importer fingerprint %s, Fingerprint %s", text, got, want)
		}
	}
}
