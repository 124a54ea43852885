package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"mime"
	"net/http"
	"slices"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers"
	"github.com/quotetrail/quotetrail/handlers/api"
	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/plaintext"
	"github.com/quotetrail/quotetrail/models"
	"github.com/quotetrail/quotetrail/templates"
)

type errorPage struct {
	handlers.Base
	Status  int
	Heading string
	Message string
}

// errorHandler turns every error a handler returns into a page in the
// site's look: not-found errors into a 404, text the store refused into a
// 400, echo's HTTP errors into their status, anything else into a 500
// whose cause is logged, never shown. The API, and scripts that sent
// JSON, get the same as RFC 9457 problem details instead of a page; the
// API's refusals of input (which forms answer themselves, with the form)
// name each field refused: FieldErrors are a 422, a save over a newer
// version or a delete of a record in use a 409.
func errorHandler(engine *templates.Engine, logger *slog.Logger) echo.HTTPErrorHandler {
	return func(err error, c echo.Context) {
		if c.Response().Committed {
			return
		}
		if errors.Is(c.Request().Context().Err(), context.Canceled) {
			// The client went away (the server's own limits end a
			// request with a deadline, not a cancel): nobody is there to
			// answer, and nothing failed on our side. 499 is the status
			// proxies log for it.
			c.Response().Status = statusClientClosed
			return
		}
		status, message := http.StatusInternalServerError, "Something went wrong on our side. It has been logged; please try again."
		var (
			he       *echo.HTTPError
			apiErr   *api.Error
			fields   models.FieldErrors
			conflict *history.ConflictError
			inUse    *models.InUseError
			current  int
		)
		switch {
		case errors.As(err, &apiErr):
			status, message, fields = apiErr.Status, apiErr.Detail, apiErr.Fields
		case errors.As(err, &fields):
			status, message = http.StatusUnprocessableEntity, "Nothing was saved: "+fieldList(fields)+"."
		case errors.As(err, &conflict):
			status, current = http.StatusConflict, conflict.Current
			message = fmt.Sprintf("Nothing was saved: the %s was changed by someone else since version %d, which your change was made from; it is at version %d now. Read it again and make your change to that.",
				conflict.EntityType, conflict.Yours, conflict.Current)
		case errors.As(err, &inUse):
			status, message = http.StatusConflict, inUse.Message
		case errors.Is(err, models.ErrNotFound):
			status, message = http.StatusNotFound, "There is nothing at this address. It may have been renamed or deleted."
		case errors.Is(err, accounts.ErrBusy):
			// Every password-hashing slot was taken: a flood of logins.
			c.Response().Header().Set("Retry-After", "5")
			status, message = http.StatusTooManyRequests, "Too many people are logging in at this moment. Try again in a few seconds."
		case errors.Is(err, plaintext.ErrNotText):
			status, message = http.StatusBadRequest, notText(err)
		case errors.As(err, &he):
			status = he.Code
			if m, ok := he.Message.(string); ok && status < 500 {
				message = m
			}
			if status == http.StatusBadRequest && he.Internal != nil {
				// echo's binder puts the Go error it met in the message
				// ("strconv.ParseInt: parsing ..."); a person is told
				// what was wrong instead.
				message = unreadable(err)
			}
			if status == http.StatusNotFound && he.Message == http.StatusText(http.StatusNotFound) {
				message = "There is nothing at this address. It may have been renamed or deleted."
			}
			if status == http.StatusRequestEntityTooLarge {
				message = "What you sent is larger than this server accepts."
			}
		}
		if status >= 500 {
			logger.Error("request failed", "err", err, "method", c.Request().Method, "path", c.Request().URL.Path)
		}
		heading := http.StatusText(status)
		switch status {
		case http.StatusNotFound:
			heading = "Page not found"
		case http.StatusGone:
			heading = "This link no longer works"
		}
		page := errorPage{Base: handlers.ErrorBase(c, heading), Status: status, Heading: heading, Message: message}
		if c.Request().Method == http.MethodHead {
			_ = c.NoContent(status)
			return
		}
		if wantsProblem(c.Request()) {
			p := api.NewProblem(status, message, fields)
			p.CurrentVersion = current
			if perr := api.WriteProblem(c, p); perr != nil {
				logger.Error("write problem details", "err", perr)
			}
			return
		}
		c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
		c.Response().WriteHeader(status)
		if rerr := engine.Render(c.Response(), "error", page); rerr != nil {
			logger.Error("render error page", "err", rerr)
		}
	}
}

// fieldList names each field refused, and why.
func fieldList(fe models.FieldErrors) string {
	var parts []string
	for _, f := range slices.Sorted(maps.Keys(fe)) {
		parts = append(parts, f+": "+strings.TrimSuffix(fe[f], "."))
	}
	return strings.Join(parts, "; ")
}

// statusClientClosed is logged for a request whose client went away
// before the answer was ready.
const statusClientClosed = 499

// unreadable says, for a person, why a request's fields or body could not
// be read: which field held a value of the wrong kind, when echo says.
func unreadable(err error) string {
	var be *echo.BindingError
	if errors.As(err, &be) && be.Field != "" {
		return fmt.Sprintf("The field “%s” holds a value of the wrong kind. Go back, correct it and send the form again.", be.Field)
	}
	return "Part of what you sent could not be read: a field holds a value of the wrong kind (text where a number belongs, for example). Go back, correct it and send the form again."
}

// wantsProblem tells a request answered with problem details rather than
// a page: one to the API, or one whose body is JSON, as scripts send.
func wantsProblem(req *http.Request) bool {
	if strings.HasPrefix(req.URL.Path, "/api/") {
		return true
	}
	mediaType, _, err := mime.ParseMediaType(req.Header.Get(echo.HeaderContentType))
	return err == nil && (mediaType == echo.MIMEApplicationJSON || strings.HasSuffix(mediaType, "+json"))
}

// notText says which field the store refused as not text, and why.
func notText(err error) string {
	field := "a field"
	problem := "holds characters that are not text (a NUL character, or bytes that are not UTF-8)"
	var te *plaintext.Error
	if errors.As(err, &te) {
		problem = te.Problem
		if te.Field != "" {
			field = "the " + te.Field
		}
	}
	return "Nothing was saved: " + field + " " + problem + ". Remove it and send it again."
}
