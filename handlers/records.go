package handlers

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers/forms"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/models"
)

// recordForm is a form that fills a record of type M: F is the form
// struct, and its pointer checks it, converts it and carries the version
// and summary of an edit.
type recordForm[F, M any] interface {
	*F
	Validate() forms.Errors
	Model(id int64) *M
	Edit() *forms.Change
}

// recordKind tells the add, edit and delete handlers about one kind of
// simple record (a person, an outlet, a topic), whose pages all work the
// same way: saveNew, saveEdit, confirmDeleteRecord and deleteRecord.
type recordKind[F, M any, PF recordForm[F, M]] struct {
	// path is where the records live, as in "/people".
	path string
	// ident gives a record's id, slug and name.
	ident func(*M) (id int64, slug, name string)
	// label names a record in flash messages ("Lina Khan", "the topic privacy").
	label func(name string) string

	bySlug func(context.Context, string) (*M, error)
	byID   func(context.Context, int64) (*M, error)
	create func(context.Context, *M) error
	update func(context.Context, *M) error
	remove func(context.Context, int64) error
	// refusal says why a record cannot be deleted, or "" (deleteRefusal).
	refusal func(ctx context.Context, id int64, name string) (string, error)

	// form shows the form, for a new record when old is nil.
	form func(c echo.Context, f F, errs forms.Errors, old *M) error
	// fill gives the form filled in with a record, to edit it.
	fill func(*M) F
	// deletePage is the page that asks before deleting.
	deletePage func(c echo.Context, m *M) DeletePage
}

// saveNew binds the form, checks it and adds the record, or shows the form
// again with what is wrong.
func saveNew[F, M any, PF recordForm[F, M]](c echo.Context, k recordKind[F, M, PF]) error {
	var f F
	if err := c.Bind(&f); err != nil {
		return err
	}
	if errs := PF(&f).Validate(); len(errs) > 0 {
		return k.form(c, f, errs, nil)
	}
	m := PF(&f).Model(0)
	if err := k.create(c.Request().Context(), m); err != nil {
		if fe, ok := models.AsFieldErrors(err); ok {
			return k.form(c, f, fe, nil)
		}
		return err
	}
	_, slug, name := k.ident(m)
	return redirect(c, k.path+"/"+slug, "Added "+k.label(name)+".")
}

// showEdit shows the form filled in with the record the URL names.
func showEdit[F, M any, PF recordForm[F, M]](c echo.Context, k recordKind[F, M, PF]) error {
	m, err := k.bySlug(c.Request().Context(), c.Param("slug"))
	if err != nil {
		return err
	}
	return k.form(c, k.fill(m), nil, m)
}

// saveEdit saves an edit of the record the URL names (following a rename
// made since the form was opened), or shows the form again with what is
// wrong or with the changes it would have overwritten.
func saveEdit[F, M any, PF recordForm[F, M]](c echo.Context, h *Handler, k recordKind[F, M, PF]) error {
	ctx := c.Request().Context()
	old, err := k.bySlug(ctx, c.Param("slug"))
	if id := renamedRecordID(c, err); id > 0 {
		old, err = k.byID(ctx, id)
	}
	if err != nil {
		return err
	}
	var f F
	if err := c.Bind(&f); err != nil {
		return err
	}
	if errs := PF(&f).Validate(); len(errs) > 0 {
		return k.form(c, f, errs, old)
	}
	id, _, _ := k.ident(old)
	m := PF(&f).Model(id)
	change := PF(&f).Edit()
	if err := k.update(withResolve(c, history.WithSummary(ctx, change.Summary)), m); err != nil {
		if fe, ok := models.AsFieldErrors(err); ok {
			return k.form(c, f, fe, old)
		}
		if change.Version, err = h.conflict(c, err); err != nil {
			return err
		}
		return k.form(c, f, nil, old)
	}
	_, slug, name := k.ident(m)
	return redirect(c, k.path+"/"+slug, "Saved "+k.label(name)+".")
}

// confirmDeleteRecord asks before deleting the record the URL names.
func confirmDeleteRecord[F, M any, PF recordForm[F, M]](c echo.Context, k recordKind[F, M, PF]) error {
	ctx := c.Request().Context()
	m, err := k.bySlug(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	page := k.deletePage(c, m)
	id, _, name := k.ident(m)
	if page.Refusal, err = k.refusal(ctx, id, name); err != nil {
		return err
	}
	return c.Render(http.StatusOK, "delete", page)
}

// deleteRefusal is a recordKind's refusal for records of the history
// entity type typ.
func (h *Handler) deleteRefusal(typ string) func(context.Context, int64, string) (string, error) {
	return func(ctx context.Context, id int64, name string) (string, error) {
		return h.store.DeleteRefusal(ctx, typ, id, name)
	}
}

// deleteRecord deletes the record the URL names, or says why it cannot.
func deleteRecord[F, M any, PF recordForm[F, M]](c echo.Context, k recordKind[F, M, PF]) error {
	m, err := k.bySlug(c.Request().Context(), c.Param("slug"))
	if err != nil {
		return err
	}
	id, _, name := k.ident(m)
	err = k.remove(deleteContext(c), id)
	return confirmDelete(c, err, k.deletePage(c, m), k.path, "Deleted "+k.label(name)+".")
}

// named labels a record by its name alone.
func named(name string) string { return name }
