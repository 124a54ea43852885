package handlers

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/anchor"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/nearnames"
	"github.com/quotetrail/quotetrail/models"
)

type articlesPage struct {
	Base
	models.ArticleList
	Pager Pager
}

// ListArticles shows articles, latest added first.
func (h *Handler) ListArticles(c echo.Context) error {
	p := page(c)
	list, err := h.store.Articles(c.Request().Context(), 0, p)
	if err != nil {
		return err
	}
	b := h.base(c, "Articles", "articles")
	b.Meta = pageMeta(c, "website", "The articles quotetrail holds, with the quotes each printed.", "page")
	return c.Render(http.StatusOK, "articles", articlesPage{Base: b, ArticleList: list, Pager: pager(c, p, list.Total)})
}

type articlePage struct {
	Base
	Article  *models.Article
	Quotes   []models.QuoteView
	Segments []anchor.Segment
	Anchored int
	Exports  []ExportLink
}

// articleParam loads the article the path names, or fails with a 404.
func (h *Handler) articleParam(c echo.Context) (*models.Article, error) {
	id, err := idParam(c, "article")
	if err != nil {
		return nil, err
	}
	return h.store.ArticleByID(c.Request().Context(), id)
}

// articleQuoteLimit bounds the quotes shown on an article page: no real
// article prints more.
const articleQuoteLimit = 500

// ShowArticle shows an article's details, its quotes and its text with
// the quotes highlighted where they stand.
func (h *Handler) ShowArticle(c echo.Context) error {
	a, err := h.articleParam(c)
	if err != nil {
		return err
	}
	ctx, id := c.Request().Context(), a.ID
	list, err := h.store.Quotes(ctx, models.QuoteFilter{ArticleID: id}, models.Page{Number: 1, Size: articleQuoteLimit})
	if err != nil {
		return err
	}
	anchored := 0
	for _, q := range list.Quotes {
		if q.AnchorStart != nil {
			anchored++
		}
	}
	b := h.base(c, a.Title, "articles")
	b.Meta = pageMeta(c, "article", articleDescription(a))
	return c.Render(http.StatusOK, "article", articlePage{
		Base: b, Article: a, Quotes: list.Quotes,
		Segments: a.Highlights(list.Quotes), Anchored: anchored,
		Exports: exportLinks(url.Values{"article": {strconv.FormatInt(id, 10)}}),
	})
}

type articleFormPage struct {
	FormBase
	Form    forms.Article
	Outlets []models.Outlet

	// What was given to import the article from a web address or HTML.
	ImportURL     string
	ImportHTML    string
	ImportPageURL string
	// Bookmarklet is set when the bookmarklet opened the page.
	Bookmarklet bool
	// SameTitle are the articles with the title given, when the new one
	// has no address to tell it from them.
	SameTitle []models.Article
	// OutletNear are the outlets the outlet typed may mean.
	OutletNear []nearnames.Candidate
}

// nearOutlet shows the form again asking which outlet the editor meant,
// when the one typed is no outlet here but near one that is; shown
// reports whether it did.
func (h *Handler) nearOutlet(c echo.Context, f forms.Article, a *models.Article) (shown bool, err error) {
	err = nearnames.CheckOutlet(c.Request().Context(), h.store, f.Outlet, f.OutletNew, f.OutletPick == forms.NewSpeakerPick)
	near, ok := errors.AsType[*nearnames.NearError](err)
	if !ok {
		return false, err
	}
	data, err := h.articleFormData(c, f, forms.Errors{"outlet": near.Error()}, a)
	if err != nil {
		return true, err
	}
	data.OutletNear = near.Candidates
	return true, renderForm(c, "article_form", data)
}

func (h *Handler) articleForm(c echo.Context, f forms.Article, errs forms.Errors, a *models.Article) error {
	data, err := h.articleFormData(c, f, errs, a)
	if err != nil {
		return err
	}
	return renderForm(c, "article_form", data)
}

func (h *Handler) articleFormData(c echo.Context, f forms.Article, errs forms.Errors, a *models.Article) (*articleFormPage, error) {
	outlets, err := h.store.Outlets(c.Request().Context())
	if err != nil {
		return nil, err
	}
	data := articleFormPage{Form: f, Outlets: outlets}
	data.Errors = errs
	if a == nil {
		data.Base = h.base(c, "New article", "articles")
		data.Action, data.Cancel = "/articles", "/articles"
	} else {
		link := fmt.Sprintf("/articles/%d", a.ID)
		data.Base = h.base(c, "Edit article", "articles")
		data.Action, data.Cancel, data.Editing = link, link, true
	}
	return &data, nil
}

