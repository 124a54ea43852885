package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkInvariants verifies what every Extract result must satisfy: valid
// rune offsets, Text equal to the input runes it claims, a known kind.
func checkInvariants(t *testing.T, input string, res Result) {
	t.Helper()
	r := []rune(input)
	for i, q := range res.Quotes {
		if q.Start < 0 || q.End < q.Start || q.End > len(r) {
			t.Fatalf("quote %d: bad range [%d,%d) for %d runes", i, q.Start, q.End, len(r))
		}
		if got := string(r[q.Start:q.End]); got != q.Text {
			t.Fatalf("quote %d: text %q != input[%d:%d] %q", i, q.Text, q.Start, q.End, got)
		}
		switch q.Kind {
		case KindDirect, KindPartial, KindParaphrase:
		default:
			t.Fatalf("quote %d: unknown kind %q", i, q.Kind)
		}
		if !(q.SpeakerStart == -1 && q.SpeakerEnd == -1) &&
			(q.SpeakerStart < 0 || q.SpeakerEnd <= q.SpeakerStart || q.SpeakerEnd > len(r)) {
			t.Fatalf("quote %d: bad speaker range [%d,%d)", i, q.SpeakerStart, q.SpeakerEnd)
		}
		if q.Confidence < 0 || q.Confidence > 1 {
			t.Fatalf("quote %d: confidence %v", i, q.Confidence)
		}
		if strings.ContainsRune(q.Speaker, '\n') {
			t.Errorf("quote %d: speaker %q runs over a paragraph break", i, q.Speaker)
		}
		if i > 0 && res.Quotes[i-1].Start > q.Start {
			t.Fatalf("quotes not in text order at %d", i)
		}
	}
}

// findDemo locates the product's demo article the same way the evaluation
// finds PolNeAR: walking up from the working directory to shared/corpus.
func findDemo(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		p := filepath.Join(dir, "shared", "corpus", "ftc-twitter-article.txt")
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			if os.Getenv("CI") == "true" {
				t.Fatal("shared/corpus/ftc-twitter-article.txt not found")
			}
			t.Skip("demo article not found")
		}
		dir = parent
	}
}

// TestDemoArticle pins down the full output for the product's demo article.
func TestDemoArticle(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile(findDemo(t))
	if err != nil {
		t.Fatal(err)
	}
	input := string(raw)
	res := Extract(input)
	checkInvariants(t, input, res)
	r := []rune(input)

	type want struct {
		kind, text, speaker, title, cue, via, mention string
	}
	const (
		blog   = "business blog on the FTC’s website"
		levine = "leader of FTC’s Bureau of Consumer Protection"
		kieran = "chief privacy officer"
		spox   = "Twitter spokesperson"
	)
	wants := []want{
		{KindParaphrase, "Twitter collected user information for “security purposes” and then sold it commercially", "the complaint", "", "said", "", "The complaint"},
		{KindPartial, "security purposes", "the complaint", "", "said", "", "The complaint"},
		{KindDirect, "Twitter asked users for personal information for the express purpose of securing their accounts, but then also used it to serve targeted ads for Twitter’s financial benefit,", blog, "", "read", "", "a business blog"},
		{KindDirect, "It wasn’t Twitter’s first alleged violation of the FTC Act, but this one will cost the company $150 million in civil penalties.", blog, "", "read", "", "a business blog"},
		{KindParaphrase, "Twitter exploited users’ data for its own advantage", "complaint", "", "alleging", "", "a complaint"},
		{KindParaphrase, "Twitter Faced substantial fines if it lied about “the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.”", "the order", "", "warned", "", "The order"},
		{KindPartial, "the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.", "the order", "", "warned", "", "The order"},
		{KindParaphrase, "users were targeted with ads after Twitter sold user data originally claimed to be for “security purposes.”", "Lina Khan", "FTC chair", "said", "NPR", "FTC chair Lina Khan"},
		{KindPartial, "security purposes.", "Lina Khan", "FTC chair", "said", "NPR", "FTC chair Lina Khan"},
		{KindDirect, "As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes but then ended up also using the data to target users with ads,", "Lina Khan", "FTC chair", "said", "NPR", "she"},
		{KindParaphrase, "the platforms tactics were deliberately deceitful", "Sam Levine", levine, "said", "NPR", "Levine"},
		{KindParaphrase, "if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them", "Sam Levine", levine, "said", "NPR", "He"},
		{KindParaphrase, "Twitter had a resounding “Yes!” statement that user data “may have been inadvertently used for advertising” and the platform was now “aligned” with the FTC to “ensure that people’s personal data remains secure and their privacy protected.”", spox, "", "stated", "", "A Twitter spokesperson"},
		{KindPartial, "Yes!", spox, "", "stated", "", "A Twitter spokesperson"},
		{KindPartial, "may have been inadvertently used for advertising", spox, "", "stated", "", "A Twitter spokesperson"},
		{KindPartial, "aligned", spox, "", "stated", "", "A Twitter spokesperson"},
		{KindPartial, "ensure that people’s personal data remains secure and their privacy protected.", spox, "", "stated", "", "A Twitter spokesperson"},
		{KindDirect, "[W]e have aligned with the agency on operational updates and program enhancements to ensure that people’s personal data remains secure and their privacy protected,", "Damien Kieran", kieran, "said", "", "Damien Kieran"},
		{KindDirect, "Moving forward, we will continue to make investments in this work, including building and evolving processes, implementing technical measures, and conducting regular auditing and reporting to ensure we are mitigating risk at every level and function at Twitter,", "Damien Kieran", kieran, "added", "", "Kieran"},
		{KindDirect, "We will also continue to partner with the FTC, and our security and privacy regulators around the world, on our shared mission of building useful products and services that meet our customers’ needs while keeping the information they share with us secure and respectful of their privacy.", "Damien Kieran", kieran, "added", "", "Kieran"},
	}
	if len(res.Quotes) != len(wants) {
		for _, q := range res.Quotes {
			b, _ := json.Marshal(q)
			t.Log(string(b))
		}
		t.Fatalf("got %d quotes, want %d", len(res.Quotes), len(wants))
	}
	for i, w := range wants {
		q := res.Quotes[i]
		m := ""
		if q.SpeakerStart >= 0 {
			m = string(r[q.SpeakerStart:q.SpeakerEnd])
		}
		got := want{q.Kind, q.Text, q.Speaker, q.SpeakerTitle, q.Cue, q.Via, m}
		if got != w {
			t.Errorf("quote %d:\n got %+v\nwant %+v", i, got, w)
		}
		if !q.Likely {
			t.Errorf("quote %d %q held back as unlikely", i, q.Text)
		}
	}
	// Nothing comes from the boilerplate after the article.
	boiler := utf8.RuneCountInString(input[:strings.Index(input, "Conservatives are being attacked")])
	for _, q := range res.Quotes {
		if q.End > boiler {
			t.Errorf("quote from the boilerplate: %q", q.Text)
		}
	}
	// The closing quote is followed by a no-break space; the text must not
	// swallow it.
	last := res.Quotes[len(res.Quotes)-1]
	if strings.HasSuffix(last.Text, "\u00a0") || !strings.HasSuffix(last.Text, "privacy.") {
		t.Errorf("last quote ends badly: %q", last.Text)
	}
}

