package handlers_test

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/extract"
	"github.com/quotetrail/quotetrail/models"
	"github.com/quotetrail/quotetrail/web"
)

func demoText(t *testing.T) (title, body string) { return apptest.DemoArticle(t) }

// reviewValues accepts every candidate the extractor finds in body, as
// the review form would post them.
func reviewValues(body string, change func(i int, q extract.Quote, v url.Values)) url.Values {
	v := url.Values{}
	quotes := extract.Extract(body).Quotes
	v.Set("count", strconv.Itoa(len(quotes)))
	for i, q := range quotes {
		f := func(name string) string { return fmt.Sprintf("q%d_%s", i, name) }
		if q.Speaker != "" {
			v.Set(f("accept"), "true")
		}
		v.Set(f("text"), q.Text)
		v.Set(f("start"), strconv.Itoa(q.Start))
		v.Set(f("end"), strconv.Itoa(q.End))
		v.Set(f("speaker"), q.Speaker)
		v.Set(f("speaker_kind"), "person")
		v.Set(f("title"), q.SpeakerTitle)
		v.Set(f("kind"), q.Kind)
		v.Set(f("via"), q.Via)
		if change != nil {
			change(i, q, v)
		}
	}
	return v
}

func TestPasteArticleReviewAndSave(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, false)
	ctx := context.Background()
	// Lina Khan is known, under an alias the article also uses.
	if err := app.Store.CreatePerson(ctx, &models.Person{Name: "Lina Khan", Kind: "person", Aliases: []string{"Khan"}}); err != nil {
		t.Fatal(err)
	}
	title, body := demoText(t)
	res := app.PostForm("/articles", url.Values{"title": {title}, "body": {body}})
	if res.Status != http.StatusSeeOther || res.Location != "/articles/1/review" {
		t.Fatalf("create article = %d %q, want the review", res.Status, res.Location)
	}
	page := app.Follow(res)
	for _, want := range []string{"Review the quotes", "In quotetrail as Lina Khan.", "As the complaint notes", `<mark id="mark-`} {
		if !strings.Contains(page.Body, want) {
			t.Errorf("review page lacks %q", want)
		}
	}
	before := app.Counts()
	values := reviewValues(body, nil)
	res = app.PostForm("/articles/1/review", values)
	if res.Status != http.StatusSeeOther || res.Location != "/articles/1" {
		t.Fatalf("save review = %d %q\n%s", res.Status, res.Location, res.Body)
	}
	after := app.Counts()
	accepted := 0
	for _, q := range extract.Extract(body).Quotes {
		if q.Speaker != "" {
			accepted++
		}
	}
	if after.Quotes-before.Quotes != int64(accepted) {
		t.Errorf("saved %d quotes, want %d", after.Quotes-before.Quotes, accepted)
	}
	// People are matched, not duplicated: one Lina Khan, one Damien Kieran.
	for _, name := range []string{"Lina Khan", "Damien Kieran", "Sam Levine"} {
		p, err := app.Store.FindPerson(ctx, name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if name == "Lina Khan" && p.ID != 1 {
			t.Errorf("Lina Khan was created again as #%d", p.ID)
		}
	}
	list, _ := app.Store.Quotes(ctx, models.QuoteFilter{ArticleID: 1}, models.Page{Number: 1, Size: 100})
	runes := []rune(body)
	for _, q := range list.Quotes {
		if q.AnchorStart == nil || string(runes[*q.AnchorStart:*q.AnchorEnd]) != q.Text {
			t.Errorf("quote %q not anchored at its words", q.Text)
		}
		// Khan's “security purposes.” is the second occurrence of the words.
		if q.SpeakerName == "Lina Khan" && q.Text == "security purposes." && *q.AnchorStart < strings.Index(body, "According to NPR") {
			t.Errorf("Khan's quote anchored before her paragraph")
		}
		if q.SpeakerName == "Lina Khan" && q.ViaName != "NPR" {
			t.Errorf("Khan's quote %q came via %q, want NPR", q.Text, q.ViaName)
		}
	}
	// Reviewing again offers the same quotes as already saved, unticked.
	again := app.Get("/articles/1/review")
	if n := strings.Count(again.Body, "(already saved)"); n != accepted {
		t.Errorf("second review marks %d quotes as saved, want %d", n, accepted)
	}
	if strings.Contains(again.Body, `value="true" checked`) {
		t.Errorf("second review ticks quotes already saved")
	}
}

