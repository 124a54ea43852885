package web

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/reqctx"
)

// Where a request carries its CSRF token.
const (
	// csrfField is the form field every state-changing form carries.
	csrfField = "csrf_token"
	// csrfHeader carries the token for requests made by scripts.
	csrfHeader = "X-CSRF-Token"
)

// checkCSRF refuses, with 403, every request that may change something
// (any method but GET, HEAD, OPTIONS and TRACE) unless it carries the CSRF
// token of its session, or of its anonymous CSRF cookie when signed out.
// The routes named in exempt are skipped: they must not change anything.
func (g *guard) checkCSRF(exempt ...string) echo.MiddlewareFunc {
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
			if reqctx.APIToken(c) != nil {
				// Signed in by an Authorization header, which no browser
				// sends to another site's request on its own: nothing to
				// forge.
				return next(c)
			}
			got := c.Request().Header.Get(csrfHeader)
			if got == "" {
				got = c.FormValue(csrfField)
			}
			if want := g.expectedCSRF(c); got == "" || want == "" || subtle.ConstantTimeCompare([]byte(got), []byte(want)) != 1 {
				return echo.NewHTTPError(http.StatusForbidden,
					"This form has expired or did not come from this site, so nothing was changed. Go back, reload the page and try again.")
			}
			return next(c)
		}
	}
}

// expectedCSRF is the token a request must carry: its session's, or the
// one signed from its anonymous CSRF cookie; "" when it has neither.
func (g *guard) expectedCSRF(c echo.Context) string {
	if s := reqctx.Session(c); s != nil {
		return s.CSRFToken
	}
	ck, err := c.Cookie(reqctx.AnonCSRFCookie)
	if err != nil || ck.Value == "" {
		return ""
	}
	return g.signAnon(ck.Value)
}

// signAnon derives an anonymous visitor's token from their cookie with
// the server's key: a site that can plant a cookie still cannot work out
// the matching token.
func (g *guard) signAnon(nonce string) string {
	mac := hmac.New(sha256.New, g.csrfKey)
	mac.Write([]byte("anonymous-csrf:" + nonce))
	return base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

// issueCSRF makes the token the forms of v's page carry (reqctx.CSRFToken
// asks for it once, when a page has a form). A visitor without a session
// gets the anonymous CSRF cookie here on first use, so that pages without
// forms set no cookie.
func (g *guard) issueCSRF(c echo.Context, v *reqctx.Visitor) string {
	if v.Session != nil {
		return v.Session.CSRFToken
	}
	if ck, err := c.Cookie(reqctx.AnonCSRFCookie); err == nil && ck.Value != "" {
		return g.signAnon(ck.Value)
	}
	nonce, err := accounts.NewToken()
	if err != nil {
		return ""
	}
	reqctx.SetCookie(c, reqctx.AnonCSRFCookie, nonce)
	return g.signAnon(nonce)
}