// TestEdgeCases covers inputs that have broken quote extractors before.
func TestEdgeCases(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		input string
		texts []string // expected direct/partial quote texts, in order
		spk   []string // expected speakers (same length as texts), or nil
	}{
		{"empty", "", nil, nil},
		{"blank", " \n\n \t", nil, nil},
		{"only marks", "“”\"\"“", nil, nil},
		{"unbalanced open", "He said, “we will win and keep on", []string{"we will win and keep on"}, nil},
		{"stray close", "It was fine,” she said. Nothing else.", nil, nil},
		{"apostrophes", "Twitter’s users don’t trust the company’s ’90s policies, Levine's team said.", nil, nil},
		{"nested single", "“She told me ‘no way’ twice,” Khan said.", []string{"She told me ‘no way’ twice,"}, []string{"Khan"}},
		{"straight quotes", `"We are done," said Sen. Ted Cruz.`, []string{"We are done,"}, []string{"Ted Cruz"}},
		{"split quote", "“First,” she said, “we vote.”", []string{"First,", "we vote."}, nil},
		{"multi paragraph", "Lina Khan said:\n\n“One.\n\n“Two.\n\n“Three.”\n\nThen she left.", []string{"One.", "Two.", "Three."}, []string{"Lina Khan", "Lina Khan", "Lina Khan"}},
		{"according to", "According to Sam Levine, “it is deceptive.”", []string{"it is deceptive."}, []string{"Sam Levine"}},
		{"short name", "FTC chair Lina Khan spoke first. “We act,” Khan said.", []string{"We act,"}, []string{"Lina Khan"}},
		{"html attribute", `<tweet author="@someone" id="12345">Hello</tweet>`, nil, nil},
		{"show title", "He said it on CBS’s “Face the Nation” on Sunday.", nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(c.input)
			checkInvariants(t, c.input, res)
			var texts, spk []string
			for _, q := range res.Quotes {
				if q.Kind != KindParaphrase {
					texts = append(texts, q.Text)
					spk = append(spk, q.Speaker)
				}
			}
			if strings.Join(texts, "|") != strings.Join(c.texts, "|") {
				t.Errorf("texts %q, want %q", texts, c.texts)
			}
			if c.spk != nil && strings.Join(spk, "|") != strings.Join(c.spk, "|") {
				t.Errorf("speakers %q, want %q", spk, c.spk)
			}
		})
	}
}

// TestLongInput makes sure a very long article is handled and stays fast.
func TestLongInput(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	for i := 0; i < 3000; i++ {
		b.WriteString("“We will keep going,” Sen. Ted Cruz said on Tuesday. He added that the plan “is working.”\n\n")
	}
	b.WriteString("“unterminated ") // a quote left open at the very end
	in := b.String()
	res := Extract(in)
	checkInvariants(t, in, res)
	if len(res.Quotes) < 6000 {
		t.Fatalf("got %d quotes, want at least 6000", len(res.Quotes))
	}
}

