package api

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/models"
)

// Articles answers /api/v1/articles.
type Articles struct {
	store  *models.Store
	search *search.Searcher
}

// ArticleInput is an article as a client sends it (see PersonInput). The
// outlet is named as on the form: an existing outlet's name or domain,
// or a new one when outlet_new is set.
type ArticleInput struct {
	Title       *string   `json:"title"`
	Link        *string   `json:"link"`
	Outlet      *string   `json:"outlet"`
	OutletNew   bool      `json:"outlet_new"`
	Authors     *[]string `json:"authors"`
	PublishedOn *string   `json:"published_on"`
	AccessedOn  *string   `json:"accessed_on"`
	Body        *string   `json:"body"`
	Version     *int      `json:"version"`
	Summary     string    `json:"summary"`
}

func (in ArticleInput) apply(f *forms.Article) {
	set(&f.Title, in.Title)
	set(&f.URL, in.Link)
	set(&f.Outlet, in.Outlet)
	f.OutletNew = in.OutletNew
	if in.Authors != nil {
		f.Authors = lines(*in.Authors)
	}
	set(&f.Published, in.PublishedOn)
	set(&f.Accessed, in.AccessedOn)
	set(&f.Body, in.Body)
	f.Summary = in.Summary
}

// articleFields maps the form's field names to the API's where they
// differ, so refusals name the field the client sent.
var articleFields = map[string]string{"url": "link"}

// List lists articles newest first, one outlet's (?outlet=), or those
// whose title matches ?q=.
func (h *Articles) List(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := readPaging(c, "articles")
	if err != nil {
		return err
	}
	var articles []models.Article
	var more bool
	if q, has, err := nameQuery(c); err != nil {
		return err
	} else if has {
		found, err := h.search.SuggestArticles(ctx, q, p.Offset+p.Size+1)
		if err != nil {
			return err
		}
		var page []models.ArticleChoice
		page, more = window(found, p)
		for _, a := range page {
			full, err := h.store.ArticleByID(ctx, a.ID)
			if err != nil {
				return err
			}
			articles = append(articles, *full)
		}
	} else {
		var outletID int64
		if slug := c.QueryParam("outlet"); slug != "" {
			o, err := h.store.OutletBySlug(ctx, slug)
			if err != nil {
				return unknownFilter(err, "outlet")
			}
			outletID = o.ID
		}
		list, err := h.store.Articles(ctx, outletID, models.Page{Number: p.Offset/p.Size + 1, Size: p.Size})
		if err != nil {
			return err
		}
		articles, more = list.Articles, int64(p.Offset+len(list.Articles)) < list.Total
	}
	l := linksFor(c)
	out := make([]Article, len(articles))
	for i := range articles {
		out[i] = l.article(&articles[i], false)
	}
	return sendList(c, out, p.following(more))
}

// Get reads one article, its text included.
func (h *Articles) Get(c echo.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	a, err := h.store.ArticleByID(c.Request().Context(), id)
	if err != nil {
		return err
	}
	return sendJSON(c, http.StatusOK, linksFor(c).article(a, true))
}

// Create adds an article.
func (h *Articles) Create(c echo.Context) error {
	var in ArticleInput
	if err := readJSON(c, &in); err != nil {
		return err
	}
	var f forms.Article
	in.apply(&f)
	if errs := f.Validate(); len(errs) > 0 {
		return renamed(errs, articleFields)
	}
	a, outlet := f.Model(0)
	if err := h.store.CreateArticle(history.WithSummary(c.Request().Context(), f.Summary), a, outlet); err != nil {
		return renamedErr(err, articleFields)
	}
	return h.send(c, http.StatusCreated, a.ID)
}

// Update saves a change to an article, made from the version it sends.
func (h *Articles) Update(c echo.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	old, err := h.store.ArticleByID(c.Request().Context(), id)
	if err != nil {
		return err
	}
	var in ArticleInput
	if err := readJSON(c, &in); err != nil {
		return err
	}
	f := forms.ArticleFrom(old)
	in.apply(&f)
	if f.Version, err = needVersion(in.Version); err != nil {
		return err
	}
	if errs := f.Validate(); len(errs) > 0 {
		return renamed(errs, articleFields)
	}
	a, outlet := f.Model(id)
	if err := h.store.UpdateArticle(history.WithSummary(c.Request().Context(), f.Summary), a, outlet); err != nil {
		return renamedErr(err, articleFields)
	}
	return h.send(c, http.StatusOK, id)
}

// Delete moves an article with no quotes to the trash.
func (h *Articles) Delete(c echo.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	if err := h.store.DeleteArticle(deleteContext(c), id); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *Articles) send(c echo.Context, status int, id int64) error {
	a, err := h.store.ArticleByID(c.Request().Context(), id)
	if err != nil {
		return err
	}
	out := linksFor(c).article(a, true)
	if status == http.StatusCreated {
		c.Response().Header().Set(echo.HeaderLocation, out.APIURL)
	}
	return sendJSON(c, status, out)
}
