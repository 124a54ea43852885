package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers"
	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apitokens"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/ratelimit"
	"github.com/quotetrail/quotetrail/internal/reqctx"
	"github.com/quotetrail/quotetrail/models"
)

// sessionStore is what the middleware needs of the accounts: the session
// a cookie names, and its user (accounts.Store).
type sessionStore interface {
	ResumeSession(ctx context.Context, token string, now time.Time) (*accounts.Session, *accounts.User, error)
}

// tokenStore finds the live API token a request carries and its user
// (apitokens.Store).
type tokenStore interface {
	Authenticate(ctx context.Context, secret string, now time.Time) (*apitokens.Token, *accounts.User, error)
}

// dataVersioner tells the version of the data public pages show
// (models.Store.DataVersion).
type dataVersioner interface {
	DataVersion(ctx context.Context) (int64, error)
}

// guard holds what the app's middleware needs: where sessions are kept,
// the data version, the CSRF key, and the public page cache.
type guard struct {
	sessions sessionStore
	tokens   tokenStore
	// tokenWrites limits each API token's writes.
	tokenWrites *ratelimit.Limiter
	data        dataVersioner
	logger      *slog.Logger
	// now is the clock sessions are timed by.
	now func() time.Time
	// csrfKey signs the CSRF tokens of visitors without a session; every
	// instance on one database uses the same (accounts.Store.Secret).
	csrfKey []byte
	// trustProxy lets a proxy's X-Forwarded-Proto mark a request secure.
	trustProxy bool
	// cache keeps public pages until the data changes (cachePublic).
	cache *pageCache
}

// loadSession tells the handlers who the visitor is (internal/reqctx),
// signing the request in when its cookie names a live session. A cookie
// whose session has ended (timed out, signed out, user disabled) is
// cleared, and the request goes on as the public's.
func (g *guard) loadSession(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		v := &reqctx.Visitor{Secure: g.secure(c)}
		v.IssueCSRF = func() string { return g.issueCSRF(c, v) }
		reqctx.Set(c, v)
		if auth := c.Request().Header.Get(echo.HeaderAuthorization); auth != "" && strings.HasPrefix(c.Request().URL.Path, "/api/") {
			return g.loadToken(c, v, auth, next)
		}
		ck, err := c.Cookie(reqctx.SessionCookie)
		if err != nil || ck.Value == "" {
			return next(c)
		}
		sess, user, err := g.sessions.ResumeSession(c.Request().Context(), ck.Value, g.now())
		switch {
		case errors.Is(err, models.ErrNotFound):
			reqctx.ClearCookie(c, reqctx.SessionCookie)
		case err != nil:
			// The request goes on as the public's, with less power rather
			// than more; the page itself (or /healthz) reports the outage.
			g.logger.Error("load session", "err", err)
		default:
			v.User, v.Session = user, sess
			// What a signed-in editor sees (edit links, forms with their
			// CSRF token, the users' list) is theirs alone: no browser or
			// proxy may keep it.
			c.Response().Header().Set("Cache-Control", "no-store")
			// Changes made in this request are recorded as theirs.
			c.SetRequest(c.Request().WithContext(history.WithEditor(c.Request().Context(), user.ID)))
		}
		return next(c)
	}
}

// loadToken signs an API request in with the personal API token its
// Authorization header carries (Bearer); a token that does not work is a
// 401, never the public's access, so that a client learns at once that
// its token was revoked.
func (g *guard) loadToken(c echo.Context, v *reqctx.Visitor, auth string, next echo.HandlerFunc) error {
	scheme, secret, _ := strings.Cut(auth, " ")
	refuse := func(msg string) error {
		c.Response().Header().Set(echo.HeaderWWWAuthenticate, `Bearer realm="quotetrail", error="invalid_token"`)
		return echo.NewHTTPError(http.StatusUnauthorized, msg)
	}
	if !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(secret) == "" {
		return refuse("The Authorization header takes a personal API token: “Bearer qt_…”.")
	}
	token, user, err := g.tokens.Authenticate(c.Request().Context(), strings.TrimSpace(secret), g.now())
	switch {
	case errors.Is(err, models.ErrNotFound):
		return refuse("This API token does not work: it was revoked, or its account disabled, or it was mistyped.")
	case err != nil:
		return err
	}
	v.User, v.Token = user, &reqctx.Token{ID: token.ID, Write: token.CanWrite()}
	c.Response().Header().Set("Cache-Control", "no-store")
	c.SetRequest(c.Request().WithContext(history.WithEditor(c.Request().Context(), user.ID)))
	return next(c)
}

// secure reports whether the request reached us over TLS, directly or
// through a trusted proxy that says so.
func (g *guard) secure(c echo.Context) bool {
	return c.IsTLS() || (g.trustProxy && c.Scheme() == "https")
}

// requireEditor lets only signed-in editors and admins through. The
// public is sent to the login page, which brings them back to the page
// they asked for.
func requireEditor(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		u := reqctx.User(c)
		if u == nil {
			return handlers.ToLogin(c)
		}
		if u.Role != accounts.RoleEditor && u.Role != accounts.RoleAdmin {
			return echo.NewHTTPError(http.StatusForbidden, "Your account cannot change the data.")
		}
		return next(c)
	}
}

// requireAPIEditor is requireEditor for the API: a client that is not
// signed in is told so (401), not sent to the login form. A request
// signed in with an API token changes data only when the token may
// write, and only as often as tokenWrites lets it.
func (g *guard) requireAPIEditor(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if reqctx.User(c) == nil {
			c.Response().Header().Set(echo.HeaderWWWAuthenticate, `Bearer realm="quotetrail"`)
			return echo.NewHTTPError(http.StatusUnauthorized, "Sign in as an editor: changes and histories need a personal API token (Authorization: Bearer), or an editor's session cookie and, for changes, its CSRF token in the X-CSRF-Token header.")
		}
		if t := reqctx.APIToken(c); t != nil && c.Request().Method != http.MethodGet {
			if !t.Write {
				return echo.NewHTTPError(http.StatusForbidden, "This API token may only read: make one that may write on the account page.")
			}
			if ok, wait := g.tokenWrites.Allow(strconv.FormatInt(t.ID, 10)); !ok {
				secs := int((wait + time.Second - 1) / time.Second)
				c.Response().Header().Set("Retry-After", strconv.Itoa(secs))
				return echo.NewHTTPError(http.StatusTooManyRequests, fmt.Sprintf("This API token has made too many changes at once: try again in %d s.", secs))
			}
		}
		return requireEditor(next)(c)
	}
}

// requireAdmin lets only signed-in admins through.
func requireAdmin(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		u := reqctx.User(c)
		if u == nil {
			return handlers.ToLogin(c)
		}
		if !u.IsAdmin() {
			return echo.NewHTTPError(http.StatusForbidden, "Only admins manage users.")
		}
		return next(c)
	}
}
