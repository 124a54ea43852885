package web

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/slugs"
	"github.com/quotetrail/quotetrail/models"
)

// followFormerSlugs answers a page of a person, outlet or topic asked for
// under an address it had before a rename (or a merge) with a permanent
// redirect to the same page under its address now, the rest of the path
// and the query kept: /people/tom-lee/feed.atom?x=1 leads to
// /people/thomas-lee/feed.atom?x=1. It acts only when the page was not
// found, so a slug in use is never redirected, and only for GET and
// HEAD: a form posts to the address it was shown with.
func followFormerSlugs(store *models.Store) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			err := next(c)
			req := c.Request()
			if err == nil || !errors.Is(err, models.ErrNotFound) || req.Method != http.MethodGet {
				return err
			}
			section, rest, _ := strings.Cut(strings.TrimPrefix(req.URL.Path, "/"), "/")
			slug, tail, _ := strings.Cut(rest, "/")
			kind := slugs.KindOfSection(section)
			if kind == "" || slug == "" {
				return err
			}
			current, ok, lookupErr := slugs.Current(req.Context(), store, kind, slug)
			if lookupErr != nil {
				return lookupErr
			}
			if !ok {
				return err
			}
			to := url.URL{Path: "/" + section + "/" + current, RawQuery: req.URL.RawQuery}
			if tail != "" {
				to.Path += "/" + tail
			}
			return c.Redirect(http.StatusMovedPermanently, to.String())
		}
	}
}
