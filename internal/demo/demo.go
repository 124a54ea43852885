// Package demo holds quotetrail's demo data set: a news story about the
// FTC's $150 million penalty against Twitter, its speakers and every quote
// it prints, each with the attribution the story gives it.
package demo

import (
	"context"
	_ "embed"
	"fmt"

	"github.com/quotetrail/quotetrail/models"
)

// Body is the story's text without the site boilerplate that followed it.
//
//go:embed article.txt
var Body string

// Title is the story's headline.
const Title = "Twitter Fined $150 Million For Allegedly Selling User Data Improperly"

// Speaker is someone the story quotes.
type Speaker struct {
	Name        string
	Kind        string
	Description string
	Aliases     []string
}

// Outlet is an outlet the story names.
type Outlet struct {
	Name    string
	Kind    string
	HomeURL string
	Domains []string
}

// Quote is one quotation in the story and how the story attributes it.
type Quote struct {
	Text    string
	Speaker string
	Title   string // the speaker's title as the story gives it
	Kind    string
	Via     string
	Context string
	Topics  []string
}

// Speakers are the people and organisations the story quotes.
var Speakers = []Speaker{
	{Name: "Department of Justice", Kind: models.KindOrganisation, Description: "United States Department of Justice", Aliases: []string{"DOJ"}},
	{Name: "Federal Trade Commission", Kind: models.KindOrganisation, Description: "United States consumer protection and competition agency", Aliases: []string{"FTC"}},
	{Name: "Lina Khan", Kind: models.KindPerson, Description: "Chair of the Federal Trade Commission", Aliases: []string{"Khan", "Lina M. Khan"}},
	{Name: "Sam Levine", Kind: models.KindPerson, Description: "Director of the FTC's Bureau of Consumer Protection", Aliases: []string{"Levine"}},
	{Name: "Twitter spokesperson", Kind: models.KindRole, Description: "An unnamed spokesperson for Twitter"},
	{Name: "Damien Kieran", Kind: models.KindPerson, Description: "Chief privacy officer of Twitter", Aliases: []string{"Kieran"}},
}

// Outlets are the outlets the story's quotes came through.
var Outlets = []Outlet{
	{Name: "NPR", Kind: "broadcaster", HomeURL: "https://www.npr.org/", Domains: []string{"npr.org"}},
	{Name: "FTC Business Blog", Kind: "government", HomeURL: "https://www.ftc.gov/business-guidance/blog", Domains: []string{"ftc.gov"}},
}

