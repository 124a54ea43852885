// Package reqctx carries what the web layer's middleware learns about a
// request (who is signed in, with which session, the CSRF token their
// forms carry, whether the request came over TLS) to the handlers, which
// cannot import web (web imports them). It also writes the cookies both
// sides set, so that every one of them has the same attributes.
package reqctx

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/accounts"
)

// Cookie names.
const (
	// SessionCookie holds a signed-in browser's session token.
	SessionCookie = "quotetrail_session"
	// AnonCSRFCookie holds the random value a visitor without a session
	// gets their CSRF token from (the login form needs one too).
	AnonCSRFCookie = "quotetrail_csrf"
)

// visitorKey is where the middleware leaves the Visitor in the echo
// context.
const visitorKey = "quotetrail.visitor"

// Visitor is who made a request, as the middleware found out.
type Visitor struct {
	// User is the signed-in user, nil for the public.
	User *accounts.User
	// Session is the user's session, nil for the public and for a
	// request signed in with an API token.
	Session *accounts.Session
	// Token is the personal API token the request was signed in with,
	// nil when it came with a cookie or with nothing.
	Token *Token
	// Secure says the request reached the app over TLS, directly or
	// through a trusted proxy that says so.
	Secure bool
	// IssueCSRF makes the token the visitor's forms carry; it runs at
	// most once a request, and only for a page that has a form, so that
	// pages without forms set no cookie.
	IssueCSRF func() string

	csrf   string
	issued bool
}

// Set leaves v for the handlers of the request.
func Set(c echo.Context, v *Visitor) { c.Set(visitorKey, v) }

// visitor is the request's Visitor; a request the middleware did not see
// is the public's.
func visitor(c echo.Context) *Visitor {
	if v, ok := c.Get(visitorKey).(*Visitor); ok {
		return v
	}
	return &Visitor{Secure: c.IsTLS()}
}

// User is the signed-in user, or nil for the public.
// Token is a personal API token a request carries: which, and whether
// it may change data.
type Token struct {
	ID    int64
	Write bool
}

// APIToken is the API token the request was signed in with, or nil.
func APIToken(c echo.Context) *Token { return visitor(c).Token }

func User(c echo.Context) *accounts.User { return visitor(c).User }

// Session is the signed-in user's session, or nil for the public.
func Session(c echo.Context) *accounts.Session { return visitor(c).Session }

// Secure reports whether the request reached the app over TLS.
func Secure(c echo.Context) bool { return visitor(c).Secure }

// CSRFToken is the token the page's forms carry, made on first use; ""
// when none can be made.
func CSRFToken(c echo.Context) string {
	v := visitor(c)
	if !v.issued && v.IssueCSRF != nil {
		v.csrf, v.issued = v.IssueCSRF(), true
	}
	return v.csrf
}

// SetCookie sets a cookie the browser keeps until it closes: scripts
// cannot read it, other sites' requests do not carry it on POSTs, and it
// travels only over TLS when the site is served over TLS.
func SetCookie(c echo.Context, name, value string) {
	c.SetCookie(&http.Cookie{
		Name: name, Value: value, Path: "/",
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: Secure(c),
	})
}

// ClearCookie tells the browser to drop a cookie SetCookie set.
func ClearCookie(c echo.Context, name string) {
	c.SetCookie(&http.Cookie{
		Name: name, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: Secure(c),
	})
}
