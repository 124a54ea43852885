package history

import "fmt"

// ConflictError refuses to save a form over a record that someone else
// changed after the form was opened.
type ConflictError struct {
	EntityType string
	EntityID   int64
	Yours      int // the version the form was opened at
	Current    int // the version saved now
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