// NewArticle shows the empty article form.
// ?import_url= or ?import_page_url= fill in the import forms (the
// bookmarklet's way in; nothing is fetched until the editor asks).
func (h *Handler) NewArticle(c echo.Context) error {
	data, err := h.articleFormData(c, forms.Article{}, nil, nil)
	if err != nil {
		return err
	}
	data.ImportURL, data.ImportPageURL = c.QueryParam("import_url"), c.QueryParam("import_page_url")
	data.Bookmarklet = c.QueryParam("bookmarklet") == "1"
	return renderForm(c, "article_form", data)
}

// CreateArticle saves a new article.
func (h *Handler) CreateArticle(c echo.Context) error {
	var f forms.Article
	if err := c.Bind(&f); err != nil {
		return err
	}
	if errs := f.Validate(); len(errs) > 0 {
		return h.articleForm(c, f, errs, nil)
	}
	if shown, err := h.nearOutlet(c, f, nil); shown || err != nil {
		return err
	}
	if f.URL == "" && !f.SameTitleOK {
		same, err := h.store.ArticlesTitled(c.Request().Context(), f.Title, 5)
		if err != nil {
			return err
		}
		if len(same) > 0 {
			data, err := h.articleFormData(c, f, forms.Errors{"title": "An article with this title and no address is already in quotetrail."}, nil)
			if err != nil {
				return err
			}
			data.SameTitle = same
			return renderForm(c, "article_form", data)
		}
	}
	a, outlet := f.Model(0)
	if err := h.store.CreateArticle(c.Request().Context(), a, outlet); err != nil {
		if fe, ok := models.AsFieldErrors(err); ok {
			return h.articleForm(c, f, fe, nil)
		}
		return err
	}
	if strings.TrimSpace(a.Body) != "" {
		return redirect(c, reviewLink(a), "Saved the article. Review the quotes found in it.")
	}
	return redirect(c, reviewLink(a), "Added the article. Now add its quotes.")
}

// EditArticle shows the article form filled in.
func (h *Handler) EditArticle(c echo.Context) error {
	a, err := h.articleParam(c)
	if err != nil {
		return err
	}
	return h.articleForm(c, forms.ArticleFrom(a), nil, a)
}

// UpdateArticle saves changes to an article.
func (h *Handler) UpdateArticle(c echo.Context) error {
	old, err := h.articleParam(c)
	if err != nil {
		return err
	}
	ctx, id := c.Request().Context(), old.ID
	var f forms.Article
	if err := c.Bind(&f); err != nil {
		return err
	}
	if errs := f.Validate(); len(errs) > 0 {
		return h.articleForm(c, f, errs, old)
	}
	if shown, err := h.nearOutlet(c, f, old); shown || err != nil {
		return err
	}
	a, outlet := f.Model(id)
	if err := h.store.UpdateArticle(withResolve(c, history.WithSummary(ctx, f.Summary)), a, outlet); err != nil {
		if fe, ok := models.AsFieldErrors(err); ok {
			return h.articleForm(c, f, fe, old)
		}
		if f.Version, err = h.conflict(c, err); err != nil {
			return err
		}
		return h.articleForm(c, f, nil, old)
	}
	return redirect(c, fmt.Sprintf("/articles/%d", id), "Saved the article.")
}

func articleDeletePage(h *Handler, c echo.Context, a *models.Article) DeletePage {
	link := fmt.Sprintf("/articles/%d", a.ID)
	return DeletePage{
		Base: h.base(c, "Delete article", "articles"), What: "article", Name: a.Title,
		Action: link + "/delete", Cancel: link,
	}
}

// ConfirmDeleteArticle asks before deleting an article.
func (h *Handler) ConfirmDeleteArticle(c echo.Context) error {
	a, err := h.articleParam(c)
	if err != nil {
		return err
	}
	page := articleDeletePage(h, c, a)
	if page.Refusal, err = h.store.DeleteRefusal(c.Request().Context(), history.EntityArticle, a.ID, a.Title); err != nil {
		return err
	}
	return c.Render(http.StatusOK, "delete", page)
}

// DeleteArticle deletes an article with no quotes.
func (h *Handler) DeleteArticle(c echo.Context) error {
	a, err := h.articleParam(c)
	if err != nil {
		return err
	}
	id := a.ID
	err = h.store.DeleteArticle(deleteContext(c), id)
	return confirmDelete(c, err, articleDeletePage(h, c, a), "/articles", "Deleted the article “"+a.Title+"”.")
}
