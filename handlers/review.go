package handlers

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/anchor"
	"github.com/quotetrail/quotetrail/internal/extract"
	"github.com/quotetrail/quotetrail/internal/nearnames"
	"github.com/quotetrail/quotetrail/internal/once"
	"github.com/quotetrail/quotetrail/internal/webpage"
	"github.com/quotetrail/quotetrail/models"
)

// maxUploadHTML bounds a pasted or uploaded page.
const maxUploadHTML = 5 << 20

// ImportArticle reads an article from a web address or from a page's HTML
// (pasted or uploaded), saves it with its outlet, and opens the review of
// the quotes found in it.
func (h *Handler) ImportArticle(c echo.Context) error {
	ctx := c.Request().Context()
	var (
		page  webpage.Article
		err   error
		field string
	)
	switch c.FormValue("source") {
	case "url":
		field = "import_url"
		raw := strings.TrimSpace(c.FormValue("import_url"))
		if raw == "" {
			return h.importProblem(c, field, "Give the article's web address.")
		}
		page, err = h.fetcher.Fetch(ctx, raw)
	case "html":
		field = "import_html"
		var html string
		if html, err = formHTML(c); err == nil {
			page, err = webpage.Parse(strings.NewReader(html), strings.TrimSpace(c.FormValue("import_page_url")), maxUploadHTML)
		}
	default:
		return echo.NewHTTPError(http.StatusBadRequest, "Choose where the article comes from: a web address or a page's HTML.")
	}
	if err != nil && !errors.Is(err, webpage.ErrNoArticle) {
		return h.importProblem(c, field, importMessage(err))
	}
	if strings.TrimSpace(page.Text) == "" {
		return h.importProblem(c, field, "No article text was found on that page. Paste the text into the form below instead.")
	}
	a := &models.Article{Title: page.Title, Authors: strings.Join(page.Authors, "\n"), PublishedOn: page.Published, Body: page.Text}
	if a.Title == "" {
		a.Title = "Untitled article"
	}
	if link := firstNonEmpty(page.URL, page.SourceURL); link != "" {
		a.URL = &link
	}
	if c.FormValue("source") == "url" {
		today := time.Now().UTC().Truncate(24 * time.Hour)
		a.AccessedOn = &today
	}
	domain := ""
	if a.URL != nil {
		domain = models.NormalizeDomain(*a.URL)
	}
	if err := h.store.CreateImportedArticle(ctx, a, page.SiteName, domain); err != nil {
		if fe, ok := models.AsFieldErrors(err); ok {
			return h.importProblem(c, field, fe["url"])
		}
		return err
	}
	return redirect(c, fmt.Sprintf("/articles/%d/review", a.ID), "Saved the article. Review the quotes found in it.")
}

// formHTML reads the page's HTML from the upload, else from the text area.
func formHTML(c echo.Context) (string, error) {
	if fh, err := c.FormFile("import_file"); err == nil && fh.Size > 0 {
		if fh.Size > maxUploadHTML {
			return "", webpage.ErrTooLarge
		}
		f, err := fh.Open()
		if err != nil {
			return "", err
		}
		defer f.Close()
		b, err := io.ReadAll(io.LimitReader(f, maxUploadHTML+1))
		if err != nil {
			return "", err
		}
		return string(b), nil
	}
	html := c.FormValue("import_html")
	if strings.TrimSpace(html) == "" {
		return "", errNoHTML
	}
	if len(html) > maxUploadHTML {
		return "", webpage.ErrTooLarge
	}
	return html, nil
}

var errNoHTML = errors.New("paste the page's HTML or choose an .html file")

