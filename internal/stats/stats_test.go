package stats_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/importer"
	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/internal/stats"
	"github.com/quotetrail/quotetrail/internal/synth"
	"github.com/quotetrail/quotetrail/models"
)

func TestMain(m *testing.M) { os.Exit(apptest.RunTests(m)) }

// quoteRow is a quote as the recount reads it, straight from the quotes
// table: the truth the dashboards' count tables must agree with.
type quoteRow struct {
	ID          int64
	PersonID    int64
	OutletID    *int64
	ViaOutletID *int64
	SortDate    string
}

type personRow struct {
	ID                  int64
	Name, Slug, Kind    string
	Gender, Affiliation string
}

// world is every quote, speaker and topic link, for recounting.
type world struct {
	quotes  []quoteRow
	people  map[int64]personRow
	topics  map[int64][]int64 // quote -> topics
	outlets map[int64]string  // id -> name
}

func load(t *testing.T, store *models.Store) world {
	t.Helper()
	ctx := context.Background()
	w := world{people: map[int64]personRow{}, topics: map[int64][]int64{}, outlets: map[int64]string{}}
	db := store.DB(ctx)
	if err := db.Raw(`SELECT id, person_id, outlet_id, via_outlet_id, sort_date FROM quotes ORDER BY id`).Scan(&w.quotes).Error; err != nil {
		t.Fatal(err)
	}
	var people []personRow
	if err := db.Raw(`SELECT id, name, slug, kind, gender, affiliation FROM people`).Scan(&people).Error; err != nil {
		t.Fatal(err)
	}
	for _, p := range people {
		w.people[p.ID] = p
	}
	var links []struct{ QuoteID, TopicID int64 }
	if err := db.Raw(`SELECT quote_id, topic_id FROM quote_topics`).Scan(&links).Error; err != nil {
		t.Fatal(err)
	}
	for _, l := range links {
		w.topics[l.QuoteID] = append(w.topics[l.QuoteID], l.TopicID)
	}
	var outlets []struct {
		ID   int64
		Name string
	}
	if err := db.Raw(`SELECT id, name FROM outlets`).Scan(&outlets).Error; err != nil {
		t.Fatal(err)
	}
	for _, o := range outlets {
		w.outlets[o.ID] = o.Name
	}
	return w
}

// recount is a dashboard computed the slow, plain way over the quotes
// that keep returns true for.
func (w world) recount(keep func(quoteRow) bool, yearly bool) *stats.Dashboard {
	d := &stats.Dashboard{HasVia: !yearly, Yearly: yearly}
	periods := map[string]int64{}
	byPerson := map[int64]int64{}
	byOutlet := map[int64]int64{}
	for _, q := range w.quotes {
		if !keep(q) {
			continue
		}
		d.Total++
		if q.ViaOutletID != nil && !yearly {
			d.Via++
		}
		if q.SortDate == "" {
			d.Undated++
		} else if yearly {
			periods[q.SortDate[:4]]++
		} else {
			periods[q.SortDate[:7]]++
		}
		byPerson[q.PersonID]++
		if q.OutletID != nil {
			byOutlet[*q.OutletID]++
		}
	}
	keys := make([]string, 0, len(periods))
	for k := range periods {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		d.Timeline = append(d.Timeline, stats.Period{Period: k, N: periods[k]})
	}
	kinds, genders, affils := map[string]int64{}, map[string]int64{}, map[string]int64{}
	var people, orgs []stats.Count
	for id, n := range byPerson {
		p := w.people[id]
		kinds[p.Kind] += n
		if p.Gender == "" {
			d.UnrecordedGender += n
		} else {
			genders[p.Gender] += n
		}
		if p.Affiliation == "" {
			d.UnrecordedAffil += n
		} else {
			affils[p.Affiliation] += n
		}
		c := stats.Count{ID: id, Name: p.Name, Slug: p.Slug, Kind: p.Kind, N: n}
		switch p.Kind {
		case models.KindPerson:
			people = append(people, c)
		case models.KindOrganisation:
			orgs = append(orgs, c)
		}
	}
	byCount := func(a, b stats.Count) int {
		if a.N != b.N {
			return int(b.N - a.N)
		}
		return int(a.ID - b.ID)
	}
	slices.SortFunc(people, byCount)
	slices.SortFunc(orgs, byCount)
	d.People, d.Organisations = people[:min(stats.Top, len(people))], orgs[:min(stats.Top, len(orgs))]
	for _, k := range models.PersonKinds {
		d.Kinds = append(d.Kinds, stats.Count{Name: stats.KindLabel(k), Kind: k, N: kinds[k]})
	}
	named := func(m map[string]int64) []stats.Count {
		var out []stats.Count
		for name, n := range m {
			out = append(out, stats.Count{Name: name, N: n})
		}
		slices.SortFunc(out, func(a, b stats.Count) int {
			if a.N != b.N {
				return int(b.N - a.N)
			}
			return strings.Compare(a.Name, b.Name)
		})
		return out
	}
	d.Genders = named(genders)
	d.Affiliations = named(affils)
	d.Affiliations = d.Affiliations[:min(stats.Top, len(d.Affiliations))]
	var outlets []stats.Count
	for id, n := range byOutlet {
		outlets = append(outlets, stats.Count{ID: id, Name: w.outlets[id], N: n})
	}
	slices.SortFunc(outlets, byCount)
	d.Outlets = outlets[:min(stats.Top, len(outlets))]
	return d
}

