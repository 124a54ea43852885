package handlers

import (
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/models"
)

type outletsPage struct {
	Base
	Outlets []models.Outlet
}

// ListOutlets shows every outlet.
func (h *Handler) ListOutlets(c echo.Context) error {
	outlets, err := h.store.Outlets(c.Request().Context())
	if err != nil {
		return err
	}
	b := h.base(c, "Outlets", "outlets")
	b.Meta = pageMeta(c, "website", "The newspapers, broadcasters and other outlets whose articles quotetrail holds quotes from.")
	return c.Render(http.StatusOK, "outlets", outletsPage{Base: b, Outlets: outlets})
}

type outletPage struct {
	Base
	Outlet    *models.Outlet
	Show      string // "printed" or "via"
	Quotes    []models.QuoteView
	Pager     Pager
	PrintedN  int64
	ViaN      int64
	Articles  []models.Article
	ArticlesN int64
	Exports   []ExportLink
}

// ShowOutlet shows the quotes printed in an outlet's articles, or those
// that came through it (?show=via), and its latest articles.
func (h *Handler) ShowOutlet(c echo.Context) error {
	ctx := c.Request().Context()
	o, err := h.store.OutletBySlug(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	show := "printed"
	if c.QueryParam("show") == "via" {
		show = "via"
	}
	printed, err := h.store.CountQuotes(ctx, models.QuoteFilter{OutletID: o.ID})
	if err != nil {
		return err
	}
	via, err := h.store.CountQuotes(ctx, models.QuoteFilter{ViaOutletID: o.ID})
	if err != nil {
		return err
	}
	f := models.QuoteFilter{OutletID: o.ID}
	if show == "via" {
		f = models.QuoteFilter{ViaOutletID: o.ID}
	}
	p := page(c)
	list, err := h.store.Quotes(ctx, f, p)
	if err != nil {
		return err
	}
	articles, err := h.store.Articles(ctx, o.ID, models.Page{Number: 1, Size: 10})
	if err != nil {
		return err
	}
	sel := url.Values{"outlet": {o.Slug}}
	if show == "via" {
		sel = url.Values{"via": {o.Slug}}
	}
	return c.Render(http.StatusOK, "outlet", outletPage{
		Exports: exportLinks(sel),
		Base:    h.outletBase(c, o, printed), Outlet: o, Show: show, Quotes: list.Quotes, Pager: pager(c, p, list.Total),
		PrintedN: printed, ViaN: via, Articles: articles.Articles, ArticlesN: articles.Total,
	})
}

type outletFormPage struct {
	FormBase
	Form  forms.Outlet
	Kinds []string
}

func (h *Handler) outletForm(c echo.Context, f forms.Outlet, errs forms.Errors, o *models.Outlet) error {
	data := outletFormPage{Form: f, Kinds: models.OutletKinds}
	data.Errors = errs
	if o == nil {
		data.Base = h.base(c, "New outlet", "outlets")
		data.Action, data.Cancel = "/outlets", "/outlets"
	} else {
		data.Base = h.base(c, "Edit "+o.Name, "outlets")
		data.Action, data.Cancel, data.Editing, data.RecordID = "/outlets/"+o.Slug, "/outlets/"+o.Slug, true, o.ID
	}
	return renderForm(c, "outlet_form", &data)
}

// NewOutlet shows the empty outlet form.
func (h *Handler) NewOutlet(c echo.Context) error {
	return h.outletForm(c, forms.Outlet{Kind: "news"}, nil, nil)
}

// outletKind tells the shared add, edit and delete handlers about outlets.
func (h *Handler) outletKind() recordKind[forms.Outlet, models.Outlet, *forms.Outlet] {
	return recordKind[forms.Outlet, models.Outlet, *forms.Outlet]{
		path:   "/outlets",
		ident:  func(o *models.Outlet) (int64, string, string) { return o.ID, o.Slug, o.Name },
		label:  named,
		bySlug: h.store.OutletBySlug, byID: h.store.OutletByID,
		create: h.store.CreateOutlet, update: h.store.UpdateOutlet, remove: h.store.DeleteOutlet,
		refusal: h.deleteRefusal(history.EntityOutlet),
		form:    h.outletForm, fill: forms.OutletFrom,
		deletePage: func(c echo.Context, o *models.Outlet) DeletePage {
			return DeletePage{
				Base: h.base(c, "Delete "+o.Name, "outlets"), What: "outlet", Name: o.Name,
				Action: "/outlets/" + o.Slug + "/delete", Cancel: "/outlets/" + o.Slug,
			}
		},
	}
}

// CreateOutlet saves a new outlet.
func (h *Handler) CreateOutlet(c echo.Context) error { return saveNew(c, h.outletKind()) }

// EditOutlet shows the outlet form filled in.
func (h *Handler) EditOutlet(c echo.Context) error { return showEdit(c, h.outletKind()) }

// UpdateOutlet saves changes to an outlet.
func (h *Handler) UpdateOutlet(c echo.Context) error { return saveEdit(c, h, h.outletKind()) }

// ConfirmDeleteOutlet asks before deleting an outlet.
func (h *Handler) ConfirmDeleteOutlet(c echo.Context) error {
	return confirmDeleteRecord(c, h.outletKind())
}

// DeleteOutlet deletes an outlet nothing points to.
func (h *Handler) DeleteOutlet(c echo.Context) error { return deleteRecord(c, h.outletKind()) }
