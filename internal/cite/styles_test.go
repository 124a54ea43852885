package cite

import (
	"testing"
	"time"
)

// guideCase is an example published in a style guide, with the guide's
// expected output. Only the fields the guide shows are compared.
type guideCase struct {
	source    string // where the example is published
	rec       Record
	style     func(Record, Markup) Citation
	markup    Markup
	reference string
	inText    string
	note      string // Chicago full note
	shortNote string // Chicago short note (Citation.InText)
}

func TestStyleGuideExamples(t *testing.T) {
	t.Parallel()
	cases := []guideCase{
		{
			source: "APA 7, newspaper article references (apastyle.apa.org), Carey 2019",
			rec: Record{
				Authors:      []Person{{Name: "Benedict Carey"}},
				ArticleTitle: "Can We Get Better at Forgetting?",
				Outlet:       "The New York Times", OutletKind: OutletNewspaper,
				Published:  day(2019, time.March, 22),
				ArticleURL: "https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html",
			},
			style: FormatAPA, markup: HTML,
			reference: "Carey, B. (2019, March 22). Can we get better at forgetting? <i>The New York Times</i>. https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html",
			inText:    "(Carey, 2019)",
		},
		{
			source: "APA 7, webpage on a news website references (apastyle.apa.org), Bologna 2019",
			rec: Record{
				Authors:      []Person{{Name: "Caroline Bologna"}},
				ArticleTitle: "Why Some People With Anxiety Love Watching Horror Movies",
				Outlet:       "HuffPost", OutletKind: OutletNews,
				Published:  day(2019, time.October, 31),
				ArticleURL: "https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e",
			},
			style: FormatAPA, markup: HTML,
			reference: "Bologna, C. (2019, October 31). <i>Why some people with anxiety love watching horror movies</i>. HuffPost. https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e",
			inText:    "(Bologna, 2019)",
		},
		{
			source: "APA 7, webpage on a website references (apastyle.apa.org), group author = site, World Health Organization 2018",
			rec: Record{
				Authors:      []Person{{Name: "World Health Organization", Kind: KindOrganisation}},
				ArticleTitle: "The Top 10 Causes of Death",
				Outlet:       "World Health Organization", OutletKind: OutletOrganisation,
				Published:  day(2018, time.May, 24),
				ArticleURL: "https://www.who.int/news-room/fact-sheets/detail/the-top-10-causes-of-death",
			},
			style: FormatAPA, markup: HTML,
			reference: "World Health Organization. (2018, May 24). <i>The top 10 causes of death</i>. https://www.who.int/news-room/fact-sheets/detail/the-top-10-causes-of-death",
			inText:    "(World Health Organization, 2018)",
		},
		{
			source: "APA 7, webpage on a website references (apastyle.apa.org), no author, Budget Bytes 2018",
			rec: Record{
				ArticleTitle: "Tuscan White Bean Pasta",
				Outlet:       "Budget Bytes", OutletKind: OutletWebpage,
				Published:  day(2018, time.February, 25),
				ArticleURL: "https://www.budgetbytes.com/tuscan-white-bean-pasta/",
			},
			style: FormatAPA, markup: HTML,
			reference: "<i>Tuscan white bean pasta</i>. (2018, February 25). Budget Bytes. https://www.budgetbytes.com/tuscan-white-bean-pasta/",
			inText:    "(<i>Tuscan White Bean Pasta</i>, 2018)",
		},
		{
			source: "MLA Handbook, online newspaper article, Bump 2016",
			rec: Record{
				Authors:      []Person{{Name: "Philip Bump"}},
				ArticleTitle: "Donald Trump Starts the General Election Behind Hillary Clinton by a Mile",
				Outlet:       "Washington Post", OutletKind: OutletNewspaper,
				Published:  day(2016, time.May, 4),
				ArticleURL: "https://www.washingtonpost.com/news/the-fix/wp/2016/05/04/donald-trump-starts-the-general-election-behind-hillary-clinton-by-a-mile/",
			},
			style: FormatMLA, markup: HTML,
			reference: "Bump, Philip. “Donald Trump Starts the General Election behind Hillary Clinton by a Mile.” <i>Washington Post</i>, 4 May 2016, www.washingtonpost.com/news/the-fix/wp/2016/05/04/donald-trump-starts-the-general-election-behind-hillary-clinton-by-a-mile/.",
			inText:    "(Bump)",
		},
		{
			source: "MLA Handbook, blog post, Hollmichel 2013",
			rec: Record{
				Authors:      []Person{{Name: "Stefanie Hollmichel"}},
				ArticleTitle: "The Reading Brain: Differences Between Digital and Print",
				Outlet:       "So Many Books, So Little Time", OutletKind: OutletBlog,
				Published:  day(2013, time.April, 25),
				ArticleURL: "https://somanybooksblog.com/2013/04/25/the-reading-brain-differences-between-digital-and-print/",
			},
			style: FormatMLA, markup: HTML,
			reference: "Hollmichel, Stefanie. “The Reading Brain: Differences between Digital and Print.” <i>So Many Books, So Little Time</i>, 25 Apr. 2013, somanybooksblog.com/2013/04/25/the-reading-brain-differences-between-digital-and-print/.",
			inText:    "(Hollmichel)",
		},
		{
			source: "Chicago Manual of Style 17, citation quick guide, news or magazine article (online), Manjoo 2017",
			rec: Record{
				Authors:      []Person{{Name: "Farhad Manjoo"}},
				ArticleTitle: "Snap Makes a Bet on the Cultural Supremacy of the Camera",
				Outlet:       "The New York Times", OutletKind: OutletNewspaper,
				Published:  day(2017, time.March, 8),
				ArticleURL: "https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html",
			},
			style: FormatChicago, markup: HTML,
			note:      "Farhad Manjoo, “Snap Makes a Bet on the Cultural Supremacy of the Camera,” <i>New York Times</i>, March 8, 2017, https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.",
			shortNote: "Manjoo, “Snap Makes a Bet.”",
			reference: "Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” <i>New York Times</i>, March 8, 2017. https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.",
		},
		{
			source: "Chicago Manual of Style 17, citation quick guide, website content with no author or date, Yale University",
			rec: Record{
				ArticleTitle: "About Yale: Yale Facts",
				Outlet:       "Yale University", OutletKind: OutletOrganisation,
				Accessed:   day(2017, time.May, 1),
				ArticleURL: "https://www.yale.edu/about-yale/yale-facts",
			},
			style: FormatChicago, markup: HTML,
			note:      "“About Yale: Yale Facts,” Yale University, accessed May 1, 2017, https://www.yale.edu/about-yale/yale-facts.",
			reference: "Yale University. “About Yale: Yale Facts.” Accessed May 1, 2017. https://www.yale.edu/about-yale/yale-facts.",
		},
	}
	for _, c := range cases {
		t.Run(c.source, func(t *testing.T) {
			got := c.style(c.rec, c.markup)
			check := func(field, got, want string) {
				t.Helper()
				if want != "" && got != want {
					t.Errorf("%s:\n got  %s\n want %s", field, got, want)
				}
			}
			check("reference", got.Reference, c.reference)
			check("in-text", got.InText, c.inText)
			check("note", got.Note, c.note)
			check("short note", got.InText, c.shortNote)
		})
	}
}

