package e2e

import (
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

// An editor pastes an article, reviews the quotes found in it, corrects
// one, drops one and saves; the quotes appear on the speakers' pages.
func TestPasteReviewAndSaveInBrowser(t *testing.T) {
	t.Parallel()
	title, body := apptest.DemoArticle(t)
	app := apptest.New(t, false)
	srv := httptest.NewServer(app.Echo)
	defer srv.Close()
	ctx := browser(t)
	logInInBrowser(t, ctx, app, srv.URL)

	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/articles/new"),
		chromedp.WaitVisible(`#title`),
		chromedp.SendKeys(`#title`, title),
		chromedp.SetValue(`#body`, strings.TrimSpace(body)),
		click(`form[action="/articles"] button[type=submit]`),
		chromedp.WaitVisible(`ol.candidates`),
	)
	if err != nil {
		t.Fatalf("paste: %v", err)
	}
	// Find Kieran's first quote and Levine's paraphrase among the candidates.
	n := must(chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('li.candidate').length`)))(t)
	if n < 10 {
		t.Fatalf("only %d candidates on the review screen", n)
	}
	kieran := must(chromedp.Run(ctx, chromedp.Evaluate[int](`[...document.querySelectorAll('li.candidate')].findIndex(li => li.querySelector('textarea').value.startsWith('[W]e have aligned'))`)))(t)
	levine := must(chromedp.Run(ctx, chromedp.Evaluate[int](`[...document.querySelectorAll('li.candidate')].findIndex(li => li.querySelector('textarea').value.startsWith('the platforms tactics'))`)))(t)
	if kieran < 0 || levine < 0 {
		t.Fatalf("candidates missing: Kieran at %d, Levine at %d", kieran, levine)
	}
	k, l := strconv.Itoa(kieran), strconv.Itoa(levine)
	err = chromedp.Do(ctx,
		// Correct the title the extractor gave Kieran, and drop Levine's paraphrase.
		chromedp.SetValue(`#q`+k+`_title`, "chief privacy officer"),
		click(`input[name="q`+l+`_accept"]`),
		click(`form.review-list button[type=submit]`),
		// The review screen shows the text too: wait until it is gone.
		chromedp.WaitNotPresent(`form.review-list`),
		chromedp.WaitVisible(`.reading`),
	)
	if err != nil {
		t.Fatalf("save review: %v", err)
	}
	flash := must(chromedp.Run(ctx, chromedp.Text(`.flash`)))(t)
	if !strings.HasPrefix(flash, "Saved ") || !strings.Contains(flash, "new speakers") {
		t.Errorf("flash after saving = %q", flash)
	}
	err = chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/people/damien-kieran"), chromedp.WaitVisible(`ol.quotes`))
	if err != nil {
		t.Fatalf("speaker page: %v", err)
	}
	page := must(chromedp.Run(ctx, chromedp.Text(`main`)))(t)
	if !strings.Contains(page, "[W]e have aligned with the agency") || !strings.Contains(page, "Chief privacy officer · printed in") {
		t.Errorf("Kieran's page lacks the reviewed quote:\n%s", page)
	}
	err = chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/people/sam-levine"), chromedp.WaitVisible(`footer`))
	if err != nil {
		t.Fatal(err)
	}
	levinePage := must(chromedp.Run(ctx, chromedp.Text(`main`)))(t)
	if strings.Contains(levinePage, "the platforms tactics were deliberately deceitful") {
		t.Errorf("the dropped paraphrase was saved")
	}
}
