package importer_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/cite"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/importer"
	"github.com/quotetrail/quotetrail/internal/plaintext"
	"github.com/quotetrail/quotetrail/internal/schema"
	"github.com/quotetrail/quotetrail/internal/search"
	"github.com/quotetrail/quotetrail/internal/synth"
	"github.com/quotetrail/quotetrail/models"
)

const jsonl = `{"text": "We are going to keep using every tool we have.", "speaker": "Lina Khan", "speaker_title": "FTC chair", "kind": "direct", "article": {"title": "Khan vows action", "url": "https://www.npr.org/2022/05/26/khan-vows", "outlet": "NPR", "authors": ["Jane Doe", "John Roe"], "published": "2022-05-26"}, "via": "", "said_on": "2022-05-25", "topics": ["privacy", "enforcement"]}
{"text": "Data brokers are on notice.", "speaker": "Lina M. Khan", "article": {"title": "Khan vows action", "url": "https://www.npr.org/2022/05/26/khan-vows", "outlet": "NPR"}, "topics": ["Privacy"]}

{"text": "A new voice from a new paper.", "speaker": "Ada Newcomer", "kind": "paraphrase", "article": {"title": "Local view", "url": "https://www.example-gazette.com/local/view"}, "via": "npr.org"}
`

func importString(t *testing.T, store *models.Store, input string, opt importer.Options) (importer.Summary, string, error) {
	t.Helper()
	var errs bytes.Buffer
	opt.Errors = &errs
	sum, err := importer.Import(context.Background(), store, strings.NewReader(input), opt)
	return sum, errs.String(), err
}

func TestImportJSONLines(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenDemoStore(t)
	ctx := context.Background()
	before, _ := store.Count(ctx)

	sum, errs, err := importString(t, store, jsonl, importer.Options{})
	if err != nil || errs != "" {
		t.Fatalf("import: %v\n%s", err, errs)
	}
	if sum.Lines != 3 || sum.Added != 3 || sum.Refused != 0 || sum.People != 1 || sum.Articles != 2 || sum.Outlets != 1 || sum.Topics != 1 {
		t.Errorf("summary = %+v", sum)
	}
	after, _ := store.Count(ctx)
	if after.Quotes != before.Quotes+3 || after.People != before.People+1 || after.Outlets != before.Outlets+1 {
		t.Errorf("counts %+v -> %+v", before, after)
	}

	// The alias "Lina M. Khan" is Lina Khan; counts follow.
	khan, _ := store.PersonBySlug(ctx, "lina-khan")
	if khan.QuoteCount != 4 {
		t.Errorf("Lina Khan has quote_count %d, want 4", khan.QuoteCount)
	}
	list, _ := store.Quotes(ctx, models.QuoteFilter{PersonID: khan.ID}, models.Page{Number: 1, Size: 10})
	if list.Total != 4 || list.Quotes[0].Text != "Data brokers are on notice." || list.Quotes[0].SortDate != "2022-05-26" {
		t.Fatalf("Lina Khan's quotes: %d, first %+v", list.Total, list.Quotes[0])
	}
	q := list.Quotes[1]
	if q.Text != "We are going to keep using every tool we have." || q.SpeakerTitle != "FTC chair" || q.OutletName != "NPR" || q.SortDate != "2022-05-25" || q.ArticleAuthors != "Jane Doe\nJohn Roe" {
		t.Errorf("imported quote = %+v", q)
	}
	if len(q.Topics) != 2 {
		t.Errorf("topics = %+v, want enforcement and privacy", q.Topics)
	}
	npr, _ := store.OutletBySlug(ctx, "npr")
	if npr.ArticleCount != 1 {
		t.Errorf("NPR article_count = %d, want 1 (the demo article has no outlet)", npr.ArticleCount)
	}
	privacy, _ := store.TopicBySlug(ctx, "privacy")
	if privacy.QuoteCount != 14 {
		t.Errorf("privacy quote_count = %d, want 14", privacy.QuoteCount)
	}
	// An outlet named by nobody comes from the URL's domain; "npr.org"
	// as via is NPR, found by domain.
	gazette, err := store.FindOutlet(ctx, "example-gazette.com")
	if err != nil || gazette.Name != "example-gazette.com" || gazette.ArticleCount != 1 {
		t.Errorf("outlet from domain = %+v, %v", gazette, err)
	}
	res, err := search.New(store).Search(ctx, search.Query{Text: "brokers", ViaOutletID: 0}, models.Page{Number: 1, Size: 10})
	if err != nil || res.Total != 1 {
		t.Errorf("imported quote not searchable: %d, %v", res.Total, err)
	}
	res, _ = search.New(store).Search(ctx, search.Query{Text: "voice", ViaOutletID: npr.ID}, models.Page{Number: 1, Size: 10})
	if res.Total != 1 {
		t.Errorf("via NPR search finds %d, want 1", res.Total)
	}

	enforcement, _ := store.TopicBySlug(ctx, "enforcement")
	if res, _ := search.New(store).Search(ctx, search.Query{TopicID: enforcement.ID}, models.Page{Number: 1, Size: 5}); res.Total != 1 {
		t.Errorf("topic filter over imported quotes finds %d, want 1", res.Total)
	}
	checkCounts(t, store)

	// Re-running adds nothing.
	again, errs, err := importString(t, store, jsonl, importer.Options{})
	if err != nil || errs != "" || again.Added != 0 || again.Duplicates != 3 || again.People+again.Articles+again.Outlets+again.Topics != 0 {
		t.Errorf("second run: %+v %v %s", again, err, errs)
	}
	if c, _ := store.Count(ctx); c != after {
		t.Errorf("second run changed counts %+v -> %+v", after, c)
	}
	if n, _ := search.New(store).IndexSize(ctx); n != after.Quotes {
		t.Errorf("search index holds %d quotes, table %d", n, after.Quotes)
	}
}

