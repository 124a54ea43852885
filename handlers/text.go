package handlers

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/plaintext"
)

// multipartMemory is how much of a multipart form is kept in memory, the
// rest going to temporary files: net/http's and echo's own figure.
const multipartMemory = 32 << 20

// RequireText refuses, with 400, a body whose fields hold what is not
// text: a NUL byte or bytes that are not UTF-8. The store refuses such
// text on every write (plaintext.Check); this turns a whole form away
// before anything is read from it, whatever the spelling of its content
// type ("Application/x-www-form-urlencoded" is a form too, and net/http
// reads it as one). A JSON body must be UTF-8 as a whole: encoding/json
// would quietly turn bytes that are not into U+FFFD, and what was sent
// would not be what is stored. A NUL in JSON (\u0000) is left to the
// store, which names the field.
func RequireText(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		switch req.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions, http.MethodTrace:
			return next(c)
		}
		mediaType, _, err := mime.ParseMediaType(req.Header.Get(echo.HeaderContentType))
		if err != nil {
			// Not a content type anything reads as a form or JSON: the
			// handler refuses what it cannot read.
			return next(c)
		}
		switch {
		case mediaType == echo.MIMEApplicationForm:
			err = checkForm(req.ParseForm, func() url.Values { return req.PostForm })
		case mediaType == echo.MIMEMultipartForm:
			err = checkForm(func() error { return req.ParseMultipartForm(multipartMemory) }, func() url.Values {
				if req.MultipartForm == nil {
					return nil
				}
				return req.MultipartForm.Value
			})
		case mediaType == echo.MIMEApplicationJSON || strings.HasSuffix(mediaType, "+json"):
			err = checkJSON(req)
		}
		if err != nil {
			return err
		}
		return next(c)
	}
}

// checkForm parses a form and refuses it when a name or value is not text.
func checkForm(parse func() error, values func() url.Values) error {
	if err := parse(); err != nil {
		var he *echo.HTTPError
		if errors.As(err, &he) {
			return he // the body limit's 413
		}
		return echo.NewHTTPError(http.StatusBadRequest,
			"The form could not be read: it is not a well-formed form. Go back, reload the page and send it again.")
	}
	for name, vs := range values() {
		if p := plaintext.Problem(name); p != "" {
			return echo.NewHTTPError(http.StatusBadRequest, "Nothing was saved: the name of a field "+p+". Send the form again from its page.")
		}
		for _, v := range vs {
			if p := plaintext.Problem(v); p != "" {
				return echo.NewHTTPError(http.StatusBadRequest, "Nothing was saved: the field “"+name+"” "+p+". Remove it and send the form again.")
			}
		}
	}
	return nil
}

// checkJSON reads a JSON body, refuses it when it is not UTF-8, and puts
// it back for the handler.
func checkJSON(req *http.Request) error {
	body, err := io.ReadAll(req.Body)
	if err != nil {
		var he *echo.HTTPError
		if errors.As(err, &he) {
			return he
		}
		return echo.NewHTTPError(http.StatusBadRequest, "The request body could not be read.")
	}
	req.Body = io.NopCloser(bytes.NewReader(body))
	if !utf8.Valid(body) {
		return echo.NewHTTPError(http.StatusBadRequest, "Nothing was saved: the JSON body "+plaintext.Problem(string(body))+".")
	}
	return nil
}
