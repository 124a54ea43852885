// Package merge joins two records that stand for the same speaker, outlet
// or topic ("Lina Kahn" typed once for "Lina Khan"). Everything that
// pointed to the merged record moves to the one kept: a speaker's quotes
// and aliases, an outlet's articles, domains and the quotes it passed on,
// a topic's quotes. The merged record's name stays findable (an alias of
// a speaker, a merged name of an outlet or topic), its addresses lead to
// the kept record, and the merge is one revision in its history: undoing
// it from there (Restore) moves everything back.
package merge

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/fingerprint"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/models"
)

// Kinds lists the kinds of record that can be merged.
var Kinds = []string{history.EntityPerson, history.EntityOutlet, history.EntityTopic}

var tables = map[string]string{history.EntityPerson: "people", history.EntityOutlet: "outlets", history.EntityTopic: "topics"}

// Result tells what a merge, or the undoing of one, did.
type Result struct {
	Type       string
	FromID     int64
	From       string // the merged record's name
	IntoID     int64
	Into       string // the kept record's name
	IntoSlug   string
	RevisionID int64 // the merge's revision: restoring it undoes the merge
	Quotes     int   // quotes that moved
	Articles   int   // articles that moved (outlets)
}

// DuplicatesError refuses to merge two speakers who both have the same
// words in the same article: one of each pair must go first.
type DuplicatesError struct {
	From, Into string
	Pairs      [][2]int64 // the merged speaker's quote and the kept one's
}

func (e *DuplicatesError) Error() string {
	pairs := "one pair of quotes"
	if len(e.Pairs) > 1 {
		pairs = fmt.Sprintf("%d pairs of quotes", len(e.Pairs))
	}
	return fmt.Sprintf("%s and %s both have the same words in the same article (%s). Delete one of each pair first, then merge.", e.From, e.Into, pairs)
}

// Records merges the record typ fromID, as its editor saw it at version,
// into intoID. It refuses (models.FieldErrors) a record merged into
// itself or a kind that cannot be merged, a ConflictError when the
// record changed since version, and a DuplicatesError when two speakers'
// quotes would be the same quote.
func Records(ctx context.Context, store *models.Store, typ string, fromID, intoID int64, version int) (Result, error) {
	res := Result{Type: typ, FromID: fromID, IntoID: intoID}
	table, ok := tables[typ]
	if !ok {
		return res, fmt.Errorf("a %s cannot be merged: %w", typ, models.ErrNotFound)
	}
	if fromID == intoID {
		fe := models.FieldErrors{}
		fe.Add("into", "Choose another record to merge this one into: a record cannot be merged into itself.")
		return res, fe
	}
	err := store.WriteTx(ctx, func(tx *gorm.DB) error {
		from, err := load(tx, table, fromID)
		if err != nil {
			return err
		}
		into, err := load(tx, table, intoID)
		if err != nil {
			return err
		}
		res.From, res.Into, res.IntoSlug = from.Name, into.Name, into.Slug
		if version != 0 && from.Version != version {
			return &history.ConflictError{EntityType: typ, EntityID: fromID, Yours: version, Current: from.Version}
		}
		m, err := plan(tx, typ, from, into)
		if err != nil {
			return err
		}
		res.Quotes, res.Articles = len(m.Quotes), len(m.Articles)
		for _, id := range []int64{fromID, intoID} {
			if err := store.BeforeChange(tx, typ, id); err != nil {
				return err
			}
		}
		st, err := store.Snapshot(tx, typ, fromID)
		if err != nil {
			return err
		}
		history.SetMerge(st.Snapshot, m)
		if _, given := history.SummaryFrom(ctx); !given {
			tx = tx.WithContext(history.WithSummary(ctx, fmt.Sprintf("Merged %s into %s", from.Name, into.Name)))
		}
		if err := history.Write(tx, typ, fromID, history.ActionMerge, st); err != nil {
			return err
		}
		if res.RevisionID, err = lastRevision(tx, typ, fromID); err != nil {
			return err
		}
		if err := apply(tx, typ, fromID, m); err != nil {
			return err
		}
		if err := bump(tx, table, intoID); err != nil {
			return err
		}
		return store.Record(tx, typ, intoID, history.ActionUpdate)
	})
	return res, err
}

// record is the part of a person, outlet or topic a merge reads.
type record struct {
	ID      int64
	Name    string
	Slug    string
	Version int
}

func load(tx *gorm.DB, table string, id int64) (record, error) {
	var r record
	if err := tx.Table(table).Select("id, name, slug, version").Where("id = ?", id).Take(&r).Error; err != nil {
		return r, models.NotFound(err, fmt.Sprintf("%s %d", table, id))
	}
	return r, nil
}

func lastRevision(tx *gorm.DB, typ string, id int64) (int64, error) {
	_, latest, err := history.Ends(tx, typ, id)
	return latest.ID, err
}

