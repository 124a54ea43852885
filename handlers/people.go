package handlers

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/facets"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/slugs"
	"github.com/quotetrail/quotetrail/internal/stats"
	"github.com/quotetrail/quotetrail/models"
)

type peoplePage struct {
	Base
	Letter string
	models.PeoplePage
	Pager Pager
}

// ListPeople shows the A to Z index of speakers.
func (h *Handler) ListPeople(c echo.Context) error {
	letter := strings.ToUpper(strings.TrimSpace(c.QueryParam("letter")))
	if letter != "#" && (len(letter) != 1 || letter[0] < 'A' || letter[0] > 'Z') {
		letter = ""
	}
	p := page(c)
	list, err := h.store.PeopleIndex(c.Request().Context(), letter, p)
	if err != nil {
		return err
	}
	title := "People"
	if letter != "" {
		title = "People: " + letter
	}
	b := h.base(c, title, "people")
	b.Meta = pageMeta(c, "website", "The people and organisations quoted on quotetrail, A to Z.", "letter", "page")
	return c.Render(http.StatusOK, "people", peoplePage{
		Base: b, Letter: letter, PeoplePage: list, Pager: pager(c, p, list.Total),
	})
}

// quoteFilters are the filters a list of quotes offers, as chosen.
type quoteFilters struct {
	Topic   string
	Outlet  string
	Year    int
	Years   []int
	Topics  []models.FacetItem
	Outlets []models.FacetItem
	Active  bool
	// Unfiltered says the counts beside each choice are for all of the
	// speaker's quotes, not for the quotes the other filters keep.
	Unfiltered bool
}

// readQuoteFilters resolves ?topic=, ?outlet= and ?year= into f, whose
// PersonID is set. An unknown topic or outlet keeps nothing rather than
// everything. The choices and their counts come from the per-speaker
// counts, which cost the same for 10 quotes or 150,000; counting within
// a filtered set would scan it, so with a filter on the counts stay
// those of all the speaker's quotes and the page says so.
func (h *Handler) readQuoteFilters(c echo.Context, f *models.QuoteFilter) (quoteFilters, error) {
	ctx := c.Request().Context()
	qf := quoteFilters{Topic: c.QueryParam("topic"), Outlet: c.QueryParam("outlet")}
	if qf.Topic != "" {
		t, err := slugs.Find(ctx, h.store, slugs.Topic, qf.Topic, h.store.TopicBySlug)
		switch {
		case errors.Is(err, models.ErrNotFound):
			f.TopicID = -1
		case err != nil:
			return qf, err
		default:
			f.TopicID = t.ID
		}
	}
	if qf.Outlet != "" {
		o, err := slugs.Find(ctx, h.store, slugs.Outlet, qf.Outlet, h.store.OutletBySlug)
		switch {
		case errors.Is(err, models.ErrNotFound):
			f.OutletID = -1
		case err != nil:
			return qf, err
		default:
			f.OutletID = o.ID
		}
	}
	if y, err := strconv.Atoi(c.QueryParam("year")); err == nil && y > 0 && y < 10000 {
		qf.Year, f.Year = y, y
	}
	qf.Active = qf.Topic != "" || qf.Outlet != "" || qf.Year != 0
	qf.Unfiltered = qf.Active
	var err error
	if qf.Years, err = facets.Years(ctx, h.store, f.PersonID); err != nil {
		return qf, err
	}
	if qf.Topics, err = facets.Topics(ctx, h.store, f.PersonID); err != nil {
		return qf, err
	}
	if qf.Outlets, err = facets.Outlets(ctx, h.store, f.PersonID); err != nil {
		return qf, err
	}
	return qf, nil
}

type personPage struct {
	Base
	Person  *models.Person
	Quotes  []models.QuoteView
	Pager   Pager
	Filters quoteFilters
	Exports []ExportLink
	Dash    *stats.Dashboard // their quotes over time and their outlets
}