// Quotes are every quotation in the story, in the order printed.
var Quotes = []Quote{
	{
		Text: "security purposes", Speaker: "Department of Justice", Title: "complaint filed on behalf of the FTC", Kind: models.QuotePartial,
		Context: "The complaint filed by the Department of Justice (DOJ) on behalf of the Federal Trade Commission (FTC) said Twitter collected user information for “security purposes” and then sold it commercially.",
		Topics:  []string{"privacy"},
	},
	{
		Text:    "Twitter asked users for personal information for the express purpose of securing their accounts, but then also used it to serve targeted ads for Twitter’s financial benefit,",
		Speaker: "Federal Trade Commission", Title: "business blog on the FTC’s website", Kind: models.QuoteDirect, Via: "FTC Business Blog",
		Context: "a business blog on the FTC’s website read.", Topics: []string{"privacy", "advertising"},
	},
	{
		Text:    "It wasn’t Twitter’s first alleged violation of the FTC Act, but this one will cost the company $150 million in civil penalties.",
		Speaker: "Federal Trade Commission", Title: "business blog on the FTC’s website", Kind: models.QuoteDirect, Via: "FTC Business Blog",
		Context: "a business blog on the FTC’s website read.", Topics: []string{"privacy"},
	},
	{
		Text:    "the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.",
		Speaker: "Federal Trade Commission", Title: "2011 order", Kind: models.QuotePartial,
		Context: "The order that finalized the decision warned that Twitter Faced substantial fines if it lied about “the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.”",
		Topics:  []string{"privacy"},
	},
	{
		Text: "security purposes.", Speaker: "Lina Khan", Title: "FTC chair", Kind: models.QuotePartial, Via: "NPR",
		Context: "According to NPR, FTC chair Lina Khan said users were targeted with ads after Twitter sold user data originally claimed to be for “security purposes.”",
		Topics:  []string{"privacy", "advertising"},
	},
	{
		Text:    "As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes but then ended up also using the data to target users with ads,",
		Speaker: "Lina Khan", Title: "FTC chair", Kind: models.QuoteDirect, Via: "NPR",
		Context: "she said per NPR.", Topics: []string{"privacy", "advertising"},
	},
	{
		Text: "the platforms tactics were deliberately deceitful", Speaker: "Sam Levine", Title: "leader of FTC’s Bureau of Consumer Protection", Kind: models.QuoteParaphrase, Via: "NPR",
		Context: "NPR spoke with Sam Levine who is the leader of FTC’s Bureau of Consumer Protection. Levine said the platforms tactics were deliberately deceitful.",
		Topics:  []string{"privacy"},
	},
	{
		Text:    "if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them",
		Speaker: "Sam Levine", Title: "leader of FTC’s Bureau of Consumer Protection", Kind: models.QuoteParaphrase, Via: "NPR",
		Context: "He said that if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them.",
		Topics:  []string{"privacy"},
	},
	{Text: "Yes!", Speaker: "Twitter spokesperson", Kind: models.QuotePartial, Context: "A Twitter spokesperson stated that Twitter had a resounding “Yes!” statement"},
	{Text: "may have been inadvertently used for advertising", Speaker: "Twitter spokesperson", Kind: models.QuotePartial, Context: "user data “may have been inadvertently used for advertising”", Topics: []string{"advertising"}},
	{Text: "aligned", Speaker: "Twitter spokesperson", Kind: models.QuotePartial, Context: "the platform was now “aligned” with the FTC"},
	{Text: "ensure that people’s personal data remains secure and their privacy protected.", Speaker: "Twitter spokesperson", Kind: models.QuotePartial, Context: "to “ensure that people’s personal data remains secure and their privacy protected.”", Topics: []string{"privacy"}},
	{
		Text:    "[W]e have aligned with the agency on operational updates and program enhancements to ensure that people’s personal data remains secure and their privacy protected,",
		Speaker: "Damien Kieran", Title: "Twitter’s chief privacy officer", Kind: models.QuoteDirect,
		Context: "Twitter’s chief privacy officer, Damien Kieran, said.", Topics: []string{"privacy"},
	},
	{
		Text:    "Moving forward, we will continue to make investments in this work, including building and evolving processes, implementing technical measures, and conducting regular auditing and reporting to ensure we are mitigating risk at every level and function at Twitter,",
		Speaker: "Damien Kieran", Title: "Twitter’s chief privacy officer", Kind: models.QuoteDirect,
		Context: "Kieran added.", Topics: []string{"privacy"},
	},
	{
		Text:    "We will also continue to partner with the FTC, and our security and privacy regulators around the world, on our shared mission of building useful products and services that meet our customers’ needs while keeping the information they share with us secure and respectful of their privacy.",
		Speaker: "Damien Kieran", Title: "Twitter’s chief privacy officer", Kind: models.QuoteDirect,
		Context: "Kieran added.", Topics: []string{"privacy"},
	},
}

// Load puts the demo story into an empty database. It reports false, and
// writes nothing, when the database already holds articles or quotes.
func Load(ctx context.Context, store *models.Store) (bool, error) {
	counts, err := store.Count(ctx)
	if err != nil {
		return false, err
	}
	if counts.Articles > 0 || counts.Quotes > 0 || counts.People > 0 {
		return false, nil
	}
	err = store.Atomic(ctx, func(tx *models.Store) error {
		for _, o := range Outlets {
			if err := tx.CreateOutlet(ctx, &models.Outlet{Name: o.Name, Kind: o.Kind, HomeURL: o.HomeURL, Domains: o.Domains}); err != nil {
				return fmt.Errorf("demo outlet %s: %w", o.Name, err)
			}
		}
		for _, sp := range Speakers {
			p := &models.Person{Name: sp.Name, Kind: sp.Kind, Description: sp.Description, Aliases: sp.Aliases}
			if err := tx.CreatePerson(ctx, p); err != nil {
				return fmt.Errorf("demo speaker %s: %w", sp.Name, err)
			}
		}
		article := &models.Article{Title: Title, Body: Body}
		if err := tx.CreateArticle(ctx, article, models.OutletRef{}); err != nil {
			return fmt.Errorf("demo article: %w", err)
		}
		for _, q := range Quotes {
			d := &models.QuoteDraft{
				Quote: models.Quote{
					Text: q.Text, SpeakerTitle: q.Title, Kind: q.Kind, Context: q.Context, Status: "unverified",
				},
				Speaker: models.PersonRef{Name: q.Speaker},
				Article: models.ArticleRef{ID: article.ID},
				Via:     models.OutletRef{Name: q.Via},
				Topics:  q.Topics,
			}
			if err := tx.SaveQuote(ctx, d); err != nil {
				return fmt.Errorf("demo quote %.30q: %w", q.Text, err)
			}
		}
		return nil
	})
	return err == nil, err
}