// FuzzExtract checks that Extract never panics and keeps its invariants.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", "“", "”", "\"", "“a”", "“a\n\n“b", "He said, “x,” she added. “y", "‘’'\"“”",
		"Khan said: “A.”\n\n“B.", "\xff\xfe“bad utf8”", "(“)” , said ,", "said said said “”",
		"According to NPR, FTC chair Lina Khan said users “were” targeted.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		res := Extract(s)
		checkInvariants(t, s, res)
	})
}

// TestJSONShape pins the wire format other tools rely on.
func TestJSONShape(t *testing.T) {
	t.Parallel()
	b, err := json.Marshal(Extract(""))
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"quotes":[]}` {
		t.Errorf("empty result encodes as %s", b)
	}
	b, err = json.Marshal(Extract("“We act,” said Lina Khan, the FTC chair, told NPR."))
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Quotes []map[string]any `json:"quotes"`
	}
	if err := json.Unmarshal(b, &v); err != nil || len(v.Quotes) == 0 {
		t.Fatalf("bad JSON %s: %v", b, err)
	}
	want := []string{"text", "start", "end", "kind", "speaker", "speaker_start", "speaker_end", "speaker_title", "cue", "via", "confidence", "likely"}
	if len(v.Quotes[0]) != len(want) {
		t.Errorf("keys %v, want %v", v.Quotes[0], want)
	}
	for _, k := range want {
		if _, ok := v.Quotes[0][k]; !ok {
			t.Errorf("missing key %q in %s", k, b)
		}
	}
}

// TestLikely checks the quotation filter on a small hand-written article
// (not from any corpus): scare quotes, the title of a book and a slogan
// are held back, with a low confidence; the speech is kept.
func TestLikely(t *testing.T) {
	t.Parallel()
	input := "The so-called “experts” were wrong again, and the book “Profiles in Courage” is back on the shelves.\n\n" +
		"Residents waved “Fix Our Roads” signs at the meeting.\n\n" +
		"“We cannot keep patching the same potholes every spring,” said Maria Lopez, the council chair."
	res := Extract(input)
	checkInvariants(t, input, res)
	likely := map[string]bool{
		"experts":             false,
		"Profiles in Courage": false,
		"Fix Our Roads":       false,
		"We cannot keep patching the same potholes every spring,": true,
	}
	if len(res.Quotes) != len(likely) {
		t.Fatalf("got %d quotes, want %d: %+v", len(res.Quotes), len(likely), res.Quotes)
	}
	for _, q := range res.Quotes {
		want, ok := likely[q.Text]
		switch {
		case !ok:
			t.Errorf("unexpected quote %q", q.Text)
		case q.Likely != want:
			t.Errorf("%q: likely %v, want %v", q.Text, q.Likely, want)
		case !q.Likely && q.Confidence > heldConfidence:
			t.Errorf("%q held back with confidence %v", q.Text, q.Confidence)
		}
	}
}

// TestTranscriptLabels checks that quoted transcript turns go to the
// speaker their label names, resolved to the full name given earlier, and
// that an unlabelled paragraph continues the turn before it.
func TestTranscriptLabels(t *testing.T) {
	t.Parallel()
	input := "Sen. Ann Smith spoke to Tom Jones on Sunday. Partial transcript as follows:\n\n" +
		"\"JONES: Senator, will you vote for the bill?\n\n" +
		"\"SMITH: I will, and I will tell you why.\n\n" +
		"\"It is good for the state.\n\n" +
		"\"VIDEO: The senator at the hearing.\""
	res := Extract(input)
	checkInvariants(t, input, res)
	r := []rune(input)
	wants := []struct{ text, speaker, mention string }{
		{"JONES: Senator, will you vote for the bill?", "Tom Jones", "JONES"},
		{"SMITH: I will, and I will tell you why.", "Ann Smith", "SMITH"},
		{"It is good for the state.", "Ann Smith", "SMITH"},
	}
	caption := "VIDEO: The senator at the hearing." // a caption: VIDEO is not a speaker
	if len(res.Quotes) != len(wants)+1 {
		t.Fatalf("got %d quotes, want %d: %+v", len(res.Quotes), len(wants)+1, res.Quotes)
	}
	mention := func(q Quote) string {
		if q.SpeakerStart < 0 {
			return ""
		}
		return string(r[q.SpeakerStart:q.SpeakerEnd])
	}
	for i, w := range wants {
		q := res.Quotes[i]
		if m := mention(q); q.Text != w.text || q.Speaker != w.speaker || m != w.mention {
			t.Errorf("quote %d: %q by %q at %q, want %q by %q at %q", i, q.Text, q.Speaker, m, w.text, w.speaker, w.mention)
		}
		if !q.Likely {
			t.Errorf("transcript turn %q held back", q.Text)
		}
	}
	if q := res.Quotes[len(wants)]; q.Text != caption || mention(q) == "VIDEO" {
		t.Errorf("caption %q attributed to %q at %q", q.Text, q.Speaker, mention(q))
	}
}
