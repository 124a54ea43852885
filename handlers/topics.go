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
	b := h.base(c, "Topics", "topics")
	b.Meta = pageMeta(c, "website", "The subjects quotes on quotetrail are filed under.")
	return c.Render(http.StatusOK, "topics", topicsPage{Base: b, Topics: topics})
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
	b := h.base(c, t.Name, "topics")
	b.Meta = pageMeta(c, "website", "Quotes filed under "+t.Name+" on quotetrail: "+plural(t.QuoteCount, "quote", "quotes")+".", "page")
	return c.Render(http.StatusOK, "topic", topicPage{Base: b, Topic: t, Quotes: list.Quotes, Pager: pager(c, p, list.Total),
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

// topicKind tells the shared add, edit and delete handlers about topics.
func (h *Handler) topicKind() recordKind[forms.Topic, models.Topic, *forms.Topic] {
	return recordKind[forms.Topic, models.Topic, *forms.Topic]{
		path:   "/topics",
		ident:  func(t *models.Topic) (int64, string, string) { return t.ID, t.Slug, t.Name },
		label:  func(name string) string { return "the topic " + name },
		bySlug: h.store.TopicBySlug, byID: h.store.TopicByID,
		create: h.store.CreateTopic, update: h.store.UpdateTopic, remove: h.store.DeleteTopic,
		refusal: h.deleteRefusal(history.EntityTopic),
		form:    h.topicForm, fill: func(t *models.Topic) forms.Topic {
			return forms.Topic{Change: forms.Change{Version: t.Version}, Name: t.Name}
		},
		deletePage: func(c echo.Context, t *models.Topic) DeletePage {
			note := ""
			if t.QuoteCount > 0 {
				note = "Its quotes stay; they are only taken off this topic."
			}
			return DeletePage{
				Base: h.base(c, "Delete topic "+t.Name, "topics"), What: "topic", Name: t.Name,
				Action: "/topics/" + t.Slug + "/delete", Cancel: "/topics/" + t.Slug, Note: note,
			}
		},
	}
}

// CreateTopic saves a new topic.
func (h *Handler) CreateTopic(c echo.Context) error { return saveNew(c, h.topicKind()) }

// EditTopic shows the topic form filled in.
func (h *Handler) EditTopic(c echo.Context) error { return showEdit(c, h.topicKind()) }

// UpdateTopic renames a topic.
func (h *Handler) UpdateTopic(c echo.Context) error { return saveEdit(c, h, h.topicKind()) }

// ConfirmDeleteTopic asks before deleting a topic.
func (h *Handler) ConfirmDeleteTopic(c echo.Context) error {
	return confirmDeleteRecord(c, h.topicKind())
}

// DeleteTopic deletes a topic; its quotes stay.
func (h *Handler) DeleteTopic(c echo.Context) error { return deleteRecord(c, h.topicKind()) }
