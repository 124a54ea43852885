package cite

import (
	"strings"
	"time"
)

func day(y int, m time.Month, d int) *time.Time {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return &t
}

// demoRecords are the quotes of the demo article
// /work/shared/corpus/ftc-twitter-article.txt: an unsigned CensorTrack
// article. The publication date and URL are fixture assumptions (the text
// carries neither); the fine was announced on 25 May 2022.
func demoRecords() []Record {
	article := Record{
		ArticleID:    1,
		ArticleTitle: "Twitter Fined $150 Million For Allegedly Selling User Data Improperly",
		ArticleURL:   "https://censortrack.org/twitter-fined-150-million-allegedly-selling-user-data-improperly",
		Published:    day(2022, time.May, 26),
		Accessed:     day(2024, time.March, 1),
		Outlet:       "CensorTrack",
		OutletKind:   OutletNews,
		Topics:       []string{"Twitter", "FTC", "privacy"},
		QuoteStatus:  "verified",
	}
	quotes := []Record{
		{
			QuoteText:    "As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes but then ended up also using the data to target users with ads.",
			QuoteKind:    QuoteDirect,
			Speaker:      Person{Name: "Lina Khan"},
			SpeakerTitle: "chair of the Federal Trade Commission",
			Via:          "NPR",
		},
		{
			QuoteText:    "If you tell people you are using their numbers to protect their accounts and then use them for another purpose, you are deceiving them.",
			QuoteKind:    QuoteParaphrase,
			Speaker:      Person{Name: "Sam Levine"},
			SpeakerTitle: "director of the FTC’s Bureau of Consumer Protection",
			Via:          "NPR",
		},
		{
			QuoteText:    "may have been inadvertently used for advertising",
			QuoteKind:    QuotePartial,
			Speaker:      Person{Name: "Twitter spokesperson", Kind: KindRole},
			SpeakerTitle: "",
		},
		{
			QuoteText:    "[W]e have aligned with the agency on operational updates and program enhancements to ensure that people’s personal data remains secure and their privacy protected.",
			QuoteKind:    QuoteDirect,
			Speaker:      Person{Name: "Damien Kieran"},
			SpeakerTitle: "chief privacy officer, Twitter",
		},
		{
			QuoteText: "Twitter asked users for personal information for the express purpose of securing their accounts, but then also used it to serve targeted ads for Twitter’s financial benefit.",
			QuoteKind: QuoteDirect,
			Speaker:   Person{Name: "Federal Trade Commission", Kind: KindOrganisation},
			Via:       "FTC Business Blog",
		},
	}
	for i := range quotes {
		q := article
		q.QuoteID = int64(i + 1)
		q.QuoteText = quotes[i].QuoteText
		q.QuoteKind = quotes[i].QuoteKind
		q.Speaker = quotes[i].Speaker
		q.SpeakerTitle = quotes[i].SpeakerTitle
		q.Via = quotes[i].Via
		q.QuoteURL = "https://quotetrail.example/quotes/" + string(rune('0'+i+1))
		quotes[i] = q
	}
	return quotes
}

