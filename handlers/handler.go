// Package handlers answers quotetrail's HTTP requests: one file per
// resource, each handler loading what it needs from the store, checking
// form input and rendering a page or redirecting.
package handlers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/reqctx"
	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/internal/stats"
	"github.com/quotetrail/quotetrail/internal/webpage"
	"github.com/quotetrail/quotetrail/models"
)

// PageSize is how many items a list page shows.
const PageSize = 25

// Handler holds what every handler needs.
type Handler struct {
	store    *models.Store
	accounts *accounts.Store
	search   *search.Searcher
	stats    *stats.Reader
	logger   *slog.Logger
	fetcher  webpage.Fetcher
	// now is the clock sessions and logins are timed by.
	now func() time.Time
}

// Options tunes the handlers.
type Options struct {
	// AllowPrivateFetch lets article imports fetch from loopback and
	// private addresses: for tests and intranets only.
	AllowPrivateFetch bool
	// Now is the clock (time.Now when nil); tests set it to move time.
	Now func() time.Time
	// PasswordChecks bounds the password checks and hashes that run at
	// once, each 19 MiB and tens of milliseconds of a core; one per core
	// when 0.
	PasswordChecks int
}

// New returns the handlers for store.
func New(store *models.Store, logger *slog.Logger, opt Options) *Handler {
	now := opt.Now
	if now == nil {
		now = time.Now
	}
	return &Handler{
		store: store, accounts: accounts.NewWithHashing(store, opt.PasswordChecks), search: search.New(store), stats: stats.New(store), logger: logger,
		fetcher: webpage.Fetcher{AllowPrivate: opt.AllowPrivateFetch}, now: now,
	}
}

// Base is what every page's data carries: the layout reads it.
type Base struct {
	Title string
	Nav   string // the section of the site the page belongs to
	Flash *Flash
	// Meta describes a public page to machines (partial "page-meta").
	Meta PageMeta
	// User is who is signed in, nil for the public.
	User *accounts.User
	// csrf gives the token the page's forms carry (made on first use).
	csrf func() string
}

// CSRFToken is the token every form that posts carries (partial "csrf").
func (b Base) CSRFToken() string {
	if b.csrf == nil {
		return ""
	}
	return b.csrf()
}

// Flash is a one-time message shown on the page after a redirect.
type Flash struct {
	Kind    string // "success" or "error"
	Message string
}

// FlashCookie carries a one-time message to the next page; a request
// that has one is never served from the public page cache.
const FlashCookie = "quotetrail_flash"

// setFlash leaves a message for the next page the browser loads.
func setFlash(c echo.Context, kind, msg string) {
	c.SetCookie(&http.Cookie{
		Name: FlashCookie, Value: url.QueryEscape(kind + ":" + msg), Path: "/",
		HttpOnly: true, SameSite: http.SameSiteLaxMode, MaxAge: 60,
	})
}

