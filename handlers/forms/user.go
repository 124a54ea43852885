package forms

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/accounts"
)

// Login is the login form.
type Login struct {
	Email    string `form:"email"`
	Password string `form:"password"`
	Next     string `form:"next"`
}

// Validate names what is missing. Whether the pair is right is the
// store's business.
func (f *Login) Validate() Errors {
	errs := Errors{}
	f.Email = accounts.NormalizeEmail(f.Email)
	required(errs, "email", f.Email, "Your email address")
	if f.Password == "" {
		errs.Add("password", "Your password is required.")
	}
	return errs
}

// Password is the form that sets a password: through an invite link, or
// by a signed-in user, who also gives the current one.
type Password struct {
	Current  string `form:"current_password"`
	Password string `form:"password"`
	Confirm  string `form:"confirm"`
}

// Validate checks the new password and its confirmation; needCurrent
// says whether the current password must be given.
func (f *Password) Validate(needCurrent bool) Errors {
	errs := Errors{}
	if needCurrent && f.Current == "" {
		errs.Add("current_password", "Your current password is required.")
	}
	if msg := accounts.CheckPasswordRules(f.Password); msg != "" {
		errs.Add("password", msg)
	}
	if f.Confirm != f.Password {
		errs.Add("confirm", "The two passwords differ: type the same one twice.")
	}
	return errs
}

// User is the admin's form to invite a user or change one.
type User struct {
	Email    string `form:"email"`
	Name     string `form:"name"`
	Role     string `form:"role"`
	Disabled bool   `form:"disabled"`
}

// UserFrom fills the form from a stored user.
func UserFrom(u *accounts.User) User {
	return User{Email: u.Email, Name: u.Name, Role: u.Role, Disabled: u.Disabled()}
}

// Validate names every problem with the form; editing says whether the
// email (fixed once invited) is left out.
func (f *User) Validate(editing bool) Errors {
	errs := Errors{}
	f.Email, f.Name = accounts.NormalizeEmail(f.Email), clean(f.Name)
	if !editing {
		if msg := accounts.CheckEmail(f.Email); msg != "" {
			errs.Add("email", msg)
		}
	}
	maxLen(errs, "name", f.Name, 200)
	oneOf(errs, "role", strings.TrimSpace(f.Role), accounts.Roles)
	return errs
}