// ShowPerson shows a speaker's quotes, newest first, with filters. Pages
// link to each other by key (?before=, ?after=) so a deep page costs what
// the first does; ?page=N still works for old links and leads on by key.
func (h *Handler) ShowPerson(c echo.Context) error {
	ctx := c.Request().Context()
	person, err := h.store.PersonBySlug(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	f := models.QuoteFilter{PersonID: person.ID}
	filters, err := h.readQuoteFilters(c, &f)
	if err != nil {
		return err
	}
	total, err := facets.Count(ctx, h.store, f, int64(person.QuoteCount))
	if err != nil {
		return err
	}
	p := page(c)
	cur := models.QuoteCursor{Offset: p.Offset(), Size: p.Size}
	if k, ok := models.ParseQuoteKey(c.QueryParam("before")); ok {
		cur.Before = &k
	} else if k, ok := models.ParseQuoteKey(c.QueryParam("after")); ok {
		cur.After = &k
	}
	slice, err := h.store.QuotesByKey(ctx, f, cur)
	if err != nil {
		return err
	}
	dash, err := h.stats.Dashboard(ctx, stats.Scope{PersonID: person.ID})
	if err != nil {
		return err
	}
	b := h.base(c, person.Name, "people")
	b.Meta = pageMeta(c, "profile", personDescription(person))
	return c.Render(http.StatusOK, "person", personPage{
		Base: b, Person: person, Quotes: slice.Quotes,
		Pager: keysetPager(c, p, cur, slice, total), Filters: filters, Dash: dash,
		Exports: exportLinks(url.Values{"person": {person.Slug}, "topic": {filters.Topic}, "outlet": {filters.Outlet}}),
	})
}

type personFormPage struct {
	FormBase
	Form  forms.Person
	Kinds []string
}

func (h *Handler) personForm(c echo.Context, f forms.Person, errs forms.Errors, p *models.Person) error {
	data := personFormPage{Form: f, Kinds: models.PersonKinds}
	data.Errors = errs
	if p == nil {
		data.Base = h.base(c, "New person", "people")
		data.Action, data.Cancel = "/people", "/people"
	} else {
		data.Base = h.base(c, "Edit "+p.Name, "people")
		data.Action, data.Cancel, data.Editing, data.RecordID = "/people/"+p.Slug, "/people/"+p.Slug, true, p.ID
	}
	return renderForm(c, "person_form", &data)
}

// NewPerson shows the empty speaker form.
func (h *Handler) NewPerson(c echo.Context) error {
	return h.personForm(c, forms.Person{Kind: models.KindPerson}, nil, nil)
}

// personKind tells the shared add, edit and delete handlers about people.
func (h *Handler) personKind() recordKind[forms.Person, models.Person, *forms.Person] {
	return recordKind[forms.Person, models.Person, *forms.Person]{
		path:   "/people",
		ident:  func(p *models.Person) (int64, string, string) { return p.ID, p.Slug, p.Name },
		label:  named,
		bySlug: h.store.PersonBySlug, byID: h.store.PersonByID,
		create: h.store.CreatePerson, update: h.store.UpdatePerson, remove: h.store.DeletePerson,
		refusal: h.deleteRefusal(history.EntityPerson),
		form:    h.personForm, fill: forms.PersonFrom,
		deletePage: func(c echo.Context, p *models.Person) DeletePage {
			return DeletePage{
				Base: h.base(c, "Delete "+p.Name, "people"), What: "person", Name: p.Name,
				Action: "/people/" + p.Slug + "/delete", Cancel: "/people/" + p.Slug,
			}
		},
	}
}

// CreatePerson saves a new speaker.
func (h *Handler) CreatePerson(c echo.Context) error { return saveNew(c, h.personKind()) }

// EditPerson shows the speaker form filled in.
func (h *Handler) EditPerson(c echo.Context) error { return showEdit(c, h.personKind()) }

// UpdatePerson saves changes to a speaker.
func (h *Handler) UpdatePerson(c echo.Context) error { return saveEdit(c, h, h.personKind()) }

// ConfirmDeletePerson asks before deleting a speaker.
func (h *Handler) ConfirmDeletePerson(c echo.Context) error {
	return confirmDeleteRecord(c, h.personKind())
}

// DeletePerson deletes a speaker who has no quotes.
func (h *Handler) DeletePerson(c echo.Context) error { return deleteRecord(c, h.personKind()) }
