package reading

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/anchor"
	"github.com/quotetrail/quotetrail/models"
)

func khan() models.QuoteView {
	said := time.Date(2022, 5, 11, 0, 0, 0, 0, time.UTC)
	printed := time.Date(2022, 5, 12, 0, 0, 0, 0, time.UTC)
	_ = said
	v := models.QuoteView{
		SpeakerName: "Lina Khan", SpeakerSlug: "lina-khan", ArticleTitle: "Twitter fined over data",
		OutletName: "Daily Courier", OutletSlug: "daily-courier", ViaName: "NPR", ViaSlug: "npr", ArticlePublished: &printed,
	}
	v.ID, v.ArticleID, v.SpeakerTitle, v.Kind, v.Text = 7, 3, "FTC chair", models.QuoteDirect,
		"As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes"
	return v
}

var tags = regexp.MustCompile(`<[^>]+>`)

func TestAttributionReadsAsASentence(t *testing.T) {
	q := khan()
	type hit struct{ QuoteView models.QuoteView }
	for _, tc := range []struct {
		name string
		q    any
		hide string
		want string
	}{
		{"everywhere", q, "", "— Lina Khan, FTC chair, told NPR · printed in Daily Courier, 12 May 2022"},
		{"a search hit", hit{q}, "", "— Lina Khan, FTC chair, told NPR · printed in Daily Courier, 12 May 2022"},
		{"her own page", q, HideSpeaker, "FTC chair, told NPR · printed in Daily Courier, 12 May 2022"},
		{"the article's page", &q, HideArticle, "— Lina Khan, FTC chair, told NPR"},
		{"the page of the outlet it was told to", q, HideVia, "— Lina Khan, FTC chair · printed in Daily Courier, 12 May 2022"},
		{"the outlet's page", q, HideOutlet, "— Lina Khan, FTC chair, told NPR · printed in Twitter fined over data, 12 May 2022"},
	} {
		got := string(Attribution(tc.q, tc.hide))
		if text := tags.ReplaceAllString(got, ""); text != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, text, tc.want)
		}
		for _, word := range []string{"via", "came", "as chair", "characters"} {
			if strings.Contains(strings.ToLower(tags.ReplaceAllString(got, "")), word) {
				t.Errorf("%s: %q says %q", tc.name, got, word)
			}
		}
	}
	got := string(Attribution(q, ""))
	for _, href := range []string{`href="/people/lina-khan"`, `href="/outlets/npr"`, `href="/articles/3"`, `<time datetime="2022-05-12">`} {
		if !strings.Contains(got, href) {
			t.Errorf("attribution %s lacks %s", got, href)
		}
	}
	// No title, nothing via, said on a day: the sentence still reads.
	said := time.Date(2022, 5, 1, 0, 0, 0, 0, time.UTC)
	q.SpeakerTitle, q.ViaName, q.SaidOn, q.OutletName, q.ArticlePublished = "", "", &said, "", nil
	if text := tags.ReplaceAllString(string(Attribution(q, HideSpeaker)), ""); text != "Said on 1 May 2022 · printed in Twitter fined over data" {
		t.Errorf("bare attribution = %q", text)
	}
	// Names are escaped.
	q.SpeakerName = `<b>"Bo"</b>`
	if got := string(Attribution(q, "")); strings.Contains(got, "<b>") {
		t.Errorf("unescaped name: %s", got)
	}
}

func TestTitle(t *testing.T) {
	q := khan()
	if got, want := Title(q), "“As the complaint notes, Twitter…” — Lina Khan"; got != want {
		t.Errorf("Title = %q, want %q", got, want)
	}
	q.Text, q.Kind = "Data is power.", models.QuoteParaphrase
	if got, want := Title(q), "Data is power. — Lina Khan"; got != want {
		t.Errorf("Title = %q, want %q", got, want)
	}
}

func TestLayOutPutsQuotesBesideTheirParagraph(t *testing.T) {
	body := "First paragraph says nothing.\n\nSecond has words here and more.\nThird has other words."
	q1, q2, q3 := khan(), khan(), khan()
	q1.ID, q2.ID, q3.ID = 1, 2, 3
	segs := anchor.Segments(body, []anchor.Span{{Start: 42, End: 52, ID: 1}, {Start: 73, End: 84, ID: 2}})
	got := LayOut(segs, []models.QuoteView{q1, q2, q3})
	if len(got.Paragraphs) != 3 {
		t.Fatalf("%d paragraphs, want 3: %+v", len(got.Paragraphs), got.Paragraphs)
	}
	text := func(p Paragraph) string {
		var b strings.Builder
		for _, s := range p.Parts {
			b.WriteString(s.Text)
		}
		return b.String()
	}
	if text(got.Paragraphs[1]) != "Second has words here and more." || text(got.Paragraphs[2]) != "Third has other words." {
		t.Errorf("paragraphs: %q / %q", text(got.Paragraphs[1]), text(got.Paragraphs[2]))
	}
	if len(got.Paragraphs[0].Quotes) != 0 || len(got.Paragraphs[1].Quotes) != 1 || got.Paragraphs[1].Quotes[0].ID != 1 || got.Paragraphs[2].Quotes[0].ID != 2 {
		t.Errorf("quotes beside paragraphs wrong: %+v", got.Paragraphs)
	}
	if len(got.Unplaced) != 1 || got.Unplaced[0].ID != 3 {
		t.Errorf("unplaced = %+v, want quote 3", got.Unplaced)
	}
}
