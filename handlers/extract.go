package handlers

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/extract"
)

// maxExtractBody bounds the article text the extract API reads.
const maxExtractBody = 4 << 20

// apiError answers an API request with a JSON error message.
func apiError(c echo.Context, status int, msg string) error {
	return c.JSON(status, map[string]string{"error": msg})
}

// Extract finds the quotes in an article's text: POST /api/v1/extract with
// the text as text/plain, or as JSON {"text": "..."}.
func (h *Handler) Extract(c echo.Context) error {
	body, err := io.ReadAll(io.LimitReader(c.Request().Body, maxExtractBody+1))
	if err != nil {
		return apiError(c, http.StatusBadRequest, "could not read the request body")
	}
	if len(body) > maxExtractBody {
		return apiError(c, http.StatusRequestEntityTooLarge, fmt.Sprintf("the text is larger than %d MiB", maxExtractBody>>20))
	}
	text := string(body)
	mediaType, _, _ := mime.ParseMediaType(c.Request().Header.Get(echo.HeaderContentType))
	switch mediaType {
	case "application/json":
		var in struct {
			Text *string `json:"text"`
		}
		if err := json.Unmarshal(body, &in); err != nil {
			return apiError(c, http.StatusBadRequest, "the body is not valid JSON: "+err.Error())
		}
		if in.Text == nil {
			return apiError(c, http.StatusBadRequest, `the JSON needs a "text" field with the article's text`)
		}
		text = *in.Text
	case "", "text/plain":
	default:
		return apiError(c, http.StatusUnsupportedMediaType, "send the article as text/plain, or as application/json {\"text\": ...}")
	}
	if !utf8.ValidString(text) {
		return apiError(c, http.StatusBadRequest, "the text is not valid UTF-8")
	}
	if strings.TrimSpace(text) == "" {
		return apiError(c, http.StatusBadRequest, "the text is empty")
	}
	return c.JSON(http.StatusOK, extract.Extract(text))
}
