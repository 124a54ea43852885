package api

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/models"
)

// Topics answers /api/v1/topics.
type Topics struct {
	store *models.Store
}

// TopicInput is a topic as a client sends it (see PersonInput).
type TopicInput struct {
	Name    *string `json:"name"`
	Version *int    `json:"version"`
	Summary string  `json:"summary"`
}

// List lists topics by name, or those whose name holds ?q=.
func (h *Topics) List(c echo.Context) error {
	p, err := readPaging(c, "topics")
	if err != nil {
		return err
	}
	q, _, err := nameQuery(c)
	if err != nil {
		return err
	}
	all, err := h.store.Topics(c.Request().Context())
	if err != nil {
		return err
	}
	kept := all[:0]
	for _, t := range all {
		if strings.Contains(strings.ToLower(t.Name), strings.ToLower(q)) {
			kept = append(kept, t)
		}
	}
	topics, more := window(kept, p)
	l := linksFor(c)
	out := make([]Topic, len(topics))
	for i := range topics {
		out[i] = l.topic(&topics[i])
	}
	return sendList(c, out, p.following(more))
}

// Get reads one topic by ID or slug.
func (h *Topics) Get(c echo.Context) error {
	t, err := byRef(c, h.store.TopicByID, h.store.TopicBySlug)
	if err != nil {
		return err
	}
	return sendJSON(c, http.StatusOK, linksFor(c).topic(t))
}

// Create adds a topic.
func (h *Topics) Create(c echo.Context) error {
	var in TopicInput
	if err := readJSON(c, &in); err != nil {
		return err
	}
	var f forms.Topic
	set(&f.Name, in.Name)
	f.Summary = in.Summary
	if errs := f.Validate(); len(errs) > 0 {
		return errs
	}
	m := f.Model(0)
	if err := h.store.CreateTopic(history.WithSummary(c.Request().Context(), f.Summary), m); err != nil {
		return err
	}
	return h.send(c, http.StatusCreated, m.ID)
}

// Update saves a change to a topic, made from the version it sends.
func (h *Topics) Update(c echo.Context) error {
	old, err := byRef(c, h.store.TopicByID, h.store.TopicBySlug)
	if err != nil {
		return err
	}
	var in TopicInput
	if err := readJSON(c, &in); err != nil {
		return err
	}
	f := forms.Topic{Name: old.Name}
	set(&f.Name, in.Name)
	f.Summary = in.Summary
	if f.Version, err = needVersion(in.Version); err != nil {
		return err
	}
	if errs := f.Validate(); len(errs) > 0 {
		return errs
	}
	if err := h.store.UpdateTopic(history.WithSummary(c.Request().Context(), f.Summary), f.Model(old.ID)); err != nil {
		return err
	}
	return h.send(c, http.StatusOK, old.ID)
}

// Delete moves a topic to the trash; its quotes stay, without it.
func (h *Topics) Delete(c echo.Context) error {
	t, err := byRef(c, h.store.TopicByID, h.store.TopicBySlug)
	if err != nil {
		return err
	}
	if err := h.store.DeleteTopic(deleteContext(c), t.ID); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *Topics) send(c echo.Context, status int, id int64) error {
	t, err := h.store.TopicByID(c.Request().Context(), id)
	if err != nil {
		return err
	}
	out := linksFor(c).topic(t)
	if status == http.StatusCreated {
		c.Response().Header().Set(echo.HeaderLocation, out.APIURL)
	}
	return sendJSON(c, status, out)
}
