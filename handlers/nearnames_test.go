package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

// A speaker typed with a slip ("Lina Kahn") is no one in quotetrail: the
// form asks whether Lina Khan was meant, and picking her saves the quote
// under her; asking for a new person so near her takes a second answer.
func TestQuoteFormSuggestsNearSpeakers(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	before := app.Counts()
	res := app.PostForm("/quotes", quoteValues(map[string]string{"speaker": "Lina Kahn"}))
	if res.Status != http.StatusUnprocessableEntity {
		t.Fatalf("a speaker with a slip: %d, want 422", res.Status)
	}
	for _, want := range []string{"Did you mean", `name="speaker_pick" value="Lina Khan"`, `href="/people/lina-khan"`, `value="new"`} {
		if !strings.Contains(res.Body, want) {
			t.Errorf("the form lacks %q", want)
		}
	}
	// Asked for as someone new, it is still a question.
	res = app.PostForm("/quotes", quoteValues(map[string]string{"speaker": "Lina Kahn", "speaker_new": "true", "speaker_kind": "person"}))
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "say that this is someone new") {
		t.Fatalf("a new person near Lina Khan: %d, want the question again", res.Status)
	}
	if after := app.Counts(); after != before {
		t.Fatalf("counts went from %+v to %+v before any answer", before, after)
	}
	// Picking her saves the quote under her.
	res = app.PostForm("/quotes", quoteValues(map[string]string{"speaker": "Lina Kahn", "speaker_pick": "Lina Khan"}))
	if res.Status != http.StatusSeeOther {
		t.Fatalf("picking Lina Khan: %d\n%s", res.Status, res.Body)
	}
	if page := app.Follow(res); !strings.Contains(page.Body, `href="/people/lina-khan"`) {
		t.Error("the quote saved is not Lina Khan's")
	}
	after := app.Counts()
	if after.People != before.People || after.Quotes != before.Quotes+1 {
		t.Errorf("counts went from %+v to %+v: want one quote and no new person", before, after)
	}
	// Saying she is someone new adds her.
	res = app.PostForm("/quotes", quoteValues(map[string]string{"text": "Another statement.", "speaker": "Lina Kahn", "speaker_pick": "new", "speaker_kind": "person"}))
	if res.Status != http.StatusSeeOther {
		t.Fatalf("confirming a new Lina Kahn: %d\n%s", res.Status, res.Body)
	}
	if got := app.Counts().People; got != before.People+1 {
		t.Errorf("%d people, want %d", got, before.People+1)
	}
	// A name near no one is simply unknown, or new.
	res = app.PostForm("/quotes", quoteValues(map[string]string{"speaker": "Zebediah Quill"}))
	if res.Status != http.StatusUnprocessableEntity || strings.Contains(res.Body, "Did you mean") || !strings.Contains(res.Body, "There is no one called") {
		t.Errorf("an unknown name near no one: %d, want the plain refusal", res.Status)
	}
}

// An article's outlet typed wrong ("NRP") is not a new outlet unless the
// editor says so twice: the form asks, offering NPR.
func TestArticleFormAsksAboutANearOutlet(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, true)
	before := app.Counts()
	values := url.Values{"title": {"A story about a radio network"}, "url": {"https://example.org/radio"}, "outlet": {"NRP"}}
	res := app.PostForm("/articles", values)
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `name="outlet_pick" value="NPR"`) || !strings.Contains(res.Body, `id="outlet-error"`) {
		t.Fatalf("an outlet near NPR: %d, want 422 offering NPR\n%s", res.Status, res.Body)
	}
	values.Set("outlet_new", "true")
	if res := app.PostForm("/articles", values); res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `name="outlet_pick" value="new"`) {
		t.Fatalf("a new outlet near NPR, asked once: %d, want the question", res.Status)
	}
	values.Del("outlet_new")
	values.Set("outlet_pick", "NPR")
	res = app.PostForm("/articles", values)
	if res.Status != http.StatusSeeOther {
		t.Fatalf("picking NPR: %d\n%s", res.Status, res.Body)
	}
	if page := app.Follow(res); !strings.Contains(page.Body, `href="/outlets/npr"`) {
		t.Errorf("the article is not NPR's")
	}
	if after := app.Counts(); after.Outlets != before.Outlets {
		t.Errorf("outlets went from %d to %d", before.Outlets, after.Outlets)
	}
	values = url.Values{"title": {"From a new network"}, "url": {"https://example.org/nprr"}, "outlet": {"NPRR"}, "outlet_new": {"true"}, "outlet_pick": {"new"}}
	if res := app.PostForm("/articles", values); res.Status != http.StatusSeeOther {
		t.Fatalf("a new outlet, confirmed: %d\n%s", res.Status, res.Body)
	}
	if after := app.Counts(); after.Outlets != before.Outlets+1 {
		t.Errorf("the confirmed new outlet was not added")
	}
}