// bump gives the kept record a new version: it changed, and a form
// opened on it before the merge must not save over the merge unseen.
func bump(tx *gorm.DB, table string, id int64) error {
	if err := tx.Exec("UPDATE "+table+" SET version = version + 1 WHERE id = ?", id).Error; err != nil {
		return fmt.Errorf("mark %s %d changed: %w", table, id, err)
	}
	return nil
}

// plan works out what merging from into into moves, refusing it when
// two quotes would become one.
func plan(tx *gorm.DB, typ string, from, into record) (*history.Merge, error) {
	m := &history.Merge{IntoID: into.ID, Into: into.Name, Slugs: []string{from.Slug}}
	var former []string
	if err := tx.Table("former_slugs").Where("kind = ? AND record_id = ?", typ, from.ID).Order("slug").Pluck("slug", &former).Error; err != nil {
		return nil, fmt.Errorf("former addresses of %s: %w", from.Name, err)
	}
	m.Slugs = append(m.Slugs, former...)
	pluck := func(dst *[]int64, q string, args ...any) error {
		if err := tx.Raw(q, args...).Scan(dst).Error; err != nil {
			return fmt.Errorf("what points to %s: %w", from.Name, err)
		}
		return nil
	}
	switch typ {
	case history.EntityPerson:
		if err := pluck(&m.Quotes, "SELECT id FROM quotes WHERE person_id = ? ORDER BY id", from.ID); err != nil {
			return nil, err
		}
		if err := duplicates(tx, from, into); err != nil {
			return nil, err
		}
		added, err := newAliases(tx, from, into)
		if err != nil {
			return nil, err
		}
		m.Added = added
	case history.EntityOutlet:
		if err := pluck(&m.Articles, "SELECT id FROM articles WHERE outlet_id = ? ORDER BY id", from.ID); err != nil {
			return nil, err
		}
		if err := pluck(&m.Quotes, "SELECT id FROM quotes WHERE via_outlet_id = ? ORDER BY id", from.ID); err != nil {
			return nil, err
		}
		if err := tx.Table("outlet_domains").Where("outlet_id = ?", from.ID).Order("domain").Pluck("domain", &m.Added).Error; err != nil {
			return nil, fmt.Errorf("domains of %s: %w", from.Name, err)
		}
	case history.EntityTopic:
		if err := pluck(&m.Filed, "SELECT quote_id FROM quote_topics WHERE topic_id = ? ORDER BY quote_id", from.ID); err != nil {
			return nil, err
		}
		err := pluck(&m.Quotes, `SELECT quote_id FROM quote_topics WHERE topic_id = ? AND quote_id NOT IN
			(SELECT quote_id FROM quote_topics WHERE topic_id = ?) ORDER BY quote_id`, from.ID, into.ID)
		if err != nil {
			return nil, err
		}
	}
	if typ != history.EntityPerson {
		// The merged record's name, and the names merged into it before,
		// find the kept one from now on.
		m.Names = []string{from.Name}
		var earlier []string
		if err := tx.Table("merged_names").Where("kind = ? AND record_id = ?", typ, from.ID).Order("name").Pluck("name", &earlier).Error; err != nil {
			return nil, fmt.Errorf("names merged into %s: %w", from.Name, err)
		}
		m.Names = append(m.Names, earlier...)
	}
	return m, nil
}

// newAliases are the names from is known by that into is not: its name
// and its aliases.
func newAliases(tx *gorm.DB, from, into record) ([]string, error) {
	var fromAliases, intoAliases []string
	if err := tx.Table("person_aliases").Where("person_id = ?", from.ID).Order("alias").Pluck("alias", &fromAliases).Error; err != nil {
		return nil, fmt.Errorf("aliases of %s: %w", from.Name, err)
	}
	if err := tx.Table("person_aliases").Where("person_id = ?", into.ID).Pluck("alias", &intoAliases).Error; err != nil {
		return nil, fmt.Errorf("aliases of %s: %w", into.Name, err)
	}
	known := map[string]bool{strings.ToLower(into.Name): true}
	for _, a := range intoAliases {
		known[strings.ToLower(a)] = true
	}
	var out []string
	for _, a := range append([]string{from.Name}, fromAliases...) {
		if !known[strings.ToLower(a)] {
			known[strings.ToLower(a)] = true
			out = append(out, a)
		}
	}
	return out, nil
}

// duplicates refuses the merge when a quote of from, given into as its
// speaker, would be a quote into has already.
func duplicates(tx *gorm.DB, from, into record) error {
	var quotes []struct {
		ID        int64
		Text      string
		ArticleID int64
	}
	if err := tx.Table("quotes").Select("id, text, article_id").Where("person_id = ?", from.ID).Order("id").Scan(&quotes).Error; err != nil {
		return fmt.Errorf("quotes of %s: %w", from.Name, err)
	}
	byPrint := make(map[string]int64, len(quotes))
	prints := make([]string, 0, len(quotes))
	for _, q := range quotes {
		fp := fingerprint.Of(q.Text, into.ID, q.ArticleID)
		byPrint[fp] = q.ID
		prints = append(prints, fp)
	}
	dup := &DuplicatesError{From: from.Name, Into: into.Name}
	for chunk := range slices.Chunk(prints, 500) {
		var found []struct {
			ID          int64
			Fingerprint string
		}
		if err := tx.Table("quotes").Select("id, fingerprint").Where("fingerprint IN ?", chunk).Order("id").Scan(&found).Error; err != nil {
			return fmt.Errorf("look for the same quotes by %s: %w", into.Name, err)
		}
		for _, f := range found {
			dup.Pairs = append(dup.Pairs, [2]int64{byPrint[f.Fingerprint], f.ID})
		}
	}
	if len(dup.Pairs) > 0 {
		return dup
	}
	return nil
}

