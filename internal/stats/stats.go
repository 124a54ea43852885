// Package stats answers "who gets quoted, and how often?" for a scope
// (the whole site, one outlet, one topic, one speaker, or the quotes a
// search finds): quotes over time, the most quoted people and
// organisations and their share, the split between people,
// organisations and unnamed roles, quotes that came via another outlet
// against those printed first-hand, and shares by gender and by
// affiliation where they are recorded.
//
// It reads the count tables the schema keeps exact on every write
// (quotes by outlet and month, by topic and month, per-speaker counts by
// year, outlet and topic), so a dashboard over a million quotes reads a
// few thousand rows; only a search's dashboard counts quotes, and at
// most Limit of them. The SQL is the same on SQLite and PostgreSQL.
package stats

import (
	"context"
	"fmt"
	"sort"
	"time"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/models"
)

// Store is what stats needs of the store: reads.
type Store interface {
	DB(ctx context.Context) *gorm.DB
}

// Reader computes dashboards over one store.
type Reader struct{ store Store }

// New is the reader of store.
func New(store Store) *Reader { return &Reader{store: store} }

// Scope is what a dashboard counts: the whole site when every field is
// zero, else one outlet, topic or speaker, or the quotes a search finds.
type Scope struct {
	OutletID int64
	TopicID  int64
	PersonID int64
	// Search is the quotes a search finds (internal/search's Match): the
	// dashboard counts the newest Limit of them.
	Search *models.QuoteMatch
}

// Limit is how many of a search's quotes its dashboard counts, newest
// first: as many as the search page counts (search.CountLimit). Counting
// every match of a common word over a million quotes would take seconds.
const Limit = 10000

// Top is how many people, organisations, affiliations or outlets a
// ranking lists.
const Top = 10

// Count is one named number: a speaker, an outlet, a kind, a gender.
type Count struct {
	ID   int64
	Name string
	Slug string // for speakers and outlets: their page
	Kind string // a speaker's kind
	N    int64
}

// Period is the quotes of a month ("2022-05") or, on a speaker's
// dashboard, a year ("2022").
type Period struct {
	Period string
	N      int64
}

// Dashboard is what a scope's dashboard shows.
type Dashboard struct {
	// Total is every quote in the scope (a search's: counted, up to
	// Limit; Capped tells there were more).
	Total  int64
	Capped bool
	// Timeline is the dated quotes by month, oldest first, months
	// without quotes included; by year (Yearly) on a speaker's
	// dashboard or when the quotes span more than fifty years.
	Timeline []Period
	Yearly   bool
	Undated  int64
	// People and Organisations are the most quoted of each kind;
	// Kinds splits the quotes between people, organisations and
	// unnamed roles. These and the shares below are not counted on a
	// speaker's dashboard.
	People, Organisations []Count
	Kinds                 []Count
	// Via is how many quotes came via another outlet ("per NPR");
	// the rest were printed first-hand. HasVia is false where it is
	// not counted (a speaker's dashboard).
	Via    int64
	HasVia bool
	// Genders and Affiliations share the quotes out by what is recorded
	// of their speakers; Unrecorded* are the quotes whose speaker has
	// none. Affiliations lists the Top.
	Genders, Affiliations             []Count
	UnrecordedGender, UnrecordedAffil int64
	// Outlets are the outlets that print the most of the scope's quotes
	// (not on an outlet's dashboard).
	Outlets []Count
}

// FirstHand is the quotes printed without a via outlet.
func (d *Dashboard) FirstHand() int64 { return d.Total - d.Via }

// Dated is the quotes with a date.
func (d *Dashboard) Dated() int64 { return d.Total - d.Undated }

// source is a scope as SQL: subqueries that yield the scope's counts,
// each with its arguments. An empty one is not counted for the scope.
type source struct {
	// months: (month, n, via) rows; a month of "" is the undated.
	months string
	mArgs  []any
	// people: (person_id, n) rows.
	people string
	pArgs  []any
	// outlets: (outlet_id, n) rows.
	outlets string
	oArgs   []any
}

// sourceOf writes scope s as SQL over the count tables (a search's
// scope is written by searchSource).
func sourceOf(s Scope) source {
	switch {
	case s.PersonID != 0:
		return source{
			people:  `SELECT id AS person_id, quote_count AS n FROM people WHERE id = ?`,
			pArgs:   []any{s.PersonID},
			outlets: `SELECT outlet_id, n FROM person_outlet_counts WHERE person_id = ?`,
			oArgs:   []any{s.PersonID},
		}
	case s.OutletID != 0:
		return source{
			months: `SELECT month, n, via FROM quote_month_counts WHERE outlet_id = ?`,
			mArgs:  []any{s.OutletID},
			people: `SELECT person_id, n FROM person_outlet_counts WHERE outlet_id = ?`,
			pArgs:  []any{s.OutletID},
		}
	case s.TopicID != 0:
		// Quotes by outlet within a topic are not counted ahead: a
		// topic's dashboard has no outlets.
		return source{
			months: `SELECT month, n, via FROM topic_month_counts WHERE topic_id = ?`,
			mArgs:  []any{s.TopicID},
			people: `SELECT person_id, n FROM person_topic_counts WHERE topic_id = ?`,
			pArgs:  []any{s.TopicID},
		}
	default:
		return source{
			months:  `SELECT month, n, via FROM quote_month_counts`,
			people:  `SELECT id AS person_id, quote_count AS n FROM people WHERE quote_count > 0`,
			outlets: `SELECT outlet_id, n FROM quote_month_counts WHERE outlet_id <> 0`,
		}
	}
}