const badJSONL = `{"text": "fine one", "speaker": "A Person", "article": {"title": "T", "url": "https://a.example/1"}}
{"text": "no speaker", "article": {"title": "T"}}
not json at all
{"text": "fine two", "speaker": "A Person", "article": {"title": "T", "url": "https://a.example/1"}, "kind": "rumour"}
{"text": "fine three", "speaker": "A Person", "article": {"title": "T", "url": "https://a.example/1"}, "said_on": "yesterday"}
{"text": "fine four", "speaker": "A Person", "article": {"title": "T", "url": "ftp://a.example/1"}}
{"text": "fine five", "speaker": "A Person", "article": {"title": "T", "url": "https://a.example/1"}}
`

func TestImportReportsBadLines(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	sum, errs, err := importString(t, store, badJSONL, importer.Options{OnError: importer.OnErrorSkip})
	if err != nil {
		t.Fatalf("skip: %v", err)
	}
	if sum.Added != 2 || sum.Refused != 5 || sum.Lines != 7 {
		t.Errorf("skip: summary %+v", sum)
	}
	for _, want := range []string{
		"line 2: the quote has no speaker", "line 3: not a JSON object", `line 4: kind "rumour" is not one of`,
		`line 5: said_on "yesterday" is not a date`, `line 6: the article URL "ftp://a.example/1" is not an http(s) address`,
	} {
		if !strings.Contains(errs, want+"") {
			t.Errorf("skip: errors lack %q:\n%s", want, errs)
		}
	}

	store = apptest.MustOpenStore(t)
	sum, errs, err = importString(t, store, badJSONL, importer.Options{OnError: importer.OnErrorStop})
	if !errors.Is(err, importer.ErrStopped) || sum.StoppedAt != 2 {
		t.Fatalf("stop: err %v, stopped at %d", err, sum.StoppedAt)
	}
	if sum.Added != 1 || strings.Count(errs, "\n") != 1 {
		t.Errorf("stop: added %d (want the line before the bad one), errors:\n%s", sum.Added, errs)
	}
	if c, _ := store.Count(context.Background()); c.Quotes != 1 {
		t.Errorf("stop: %d quotes in the database, want 1", c.Quotes)
	}
	checkCounts(t, store)
}

