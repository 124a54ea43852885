package handlers

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/models"
)

type homePage struct {
	Base
	Counts     models.Counts
	Recent     []models.QuoteView
	MostQuoted []models.Person
}

// ShowHome shows the latest quotes, what the database holds and who is
// quoted most.
func (h *Handler) ShowHome(c echo.Context) error {
	ctx := c.Request().Context()
	counts, err := h.store.Count(ctx)
	if err != nil {
		return err
	}
	recent, err := h.store.RecentQuotes(ctx, 10)
	if err != nil {
		return err
	}
	most, err := h.store.MostQuoted(ctx, 10)
	if err != nil {
		return err
	}
	b := h.base(c, "", "home")
	b.Meta = pageMeta(c, "website", "quotetrail keeps track of who said what, where it was printed and when: quotes with their speakers, articles and outlets.")
	return c.Render(http.StatusOK, "home", homePage{Base: b, Counts: counts, Recent: recent, MostQuoted: most})
}

// Healthz answers 200 "ok" once the database answers.
func (h *Handler) Healthz(c echo.Context) error {
	if err := h.store.Ping(c.Request().Context()); err != nil {
		h.logger.Error("health check", "err", err)
		return c.String(http.StatusServiceUnavailable, "database unavailable")
	}
	return c.String(http.StatusOK, "ok")
}
