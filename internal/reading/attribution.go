// Package reading holds what a reader sees of a quote around its words:
// the one sentence that attributes it wherever it is listed, the title of
// its page, and an article's text cut into paragraphs, each beside the
// quotes it holds.
package reading

import (
	"html"
	"html/template"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail/internal/textfragment"
	"github.com/quotetrail/quotetrail/models"
)

// What a page already says, and so an attribution leaves out.
const (
	HideSpeaker = "speaker" // the speaker's own page
	HideArticle = "article" // the article's page
	HideOutlet  = "outlet"  // the page of the outlet that printed it
	HideVia     = "via"     // the page of the outlet it was first told to
)

// Attribution is the sentence under a quote wherever quotes are listed:
// "— Lina Khan, FTC chair, told NPR · printed in Daily Courier, 12 May
// 2022", each name a link. hide names what the page already says
// (HideSpeaker, HideArticle, HideOutlet, HideVia or ""), which it leaves out. q is
// a models.QuoteView or a struct that embeds one.
func Attribution(q any, hide string) template.HTML {
	v, ok := quoteView(q)
	if !ok {
		return ""
	}
	var who []string
	if hide != HideSpeaker {
		who = append(who, link("/people/"+url.PathEscape(v.SpeakerSlug), v.SpeakerName))
	}
	if v.SpeakerTitle != "" {
		who = append(who, html.EscapeString(v.SpeakerTitle))
	}
	var said string
	switch {
	case v.ViaName != "" && hide != HideVia:
		said = "told " + link("/outlets/"+url.PathEscape(v.ViaSlug), v.ViaName)
	case v.SaidOn != nil:
		said = "said"
	}
	if said != "" && v.SaidOn != nil {
		said += " on " + timeTag(v.SaidOn)
	}
	if said != "" {
		who = append(who, said)
	}
	var parts []string
	if len(who) > 0 {
		parts = append(parts, strings.Join(who, ", "))
	}
	if hide != HideArticle {
		name := v.OutletName
		if name == "" || hide == HideOutlet {
			name = clip(v.ArticleTitle, 60)
		}
		printed := "printed in " + link("/articles/"+strconv.FormatInt(v.ArticleID, 10), name)
		if v.ArticlePublished != nil && !v.ArticlePublished.IsZero() {
			printed += ", " + timeTag(v.ArticlePublished)
		}
		parts = append(parts, printed)
	}
	if len(parts) == 0 {
		return ""
	}
	s := strings.Join(parts, " · ")
	if hide == HideSpeaker {
		s = upperFirst(s)
	} else {
		s = "— " + s
	}
	return template.HTML(s)
}

// quoteView finds the models.QuoteView in q.
func quoteView(q any) (models.QuoteView, bool) {
	switch v := q.(type) {
	case models.QuoteView:
		return v, true
	case *models.QuoteView:
		if v != nil {
			return *v, true
		}
		return models.QuoteView{}, false
	}
	rv := reflect.Indirect(reflect.ValueOf(q))
	if rv.Kind() != reflect.Struct {
		return models.QuoteView{}, false
	}
	f := rv.FieldByName("QuoteView")
	if !f.IsValid() {
		return models.QuoteView{}, false
	}
	v, ok := f.Interface().(models.QuoteView)
	return v, ok
}

func link(href, text string) string {
	return `<a href="` + html.EscapeString(href) + `">` + html.EscapeString(text) + `</a>`
}

func timeTag(t *time.Time) string {
	return `<time datetime="` + t.Format("2006-01-02") + `">` + t.Format("2 January 2006") + `</time>`
}

// upperFirst capitalises the first letter of a sentence that starts
// with a word rather than a tag.
func upperFirst(s string) string {
	if strings.HasPrefix(s, "<") {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// clip shortens s to about n characters, at a word, with an ellipsis.
func clip(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:—–-") + "…"
}

// titleWords is about how much of a quote its page's title carries.
const titleWords = 36

// Title is the title of a quote's page: its first words and its speaker,
// "“As the complaint notes, Twitter…” — Lina Khan". A paraphrase goes
// without quotation marks.
func Title(v models.QuoteView) string {
	words := clip(v.Text, titleWords)
	if v.Kind != models.QuoteParaphrase {
		words = "“" + words + "”"
	}
	return words + " — " + v.SpeakerName
}

// SourceLink is the address of q's article with a text directive that
// takes the browser to q's words there, or "" when the article has no
// address. q is as for Attribution.
func SourceLink(q any) string {
	v, ok := quoteView(q)
	if !ok || v.ArticleURL == nil || *v.ArticleURL == "" {
		return ""
	}
	return textfragment.Link(*v.ArticleURL, v.Text)
}
