package forms

import "github.com/quotetrail/quotetrail/models"

// Topic is the topic form.
type Topic struct {
	Change
	Name string `form:"name"`
}

// Validate names every problem with the form.
func (f *Topic) Validate() Errors {
	errs := Errors{}
	f.Name = clean(f.Name)
	required(errs, "name", f.Name, "A name")
	maxLen(errs, "name", f.Name, 60)
	f.Change.validate(errs)
	return errs
}

// Model returns the topic the form describes.
func (f *Topic) Model(id int64) *models.Topic {
	return &models.Topic{ID: id, Version: f.Version, Name: f.Name}
}
