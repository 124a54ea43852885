package search_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/internal/search/query"
	"github.com/quotetrail/quotetrail/models"
)

// Whatever is typed, the index accepts the expression built from it.
func TestSearchNeverRefusesInput(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	apptest.MustLoadDemo(t, store)
	ctx := context.Background()
	inputs := []string{`qqtp1`, `q*`, `"`, `*`, `-`, `--`, `(`, `)`, `AND`, `OR OR`, `NOT NOT x`, `a:`, `speaker:`, `"a" "b`, `x*y*`,
		`^start`, `col:"x`, `NEAR(x, 3)`, `{text}: x`, `x + y`, `'; DROP TABLE quotes; --`, "\x00", `\"`, `“curly”`,
		strings.Repeat("word ", 100), strings.Repeat("(", 50) + "x", `É*`, `日本`, `🙂`}
	for _, in := range inputs {
		if _, err := search.New(store).Search(ctx, search.Query{Text: in}, models.Page{Number: 1, Size: 25}); err != nil {
			t.Errorf("Search(%q): %v", in, err)
		}
	}
}

func searchIDs(t *testing.T, store *models.Store, q search.Query) []int64 {
	t.Helper()
	res, err := search.New(store).Search(context.Background(), q, models.Page{Number: 1, Size: 100})
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	var ids []int64
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	if int64(len(ids)) != res.Total {
		t.Errorf("Search(%+v): %d hits, total %d", q, len(ids), res.Total)
	}
	return ids
}

func TestSearchFindsAndFilters(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	apptest.MustLoadDemo(t, store)
	ctx := context.Background()
	khan, _ := store.FindPerson(ctx, "Lina Khan")
	npr, _ := store.FindOutlet(ctx, "NPR")
	ads, _ := store.TopicBySlug(ctx, "advertising")
	cases := []struct {
		name string
		q    search.Query
		want int
	}{
		{"phrase", search.Query{Text: `"security purposes"`}, 3},
		{"word", search.Query{Text: `security`}, 8}, // and secure, securing
		{"exact word", search.Query{Text: `"security"`}, 5},
		{"other forms", search.Query{Text: `penalty`}, 1}, // "civil penalties"
		{"exact form", search.Query{Text: `"penalty"`}, 0},
		{"exact other form", search.Query{Text: `"penalties"`}, 1},
		{"exact and stemmed", search.Query{Text: `"security" purpose`}, 3},
		{"exact or stemmed", search.Query{Text: `"penalties" OR securing`}, 9},
		{"stemmed not exact", search.Query{Text: `secure NOT "security"`}, 3},
		{"exact not stemmed", search.Query{Text: `"security" -purpose`}, 2},
		{"exact or stemmed, filtered", search.Query{Text: `"penalties" OR securing`, Kind: "partial"}, 4},
		{"prefix", search.Query{Text: `advert*`}, 1},
		{"speaker name", search.Query{Text: `khan`}, 2},
		{"speaker alias", search.Query{Text: `DOJ`}, 1},
		{"article title", search.Query{Text: `fined`}, 15},
		{"outlet", search.Query{Text: `npr`}, 4},
		{"not", search.Query{Text: `"security purposes" NOT khan`}, 1},
		{"or", search.Query{Text: `deceitful OR deceiving`}, 2},
		{"person filter", search.Query{Text: `"security"`, PersonID: khan.ID}, 2},
		{"other forms, person filter", search.Query{Text: `security`, PersonID: khan.ID}, 2},
		{"other forms, kind and topic filters", search.Query{Text: `security`, Kind: "partial", TopicID: ads.ID}, 1},
		{"person only", search.Query{PersonID: khan.ID}, 2},
		{"via filter", search.Query{Text: `deceitful OR pretext`, ViaOutletID: npr.ID}, 2},
		{"topic filter", search.Query{Text: `"security"`, TopicID: ads.ID}, 2},
		{"kind filter", search.Query{Text: `"security"`, Kind: "partial"}, 3},
		{"status filter", search.Query{Text: `"security"`, Status: "verified"}, 0},
		{"unknown person", search.Query{Text: `"security"`, PersonID: -1}, 0},
		{"date range", search.Query{Text: `"security"`, From: "2000-01-01", To: "2100-01-01"}, 0},
		{"date sort", search.Query{Text: `"security"`, Sort: search.SortNewest}, 5},
		{"oldest", search.Query{Text: `"security"`, Sort: search.SortOldest}, 5},
		{"no match", search.Query{Text: `zebra`}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := searchIDs(t, store, c.q); len(got) != c.want {
				t.Errorf("Search(%+v) found %d quotes %v, want %d", c.q, len(got), got, c.want)
			}
		})
	}
	res, err := search.New(store).Search(ctx, search.Query{Text: `"security purposes"`}, models.Page{Number: 1, Size: 25})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		if !strings.Contains(h.Snippet, query.SnippetOpen+"security purposes"+query.SnippetClose) {
			t.Errorf("snippet of quote %d = %q, want security marked", h.ID, h.Snippet)
		}
	}
}

