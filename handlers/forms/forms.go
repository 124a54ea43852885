// Package forms holds the shapes of quotetrail's HTML forms, separate from
// the models they fill: each form keeps what was typed (so a form with
// problems comes back as the person left it), checks it, and converts it.
package forms

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail/models"
)

// Errors maps form field names to what is wrong with them.
type Errors = models.FieldErrors

// Change is what every edit form carries besides its own fields: the
// version of the record the form was opened at, so that saving over
// someone else's newer edit is caught, and the editor's note on why.
type Change struct {
	Version int    `form:"version"`
	Summary string `form:"summary"`
}

// validate cleans the summary and checks its length.
func (c *Change) validate(errs Errors) {
	c.Summary = clean(c.Summary)
	maxLen(errs, "summary", c.Summary, 300)
}

// DateLayout is how dates are typed: the HTML date input sends the same.
const DateLayout = "2006-01-02"

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

func required(errs Errors, field, value, label string) {
	if strings.TrimSpace(value) == "" {
		errs.Add(field, label+" is required.")
	}
}

func maxLen(errs Errors, field, value string, n int) {
	if utf8.RuneCountInString(value) > n {
		errs.Add(field, fmt.Sprintf("Keep this under %d characters (it has %d).", n, utf8.RuneCountInString(value)))
	}
}

func oneOf(errs Errors, field, value string, allowed []string) {
	for _, a := range allowed {
		if value == a {
			return
		}
	}
	errs.Add(field, fmt.Sprintf("Choose one of: %s.", strings.Join(allowed, ", ")))
}

// parseDate reads an optional YYYY-MM-DD date; an empty field is no date.
func parseDate(errs Errors, field, value string) *time.Time {
	value = strings.TrimSpace(value)
	if value == "" {
		return nil
	}
	t, err := time.Parse(DateLayout, value)
	if err != nil {
		errs.Add(field, fmt.Sprintf("“%s” is not a date: use year-month-day, like 2022-05-25.", value))
		return nil
	}
	if t.Year() < 1000 || t.After(time.Now().AddDate(0, 0, 2)) {
		errs.Add(field, fmt.Sprintf("%s is out of range: use a date between the year 1000 and today.", value))
		return nil
	}
	return &t
}

// checkURL accepts an optional absolute http or https URL.
func checkURL(errs Errors, field, value string) {
	if value == "" {
		return
	}
	maxLen(errs, field, value, 2000)
	u, err := url.Parse(value)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(value, " \t\n") {
		errs.Add(field, fmt.Sprintf("“%s” is not a web address: it must start with http:// or https://.", value))
	}
}

var domainRE = regexp.MustCompile(`^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$`)

func formatDate(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(DateLayout)
}

// splitList splits a field by lines and commas into trimmed, distinct items.
func splitList(s string, sep string) []string {
	var out []string
	seen := map[string]bool{}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(sep, r) }) {
		part = clean(part)
		if part != "" && !seen[strings.ToLower(part)] {
			seen[strings.ToLower(part)] = true
			out = append(out, part)
		}
	}
	return out
}

// Edit gives the version and summary an edit form carries (every form that
// embeds Change has it), so one handler can save any kind of record.
func (c *Change) Edit() *Change { return c }