// A batch lands whole or not at all.
func TestImportBatchIsAllOrNothing(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	ctx := context.Background()
	good := importer.Quote{Line: 1, Text: "first", Speaker: "New Person", Article: importer.Article{Title: "A", URL: "https://x.example/a"}}
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	bad := importer.Quote{Line: 2, Text: "second"} // not validated: no speaker
	_, err := importer.WriteBatch(ctx, store, []importer.Quote{good, bad})
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("WriteBatch with a bad quote: %v", err)
	}
	c, _ := store.Count(ctx)
	if c != (models.Counts{}) {
		t.Errorf("a failed batch left %+v behind", c)
	}
	if n, _ := search.New(store).IndexSize(ctx); n != 0 {
		t.Errorf("a failed batch left %d rows in the search index", n)
	}
	// The next batch indexes row by row again once the import's batch is
	// over: a quote saved through the forms is searchable.
	if _, err := importer.WriteBatch(ctx, store, []importer.Quote{good}); err != nil {
		t.Fatal(err)
	}
	// The article's id is not known in advance: PostgreSQL does not hand
	// back the ids of a batch that rolled back.
	imported, err := store.RecentQuotes(ctx, 1)
	if err != nil || len(imported) != 1 {
		t.Fatalf("the imported quote: %v %v", imported, err)
	}
	d := &models.QuoteDraft{Quote: models.Quote{Text: "typed in a form", Kind: "direct", Status: "unverified"},
		Speaker: models.PersonRef{Name: "New Person"}, Article: models.ArticleRef{ID: imported[0].ArticleID}}
	if err := store.SaveQuote(ctx, d); err != nil {
		t.Fatal(err)
	}
	if res, _ := search.New(store).Search(ctx, search.Query{Text: "form"}, models.Page{Number: 1, Size: 5}); res.Total != 1 {
		t.Errorf("a quote saved after an import is not searchable")
	}
}

func TestImportQuotebank(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"quotebank.jsonl", "quotebank.jsonl.bz2"} {
		t.Run(name, func(t *testing.T) {
			store := apptest.MustOpenDemoStore(t)
			ctx := context.Background()
			var errs bytes.Buffer
			sum, err := importer.File(ctx, store, filepath.Join("testdata", name), importer.Options{Errors: &errs})
			if err != nil {
				t.Fatal(err)
			}
			// One quote per URL; the quotation of no one (None) left out,
			// and counted, but not refused.
			if sum.Added != 4 || sum.Refused != 0 || sum.Unattributed != 1 || errs.Len() != 0 {
				t.Errorf("summary %+v, errors:\n%s", sum, errs.String())
			}
			khan, _ := store.PersonBySlug(ctx, "lina-khan")
			if khan.QuoteCount != 5 { // two demo quotes, two URLs of line 1, and "Khan" of line 4
				t.Errorf("Lina Khan has %d quotes, want 5", khan.QuoteCount)
			}
			kieran, _ := store.PersonBySlug(ctx, "damien-kieran")
			list, _ := store.Quotes(ctx, models.QuoteFilter{PersonID: kieran.ID}, models.Page{Number: 1, Size: 1})
			q := list.Quotes[0]
			if q.OutletName != "NPR" || q.SortDate != "2020-01-17" || q.ArticleTitle != "privacy protection pledge" {
				t.Errorf("Quotebank quote: outlet %q, date %q, title %q", q.OutletName, q.SortDate, q.ArticleTitle)
			}
			if _, err := store.FindOutlet(ctx, "nytimes.com"); err != nil {
				t.Errorf("no outlet from the URL's domain: %v", err)
			}
			checkCounts(t, store)
			again, err := importer.File(ctx, store, filepath.Join("testdata", name), importer.Options{})
			if err != nil || again.Added != 0 || again.Duplicates != 4 {
				t.Errorf("second run: %+v, %v", again, err)
			}
		})
	}
}