// same compares a dashboard with its recount, field by field. Outlets
// are compared only where the scope lists them; months without quotes,
// which the dashboard fills in, are left out of the comparison.
func same(t *testing.T, scope string, got, want *stats.Dashboard, outlets bool) {
	t.Helper()
	if got.Total != want.Total || got.Undated != want.Undated || got.HasVia != want.HasVia || got.Via != want.Via {
		t.Errorf("%s: total %d, undated %d, via %d (%v); recount %d, %d, %d (%v)", scope,
			got.Total, got.Undated, got.Via, got.HasVia, want.Total, want.Undated, want.Via, want.HasVia)
	}
	var nonzero []stats.Period
	for _, p := range got.Timeline {
		if p.N > 0 {
			nonzero = append(nonzero, p)
		}
	}
	check := func(what string, got, want any) {
		t.Helper()
		if g, w := fmt.Sprint(got), fmt.Sprint(want); g != w {
			t.Errorf("%s: %s\n got %s\nwant %s", scope, what, g, w)
		}
	}
	check("timeline", nonzero, want.Timeline)
	check("people", names(got.People), names(want.People))
	check("organisations", names(got.Organisations), names(want.Organisations))
	check("kinds", got.Kinds, want.Kinds)
	check("genders", got.Genders, want.Genders)
	check("affiliations", got.Affiliations, want.Affiliations)
	check("unrecorded", []int64{got.UnrecordedGender, got.UnrecordedAffil}, []int64{want.UnrecordedGender, want.UnrecordedAffil})
	if outlets {
		check("outlets", names(got.Outlets), names(want.Outlets))
	}
}

func names(cs []stats.Count) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = fmt.Sprintf("%s=%d", c.Name, c.N)
	}
	return out
}

// seeded is a store with the demo and a few hundred synthetic quotes,
// imported in bulk (so counted by the bulk path), and speakers with a
// gender and an affiliation recorded.
func seeded(t *testing.T) *models.Store {
	t.Helper()
	store := apptest.MustOpenDemoStore(t)
	ctx := context.Background()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() { synth.Write(w, synth.Config{Quotes: 400, Seed: 7, Speakers: 40, Outlets: 8}); w.Close() }()
	if _, err := importer.Import(ctx, store, r, importer.Options{Format: importer.FormatJSONL}); err != nil {
		t.Fatal(err)
	}
	db := store.DB(ctx)
	for _, stmt := range []string{
		`UPDATE people SET gender = 'woman', affiliation = 'Party A' WHERE id % 3 = 0`,
		`UPDATE people SET gender = 'man' WHERE id % 3 = 1`,
		`UPDATE people SET affiliation = 'Party B' WHERE id % 5 = 1`,
		`UPDATE people SET kind = 'organisation' WHERE id % 7 = 2`,
		`UPDATE people SET kind = 'role' WHERE id % 11 = 3`,
	} {
		if err := db.Exec(stmt).Error; err != nil {
			t.Fatal(err)
		}
	}
	return store
}

