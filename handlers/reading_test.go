package handlers_test

import (
	"context"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/models"
)

// A quote's page is the quote: its words are the h1 and the page's
// title, the speaker the subtitle, and the cite box shows one style at a
// time.
func TestQuotePageIsTheQuote(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	body := app.Get("/quotes/6").Body
	for _, want := range []string{
		"<title>“As the complaint notes, Twitter…” — Lina Khan · quotetrail</title>",
		`<h1 id="quote-words" class="big-quote">“As the complaint notes, Twitter obtained data`,
		`<p class="quote-by">— <a href="/people/lina-khan">Lina Khan</a>, FTC chair, told <a href="/outlets/npr">NPR</a>`,
		`type="radio" name="cite-style" id="cite-tab-apa"`,
		`<label class="tab" for="cite-tab-mla">MLA 9</label>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the quote's page lacks %s", want)
		}
	}
	if n := strings.Count(body, `name="cite-style"`); n != 6 {
		t.Errorf("%d citation tabs, want one for each of 6 styles and formats", n)
	}
	if n := strings.Count(body, ` checked>`); n != 1 {
		t.Errorf("%d tabs are chosen, want 1", n)
	}
	other := app.Get("/quotes/1").Body
	if !strings.Contains(other, "<title>“security purposes” — Department of Justice · quotetrail</title>") {
		t.Errorf("each quote's page has a title of its own; /quotes/1 has %s", regexp.MustCompile(`<title>.*</title>`).FindString(other))
	}
}

// Readers see reading: the links and buttons that change the data are
// for signed-in editors only, and no page shows the words editors use
// for what they record.
func TestReadersSeeNoEditing(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	pages := []string{"/", "/quotes/6", "/articles/1", "/people", "/people/lina-khan", "/outlets", "/outlets/npr", "/outlets/npr?show=via", "/topics", "/topics/privacy", "/articles"}
	editing := regexp.MustCompile(`href="[^"]*/(edit|delete|new)(\?[^"]*)?"|href="/history/`)
	internal := regexp.MustCompile(`(?i)came via|as chair of|characters \d|as FTC chair`)
	signedIn := map[string]bool{}
	for _, path := range pages {
		signedIn[path] = editing.MatchString(app.Get(path).Body)
	}
	app.SignOut()
	for _, path := range pages {
		res := app.Get(path)
		if res.Status != http.StatusOK {
			t.Fatalf("GET %s = %d", path, res.Status)
		}
		if m := editing.FindString(res.Body); m != "" {
			t.Errorf("a reader sees %s on %s", m, path)
		}
		if m := internal.FindString(res.Body); m != "" {
			t.Errorf("a reader reads %q on %s", m, path)
		}
	}
	for _, path := range []string{"/quotes/6", "/articles/1", "/people/lina-khan", "/outlets/npr", "/topics/privacy"} {
		if !signedIn[path] {
			t.Errorf("an editor has nothing to edit on %s", path)
		}
	}
}

// An article's text stands beside its quotes: each paragraph is followed
// by the quotes whose words it holds, each highlight links to its quote
// and each quote back to its highlight.
func TestArticleTextBesideItsQuotes(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	body := app.Get("/articles/1").Body
	for id := 1; id <= 15; id++ {
		mark := fmt.Sprintf(`<mark id="a-%d"><a href="#q-%d">`, id, id)
		item := fmt.Sprintf(`<li class="quote" id="q-%d">`, id)
		back := fmt.Sprintf(`<a href="#a-%d">in the text</a>`, id)
		m, i := strings.Index(body, mark), strings.Index(body, item)
		if m < 0 || i < 0 || !strings.Contains(body, back) {
			t.Errorf("quote %d: highlight %v, quote %v, link back %v", id, m >= 0, i >= 0, strings.Contains(body, back))
			continue
		}
		// The quote comes after its paragraph and before the next one.
		if next := strings.Index(body[m:], `<p class="para">`); i < m || (next >= 0 && i > m+next) {
			t.Errorf("quote %d is not beside the paragraph that holds it", id)
		}
	}
	if n := strings.Count(body, `<p class="para">`); n < 5 {
		t.Errorf("the text is in %d paragraphs", n)
	}
}

// A quote whose article has an address links to its words there with a
// text fragment, on its page and in lists.
func TestQuotesLinkToTheirWordsAtTheSource(t *testing.T) {
	t.Parallel()
	app := apptest.NewAnonymous(t, true)
	ctx := context.Background()
	link := "https://news.example.org/2022/05/fines"
	a := &models.Article{Title: "Fines, again", URL: &link, Body: "The chair said the fines would rise - and soon, very soon."}
	if err := app.Store.CreateArticle(ctx, a, models.OutletRef{Name: "Daily Courier", Create: true}); err != nil {
		t.Fatal(err)
	}
	d := &models.QuoteDraft{
		Quote:   models.Quote{Text: "the fines would rise - and soon", Kind: models.QuoteDirect, Status: "unverified"},
		Speaker: models.PersonRef{Name: "Lina Khan"}, Article: models.ArticleRef{ID: a.ID},
	}
	if err := app.Store.SaveQuote(ctx, d); err != nil {
		t.Fatal(err)
	}
	want := `href="https://news.example.org/2022/05/fines#:~:text=the%20fines%20would%20rise%20%2D%20and%20soon"`
	for _, path := range []string{fmt.Sprintf("/quotes/%d", d.Quote.ID), "/people/lina-khan", fmt.Sprintf("/articles/%d", a.ID)} {
		if body := app.Get(path).Body; !strings.Contains(body, want) {
			t.Errorf("%s lacks the link to the words at the source, %s", path, want)
		}
	}
}
