package cite_test

import (
	"fmt"
	"os"
	"time"

	"github.com/quotetrail/quotetrail/internal/cite"
)

func ExampleFormatAPA() {
	published := time.Date(2022, time.May, 26, 0, 0, 0, 0, time.UTC)
	r := cite.Record{
		QuoteText:    "As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes.",
		QuoteKind:    cite.QuoteDirect,
		Speaker:      cite.Person{Name: "Lina Khan"},
		SpeakerTitle: "chair of the Federal Trade Commission",
		Via:          "NPR",
		ArticleTitle: "Twitter Fined $150 Million For Allegedly Selling User Data Improperly",
		ArticleURL:   "https://censortrack.org/twitter-fined-150-million-allegedly-selling-user-data-improperly",
		Authors:      []cite.Person{{Name: "Jane Doe"}},
		Published:    &published,
		Outlet:       "CensorTrack",
		OutletKind:   cite.OutletNews,
		Topics:       []string{"Twitter", "FTC"},
	}
	c := cite.FormatAPA(r, cite.HTML)
	fmt.Println(c.Reference)
	fmt.Println(c.InText)
	fmt.Println(cite.FormatMLA(r, cite.Text).InText)
	fmt.Println(cite.FormatChicago(r, cite.Text).Note)
	// Output:
	// Doe, J. (2022, May 26). <i>Twitter fined $150 million for allegedly selling user data improperly</i>. CensorTrack. https://censortrack.org/twitter-fined-150-million-allegedly-selling-user-data-improperly
	// (Khan, as cited in Doe, 2022)
	// (qtd. in Doe)
	// Lina Khan, as reported by NPR, quoted in Jane Doe, “Twitter Fined $150 Million for Allegedly Selling User Data Improperly,” CensorTrack, May 26, 2022, https://censortrack.org/twitter-fined-150-million-allegedly-selling-user-data-improperly.
}

func ExampleNewEncoder() {
	published := time.Date(2022, time.May, 26, 0, 0, 0, 0, time.UTC)
	enc, err := cite.NewEncoder("bibtex", os.Stdout, cite.Options{})
	if err != nil {
		panic(err)
	}
	enc.Begin()
	for _, speaker := range []string{"Lina Khan", "Sam Levine"} {
		enc.Encode(cite.Record{
			QuoteText:    "…",
			Speaker:      cite.Person{Name: speaker},
			ArticleTitle: "Twitter Fined $150 Million",
			Published:    &published,
			Outlet:       "CensorTrack",
			OutletKind:   cite.OutletNews,
		})
	}
	if err := enc.End(); err != nil {
		panic(err)
	}
	// Output:
	// @article{khan2022twitter,
	//   title        = {Twitter Fined \$150 Million},
	//   entrysubtype = {newspaper},
	//   journaltitle = {CensorTrack},
	//   journal      = {CensorTrack},
	//   date         = {2022-05-26},
	//   year         = {2022},
	//   month        = may,
	//   note         = {Lina Khan: “…”},
	// }
	//
	// @article{levine2022twitter,
	//   title        = {Twitter Fined \$150 Million},
	//   entrysubtype = {newspaper},
	//   journaltitle = {CensorTrack},
	//   journal      = {CensorTrack},
	//   date         = {2022-05-26},
	//   year         = {2022},
	//   month        = may,
	//   note         = {Sam Levine: “…”},
	// }
}
