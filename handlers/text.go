package handlers

import (
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/labstack/echo/v4"
)

// RequireText refuses, with 400, a form whose fields hold what is not
// text: a NUL byte or bytes that are not UTF-8. Neither belongs in a
// quote or a name, and PostgreSQL cannot store them, so both engines turn
// them away the same way, before anything is read from the form.
func RequireText(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		ct := c.Request().Header.Get(echo.HeaderContentType)
		if c.Request().Method == http.MethodGet || !(strings.HasPrefix(ct, echo.MIMEApplicationForm) || strings.HasPrefix(ct, echo.MIMEMultipartForm)) {
			return next(c)
		}
		params, err := c.FormParams()
		if err != nil {
			return echo.NewHTTPError(http.StatusBadRequest, "The form could not be read: "+err.Error())
		}
		for name, values := range params {
			for _, v := range values {
				if !utf8.ValidString(v) || strings.ContainsRune(v, 0) || !utf8.ValidString(name) {
					return echo.NewHTTPError(http.StatusBadRequest,
						"Nothing was saved: a field holds characters that are not text (a NUL byte or bytes that are not UTF-8). Remove them and send the form again.")
				}
			}
		}
		return next(c)
	}
}