// Dashboard computes scope's dashboard.
func (r *Reader) Dashboard(ctx context.Context, scope Scope) (*Dashboard, error) {
	d := &Dashboard{}
	db := r.store.DB(ctx)
	if scope.Search != nil {
		if err := searchDashboard(db, scope.Search, d); err != nil {
			return nil, err
		}
		return d, nil
	}
	src := sourceOf(scope)
	if scope.PersonID != 0 {
		if err := r.personTimeline(db, scope.PersonID, d); err != nil {
			return nil, err
		}
	} else if err := timeline(db, src, d); err != nil {
		return nil, err
	}
	// A speaker's own dashboard has one speaker: nothing to rank or split.
	if scope.PersonID == 0 {
		if err := speakers(db, src, d); err != nil {
			return nil, err
		}
	}
	if src.outlets != "" {
		var err error
		if d.Outlets, err = topOutlets(db, src); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// timeline counts the scope's quotes by month, and those that came via
// another outlet.
func timeline(db *gorm.DB, src source, d *Dashboard) error {
	var rows []struct {
		Month string
		N     int64
		Via   int64
	}
	err := db.Raw(`SELECT m.month AS month, CAST(SUM(m.n) AS BIGINT) AS n, CAST(SUM(m.via) AS BIGINT) AS via FROM (`+src.months+`) AS m GROUP BY m.month`, src.mArgs...).
		Scan(&rows).Error
	if err != nil {
		return fmt.Errorf("quotes by month: %w", err)
	}
	d.HasVia = true
	var dated []Period
	for _, row := range rows {
		d.Total += row.N
		d.Via += row.Via
		if row.Month == "" {
			d.Undated += row.N
			continue
		}
		dated = append(dated, Period{Period: row.Month, N: row.N})
	}
	d.Timeline, d.Yearly = fillMonths(dated)
	return nil
}

// personTimeline counts a speaker's quotes by year, from the per-speaker
// counts; their total is the speaker's own count.
func (r *Reader) personTimeline(db *gorm.DB, personID int64, d *Dashboard) error {
	var years []Period
	err := db.Raw(`SELECT year AS period, n FROM person_year_counts WHERE person_id = ? ORDER BY year`, personID).Scan(&years).Error
	if err != nil {
		return fmt.Errorf("quotes of person %d by year: %w", personID, err)
	}
	var total int64
	if err := db.Raw(`SELECT quote_count FROM people WHERE id = ?`, personID).Scan(&total).Error; err != nil {
		return fmt.Errorf("quotes of person %d: %w", personID, err)
	}
	d.Total, d.Yearly = total, true
	var dated int64
	for _, y := range years {
		dated += y.N
	}
	d.Undated = max(0, total-dated)
	d.Timeline = fillYears(years)
	return nil
}

// maxMonths is the longest timeline drawn by month: fifty years.
const maxMonths = 600

// fillMonths puts months in order with the months between them that have
// no quotes; a span longer than maxMonths comes by year instead.
func fillMonths(months []Period) ([]Period, bool) {
	if len(months) == 0 {
		return nil, false
	}
	sort.Slice(months, func(i, j int) bool { return months[i].Period < months[j].Period })
	first, err1 := time.Parse("2006-01", months[0].Period)
	last, err2 := time.Parse("2006-01", months[len(months)-1].Period)
	span := (last.Year()-first.Year())*12 + int(last.Month()-first.Month()) + 1
	if err1 != nil || err2 != nil || span > maxMonths {
		return byYear(months), true
	}
	n := make(map[string]int64, len(months))
	for _, m := range months {
		n[m.Period] += m.N
	}
	out := make([]Period, 0, span)
	for t := first; !t.After(last); t = t.AddDate(0, 1, 0) {
		k := t.Format("2006-01")
		out = append(out, Period{Period: k, N: n[k]})
	}
	return out, false
}

// byYear adds months up by year, with the years between them.
func byYear(months []Period) []Period {
	var years []Period
	for _, m := range months {
		y := m.Period[:min(4, len(m.Period))]
		if len(years) > 0 && years[len(years)-1].Period == y {
			years[len(years)-1].N += m.N
			continue
		}
		years = append(years, Period{Period: y, N: m.N})
	}
	return fillYears(years)
}

// fillYears adds the years between the first and last with no quotes,
// when the years are numbers and not too far apart.
func fillYears(years []Period) []Period {
	if len(years) < 2 {
		return years
	}
	var first, last int
	if _, err := fmt.Sscan(years[0].Period, &first); err != nil {
		return years
	}
	if _, err := fmt.Sscan(years[len(years)-1].Period, &last); err != nil || last-first > maxMonths {
		return years
	}
	n := map[string]int64{}
	for _, y := range years {
		n[y.Period] += y.N
	}
	out := make([]Period, 0, last-first+1)
	for y := first; y <= last; y++ {
		k := fmt.Sprintf("%04d", y)
		out = append(out, Period{Period: k, N: n[k]})
	}
	return out
}
