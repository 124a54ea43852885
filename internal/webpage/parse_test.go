package webpage

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseFixtures(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file      string
		pageURL   string
		title     string
		url       string
		site      string
		outlet    string
		authors   []string
		published string // RFC 3339, "" for none
		lang      string
		paras     []string // must each appear as a whole paragraph
		absent    []string // boilerplate that must not appear
	}{
		{
			file:      "news_graph.html",
			pageURL:   "https://ledger.example/2024/05/14/city-council-transit-plan/?utm_source=home",
			title:     "City council approves new transit plan & bus lanes", // JSON-LD headline, entity decoded
			url:       "https://ledger.example/2024/05/14/city-council-transit-plan/",
			site:      "The Daily Ledger",
			outlet:    "The Daily Ledger",
			authors:   []string{"Maria Gonzalez", "James O'Neill"}, // @id reference resolved, duplicate dropped
			published: "2024-05-14T08:30:00-04:00",
			lang:      "en-US",
			paras: []string{
				"The city council voted 7-2 on Tuesday to approve a sweeping transit plan that will add dedicated bus lanes on four major corridors and extend late-night service across the city.",
				`"This is the most significant investment in public transportation this city has made in a generation," said Mayor Linda Park after the vote. She added that the first lanes could open by next spring.`,
				`Council member Aisha Brown, who voted against the measure, said she supported transit but worried about the timeline. "We are promising residents something we cannot deliver on schedule," she said.`,
			},
			absent: []string{"Follow Us", "Subscribe today", "Home", "Sports", "Share on Facebook", "Tweet", "All rights reserved", "Mayor unveils budget"},
		},
		{
			file:      "opengraph.html",
			pageURL:   "https://www.valleycourier.example/news/drought-farmers",
			title:     "Drought forces farmers to rethink crops",
			url:       "https://www.valleycourier.example/news/drought-farmers?utm_source=og",
			site:      "Valley Courier",
			outlet:    "Valley Courier",
			authors:   []string{"Priya Natarajan"}, // the profile-URL article:author is skipped
			published: "2023-08-02T14:05:00Z",
			lang:      "en-GB",
			paras: []string{
				`"We simply cannot keep pumping groundwater at this rate," said Elena Ruiz, who farms 300 acres near the river. "Either we change what we grow or we stop growing."`,
				"The regional water board will hold a public hearing next month on proposed limits to well drilling, a move several farmers' groups have vowed to fight.",
			},
			absent: []string{"Sign in", "Newsletters", "Weather", "Copyright", "Follow Us"},
		},
		{
			file:    "bare.html",
			pageURL: "https://www.npr.org/2024/06/01/library-hours",
			title:   "Library to extend weekend hours",
			url:     "https://www.npr.org/2024/06/01/library-hours",
			outlet:  "npr.org",
			paras: []string{
				"The public library will stay open until 8 p.m. on Saturdays starting in June, the library board announced on Monday.",
				`"Weekends are when families have time to visit," said head librarian Ruth Abernathy. "We want to be open when people can actually come."`,
				"The extended hours will be paid for with a one-time grant from a local foundation.",
			},
		},
		{
			file:      "windows1252.html",
			pageURL:   "https://gazette.example/article/cafe-du-port",
			title:     "Le café du port ferme ses portes après 80 ans",
			url:       "https://gazette.example/article/cafe-du-port",
			site:      "La Gazette du Littoral",
			outlet:    "La Gazette du Littoral",
			authors:   []string{"Lefèvre, Hélène", "Dubois, André"},
			published: "2020-02-17T00:00:00Z",
			lang:      "fr",
			paras: []string{
				"“C’est toute une partie de ma vie qui s’en va,” a confié la gérante, Mme Martin, qui a repris l’établissement de ses parents en 1989.",
				"Le bâtiment doit être transformé en hôtel. Le prix de vente, estimé à 1,2 million d’euros (€), n’a pas été confirmé par la mairie.",
			},
			absent: []string{"Accueil", "Suivez-nous"},
		},
		{
			file:      "blog.html",
			pageURL:   "https://janes.blog.example/?p=123",
			title:     "Notes from the newsroom: why we stopped chasing clicks",
			url:       "https://janes.blog.example/posts/stopped-chasing-clicks",
			outlet:    "blog.example",
			authors:   []string{"Jane Blogger", "Sam Editor"}, // "By A & B" split
			published: "2022-11-09T00:00:00Z",                 // JSON-LD beats parsely-pub-date
			lang:      "de",
			paras: []string{
				`Our editor put it bluntly in a staff meeting. "If a story matters, it matters whether ten thousand people read it or ten," she said, and nobody argued.`,
				"It has not all been easy. Advertising revenue fell in the first year, and we had to cut the print edition to three days a week.",
			},
			absent: []string{"Archives", "Blogroll", "Share this", "Great post"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			a, err := Parse(f, tt.pageURL, 0)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if a.Title != tt.title {
				t.Errorf("Title = %q, want %q", a.Title, tt.title)
			}
			if a.URL != tt.url {
				t.Errorf("URL = %q, want %q", a.URL, tt.url)
			}
			if a.SourceURL != tt.pageURL {
				t.Errorf("SourceURL = %q, want %q", a.SourceURL, tt.pageURL)
			}
			if a.SiteName != tt.site {
				t.Errorf("SiteName = %q, want %q", a.SiteName, tt.site)
			}
			if got := a.Outlet(); got != tt.outlet {
				t.Errorf("Outlet() = %q, want %q", got, tt.outlet)
			}
			if !slices.Equal(a.Authors, tt.authors) {
				t.Errorf("Authors = %q, want %q", a.Authors, tt.authors)
			}
			checkPublished(t, a.Published, tt.published)
			if a.Lang != tt.lang {
				t.Errorf("Lang = %q, want %q", a.Lang, tt.lang)
			}
			checkText(t, a.Text, tt.paras, tt.absent)
		})
	}
}

