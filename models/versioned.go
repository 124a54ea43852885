package models

import (
	"cmp"
	"errors"
	"fmt"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/history"
)

// Every record an editor changes carries a version, and its forms send
// back the version they showed: saving over a newer edit is refused.
// updateVersioned is that save, the same for every kind of record.

// versionedRow is a record saved from forms that carry its version.
type versionedRow interface {
	// versioned names the record for history and tells where its
	// version is kept.
	versioned() (typ string, id int64, version *int)
}

// sluggedRow is a record whose slug follows its name.
type sluggedRow interface {
	// slugged tells the table its slug is unique in, its name, and where
	// its slug is kept.
	slugged() (table, name string, slug *string)
}

func (p *Person) versioned() (string, int64, *int)  { return history.EntityPerson, p.ID, &p.Version }
func (o *Outlet) versioned() (string, int64, *int)  { return history.EntityOutlet, o.ID, &o.Version }
func (t *Topic) versioned() (string, int64, *int)   { return history.EntityTopic, t.ID, &t.Version }
func (a *Article) versioned() (string, int64, *int) { return history.EntityArticle, a.ID, &a.Version }
func (q *Quote) versioned() (string, int64, *int)   { return history.EntityQuote, q.ID, &q.Version }

func (p *Person) slugged() (string, string, *string) { return "people", p.Name, &p.Slug }
func (o *Outlet) slugged() (string, string, *string) { return "outlets", o.Name, &o.Slug }
func (t *Topic) slugged() (string, string, *string)  { return "topics", t.Name, &t.Slug }

// versionedUpdate says what is particular to saving one kind of record.
type versionedUpdate[T any] struct {
	// columns are the columns the UPDATE writes ("*" for all); never the
	// ID or when the record was made.
	columns []string
	// check refuses the change (a name taken, a speaker unknown) and
	// fills in what follows from the record as it stands, old; nothing
	// is written yet.
	check func(old *T) error
	// reslugAlways gives a slugged record a fresh slug on every save,
	// not only when its name changed: topics have always done so.
	reslugAlways bool
	// after writes what hangs off the record (aliases, domains, an
	// article's quotes, a quote's topics) once the record is saved.
	after func(old *T) error
}

// updateVersioned saves rec, which an editor changed from the version rec
// carries: it loads the record as it stands, refuses the save with a
// ConflictError when the record has moved on since, checks the change,
// records the state before it when history has none yet, gives a renamed
// record a new slug, writes rec only if no one else wrote the record
// meanwhile, writes what hangs off it, and records its new state. rec
// leaves with its new version.
func updateVersioned[T any, P interface {
	*T
	versionedRow
}](s *Store, tx *gorm.DB, rec P, u versionedUpdate[T]) error {
	typ, id, version := rec.versioned()
	var old T
	if err := tx.Take(&old, id).Error; err != nil {
		return notFound(err, fmt.Sprintf("%s %d", typ, id))
	}
	_, _, current := P(&old).versioned()
	if *version != *current {
		return saveOverNewer(s, tx, rec, u, *version, *current)
	}
	if u.check != nil {
		if err := u.check(&old); err != nil {
			return err
		}
	}
	if err := s.beforeChange(tx, typ, id); err != nil {
		return err
	}
	if r, ok := any(rec).(sluggedRow); ok {
		table, name, slug := r.slugged()
		_, oldName, oldSlug := any(&old).(sluggedRow).slugged()
		*slug = *oldSlug
		if name != oldName || u.reslugAlways {
			var err error
			if *slug, err = uniqueSlug(tx, table, name, id); err != nil {
				return err
			}
		}
	}
	*version = *current + 1
	if err := guardedUpdate(tx, rec, u.columns, *current); err != nil {
		return err
	}
	if u.after != nil {
		if err := u.after(&old); err != nil {
			return err
		}
	}
	return s.record(tx, typ, id, history.ActionUpdate)
}

// guardedUpdate writes columns of rec only if the record is still at
// version: on PostgreSQL, two transactions that both read the same
// version cannot both write.
func guardedUpdate[T any, P interface {
	*T
	versionedRow
}](tx *gorm.DB, rec P, columns []string, version int) error {
	typ, id, _ := rec.versioned()
	// A blank model, not rec: gorm writes what it sets (updated_at) into
	// the model, and the caller's copies must stay as they are.
	res := tx.Model(new(T)).Where("id = ? AND version = ?", id, version).Select(columns).Omit("id", "created_at").Updates(rec)
	if res.Error != nil {
		return fmt.Errorf("update %s %d: %w", typ, id, res.Error)
	}
	if res.RowsAffected == 0 {
		return &history.ConflictError{EntityType: typ, EntityID: id, Yours: version, Current: version + 1}
	}
	return nil
}

// saveOverNewer saves rec, which its editor changed from version yours,
// over the record now at version current, field by field: what the
// editor changed goes in, what others changed since stays. It saves the
// whole form inside a savepoint to see the record as the editor would
// leave it, takes that back, and writes the three-way merge of the
// version opened, the record now and the editor's (history.Merge3). A
// field both changed is a ConflictError naming it, unless the editor
// saw that conflict at current and chose their own (history.Resolves).
func saveOverNewer[T any, P interface {
	*T
	versionedRow
}](s *Store, tx *gorm.DB, rec P, u versionedUpdate[T], yours, current int) error {
	typ, id, version := rec.versioned()
	conflict := &history.ConflictError{EntityType: typ, EntityID: id, Yours: yours, Current: current}
	base, ok, err := history.AtVersion(tx, typ, id, yours)
	if err != nil || !ok {
		return cmp.Or(err, error(conflict))
	}
	theirs, err := s.loadSnapshot(tx, typ, id)
	if err != nil {
		return err
	}
	if err := tx.SavePoint("mine").Error; err != nil {
		return fmt.Errorf("save over a newer edit: %w", err)
	}
	*version = current
	err = updateVersioned(s, tx, rec, u)
	var mine history.State
	if err == nil {
		mine, err = s.loadSnapshot(tx, typ, id)
	}
	if rollback := tx.RollbackTo("mine").Error; rollback != nil {
		return fmt.Errorf("save over a newer edit: %w", rollback)
	}
	*version = yours
	if err != nil {
		return err
	}
	mineWins := history.Resolves(tx.Statement.Context, current)
	merged, fields, err := mergeSnapshots(typ, base, theirs.Snapshot, mine.Snapshot, mineWins)
	if err != nil {
		return err
	}
	if len(fields) > 0 && !mineWins {
		conflict.Fields = fields
		return conflict
	}
	at := applyTarget{id: id, exists: true, version: current + 1, created: theirs.CreatedAt}
	if err := s.applySnapshot(tx, typ, merged, at); err != nil {
		if _, refused := errors.AsType[*history.RestoreError](err); refused {
			return conflict // the editor's change needs a record the merge cannot make (a new speaker)
		}
		return err
	}
	*version = current + 1
	return s.record(tx, typ, id, history.ActionUpdate)
}

func mergeSnapshots(typ, base string, theirs, mine history.Snapshot, mineWins bool) (string, []string, error) {
	t, err := history.Encode(theirs)
	if err != nil {
		return "", nil, err
	}
	m, err := history.Encode(mine)
	if err != nil {
		return "", nil, err
	}
	return history.Merge3(typ, base, t, m, mineWins)
}
