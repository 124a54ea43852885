package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/models"
	"github.com/quotetrail/quotetrail/web"
)

// newsPage is a story as a local paper might print it, written for this
// test.
const newsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour council brings back the night ferry</title>
<meta property="og:site_name" content="The Coastal Gazette"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article>
<h1>Harbour council brings back the night ferry</h1>
<p class="byline">By Ann Writer</p>
<p>The harbour council voted on Tuesday evening to restore the night ferry between the two quays, ending a year in which late workers have had to take the long road around the bay.</p>
<p>“This is the service people have asked for since the winter,” said Mara Quist, the council's transport chair, after the vote. “Nurses, cooks and cleaners finish after the last boat. They should not have to drive forty minutes home.”</p>
<p>The plan passed by seven votes to four. Opponents argued that the cost would fall on every ratepayer while few would use the boat after midnight.</p>
<p>“We cannot pay for boats we do not fill,” said Tom Brannock, a councillor who voted against the plan. He said the council should first count how many people would travel.</p>
<p>The first sailing is planned for March, and the timetable will be reviewed after six months.</p>
</article>
<footer>© The Coastal Gazette</footer></body></html>`

// An editor drags the bookmarklet from their account page, presses it on
// a news page, confirms on quotetrail's page, reviews the quotes found
// and saves them: the article is in quotetrail with its address.
func TestBookmarkletSavesAnArticle(t *testing.T) {
	t.Parallel()
	news := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, newsPage)
	}))
	defer news.Close()
	app := apptest.NewWith(t, false, web.Config{AllowPrivateFetch: true})
	srv := httptest.NewServer(app.Echo)
	defer srv.Close()
	ctx := browser(t)
	logInInBrowser(t, ctx, app, srv.URL)

	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/account/tokens"),
		chromedp.WaitVisible(`#bookmarklet`),
	)
	if err != nil {
		t.Fatalf("account page: %v", err)
	}
	link := must(chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('a[href^="javascript:"]').getAttribute('href')`)))(t)
	script, err := url.PathUnescape(strings.TrimPrefix(link, "javascript:"))
	if err != nil || !strings.Contains(script, `"`+srv.URL+`"`) {
		t.Fatalf("the bookmarklet does not lead to this quotetrail: %s", link)
	}
	story := news.URL + "/2026/12/night-ferry"
	if err := chromedp.Do(ctx, chromedp.Navigate(story), chromedp.WaitVisible(`article`)); err != nil {
		t.Fatalf("news page: %v", err)
	}
	// Pressing the bookmark runs its script in the news page.
	must(chromedp.Run(ctx, chromedp.Evaluate[string](`setTimeout(() => eval(`+jsString(script)+`), 0); 'pressed'`)))(t)
	if err := chromedp.Do(ctx, chromedp.WaitVisible(`#import_url`)); err != nil {
		t.Fatalf("quotetrail's page after the bookmarklet: %v", err)
	}
	// Read the field by script once the page has settled: a node found
	// while the page was still being replaced can be gone a moment later.
	filled := `(document.querySelector('#import_url') || {}).value === ` + jsString(story)
	if err := chromedp.Do(ctx, chromedp.Poll[chromedp.Void](filled, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		got, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.querySelector('#import_url') || {}).value || ''`))
		t.Fatalf("the address filled in is %q, want %q (%v)", got, story, err)
	}
	if n := app.Counts().Articles; n != 0 {
		t.Fatalf("%d articles before the editor pressed anything", n)
	}
	err = chromedp.Do(ctx,
		click(`form[action="/articles/import"] button[type=submit]`),
		chromedp.WaitVisible(`ol.candidates`),
		click(`form.review-list button[type=submit]`),
		chromedp.WaitNotPresent(`form.review-list`),
		chromedp.WaitVisible(`.reading`),
	)
	if err != nil {
		t.Fatalf("import and review: %v", err)
	}
	list, err := app.Store.Quotes(context.Background(), models.QuoteFilter{ArticleID: 1}, models.Page{Number: 1, Size: 20})
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.Store.ArticleByID(context.Background(), 1)
	if err != nil || a.URL == nil || *a.URL != story {
		t.Fatalf("the article saved: %+v, %v; want its address %s", a, err, story)
	}
	speakers := map[string]bool{}
	for _, q := range list.Quotes {
		speakers[q.SpeakerName] = true
	}
	if !speakers["Mara Quist"] || !speakers["Tom Brannock"] {
		t.Errorf("quotes saved by %v, want Mara Quist's and Tom Brannock's", speakers)
	}
}

// jsString is s as a JavaScript string literal.
func jsString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`).Replace(s) + "'"
}
