package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

// A form field that cannot be read (text where a number belongs) gets a
// 400 page that says so in words, not the Go error echo met.
func TestUnreadableFieldsAreExplained(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	for _, path := range []string{"/people/lina-khan", "/quotes"} {
		res := app.PostForm(path, url.Values{"version": {"abc"}, "name": {"Lina Khan"}, "text": {"x"}})
		if res.Status != http.StatusBadRequest {
			t.Errorf("POST %s with version=abc: status %d, want 400", path, res.Status)
			continue
		}
		for _, raw := range []string{"strconv", "ParseInt", "invalid syntax", "code=400"} {
			if strings.Contains(res.Body, raw) {
				t.Errorf("POST %s: the 400 page shows the Go error (%q)", path, raw)
			}
		}
		if !strings.Contains(res.Body, "wrong kind") {
			t.Errorf("POST %s: the 400 page does not say what was wrong", path)
		}
	}
}
