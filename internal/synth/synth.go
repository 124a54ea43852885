// Package synth makes synthetic quotes of a realistic shape for scale
// tests and benchmarks: a few speakers and outlets carry most of the
// quotes (Zipf), articles hold a handful of quotes each and get newer
// through the file, and quotes are news-length runs of words whose
// frequencies follow Zipf's law, so common words match a seventh of all
// quotes and rare ones a thousandth, as in real news text.
package synth

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"
	"time"
)

// Config sizes a data set. Zero fields take defaults scaled to Quotes.
type Config struct {
	Quotes   int
	Seed     uint64
	Speakers int // default Quotes/50, at least 50
	Outlets  int // default 300
}

// Line is one quote in quotetrail's import JSON lines.
type Line struct {
	Text         string   `json:"text"`
	Speaker      string   `json:"speaker"`
	SpeakerTitle string   `json:"speaker_title,omitempty"`
	Kind         string   `json:"kind"`
	Article      Article  `json:"article"`
	Via          string   `json:"via,omitempty"`
	Topics       []string `json:"topics,omitempty"`
}

// Article is the article of a Line.
type Article struct {
	Title     string   `json:"title"`
	URL       string   `json:"url"`
	Outlet    string   `json:"outlet"`
	Authors   []string `json:"authors,omitempty"`
	Published string   `json:"published"`
}

// Generator yields lines one at a time; the same Config yields the same
// lines.
type Generator struct {
	cfg      Config
	rng      *rand.Rand
	words    *rand.Zipf
	speakers *rand.Zipf
	outlets  *rand.Zipf
	n        int
	article  Article
	left     int // quotes left in the current article
	articles int
}

// New returns a generator for cfg.
func New(cfg Config) *Generator {
	if cfg.Speakers <= 0 {
		cfg.Speakers = max(50, cfg.Quotes/50)
	}
	if cfg.Outlets <= 0 {
		cfg.Outlets = 300
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x9e3779b97f4a7c15))
	return &Generator{
		cfg:      cfg,
		rng:      rng,
		words:    rand.NewZipf(rng, 1.07, 2, uint64(VocabularySize-1)),
		speakers: rand.NewZipf(rng, 1.1, 1, uint64(cfg.Speakers-1)),
		outlets:  rand.NewZipf(rng, 1.2, 1, uint64(cfg.Outlets-1)),
	}
}

// Next returns the next line, or false after Config.Quotes lines.
func (g *Generator) Next() (Line, bool) {
	if g.n >= g.cfg.Quotes {
		return Line{}, false
	}
	g.n++
	if g.left == 0 {
		g.newArticle()
	}
	g.left--
	sp := int(g.speakers.Uint64())
	l := Line{
		Text:    g.sentence(12 + g.rng.IntN(40)),
		Speaker: SpeakerName(sp),
		Kind:    "direct",
		Article: g.article,
	}
	if sp%3 == 0 {
		l.SpeakerTitle = titles[sp%len(titles)]
	}
	switch r := g.rng.IntN(10); {
	case r < 2:
		l.Kind = "partial"
	case r < 3:
		l.Kind = "paraphrase"
	}
	if g.rng.IntN(10) == 0 {
		l.Via = OutletName(int(g.outlets.Uint64()))
	}
	if g.rng.IntN(10) < 3 {
		l.Topics = []string{topics[g.rng.IntN(len(topics))]}
		if g.rng.IntN(3) == 0 {
			l.Topics = append(l.Topics, topics[g.rng.IntN(len(topics))])
		}
	}
	return l, true
}