// edgeRecords cover the cases the style guides single out.
func edgeRecords() []Record {
	return []Record{
		{ // unicode names, name particles, LaTeX special characters, two authors, newspaper
			QuoteID:      101,
			QuoteText:    "Wer 100 % Transparenz verspricht, muss sie auch liefern.",
			QuoteKind:    QuoteDirect,
			QuoteURL:     "https://quotetrail.example/quotes/101",
			Speaker:      Person{Name: "Jürgen Müller"},
			SpeakerTitle: "Hamburg data protection commissioner",
			SaidOn:       day(2023, time.February, 13),
			ArticleTitle: "Watchdog Finds 100% of {Shadow} Profiles & #Tracking_IDs Cost $5 ~ Per User ^ Month \\ Year",
			ArticleURL:   "https://www.sueddeutsche.de/digital/datenschutz-m%C3%BCller-1.5751234",
			Authors:      []Person{{Name: "Jan van der Berg"}, {Name: "María José de la Cruz Sánchez"}},
			Published:    day(2023, time.February, 14),
			Accessed:     day(2024, time.March, 1),
			Outlet:       "The Süddeutsche Zeitung",
			OutletKind:   OutletNewspaper,
			Topics:       []string{"Datenschutz", "privacy_law"},
			QuoteStatus:  "verified",
		},
		{ // no author, no date, role speaker, blog, paraphrase
			QuoteID:      102,
			QuoteText:    "The team knew about the leak for weeks.",
			QuoteKind:    QuoteParaphrase,
			Speaker:      Person{Name: "former engineer", Kind: KindRole},
			ArticleTitle: "Who Knew What, and When?",
			ArticleURL:   "https://privacymatters.example/2023/who-knew",
			Accessed:     day(2024, time.January, 5),
			Outlet:       "Privacy Matters",
			OutletKind:   OutletBlog,
			QuoteStatus:  "unverified",
		},
		{ // organisation as author, speaker and outlet; no date (primary source)
			QuoteID:      103,
			QuoteText:    "Companies must honor their privacy promises.",
			QuoteKind:    QuoteDirect,
			Speaker:      Person{Name: "Federal Trade Commission", Kind: KindOrganisation},
			ArticleTitle: "Protecting Consumer Privacy and Security",
			ArticleURL:   "https://www.ftc.gov/news-events/topics/protecting-consumer-privacy-security",
			Authors:      []Person{{Name: "Federal Trade Commission", Kind: KindOrganisation}},
			Accessed:     day(2024, time.March, 1),
			Outlet:       "Federal Trade Commission",
			OutletKind:   OutletGovernment,
			Topics:       []string{"privacy"},
		},
		{ // three authors at a news agency, quote with a via outlet and inner quotes
			QuoteID:      104,
			QuoteText:    `We take "privacy" seriously, and we said so.`,
			QuoteKind:    QuoteDirect,
			Speaker:      Person{Name: "Martin Luther King, Jr."},
			SpeakerTitle: "spokesman",
			Via:          "The Associated Press",
			ArticleTitle: "Twitter to Pay $150 Million Penalty over User Privacy Violations",
			ArticleURL:   "https://www.reuters.com/technology/twitter-pay-150-mln-penalty-2022-05-25/",
			Authors:      []Person{{Name: "Diane Bartz"}, {Name: "Paresh Dave"}, {Name: "Sheila Dang"}},
			Published:    day(2022, time.May, 25),
			Outlet:       "Reuters",
			OutletKind:   OutletAgency,
			Topics:       []string{"Twitter", "FTC"},
		},
		{ // the same article again: the key must get a suffix; formula injection
			QuoteID:      105,
			QuoteText:    "=HYPERLINK(\"http://evil.example\",\"click\")",
			QuoteKind:    QuoteDirect,
			Speaker:      Person{Name: "@badactor", Kind: KindRole},
			SpeakerTitle: "-anonymous account",
			Via:          "+Plus Wire",
			ArticleTitle: "Twitter to Pay $150 Million Penalty over User Privacy Violations",
			ArticleURL:   "https://www.reuters.com/technology/twitter-pay-150-mln-penalty-2022-05-25/",
			Authors:      []Person{{Name: "Diane Bartz"}, {Name: "Paresh Dave"}, {Name: "Sheila Dang"}},
			Published:    day(2022, time.May, 25),
			Outlet:       "Reuters",
			OutletKind:   OutletAgency,
			Topics:       []string{"@mention", "\tTabbed", "line\nbreak"},
			QuoteStatus:  "\rcarriage",
		},
		{ // an author quoting herself (not a secondary source), magazine, particle surname given explicitly
			QuoteID:      106,
			QuoteText:    "Privacy is a team sport.",
			QuoteKind:    QuoteDirect,
			Speaker:      Person{Name: "Ana de la Cruz"},
			ArticleTitle: "Why privacy needs a new playbook: lessons from the FTC",
			ArticleURL:   "http://www.example-magazine.com/privacy-playbook",
			Authors:      []Person{{Name: "Ana de la Cruz", Family: "de la Cruz", Given: "Ana"}},
			Published:    day(2021, time.September, 3),
			Outlet:       "Wired",
			OutletKind:   OutletMagazine,
		},
	}
}

func dateParts(t *time.Time) []int {
	if t == nil {
		return nil
	}
	return []int{t.Year(), int(t.Month()), t.Day()}
}

func datePartsOf(d *parsedDate) string {
	if d == nil || len(d.DateParts) == 0 {
		return ""
	}
	return intsString(d.DateParts[0])
}

func intsString(v []int) string {
	s := make([]string, len(v))
	for i, n := range v {
		s[i] = itoa(int64(n))
	}
	return strings.Join(s, "-")
}
