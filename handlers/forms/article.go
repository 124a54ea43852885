package forms

import (
	"fmt"
	"strings"

	"github.com/quotetrail/quotetrail/models"
)

// MaxBodyChars bounds a stored article body.
const MaxBodyChars = 1_000_000

// Article is the article form.
type Article struct {
	Change
	Title string `form:"title"`
	URL   string `form:"url"`
	// SameTitleOK says that an article with the same title and no
	// address is another article all the same.
	SameTitleOK bool   `form:"same_title_ok"`
	Outlet      string `form:"outlet"`
	OutletNew   bool   `form:"outlet_new"`
	// OutletPick is the outlet picked among those near the one typed,
	// or NewSpeakerPick for "a new outlet after all".
	OutletPick string `form:"outlet_pick"`
	Authors    string `form:"authors"`
	Published  string `form:"published_on"`
	Accessed   string `form:"accessed_on"`
	Body       string `form:"body"`
}

// ArticleFrom fills the form from a stored article.
func ArticleFrom(a *models.Article) Article {
	f := Article{Change: Change{Version: a.Version}, Title: a.Title, URL: a.Link(), Authors: a.Authors, Published: formatDate(a.PublishedOn), Accessed: formatDate(a.AccessedOn), Body: a.Body}
	if a.Outlet != nil {
		f.Outlet = a.Outlet.Name
	}
	return f
}

// Validate names every problem with the form.
func (f *Article) Validate() Errors {
	errs := Errors{}
	takePick(&f.OutletPick, &f.Outlet, &f.OutletNew)
	validateArticle(errs, "", f.Title, f.URL, f.Outlet, f.Authors, f.Published, f.Accessed)
	f.Title, f.URL, f.Outlet = clean(f.Title), strings.TrimSpace(f.URL), clean(f.Outlet)
	if n := len([]rune(f.Body)); n > MaxBodyChars {
		errs.Add("body", fmt.Sprintf("The text is too long: keep it under %d characters (it has %d).", MaxBodyChars, n))
	}
	f.Change.validate(errs)
	return errs
}

// validateArticle checks the article fields shared by the article form and
// the quote form's "new article" part; prefix is the field name prefix.
func validateArticle(errs Errors, prefix, title, url, outlet, authors, published, accessed string) {
	required(errs, prefix+"title", clean(title), "A title")
	maxLen(errs, prefix+"title", clean(title), 500)
	checkURL(errs, prefix+"url", strings.TrimSpace(url))
	maxLen(errs, prefix+"outlet", clean(outlet), 200)
	names := splitList(authors, "\n")
	if len(names) > 50 {
		errs.Add(prefix+"authors", "Up to 50 authors, please.")
	}
	for _, n := range names {
		if len([]rune(n)) > 200 {
			errs.Add(prefix+"authors", "Keep each author's name under 200 characters.")
		}
	}
	parseDate(errs, prefix+"published_on", published)
	parseDate(errs, prefix+"accessed_on", accessed)
}

func newArticle(title, link, authors, published, accessed, body string) *models.Article {
	ignore := Errors{}
	a := &models.Article{
		Title:       clean(title),
		Authors:     strings.Join(splitList(authors, "\n"), "\n"),
		PublishedOn: parseDate(ignore, "", published),
		AccessedOn:  parseDate(ignore, "", accessed),
		Body:        strings.ReplaceAll(body, "\r\n", "\n"),
	}
	if link = strings.TrimSpace(link); link != "" {
		a.URL = &link
	}
	return a
}

// Model returns the article the form describes and the outlet it names.
func (f *Article) Model(id int64) (*models.Article, models.OutletRef) {
	a := newArticle(f.Title, f.URL, f.Authors, f.Published, f.Accessed, f.Body)
	a.ID, a.Version = id, f.Version
	return a, models.OutletRef{Name: f.Outlet, Create: f.OutletNew}
}