// newArticle starts an article of one to nine quotes; articles get newer
// through the file, from 2015 to 2025.
func (g *Generator) newArticle() {
	g.articles++
	o := int(g.outlets.Uint64())
	title := g.sentence(5 + g.rng.IntN(6))
	day := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.n*3650/max(g.cfg.Quotes, 1)+g.rng.IntN(5))
	g.article = Article{
		Title:     strings.ToUpper(title[:1]) + title[1:],
		URL:       fmt.Sprintf("https://www.%s/%s/%s-%d", OutletDomain(o), day.Format("2006/01/02"), slug(title), g.articles),
		Outlet:    OutletName(o),
		Published: day.Format(time.DateOnly),
	}
	if g.rng.IntN(2) == 0 {
		g.article.Authors = []string{SpeakerName(g.cfg.Speakers + g.rng.IntN(5000))}
	}
	g.left = 1 + g.rng.IntN(9)
}

func (g *Generator) sentence(words int) string {
	var b strings.Builder
	for i := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(Word(int(g.words.Uint64())))
		if i > 0 && i < words-1 && g.rng.IntN(12) == 0 {
			b.WriteByte(',')
		}
	}
	b.WriteByte('.')
	return b.String()
}

func slug(title string) string {
	f := strings.Fields(strings.ToLower(strings.Trim(title, ".")))
	if len(f) > 6 {
		f = f[:6]
	}
	return strings.ReplaceAll(strings.Join(f, "-"), ",", "")
}

