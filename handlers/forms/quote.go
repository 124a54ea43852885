package forms

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/quotetrail/quotetrail/models"
)

// Quote is the quote form. The speaker and via outlet are named by name
// (suggested as you type, and matched against names and aliases); the
// article is picked from a list or described in the "new article" part.
type Quote struct {
	Change
	Text         string `form:"text"`
	Speaker      string `form:"speaker"`
	SpeakerNew   bool   `form:"speaker_new"`
	SpeakerKind  string `form:"speaker_kind"`
	SpeakerTitle string `form:"speaker_title"`
	// SpeakerPick answers "did you mean …?" when the speaker typed is
	// no one in quotetrail but near someone who is: a name suggested, or
	// NewSpeakerPick for someone new all the same.
	SpeakerPick string `form:"speaker_pick"`
	Kind        string `form:"kind"`
	Status      string `form:"status"`
	ArticleID   string `form:"article_id"`
	Via         string `form:"via"`
	ViaNew      bool   `form:"via_new"`
	ViaPick     string `form:"via_pick"` // as SpeakerPick, for the via outlet
	// NearOK says the quote is another quote, though the speaker has one
	// with nearly its words in the article.
	NearOK  bool   `form:"near_ok"`
	SaidOn  string `form:"said_on"`
	Context string `form:"context"`
	Topics  string `form:"topics"`

	NewArticleTitle     string `form:"article_title"`
	NewArticleURL       string `form:"article_url"`
	NewArticleOutlet    string `form:"article_outlet"`
	NewArticleOutletNew bool   `form:"article_outlet_new"`
	NewArticleAuthors   string `form:"article_authors"`
	NewArticlePublished string `form:"article_published_on"`
}

// NewSpeakerPick is the answer "no, someone new" to "did you mean …?".
const NewSpeakerPick = "new"

// NewArticleChoice is the article picker's value for "a new article".
const NewArticleChoice = "new"

// QuoteFrom fills the form from a stored quote.
func QuoteFrom(q *models.QuoteView) Quote {
	f := Quote{
		Change: Change{Version: q.Version},
		Text:   q.Text, Speaker: q.SpeakerName, SpeakerKind: q.SpeakerKind, SpeakerTitle: q.SpeakerTitle,
		Kind: q.Kind, Status: q.Status, ArticleID: strconv.FormatInt(q.ArticleID, 10), Via: q.ViaName,
		SaidOn: formatDate(q.SaidOn), Context: q.Context,
	}
	names := make([]string, len(q.Topics))
	for i, t := range q.Topics {
		names[i] = t.Name
	}
	f.Topics = strings.Join(names, ", ")
	return f
}

// Validate names every problem with the form.
func (f *Quote) Validate() Errors {
	errs := Errors{}
	f.Text = strings.TrimSpace(strings.ReplaceAll(f.Text, "\r\n", "\n"))
	takePick(&f.SpeakerPick, &f.Speaker, &f.SpeakerNew)
	takePick(&f.ViaPick, &f.Via, &f.ViaNew)
	f.Speaker, f.SpeakerTitle, f.Via = clean(f.Speaker), clean(f.SpeakerTitle), clean(f.Via)
	f.Context = strings.TrimSpace(f.Context)
	required(errs, "text", f.Text, "The quote")
	maxLen(errs, "text", f.Text, 10000)
	required(errs, "speaker", f.Speaker, "The speaker")
	maxLen(errs, "speaker", f.Speaker, 200)
	if f.SpeakerNew {
		oneOf(errs, "speaker_kind", f.SpeakerKind, models.PersonKinds)
	}
	maxLen(errs, "speaker_title", f.SpeakerTitle, 300)
	oneOf(errs, "kind", f.Kind, models.QuoteKinds)
	oneOf(errs, "status", f.Status, models.QuoteStatuses)
	maxLen(errs, "via", f.Via, 200)
	parseDate(errs, "said_on", f.SaidOn)
	maxLen(errs, "context", f.Context, 2000)
	topics := splitList(f.Topics, ",\n")
	if len(topics) > 20 {
		errs.Add("topics", "Up to 20 topics, please.")
	}
	for _, t := range topics {
		if len([]rune(t)) > 60 {
			errs.Add("topics", fmt.Sprintf("“%.30s…” is too long for a topic: keep each under 60 characters.", t))
		}
	}
	switch f.ArticleID = strings.TrimSpace(f.ArticleID); f.ArticleID {
	case "":
		errs.Add("article_id", "Choose the article the quote is printed in, or “a new article” and describe it.")
	case NewArticleChoice:
		validateArticle(errs, "article_", f.NewArticleTitle, f.NewArticleURL, f.NewArticleOutlet, f.NewArticleAuthors, f.NewArticlePublished, "")
	default:
		if id, err := strconv.ParseInt(f.ArticleID, 10, 64); err != nil || id <= 0 {
			errs.Add("article_id", fmt.Sprintf("“%s” is not an article number.", f.ArticleID))
		}
	}
	f.Change.validate(errs)
	return errs
}

// Draft returns the quote the form describes, with the speaker, article
// and outlets it names, for models.Store.SaveQuote.
func (f *Quote) Draft(id int64) *models.QuoteDraft {
	ignore := Errors{}
	d := &models.QuoteDraft{
		Quote: models.Quote{
			ID: id, Version: f.Version, Text: f.Text, SpeakerTitle: f.SpeakerTitle, Kind: f.Kind, Status: f.Status,
			SaidOn: parseDate(ignore, "", f.SaidOn), Context: f.Context,
		},
		Speaker: models.PersonRef{Name: f.Speaker, Create: f.SpeakerNew, Kind: f.SpeakerKind},
		Via:     models.OutletRef{Name: f.Via, Create: f.ViaNew},
		Topics:  splitList(f.Topics, ",\n"),
	}
	if f.ArticleID == NewArticleChoice {
		d.Article.New = newArticle(f.NewArticleTitle, f.NewArticleURL, f.NewArticleAuthors, f.NewArticlePublished, "", "")
		d.Article.Outlet = models.OutletRef{Name: clean(f.NewArticleOutlet), Create: f.NewArticleOutletNew}
	} else {
		d.Article.ID, _ = strconv.ParseInt(f.ArticleID, 10, 64)
	}
	return d
}

// takePick applies the answer to "did you mean …?": a name picked
// replaces the one typed, NewSpeakerPick confirms a new record, and no
// answer leaves the form as it is.
func takePick(pick, name *string, isNew *bool) {
	switch *pick = clean(*pick); *pick {
	case "":
	case NewSpeakerPick:
		*isNew = true
	default:
		*name, *isNew = *pick, false
	}
}