// The index follows every write: quotes created, edited and deleted;
// people renamed and given aliases; articles retitled; outlets renamed;
// topics added and removed.
func TestSearchIndexFollowsWrites(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	apptest.MustLoadDemo(t, store)
	ctx := context.Background()
	find := func(text string) []int64 { return searchIDs(t, store, search.Query{Text: text}) }

	d := &models.QuoteDraft{
		Quote:   models.Quote{Text: "Zebras deserve privacy too.", Kind: "direct", Status: "unverified"},
		Speaker: models.PersonRef{Name: "Lina Khan"}, Article: models.ArticleRef{ID: 1}, Topics: []string{"wildlife"},
	}
	if err := store.SaveQuote(ctx, d); err != nil {
		t.Fatal(err)
	}
	id := d.Quote.ID
	if got := find("zebras"); !slices.Equal(got, []int64{id}) {
		t.Fatalf("after create, zebras finds %v, want [%d]", got, id)
	}
	wildlife, _ := store.TopicBySlug(ctx, "wildlife")
	if got := searchIDs(t, store, search.Query{TopicID: wildlife.ID}); !slices.Equal(got, []int64{id}) {
		t.Errorf("topic filter finds %v", got)
	}

	d.Quote.Text = "Giraffes deserve privacy too."
	d.Topics = nil
	d.Quote.Status = "verified"
	if err := store.SaveQuote(ctx, d); err != nil {
		t.Fatal(err)
	}
	if got := find("zebras"); len(got) != 0 {
		t.Errorf("after edit, zebras still finds %v", got)
	}
	if got := find("giraffes"); !slices.Equal(got, []int64{id}) {
		t.Errorf("after edit, giraffes finds %v", got)
	}
	if got := searchIDs(t, store, search.Query{TopicID: wildlife.ID}); len(got) != 0 {
		t.Errorf("after taking the topic off, the topic filter finds %v", got)
	}
	if got := searchIDs(t, store, search.Query{Text: "giraffes", Status: "verified"}); !slices.Equal(got, []int64{id}) {
		t.Errorf("status filter after edit finds %v", got)
	}

	khan, _ := store.PersonBySlug(ctx, "lina-khan")
	khan.Name, khan.Aliases = "Lina Q. Khanova", []string{"Chair Khanova"}
	if err := store.UpdatePerson(ctx, khan); err != nil {
		t.Fatal(err)
	}
	if got := find("speaker:lina"); len(got) != 3 {
		t.Errorf("after rename, speaker:lina finds %v, want 3 quotes", got)
	}
	if got := find("khanova giraffes"); !slices.Equal(got, []int64{id}) {
		t.Errorf("after rename, khanova giraffes finds %v", got)
	}
	if got := find("speaker:khan"); len(got) != 0 {
		t.Errorf("after dropping the aliases, speaker:khan still finds %v", got)
	}
	if got := find("chair"); len(got) != 3 {
		t.Errorf("new alias: chair finds %v, want 3", got)
	}

	a, _ := store.ArticleByID(ctx, 1)
	a.Title = "Bird watching weekly"
	if err := store.UpdateArticle(ctx, a, models.OutletRef{}); err != nil {
		t.Fatal(err)
	}
	if got := find("fined"); len(got) != 0 {
		t.Errorf("after retitling, the old title finds %v", got)
	}
	if got := find(`"bird watching"`); len(got) != 16 {
		t.Errorf("after retitling, the new title finds %d quotes, want 16", len(got))
	}

	npr, _ := store.OutletBySlug(ctx, "npr")
	npr.Name = "National Public Radio"
	if err := store.UpdateOutlet(ctx, npr); err != nil {
		t.Fatal(err)
	}
	if got := find("npr"); len(got) != 0 {
		t.Errorf("after renaming the outlet, npr finds %v", got)
	}
	if got := find(`"public radio"`); len(got) != 4 {
		t.Errorf("after renaming the outlet, public radio finds %v, want 4", got)
	}

	if err := store.DeleteQuote(ctx, id); err != nil {
		t.Fatal(err)
	}
	if got := find("giraffes"); len(got) != 0 {
		t.Errorf("after delete, giraffes finds %v", got)
	}
	if err := store.DeleteTopic(ctx, mustTopic(t, store, "advertising")); err != nil {
		t.Fatal(err)
	}
	counts, _ := store.Count(ctx)
	if n, err := search.New(store).IndexSize(ctx); err != nil || n != counts.Quotes {
		t.Errorf("index holds %d rows (%v), quotes table %d", n, err, counts.Quotes)
	}
}

