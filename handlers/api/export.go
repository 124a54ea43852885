package api

import (
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/export"
)

// Export answers /api/v1/export: it checks the format and filters, then
// sends the client on to /export, which streams the citations.
type Export struct{}

// Redirect sends a request for citations on to /export with the same
// format and filters.
func (h *Export) Redirect(c echo.Context) error {
	if _, ok := export.Lookup(c.QueryParam("format")); !ok {
		return badField("format", "Use one of "+export.Names()+".")
	}
	if _, err := quoteFilter(c); err != nil {
		return err
	}
	q := url.Values{}
	for k, v := range c.QueryParams() {
		if len(v) > 0 && v[0] != "" {
			q.Set(k, v[0])
		}
	}
	return c.Redirect(http.StatusSeeOther, baseURL(c)+"/export?"+q.Encode())
}