// checkAllScopes compares every kind of dashboard with its recount.
func checkAllScopes(t *testing.T, store *models.Store) {
	t.Helper()
	ctx := context.Background()
	w := load(t, store)
	r := stats.New(store)
	dash := func(s stats.Scope) *stats.Dashboard {
		t.Helper()
		d, err := r.Dashboard(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	same(t, "site", dash(stats.Scope{}), w.recount(func(quoteRow) bool { return true }, false), true)

	// The outlet, topic and speaker with the most quotes, and one other.
	var outlets, topics, people []int64
	db := store.DB(ctx)
	db.Raw(`SELECT outlet_id FROM quotes WHERE outlet_id IS NOT NULL GROUP BY outlet_id ORDER BY count(*) DESC, outlet_id LIMIT 2`).Scan(&outlets)
	db.Raw(`SELECT topic_id FROM quote_topics GROUP BY topic_id ORDER BY count(*) DESC, topic_id LIMIT 2`).Scan(&topics)
	db.Raw(`SELECT person_id FROM quotes GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 2`).Scan(&people)
	if len(outlets) == 0 || len(topics) == 0 || len(people) == 0 {
		t.Fatal("the data set has no outlets, topics or speakers")
	}
	for _, o := range outlets {
		same(t, fmt.Sprintf("outlet %d", o), dash(stats.Scope{OutletID: o}),
			w.recount(func(q quoteRow) bool { return q.OutletID != nil && *q.OutletID == o }, false), false)
	}
	for _, tp := range topics {
		same(t, fmt.Sprintf("topic %d", tp), dash(stats.Scope{TopicID: tp}),
			w.recount(func(q quoteRow) bool { return slices.Contains(w.topics[q.ID], tp) }, false), false)
	}
	for _, p := range people {
		got := dash(stats.Scope{PersonID: p})
		want := w.recount(func(q quoteRow) bool { return q.PersonID == p }, true)
		// A speaker's dashboard has their quotes over time and their
		// outlets, nothing about speakers.
		want.People, want.Organisations, want.Kinds, want.Genders, want.Affiliations = nil, nil, nil, nil, nil
		want.UnrecordedGender, want.UnrecordedAffil = 0, 0
		same(t, fmt.Sprintf("person %d", p), got, want, true)
	}
	// A search: the quotes that carry a common synthetic word.
	s := search.New(store)
	word := synth.Word(0)
	match := s.Match(search.Query{Text: word})
	var found []int64
	if err := db.Raw(`SELECT q.id FROM quotes q WHERE `+match.Where, match.Args...).Scan(&found).Error; err != nil {
		t.Fatal(err)
	}
	if len(found) == 0 {
		t.Fatalf("no quote has %q", word)
	}
	same(t, "search "+word, dash(stats.Scope{Search: match}),
		w.recount(func(q quoteRow) bool { return slices.Contains(found, q.ID) }, false), true)
}

func TestDashboardsMatchARecount(t *testing.T) {
	t.Parallel()
	checkAllScopes(t, seeded(t))
}

// Edits one at a time go through the triggers, not the bulk path: the
// counts must follow a quote moved to another outlet, date or via
// outlet, a topic taken off, a quote and a topic deleted.
func TestCountsFollowEdits(t *testing.T) {
	t.Parallel()
	store := seeded(t)
	ctx := context.Background()
	db := store.DB(ctx)
	var ids []int64
	db.Raw(`SELECT id FROM quotes WHERE id IN (SELECT quote_id FROM quote_topics) ORDER BY id LIMIT 6`).Scan(&ids)
	if len(ids) < 6 {
		t.Fatalf("only %d quotes with topics", len(ids))
	}
	var outlet int64
	db.Raw(`SELECT id FROM outlets ORDER BY id DESC LIMIT 1`).Scan(&outlet)
	var topic int64
	db.Raw(`SELECT topic_id FROM quote_topics ORDER BY topic_id DESC LIMIT 1`).Scan(&topic)
	for _, e := range []struct {
		stmt string
		args []any
	}{
		{`UPDATE quotes SET sort_date = '1999-12-31' WHERE id = ?`, []any{ids[0]}},
		{`UPDATE quotes SET sort_date = '' WHERE id = ?`, []any{ids[1]}},
		{`UPDATE quotes SET outlet_id = ? WHERE id = ?`, []any{outlet, ids[2]}},
		{`UPDATE quotes SET via_outlet_id = ? WHERE id = ?`, []any{outlet, ids[3]}},
		{`UPDATE quotes SET via_outlet_id = NULL WHERE id IN (SELECT id FROM quotes WHERE via_outlet_id IS NOT NULL ORDER BY id LIMIT 2)`, nil},
		{`DELETE FROM quote_topics WHERE quote_id = ?`, []any{ids[4]}},
		{`DELETE FROM topics WHERE id = ?`, []any{topic}},
	} {
		if err := db.Exec(e.stmt, e.args...).Error; err != nil {
			t.Fatalf("%s: %v", e.stmt, err)
		}
	}
	// The speakers' own counts are kept by the store's delete, not by a
	// trigger.
	if err := store.DeleteQuote(ctx, ids[5]); err != nil {
		t.Fatal(err)
	}
	checkAllScopes(t, store)
	// No count is left at zero or below.
	for _, table := range []string{"quote_month_counts", "topic_month_counts"} {
		var n int64
		db.Raw(`SELECT count(*) FROM ` + table + ` WHERE n <= 0 OR via < 0 OR via > n`).Scan(&n)
		if n != 0 {
			t.Errorf("%s has %d rows at zero or below", table, n)
		}
	}
}

func TestDemoDashboard(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenDemoStore(t)
	d, err := stats.New(store).Dashboard(context.Background(), stats.Scope{})
	if err != nil {
		t.Fatal(err)
	}
	w := load(t, store)
	same(t, "demo", d, w.recount(func(quoteRow) bool { return true }, false), true)
	if d.Total == 0 || d.Via == 0 || d.FirstHand() == 0 {
		t.Errorf("the demo has quotes, some via another outlet and some first-hand: %+v", d)
	}
}
