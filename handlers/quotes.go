package handlers

import (
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/nearnames"
	"github.com/quotetrail/quotetrail/internal/nearquotes"
	"github.com/quotetrail/quotetrail/internal/reading"
	"github.com/quotetrail/quotetrail/models"
)

// quoteParam loads the quote the path names, or fails with a 404.
func (h *Handler) quoteParam(c echo.Context) (*models.QuoteView, error) {
	id, err := idParam(c, "quote")
	if err != nil {
		return nil, err
	}
	return h.store.QuoteByID(c.Request().Context(), id)
}

type quotePage struct {
	Base
	Quote *models.QuoteView
	More  []models.QuoteView // more from the same speaker
	// Also are the same statement as printed in other articles.
	Also []models.QuoteView
	Cite CiteBox
	// JSONLD describes the quote as a schema.org Quotation.
	JSONLD template.JS
}

// alsoReportedLimit is how many other reports of a statement its page
// lists.
const alsoReportedLimit = 20

// ShowQuote is a quote's permalink page.
func (h *Handler) ShowQuote(c echo.Context) error {
	q, err := h.quoteParam(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	more, err := h.store.Quotes(ctx, models.QuoteFilter{PersonID: q.PersonID}, models.Page{Number: 1, Size: 6})
	if err != nil {
		return err
	}
	others := make([]models.QuoteView, 0, 5)
	for _, m := range more.Quotes {
		if m.ID != q.ID && len(others) < 5 {
			others = append(others, m)
		}
	}
	also, err := h.search.SameStatement(ctx, q, alsoReportedLimit)
	if err != nil {
		return err
	}
	box, err := citeBox(q, baseURL(c))
	if err != nil {
		return err
	}
	ld, err := quoteJSONLD(q, baseURL(c))
	if err != nil {
		return err
	}
	b := h.base(c, reading.Title(*q), "quotes")
	b.Meta = pageMeta(c, "article", quoteDescription(q))
	return c.Render(http.StatusOK, "quote", quotePage{Base: b, Quote: q, More: others, Also: also, Cite: box, JSONLD: ld})
}

type quoteFormPage struct {
	FormBase
	Form        forms.Quote
	Articles    []models.ArticleChoice
	PersonNames []string
	OutletNames []string
	Kinds       []string
	Statuses    []string
	PersonKinds []string
	NewArticle  string
	// Existing is the quote already saved with these words, speaker and
	// article, when that is why the save was refused.
	Existing int64
	// SpeakerNear are the people the speaker typed may mean; ViaNear the
	// outlets the via outlet typed may mean.
	SpeakerNear, ViaNear []nearnames.Candidate
	// NearQuotes are the speaker's quotes in the article with nearly
	// these words.
	NearQuotes []nearquotes.Match
}

// pickerSize bounds the suggestions offered in the quote form.
const pickerSize = 500

func (h *Handler) quoteForm(c echo.Context, f forms.Quote, refused error, q *models.QuoteView) error {
	ctx := c.Request().Context()
	include, _ := strconv.ParseInt(f.ArticleID, 10, 64)
	articles, err := h.store.ArticleChoices(ctx, pickerSize, include)
	if err != nil {
		return err
	}
	people, err := h.store.PersonNames(ctx, pickerSize)
	if err != nil {
		return err
	}
	outlets, err := h.store.Outlets(ctx)
	if err != nil {
		return err
	}
	data := quoteFormPage{
		Form: f, Articles: articles, PersonNames: people, Kinds: models.QuoteKinds,
		Statuses: models.QuoteStatuses, PersonKinds: models.PersonKinds, NewArticle: forms.NewArticleChoice,
	}
	for _, o := range outlets {
		data.OutletNames = append(data.OutletNames, o.Name)
	}
	data.Errors, _ = models.AsFieldErrors(refused)
	if dup, ok := errors.AsType[*models.DuplicateQuoteError](refused); ok {
		data.Existing = dup.ID
	}
	if near, ok := errors.AsType[*nearquotes.Error](refused); ok {
		data.Errors, data.NearQuotes = forms.Errors{"text": near.Error()}, near.Matches
	}
	if near, ok := errors.AsType[*nearnames.NearError](refused); ok && near.Outlet {
		data.Errors, data.ViaNear = forms.Errors{"via": near.Error()}, near.Candidates
	} else if ok {
		data.Errors, data.SpeakerNear = forms.Errors{"speaker": near.Error()}, near.Candidates
	}
	if q == nil {
		data.Base = h.base(c, "New quote", "quotes")
		data.Action, data.Cancel = "/quotes", "/"
		if f.ArticleID != "" && f.ArticleID != forms.NewArticleChoice {
			data.Cancel = "/articles/" + f.ArticleID
		}
	} else {
		link := fmt.Sprintf("/quotes/%d", q.ID)
		data.Base = h.base(c, "Edit quote", "quotes")
		data.Action, data.Cancel, data.Editing = link, link, true
	}
	return renderForm(c, "quote_form", &data)
}

// NewQuote shows the empty quote form; ?article=ID and ?speaker=slug fill
// in the article and the speaker.
func (h *Handler) NewQuote(c echo.Context) error {
	f := forms.Quote{Kind: models.QuoteDirect, Status: "unverified", SpeakerKind: models.KindPerson, ArticleID: c.QueryParam("article")}
	if slug := c.QueryParam("speaker"); slug != "" {
		if p, err := h.store.PersonBySlug(c.Request().Context(), slug); err == nil {
			f.Speaker = p.Name
		}
	}
	return h.quoteForm(c, f, nil, nil)
}

// CreateQuote saves a new quote, with a new speaker, article or outlet
// where the form asks for one.
func (h *Handler) CreateQuote(c echo.Context) error {
	var f forms.Quote
	if err := c.Bind(&f); err != nil {
		return err
	}
	if errs := h.validateQuote(c, &f, 0); len(errs) > 0 {
		return h.quoteForm(c, f, errs, nil)
	}
	if near, err := h.checkSpeaker(c, f, 0); err != nil {
		return err
	} else if near != nil {
		return h.quoteForm(c, f, near, nil)
	}
	d := f.Draft(0)
	if err := h.store.SaveQuote(c.Request().Context(), d); err != nil {
		if _, ok := models.AsFieldErrors(err); ok {
			return h.quoteForm(c, f, err, nil)
		}
		return err
	}
	return redirect(c, fmt.Sprintf("/quotes/%d", d.Quote.ID), "Added the quote.")
}

// checkSpeaker asks who the editor meant when the speaker (or the via
// outlet) they typed is no one here but near someone who is (a
// *nearnames.NearError), and whether a quote is another quote when the
// speaker has one with nearly its words in the article (a
// *nearquotes.Error); id is the quote's (0 for a new one).
func (h *Handler) checkSpeaker(c echo.Context, f forms.Quote, id int64) (ask, err error) {
	ctx := c.Request().Context()
	err = nearnames.CheckPerson(ctx, h.store, f.Speaker, f.SpeakerNew, f.SpeakerPick == forms.NewSpeakerPick)
	if err == nil {
		err = nearnames.CheckOutlet(ctx, h.store, f.Via, f.ViaNew, f.ViaPick == forms.NewSpeakerPick)
	}
	if near, ok := errors.AsType[*nearnames.NearError](err); ok {
		return near, nil
	}
	if article, _ := strconv.ParseInt(f.ArticleID, 10, 64); err == nil && !f.NearOK {
		err = nearquotes.Check(ctx, h.store, f.Speaker, article, id, f.Text)
		if near, ok := errors.AsType[*nearquotes.Error](err); ok {
			return near, nil
		}
	}
	return nil, err
}

// validateQuote checks the form and, when it has problems of its own, also
// what the store would refuse, so that every problem is named at once.
func (h *Handler) validateQuote(c echo.Context, f *forms.Quote, id int64) forms.Errors {
	errs := f.Validate()
	if len(errs) == 0 {
		return nil
	}
	more, err := h.store.CheckQuote(c.Request().Context(), *f.Draft(id))
	if err != nil {
		h.logger.Error("check quote", "err", err)
		return errs
	}
	for field, msg := range more {
		errs.Add(field, msg)
	}
	return errs
}

// EditQuote shows the quote form filled in.
func (h *Handler) EditQuote(c echo.Context) error {
	q, err := h.quoteParam(c)
	if err != nil {
		return err
	}
	return h.quoteForm(c, forms.QuoteFrom(q), nil, q)
}

// UpdateQuote saves changes to a quote.
func (h *Handler) UpdateQuote(c echo.Context) error {
	old, err := h.quoteParam(c)
	if err != nil {
		return err
	}
	ctx, id := c.Request().Context(), old.ID
	var f forms.Quote
	if err := c.Bind(&f); err != nil {
		return err
	}
	if errs := h.validateQuote(c, &f, id); len(errs) > 0 {
		return h.quoteForm(c, f, errs, old)
	}
	if near, err := h.checkSpeaker(c, f, id); err != nil {
		return err
	} else if near != nil {
		return h.quoteForm(c, f, near, old)
	}
	if err := h.store.SaveQuote(withResolve(c, history.WithSummary(ctx, f.Summary)), f.Draft(id)); err != nil {
		if _, ok := models.AsFieldErrors(err); ok {
			return h.quoteForm(c, f, err, old)
		}
		if f.Version, err = h.conflict(c, err); err != nil {
			return err
		}
		return h.quoteForm(c, f, nil, old)
	}
	return redirect(c, fmt.Sprintf("/quotes/%d", id), "Saved the quote.")
}

func quoteDeletePage(h *Handler, c echo.Context, q *models.QuoteView) DeletePage {
	link := fmt.Sprintf("/quotes/%d", q.ID)
	return DeletePage{
		Base: h.base(c, "Delete quote", "quotes"), What: "quote", Name: "“" + q.Text + "” (" + q.SpeakerName + ")",
		Action: link + "/delete", Cancel: link,
	}
}

// ConfirmDeleteQuote asks before deleting a quote.
func (h *Handler) ConfirmDeleteQuote(c echo.Context) error {
	q, err := h.quoteParam(c)
	if err != nil {
		return err
	}
	return c.Render(http.StatusOK, "delete", quoteDeletePage(h, c, q))
}

// DeleteQuote deletes a quote.
func (h *Handler) DeleteQuote(c echo.Context) error {
	q, err := h.quoteParam(c)
	if err != nil {
		return err
	}
	id := q.ID
	err = h.store.DeleteQuote(deleteContext(c), id)
	return confirmDelete(c, err, quoteDeletePage(h, c, q), "/people/"+q.SpeakerSlug, "Deleted the quote.")
}