func mustTopic(t *testing.T, store *models.Store, slug string) int64 {
	t.Helper()
	tp, err := store.TopicBySlug(context.Background(), slug)
	if err != nil {
		t.Fatal(err)
	}
	return tp.ID
}

// Dated quotes filter by ranges of any shape and sort by date across
// years, undated ones last.
func TestSearchByDate(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	ctx := context.Background()
	a := &models.Article{Title: "Dated"}
	if err := store.CreateArticle(ctx, a, models.OutletRef{}); err != nil {
		t.Fatal(err)
	}
	days := []string{"2019-12-31", "2020-01-01", "2020-02-15", "2020-02-29", "2020-03-01", "2021-07-04", "", "2022-01-01"}
	ids := map[string]int64{}
	for _, day := range days {
		q := models.Quote{Text: "budget words " + day, Kind: "direct", Status: "unverified"}
		if day != "" {
			d, _ := time.Parse(time.DateOnly, day)
			q.SaidOn = &d
		}
		dr := &models.QuoteDraft{Quote: q, Speaker: models.PersonRef{Name: "Ann Dates", Create: true}, Article: models.ArticleRef{ID: a.ID}}
		if err := store.SaveQuote(ctx, dr); err != nil {
			t.Fatal(err)
		}
		ids[day] = dr.Quote.ID
	}
	order := func(q search.Query, size int) []string {
		var out []string
		for pg := 1; ; pg++ {
			res, err := search.New(store).Search(ctx, q, models.Page{Number: pg, Size: size})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) == 0 {
				return out
			}
			for _, h := range res.Hits {
				out = append(out, h.SortDate)
			}
		}
	}
	for _, size := range []int{1, 2, 3, 25} {
		got := order(search.Query{Text: "budget", Sort: search.SortNewest}, size)
		want := []string{"2022-01-01", "2021-07-04", "2020-03-01", "2020-02-29", "2020-02-15", "2020-01-01", "2019-12-31", ""}
		if !slices.Equal(got, want) {
			t.Errorf("newest, pages of %d: %q", size, got)
		}
		got = order(search.Query{Text: "budget", Sort: search.SortOldest}, size)
		want = []string{"2019-12-31", "2020-01-01", "2020-02-15", "2020-02-29", "2020-03-01", "2021-07-04", "2022-01-01", ""}
		if !slices.Equal(got, want) {
			t.Errorf("oldest, pages of %d: %q", size, got)
		}
	}
	ranges := []struct {
		from, to string
		want     int
	}{
		{"2020-01-01", "2020-12-31", 4},
		{"2020-02-01", "2020-02-29", 2},
		{"2020-02-16", "2020-03-01", 2},
		{"2019-12-31", "2019-12-31", 1},
		{"2020-01-01", "", 6},
		{"", "2020-01-01", 2},
		{"2021-01-01", "2020-01-01", 0},
		{"1900-01-01", "2100-01-01", 7},
	}
	for _, r := range ranges {
		for _, sort := range []string{search.SortRelevance, search.SortNewest} {
			got := order(search.Query{Text: "budget", From: r.from, To: r.to, Sort: sort}, 2)
			if len(got) != r.want {
				t.Errorf("%s..%s (%s): %q, want %d quotes", r.from, r.to, sort, got, r.want)
			}
			res, _ := search.New(store).Search(ctx, search.Query{Text: "budget", From: r.from, To: r.to, Sort: sort}, models.Page{Number: 1, Size: 25})
			if res.Total != int64(r.want) {
				t.Errorf("%s..%s (%s): total %d, want %d", r.from, r.to, sort, res.Total, r.want)
			}
		}
		// A quote listing narrowed by the same search (an export's
		// ?q=&from=&to=) keeps the same quotes.
		match := search.New(store).Match(search.Query{Text: "budget", From: r.from, To: r.to})
		if n, err := store.CountQuotes(ctx, models.QuoteFilter{Match: match}); err != nil || n != int64(r.want) {
			t.Errorf("%s..%s: a listing narrowed by the search keeps %d, %v, want %d", r.from, r.to, n, err, r.want)
		}
	}
	if n, err := store.CountQuotes(ctx, models.QuoteFilter{Match: search.New(store).Match(search.Query{})}); err != nil || n != 0 {
		t.Errorf("a listing narrowed by an empty search keeps %d, %v, want none", n, err)
	}
	if res, _ := search.New(store).Search(ctx, search.Query{From: "2020-02-01", To: "2020-02-29"}, models.Page{Number: 1, Size: 25}); res.Total != 2 {
		t.Errorf("a date range alone finds %d, want 2", res.Total)
	}
}

