package handlers

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/reqctx"
	"github.com/quotetrail/quotetrail/models"
)

// Limits on failed logins within accounts.LoginFailureWindow: per account,
// against guessing one password, and per client address, against trying
// one password on many accounts.
const (
	maxFailuresPerAccount = 5
	maxFailuresPerAddress = 20
)

// loginLimits are the limits as accounts takes them.
func loginLimits() accounts.LoginLimits {
	return accounts.LoginLimits{PerAccount: maxFailuresPerAccount, PerAddress: maxFailuresPerAddress}
}

// busyRetryAfter is the Retry-After, in seconds, of a request refused
// because every password-hashing slot was taken.
const busyRetryAfter = "5"

type loginPage struct {
	FormBase
	Form forms.Login
}

func (h *Handler) loginForm(c echo.Context, status int, f forms.Login, errs forms.Errors, msg string) error {
	data := loginPage{Form: f}
	data.Base = h.base(c, "Log in", "")
	data.Errors, data.Action = errs, "/login"
	if msg != "" {
		data.Flash = &Flash{Kind: "error", Message: msg}
	}
	if status == http.StatusOK && len(errs) > 0 {
		return renderForm(c, "login", &data)
	}
	return c.Render(status, "login", data)
}

// ShowLogin shows the login form.
func (h *Handler) ShowLogin(c echo.Context) error {
	return h.loginForm(c, http.StatusOK, forms.Login{Next: safeNext(c.QueryParam("next"))}, nil, "")
}

// Login signs a user in with a new session. Failures are counted per
// account and per client address (as the connection shows it, not as a
// header claims), and past the limits no password is even checked.
func (h *Handler) Login(c echo.Context) error {
	ctx := c.Request().Context()
	var f forms.Login
	if err := c.Bind(&f); err != nil {
		return err
	}
	f.Next = safeNext(f.Next)
	if errs := f.Validate(); len(errs) > 0 {
		f.Password = ""
		return h.loginForm(c, http.StatusOK, f, errs, "")
	}
	user, err := h.accounts.LogIn(ctx, f.Email, f.Password, c.RealIP(), h.now(), loginLimits())
	f.Password = ""
	switch {
	case errors.Is(err, accounts.ErrThrottled):
		return h.loginForm(c, http.StatusTooManyRequests, f, nil,
			"Too many failed logins. Wait 15 minutes and try again, or ask an admin for a new set-password link.")
	case errors.Is(err, accounts.ErrBusy):
		c.Response().Header().Set("Retry-After", busyRetryAfter)
		return h.loginForm(c, http.StatusTooManyRequests, f, nil,
			"Too many people are logging in at this moment. Try again in a few seconds.")
	case errors.Is(err, accounts.ErrLoginFailed):
		return h.loginForm(c, http.StatusUnauthorized, f, nil, "The email address or the password is wrong.")
	case err != nil:
		return err
	}
	if err := h.startSession(c, user.ID); err != nil {
		return err
	}
	return redirect(c, f.Next, "Logged in as "+user.DisplayName()+".")
}

// startSession signs the browser in as userID with a brand-new token,
// ending the session it had: a token planted before login is worth
// nothing after it.
func (h *Handler) startSession(c echo.Context, userID int64) error {
	ctx := c.Request().Context()
	if old, err := c.Cookie(reqctx.SessionCookie); err == nil && old.Value != "" {
		if err := h.accounts.EndSession(ctx, old.Value); err != nil {
			return err
		}
	}
	token, _, err := h.accounts.CreateSession(ctx, userID, h.now())
	if err != nil {
		return err
	}
	reqctx.SetCookie(c, reqctx.SessionCookie, token)
	reqctx.ClearCookie(c, reqctx.AnonCSRFCookie)
	return nil
}

// Logout ends the session.
func (h *Handler) Logout(c echo.Context) error {
	if ck, err := c.Cookie(reqctx.SessionCookie); err == nil && ck.Value != "" {
		if err := h.accounts.EndSession(c.Request().Context(), ck.Value); err != nil {
			return err
		}
	}
	reqctx.ClearCookie(c, reqctx.SessionCookie)
	return redirect(c, "/", "Logged out.")
}

type passwordPage struct {
	FormBase
	Form        forms.Password
	NeedCurrent bool
	Email       string
}

func (h *Handler) passwordForm(c echo.Context, status int, data passwordPage) error {
	data.Form = forms.Password{} // passwords are never sent back
	if len(data.Errors) > 0 {
		return renderForm(c, "password_form", &data)
	}
	return c.Render(status, "password_form", data)
}

