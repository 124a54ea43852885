// Package tokens is the account page where an editor makes and revokes
// personal API tokens (internal/apitokens): /account/tokens.
package tokens

import (
	"errors"
	"html/template"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers"
	"github.com/quotetrail/quotetrail/internal/apitokens"
	"github.com/quotetrail/quotetrail/internal/bookmarklet"
	"github.com/quotetrail/quotetrail/internal/reqctx"
	"github.com/quotetrail/quotetrail/models"
)

// Handler answers the API tokens page.
type Handler struct {
	tokens *apitokens.Store
	now    func() time.Time
}

// New returns the page's handlers; now is the clock (time.Now when nil).
func New(store *models.Store, now func() time.Time) *Handler {
	if now == nil {
		now = time.Now
	}
	return &Handler{tokens: apitokens.New(store), now: now}
}

// Form is the form that makes a token.
type Form struct {
	Name  string `form:"name"`
	Scope string `form:"scope"`
}

type page struct {
	handlers.Base
	Tokens []apitokens.Token
	Form   Form
	Errors models.FieldErrors
	Scopes []string
	// Made is a token just made, shown this once.
	Made     string
	MadeName string
	// Bookmarklet brings the page an editor reads into quotetrail.
	Bookmarklet template.URL
}

// Show lists the signed-in editor's tokens, with the form to make one.
func (h *Handler) Show(c echo.Context) error {
	return h.render(c, http.StatusOK, page{Form: Form{Scope: apitokens.ScopeRead}})
}

// Create makes a token and shows it, once.
func (h *Handler) Create(c echo.Context) error {
	var f Form
	if err := c.Bind(&f); err != nil {
		return err
	}
	secret, t, err := h.tokens.Create(c.Request().Context(), reqctx.User(c).ID, f.Name, f.Scope, h.now())
	if fe, ok := models.AsFieldErrors(err); ok {
		return h.render(c, http.StatusUnprocessableEntity, page{Form: f, Errors: fe})
	}
	if err != nil {
		return err
	}
	return h.render(c, http.StatusCreated, page{Form: Form{Scope: apitokens.ScopeRead}, Made: secret, MadeName: t.Name})
}

// Revoke ends one of the editor's tokens.
func (h *Handler) Revoke(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "There is no such token.")
	}
	err = h.tokens.Revoke(c.Request().Context(), reqctx.User(c).ID, id, h.now())
	if errors.Is(err, models.ErrNotFound) {
		return echo.NewHTTPError(http.StatusNotFound, "There is no such token, or it was revoked already.")
	}
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/account/tokens")
}

func (h *Handler) render(c echo.Context, status int, p page) error {
	var err error
	if p.Tokens, err = h.tokens.List(c.Request().Context(), reqctx.User(c).ID); err != nil {
		return err
	}
	p.Base = handlers.ErrorBase(c, "API tokens")
	p.Scopes = apitokens.Scopes
	p.Bookmarklet = bookmarklet.Link(c.Scheme() + "://" + c.Request().Host)
	if p.Errors == nil {
		p.Errors = models.FieldErrors{}
	}
	// A token shown once must not be kept by any cache.
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.Render(status, "tokens", p)
}