// The index folds words as Highlight does (case, accents, punctuation),
// keeps the fields apart for field:word searches, ranks the quote's own
// words above its speaker's name, and never lets a typed prefix reach
// the filter tags: the same on every engine.
func TestSearchFoldsFieldsAndRanks(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	apptest.MustLoadDemo(t, store)
	ctx := context.Background()
	save := func(text, speaker string) int64 {
		t.Helper()
		d := &models.QuoteDraft{Quote: models.Quote{Text: text, Kind: "direct", Status: "unverified"},
			Speaker: models.PersonRef{Name: speaker, Create: true}, Article: models.ArticleRef{ID: 1}}
		if err := store.SaveQuote(ctx, d); err != nil {
			t.Fatal(err)
		}
		return d.Quote.ID
	}
	cafe := save("Le CAFÉ naïve, l’École—finally “open”.", "Émile Zola")
	inText := save("Zanzibar matters to everyone.", "Ann Other")
	bySpeaker := save("Nothing about islands here.", "Zanzibar Jones")

	for _, typed := range []string{"cafe", "Café", "NAIVE", "ecole", "finally", `"naive l ecole"`, "caf*", "emile", "speaker:zola"} {
		if got := searchIDs(t, store, search.Query{Text: typed}); !slices.Equal(got, []int64{cafe}) {
			t.Errorf("%s finds %v, want [%d]", typed, got, cafe)
		}
	}
	res, err := search.New(store).Search(ctx, search.Query{Text: "cafe naive"}, models.Page{Number: 1, Size: 25})
	if err != nil || len(res.Hits) != 1 || !strings.Contains(res.Hits[0].Snippet, query.SnippetOpen+"CAFÉ naïve"+query.SnippetClose) {
		t.Errorf("cafe naive: %+v %v, want CAFÉ naïve marked", res.Hits, err)
	}
	for typed, want := range map[string]int{"outlet:npr": 4, "article:npr": 0, "title:fined": 18, "quote:fined": 0, "speaker:zanzibar": 1, "qq*": 0, `"matters zanzibar"`: 0} {
		if got := searchIDs(t, store, search.Query{Text: typed}); len(got) != want {
			t.Errorf("%s finds %d quotes %v, want %d", typed, len(got), got, want)
		}
	}
	// A phrase does not run from one field into the next.
	if got := searchIDs(t, store, search.Query{Text: `"here zanzibar"`}); len(got) != 0 {
		t.Errorf(`"here zanzibar" finds %v across the text and the speaker`, got)
	}
	if got := searchIDs(t, store, search.Query{Text: "zanzibar"}); !slices.Equal(got, []int64{inText, bySpeaker}) {
		t.Errorf("zanzibar ranks %v, want the quote that says it (%d) before the one its speaker is named so (%d)", got, inText, bySpeaker)
	}
}

