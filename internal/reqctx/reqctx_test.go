package reqctx_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/reqctx"
)

// A page asks for its CSRF token once per form; the token is made once a
// request, so that a visitor without one gets a single cookie.
func TestCSRFTokenIsMadeOnce(t *testing.T) {
	c := echo.New().NewContext(httptest.NewRequest(http.MethodGet, "/", nil), httptest.NewRecorder())
	if got := reqctx.CSRFToken(c); got != "" || reqctx.User(c) != nil || reqctx.Secure(c) {
		t.Errorf("a request the middleware did not see: token %q, user %v, secure %v; want the public's", got, reqctx.User(c), reqctx.Secure(c))
	}
	calls := 0
	reqctx.Set(c, &reqctx.Visitor{Secure: true, IssueCSRF: func() string { calls++; return "token" }})
	for range 3 {
		if got := reqctx.CSRFToken(c); got != "token" {
			t.Errorf("token = %q, want %q", got, "token")
		}
	}
	if calls != 1 {
		t.Errorf("the token was made %d times, want once", calls)
	}
	reqctx.ClearCookie(c, reqctx.SessionCookie)
	ck := (&http.Response{Header: c.Response().Header()}).Cookies()
	if len(ck) != 1 || !ck[0].Secure || !ck[0].HttpOnly || ck[0].MaxAge >= 0 || ck[0].SameSite != http.SameSiteLaxMode {
		t.Errorf("cleared cookie %+v: want one Secure, HttpOnly, SameSite=Lax cookie that expires", ck)
	}
}