func TestImportCSV(t *testing.T) {
	t.Parallel()
	header := strings.Join(cite.CSVHeader(), ",")
	input := "\uFEFF" + header + "\n" +
		`"'=SUM(1,2) is not a formula",Lina Khan,FTC chair,partial,Khan on spreadsheets,NPR,,"Jane Doe; John Roe",2022-06-01,https://www.npr.org/2022/06/01/sheets,2022-06-02,verified,"privacy; data",https://old.example/quotes/9` + "\n" +
		`"Multi-line` + "\n" + `quote",Sam Levine,,direct,Levine speaks,,NPR,,,https://levine.example/speaks,,,,` + "\n" +
		`,Nobody,,direct,Empty quote,,,,,,,,,` + "\n" +
		`"bad date",Sam Levine,,direct,Levine speaks,,,,01/02/2022,,,,,` + "\n"
	store := apptest.MustOpenDemoStore(t)
	ctx := context.Background()
	sum, errs, err := importString(t, store, input, importer.Options{Format: importer.FormatAuto})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 2 || sum.Refused != 2 || !strings.Contains(errs, "line 5: the quote has no text") || !strings.Contains(errs, `line 6: published "01/02/2022" is not a date`) {
		t.Errorf("summary %+v, errors:\n%s", sum, errs)
	}
	khan, _ := store.PersonBySlug(ctx, "lina-khan")
	list, _ := store.Quotes(ctx, models.QuoteFilter{PersonID: khan.ID, Kind: "partial"}, models.Page{Number: 1, Size: 5})
	var q models.QuoteView
	for _, v := range list.Quotes {
		if strings.Contains(v.Text, "SUM") {
			q = v
		}
	}
	if q.Text != "=SUM(1,2) is not a formula" || q.Status != "verified" || q.OutletName != "NPR" || q.ArticleAccessed == nil || len(q.Topics) != 2 {
		t.Errorf("CSV quote = %+v", q)
	}
	levine, _ := store.PersonBySlug(ctx, "sam-levine")
	list, _ = store.Quotes(ctx, models.QuoteFilter{PersonID: levine.ID, Kind: "direct"}, models.Page{Number: 1, Size: 5})
	if list.Total != 1 || list.Quotes[0].Text != "Multi-line\nquote" || list.Quotes[0].ViaName != "NPR" {
		t.Errorf("multi-line CSV quote: %+v", list.Quotes)
	}
	if _, errs, _ := importString(t, store, "a,b\n1,2\n", importer.Options{Format: importer.FormatCSV}); errs != "" {
		t.Errorf("errors for a bad header went to the line report: %s", errs)
	}
	if _, _, err := importString(t, store, "a,b\n1,2\n", importer.Options{Format: importer.FormatCSV}); err == nil || !strings.Contains(err.Error(), `no "quote" column`) {
		t.Errorf("bad header: %v", err)
	}
}