// TestSecondarySource checks the indirect-source forms each guide gives.
func TestSecondarySource(t *testing.T) {
	t.Parallel()
	r := Record{
		QuoteText:    "We will use every tool.",
		Speaker:      Person{Name: "Lina Khan"},
		Via:          "NPR",
		Authors:      []Person{{Name: "Jane Doe"}},
		ArticleTitle: "FTC Chair Speaks",
		Outlet:       "The Daily Planet", OutletKind: OutletNewspaper,
		Published: day(2022, time.May, 26),
	}
	if got, want := FormatAPA(r, Text).InText, "(Khan, as cited in Doe, 2022)"; got != want {
		t.Errorf("APA: got %q, want %q", got, want)
	}
	if got, want := FormatMLA(r, Text).InText, "(qtd. in Doe)"; got != want {
		t.Errorf("MLA: got %q, want %q", got, want)
	}
	if got, want := FormatChicago(r, Text).Note, "Lina Khan, as reported by NPR, quoted in Jane Doe, “FTC Chair Speaks,” Daily Planet, May 26, 2022."; got != want {
		t.Errorf("Chicago note: got %q, want %q", got, want)
	}
	if got, want := FormatChicago(r, Text).InText, "Khan, quoted in Doe, “FTC Chair Speaks.”"; got != want {
		t.Errorf("Chicago short note: got %q, want %q", got, want)
	}
	// The author quoting herself is not a secondary source.
	r.Speaker = Person{Name: "Jane Doe"}
	if got, want := FormatAPA(r, Text).InText, "(Doe, 2022)"; got != want {
		t.Errorf("APA primary: got %q, want %q", got, want)
	}
}

func TestMissingData(t *testing.T) {
	t.Parallel()
	r := Record{ArticleTitle: "A Headline", Outlet: "Example News", OutletKind: OutletNewspaper}
	if got, want := FormatAPA(r, Text).Reference, "A headline. (n.d.). Example News."; got != want {
		t.Errorf("APA: got %q, want %q", got, want)
	}
	if got, want := FormatAPA(r, Text).InText, "(“A Headline,” n.d.)"; got != want {
		t.Errorf("APA in-text: got %q, want %q", got, want)
	}
	if got, want := FormatMLA(r, Text).Reference, "“A Headline.” Example News."; got != want {
		t.Errorf("MLA: got %q, want %q", got, want)
	}
	if got, want := FormatChicago(r, Text).Note, "“A Headline,” Example News, n.d."; got != want {
		t.Errorf("Chicago: got %q, want %q", got, want)
	}
}

