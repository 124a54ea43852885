package api

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/export"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/models"
)

// Quotes answers /api/v1/quotes.
type Quotes struct {
	store  *models.Store
	search *search.Searcher
}

// reportsLimit is how many other reports of a statement are listed, as
// on the quote's page.
const reportsLimit = 20

// maxQuery is the longest search, in characters, as on the search page.
const maxQuery = 500

// QuoteInput is a quote as a client sends it (see PersonInput). The
// speaker and the outlet it came via are named as on the form: an
// existing one's name (or alias, or domain), or a new one when
// speaker_new or via_new is set; topics are named and made as needed.
type QuoteInput struct {
	Text         *string   `json:"text"`
	Speaker      *string   `json:"speaker"`
	SpeakerNew   bool      `json:"speaker_new"`
	SpeakerKind  *string   `json:"speaker_kind"`
	SpeakerTitle *string   `json:"speaker_title"`
	Kind         *string   `json:"kind"`
	Status       *string   `json:"status"`
	ArticleID    *int64    `json:"article_id"`
	Via          *string   `json:"via"`
	ViaNew       bool      `json:"via_new"`
	SaidOn       *string   `json:"said_on"`
	Context      *string   `json:"context"`
	Topics       *[]string `json:"topics"`
	Version      *int      `json:"version"`
	Summary      string    `json:"summary"`
}

func (in QuoteInput) apply(f *forms.Quote) {
	set(&f.Text, in.Text)
	set(&f.Speaker, in.Speaker)
	f.SpeakerNew = in.SpeakerNew
	set(&f.SpeakerKind, in.SpeakerKind)
	set(&f.SpeakerTitle, in.SpeakerTitle)
	set(&f.Kind, in.Kind)
	set(&f.Status, in.Status)
	if in.ArticleID != nil {
		f.ArticleID = strconv.FormatInt(*in.ArticleID, 10)
	}
	set(&f.Via, in.Via)
	f.ViaNew = in.ViaNew
	set(&f.SaidOn, in.SaidOn)
	set(&f.Context, in.Context)
	if in.Topics != nil {
		f.Topics = lines(*in.Topics)
	}
	f.Summary = in.Summary
}

// quoteFilter reads a list's or an export's filters, the search page's
// own, into the selection export.Resolve takes.
func quoteFilter(c echo.Context) (export.Selection, error) {
	sel := export.Selection{
		Person: c.QueryParam("person"), Outlet: c.QueryParam("outlet"), Via: c.QueryParam("via"), Topic: c.QueryParam("topic"),
		Query: c.QueryParam("q"), Kind: c.QueryParam("kind"), Status: c.QueryParam("status"), From: c.QueryParam("from"), To: c.QueryParam("to"),
	}
	fe := models.FieldErrors{}
	for field, v := range map[string]string{"person": sel.Person, "outlet": sel.Outlet, "via": sel.Via, "topic": sel.Topic, "q": sel.Query} {
		if !utf8.ValidString(v) || slices.Contains([]byte(v), 0) {
			fe.Add(field, "It holds characters that are not text (a NUL byte or bytes that are not UTF-8).")
		}
	}
	if utf8.RuneCountInString(sel.Query) > maxQuery {
		fe.Add("q", fmt.Sprintf("Search for at most %d characters.", maxQuery))
	}
	if sel.Kind != "" && !slices.Contains(models.QuoteKinds, sel.Kind) {
		fe.Add("kind", fmt.Sprintf("There is no kind “%s”: use one of %s.", sel.Kind, strings.Join(models.QuoteKinds, ", ")))
	}
	if sel.Status != "" && !slices.Contains(models.QuoteStatuses, sel.Status) {
		fe.Add("status", fmt.Sprintf("There is no status “%s”: use one of %s.", sel.Status, strings.Join(models.QuoteStatuses, ", ")))
	}
	for field, v := range map[string]string{"from": sel.From, "to": sel.To} {
		if _, err := time.Parse(time.DateOnly, v); v != "" && err != nil {
			fe.Add(field, fmt.Sprintf("“%s” is not a date: use year-month-day, like 2022-05-25.", v))
		}
	}
	if a := c.QueryParam("article"); a != "" {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil || id <= 0 {
			fe.Add("article", fmt.Sprintf("“%s” is not an article number.", a))
		}
		sel.Article = id
	}
	if len(fe) > 0 {
		return sel, &Error{Status: http.StatusBadRequest, Detail: "Some of the filters cannot be used.", Fields: fe}
	}
	return sel, nil
}

