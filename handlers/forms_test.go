package handlers_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/models"
)

func quoteValues(overrides map[string]string) url.Values {
	v := url.Values{
		"text":       {"We will keep enforcing the law."},
		"speaker":    {"Lina Khan"},
		"kind":       {"direct"},
		"status":     {"unverified"},
		"article_id": {"1"},
		"topics":     {"privacy, enforcement"},
	}
	for k, val := range overrides {
		v.Set(k, val)
	}
	return v
}

func TestCreateQuoteAndSeeItOnSpeakerPage(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	before := app.Counts()
	res := app.PostForm("/quotes", quoteValues(map[string]string{"speaker": "khan", "via": "npr", "speaker_title": "FTC chair", "said_on": "2022-05-25"}))
	if res.Status != http.StatusSeeOther || !strings.HasPrefix(res.Location, "/quotes/") {
		t.Fatalf("POST /quotes = %d (Location %q), want 303 to the quote\n%s", res.Status, res.Location, res.Body)
	}
	after := app.Counts()
	if after.Quotes != before.Quotes+1 || after.People != before.People || after.Outlets != before.Outlets {
		t.Fatalf("counts went from %+v to %+v: want one more quote and nothing else", before, after)
	}
	page := app.Get("/people/lina-khan")
	for _, want := range []string{"We will keep enforcing the law.", "3 quotes", "/topics/enforcement", "25 May 2022"} {
		if !strings.Contains(page.Body, want) {
			t.Errorf("speaker page lacks %q", want)
		}
	}
	// Newest first: the new quote (said 2022-05-25) comes before the demo ones.
	if i, j := strings.Index(page.Body, "We will keep enforcing"), strings.Index(page.Body, "As the complaint notes"); i < 0 || j < 0 || i > j {
		t.Errorf("new quote at %d, older quote at %d: want newest first", i, j)
	}
}

func TestCreateQuoteWithNewSpeakerArticleAndOutlets(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	before := app.Counts()
	res := app.PostForm("/quotes", quoteValues(map[string]string{
		"text": "Privacy is not a luxury.", "speaker": "Jane Doe", "speaker_new": "true", "speaker_kind": "person",
		"article_id": "new", "article_title": "Privacy in 2023", "article_url": "https://example.com/privacy-2023",
		"article_outlet": "Example Times", "article_outlet_new": "true", "article_published_on": "2023-01-02",
		"article_authors": "Ann Writer\nBob Scribe", "via": "Wire Service", "via_new": "true",
	}))
	if res.Status != http.StatusSeeOther {
		t.Fatalf("POST /quotes = %d, want 303\n%s", res.Status, res.Body)
	}
	after := app.Counts()
	if after.Quotes != before.Quotes+1 || after.People != before.People+1 || after.Articles != before.Articles+1 || after.Outlets != before.Outlets+2 {
		t.Fatalf("counts went from %+v to %+v", before, after)
	}
	q := app.Follow(res)
	for _, want := range []string{"Jane Doe", "Privacy in 2023", "Example Times", "Wire Service", "2 January 2023"} {
		if !strings.Contains(q.Body, want) {
			t.Errorf("quote page lacks %q", want)
		}
	}
	if !strings.Contains(q.Body, "Added the quote.") {
		t.Errorf("no flash message after the redirect")
	}
	if again := app.Get(res.Location); strings.Contains(again.Body, "Added the quote.") {
		t.Errorf("flash shown to a request that did not carry it")
	}
	if !strings.Contains(q.Header.Get("Set-Cookie"), "Max-Age=0") {
		t.Errorf("the flash cookie is not cleared once shown: %q", q.Header.Get("Set-Cookie"))
	}
}