// takeFlash reads and clears the message left by the previous request.
func takeFlash(c echo.Context) *Flash {
	ck, err := c.Cookie(FlashCookie)
	if err != nil || ck.Value == "" {
		return nil
	}
	c.SetCookie(&http.Cookie{Name: FlashCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	v, err := url.QueryUnescape(ck.Value)
	if err != nil {
		return nil
	}
	kind, msg, ok := strings.Cut(v, ":")
	if !ok || (kind != "success" && kind != "error") || msg == "" {
		return nil
	}
	return &Flash{Kind: kind, Message: msg}
}

func (h *Handler) base(c echo.Context, title, nav string) Base {
	return Base{Title: title, Nav: nav, Flash: takeFlash(c), User: reqctx.User(c), csrf: func() string { return reqctx.CSRFToken(c) }}
}

// ErrorBase is the Base of an error page: the signed-in user for the
// header, and their session's token for the logout button.
func ErrorBase(c echo.Context, title string) Base {
	b := Base{Title: title, User: reqctx.User(c)}
	if s := reqctx.Session(c); s != nil {
		b.csrf = func() string { return s.CSRFToken }
	}
	return b
}

// redirect answers a successful POST: a flash message and a 303 to the
// page that shows the result.
// Redirect sends the browser on to to with msg shown there, for the
// pages of other packages.
func Redirect(c echo.Context, to, msg string) error { return redirect(c, to, msg) }

// SummaryContext is the request's context carrying the editor's summary
// from the form's "summary" field, for the history.
func SummaryContext(c echo.Context) context.Context { return deleteContext(c) }

func redirect(c echo.Context, to, msg string) error {
	if msg != "" {
		setFlash(c, "success", msg)
	}
	return c.Redirect(http.StatusSeeOther, to)
}

// Pager links the pages of a list.
type Pager struct {
	Number int // 0 on a page reached by key, whose number is not known
	Pages  int
	Total  int64
	Prev   string
	Next   string
	Span   string // on a page reached by key: the dates it covers
}

// page reads ?page= (1 when absent or not a positive number).
func page(c echo.Context) models.Page {
	n, err := strconv.Atoi(c.QueryParam("page"))
	if err != nil || n < 1 {
		n = 1
	}
	if n > 100000 {
		n = 100000
	}
	return models.Page{Number: n, Size: PageSize}
}

// pager builds the links to the neighbouring pages, keeping every other
// query parameter of the request.
func pager(c echo.Context, p models.Page, total int64) Pager {
	pg := Pager{Number: p.Number, Pages: p.Pages(total), Total: total}
	link := func(n int) string {
		q := c.Request().URL.Query()
		if n == 1 {
			q.Del("page")
		} else {
			q.Set("page", strconv.Itoa(n))
		}
		u := url.URL{Path: c.Request().URL.Path, RawQuery: q.Encode()}
		return u.String()
	}
	if p.Number > 1 {
		pg.Prev = link(min(p.Number-1, pg.Pages))
	}
	if p.Number < pg.Pages {
		pg.Next = link(p.Number + 1)
	}
	return pg
}

// keysetPager links a slice of a newest-first list to its neighbours by
// key. A page reached by key cannot tell its number without counting the
// quotes before it, which is what keyset paging avoids, so it names the
// dates it covers instead.
func keysetPager(c echo.Context, p models.Page, cur models.QuoteCursor, s models.QuoteSlice, total int64) Pager {
	pg := Pager{Number: p.Number, Pages: p.Pages(total), Total: total}
	if cur.Before != nil || cur.After != nil {
		pg.Number = 0
		pg.Span = "Quotes dated " + dateKey(s.First().SortDate) + " to " + dateKey(s.Last().SortDate) +
			", of " + strconv.Itoa(pg.Pages) + " pages"
		if pg.Pages < 2 {
			// The template hides the pager for one page; a page reached
			// by key still needs its way back.
			pg.Pages = 2
		}
	}
	link := func(param string, k models.QuoteKey) string {
		q := c.Request().URL.Query()
		q.Del("page")
		q.Del("before")
		q.Del("after")
		q.Set(param, k.String())
		u := url.URL{Path: c.Request().URL.Path, RawQuery: q.Encode()}
		return u.String()
	}
	if s.Newer && len(s.Quotes) > 0 {
		pg.Prev = link("after", s.First())
	}
	if s.Older && len(s.Quotes) > 0 {
		pg.Next = link("before", s.Last())
	}
	return pg
}

// dateKey shows a sort date as a page names it.
func dateKey(d string) string {
	if d == "" {
		return "undated"
	}
	return d
}

// idParam reads a numeric path parameter; anything else is a 404.
func idParam(c echo.Context, name string) (int64, error) {
	id, err := strconv.ParseInt(c.Param(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, echo.NewHTTPError(http.StatusNotFound, fmt.Sprintf("There is no %s %q.", name, c.Param(name)))
	}
	return id, nil
}

// FormBase is what every create or edit form page carries.
type FormBase struct {
	Base
	Errors  forms.Errors
	Action  string // where the form posts
	Editing bool
	Cancel  string // where "cancel" leads
	// Conflict is set when the save was refused because someone else
	// saved the record after the form was opened.
	Conflict *Conflict
	// RecordID is the ID of a record edited at an address made from its
	// name, so that a save still finds it after someone renames it.
	RecordID int64
}

// renamedRecordID is the record ID an edit form sent when the record was
// not found at the form's address (err), as happens when someone renamed
// it after the form was opened: the save then finds the record by ID and
// shows the rename as a conflict. It is 0 otherwise.
func renamedRecordID(c echo.Context, err error) int64 {
	if !errors.Is(err, models.ErrNotFound) {
		return 0
	}
	id, perr := strconv.ParseInt(c.FormValue("id"), 10, 64)
	if perr != nil || id <= 0 {
		return 0
	}
	return id
}

// Conflict is what an editor sees when their save would overwrite a newer
// edit: the changes made since they opened the form, with their own
// version still in the form below.
type Conflict struct {
	Changes []history.RevisionView
	// Fields are those both editors changed; saving the form again with
	// Version (its "resolve" field) keeps the editor's values for them.
	Fields  []string
	Version int
}

const ctxConflict = "quotetrail.conflict"

// conflict turns a save refused as a conflict into the changes to show
// with the form again (see renderForm), and returns the version the form
// must now carry so that saving once more, deliberately, goes through.
// Any other error is returned as it is.
func (h *Handler) conflict(c echo.Context, err error) (int, error) {
	var ce *history.ConflictError
	if !errors.As(err, &ce) {
		return 0, err
	}
	changes, lerr := h.store.RevisionsSince(c.Request().Context(), ce.EntityType, ce.EntityID, ce.Yours)
	if lerr != nil {
		return 0, lerr
	}
	current := ce.Current
	if n := len(changes); n > 0 {
		current = changes[n-1].Version
	}
	c.Set(ctxConflict, &Conflict{Changes: changes, Fields: ce.Fields, Version: current})
	if len(ce.Fields) > 0 {
		// The form stays at the version it was opened at, so that saving
		// it again merges as before, and only the fields in conflict
		// take this editor's values (withResolve).
		return ce.Yours, nil
	}
	return current, nil
}

// withResolve is ctx carrying the version at which the form's editor saw
// the fields both they and another changed and chose their own values
// (the form's "resolve" field, see Conflict).
func withResolve(c echo.Context, ctx context.Context) context.Context {
	if v, err := strconv.Atoi(c.FormValue("resolve")); err == nil && v > 0 {
		return history.WithResolve(ctx, v)
	}
	return ctx
}

// deleteContext is the request's context with the summary typed on a
// delete confirmation page, for the revision the delete writes.
func deleteContext(c echo.Context) context.Context {
	summary := strings.Join(strings.Fields(c.FormValue("summary")), " ")
	if r := []rune(summary); len(r) > 300 {
		summary = string(r[:300])
	}
	return history.WithSummary(c.Request().Context(), summary)
}

func (f *FormBase) formBase() *FormBase { return f }

type formPage interface{ formBase() *FormBase }

// renderForm shows a form, with status 422 and a summary when it carries
// problems.
func renderForm(c echo.Context, page string, data formPage) error {
	status := http.StatusOK
	fb := data.formBase()
	if len(fb.Errors) > 0 {
		status = http.StatusUnprocessableEntity
		fb.Flash = &Flash{Kind: "error", Message: problemsMessage(len(fb.Errors))}
	}
	if cf, ok := c.Get(ctxConflict).(*Conflict); ok {
		status = http.StatusConflict
		fb.Conflict = cf
		fb.Flash = &Flash{Kind: "error", Message: "Nothing was saved: someone else changed this while you were editing. Their changes are shown below; your version is still in the form."}
	}
	return c.Render(status, page, data)
}

func problemsMessage(n int) string {
	if n == 1 {
		return "Nothing was saved: one field needs fixing. It is marked below."
	}
	return fmt.Sprintf("Nothing was saved: %d fields need fixing. They are marked below.", n)
}

// DeletePage asks for confirmation before deleting, or says why the
// delete was refused.
type DeletePage struct {
	Base
	What    string // "person", "outlet", ...
	Name    string
	Action  string
	Cancel  string
	Refusal string
	Note    string
}

// confirmDelete handles the outcome of a delete: a refusal re-renders the
// confirmation page with the reason (409); success redirects.
func confirmDelete(c echo.Context, err error, page DeletePage, to, done string) error {
	var inUse *models.InUseError
	if errors.As(err, &inUse) {
		page.Refusal = inUse.Message
		return c.Render(http.StatusConflict, "delete", page)
	}
	if err != nil {
		return err
	}
	return redirect(c, to, done)
}

// PageBase is the Base of a public page served by another handler
// package (handlers/dashboard): its title, section and description.
func PageBase(c echo.Context, title, nav, description string, keep ...string) Base {
	b := Base{Title: title, Nav: nav, Flash: takeFlash(c), User: reqctx.User(c), csrf: func() string { return reqctx.CSRFToken(c) }}
	b.Meta = pageMeta(c, "website", description, keep...)
	return b
}
