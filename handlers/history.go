package handlers

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/merge"
	"github.com/quotetrail/quotetrail/models"
)

// changesPageSize is how many revisions the recent changes and trash
// pages list at a time.
const changesPageSize = 50

type historyPage struct {
	Base
	Type      string
	Link      string // the record's page, while it exists
	Exists    bool
	Revisions []history.RevisionView
}

// ShowHistory lists every revision of a record, with what each changed
// and a button to restore it.
func (h *Handler) ShowHistory(c echo.Context) error {
	ctx := c.Request().Context()
	typ := c.Param("type")
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	revs, exists, err := h.store.History(ctx, typ, id)
	if err != nil {
		return err
	}
	data := historyPage{Type: typ, Revisions: revs, Exists: exists}
	title := fmt.Sprintf("History of %s %d", typ, id)
	if len(revs) > 0 {
		title = "History of " + revs[0].Label
	}
	data.Base = h.base(c, title, "")
	if data.Exists {
		if data.Link, err = h.recordLink(c, typ, id); err != nil {
			return err
		}
	}
	return c.Render(http.StatusOK, "history", data)
}

// recordLink is the address of a record's page.
func (h *Handler) recordLink(c echo.Context, typ string, id int64) (string, error) {
	ctx := c.Request().Context()
	switch typ {
	case history.EntityPerson:
		p, err := h.store.PersonByID(ctx, id)
		if err != nil {
			return "", err
		}
		return "/people/" + p.Slug, nil
	case history.EntityOutlet:
		o, err := h.store.OutletByID(ctx, id)
		if err != nil {
			return "", err
		}
		return "/outlets/" + o.Slug, nil
	case history.EntityTopic:
		t, err := h.store.TopicByID(ctx, id)
		if err != nil {
			return "", err
		}
		return "/topics/" + t.Slug, nil
	case history.EntityArticle:
		return fmt.Sprintf("/articles/%d", id), nil
	case history.EntityQuote:
		return fmt.Sprintf("/quotes/%d", id), nil
	}
	return "", fmt.Errorf("record type %q: %w", typ, models.ErrNotFound)
}

// RestoreRevision puts a record back as a revision left it, or brings it
// back from the trash, and shows the record.
func (h *Handler) RestoreRevision(c echo.Context) error {
	id, err := idParam(c, "revision")
	if err != nil {
		return err
	}
	done, err := merge.Restore(c.Request().Context(), h.store, id)
	var refused *history.RestoreError
	if errors.As(err, &refused) {
		setFlash(c, "error", refused.Message)
		return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/history/%s/%d", done.EntityType, done.EntityID))
	}
	if err != nil {
		return err
	}
	link, err := h.recordLink(c, done.EntityType, done.EntityID)
	if err != nil {
		return err
	}
	msg := fmt.Sprintf("Restored version %d. The restore is in the history as a change of its own.", done.Version)
	if done.Unmerged != "" {
		msg = fmt.Sprintf("Undid the merge into %s: this record is back, with what moved to %s and is still there.", done.Unmerged, done.Unmerged)
	}
	if len(done.Dropped) > 0 {
		msg += " Not restored: " + strings.Join(done.Dropped, "; ") + ". Restore it first, then this version again."
	}
	return redirect(c, link, msg)
}

type changesPage struct {
	Base
	Revisions []history.RevisionView
	Users     []history.Editor
	UserID    int64
	Types     []string
	Type      string
	Next      string
}

// filterParams reads the record type and editor filters shared by the
// recent changes and trash pages; an unknown type is a 400.
func filterParams(c echo.Context) (typ string, userID, before int64, err error) {
	typ = c.QueryParam("type")
	if typ != "" && !slices.Contains(history.EntityTypes, typ) {
		return "", 0, 0, echo.NewHTTPError(http.StatusBadRequest, fmt.Sprintf("There is no kind of record called %q.", typ))
	}
	for _, p := range []struct {
		name string
		v    *int64
	}{{"user", &userID}, {"before", &before}} {
		if s := c.QueryParam(p.name); s != "" {
			n, perr := strconv.ParseInt(s, 10, 64)
			if perr != nil || n < 0 {
				return "", 0, 0, echo.NewHTTPError(http.StatusBadRequest, fmt.Sprintf("%q is not a valid %s.", s, p.name))
			}
			*p.v = n
		}
	}
	return typ, userID, before, nil
}

// nextLink is the address of the next page of a list, keeping its filters.
func nextLink(c echo.Context, before int64) string {
	if before == 0 {
		return ""
	}
	q := url.Values{}
	for _, k := range []string{"type", "user"} {
		if v := c.QueryParam(k); v != "" {
			q.Set(k, v)
		}
	}
	q.Set("before", strconv.FormatInt(before, 10))
	return c.Path() + "?" + q.Encode()
}

// RecentChanges lists the changes made across the site, newest first,
// filtered by editor and kind of record.
func (h *Handler) RecentChanges(c echo.Context) error {
	typ, userID, before, err := filterParams(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	revs, next, err := h.store.RecentChanges(ctx, history.ChangeFilter{UserID: userID, EntityType: typ, Before: before}, changesPageSize)
	if err != nil {
		return err
	}
	users, err := h.store.ChangeEditors(ctx)
	if err != nil {
		return err
	}
	return c.Render(http.StatusOK, "changes", changesPage{
		Base: h.base(c, "Recent changes", "changes"), Revisions: revs, Users: users, UserID: userID,
		Types: history.EntityTypes, Type: typ, Next: nextLink(c, next),
	})
}

// ShowTrash lists deleted records that can be restored.
func (h *Handler) ShowTrash(c echo.Context) error {
	typ, _, before, err := filterParams(c)
	if err != nil {
		return err
	}
	revs, next, err := h.store.Trash(c.Request().Context(), typ, before, changesPageSize)
	if err != nil {
		return err
	}
	return c.Render(http.StatusOK, "trash", changesPage{
		Base: h.base(c, "Trash", "changes"), Revisions: revs, Types: history.EntityTypes, Type: typ, Next: nextLink(c, next),
	})
}