// Bad input re-renders the form with each problem named next to its field,
// status 422, and saves nothing.
func TestQuoteFormRejectsBadInput(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		values map[string]string
		field  string
		msg    string
	}{
		{"missing text", map[string]string{"text": "  "}, "text", "The quote is required."},
		{"missing speaker", map[string]string{"speaker": ""}, "speaker", "The speaker is required."},
		{"unknown speaker", map[string]string{"speaker": "Zebediah Quill"}, "speaker", "There is no one called “Zebediah Quill” yet"},
		{"speaker near someone", map[string]string{"speaker": "Lena Kahn"}, "speaker", "There is no one called “Lena Kahn”. Did you mean someone below?"},
		{"unknown article", map[string]string{"article_id": "999"}, "article_id", "There is no article #999."},
		{"article not a number", map[string]string{"article_id": "abc"}, "article_id", "“abc” is not an article number."},
		{"no article", map[string]string{"article_id": ""}, "article_id", "Choose the article"},
		{"bad date", map[string]string{"said_on": "25/05/2022"}, "said_on", "is not a date"},
		{"future date", map[string]string{"said_on": "2999-01-01"}, "said_on", "out of range"},
		{"bad kind", map[string]string{"kind": "rumour"}, "kind", "Choose one of: direct, partial, paraphrase."},
		{"bad status", map[string]string{"status": "true"}, "status", "Choose one of"},
		{"unknown via", map[string]string{"via": "Nowhere Gazette"}, "via", "There is no outlet called “Nowhere Gazette” yet"},
		{"too long", map[string]string{"text": strings.Repeat("x", 10001)}, "text", "Keep this under 10000 characters"},
		{"new article without title", map[string]string{"article_id": "new"}, "article_title", "A title is required."},
		{"new article bad url", map[string]string{"article_id": "new", "article_title": "T", "article_url": "ftp://x"}, "article_url", "is not a web address"},
		{"new article duplicate url", map[string]string{"article_id": "new", "article_title": "T", "article_url": "https://example.com/a"}, "article_url", "already saved as article"},
		{"new article unknown outlet", map[string]string{"article_id": "new", "article_title": "T", "article_outlet": "Nobody News"}, "article_outlet", "There is no outlet called"},
		{"new speaker bad kind", map[string]string{"speaker": "Someone New", "speaker_new": "true", "speaker_kind": "alien"}, "speaker_kind", "Choose one of"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			app := apptest.New(t, true)
			ctx := context.Background()
			url := "https://example.com/a"
			if err := app.Store.CreateArticle(ctx, &models.Article{Title: "Existing", URL: &url}, models.OutletRef{}); err != nil {
				t.Fatal(err)
			}
			before := app.Counts()
			res := app.PostForm("/quotes", quoteValues(tc.values))
			if res.Status != http.StatusUnprocessableEntity {
				t.Fatalf("status %d, want 422", res.Status)
			}
			errID := `id="` + tc.field + `-error"`
			i := strings.Index(res.Body, errID)
			if i < 0 {
				t.Fatalf("no error shown for field %s\n%s", tc.field, res.Body)
			}
			if !strings.Contains(res.Body[i:min(len(res.Body), i+400)], tc.msg) {
				t.Errorf("error for %s does not say %q: %s", tc.field, tc.msg, res.Body[i:min(len(res.Body), i+300)])
			}
			if !strings.Contains(res.Body, `aria-invalid="true"`) || !strings.Contains(res.Body, "Nothing was saved") {
				t.Errorf("form does not mark the problem for assistive technology or lacks the summary")
			}
			if after := app.Counts(); after != before {
				t.Errorf("counts changed from %+v to %+v: a rejected form must save nothing", before, after)
			}
			// What was typed comes back.
			if v := quoteValues(tc.values).Get("text"); len(v) < 200 && !strings.Contains(res.Body, v) {
				t.Errorf("the typed quote %q was not kept in the form", v)
			}
		})
	}
}

// A form that would create a speaker and an article but fails on the via
// outlet leaves neither behind.
func TestRejectedQuoteLeavesNothingHalfWritten(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	before := app.Counts()
	res := app.PostForm("/quotes", quoteValues(map[string]string{
		"speaker": "Brand New Person", "speaker_new": "true", "speaker_kind": "person",
		"article_id": "new", "article_title": "A brand new article", "article_outlet": "Brand New Outlet", "article_outlet_new": "true",
		"via": "Unknown Via",
	}))
	if res.Status != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422", res.Status)
	}
	if after := app.Counts(); after != before {
		t.Fatalf("counts changed from %+v to %+v", before, after)
	}
}

func TestEditQuote(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	res := app.PostForm("/quotes/6", quoteValues(map[string]string{
		"text":    "As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes but then ended up also using the data to target users with ads,",
		"status":  "verified",
		"topics":  "",
		"context": "",
		"via":     "NPR",
		"version": "1",
	}))
	if res.Status != http.StatusSeeOther || res.Location != "/quotes/6" {
		t.Fatalf("POST /quotes/6 = %d %q\n%s", res.Status, res.Location, res.Body)
	}
	q, err := app.Store.QuoteByID(context.Background(), 6)
	if err != nil {
		t.Fatal(err)
	}
	if q.Status != "verified" || len(q.Topics) != 0 || q.Context != "" || q.ViaName != "NPR" {
		t.Errorf("after edit: status %q topics %v context %q via %q; want verified, none, cleared, NPR", q.Status, q.Topics, q.Context, q.ViaName)
	}
	if q.AnchorStart == nil {
		t.Errorf("edited quote lost its anchor")
	}
}

