package history

import (
	"context"
	"fmt"
)

// ConflictError refuses to save a form over a record that someone else
// changed after the form was opened.
type ConflictError struct {
	EntityType string
	EntityID   int64
	Yours      int // the version the form was opened at
	Current    int // the version saved now
	// Fields are the fields both this editor and another changed since
	// Yours, as the forms name them; empty when history could not tell.
	Fields []string
}

type resolveKey struct{}

// WithResolve marks ctx as saving a form whose editor saw, at version,
// the fields both they and another editor changed, and chose theirs.
func WithResolve(ctx context.Context, version int) context.Context {
	return context.WithValue(ctx, resolveKey{}, version)
}

// Resolves tells whether ctx's editor chose their own values for the
// fields in conflict at version.
func Resolves(ctx context.Context, version int) bool {
	v, ok := ctx.Value(resolveKey{}).(int)
	return ok && v == version
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("%s %d was changed (now version %d) since version %d was opened", e.EntityType, e.EntityID, e.Current, e.Yours)
}

// RestoreError says why a revision cannot be put back as it stands; the
// message is written for the editor who asked.
type RestoreError struct {
	Message string
}

func (e *RestoreError) Error() string { return e.Message }
