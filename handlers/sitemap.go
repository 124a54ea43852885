package handlers

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/sitemap"
)

// Sitemap is /sitemap.xml: an index of the sitemaps that list every
// public page.
func (h *Handler) Sitemap(c echo.Context) error {
	b, err := sitemap.Index(c.Request().Context(), h.store, baseURL(c))
	if err != nil {
		return err
	}
	return c.Blob(http.StatusOK, echo.MIMEApplicationXMLCharsetUTF8, b)
}

// SitemapPart is one of the sitemaps /sitemap.xml names:
// /sitemap-pages.xml or /sitemap-quotes-3.xml.
func (h *Handler) SitemapPart(c echo.Context) error {
	b, err := sitemap.Part(c.Request().Context(), h.store, baseURL(c), c.Param("part"))
	if errors.Is(err, sitemap.ErrNoSuchSitemap) {
		return echo.NewHTTPError(http.StatusNotFound, "There is no such sitemap.")
	}
	if err != nil {
		return err
	}
	return c.Blob(http.StatusOK, echo.MIMEApplicationXMLCharsetUTF8, b)
}

// Robots is /robots.txt.
func (h *Handler) Robots(c echo.Context) error {
	return c.String(http.StatusOK, sitemap.Robots(baseURL(c)))
}

// Favicon sends browsers that ask for /favicon.ico to the site's icon,
// which pages also name in their head.
func (h *Handler) Favicon(c echo.Context) error {
	return c.Redirect(http.StatusMovedPermanently, "/static/favicon.svg")
}