// Progress is plain lines in a log and a bar redrawn in place on a
// terminal.
func TestImportProgressLines(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	var progress bytes.Buffer
	path := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(path, []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	p := importer.NewProgress(&progress, false)
	if _, err := importer.File(context.Background(), store, path, importer.Options{Progress: p}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(progress.String(), "import: 100% 3 quotes") || strings.Contains(progress.String(), "\r") {
		t.Errorf("progress lines = %q", progress.String())
	}
	var bar bytes.Buffer
	p = importer.NewProgress(&bar, true)
	if _, err := importer.File(context.Background(), store, path, importer.Options{Progress: p}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(bar.String(), "\r") || !strings.Contains(bar.String(), "100%") {
		t.Errorf("progress bar = %q", bar.String())
	}
}

// checkCounts compares every denormalised count with a count of the rows.
func checkCounts(t *testing.T, store *models.Store) {
	t.Helper()
	ctx := context.Background()
	people, err := store.PeopleIndex(ctx, "", models.Page{Number: 1, Size: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range people.People {
		if n, _ := store.CountQuotes(ctx, models.QuoteFilter{PersonID: p.ID}); n != int64(p.QuoteCount) {
			t.Errorf("%s: quote_count %d, %d quotes", p.Name, p.QuoteCount, n)
		}
	}
	topics, _ := store.Topics(ctx)
	for _, tp := range topics {
		if n, _ := store.CountQuotes(ctx, models.QuoteFilter{TopicID: tp.ID}); n != int64(tp.QuoteCount) {
			t.Errorf("topic %s: quote_count %d, %d quotes", tp.Name, tp.QuoteCount, n)
		}
	}
	outlets, _ := store.Outlets(ctx)
	for _, o := range outlets {
		list, _ := store.Articles(ctx, o.ID, models.Page{Number: 1, Size: 1})
		if list.Total != int64(o.ArticleCount) {
			t.Errorf("outlet %s: article_count %d, %d articles", o.Name, o.ArticleCount, list.Total)
		}
	}
	articles, _ := store.Articles(ctx, 0, models.Page{Number: 1, Size: 1000})
	for _, a := range articles.Articles {
		if n, _ := store.CountQuotes(ctx, models.QuoteFilter{ArticleID: a.ID}); n != int64(a.QuoteCount) {
			t.Errorf("article %d: quote_count %d, %d quotes", a.ID, a.QuoteCount, n)
		}
	}
}

// Articles without a URL are matched by title and outlet, so re-running
// adds nothing for them either.
func TestImportArticlesWithoutURL(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	input := `{"text": "one", "speaker": "A B", "article": {"title": "No link", "outlet": "Gazette"}}
{"text": "two", "speaker": "A B", "article": {"title": "No link"}}
{"text": "three", "speaker": "A B", "article": {"title": "No link", "outlet": "gazette"}}
`
	sum, _, err := importString(t, store, input, importer.Options{})
	if err != nil || sum.Added != 3 || sum.Articles != 2 || sum.Outlets != 1 {
		t.Fatalf("first run: %+v, %v", sum, err)
	}
	again, _, err := importString(t, store, input, importer.Options{})
	if err != nil || again.Added != 0 || again.Duplicates != 3 || again.Articles != 0 {
		t.Errorf("second run: %+v, %v", again, err)
	}
	checkCounts(t, store)
}

// Imported records have no history until first changed; their first edit
// records how they stood, as imported, and then the change, so history
// shows what the edit did and can undo it.
func TestImportedRecordsGetHistoryOnFirstEdit(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	ctx := context.Background()
	if _, errs, err := importString(t, store, jsonl, importer.Options{}); err != nil || errs != "" {
		t.Fatalf("import: %v\n%s", err, errs)
	}
	p, err := store.PersonBySlug(ctx, "ada-newcomer")
	if err != nil {
		t.Fatal(err)
	}
	if revs, exists, err := store.History(ctx, history.EntityPerson, p.ID); err != nil || len(revs) != 0 || !exists {
		t.Fatalf("an imported person has history before any edit: %d revisions, %v", len(revs), err)
	}
	if _, _, err := store.History(ctx, history.EntityPerson, p.ID+1000); !errors.Is(err, models.ErrNotFound) {
		t.Fatalf("history of a person who never was: %v, want ErrNotFound", err)
	}
	p.Description = "Columnist"
	if err := store.UpdatePerson(ctx, p); err != nil {
		t.Fatal(err)
	}
	revs, _, err := store.History(ctx, history.EntityPerson, p.ID)
	if err != nil || len(revs) != 2 {
		t.Fatalf("%d revisions, %v", len(revs), err)
	}
	if revs[1].Action != history.ActionCreate || revs[1].Version != 1 || revs[1].UserID != nil {
		t.Errorf("baseline revision = %+v", revs[1].Revision)
	}
	if len(revs[0].Changes) != 1 || revs[0].Changes[0].Name != "Description" || revs[0].Changes[0].New != "Columnist" {
		t.Errorf("the edit's changes = %+v", revs[0].Changes)
	}
	if _, err := store.RestoreRevision(ctx, revs[1].ID); err != nil {
		t.Fatal(err)
	}
	if p, _ = store.PersonBySlug(ctx, "ada-newcomer"); p.Description != "" || p.Version != 3 {
		t.Errorf("after restoring the imported state: %q, version %d", p.Description, p.Version)
	}
}

// The batch's edges, in batches of three lines: an article and a speaker
// created in one batch and found again by the next (in another case), the
// same topic more than once on a line, a quote repeated inside a batch
// and across batches.
func TestImportAcrossBatches(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	ctx := context.Background()
	const shared = `"article": {"title": "Shared", "url": "https://edge.example/shared", "outlet": "Edge Times"}`
	const other = `"article": {"title": "Other", "url": "https://edge.example/other"}`
	input := `{"text": "Shared one", "speaker": "Edge Speaker", ` + shared + `, "topics": ["Budget", "budget", " BUDGET "]}
{"text": "Shared two", "speaker": "edge speaker", ` + shared + `, "topics": ["Budget", "Tax"]}
{"text": "Shared three", "speaker": "Edge Speaker", ` + shared + `}
{"text": "Shared four", "speaker": "EDGE SPEAKER", ` + shared + `, "topics": ["tax", "Tax"], "said_on": "2021-03-04"}
{"text": "Shared one", "speaker": "Edge Speaker", ` + shared + `}
{"text": "Elsewhere", "speaker": "Other Voice", ` + other + `, "via": "Edge Times"}
{"text": "Same twice", "speaker": "Other Voice", ` + shared + `}
{"text": "Same twice.", "speaker": "Other Voice", ` + shared + `}
{"text": "Elsewhere", "speaker": "Other Voice", ` + other + `}
`
	sum, errs, err := importString(t, store, input, importer.Options{BatchSize: 3})
	if err != nil || errs != "" {
		t.Fatalf("import: %v\n%s", err, errs)
	}
	want := importer.Stats{Added: 6, Duplicates: 3, People: 2, Articles: 2, Outlets: 1, Topics: 2}
	if sum.Stats != want {
		t.Errorf("summary %+v, want %+v", sum.Stats, want)
	}
	c, _ := store.Count(ctx)
	if c.Quotes != 6 || c.People != 2 || c.Outlets != 1 {
		t.Errorf("counts %+v", c)
	}
	speaker, err := store.PersonBySlug(ctx, "edge-speaker")
	if err != nil || speaker.QuoteCount != 4 {
		t.Errorf("Edge Speaker: %+v, %v; want 4 quotes", speaker, err)
	}
	for slug, n := range map[string]int{"budget": 2, "tax": 2} {
		if tp, err := store.TopicBySlug(ctx, slug); err != nil || tp.QuoteCount != n {
			t.Errorf("topic %s: %+v, %v; want %d quotes", slug, tp, err, n)
		}
	}
	if o, err := store.OutletBySlug(ctx, "edge-times"); err != nil || o.ArticleCount != 2 {
		t.Errorf("Edge Times: %+v, %v; want 2 articles (the second found by its domain)", o, err)
	}
	if res, _ := search.New(store).Search(ctx, search.Query{Text: "shared"}, models.Page{Number: 1, Size: 10}); res.Total != 5 {
		t.Errorf("search finds %d quotes in the article Shared, want 5", res.Total)
	}
	checkCounts(t, store)
	if n, err := schema.FacetCountDrift(ctx, store.DB(ctx)); err != nil || n != 0 {
		t.Errorf("facet counts: %d rows drift, %v", n, err)
	}

	again, _, err := importString(t, store, input, importer.Options{BatchSize: 3})
	if err != nil || again.Stats != (importer.Stats{Duplicates: 9}) {
		t.Errorf("second run: %+v, %v", again.Stats, err)
	}
	if n, _ := search.New(store).IndexSize(ctx); n != 6 {
		t.Errorf("search index holds %d quotes, want 6", n)
	}
}

// A line holding what is not text (a NUL character, bytes that are not
// UTF-8), in any format and any field, is a bad line on both engines:
// reported by number with the store's own words, the others imported,
// nothing of it stored.
func TestImportRefusesWhatIsNotText(t *testing.T) {
	t.Parallel()
	good := func(n int) string {
		return fmt.Sprintf(`{"text": "fine words %d", "speaker": "New Person", "article": {"title": "A", "url": "https://x.example/a"}}`, n)
	}
	csvHeader := "quote,speaker,article title\n"
	for _, c := range []struct {
		name, input, want string
		opt               importer.Options
	}{
		{"JSON, NUL escaped in the text", `{"text": "a NUL \u0000 here", "speaker": "New Person", "article": {"title": "A"}}`, "quote's text holds a NUL", importer.Options{}},
		{"JSON, NUL escaped in a topic", `{"text": "words", "speaker": "New Person", "topics": ["x\u0000"], "article": {"title": "A"}}`, "quote's topic holds a NUL", importer.Options{}},
		{"JSON, raw bytes not UTF-8", "{\"text\": \"bad \xff\xfe bytes\", \"speaker\": \"New Person\", \"article\": {\"title\": \"A\"}}", "line holds bytes that are not text", importer.Options{}},
		{"JSON, raw bytes not UTF-8 in the speaker", "{\"text\": \"words\", \"speaker\": \"New \xe9\", \"article\": {\"title\": \"A\"}}", "not UTF-8", importer.Options{}},
		{"CSV, NUL", "\"a NUL \x00 here\",New Person,A", "quote's text holds a NUL", importer.Options{Format: importer.FormatCSV}},
		{"CSV, bytes not UTF-8", "words,\"Bad \xff Speaker\",A", "quote's speaker holds bytes that are not text", importer.Options{Format: importer.FormatCSV}},
	} {
		store := apptest.MustOpenStore(t)
		input, line := "", "line 2:"
		if c.opt.Format == importer.FormatCSV {
			input, line = csvHeader+"first words,New Person,A\n"+c.input+"\nsecond words,New Person,A\n", "line 3:"
		} else {
			input = good(1) + "\n" + c.input + "\n" + good(2) + "\n"
		}
		sum, errs, err := importString(t, store, input, c.opt)
		if err != nil || sum.Added != 2 || sum.Refused != 1 || !strings.Contains(errs, line) || !strings.Contains(errs, c.want) {
			t.Errorf("%s: %+v, %v\n%s", c.name, sum, err, errs)
		}
	}
	q := importer.Quote{Line: 1, Text: "bad \xff bytes", Speaker: "New Person"}
	if err := q.Validate(); !errors.Is(err, plaintext.ErrNotText) || !strings.Contains(err.Error(), "not UTF-8") {
		t.Errorf("Validate of invalid UTF-8: %v", err)
	}
}

// An import marks the data changed, so that no instance keeps serving a
// page rendered before it.
func TestImportBumpsTheDataVersion(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	ctx := context.Background()
	before, err := store.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, errs, err := importString(t, store, jsonl, importer.Options{}); err != nil || errs != "" {
		t.Fatalf("import: %v\n%s", err, errs)
	}
	mid, _ := store.DataVersion(ctx)
	if mid <= before {
		t.Fatalf("data version %d after an import, %d before", mid, before)
	}
	// A batch that only adds quotes to known speakers and articles bumps
	// it too.
	more := strings.ReplaceAll(jsonl, "keep using every tool", "keep using each tool")
	if sum, _, err := importString(t, store, more, importer.Options{}); err != nil || sum.Added != 1 {
		t.Fatalf("second import: added %d, %v", sum.Added, err)
	}
	if after, _ := store.DataVersion(ctx); after <= mid {
		t.Errorf("data version %d after adding a quote, %d before", after, mid)
	}
}

// A batch reserves the ids of the articles and quotes it writes in sets
// before writing them. An article without a URL, written on its own in
// the middle of the batch, must draw an id past those, as must an article
// made afterwards through the forms; and an id freed by a delete is never
// handed out again, by either path.
func TestImportIDsStayUnique(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	ctx := context.Background()
	input := `{"text": "first", "speaker": "Id Keeper", "article": {"title": "Linked one", "url": "https://ids.example/one"}}
{"text": "second", "speaker": "Id Keeper", "article": {"title": "Unlinked", "outlet": "Ids Daily"}}
{"text": "third", "speaker": "Id Keeper", "article": {"title": "Linked two", "url": "https://ids.example/two"}}
`
	if sum, errs, err := importString(t, store, input, importer.Options{}); err != nil || errs != "" || sum.Articles != 3 || sum.Added != 3 {
		t.Fatalf("import: %+v, %v\n%s", sum, err, errs)
	}
	ids := articleIDs(t, store)
	if len(ids) != 3 {
		t.Fatalf("%d articles, want 3", len(ids))
	}
	made := &models.Article{Title: "Made by hand"}
	if err := store.CreateArticle(ctx, made, models.OutletRef{}); err != nil {
		t.Fatal(err)
	}
	for title, id := range ids {
		if made.ID <= id {
			t.Errorf("an article made after the import got id %d, not past %q (%d)", made.ID, title, id)
		}
	}
	if err := store.DeleteArticle(ctx, made.ID); err != nil {
		t.Fatal(err)
	}
	more := `{"text": "fourth", "speaker": "Id Keeper", "article": {"title": "Linked three", "url": "https://ids.example/three"}}
`
	if sum, errs, err := importString(t, store, more, importer.Options{}); err != nil || errs != "" || sum.Added != 1 {
		t.Fatalf("second import: %+v, %v\n%s", sum, err, errs)
	}
	if id := articleIDs(t, store)["Linked three"]; id <= made.ID {
		t.Errorf("the next imported article got id %d, at or below the deleted article's %d", id, made.ID)
	}
	checkCounts(t, store)
}

// articleIDs maps the store's article titles to their ids.
func articleIDs(t *testing.T, store *models.Store) map[string]int64 {
	t.Helper()
	list, err := store.Articles(context.Background(), 0, models.Page{Number: 1, Size: 50})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for _, a := range list.Articles {
		ids[a.Title] = a.ID
	}
	return ids
}

// Input with nothing in it imports nothing, without an error; JSON lines
// after blank lines or a byte order mark are still JSON lines.
func TestImportEmptyAndBlankStart(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	for _, input := range []string{"", "\n\n  \n", "\uFEFF"} {
		sum, errs, err := importString(t, store, input, importer.Options{})
		if err != nil || errs != "" || sum.Added != 0 || sum.Refused != 0 {
			t.Errorf("%q: %+v, %v\n%s", input, sum, err, errs)
		}
	}
	for i, start := range []string{"\n\n", "\uFEFF", "\uFEFF\n"} {
		input := start + fmt.Sprintf(`{"text": "Start number %d.", "speaker": "Blank Start", "article": {"title": "Gaps"}}`, i) + "\n"
		if sum, errs, err := importString(t, store, input, importer.Options{}); err != nil || errs != "" || sum.Added != 1 {
			t.Errorf("JSON lines after %q: %+v, %v\n%s", start, sum, err, errs)
		}
	}
}

// Batches that hold the write lock longer than LockTarget make the next
// ones smaller, down to MinBatchSize, and quick ones let them grow to
// BatchSize, from a start of four times MinBatchSize; without a target
// every batch is BatchSize quotes.
func TestImportBatchesShrinkToTheLockTarget(t *testing.T) {
	var data bytes.Buffer
	if err := synth.Write(&data, synth.Config{Quotes: 6000, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		size     int
		target   time.Duration
		min, max int
	}{
		{1000, 0, 6, 6},
		{4000, 0, 2, 2},
		{1000, time.Hour, 6, 6},
		// 2,000 quotes, then 4,000 unless the reader had filled the
		// second batch by the time the first was written.
		{4000, time.Hour, 2, 3},
		// The reader may have filled up to four batches before the first
		// is written; the rest come MinBatchSize at a time.
		{1000, time.Nanosecond, 8, 12},
	} {
		store := apptest.MustOpenStore(t)
		sum, err := importer.Import(context.Background(), store, bytes.NewReader(data.Bytes()),
			importer.Options{BatchSize: c.size, LockTarget: c.target})
		if err != nil || sum.Added != 6000 {
			t.Fatalf("batch %d, target %s: %+v, %v", c.size, c.target, sum, err)
		}
		if sum.Batches < c.min || sum.Batches > c.max {
			t.Errorf("batch %d, target %s: %d batches, want %d to %d", c.size, c.target, sum.Batches, c.min, c.max)
		}
	}
}

// A line over the 16 MB limit is one bad line: with --on-error skip the
// lines around it are imported, and it is never held in memory whole.
func TestOverlongLineIsOneBadLine(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	good := strings.Split(strings.TrimSpace(jsonl), "\n")
	huge := `{"text": "` + strings.Repeat("long ", 17<<20/5) + `", "speaker": "Ada"}`
	input := good[0] + "\n" + huge + "\n" + good[1] + "\n" + huge // the last without a line end
	sum, errs, err := importString(t, store, input, importer.Options{OnError: importer.OnErrorSkip})
	if err != nil {
		t.Fatalf("import: %v\n%s", err, errs)
	}
	if sum.Lines != 4 || sum.Added != 2 || sum.Refused != 2 {
		t.Errorf("summary = %+v, want 4 lines, 2 added, 2 refused", sum)
	}
	if !strings.Contains(errs, "line 2: the line is longer than 16 MB") || !strings.Contains(errs, "line 4:") {
		t.Errorf("errors = %q", errs)
	}
	_, errs, err = importString(t, apptest.MustOpenStore(t), input, importer.Options{OnError: importer.OnErrorStop})
	if !errors.Is(err, importer.ErrStopped) {
		t.Errorf("with --on-error stop: %v, want ErrStopped\n%s", err, errs)
	}
}

// A bulk load reports each stage after the rows as steps of its own:
// the indexes built one by one, the search index copied or indexed a
// span of quotes at a time, the counts; each stage ends with all its
// steps done.
func TestBulkLoadProgressShowsEachStage(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenStore(t)
	var progress bytes.Buffer
	path := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(path, []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	p := importer.NewProgress(&progress, false)
	if _, err := importer.File(context.Background(), store, path, importer.Options{Progress: p, Bulk: importer.BulkOn}); err != nil {
		t.Fatal(err)
	}
	stages := []string{"building indexes", "copying the search index", "counting"}
	if store.Engine() == models.Postgres {
		stages = []string{"indexing for search", "building indexes"}
	}
	out := progress.String()
	for _, stage := range stages {
		done := regexp.MustCompile(`(?m)^import: `+stage+`: (\d+) of (\d+), \d+:\d\d elapsed$`).FindAllStringSubmatch(out, -1)
		if len(done) == 0 || done[len(done)-1][1] != done[len(done)-1][2] || done[len(done)-1][1] == "0" {
			t.Errorf("no finished %q stage in the progress:\n%s", stage, out)
		}
	}
	var bar bytes.Buffer
	if _, err := importer.File(context.Background(), apptest.MustOpenStore(t), path, importer.Options{Progress: importer.NewProgress(&bar, true), Bulk: importer.BulkOn}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(bar.String(), "\r\x1b[K[") || !strings.Contains(bar.String(), "] building indexes: ") {
		t.Errorf("no bar for the indexes on a terminal: %q", bar.String())
	}
}