// resolve turns a selection into the store's filter; a name that matches
// nothing is a 400 that says which.
func resolve(c echo.Context, store *models.Store, sel export.Selection) (models.QuoteFilter, error) {
	f, err := export.Resolve(c.Request().Context(), store, sel)
	if errors.Is(err, models.ErrNotFound) {
		return f, &Error{Status: http.StatusBadRequest, Detail: "A filter names nothing in quotetrail: " + err.Error() + "."}
	}
	return f, err
}

// List lists quotes newest first, narrowed by the search page's filters
// and ?q=, its words.
func (h *Quotes) List(c echo.Context) error {
	p, err := readPaging(c, "quotes")
	if err != nil {
		return err
	}
	sel, err := quoteFilter(c)
	if err != nil {
		return err
	}
	f, err := resolve(c, h.store, sel)
	if err != nil {
		return err
	}
	qc := models.QuoteCursor{Size: p.Size}
	if !p.first {
		key, ok := models.ParseQuoteKey(p.Key)
		if !ok {
			return badField("cursor", "It is not a cursor this list gave out: start again without one.")
		}
		qc.Before = &key
	}
	slice, err := h.store.QuotesByKey(c.Request().Context(), f, qc)
	if err != nil {
		return err
	}
	var next *cursor
	if slice.Older {
		next = &cursor{List: p.List, Size: p.Size, Key: slice.Last().String()}
	}
	return sendList(c, linksFor(c).quotes(slice.Quotes), next)
}

// Get reads one quote.
func (h *Quotes) Get(c echo.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	q, err := h.store.QuoteByID(c.Request().Context(), id)
	if err != nil {
		return err
	}
	return sendJSON(c, http.StatusOK, linksFor(c).quote(q))
}

// Reports lists other reports of the same statement: quotes of the same
// speaker whose words mostly match, printed in other articles.
func (h *Quotes) Reports(c echo.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	q, err := h.store.QuoteByID(ctx, id)
	if err != nil {
		return err
	}
	also, err := h.search.SameStatement(ctx, q, reportsLimit)
	if err != nil {
		return err
	}
	return sendList(c, linksFor(c).quotes(also), nil)
}

// Create adds a quote to an existing article.
func (h *Quotes) Create(c echo.Context) error {
	var in QuoteInput
	if err := readJSON(c, &in); err != nil {
		return err
	}
	f := forms.Quote{Kind: models.QuoteDirect, Status: models.QuoteStatuses[0], SpeakerKind: models.KindPerson}
	in.apply(&f)
	if errs := f.Validate(); len(errs) > 0 {
		return errs
	}
	d := f.Draft(0)
	if err := h.store.SaveQuote(history.WithSummary(c.Request().Context(), f.Summary), d); err != nil {
		return err
	}
	return h.send(c, http.StatusCreated, d.Quote.ID)
}

// Update saves a change to a quote, made from the version it sends.
func (h *Quotes) Update(c echo.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	old, err := h.store.QuoteByID(c.Request().Context(), id)
	if err != nil {
		return err
	}
	var in QuoteInput
	if err := readJSON(c, &in); err != nil {
		return err
	}
	f := forms.QuoteFrom(old)
	in.apply(&f)
	if f.Version, err = needVersion(in.Version); err != nil {
		return err
	}
	if errs := f.Validate(); len(errs) > 0 {
		return errs
	}
	if err := h.store.SaveQuote(history.WithSummary(c.Request().Context(), f.Summary), f.Draft(id)); err != nil {
		return err
	}
	return h.send(c, http.StatusOK, id)
}

// Delete moves a quote to the trash.
func (h *Quotes) Delete(c echo.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	if err := h.store.DeleteQuote(deleteContext(c), id); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *Quotes) send(c echo.Context, status int, id int64) error {
	q, err := h.store.QuoteByID(c.Request().Context(), id)
	if err != nil {
		return err
	}
	out := linksFor(c).quote(q)
	if status == http.StatusCreated {
		c.Response().Header().Set(echo.HeaderLocation, out.APIURL)
	}
	return sendJSON(c, status, out)
}
