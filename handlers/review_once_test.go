package handlers_test

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/extract"
	"github.com/quotetrail/quotetrail/models"
)

var submissionRE = regexp.MustCompile(`name="submission" value="([^"]+)"`)

// reviewOf pastes the demo story and returns its review form's values,
// every candidate with a speaker accepted but the second, and the form's
// one-time token, as the page gave them.
func reviewOf(t *testing.T, app *apptest.App) (url.Values, string) {
	t.Helper()
	title, body := demoText(t)
	if res := app.PostForm("/articles", url.Values{"title": {title}, "body": {body}}); res.Status != http.StatusSeeOther {
		t.Fatalf("paste the article: %d", res.Status)
	}
	page := app.Get("/articles/1/review")
	m := submissionRE.FindStringSubmatch(page.Body)
	if m == nil {
		t.Fatal("the review form has no one-time token")
	}
	values := reviewValues(body, func(i int, _ extract.Quote, v url.Values) {
		if i == 1 {
			v.Del(fmt.Sprintf("q%d_accept", i))
		}
	})
	values.Set("submission", html.UnescapeString(m[1]))
	return values, html.UnescapeString(m[1])
}

// Save the review, press Back, save again: the second save is applied
// not at all, and says where the first one's quotes are.
func TestReviewSavedTwiceIsAppliedOnce(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, false)
	values, _ := reviewOf(t, app)
	before := app.Counts()
	first := app.PostForm("/articles/1/review", values)
	if first.Status != http.StatusSeeOther || first.Location != "/articles/1" {
		t.Fatalf("first save: %d %q\n%s", first.Status, first.Location, first.Body)
	}
	saved := app.Counts()
	if saved.Quotes == before.Quotes {
		t.Fatal("the first save saved nothing")
	}
	second := app.PostForm("/articles/1/review", values)
	if second.Status != http.StatusSeeOther || second.Location != "/articles/1" {
		t.Fatalf("second save: %d %q, want a redirect to the article", second.Status, second.Location)
	}
	if page := app.Follow(second); !strings.Contains(page.Body, "This review was saved before") {
		t.Errorf("the article after the second save does not say the review was saved before")
	}
	if after := app.Counts(); after != saved {
		t.Errorf("counts after the second save %+v, after the first %+v: want no change", after, saved)
	}
	// The quote left unticked stays unsaved.
	quotes := extract.Extract(func() string { _, b := demoText(t); return b }()).Quotes
	list, err := app.Store.Quotes(context.Background(), models.QuoteFilter{ArticleID: 1}, models.Page{Number: 1, Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range list.Quotes {
		if q.Text == quotes[1].Text && q.AnchorStart != nil && *q.AnchorStart == quotes[1].Start {
			t.Errorf("the unticked quote %q was saved", q.Text)
		}
	}
	// A token no form could carry is refused, and nothing saved.
	values.Set("submission", "not-a-token")
	if res := app.PostForm("/articles/1/review", values); res.Status != http.StatusBadRequest {
		t.Errorf("a damaged token: %d, want 400", res.Status)
	}
}

// The same review form submitted at the same moment to two instances of
// the app is applied once; every other submission is led to the article.
func TestSimultaneousReviewSubmissionsApplyOnce(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, false)
	values, _ := reviewOf(t, app)
	second := app.SecondInstance()
	second.SignInAs(app.User)
	before := app.Counts()
	const n = 8
	statuses := make([]int, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			via := app
			if i%2 == 1 {
				via = second
			}
			res := via.PostForm("/articles/1/review", values)
			statuses[i] = res.Status
			if res.Location != "/articles/1" {
				statuses[i] = -res.Status
			}
		}()
	}
	close(start)
	wg.Wait()
	for _, s := range statuses {
		if s != http.StatusSeeOther {
			t.Errorf("submissions answered %v; want every one a redirect to the article", statuses)
			break
		}
	}
	// Exactly one submission's quotes: as many as one save alone makes.
	alone := apptest.New(t, false)
	aloneValues, _ := reviewOf(t, alone)
	aloneBefore := alone.Counts()
	alone.PostForm("/articles/1/review", aloneValues)
	want := alone.Counts().Quotes - aloneBefore.Quotes
	if got := app.Counts().Quotes - before.Quotes; got != want || want == 0 {
		t.Errorf("%d submissions at once saved %d quotes; one alone saves %d", n, got, want)
	}
}

// In the review, a speaker found in the text who is no one in quotetrail
// but near someone who is (a misspelt record, a slip) is offered as
// "did you mean …?", and is added as someone new only when the editor
// says so; picking the one offered files the quotes under them.
func TestReviewAsksAboutNearSpeakers(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, false)
	ctx := context.Background()
	if err := app.Store.CreatePerson(ctx, &models.Person{Name: "Damien Kieren", Kind: "person"}); err != nil {
		t.Fatal(err)
	}
	values, _ := reviewOf(t, app)
	page := app.Get("/articles/1/review")
	if !strings.Contains(page.Body, "Did you mean") || !strings.Contains(page.Body, `value="Damien Kieren"`) {
		t.Fatal("the review does not offer Damien Kieren for Damien Kieran")
	}
	var item string
	for k, v := range values {
		if strings.HasSuffix(k, "_speaker") && v[0] == "Damien Kieran" && values.Get(strings.TrimSuffix(k, "speaker")+"accept") == "true" {
			item = strings.TrimSuffix(k, "speaker")
		}
	}
	if item == "" {
		t.Fatal("no accepted quote by Damien Kieran in the demo story")
	}
	before := app.Counts()
	res := app.PostForm("/articles/1/review", values)
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="`+item+`speaker-error"`) {
		t.Fatalf("saving with the near speaker unanswered: %d, want 422 on %sspeaker", res.Status, item)
	}
	if after := app.Counts(); after != before {
		t.Fatalf("counts went from %+v to %+v", before, after)
	}
	values.Set(item+"speaker_pick", "Damien Kieren")
	res = app.PostForm("/articles/1/review", values)
	if res.Status != http.StatusSeeOther {
		t.Fatalf("picking Damien Kieren: %d\n%s", res.Status, res.Body)
	}
	if _, err := app.Store.FindPerson(ctx, "Damien Kieran"); err == nil {
		t.Error("Damien Kieran was added though the editor picked Damien Kieren")
	}
	p, err := app.Store.FindPerson(ctx, "Damien Kieren")
	if err != nil || p.QuoteCount == 0 {
		t.Errorf("Damien Kieren has no quotes after the pick: %v", err)
	}
}

// A submission of a form already applied is led to the article, though
// it would now fail a check against what the first submission saved (a
// speaker left empty after Back, a name the first save added that this
// one's is near): the form was applied once, and this one is no mistake
// to correct.
func TestReviewResubmittedWithAnErrorIsLedToTheArticle(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, false)
	values, _ := reviewOf(t, app)
	if first := app.PostForm("/articles/1/review", values); first.Status != http.StatusSeeOther {
		t.Fatalf("first save: %d", first.Status)
	}
	saved := app.Counts()
	for k := range values {
		if strings.HasSuffix(k, "_speaker") {
			values.Set(k, "")
			break
		}
	}
	again := app.PostForm("/articles/1/review", values)
	if again.Status != http.StatusSeeOther || again.Location != "/articles/1" {
		t.Fatalf("the same form again, with an error: %d %q, want a redirect to the article", again.Status, again.Location)
	}
	if after := app.Counts(); after != saved {
		t.Errorf("counts %+v after the second submission, %+v after the first: want no change", after, saved)
	}
}
