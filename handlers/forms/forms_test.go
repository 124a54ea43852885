package forms

import (
	"strings"
	"testing"
)

func TestQuoteValidate(t *testing.T) {
	t.Parallel()
	valid := func() Quote {
		return Quote{Text: "We will act.", Speaker: "Lina Khan", Kind: "direct", Status: "unverified", ArticleID: "3"}
	}
	cases := []struct {
		name   string
		change func(*Quote)
		fields []string // the fields that must carry an error; none means valid
	}{
		{"valid", func(*Quote) {}, nil},
		{"valid with new article", func(q *Quote) { q.ArticleID = "new"; q.NewArticleTitle = "T"; q.NewArticleURL = "https://a.example/x" }, nil},
		{"valid with date and topics", func(q *Quote) { q.SaidOn = "2022-05-25"; q.Topics = "a, b,, a" }, nil},
		{"blank text", func(q *Quote) { q.Text = " \n " }, []string{"text"}},
		{"text too long", func(q *Quote) { q.Text = strings.Repeat("é", 10001) }, []string{"text"}},
		{"no speaker", func(q *Quote) { q.Speaker = "" }, []string{"speaker"}},
		{"speaker too long", func(q *Quote) { q.Speaker = strings.Repeat("a", 201) }, []string{"speaker"}},
		{"new speaker needs a kind", func(q *Quote) { q.SpeakerNew = true; q.SpeakerKind = "" }, []string{"speaker_kind"}},
		{"bad kind", func(q *Quote) { q.Kind = "quip" }, []string{"kind"}},
		{"bad status", func(q *Quote) { q.Status = "" }, []string{"status"}},
		{"no article", func(q *Quote) { q.ArticleID = "" }, []string{"article_id"}},
		{"negative article", func(q *Quote) { q.ArticleID = "-4" }, []string{"article_id"}},
		{"new article, no title", func(q *Quote) { q.ArticleID = "new" }, []string{"article_title"}},
		{"new article, bad URL and date", func(q *Quote) {
			q.ArticleID, q.NewArticleTitle, q.NewArticleURL, q.NewArticlePublished = "new", "T", "example.com/x", "May 2022"
		}, []string{"article_url", "article_published_on"}},
		{"bad said_on", func(q *Quote) { q.SaidOn = "2022-02-30" }, []string{"said_on"}},
		{"too many topics", func(q *Quote) { q.Topics = strings.Repeat("t,", 0) + "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u" }, []string{"topics"}},
		{"long topic", func(q *Quote) { q.Topics = strings.Repeat("x", 61) }, []string{"topics"}},
		{"everything wrong", func(q *Quote) { *q = Quote{} }, []string{"text", "speaker", "kind", "status", "article_id"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := valid()
			c.change(&q)
			errs := q.Validate()
			if len(errs) != len(c.fields) {
				t.Errorf("errors %v, want exactly on %v", errs, c.fields)
			}
			for _, f := range c.fields {
				if errs[f] == "" {
					t.Errorf("no error on %s (got %v)", f, errs)
				}
			}
		})
	}
}

func TestQuoteDraft(t *testing.T) {
	t.Parallel()
	q := Quote{
		Text: "  Words.\r\nMore words. ", Speaker: " Lina   Khan ", SpeakerNew: true, SpeakerKind: "person", Kind: "partial",
		Status: "verified", ArticleID: "new", NewArticleTitle: " A  title ", NewArticleOutlet: "NPR", NewArticlePublished: "2022-05-25",
		NewArticleAuthors: "Ann\n\nBob\nAnn", Via: "AP", Topics: "Privacy, privacy, ads", SaidOn: "2022-05-24",
	}
	if errs := q.Validate(); len(errs) > 0 {
		t.Fatalf("valid form refused: %v", errs)
	}
	d := q.Draft(7)
	if d.Quote.ID != 7 || d.Quote.Text != "Words.\nMore words." || d.Speaker.Name != "Lina Khan" || !d.Speaker.Create {
		t.Errorf("draft quote %+v speaker %+v", d.Quote, d.Speaker)
	}
	if d.Article.New == nil || d.Article.New.Title != "A title" || d.Article.New.Authors != "Ann\nBob" || d.Article.New.PublishedOn.Format(DateLayout) != "2022-05-25" {
		t.Errorf("draft article %+v", d.Article.New)
	}
	if strings.Join(d.Topics, "|") != "Privacy|ads" || d.Via.Name != "AP" || d.Quote.SaidOn.Format(DateLayout) != "2022-05-24" {
		t.Errorf("draft topics %v via %+v", d.Topics, d.Via)
	}
}

func TestOutletValidate(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		f    Outlet
		errs []string
	}{
		{Outlet{Name: "NPR", Kind: "broadcaster", HomeURL: "https://www.npr.org/", Domains: "npr.org\nWWW.NPR.ORG, https://text.npr.org/x"}, nil},
		{Outlet{Name: "", Kind: "news"}, []string{"name"}},
		{Outlet{Name: "X", Kind: "tabloid"}, []string{"kind"}},
		{Outlet{Name: "X", Kind: "news", HomeURL: "javascript:alert(1)"}, []string{"home_url"}},
		{Outlet{Name: "X", Kind: "news", Domains: "localhost"}, []string{"domains"}},
	} {
		errs := c.f.Validate()
		if len(errs) != len(c.errs) {
			t.Errorf("%+v: errors %v, want on %v", c.f, errs, c.errs)
		}
	}
	f := Outlet{Name: "NPR", Kind: "news", Domains: "npr.org\nWWW.NPR.ORG, https://text.npr.org/x"}
	if got := strings.Join(f.Model(0).Domains, " "); got != "npr.org text.npr.org" {
		t.Errorf("domains %q", got)
	}
}

func TestPersonAndArticleValidate(t *testing.T) {
	t.Parallel()
	p := Person{Name: "Lina Khan", Kind: "person", Aliases: "Khan\nlina khan", WikidataID: "Q123"}
	if errs := p.Validate(); errs["aliases"] == "" || len(errs) != 1 {
		t.Errorf("alias equal to the name: %v", errs)
	}
	a := Article{Title: "T", URL: "https://example.com", Published: "2022-05-25", Accessed: "2022-05-26", Body: strings.Repeat("x", MaxBodyChars+1)}
	if errs := a.Validate(); errs["body"] == "" || len(errs) != 1 {
		t.Errorf("over-long body: %v", errs)
	}
	a.Body = ""
	a.Accessed = "tomorrow"
	if errs := a.Validate(); errs["accessed_on"] == "" {
		t.Errorf("bad accessed date: %v", errs)
	}
}
