package api

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/models"
)

// Outlets answers /api/v1/outlets.
type Outlets struct {
	store  *models.Store
	search *search.Searcher
}

// OutletInput is an outlet as a client sends it (see PersonInput).
type OutletInput struct {
	Name    *string   `json:"name"`
	Kind    *string   `json:"kind"`
	HomeURL *string   `json:"home_url"`
	Domains *[]string `json:"domains"`
	Version *int      `json:"version"`
	Summary string    `json:"summary"`
}

func (in OutletInput) apply(f *forms.Outlet) {
	set(&f.Name, in.Name)
	set(&f.Kind, in.Kind)
	set(&f.HomeURL, in.HomeURL)
	if in.Domains != nil {
		f.Domains = lines(*in.Domains)
	}
	f.Summary = in.Summary
}

// List lists outlets by name, or those whose name has a word, or whose
// domain starts, with ?q=.
func (h *Outlets) List(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := readPaging(c, "outlets")
	if err != nil {
		return err
	}
	var all []models.Outlet
	if q, has, err := nameQuery(c); err != nil {
		return err
	} else if has {
		all, err = h.search.SuggestOutlets(ctx, q, p.Offset+p.Size+1)
		if err != nil {
			return err
		}
	} else if all, err = h.store.Outlets(ctx); err != nil {
		return err
	}
	outlets, more := window(all, p)
	l := linksFor(c)
	out := make([]Outlet, len(outlets))
	for i := range outlets {
		out[i] = l.outlet(&outlets[i], false)
	}
	return sendList(c, out, p.following(more))
}

// Get reads one outlet by ID or slug.
func (h *Outlets) Get(c echo.Context) error {
	o, err := byRef(c, h.store.OutletByID, h.store.OutletBySlug)
	if err != nil {
		return err
	}
	return sendJSON(c, http.StatusOK, linksFor(c).outlet(o, true))
}

// Create adds an outlet.
func (h *Outlets) Create(c echo.Context) error {
	var in OutletInput
	if err := readJSON(c, &in); err != nil {
		return err
	}
	var f forms.Outlet
	in.apply(&f)
	if errs := f.Validate(); len(errs) > 0 {
		return errs
	}
	m := f.Model(0)
	if err := h.store.CreateOutlet(history.WithSummary(c.Request().Context(), f.Summary), m); err != nil {
		return err
	}
	return h.send(c, http.StatusCreated, m.ID)
}

// Update saves a change to an outlet, made from the version it sends.
func (h *Outlets) Update(c echo.Context) error {
	old, err := byRef(c, h.store.OutletByID, h.store.OutletBySlug)
	if err != nil {
		return err
	}
	var in OutletInput
	if err := readJSON(c, &in); err != nil {
		return err
	}
	f := forms.OutletFrom(old)
	in.apply(&f)
	if f.Version, err = needVersion(in.Version); err != nil {
		return err
	}
	if errs := f.Validate(); len(errs) > 0 {
		return errs
	}
	if err := h.store.UpdateOutlet(history.WithSummary(c.Request().Context(), f.Summary), f.Model(old.ID)); err != nil {
		return err
	}
	return h.send(c, http.StatusOK, old.ID)
}

// Delete moves an outlet nothing refers to to the trash.
func (h *Outlets) Delete(c echo.Context) error {
	o, err := byRef(c, h.store.OutletByID, h.store.OutletBySlug)
	if err != nil {
		return err
	}
	if err := h.store.DeleteOutlet(deleteContext(c), o.ID); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *Outlets) send(c echo.Context, status int, id int64) error {
	o, err := h.store.OutletByID(c.Request().Context(), id)
	if err != nil {
		return err
	}
	out := linksFor(c).outlet(o, true)
	if status == http.StatusCreated {
		c.Response().Header().Set(echo.HeaderLocation, out.APIURL)
	}
	return sendJSON(c, status, out)
}
