// Package merges is the page where an editor merges a person, outlet or
// topic into another that stands for the same (internal/merge):
// /people/:slug/merge, /outlets/:slug/merge, /topics/:slug/merge.
package merges

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/merge"
	"github.com/quotetrail/quotetrail/internal/nearnames"
	"github.com/quotetrail/quotetrail/models"
)

// Handler answers the merge pages.
type Handler struct {
	store *models.Store
	kinds map[string]kind
}

// New returns the merge pages' handlers.
func New(store *models.Store) *Handler { return &Handler{store: store, kinds: kindsOf(store)} }

// Form is what the merge page posts.
type Form struct {
	// Into is the name of the record to keep, typed; Pick one of the
	// suggestions, which wins when chosen.
	Into    string `form:"into"`
	Pick    string `form:"into_pick"`
	Version int    `form:"version"`
	Summary string `form:"summary"`
}

// target is the record the page merges away, as the page shows it.
type target struct {
	ID      int64
	Name    string
	Slug    string
	Version int
	// Holds says what points to it and moves with the merge.
	Holds string
}

// kind is what differs between merging people, outlets and topics.
type kind struct {
	typ, what, section string
	load               func(ctx context.Context, slug string) (target, error)
	find               func(ctx context.Context, name string) (id int64, err error)
	near               func(ctx context.Context, name string) ([]nearnames.Candidate, error)
}