// importMessage is what the editor reads when an import fails: the fetch
// package's messages are written for them; anything else is summarised.
func importMessage(err error) string {
	if errors.Is(err, errNoHTML) {
		return "Paste the page's HTML, or choose an .html file."
	}
	msg := err.Error()
	if msg == "" {
		msg = "the page could not be read"
	}
	return strings.ToUpper(msg[:1]) + msg[1:] + "."
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// importProblem re-renders the new-article page with the problem named on
// the import field, status 422.
func (h *Handler) importProblem(c echo.Context, field, msg string) error {
	f := forms.Article{}
	data, err := h.articleFormData(c, f, forms.Errors{field: msg}, nil)
	if err != nil {
		return err
	}
	data.ImportURL = c.FormValue("import_url")
	data.ImportPageURL = c.FormValue("import_page_url")
	if c.FormValue("source") == "html" && utf8.RuneCountInString(c.FormValue("import_html")) < 200000 {
		data.ImportHTML = c.FormValue("import_html")
	}
	return renderForm(c, "article_form", data)
}

// reviewCandidate is one quote the extractor proposes, as the review
// screen shows it.
type reviewCandidate struct {
	forms.ReviewItem
	Match      string                // the speaker's name in quotetrail, when known
	Near       []nearnames.Candidate // people an unknown speaker may be
	ViaMatch   string                // the via outlet's name in quotetrail, when known
	Saved      bool                  // the article already has this quote
	Cue        string
	Confidence float64
	Doubtful   bool // the extractor holds it back as probably not a quotation
}

type reviewPage struct {
	Base
	Article     *models.Article
	Items       []reviewCandidate
	Segments    []anchor.Segment
	Errors      forms.Errors
	Kinds       []string
	PersonKinds []string
	// Submission is the form's one-time token (package once).
	Submission string
}

// ReviewArticle shows the quotes found in an article's text beside the
// text, for the editor to accept, correct or reject.
func (h *Handler) ReviewArticle(c echo.Context) error {
	a, err := h.articleParam(c)
	if err != nil {
		return err
	}
	ctx, id := c.Request().Context(), a.ID
	if strings.TrimSpace(a.Body) == "" {
		setFlash(c, "error", "This article has no text to find quotes in. Add its text first.")
		return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/articles/%d/edit", id))
	}
	saved, err := h.store.Quotes(ctx, models.QuoteFilter{ArticleID: id}, models.Page{Number: 1, Size: articleQuoteLimit})
	if err != nil {
		return err
	}
	found := extract.Extract(a.Body).Quotes
	var items []forms.ReviewItem
	for i, q := range found {
		items = append(items, forms.ReviewItem{
			Index: i, Text: q.Text, Start: q.Start, End: q.End, Speaker: q.Speaker, SpeakerKind: forms.GuessKind(q.Speaker),
			Title: q.SpeakerTitle, Kind: q.Kind, Via: q.Via, Accept: q.Speaker != "" && q.Likely,
		})
	}
	cands, err := h.candidates(ctx, items, saved.Quotes)
	if err != nil {
		return err
	}
	for i, q := range found {
		cands[i].Cue, cands[i].Confidence, cands[i].Doubtful = q.Cue, q.Confidence, !q.Likely
		if cands[i].Saved {
			cands[i].Accept = false
		}
	}
	return h.renderReview(c, http.StatusOK, a, cands, nil)
}

// candidates matches each item's speaker and outlet against quotetrail
// and marks the quotes the article already has.
func (h *Handler) candidates(ctx context.Context, items []forms.ReviewItem, saved []models.QuoteView) ([]reviewCandidate, error) {
	out := make([]reviewCandidate, len(items))
	near := map[string][]nearnames.Candidate{} // one look a name, however many quotes
	for i, it := range items {
		c := reviewCandidate{ReviewItem: it}
		if it.Speaker != "" {
			p, err := h.store.FindPerson(ctx, it.Speaker)
			switch {
			case err == nil:
				c.Match = p.Name
				c.SpeakerKind = p.Kind
			case !errors.Is(err, models.ErrNotFound):
				return nil, err
			default:
				if _, seen := near[it.Speaker]; !seen {
					if near[it.Speaker], err = nearnames.People(ctx, h.store, it.Speaker, 3); err != nil {
						return nil, err
					}
				}
				c.Near = near[it.Speaker]
			}
		}
		if it.Via != "" {
			o, err := h.store.FindOutlet(ctx, it.Via)
			switch {
			case err == nil:
				c.ViaMatch = o.Name
			case !errors.Is(err, models.ErrNotFound):
				return nil, err
			}
		}
		for _, q := range saved {
			if q.AnchorStart != nil && *q.AnchorStart == it.Start && *q.AnchorEnd == it.End || q.Text == it.Text {
				c.Saved = true
			}
		}
		out[i] = c
	}
	return out, nil
}

func (h *Handler) renderReview(c echo.Context, status int, a *models.Article, items []reviewCandidate, errs forms.Errors) error {
	spans := make([]anchor.Span, len(items))
	for i, it := range items {
		spans[i] = anchor.Span{Start: it.Start, End: it.End, ID: int64(i + 1)}
	}
	page := reviewPage{
		Base: h.base(c, "Review quotes", "articles"), Article: a, Items: items, Segments: anchor.Segments(a.Body, spans),
		Errors: errs, Kinds: models.QuoteKinds, PersonKinds: models.PersonKinds, Submission: once.NewToken(),
	}
	if len(errs) > 0 {
		page.Flash = &Flash{Kind: "error", Message: problemsMessage(len(errs))}
	}
	return c.Render(status, "article_review", page)
}

// count is "1 quote" or "3 quotes".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// SaveReview saves the accepted quotes of a review in one transaction,
// with their places in the text; people and outlets are matched by name
// and alias, and created only when new.
func (h *Handler) SaveReview(c echo.Context) error {
	a, err := h.articleParam(c)
	if err != nil {
		return err
	}
	ctx, id := c.Request().Context(), a.ID
	values, err := c.FormParams()
	if err != nil {
		return err
	}
	items, err := forms.ParseReview(values)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	errs := forms.ValidateReview(items)
	// A new speaker near someone here is added only when the editor says
	// so (or picks who was meant instead). The answer is the same for
	// every quote given one name (forms.ParseReview), so each name is
	// looked up once.
	asked := map[string]error{}
	for _, it := range items {
		if !it.Accept || errs[it.Field("speaker")] != "" {
			continue
		}
		err, seen := asked[it.Speaker]
		if !seen {
			err = nearnames.CheckPerson(ctx, h.store, it.Speaker, true, it.SpeakerPick == forms.NewSpeakerPick)
			asked[it.Speaker] = err
		}
		if near, ok := errors.AsType[*nearnames.NearError](err); ok {
			errs.Add(it.Field("speaker"), near.Error())
		} else if err != nil {
			return err
		}
	}
	before, err := h.store.Count(ctx)
	if err != nil {
		return err
	}
	accepted, token, valid := 0, values.Get("submission"), len(errs) == 0
	err = h.store.Atomic(ctx, func(tx *models.Store) error {
		// A form shown once is applied once: Back and Save again, or a
		// double click, finds its token taken, even when this submission's
		// checks failed against what the first one saved (a speaker near
		// a name it added); a claim that then fails is rolled back.
		if token != "" {
			if err := once.Claim(ctx, tx.DB(ctx), token, fmt.Sprintf("/articles/%d", id), time.Now()); err != nil {
				return err
			}
		}
		for _, it := range items {
			if !it.Accept || !valid {
				continue
			}
			accepted++
			if err := tx.SaveQuote(ctx, it.Draft(id)); err != nil {
				if fe, ok := models.AsFieldErrors(err); ok {
					for field, msg := range fe {
						errs.Add(it.Field(field), msg)
					}
					continue
				}
				return err
			}
		}
		return errs.Err()
	})
	if used, ok := errors.AsType[*once.UsedError](err); ok {
		return redirect(c, used.Target, "This review was saved before: its quotes are below, and nothing was saved again.")
	}
	if errors.Is(err, once.ErrBadToken) {
		return echo.NewHTTPError(http.StatusBadRequest, "The form's token is damaged: open the review again.")
	}
	if _, ok := models.AsFieldErrors(err); !ok && err != nil {
		return err
	}
	if len(errs) > 0 {
		saved, err := h.store.Quotes(ctx, models.QuoteFilter{ArticleID: id}, models.Page{Number: 1, Size: articleQuoteLimit})
		if err != nil {
			return err
		}
		cands, err := h.candidates(ctx, items, saved.Quotes)
		if err != nil {
			return err
		}
		return h.renderReview(c, http.StatusUnprocessableEntity, a, cands, errs)
	}
	after, err := h.store.Count(ctx)
	if err != nil {
		return err
	}
	msg := "Saved " + count(accepted, "quote", "quotes")
	if n := after.People - before.People; n > 0 {
		msg += " and added " + count(int(n), "new speaker", "new speakers")
	}
	return redirect(c, fmt.Sprintf("/articles/%d", id), msg+".")
}

// reviewLink is where a new article with text goes next.
func reviewLink(a *models.Article) string {
	if strings.TrimSpace(a.Body) == "" {
		return fmt.Sprintf("/articles/%d", a.ID)
	}
	return fmt.Sprintf("/articles/%d/review", a.ID)
}
