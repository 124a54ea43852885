package api

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/models"
)

// People answers /api/v1/people.
type People struct {
	store  *models.Store
	search *search.Searcher
}

// PersonInput is a speaker as a client sends it: on create, what is left
// out takes the form's default; on update, what is left out stays as it
// is.
type PersonInput struct {
	Name        *string   `json:"name"`
	Kind        *string   `json:"kind"`
	Description *string   `json:"description"`
	WikidataID  *string   `json:"wikidata_id"`
	Aliases     *[]string `json:"aliases"`
	Version     *int      `json:"version"`
	Summary     string    `json:"summary"`
}

func (in PersonInput) apply(f *forms.Person) {
	set(&f.Name, in.Name)
	set(&f.Kind, in.Kind)
	set(&f.Description, in.Description)
	set(&f.WikidataID, in.WikidataID)
	if in.Aliases != nil {
		f.Aliases = lines(*in.Aliases)
	}
	f.Summary = in.Summary
}

// List lists speakers A to Z, those filed under ?letter=, or those whose
// name or alias has a word starting with ?q=.
func (h *People) List(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := readPaging(c, "people")
	if err != nil {
		return err
	}
	l := linksFor(c)
	var people []models.Person
	var more bool
	if q, has, err := nameQuery(c); err != nil {
		return err
	} else if has {
		found, err := h.search.SuggestPeople(ctx, q, p.Offset+p.Size+1)
		if err != nil {
			return err
		}
		people, more = window(found, p)
	} else {
		page, err := h.store.PeopleIndex(ctx, c.QueryParam("letter"), models.Page{Number: p.Offset/p.Size + 1, Size: p.Size})
		if err != nil {
			return err
		}
		people, more = page.People, int64(p.Offset+len(page.People)) < page.Total
	}
	out := make([]Person, len(people))
	for i := range people {
		out[i] = l.person(&people[i], false)
	}
	return sendList(c, out, p.following(more))
}

// Get reads one speaker by ID or slug.
func (h *People) Get(c echo.Context) error {
	p, err := byRef(c, h.store.PersonByID, h.store.PersonBySlug)
	if err != nil {
		return err
	}
	return sendJSON(c, http.StatusOK, linksFor(c).person(p, true))
}

// Create adds a speaker.
func (h *People) Create(c echo.Context) error {
	var in PersonInput
	if err := readJSON(c, &in); err != nil {
		return err
	}
	f := forms.Person{Kind: models.KindPerson}
	in.apply(&f)
	if errs := f.Validate(); len(errs) > 0 {
		return errs
	}
	m := f.Model(0)
	ctx := history.WithSummary(c.Request().Context(), f.Summary)
	if err := h.store.CreatePerson(ctx, m); err != nil {
		return err
	}
	return h.send(c, http.StatusCreated, m.ID)
}

// Update saves a change to a speaker, made from the version it sends.
func (h *People) Update(c echo.Context) error {
	old, err := byRef(c, h.store.PersonByID, h.store.PersonBySlug)
	if err != nil {
		return err
	}
	var in PersonInput
	if err := readJSON(c, &in); err != nil {
		return err
	}
	f := forms.PersonFrom(old)
	in.apply(&f)
	if f.Version, err = needVersion(in.Version); err != nil {
		return err
	}
	if errs := f.Validate(); len(errs) > 0 {
		return errs
	}
	ctx := history.WithSummary(c.Request().Context(), f.Summary)
	if err := h.store.UpdatePerson(ctx, f.Model(old.ID)); err != nil {
		return err
	}
	return h.send(c, http.StatusOK, old.ID)
}

// Delete moves a speaker with no quotes to the trash.
func (h *People) Delete(c echo.Context) error {
	p, err := byRef(c, h.store.PersonByID, h.store.PersonBySlug)
	if err != nil {
		return err
	}
	if err := h.store.DeletePerson(deleteContext(c), p.ID); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// send answers with the speaker as saved.
func (h *People) send(c echo.Context, status int, id int64) error {
	p, err := h.store.PersonByID(c.Request().Context(), id)
	if err != nil {
		return err
	}
	out := linksFor(c).person(p, true)
	if status == http.StatusCreated {
		c.Response().Header().Set(echo.HeaderLocation, out.APIURL)
	}
	return sendJSON(c, status, out)
}