// A database made before migration 8 kept a copy of everything its
// search index held. Upgrading drops the copy and indexes every quote
// again: the same searches find the same quotes, and edits afterwards
// still replace and delete index rows by their rowid.
func TestSearchIndexUpgradesToContentless(t *testing.T) {
	t.Parallel()
	if apptest.Backend(t) != models.SQLite {
		t.Skip("SQLite's index")
	}
	path := filepath.Join(t.TempDir(), "old.db")
	store, err := models.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	apptest.MustLoadDemo(t, store)
	queries := []search.Query{{Text: "twitter"}, {Text: `"security purposes"`}, {Text: "speaker:khan"}, {Text: "npr"}, {Text: "fined OR penalty"}}
	before := make([][]int64, len(queries))
	for i, q := range queries {
		if before[i] = searchIDs(t, store, q); len(before[i]) == 0 {
			t.Fatalf("%+v finds nothing in the demo", q)
		}
	}
	store.Close()

	// Put the index back as it was before migration 8.
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{
		`DROP TABLE quote_fts`,
		`CREATE VIRTUAL TABLE quote_fts USING fts5(text, speaker, article, outlet, tags, tokenize = 'unicode61 remove_diacritics 2')`,
		`INSERT INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows`,
		`DELETE FROM schema_migrations WHERE version >= 8`,
		// Undo what the migrations after 8 made, so that they run again.
		// 11: the dashboards' counts, and the speakers' gender and affiliation (9, 10 and 12 run twice as they are).
		`DROP TRIGGER quotes_months_insert`, `DROP TRIGGER quotes_months_delete`, `DROP TRIGGER quotes_months_update`,
		`DROP TRIGGER quote_topics_months_insert`, `DROP TRIGGER quote_topics_months_delete`,
		`DROP TABLE quote_month_counts`, `DROP TABLE topic_month_counts`,
		`DROP INDEX person_outlet_counts_outlet`, `DROP INDEX person_topic_counts_topic`,
		`ALTER TABLE people DROP COLUMN gender`, `ALTER TABLE people DROP COLUMN affiliation`,
	} {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	db.Close()

	store, err = models.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	for i, q := range queries {
		if got := searchIDs(t, store, q); !slices.Equal(got, before[i]) {
			t.Errorf("after the upgrade %+v finds %v, before it %v", q, got, before[i])
		}
	}
	db, _ = sql.Open("sqlite3", path)
	defer db.Close()
	var schema string
	if err := db.QueryRow(`SELECT sql FROM sqlite_master WHERE name = 'quote_fts'`).Scan(&schema); err != nil || !strings.Contains(schema, "content = ''") {
		t.Errorf("the upgraded index is %q, %v: it still keeps a copy", schema, err)
	}

	ctx := context.Background()
	khan, err := store.PersonBySlug(ctx, "lina-khan")
	if err != nil {
		t.Fatal(err)
	}
	khan.Name, khan.Aliases = "Lina Zebrowska", nil
	if err := store.UpdatePerson(ctx, khan); err != nil {
		t.Fatal(err)
	}
	if got := searchIDs(t, store, search.Query{Text: "speaker:khan"}); len(got) != 0 {
		t.Errorf("after the rename, speaker:khan still finds %v", got)
	}
	if got := searchIDs(t, store, search.Query{Text: "zebrowska"}); len(got) != len(before[2]) {
		t.Errorf("after the rename, zebrowska finds %v, want the %d quotes khan found", got, len(before[2]))
	}
}

// MatchNewest keeps the newest matches only, unless a date range cuts a
// month, when it keeps them all as Match does.
func TestMatchNewestKeepsTheNewest(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenDemoStore(t)
	s := search.New(store)
	kept := func(m *models.QuoteMatch) []int64 {
		t.Helper()
		var ids []int64
		if err := store.DB(context.Background()).Raw(`SELECT q.id FROM quotes q WHERE `+m.Where+` ORDER BY q.id DESC`, m.Args...).Scan(&ids).Error; err != nil {
			t.Fatal(err)
		}
		return ids
	}
	q := search.Query{Text: "security"}
	all := kept(s.Match(q))
	if len(all) < 3 {
		t.Fatalf("the demo has %d quotes with security, want 3 or more", len(all))
	}
	if got := kept(s.MatchNewest(q, 2)); !slices.Equal(got, all[:2]) {
		t.Errorf("the newest 2 of %v: got %v", all, got)
	}
	if got := kept(s.MatchNewest(q, 100)); !slices.Equal(got, all) {
		t.Errorf("the newest 100 of %v: got %v", all, got)
	}
	cut := search.Query{Text: "security", From: "2000-01-15"}
	if got, want := kept(s.MatchNewest(cut, 1)), kept(s.Match(cut)); !slices.Equal(got, want) {
		t.Errorf("a range that cuts a month keeps %v, Match %v", got, want)
	}
	if got := kept(s.MatchNewest(search.Query{}, 5)); len(got) != 0 {
		t.Errorf("an empty search keeps %v", got)
	}
}
