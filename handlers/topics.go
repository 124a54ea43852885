package handlers

import (
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/models"
)

type topicsPage struct {
	Base
	Topics []models.Topic
}

// ListTopics shows every topic.
func (h *Handler) ListTopics(c echo.Context) error {
	topics, err := h.store.Topics(c.Request().Context())
	if err != nil {
		return err
	}
	return c.Render(http.StatusOK, "topics", topicsPage{Base: h.base(c, "Topics", "topics"), Topics: topics})
}

type topicPage struct {
	Base
	Topic   *models.Topic
	Quotes  []models.QuoteView
	Pager   Pager
	Exports []ExportLink
}

// ShowTopic shows the quotes filed under a topic, newest first.
func (h *Handler) ShowTopic(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := h.store.TopicBySlug(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	p := page(c)
	list, err := h.store.Quotes(ctx, models.QuoteFilter{TopicID: t.ID}, p)
	if err != nil {
		return err
	}
	return c.Render(http.StatusOK, "topic", topicPage{Base: h.base(c, t.Name, "topics"), Topic: t, Quotes: list.Quotes, Pager: pager(c, p, list.Total),
		Exports: exportLinks(url.Values{"topic": {t.Slug}})})
}

type topicFormPage struct {
	FormBase
	Form forms.Topic
}

func (h *Handler) topicForm(c echo.Context, f forms.Topic, errs forms.Errors, t *models.Topic) error {
	data := topicFormPage{Form: f}
	data.Errors = errs
	if t == nil {
		data.Base = h.base(c, "New topic", "topics")
		data.Action, data.Cancel = "/topics", "/topics"
	} else {
		data.Base = h.base(c, "Edit topic "+t.Name, "topics")
		data.Action, data.Cancel, data.Editing, data.RecordID = "/topics/"+t.Slug, "/topics/"+t.Slug, true, t.ID
	}
	return renderForm(c, "topic_form", &data)
}

// NewTopic shows the empty topic form.
func (h *Handler) NewTopic(c echo.Context) error { return h.topicForm(c, forms.Topic{}, nil, nil) }

// CreateTopic saves a new topic.
func (h *Handler) CreateTopic(c echo.Context) error {
	var f forms.Topic
	if err := c.Bind(&f); err != nil {
		return err
	}
	if errs := f.Validate(); len(errs) > 0 {
		return h.topicForm(c, f, errs, nil)
	}
	t := f.Model(0)
	if err := h.store.CreateTopic(c.Request().Context(), t); err != nil {
		if fe, ok := models.AsFieldErrors(err); ok {
			return h.topicForm(c, f, fe, nil)
		}
		return err
	}
	return redirect(c, "/topics/"+t.Slug, "Added the topic "+t.Name+".")
}

// EditTopic shows the topic form filled in.
func (h *Handler) EditTopic(c echo.Context) error {
	t, err := h.store.TopicBySlug(c.Request().Context(), c.Param("slug"))
	if err != nil {
		return err
	}
	return h.topicForm(c, forms.Topic{Change: forms.Change{Version: t.Version}, Name: t.Name}, nil, t)
}

// UpdateTopic renames a topic.
func (h *Handler) UpdateTopic(c echo.Context) error {
	ctx := c.Request().Context()
	old, err := h.store.TopicBySlug(ctx, c.Param("slug"))
	if id := renamedRecordID(c, err); id > 0 {
		old, err = h.store.TopicByID(ctx, id)
	}
	if err != nil {
		return err
	}
	var f forms.Topic
	if err := c.Bind(&f); err != nil {
		return err
	}
	if errs := f.Validate(); len(errs) > 0 {
		return h.topicForm(c, f, errs, old)
	}
	t := f.Model(old.ID)
	if err := h.store.UpdateTopic(history.WithSummary(ctx, f.Summary), t); err != nil {
		if fe, ok := models.AsFieldErrors(err); ok {
			return h.topicForm(c, f, fe, old)
		}
		if f.Version, err = h.conflict(c, err); err != nil {
			return err
		}
		return h.topicForm(c, f, nil, old)
	}
	return redirect(c, "/topics/"+t.Slug, "Saved the topic "+t.Name+".")
}

func topicDeletePage(h *Handler, c echo.Context, t *models.Topic) DeletePage {
	note := ""
	if t.QuoteCount > 0 {
		note = "Its quotes stay; they are only taken off this topic."
	}
	return DeletePage{
		Base: h.base(c, "Delete topic "+t.Name, "topics"), What: "topic", Name: t.Name,
		Action: "/topics/" + t.Slug + "/delete", Cancel: "/topics/" + t.Slug, Note: note,
	}
}

// ConfirmDeleteTopic asks before deleting a topic.
func (h *Handler) ConfirmDeleteTopic(c echo.Context) error {
	t, err := h.store.TopicBySlug(c.Request().Context(), c.Param("slug"))
	if err != nil {
		return err
	}
	return c.Render(http.StatusOK, "delete", topicDeletePage(h, c, t))
}

// DeleteTopic deletes a topic; its quotes stay.
func (h *Handler) DeleteTopic(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := h.store.TopicBySlug(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	err = h.store.DeleteTopic(deleteContext(c), t.ID)
	return confirmDelete(c, err, topicDeletePage(h, c, t), "/topics", "Deleted the topic "+t.Name+".")
}