// ShowSetPassword shows the form an invite link leads to.
func (h *Handler) ShowSetPassword(c echo.Context) error {
	u, err := h.accounts.UserByInvite(c.Request().Context(), c.Param("token"), h.now())
	if err != nil {
		return inviteError(err)
	}
	data := passwordPage{Email: u.Email}
	data.Base = h.base(c, "Choose your password", "")
	data.Action = "/set-password/" + c.Param("token")
	return h.passwordForm(c, http.StatusOK, data)
}

// SetPasswordFromInvite sets the password of the user an invite link
// names; the link then stops working, and the user logs in.
func (h *Handler) SetPasswordFromInvite(c echo.Context) error {
	ctx := c.Request().Context()
	u, err := h.accounts.UserByInvite(ctx, c.Param("token"), h.now())
	if err != nil {
		return inviteError(err)
	}
	var f forms.Password
	if err := c.Bind(&f); err != nil {
		return err
	}
	if errs := f.Validate(false); len(errs) > 0 {
		data := passwordPage{Email: u.Email}
		data.Base = h.base(c, "Choose your password", "")
		data.Action, data.Errors = "/set-password/"+c.Param("token"), errs
		return h.passwordForm(c, http.StatusOK, data)
	}
	hash, err := h.accounts.HashPassword(ctx, f.Password)
	if err != nil {
		return err
	}
	if err := h.accounts.SetPassword(ctx, u.ID, hash, h.now()); err != nil {
		return err
	}
	return redirect(c, "/login", "Your password is set. Log in with it now.")
}

// inviteError says why a set-password link no longer works. A used link
// and one replaced by a newer one look alike: neither is stored any more.
func inviteError(err error) error {
	switch {
	case errors.Is(err, accounts.ErrInviteExpired):
		return echo.NewHTTPError(http.StatusGone,
			"This set-password link has expired: links last 7 days. Ask an admin for a new one.")
	case errors.Is(err, models.ErrNotFound):
		return echo.NewHTTPError(http.StatusGone,
			"This set-password link has been used, or an admin has sent a newer one. If you have set your password, log in with it; if not, ask an admin for a new link.")
	}
	return err
}

// ShowChangePassword shows a signed-in user the form to change their
// password.
func (h *Handler) ShowChangePassword(c echo.Context) error {
	u := reqctx.User(c)
	data := passwordPage{NeedCurrent: true, Email: u.Email}
	data.Base = h.base(c, "Change your password", "")
	data.Action, data.Cancel = "/account/password", "/"
	return h.passwordForm(c, http.StatusOK, data)
}

// ChangePassword changes the signed-in user's password and ends all of
// their sessions, this one included: they log in again with the new
// password.
func (h *Handler) ChangePassword(c echo.Context) error {
	ctx := c.Request().Context()
	u := reqctx.User(c)
	var f forms.Password
	if err := c.Bind(&f); err != nil {
		return err
	}
	errs := f.Validate(true)
	if len(errs) == 0 {
		// A borrowed session must not become a way to guess the password:
		// wrong guesses here count as failed logins.
		err := h.accounts.CheckCurrentPassword(ctx, u, f.Current, c.RealIP(), h.now(), loginLimits())
		switch {
		case errors.Is(err, accounts.ErrThrottled):
			errs.Add("current_password", "Too many wrong passwords. Wait 15 minutes and try again.")
		case errors.Is(err, accounts.ErrLoginFailed):
			errs.Add("current_password", "This is not your current password.")
		case err != nil:
			return err
		}
	}
	if len(errs) > 0 {
		data := passwordPage{NeedCurrent: true, Email: u.Email}
		data.Base = h.base(c, "Change your password", "")
		data.Action, data.Cancel, data.Errors = "/account/password", "/", errs
		return h.passwordForm(c, http.StatusOK, data)
	}
	hash, err := h.accounts.HashPassword(ctx, f.Password)
	if err != nil {
		return err
	}
	if err := h.accounts.SetPassword(ctx, u.ID, hash, h.now()); err != nil {
		return err
	}
	reqctx.ClearCookie(c, reqctx.SessionCookie)
	return redirect(c, "/login", "Your password is changed and you are logged out everywhere. Log in with the new password.")
}

// ToLogin redirects to the login page. After a page request the login
// leads back to it; after a form post, whose data is gone, to the home
// page. The role checks of web send the public here.
func ToLogin(c echo.Context) error {
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