func TestReviewRejectsProblemsAndSavesNothing(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, false)
	title, body := demoText(t)
	app.PostForm("/articles", url.Values{"title": {title}, "body": {body}})
	before := app.Counts()
	values := reviewValues(body, func(i int, q extract.Quote, v url.Values) {
		if i == 2 {
			v.Set(fmt.Sprintf("q%d_speaker", i), "")
		}
		if i == 3 {
			v.Set(fmt.Sprintf("q%d_kind", i), "rumour")
		}
	})
	res := app.PostForm("/articles/1/review", values)
	if res.Status != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422", res.Status)
	}
	for _, want := range []string{`id="q2_speaker-error"`, "Who said it?", `id="q3_kind-error"`, "Nothing was saved"} {
		if !strings.Contains(res.Body, want) {
			t.Errorf("review page lacks %q", want)
		}
	}
	if after := app.Counts(); after != before {
		t.Errorf("counts changed %+v -> %+v", before, after)
	}
	if res := app.PostForm("/articles/1/review", url.Values{"count": {"x"}}); res.Status != http.StatusBadRequest {
		t.Errorf("damaged form = %d, want 400", res.Status)
	}
}

const newsPage = `<!DOCTYPE html><html lang="en"><head><title>FTC fines Twitter | Example News</title>
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="%s/2022/05/25/ftc-twitter">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"FTC fines Twitter $150 million",
"datePublished":"2022-05-25T18:00:00Z","author":[{"@type":"Person","name":"Ann Reporter"}]}</script></head>
<body><nav>Home | World | Follow Us</nav><article><h1>FTC fines Twitter $150 million</h1>
<p>The Federal Trade Commission fined Twitter on Wednesday over how it used phone numbers and email addresses.</p>
<p>“As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes,” FTC chair Lina Khan told NPR.</p>
<p>“We have aligned with the agency on operational updates,” said Damien Kieran, Twitter's chief privacy officer.</p>
<p>The company has said it takes privacy seriously and that it has invested in security for years, according to people familiar with the matter.</p>
</article><footer>About us · Follow Us</footer></body></html>`

func TestImportArticleByURL(t *testing.T) {
	t.Parallel()
	var srvURL string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, newsPage, srvURL)
	}))
	defer srv.Close()
	srvURL = srv.URL

	app := apptest.NewWith(t, false, web.Config{AllowPrivateFetch: true})
	res := app.PostForm("/articles/import", url.Values{"source": {"url"}, "import_url": {srv.URL + "/story"}})
	if res.Status != http.StatusSeeOther || !strings.HasSuffix(res.Location, "/review") {
		t.Fatalf("import = %d %q\n%s", res.Status, res.Location, res.Body)
	}
	a, err := app.Store.ArticleByID(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "FTC fines Twitter $150 million" || a.Link() != srv.URL+"/2022/05/25/ftc-twitter" || a.Authors != "Ann Reporter" ||
		a.PublishedOn == nil || a.PublishedOn.Format("2006-01-02") != "2022-05-25" || a.AccessedOn == nil || a.Outlet == nil || a.Outlet.Name != "Example News" {
		t.Errorf("imported %+v outlet %+v", a, a.Outlet)
	}
	if strings.Contains(a.Body, "Follow Us") || !strings.Contains(a.Body, "FTC chair Lina Khan told NPR") {
		t.Errorf("body:\n%s", a.Body)
	}
	review := app.Follow(res)
	if !strings.Contains(review.Body, "Lina Khan") || !strings.Contains(review.Body, "Damien Kieran") {
		t.Errorf("review lacks the speakers")
	}
	// The same page again is refused: its address is saved already.
	res = app.PostForm("/articles/import", url.Values{"source": {"url"}, "import_url": {srv.URL + "/story"}})
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "already saved as article #1") {
		t.Errorf("second import = %d", res.Status)
	}
}

