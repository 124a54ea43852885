package handlers

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/models"
)

// Cookie and field names.
const (
	sessionCookie = "quotetrail_session"
	// anonCSRFCookie holds the random value a visitor without a session
	// gets their CSRF token from (the login form needs one too).
	anonCSRFCookie = "quotetrail_csrf"
	// CSRFField is the form field every state-changing form carries.
	CSRFField = "csrf_token"
	// CSRFHeader carries the token for requests made by scripts.
	CSRFHeader = "X-CSRF-Token"
)

// Keys of what the session middleware leaves in the echo context.
const (
	ctxUser      = "quotetrail.user"
	ctxSession   = "quotetrail.session"
	ctxSessToken = "quotetrail.session_token"
	ctxCSRF      = "quotetrail.csrf"
)

// currentUser is the signed-in user, or nil for the public.
func currentUser(c echo.Context) *models.User {
	u, _ := c.Get(ctxUser).(*models.User)
	return u
}

func currentSession(c echo.Context) *models.Session {
	s, _ := c.Get(ctxSession).(*models.Session)
	return s
}

// LoadSession signs the request in when its cookie names a live session.
// A cookie whose session has ended (timed out, signed out, user disabled)
// is cleared, and the request goes on as the public's.
func (h *Handler) LoadSession(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		ck, err := c.Cookie(sessionCookie)
		if err != nil || ck.Value == "" {
			return next(c)
		}
		sess, user, err := h.store.ResumeSession(c.Request().Context(), ck.Value, h.now())
		switch {
		case errors.Is(err, models.ErrNotFound):
			h.clearCookie(c, sessionCookie)
		case err != nil:
			// The request goes on as the public's, with less power rather
			// than more; the page itself (or /healthz) reports the outage.
			h.logger.Error("load session", "err", err)
		default:
			c.Set(ctxUser, user)
			c.Set(ctxSession, sess)
			c.Set(ctxSessToken, ck.Value)
			// Changes made in this request are recorded as theirs.
			c.SetRequest(c.Request().WithContext(history.WithEditor(c.Request().Context(), user.ID)))
		}
		return next(c)
	}
}

// CheckCSRF refuses, with 403, every request that may change something
// (any method but GET, HEAD, OPTIONS and TRACE) unless it carries the CSRF
// token of its session, or of its anonymous CSRF cookie when signed out.
// The routes named in exempt are skipped: they must not change anything.
func (h *Handler) CheckCSRF(exempt ...string) echo.MiddlewareFunc {
	skip := map[string]bool{}
	for _, p := range exempt {
		skip[p] = true
	}
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			switch c.Request().Method {
			case http.MethodGet, http.MethodHead, http.MethodOptions, http.MethodTrace:
				return next(c)
			}
			if skip[c.Path()] {
				return next(c)
			}
			got := c.Request().Header.Get(CSRFHeader)
			if got == "" {
				got = c.FormValue(CSRFField)
			}
			if want := h.expectedCSRF(c); got == "" || want == "" || subtle.ConstantTimeCompare([]byte(got), []byte(want)) != 1 {
				return echo.NewHTTPError(http.StatusForbidden,
					"This form has expired or did not come from this site, so nothing was changed. Go back, reload the page and try again.")
			}
			return next(c)
		}
	}
}

// expectedCSRF is the token a request must carry: its session's, or the
// one signed from its anonymous CSRF cookie; "" when it has neither.
func (h *Handler) expectedCSRF(c echo.Context) string {
	if s := currentSession(c); s != nil {
		return s.CSRFToken
	}
	ck, err := c.Cookie(anonCSRFCookie)
	if err != nil || ck.Value == "" {
		return ""
	}
	return h.signAnon(ck.Value)
}

// signAnon derives an anonymous visitor's token from their cookie with
// the server's key: a site that can plant a cookie still cannot work out
// the matching token.
func (h *Handler) signAnon(nonce string) string {
	mac := hmac.New(sha256.New, h.csrfKey)
	mac.Write([]byte("anonymous-csrf:" + nonce))
	return base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

// csrfToken is the token the page's forms carry. For a visitor without a
// session it makes the anonymous CSRF cookie on first use, so that pages
// without forms set no cookie.
func (h *Handler) csrfToken(c echo.Context) string {
	if t, ok := c.Get(ctxCSRF).(string); ok {
		return t
	}
	var token string
	if s := currentSession(c); s != nil {
		token = s.CSRFToken
	} else if ck, err := c.Cookie(anonCSRFCookie); err == nil && ck.Value != "" {
		token = h.signAnon(ck.Value)
	} else if nonce, err := models.NewToken(); err == nil {
		h.setCookie(c, anonCSRFCookie, nonce)
		token = h.signAnon(nonce)
	}
	c.Set(ctxCSRF, token)
	return token
}

// secure reports whether the request reached us over TLS, directly or
// through a trusted proxy that says so.
func (h *Handler) secure(c echo.Context) bool {
	return c.IsTLS() || (h.trustProxy && c.Scheme() == "https")
}

// setCookie sets a cookie the browser keeps until it closes: scripts
// cannot read it, other sites' requests do not carry it on POSTs, and it
// travels only over TLS when the site is served over TLS.
func (h *Handler) setCookie(c echo.Context, name, value string) {
	c.SetCookie(&http.Cookie{
		Name: name, Value: value, Path: "/",
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: h.secure(c),
	})
}

func (h *Handler) clearCookie(c echo.Context, name string) {
	c.SetCookie(&http.Cookie{
		Name: name, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: h.secure(c),
	})
}

// RequireEditor lets only signed-in editors and admins through. The
// public is sent to the login page, which brings them back to the page
// they asked for.
func (h *Handler) RequireEditor(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		u := currentUser(c)
		if u == nil {
			return toLogin(c)
		}
		if u.Role != models.RoleEditor && u.Role != models.RoleAdmin {
			return echo.NewHTTPError(http.StatusForbidden, "Your account cannot change the data.")
		}
		return next(c)
	}
}

// RequireAdmin lets only signed-in admins through.
func (h *Handler) RequireAdmin(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		u := currentUser(c)
		if u == nil {
			return toLogin(c)
		}
		if !u.IsAdmin() {
			return echo.NewHTTPError(http.StatusForbidden, "Only admins manage users.")
		}
		return next(c)
	}
}

// toLogin redirects to the login page. After a page request the login
// leads back to it; after a form post, whose data is gone, to the home
// page.
func toLogin(c echo.Context) error {
	to := "/login"
	if c.Request().Method == http.MethodGet {
		to += "?next=" + url.QueryEscape(c.Request().URL.RequestURI())
	}
	setFlash(c, "error", "Log in as an editor to change the data.")
	return c.Redirect(http.StatusSeeOther, to)
}

// safeNext keeps a post-login destination on this site: a path, never
// another host ("//evil.example", "/\evil.example").
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") || strings.ContainsAny(next, "\r\n") {
		return "/"
	}
	if u, err := url.Parse(next); err != nil || u.Host != "" || u.Scheme != "" {
		return "/"
	}
	return next
}
