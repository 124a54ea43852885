package handlers

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/reqctx"
	"github.com/quotetrail/quotetrail/models"
)

type usersPage struct {
	Base
	Users []accounts.User
}

// ListUsers shows every user to an admin.
func (h *Handler) ListUsers(c echo.Context) error {
	users, err := h.accounts.Users(c.Request().Context())
	if err != nil {
		return err
	}
	return c.Render(http.StatusOK, "users", usersPage{Base: h.base(c, "Users", "users"), Users: users})
}

type userFormPage struct {
	FormBase
	Form  forms.User
	User  *accounts.User
	Roles []string
}

func (h *Handler) userForm(c echo.Context, f forms.User, errs forms.Errors, u *accounts.User) error {
	data := userFormPage{Form: f, User: u, Roles: accounts.Roles}
	data.Errors = errs
	if u == nil {
		data.Base = h.base(c, "Invite a user", "users")
		data.Action, data.Cancel = "/admin/users", "/admin/users"
	} else {
		data.Base = h.base(c, "Edit "+u.Email, "users")
		data.Action, data.Cancel, data.Editing = "/admin/users/"+strconv.FormatInt(u.ID, 10), "/admin/users", true
	}
	return renderForm(c, "user_form", &data)
}

// NewUser shows the invite form.
func (h *Handler) NewUser(c echo.Context) error {
	return h.userForm(c, forms.User{Role: accounts.RoleEditor}, nil, nil)
}

type invitePage struct {
	Base
	User *accounts.User
	Link string
}

// InviteUser creates a user without a password and shows the admin the
// one-time link with which they choose one. Nothing is emailed: the admin
// passes the link on.
func (h *Handler) InviteUser(c echo.Context) error {
	ctx := c.Request().Context()
	var f forms.User
	if err := c.Bind(&f); err != nil {
		return err
	}
	if errs := f.Validate(false); len(errs) > 0 {
		return h.userForm(c, f, errs, nil)
	}
	u := &accounts.User{Email: f.Email, Name: f.Name, Role: f.Role}
	if err := h.accounts.CreateUser(ctx, u); err != nil {
		if fe, ok := models.AsFieldErrors(err); ok {
			return h.userForm(c, f, fe, nil)
		}
		return err
	}
	return h.showInvite(c, u, "Invited "+u.Email+".")
}

// showInvite makes a fresh set-password link for u and shows it. The page
// answers the POST directly: the link exists only on it, never in a
// redirect's cookie or a log line.
func (h *Handler) showInvite(c echo.Context, u *accounts.User, msg string) error {
	token, err := h.accounts.CreateInvite(c.Request().Context(), u.ID, h.now())
	if err != nil {
		return err
	}
	scheme := "http"
	if reqctx.Secure(c) {
		scheme = "https"
	}
	page := invitePage{Base: h.base(c, "Set-password link for "+u.Email, "users"), User: u,
		Link: scheme + "://" + c.Request().Host + "/set-password/" + token}
	page.Flash = &Flash{Kind: "success", Message: msg}
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.Render(http.StatusOK, "invite", page)
}

func (h *Handler) userParam(c echo.Context) (*accounts.User, error) {
	id, err := idParam(c, "user")
	if err != nil {
		return nil, err
	}
	return h.accounts.UserByID(c.Request().Context(), id)
}

// EditUser shows the form to change a user's role or disable them.
func (h *Handler) EditUser(c echo.Context) error {
	u, err := h.userParam(c)
	if err != nil {
		return err
	}
	return h.userForm(c, forms.UserFrom(u), nil, u)
}

// UpdateUser saves a user's name, role and whether they are disabled;
// disabling ends their sessions.
func (h *Handler) UpdateUser(c echo.Context) error {
	u, err := h.userParam(c)
	if err != nil {
		return err
	}
	var f forms.User
	if err := c.Bind(&f); err != nil {
		return err
	}
	f.Email = u.Email
	errs := f.Validate(true)
	if me := reqctx.User(c); f.Disabled && !u.Disabled() && me != nil && me.ID == u.ID {
		errs.Add("disabled", "You cannot disable your own account: it would log you out at once. Another admin can.")
	}
	if len(errs) > 0 {
		return h.userForm(c, f, errs, u)
	}
	updated, err := h.accounts.UpdateUser(c.Request().Context(), u.ID, f.Name, f.Role, f.Disabled, h.now())
	if err != nil {
		if fe, ok := models.AsFieldErrors(err); ok {
			return h.userForm(c, f, fe, u)
		}
		return err
	}
	return redirect(c, "/admin/users", "Saved "+updated.Email+" ("+updated.Role+", "+updated.Status()+").")
}

// ReinviteUser replaces a user's set-password link with a new one, for a
// link that expired or a password forgotten.
func (h *Handler) ReinviteUser(c echo.Context) error {
	u, err := h.userParam(c)
	if err != nil {
		return err
	}
	if u.Disabled() {
		return echo.NewHTTPError(http.StatusConflict, u.Email+" is disabled: enable the account before making a set-password link.")
	}
	return h.showInvite(c, u, "Made a new set-password link for "+u.Email+"; any earlier link no longer works.")
}