func TestPersonForms(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	res := app.PostForm("/people", url.Values{"name": {"Ana de la Cruz"}, "kind": {"person"}, "aliases": {"De la Cruz\nA. de la Cruz"}, "wikidata_id": {"q42"}})
	if res.Status != http.StatusSeeOther || res.Location != "/people/ana-de-la-cruz" {
		t.Fatalf("create person = %d %q\n%s", res.Status, res.Location, res.Body)
	}
	p, err := app.Store.PersonBySlug(context.Background(), "ana-de-la-cruz")
	if err != nil {
		t.Fatal(err)
	}
	if p.SortName != "de la cruz, ana" || p.WikidataID != "Q42" || len(p.Aliases) != 2 {
		t.Errorf("stored %+v", p)
	}
	// Duplicate names are refused, whatever their case.
	res = app.PostForm("/people", url.Values{"name": {"lina khan"}, "kind": {"person"}})
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "already in quotetrail") {
		t.Errorf("duplicate person = %d", res.Status)
	}
	for _, bad := range []url.Values{
		{"name": {""}, "kind": {"person"}},
		{"name": {"X"}, "kind": {"robot"}},
		{"name": {"X"}, "kind": {"person"}, "wikidata_id": {"42"}},
		{"name": {strings.Repeat("n", 201)}, "kind": {"person"}},
	} {
		if res := app.PostForm("/people", bad); res.Status != http.StatusUnprocessableEntity {
			t.Errorf("POST /people %v = %d, want 422", bad, res.Status)
		}
	}
	// Renaming moves the slug; the old one leads to the new.
	res = app.PostForm("/people/ana-de-la-cruz", url.Values{"name": {"Ana María de la Cruz"}, "kind": {"person"}, "version": {"1"}})
	if res.Status != http.StatusSeeOther || res.Location != "/people/ana-maria-de-la-cruz" {
		t.Fatalf("rename = %d %q", res.Status, res.Location)
	}
	if old := app.Get("/people/ana-de-la-cruz"); old.Status != http.StatusMovedPermanently || old.Location != "/people/ana-maria-de-la-cruz" {
		t.Errorf("old slug answers %d %q, want a permanent redirect to the new one", old.Status, old.Location)
	}
	// Clearing a field really clears it: the aliases were left out.
	p, _ = app.Store.PersonBySlug(context.Background(), "ana-maria-de-la-cruz")
	if len(p.Aliases) != 0 || p.WikidataID != "" {
		t.Errorf("cleared fields kept: %+v", p)
	}
	// A person called "New" does not take the form's address.
	res = app.PostForm("/people", url.Values{"name": {"New"}, "kind": {"organisation"}})
	if res.Location != "/people/new-2" {
		t.Errorf("person called New went to %q", res.Location)
	}
}

func TestDeleteRefusedWhileInUse(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	before := app.Counts()
	for _, tc := range []struct{ path, msg string }{
		{"/people/lina-khan/delete", "Lina Khan cannot be deleted: 2 quotes are still attributed to them."},
		// Only what still points to it: NPR is the via outlet of four
		// quotes and the outlet of no article.
		{"/outlets/npr/delete", "NPR cannot be deleted: 4 quotes received via it still point to it."},
		{"/articles/1/delete", "cannot be deleted: 15 quotes are still printed in it."},
	} {
		res := app.PostForm(tc.path, nil)
		if res.Status != http.StatusConflict || !strings.Contains(res.Body, tc.msg) {
			t.Errorf("POST %s = %d, want 409 saying %q\n%s", tc.path, res.Status, tc.msg, res.Body)
		}
		// The page that asks says so at once, and offers no Delete.
		page := app.Get(tc.path)
		if page.Status != http.StatusOK || !strings.Contains(page.Body, tc.msg) || strings.Contains(page.Body, `class="danger"`) {
			t.Errorf("GET %s = %d, want the refusal and no Delete button", tc.path, page.Status)
		}
	}
	if page := app.Get("/topics/privacy/delete"); !strings.Contains(page.Body, `class="danger"`) {
		t.Error("a topic, which can always be deleted, is offered no Delete button")
	}
	if after := app.Counts(); after != before {
		t.Fatalf("a refused delete changed counts from %+v to %+v", before, after)
	}
}

