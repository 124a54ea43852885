package handlers

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/extract"
	"github.com/quotetrail/quotetrail/internal/ratelimit"
)

// The extract API needs no login, so what one request may cost is bounded
// here: the text's size, the time spent on it and how often one client
// address may ask.
const (
	// maxExtractText bounds the article text, after decoding.
	maxExtractText = 1 << 20
	// maxExtractBody bounds a JSON body, escapes and all.
	maxExtractBody = 4 << 20
	// extractTimeout bounds the time a request waits for its turn and
	// extracts; a megabyte of ordinary news takes well under a second,
	// one of nothing but quotation marks a few seconds.
	extractTimeout = 10 * time.Second
	// Each client address may send extractBurst requests at once, then
	// one every extractInterval; at most extractClients addresses are
	// remembered.
	extractBurst    = 10
	extractInterval = 2 * time.Second
	extractClients  = 10000
)

// jsonProblem says, for a person, why a JSON body could not be read,
// without the decoder's Go terms.
func jsonProblem(err error) string {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr) && typeErr.Field != "":
		return fmt.Sprintf("the field %q must be a string, not a %s", typeErr.Field, typeErr.Value)
	case errors.As(err, &typeErr):
		return fmt.Sprintf("the body must be a JSON object, not a %s", typeErr.Value)
	case errors.As(err, &syntaxErr):
		return fmt.Sprintf("the body is not valid JSON: it breaks at byte %d", syntaxErr.Offset)
	}
	return "the body is not valid JSON: it ends before its JSON does"
}

// Problem answers an API request with RFC 9457 problem details.
func Problem(c echo.Context, status int, detail string) error {
	b, err := json.Marshal(struct {
		Type   string `json:"type"`
		Title  string `json:"title"`
		Status int    `json:"status"`
		Detail string `json:"detail"`
	}{"about:blank", http.StatusText(status), status, detail})
	if err != nil {
		return fmt.Errorf("encode problem details: %w", err)
	}
	return c.Blob(status, "application/problem+json", b)
}

// LimitExtract is the extract API's rate limit: a token bucket per client
// address (as the server's IP extractor reads it), and at most half the
// server's cores extracting at once, the other requests waiting their
// turn within the time limit. Each call makes new limits, so it is called
// once, where the route is declared.
func (h *Handler) LimitExtract() echo.MiddlewareFunc {
	limits := ratelimit.New(extractInterval, extractBurst, extractClients)
	busy := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)/2))
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if ok, wait := limits.Allow(c.RealIP()); !ok {
				secs := int((wait + time.Second - 1) / time.Second)
				c.Response().Header().Set("Retry-After", strconv.Itoa(secs))
				return Problem(c, http.StatusTooManyRequests,
					fmt.Sprintf("too many requests from this address: try again in %d s", secs))
			}
			ctx, cancel := context.WithTimeout(c.Request().Context(), extractTimeout)
			defer cancel()
			// A free slot is taken at once, even by a request whose time
			// is already up (it then fails as too slow, which it is); only
			// a request that waited its whole time for one is told the
			// server is busy. (A select over both would pick at random.)
			select {
			case busy <- struct{}{}:
			default:
				select {
				case busy <- struct{}{}:
				case <-ctx.Done():
					c.Response().Header().Set("Retry-After", "10")
					return Problem(c, http.StatusServiceUnavailable, "the server is busy reading other texts: try again later")
				}
			}
			defer func() { <-busy }()
			c.SetRequest(c.Request().WithContext(ctx))
			return next(c)
		}
	}
}

// Extract finds the quotes in an article's text: POST /api/v1/extract with
// JSON {"text": "..."} or a form with a "text" field. Other bodies, plain
// text included, are refused: a browser sends those across sites without
// asking the server first.
func (h *Handler) Extract(c echo.Context) error {
	if c.Request().Header.Get("Sec-Fetch-Site") == "cross-site" {
		// A form posted from another site's page: browsers send forms
		// across sites without asking, scripts do not say where they are.
		return Problem(c, http.StatusForbidden, "the extract API does not answer other sites' pages")
	}
	text, status, msg := extractText(c)
	if status != 0 {
		return Problem(c, status, msg)
	}
	if len(text) > maxExtractText {
		return Problem(c, http.StatusRequestEntityTooLarge, fmt.Sprintf("the text is larger than %d MiB", maxExtractText>>20))
	}
	if !utf8.ValidString(text) {
		return Problem(c, http.StatusBadRequest, "the text is not valid UTF-8")
	}
	if strings.TrimSpace(text) == "" {
		return Problem(c, http.StatusBadRequest, "the text is empty")
	}
	ctx, cancel := context.WithTimeout(c.Request().Context(), extractTimeout)
	defer cancel()
	res, err := extract.ExtractContext(ctx, text)
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return Problem(c, http.StatusServiceUnavailable,
			fmt.Sprintf("the text took longer than %d s to read: send a shorter one", int(extractTimeout/time.Second)))
	case err != nil: // the client went away
		return Problem(c, http.StatusServiceUnavailable, "the request ended before the text was read")
	}
	return c.JSON(http.StatusOK, res)
}

// extractText reads the article text from the request's body; on failure
// it returns the status and message to answer with.
func extractText(c echo.Context) (text string, status int, msg string) {
	const accepted = `send the article as application/json {"text": "..."}, or as a form ` +
		`(application/x-www-form-urlencoded or multipart/form-data) with a "text" field`
	mediaType, _, err := mime.ParseMediaType(c.Request().Header.Get(echo.HeaderContentType))
	if err != nil {
		return "", http.StatusUnsupportedMediaType, accepted
	}
	switch mediaType {
	case echo.MIMEApplicationJSON:
		body, err := io.ReadAll(io.LimitReader(c.Request().Body, maxExtractBody+1))
		if err != nil {
			return "", http.StatusBadRequest, "could not read the request body"
		}
		if len(body) > maxExtractBody {
			return "", http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is larger than %d MiB", maxExtractBody>>20)
		}
		var in struct {
			Text *string `json:"text"`
		}
		if err := json.Unmarshal(body, &in); err != nil {
			return "", http.StatusBadRequest, jsonProblem(err)
		}
		if in.Text == nil {
			return "", http.StatusBadRequest, `the JSON needs a "text" field with the article's text`
		}
		return *in.Text, 0, ""
	case echo.MIMEApplicationForm, echo.MIMEMultipartForm:
		return formText(c)
	}
	return "", http.StatusUnsupportedMediaType, accepted
}

// formText reads the "text" field of a form, or of an uploaded file
// named so.
func formText(c echo.Context) (text string, status int, msg string) {
	if err := c.Request().ParseMultipartForm(maxExtractText); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return "", http.StatusRequestEntityTooLarge, "the body is too large"
		}
		return "", http.StatusBadRequest, "the form could not be read: " + err.Error()
	}
	if v := c.Request().PostForm["text"]; len(v) > 0 {
		return v[0], 0, ""
	}
	fh, err := c.FormFile("text")
	if err != nil {
		return "", http.StatusBadRequest, `the form needs a "text" field with the article's text`
	}
	if fh.Size > maxExtractText {
		return "", http.StatusRequestEntityTooLarge, fmt.Sprintf("the text is larger than %d MiB", maxExtractText>>20)
	}
	f, err := fh.Open()
	if err != nil {
		return "", http.StatusBadRequest, "could not read the uploaded text"
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxExtractText+1))
	if err != nil {
		return "", http.StatusBadRequest, "could not read the uploaded text"
	}
	return string(b), 0, ""
}