func TestImportRefusesUnsafeAddresses(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("the server at a loopback address was contacted")
	}))
	defer srv.Close()
	app := apptest.New(t, false) // private fetches not allowed
	for _, c := range []struct{ url, msg string }{
		{srv.URL + "/story", "Refused: port"},
		{"http://127.0.0.1/story", "loopback"},
		{"http://localhost/story", "loopback"},
		{"http://10.0.0.8/story", "Refused"},
		{"http://169.254.169.254/latest/meta-data/", "cloud metadata"},
		{"file:///etc/passwd", "Refused: only http:// and https://"},
		{"", "Give the article's web address."},
	} {
		res := app.PostForm("/articles/import", url.Values{"source": {"url"}, "import_url": {c.url}})
		if res.Status != http.StatusUnprocessableEntity || !strings.Contains(html.UnescapeString(res.Body), c.msg) || !strings.Contains(res.Body, `id="import_url-error"`) {
			i := strings.Index(res.Body, `id="import_url-error"`)
			t.Errorf("import %q = %d, want 422 naming %q; says %s", c.url, res.Status, c.msg, res.Body[max(i, 0):max(i, 0)+200])
		}
	}
	if c := app.Counts(); c.Articles != 0 || c.Outlets != 0 {
		t.Errorf("a refused import saved something: %+v", c)
	}
}

func TestImportArticleFromHTML(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, false)
	page := fmt.Sprintf(newsPage, "https://news.example.org")
	// Pasted.
	res := app.PostForm("/articles/import", url.Values{"source": {"html"}, "import_html": {page}})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("paste = %d\n%s", res.Status, res.Body)
	}
	// Uploaded, as a browser sends a file: a second page at another address.
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("source", "html")
	fw, _ := mw.CreateFormFile("import_file", "story.html")
	fw.Write([]byte(strings.Replace(page, "https://news.example.org/2022/05/25/ftc-twitter", "https://news.example.org/other", 1)))
	mw.Close()
	req := httptest.NewRequest(http.MethodPost, "/articles/import", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	res = app.Do(req)
	if res.Status != http.StatusSeeOther {
		t.Fatalf("upload = %d\n%s", res.Status, res.Body)
	}
	c := app.Counts()
	if c.Articles != 2 || c.Outlets != 1 {
		t.Errorf("counts %+v: want 2 articles from 1 outlet (matched by domain)", c)
	}
	res = app.PostForm("/articles/import", url.Values{"source": {"html"}, "import_html": {"  "}})
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "Paste the page") {
		t.Errorf("empty paste = %d", res.Status)
	}
}

// Words in quotation marks that are probably not anyone's speech (titles,
// terms, scare quotes) are offered for review but not ticked.
func TestReviewLeavesDoubtfulQuotesUnticked(t *testing.T) {
	t.Parallel()
	app := apptest.New(t, false)
	body := "The film “Oppenheimer” won seven awards on Sunday, beating “Barbie” and “Poor Things” in most categories.\n\n" +
		"Critics praised the so-called “Barbenheimer” weekend.\n\n“We will not back down,” Smith said.\n"
	res := app.PostForm("/articles", url.Values{"title": {"Awards night"}, "body": {body}})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("create article = %d", res.Status)
	}
	page := app.Follow(res).Body
	if !strings.Contains(page, "Probably not a quotation") {
		t.Fatalf("the review does not say which candidates look doubtful:\n%s", page)
	}
	ticked := regexp.MustCompile(`name="q(\d+)_accept" value="true" checked`).FindAllStringSubmatch(page, -1)
	offered := regexp.MustCompile(`name="q\d+_accept"`).FindAllString(page, -1)
	if len(offered) < 3 || len(ticked) != 1 {
		t.Fatalf("%d candidates offered, %d ticked; want the title and scare quotes offered unticked and the real quote ticked", len(offered), len(ticked))
	}
	if !regexp.MustCompile(`name="q` + ticked[0][1] + `_text"[^>]*>We will not back down`).MatchString(page) {
		t.Error("the ticked candidate is not the quote Smith said")
	}
}