func checkPublished(t *testing.T, got *time.Time, want string) {
	t.Helper()
	if want == "" {
		if got != nil {
			t.Errorf("Published = %v, want none", got)
		}
		return
	}
	w, err := time.Parse(time.RFC3339, want)
	if err != nil {
		t.Fatal(err)
	}
	if got == nil || !got.Equal(w) {
		t.Errorf("Published = %v, want %v", got, w)
	}
}

// checkText asserts the body format: paragraphs separated by exactly one
// blank line, each wanted paragraph present whole, no boilerplate.
func checkText(t *testing.T, text string, paras, absent []string) {
	t.Helper()
	if text == "" {
		t.Fatal("Text is empty")
	}
	if strings.Contains(text, "\n\n\n") || strings.TrimSpace(text) != text {
		t.Errorf("Text is not cleanly separated by single blank lines: %q", text)
	}
	got := strings.Split(text, "\n\n")
	for _, p := range paras {
		if !slices.Contains(got, p) {
			t.Errorf("Text lacks paragraph %q\nText:\n%s", p, text)
		}
	}
	for _, b := range absent {
		if strings.Contains(text, b) {
			t.Errorf("Text contains boilerplate %q\nText:\n%s", b, text)
		}
	}
}

func TestParseEdgeCases(t *testing.T) {
	t.Parallel()
	t.Run("relative canonical without page URL is dropped", func(t *testing.T) {
		a, err := Parse(strings.NewReader(`<html><head><link rel="canonical" href="/story"><title>T</title></head><body><p>Some text here.</p></body></html>`), "", 0)
		if err != nil {
			t.Fatal(err)
		}
		if a.URL != "" || a.Title != "T" || a.Text != "Some text here." {
			t.Errorf("got %+v", a)
		}
	})
	t.Run("pasted UTF-8 with stale windows-1252 meta stays UTF-8", func(t *testing.T) {
		a, err := Parse(strings.NewReader(`<html><head><meta charset="windows-1252"><title>Café “news”</title></head><body><p>Crème brûlée.</p></body></html>`), "", 0)
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Café “news”" || a.Text != "Crème brûlée." {
			t.Errorf("got title %q text %q", a.Title, a.Text)
		}
	})
	t.Run("too large", func(t *testing.T) {
		_, err := Parse(strings.NewReader(strings.Repeat("x", 2048)), "", 1024)
		if !errors.Is(err, ErrTooLarge) || err.Error() != "page is larger than 1 KiB" {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("no text", func(t *testing.T) {
		a, err := Parse(strings.NewReader(`<html><head><title>Empty page</title></head><body><img src="x.png"><script>var x = 1;</script></body></html>`), "", 0)
		if !errors.Is(err, ErrNoArticle) {
			t.Errorf("err = %v, want ErrNoArticle", err)
		}
		if a.Title != "Empty page" {
			t.Errorf("metadata not kept: %+v", a)
		}
	})
	t.Run("bad page URL", func(t *testing.T) {
		_, err := Parse(strings.NewReader(`<p>x</p>`), "file:///etc/passwd", 0)
		if !errors.Is(err, ErrScheme) {
			t.Errorf("err = %v, want ErrScheme", err)
		}
	})
}

func TestOutletFromURL(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"https://www.npr.org/2024/01/01/story": "npr.org",
		"www.npr.org":                          "npr.org",
		"http://edition.cnn.com:8080/x":        "cnn.com",
		"https://news.bbc.co.uk/1/hi":          "bbc.co.uk",
		"https://jane.blogspot.com/post":       "jane.blogspot.com",
		"https://WWW.Example.COM./":            "example.com",
		"http://127.0.0.1:8080/":               "127.0.0.1",
		"":                                     "",
	} {
		if got := OutletFromURL(in); got != want {
			t.Errorf("OutletFromURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseDateFormats(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"2024-05-14T08:30:00-04:00":     "2024-05-14T08:30:00-04:00",
		"2024-05-14T08:30:00.123Z":      "2024-05-14T08:30:00.123Z",
		"2024-05-14T08:30:00+0200":      "2024-05-14T08:30:00+02:00",
		"2024-05-14T08:30:00":           "2024-05-14T08:30:00Z",
		"2024-05-14 08:30:00 -0700":     "2024-05-14T08:30:00-07:00",
		"2024/05/14":                    "2024-05-14T00:00:00Z",
		"Tue, 14 May 2024 08:30:00 GMT": "2024-05-14T08:30:00Z",
		"May 14, 2024":                  "2024-05-14T00:00:00Z",
	} {
		got, ok := parseDate(in)
		w, _ := time.Parse(time.RFC3339Nano, want)
		if !ok || !got.Equal(w) {
			t.Errorf("parseDate(%q) = %v, %v; want %v", in, got, ok, w)
		}
	}
	if _, ok := parseDate("last Tuesday"); ok {
		t.Error("parseDate accepted nonsense")
	}
}

func TestSplitNames(t *testing.T) {
	t.Parallel()
	for in, want := range map[string][]string{
		"By Jane Doe and John Roe":     {"Jane Doe", "John Roe"},
		"Jane Doe, John Roe & Ann Poe": {"Jane Doe", "John Roe", "Ann Poe"},
		"https://facebook.com/jane":    nil,
		"Sandra Anderson":              {"Sandra Anderson"},
	} {
		if got := splitNames(in); !slices.Equal(got, want) {
			t.Errorf("splitNames(%q) = %q, want %q", in, got, want)
		}
	}
}
