package api

import (
	"errors"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/merge"
	"github.com/quotetrail/quotetrail/models"
)

// History answers /api/v1/history: a record's revisions, as its History
// page shows them. Editors only, as the page is.
type History struct {
	store *models.Store
}

// RecordHistory is every revision of one record, newest first.
type RecordHistory struct {
	Type string `json:"type"`
	ID   int64  `json:"id"`
	// Exists is false for a record in the trash.
	Exists bool       `json:"exists"`
	Items  []Revision `json:"items"`
}

// Revision is one saved change: who made it, why, the record as it left
// it and what it changed.
type Revision struct {
	ID        int64         `json:"id"`
	Version   int           `json:"version"`
	Action    string        `json:"action"`
	Editor    *string       `json:"editor"`
	Summary   string        `json:"summary"`
	CreatedAt time.Time     `json:"created_at"`
	Fields    []FieldValue  `json:"fields"`
	Changes   []FieldChange `json:"changes"`
}

// FieldValue is one field of the record as a revision left it.
type FieldValue struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// FieldChange is one field a revision changed.
type FieldChange struct {
	Name string `json:"name"`
	Old  string `json:"old"`
	New  string `json:"new"`
}

// Show lists the revisions of the record /api/v1/history/:type/:id names.
func (h *History) Show(c echo.Context) error {
	typ := c.Param("type")
	if !slices.Contains(history.EntityTypes, typ) {
		return notFound(typ)
	}
	id, err := idParam(c)
	if err != nil {
		return err
	}
	revs, exists, err := h.store.History(c.Request().Context(), typ, id)
	if err != nil {
		return err
	}
	out := RecordHistory{Type: typ, ID: id, Exists: exists, Items: make([]Revision, len(revs))}
	for i, r := range revs {
		rev := Revision{
			ID: r.ID, Version: r.Version, Action: r.Action, Summary: r.Summary, CreatedAt: r.CreatedAt.UTC(),
			Fields: make([]FieldValue, len(r.Fields)), Changes: make([]FieldChange, len(r.Changes)),
		}
		if r.UserName != "" {
			rev.Editor = &r.UserName
		}
		for j, f := range r.Fields {
			rev.Fields[j] = FieldValue{Name: f.Name, Value: f.Value}
		}
		for j, ch := range r.Changes {
			rev.Changes[j] = FieldChange{Name: ch.Name, Old: ch.Old, New: ch.New}
		}
		out.Items[i] = rev
	}
	return sendJSON(c, http.StatusOK, out)
}

// Restored is what a restore brought back: the record, the version of it
// restored, what of that version could not come back, and the record's
// addresses.
type Restored struct {
	Type    string   `json:"type"`
	ID      int64    `json:"id"`
	Version int      `json:"version"`
	Dropped []string `json:"dropped"`
	URL     string   `json:"url"`
	APIURL  string   `json:"api_url"`
}

// Restore puts a record back as a revision left it, or brings it back
// from the trash, as the History page's button does, recording the
// restore as a change of its own. A version that cannot come back (its
// speaker in the trash, its words saved again since) is a 409 that says
// why.
func (h *History) Restore(c echo.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	done, err := merge.Restore(c.Request().Context(), h.store, id)
	if refused, ok := errors.AsType[*history.RestoreError](err); ok {
		return &Error{Status: http.StatusConflict, Detail: refused.Message}
	}
	if err != nil {
		return err
	}
	l := linksFor(c)
	section := map[string]string{history.EntityPerson: "people", history.EntityOutlet: "outlets", history.EntityTopic: "topics",
		history.EntityArticle: "articles", history.EntityQuote: "quotes"}[done.EntityType]
	ref := strconv.FormatInt(done.EntityID, 10)
	page := "/" + section + "/" + ref
	if slug, ok := h.slug(c, done.EntityType, done.EntityID); ok {
		page = "/" + section + "/" + slug
	}
	return sendJSON(c, http.StatusOK, Restored{
		Type: done.EntityType, ID: done.EntityID, Version: done.Version, Dropped: append([]string{}, done.Dropped...),
		URL: l.page("%s", page), APIURL: l.page("/api/v1/%s/%s", section, ref),
	})
}

// slug is the slug of a person, outlet or topic, which their pages use.
func (h *History) slug(c echo.Context, typ string, id int64) (string, bool) {
	ctx := c.Request().Context()
	switch typ {
	case history.EntityPerson:
		if p, err := h.store.PersonByID(ctx, id); err == nil {
			return p.Slug, true
		}
	case history.EntityOutlet:
		if o, err := h.store.OutletByID(ctx, id); err == nil {
			return o.Slug, true
		}
	case history.EntityTopic:
		if t, err := h.store.TopicByID(ctx, id); err == nil {
			return t.Slug, true
		}
	}
	return "", false
}