func TestHTMLEscaping(t *testing.T) {
	t.Parallel()
	r := Record{
		QuoteText:    `<script>alert("x")</script>`,
		Speaker:      Person{Name: "A & B <Corp>", Kind: KindOrganisation},
		Authors:      []Person{{Name: "Tom & Jerry", Kind: KindOrganisation}},
		ArticleTitle: "Cats <b>& Dogs</b>",
		Outlet:       "News & <i>Views</i>", OutletKind: OutletNewspaper,
		ArticleURL: `https://example.com/?a=1&b="2"`,
	}
	for name, fn := range map[string]func(Record, Markup) Citation{"apa": FormatAPA, "mla": FormatMLA, "chicago": FormatChicago} {
		c := fn(r, HTML)
		for _, s := range []string{c.Reference, c.InText, c.Note, c.Quotation} {
			for _, bad := range []string{"<script", "<b>", "& ", "<Corp>", "<i>Views</i>", `"2"`} {
				if contains(s, bad) {
					t.Errorf("%s: unescaped %q in %q", name, bad, s)
				}
			}
		}
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func TestParseNames(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in   Person
		want Name
	}{
		{Person{Name: "Lina Khan"}, Name{Given: "Lina", Family: "Khan"}},
		{Person{Name: "Jan van der Berg"}, Name{Given: "Jan", Particle: "van der", Family: "Berg"}},
		{Person{Name: "María José de la Cruz Sánchez"}, Name{Given: "María José", Particle: "de la", Family: "Cruz Sánchez"}},
		{Person{Name: "Jürgen Müller"}, Name{Given: "Jürgen", Family: "Müller"}},
		{Person{Name: "Martin Luther King, Jr."}, Name{Given: "Martin Luther", Family: "King", Suffix: "Jr."}},
		{Person{Name: "King, Martin Luther, Jr."}, Name{Given: "Martin Luther", Family: "King", Suffix: "Jr."}},
		{Person{Name: "van Gogh, Vincent"}, Name{Given: "Vincent", Particle: "van", Family: "Gogh"}},
		{Person{Name: "Madonna"}, Name{Family: "Madonna"}},
		{Person{Name: "Gabriel García Márquez", Family: "García Márquez", Given: "Gabriel"}, Name{Given: "Gabriel", Family: "García Márquez"}},
		{Person{Name: "Federal Trade Commission", Kind: KindOrganisation}, Name{Literal: "Federal Trade Commission"}},
		{Person{Name: "Twitter spokesperson", Kind: KindRole}, Name{Literal: "Twitter spokesperson"}},
	}
	for _, c := range cases {
		if got := c.in.Parse(); got != c.want {
			t.Errorf("Parse(%q) = %+v, want %+v", c.in.Name, got, c.want)
		}
	}
	if got := (Name{Given: "Jean-Paul Marie"}).Initials(); got != "J.-P. M." {
		t.Errorf("Initials = %q", got)
	}
}

func TestBaseKey(t *testing.T) {
	t.Parallel()
	r := Record{
		Authors:      []Person{{Name: "Jürgen Müller"}},
		ArticleTitle: "The Complaint Against Twitter",
		Published:    day(2022, time.May, 26),
	}
	if got := BaseKey(r); got != "muller2022complaint" {
		t.Errorf("BaseKey = %q", got)
	}
	r.Authors = nil
	r.Outlet = "The New York Times"
	r.Published = nil
	if got := BaseKey(r); got != "newyorktimesndcomplaint" {
		t.Errorf("BaseKey = %q", got)
	}
	k := newKeySet()
	var got []string
	for i := 0; i < 28; i++ {
		got = append(got, string(k.next(&r)))
	}
	if got[0] != "newyorktimesndcomplaint" || got[1] != "newyorktimesndcomplainta" || got[26] != "newyorktimesndcomplaintz" || got[27] != "newyorktimesndcomplaintaa" {
		t.Errorf("dedupe suffixes: %v", got)
	}
}

func TestEncoderEdges(t *testing.T) {
	t.Parallel()
	if _, err := NewEncoder("docx", nil, Options{}); err == nil {
		t.Error("unknown format accepted")
	}
	for _, f := range Formats() {
		// An export of no record, without Begin, is well formed.
		enc, err := NewEncoder(f.Name, discard{}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := enc.End(); err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
	}
	var b []byte
	enc, _ := NewEncoder("csl-json", (*sliceWriter)(&b), Options{})
	enc.End()
	if string(b) != "[\n]\n" {
		t.Errorf("empty CSL-JSON = %q", b)
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

type sliceWriter []byte

func (w *sliceWriter) Write(p []byte) (int, error) { *w = append(*w, p...); return len(p), nil }