func TestDeleteWhenFree(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	// Delete Kieran's three quotes, then Kieran.
	for _, id := range []string{"13", "14", "15"} {
		if res := app.PostForm("/quotes/"+id+"/delete", nil); res.Status != http.StatusSeeOther {
			t.Fatalf("delete quote %s = %d", id, res.Status)
		}
	}
	res := app.PostForm("/people/damien-kieran/delete", nil)
	if res.Status != http.StatusSeeOther || res.Location != "/people" {
		t.Fatalf("delete person = %d %q\n%s", res.Status, res.Location, res.Body)
	}
	if app.Get("/people/damien-kieran").Status != http.StatusNotFound {
		t.Errorf("deleted person still shown")
	}
	// A topic goes; its quotes stay.
	before := app.Counts()
	if res := app.PostForm("/topics/privacy/delete", nil); res.Status != http.StatusSeeOther {
		t.Fatalf("delete topic = %d", res.Status)
	}
	after := app.Counts()
	if after.Topics != before.Topics-1 || after.Quotes != before.Quotes {
		t.Errorf("counts %+v -> %+v", before, after)
	}
	// The quote counts on people stay right.
	p, _ := app.Store.PersonBySlug(context.Background(), "lina-khan")
	if p.QuoteCount != 2 {
		t.Errorf("Lina Khan has quote_count %d, want 2", p.QuoteCount)
	}
}

func TestOutletAndArticleForms(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	res := app.PostForm("/outlets", url.Values{"name": {"The Washington Post"}, "kind": {"news"}, "home_url": {"https://www.washingtonpost.com/"}, "domains": {"www.washingtonpost.com"}})
	if res.Status != http.StatusSeeOther || res.Location != "/outlets/the-washington-post" {
		t.Fatalf("create outlet = %d %q\n%s", res.Status, res.Location, res.Body)
	}
	for _, tc := range []struct {
		values url.Values
		msg    string
	}{
		{url.Values{"name": {"npr"}, "kind": {"news"}}, "already exists"},
		{url.Values{"name": {"Other"}, "kind": {"news"}, "domains": {"npr.org"}}, "already belongs to NPR"},
		{url.Values{"name": {"Other"}, "kind": {"news"}, "domains": {"not a domain"}}, "is not a domain name"},
		{url.Values{"name": {"Other"}, "kind": {"news"}, "home_url": {"javascript:alert(1)"}}, "is not a web address"},
	} {
		res := app.PostForm("/outlets", tc.values)
		if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, tc.msg) {
			t.Errorf("POST /outlets %v = %d, want 422 with %q", tc.values, res.Status, tc.msg)
		}
	}
	// An article found by its outlet's domain.
	res = app.PostForm("/articles", url.Values{"title": {"Big story"}, "url": {"https://www.washingtonpost.com/big"}, "outlet": {"washingtonpost.com"}, "published_on": {"2022-05-26"}, "authors": {"Cat Zakrzewski"}})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("create article = %d\n%s", res.Status, res.Body)
	}
	page := app.Get(res.Location)
	if !strings.Contains(page.Body, "The Washington Post") || !strings.Contains(page.Body, "Cat Zakrzewski") {
		t.Errorf("article page lacks its outlet or author")
	}
	res = app.PostForm("/articles", url.Values{"title": {"Same address"}, "url": {"https://www.washingtonpost.com/big"}})
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "already saved as article") {
		t.Errorf("duplicate URL = %d", res.Status)
	}
	res = app.PostForm("/articles", url.Values{"title": {"Bad dates"}, "published_on": {"yesterday"}, "accessed_on": {"2022-13-01"}})
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="published_on-error"`) || !strings.Contains(res.Body, `id="accessed_on-error"`) {
		t.Errorf("bad dates = %d, want both named", res.Status)
	}
}

// Editing an article's text keeps its quotes anchored where their words
// now stand.
func TestArticleEditReanchorsQuotes(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	ctx := context.Background()
	a, _ := app.Store.ArticleByID(ctx, 1)
	f := url.Values{"title": {a.Title}, "body": {"EDITOR'S NOTE: updated.\n\n" + a.Body}, "published_on": {"2022-05-25"}, "version": {"1"}}
	if res := app.PostForm("/articles/1", f); res.Status != http.StatusSeeOther {
		t.Fatalf("edit article = %d\n%s", res.Status, res.Body)
	}
	list, err := app.Store.Quotes(ctx, models.QuoteFilter{ArticleID: 1}, models.Page{Number: 1, Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	body := []rune("EDITOR'S NOTE: updated.\n\n" + a.Body)
	for _, q := range list.Quotes {
		if q.AnchorStart == nil {
			t.Errorf("quote %d lost its anchor", q.ID)
			continue
		}
		if got := string(body[*q.AnchorStart:*q.AnchorEnd]); got != q.Text {
			t.Errorf("quote %d anchored at %q, want %q", q.ID, got, q.Text)
		}
		if q.SortDate != "2022-05-25" {
			t.Errorf("quote %d sort date %q, want the article's new date", q.ID, q.SortDate)
		}
	}
}

func TestPersonPageFiltersAndPaging(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	ctx := context.Background()
	for i := 0; i < 30; i++ {
		d := &models.QuoteDraft{
			Quote:   models.Quote{Text: fmt.Sprintf("Filler quote number %d", i), Kind: "direct", Status: "unverified"},
			Speaker: models.PersonRef{Name: "Lina Khan"}, Article: models.ArticleRef{ID: 1},
		}
		if i%2 == 0 {
			d.Topics = []string{"antitrust"}
		}
		if err := app.Store.SaveQuote(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	page1 := app.Get("/people/lina-khan")
	if !strings.Contains(page1.Body, "Page 1 of 2") || !strings.Contains(page1.Body, `href="/people/lina-khan?before=`) {
		t.Errorf("page 1 lacks paging")
	}
	page2 := app.Get("/people/lina-khan?page=2")
	if !strings.Contains(page2.Body, "Page 2 of 2") || strings.Count(page2.Body, `class="quote"`) != 7 {
		t.Errorf("page 2 shows %d quotes, want 7", strings.Count(page2.Body, `class="quote"`))
	}
	topic := app.Get("/people/lina-khan?topic=antitrust")
	if n := strings.Count(topic.Body, `class="quote"`); n != 15 {
		t.Errorf("topic filter shows %d quotes, want 15", n)
	}
	if res := app.Get("/people/lina-khan?topic=no-such-topic"); !strings.Contains(res.Body, "No quotes match.") {
		t.Errorf("unknown topic should match nothing")
	}
	if res := app.Get("/people/lina-khan?year=1999"); !strings.Contains(res.Body, "No quotes match.") {
		t.Errorf("year filter should match nothing for 1999")
	}
}