// exec runs each statement with its arguments, stopping at the first
// that fails.
func exec(tx *gorm.DB, what string, stmts ...stmt) error {
	for _, s := range stmts {
		if s.skip {
			continue
		}
		if err := tx.Exec(s.sql, s.args...).Error; err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	return nil
}

type stmt struct {
	sql  string
	args []any
	skip bool
}

func run(sql string, args ...any) stmt { return stmt{sql: sql, args: args} }

// runIf is run, skipped when ids is empty (IN () is not SQL).
func runIf[T any](ids []T, sql string, args ...any) stmt {
	return stmt{sql: sql, args: args, skip: len(ids) == 0}
}

// apply moves what plan found from fromID onto m.IntoID and deletes
// fromID: the merge without its revisions, which a replay of the history
// also uses.
func apply(tx *gorm.DB, typ string, fromID int64, m *history.Merge) error {
	into, table := m.IntoID, tables[typ]
	var people, articles, topics, outlets []int64
	switch typ {
	case history.EntityPerson:
		if err := moveSpeaker(tx, m.Quotes, fromID, into); err != nil {
			return err
		}
		for _, a := range m.Added {
			if err := exec(tx, "add alias "+a, run("INSERT INTO person_aliases (person_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING", into, a)); err != nil {
				return err
			}
		}
		people = []int64{into}
	case history.EntityOutlet:
		err := exec(tx, "move the outlet's records",
			runIf(m.Articles, "UPDATE articles SET outlet_id = ? WHERE id IN ?", into, m.Articles),
			runIf(m.Articles, "UPDATE quotes SET outlet_id = ? WHERE article_id IN ?", into, m.Articles),
			runIf(m.Quotes, "UPDATE quotes SET via_outlet_id = ? WHERE id IN ?", into, m.Quotes),
			run("UPDATE outlet_domains SET outlet_id = ? WHERE outlet_id = ?", into, fromID))
		if err != nil {
			return err
		}
		outlets = []int64{into}
	case history.EntityTopic:
		err := exec(tx, "file the topic's quotes",
			runIf(m.Quotes, "INSERT INTO quote_topics (quote_id, topic_id) SELECT id, CAST(? AS BIGINT) FROM quotes WHERE id IN ? ON CONFLICT DO NOTHING", into, m.Quotes))
		if err != nil {
			return err
		}
		topics = []int64{into}
	}
	for _, name := range m.Names {
		err := exec(tx, "keep the name "+name, run(`INSERT INTO merged_names (kind, name_key, name, record_id) VALUES (?, ?, ?, ?)
			ON CONFLICT (kind, name_key) DO UPDATE SET record_id = excluded.record_id, name = excluded.name`, typ, models.MergedNameKey(name), name, into))
		if err != nil {
			return err
		}
	}
	err := exec(tx, "lead the merged record's addresses on",
		run("UPDATE former_slugs SET record_id = ? WHERE kind = ? AND record_id = ?", into, typ, fromID),
		run(`INSERT INTO former_slugs (kind, slug, record_id) VALUES (?, ?, ?)
			ON CONFLICT (kind, slug) DO UPDATE SET record_id = excluded.record_id`, typ, m.Slugs[0], into),
		run("DELETE FROM "+table+" WHERE id = ?", fromID))
	if err != nil {
		return err
	}
	return models.Recount(tx, people, articles, topics, outlets)
}

// moveSpeaker gives the quotes ids, of speaker from, speaker to, each
// with the fingerprint that goes with its new speaker.
func moveSpeaker(tx *gorm.DB, ids []int64, from, to int64) error {
	for chunk := range slices.Chunk(ids, 500) {
		var quotes []struct {
			ID        int64
			Text      string
			ArticleID int64
		}
		if err := tx.Table("quotes").Select("id, text, article_id").Where("id IN ? AND person_id = ?", chunk, from).Scan(&quotes).Error; err != nil {
			return fmt.Errorf("load the quotes to move: %w", err)
		}
		for _, q := range quotes {
			err := tx.Exec("UPDATE quotes SET person_id = ?, fingerprint = ? WHERE id = ?", to, fingerprint.Of(q.Text, to, q.ArticleID), q.ID).Error
			if err != nil {
				return fmt.Errorf("move quote %d: %w", q.ID, err)
			}
		}
	}
	return nil
}
