package forms

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/quotetrail/quotetrail/models"
)

// MaxReviewItems bounds the candidates one review form may carry.
const MaxReviewItems = 1000

// ReviewItem is one candidate quote on the review screen, as the editor
// left it.
type ReviewItem struct {
	Index       int
	Accept      bool
	Text        string
	Start, End  int
	Speaker     string
	SpeakerKind string
	Title       string
	Kind        string
	Via         string
	// SpeakerPick answers "did you mean …?" for a speaker near someone
	// in quotetrail: a name offered, or NewSpeakerPick.
	SpeakerPick string
}

// Field is the form name of one of the item's fields: "q3_speaker".
func (it ReviewItem) Field(name string) string { return fmt.Sprintf("q%d_%s", it.Index, name) }

// ParseReview reads the review form: "count" items named q0_text,
// q0_speaker, ... Missing fields read as empty.
func ParseReview(v url.Values) ([]ReviewItem, error) {
	n, err := strconv.Atoi(v.Get("count"))
	if err != nil || n < 0 || n > MaxReviewItems {
		return nil, fmt.Errorf("the review form is damaged (count %q): reload the page", v.Get("count"))
	}
	items := make([]ReviewItem, n)
	for i := range items {
		it := ReviewItem{Index: i}
		get := func(name string) string { return v.Get(it.Field(name)) }
		it.Accept = get("accept") == "true"
		it.Text = strings.TrimSpace(strings.ReplaceAll(get("text"), "\r\n", "\n"))
		it.Start, _ = strconv.Atoi(get("start"))
		it.End, _ = strconv.Atoi(get("end"))
		it.Speaker, it.SpeakerKind, it.Title = clean(get("speaker")), get("speaker_kind"), clean(get("title"))
		it.Kind, it.Via = get("kind"), clean(get("via"))
		it.SpeakerPick = clean(get("speaker_pick"))
		items[i] = it
	}
	// Who a speaker near someone here is, answered for one quote, is the
	// answer for every quote given to the same name.
	picks := map[string]string{}
	for _, it := range items {
		if it.SpeakerPick != "" && picks[it.Speaker] == "" {
			picks[it.Speaker] = it.SpeakerPick
		}
	}
	for i := range items {
		it := &items[i]
		if it.SpeakerPick = picks[it.Speaker]; it.SpeakerPick != "" && it.SpeakerPick != NewSpeakerPick {
			it.Speaker = it.SpeakerPick
		}
	}
	return items, nil
}

// ValidateReview names the problems of the accepted items, keyed by their
// fields.
func ValidateReview(items []ReviewItem) Errors {
	errs := Errors{}
	for _, it := range items {
		if !it.Accept {
			continue
		}
		if it.Text == "" {
			errs.Add(it.Field("text"), "The quote is empty: fill it in or leave it unticked.")
		}
		maxLen(errs, it.Field("text"), it.Text, 10000)
		if it.Speaker == "" {
			errs.Add(it.Field("speaker"), "Who said it? Name the speaker, or leave the quote unticked.")
		}
		maxLen(errs, it.Field("speaker"), it.Speaker, 200)
		oneOf(errs, it.Field("speaker_kind"), it.SpeakerKind, models.PersonKinds)
		maxLen(errs, it.Field("title"), it.Title, 300)
		oneOf(errs, it.Field("kind"), it.Kind, models.QuoteKinds)
		maxLen(errs, it.Field("via"), it.Via, 200)
	}
	return errs
}

// Draft is the quote an accepted item describes. New speakers and outlets
// are created: the review screen says which names are new.
func (it ReviewItem) Draft(articleID int64) *models.QuoteDraft {
	start, end := it.Start, it.End
	return &models.QuoteDraft{
		Quote: models.Quote{
			Text: it.Text, SpeakerTitle: it.Title, Kind: it.Kind, Status: "unverified",
			AnchorStart: &start, AnchorEnd: &end,
		},
		Speaker: models.PersonRef{Name: it.Speaker, Create: true, Kind: it.SpeakerKind},
		Article: models.ArticleRef{ID: articleID},
		Via:     models.OutletRef{Name: it.Via, Create: true},
	}
}

// GuessKind suggests whether a speaker's name is a person's, an
// organisation's or an unnamed role's.
func GuessKind(name string) string {
	lower := " " + strings.ToLower(name) + " "
	for _, w := range []string{"spokes", " official", " source", " aide", " staffer", " adviser", " advisor", " representative", " analyst", " expert", " witness", " officer", " lawyer", " attorney", " employee", " statement"} {
		if strings.Contains(lower, w) {
			return models.KindRole
		}
	}
	for _, w := range []string{" commission", " department", " agency", " ministry", " company", " corp", " inc", " ltd", " council", " committee", " court", " office", " government", " association", " union", " party", " campaign", " university", " institute", " bureau", " administration", " complaint", " order", " report", " blog", " website", " police", " board", " group", " foundation", " the "} {
		if strings.Contains(lower, w) {
			return models.KindOrganisation
		}
	}
	if len(strings.Fields(name)) == 1 && strings.ToUpper(name) == name {
		return models.KindOrganisation // an acronym: FTC, NPR
	}
	return models.KindPerson
}