// Write writes cfg.Quotes JSON lines to w.
func Write(w io.Writer, cfg Config) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	g := New(cfg)
	for {
		l, ok := g.Next()
		if !ok {
			break
		}
		if err := enc.Encode(l); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// VocabularySize is how many distinct words quotes are made of.
const VocabularySize = 40000

// Word is the word of frequency rank r (0 is the most frequent): real
// English for the first few hundred ranks, made-up but pronounceable
// words after, each rank always the same word.
func Word(r int) string {
	if r < len(common) {
		return common[r]
	}
	var b strings.Builder
	n := r - len(common)
	for i := 0; i < 2 || n > 0; i++ {
		b.WriteString(onsets[n%len(onsets)])
		n /= len(onsets)
		b.WriteString(vowels[n%len(vowels)])
		n /= len(vowels)
	}
	b.WriteString(codas[r%len(codas)])
	return b.String()
}

// SpeakerName is the name of speaker i; low i are the most quoted.
func SpeakerName(i int) string {
	name := firstNames[i%len(firstNames)] + " " + lastNames[(i/len(firstNames))%len(lastNames)]
	if n := i / (len(firstNames) * len(lastNames)); n > 0 {
		name = firstNames[i%len(firstNames)] + " " + string(rune('A'+(n-1)%26)) + ". " + lastNames[(i/len(firstNames))%len(lastNames)]
		if n > 26 {
			name += fmt.Sprintf(" %d", n/26+1)
		}
	}
	return name
}

// OutletName is the name of outlet i; low i print the most.
func OutletName(i int) string {
	return outletPrefixes[i%len(outletPrefixes)] + " " + outletSuffixes[(i/len(outletPrefixes))%len(outletSuffixes)] + suffixNumber(i)
}

// OutletDomain is outlet i's web domain.
func OutletDomain(i int) string {
	return strings.ToLower(strings.ReplaceAll(OutletName(i), " ", "")) + ".example"
}

func suffixNumber(i int) string {
	if n := i / (len(outletPrefixes) * len(outletSuffixes)); n > 0 {
		return fmt.Sprintf(" %d", n+1)
	}
	return ""
}

var (
	onsets = []string{"b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "cl", "dr", "gr", "pl", "st", "tr", "sh", "ch", "th"}
	vowels = []string{"a", "e", "i", "o", "u", "ai", "ea", "ou"}
	codas  = []string{"", "n", "r", "s", "t", "l", "m", "nd", "st", "ck"}

	firstNames = []string{"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
		"William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos", "Karen", "Wei", "Lina",
		"Ahmed", "Fatima", "Olga", "Hiroshi", "Priya", "Kwame", "Ana", "Lars", "Ingrid", "Mateo", "Chloe", "Omar", "Yuki", "Ravi",
		"Elena", "Pierre", "Amara", "Sven"}
	lastNames = []string{"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
		"Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Khan",
		"Nguyen", "Chen", "Kowalski", "Schmidt", "Rossi", "Dubois", "Tanaka", "Okafor", "Singh", "Ivanova", "Larsen", "Silva",
		"Haddad", "Novak", "Kim", "Park", "Osei", "Berg", "Costa", "Fischer", "Moreau", "Sato", "Patel", "Ali", "Bauer", "Walsh",
		"Byrne", "Murphy"}
	outletPrefixes = []string{"Daily", "Morning", "Evening", "National", "Global", "City", "Metro", "Capital", "Valley", "Coastal",
		"Northern", "Southern", "Eastern", "Western", "Independent", "Public", "Free", "United", "Central", "Harbor"}
	outletSuffixes = []string{"Herald", "Tribune", "Times", "Post", "Gazette", "Chronicle", "Observer", "Courier", "Journal",
		"Review", "Monitor", "Dispatch", "Ledger", "Standard", "Express"}
	titles = []string{"minister", "senator", "chief executive", "spokesperson", "professor", "mayor", "governor", "analyst",
		"director", "chair", "economist", "coach"}
	topics = []string{"privacy", "economy", "health", "climate", "elections", "security", "technology", "education", "housing",
		"energy", "trade", "immigration", "justice", "transport", "sport", "culture", "science", "labour", "defence", "media"}

	// common are the most frequent words of English news, in rough order
	// of frequency.
	common = uniqueWords(`the to of and a in that is for it on we said be this with have are will not as at they
		was but our people by from he has you an all about there what more their been would can i government which one do
		so if new year who said it's very time also state just up out when there's other because president country now
		make like think need over going take some them us into than only could years first public these two security
		policy work last support should any how get many most back well against way after right law even market percent
		plan while health where say world where those money week then made want economic being before national part
		both since down help including through under decision police business officials change report city companies
		between each every long company told information system important issue best already still group high know
		data today whether minister process next local children political sure clear program care next across community
		federal administration things trade continue service hard good ago added need rates workers need lot really move
		order privacy families women schools budget families power future military action possible growth court vote
		election water climate energy war prices taxes jobs bank global price investment agreement crisis recovery
		deal industry level since risk case rules access safety reform evidence measures protect protection response
		leaders nation council committee statement private privately privilege priority prison prize probably problem
		procedure proceed produce product production professional progress project promise proposal prosecutor
		protest prove provide province provision quality question quickly raise range rather reach ready real reason
		receive recent recognise record reduce region regulators relationship release remain remember remove research
		resource respect responsibility result return review role rule safe saying scale season second sector secure
		senior sense serious services set share short side sign significant simple situation small social society
		source space speak special spending staff stage standard start step strategy strong student study success
		system talk target team technology term test thing thought threat together total town track training travel
		treatment trust truth understand union university value victims view violence vision wait war watch wealth
		weapons welfare whole wide win within without word worker working worry young youth zone`)
)

// Common returns a word that occurs in roughly frac of all quotes
// (0.14 for a word like "government" in real news), for benchmarks.
func Common(frac float64) string {
	// With 12–51 words a quote (31.5 on average) drawn from Zipf(1.07)
	// over VocabularySize words, rank r appears in about
	// 1-(1-p(r))^31.5 of quotes; walk the ranks to find frac.
	h := 0.0
	for k := 0; k < VocabularySize; k++ {
		h += math.Pow(float64(k+2), -1.07)
	}
	for r := 0; r < VocabularySize; r++ {
		p := math.Pow(float64(r+2), -1.07) / h
		if 1-math.Pow(1-p, 31.5) <= frac {
			return Word(r)
		}
	}
	return Word(VocabularySize - 1)
}

// uniqueWords splits s into words, keeping the first of each.
func uniqueWords(s string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range strings.Fields(s) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}