// A quote's page lists the other articles that printed the same
// statement.
func TestQuotePageListsOtherReports(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	q, err := app.Store.QuoteByID(context.Background(), 6)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(app.Get("/quotes/6").Body, "Also reported by") {
		t.Fatal("the demo quote lists other reports before there are any")
	}
	res := app.PostForm("/quotes", quoteValues(map[string]string{
		"text": strings.ReplaceAll(q.Text, "[W]e", "We"), "speaker": q.SpeakerName, "topics": "",
		"article_id": "new", "article_title": "Twitter to pay $150 million", "article_outlet": "Reuters", "article_outlet_new": "true",
	}))
	if res.Status != http.StatusSeeOther {
		t.Fatalf("add the other report = %d\n%s", res.Status, res.Body)
	}
	page := app.Get("/quotes/6").Body
	if !strings.Contains(page, "Also reported by") || !strings.Contains(page, `printed in <a href="/articles/2">Reuters</a>`) || !strings.Contains(page, `href="`+res.Location+`"`) {
		t.Errorf("the quote page does not list the Reuters report (%s)", res.Location)
	}
}

// A form holding what is not text (a NUL byte, bytes that are not UTF-8)
// is refused with 400 and a message on both engines, and nothing is saved.
func TestFormsRefuseWhatIsNotText(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	before := app.Counts()
	for _, name := range []string{"Nul\x00topic", "Bad \xff\xfe bytes"} {
		res := app.PostForm("/topics", url.Values{"name": {name}})
		if res.Status != http.StatusBadRequest || !strings.Contains(res.Body, "not text") {
			t.Errorf("POST /topics %q = %d, want 400 naming the problem", name, res.Status)
		}
	}
	if after := app.Counts(); after != before {
		t.Errorf("counts %+v -> %+v", before, after)
	}
	// Ordinary text, accents and all, still goes through.
	if res := app.PostForm("/topics", url.Values{"name": {"Données personnelles"}}); res.Status != http.StatusSeeOther {
		t.Errorf("POST /topics with accents = %d", res.Status)
	}
}