// kindsOf are the kinds of record store can merge, by history type.
func kindsOf(s *models.Store) map[string]kind {
	return map[string]kind{
		history.EntityPerson: {typ: history.EntityPerson, what: "person", section: "people",
			load: func(ctx context.Context, slug string) (target, error) {
				p, err := s.PersonBySlug(ctx, slug)
				if err != nil {
					return target{}, err
				}
				return target{ID: p.ID, Name: p.Name, Slug: p.Slug, Version: p.Version, Holds: count(p.QuoteCount, "quote", "quotes") + " and the names they are printed under"}, nil
			},
			find: func(ctx context.Context, name string) (int64, error) {
				p, err := s.FindPerson(ctx, name)
				if err != nil {
					return 0, err
				}
				return p.ID, nil
			},
			near: func(ctx context.Context, name string) ([]nearnames.Candidate, error) {
				return nearnames.People(ctx, s, name, 6)
			},
		},
		history.EntityOutlet: {typ: history.EntityOutlet, what: "outlet", section: "outlets",
			load: func(ctx context.Context, slug string) (target, error) {
				o, err := s.OutletBySlug(ctx, slug)
				if err != nil {
					return target{}, err
				}
				return target{ID: o.ID, Name: o.Name, Slug: o.Slug, Version: o.Version, Holds: count(o.ArticleCount, "article", "articles") + ", the quotes that came via it and its web domains"}, nil
			},
			find: func(ctx context.Context, name string) (int64, error) {
				o, err := s.FindOutlet(ctx, name)
				if err != nil {
					return 0, err
				}
				return o.ID, nil
			},
			near: func(ctx context.Context, name string) ([]nearnames.Candidate, error) {
				return nearnames.Outlets(ctx, s, name, 6)
			},
		},
		history.EntityTopic: {typ: history.EntityTopic, what: "topic", section: "topics",
			load: func(ctx context.Context, slug string) (target, error) {
				t, err := s.TopicBySlug(ctx, slug)
				if err != nil {
					return target{}, err
				}
				return target{ID: t.ID, Name: t.Name, Slug: t.Slug, Version: t.Version, Holds: count(t.QuoteCount, "quote", "quotes") + " filed under it"}, nil
			},
			find: func(ctx context.Context, name string) (int64, error) {
				t, err := s.TopicBySlug(ctx, models.Slugify(name))
				if err != nil {
					return 0, err
				}
				return t.ID, nil
			},
			near: func(context.Context, string) ([]nearnames.Candidate, error) { return nil, nil },
		},
	}
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

type page struct {
	handlers.Base
	What, Section string
	Record        target
	Suggestions   []nearnames.Candidate
	Form          Form
	Errors        models.FieldErrors
	// Duplicates are pairs of quotes that stop a merge of two speakers.
	Duplicates [][2]int64
	Conflict   bool
}

// Show asks which record to keep, suggesting those with near names.
func (h *Handler) Show(typ string) echo.HandlerFunc {
	return func(c echo.Context) error {
		k := h.kinds[typ]
		rec, err := k.load(c.Request().Context(), c.Param("slug"))
		if err != nil {
			return err
		}
		return h.render(c, http.StatusOK, k, page{Record: rec, Form: Form{Version: rec.Version}})
	}
}

// Merge merges the record into the one the form names, or shows the form
// again with what stands in the way.
func (h *Handler) Merge(typ string) echo.HandlerFunc {
	return func(c echo.Context) error {
		k := h.kinds[typ]
		ctx := c.Request().Context()
		rec, err := k.load(ctx, c.Param("slug"))
		if err != nil {
			return err
		}
		var f Form
		if err := c.Bind(&f); err != nil {
			return err
		}
		p := page{Record: rec, Form: f, Errors: models.FieldErrors{}}
		name := strings.Join(strings.Fields(f.Into), " ")
		if f.Pick != "" {
			name = f.Pick
		}
		if name == "" {
			p.Errors.Add("into", fmt.Sprintf("Name the %s to keep: the one %s is merged into.", k.what, rec.Name))
			return h.render(c, http.StatusUnprocessableEntity, k, p)
		}
		intoID, err := k.find(ctx, name)
		if errors.Is(err, models.ErrNotFound) {
			p.Errors.Add("into", fmt.Sprintf("There is no %s called “%s”. Check the spelling, or pick one of the suggestions.", k.what, name))
			return h.render(c, http.StatusUnprocessableEntity, k, p)
		} else if err != nil {
			return err
		}
		res, err := merge.Records(handlers.SummaryContext(c), h.store, typ, rec.ID, intoID, f.Version)
		var dup *merge.DuplicatesError
		var conflict *history.ConflictError
		switch {
		case errors.As(err, &dup):
			p.Errors.Add("into", dup.Error())
			p.Duplicates = dup.Pairs
			return h.render(c, http.StatusConflict, k, p)
		case errors.As(err, &conflict):
			p.Errors.Add("into", fmt.Sprintf("%s was changed by someone else since you opened this page. Check the page again, then merge.", rec.Name))
			p.Conflict, p.Form.Version = true, conflict.Current
			return h.render(c, http.StatusConflict, k, p)
		case err != nil:
			if fe, ok := models.AsFieldErrors(err); ok {
				p.Errors = fe
				return h.render(c, http.StatusUnprocessableEntity, k, p)
			}
			return err
		}
		msg := fmt.Sprintf("Merged %s into %s: %s moved. Its old address leads here now. To undo the merge, restore %s from the trash.",
			rec.Name, res.Into, moved(res), rec.Name)
		return handlers.Redirect(c, "/"+k.section+"/"+res.IntoSlug, msg)
	}
}

func moved(r merge.Result) string {
	switch {
	case r.Type == history.EntityOutlet:
		return count(r.Articles, "article", "articles") + " and " + count(r.Quotes, "quote passed on", "quotes passed on")
	default:
		return count(r.Quotes, "quote", "quotes")
	}
}

func (h *Handler) render(c echo.Context, status int, k kind, p page) error {
	p.Base = handlers.ErrorBase(c, fmt.Sprintf("Merge %s into another %s", p.Record.Name, k.what))
	p.What, p.Section = k.what, k.section
	if p.Errors == nil {
		p.Errors = models.FieldErrors{}
	}
	near, err := k.near(c.Request().Context(), p.Record.Name)
	if err != nil {
		return err
	}
	for _, n := range near {
		if n.ID != p.Record.ID {
			p.Suggestions = append(p.Suggestions, n)
		}
	}
	return c.Render(status, "merge", p)
}
