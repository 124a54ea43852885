package query_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/search/query"
)

func TestParseQuery(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in, want string
		noted    bool
	}{
		{`privacy`, `"privacy"`, false},
		{`security purposes`, `("security" AND "purposes")`, false},
		{`"security purposes"`, `"security purposes"`, false},
		{`priv*`, `"priv"*`, false},
		{`"security pur"*`, `"security pur"*`, false},
		{`twitter OR ftc`, `("twitter" OR "ftc")`, false},
		{`twitter AND ftc`, `("twitter" AND "ftc")`, false},
		{`privacy NOT twitter`, `("privacy" NOT "twitter")`, false},
		{`privacy -twitter`, `("privacy" NOT "twitter")`, false},
		{`(ads OR advertising) twitter`, `(("ads" OR "advertising") AND "twitter")`, false},
		{`speaker:khan security`, `(speaker : "khan" AND "security")`, false},
		{`speaker:"lina khan"`, `speaker : "lina khan"`, false},
		{`and or not`, `("and" AND "or" AND "not")`, false},
		{`it's`, `"it's"`, false},
		{`say "hi`, `("say" AND "hi")`, true},
		{`"unclosed`, `"unclosed"`, true},
		{`(privacy`, `"privacy"`, true},
		{`privacy)`, `"privacy"`, true},
		{`privacy OR`, `"privacy"`, true},
		{`OR privacy`, `"privacy"`, true},
		{`AND privacy`, `"privacy"`, true},
		{`privacy NOT`, `"privacy"`, true},
		{`NOT privacy`, ``, true},
		{`-privacy`, ``, true},
		{`***`, ``, true},
		{`""`, ``, true},
		{`()`, ``, false},
		{`))((`, ``, true},
		{`a"b`, `("a" AND "b")`, true},
		{`tags:p1`, `"tags:p1"`, false},
		{`NEAR(a b)`, `("NEAR" AND ("a" AND "b"))`, false},
		{`col:umn"`, `"col:umn"`, true},
		{`qq*`, `{text speaker article outlet} : ("qq"*)`, false},
		// Prefixes cost a read of every word they start: one letter is
		// too few, and five are too many.
		{`a*`, `"a"`, true},
		{`a* OR b* OR c*`, `("a" OR "b" OR "c")`, true},
		{`ab* OR ac* OR ad* OR ae* OR af*`, `("ab"* OR "ac"* OR "ad"* OR "ae"* OR "af")`, true},
		{`qqt*`, ``, true},
		{`qqtp1`, ``, true},
		{`privacy QQTkdirect`, `"privacy"`, true},
		{"", ``, false},
		{"   ", ``, false},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got := query.ParseQuery(c.in)
			if got.Expr != c.want {
				t.Errorf("ParseQuery(%q).Expr = %s, want %s", c.in, got.Expr, c.want)
			}
			if (len(got.Notes) > 0) != c.noted {
				t.Errorf("ParseQuery(%q).Notes = %q, want notes: %v", c.in, got.Notes, c.noted)
			}
		})
	}
}

// PostgreSQL is asked the same query as SQLite, written as a tsquery
// whose lexemes are folded as the document's words are.
func TestTSQuery(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, want string }{
		{`privacy`, `'privacy'`},
		{`"security purposes"`, `('security' <-> 'purposes')`},
		{`speaker:khan priv*`, `('khan':B & 'priv':*)`},
		{`ads OR -twitter café`, `('ads' | ('cafe' & !'twitter'))`},
		{`it's`, `('it' <-> 's')`},
		{`NOT x`, ``},
	} {
		q := query.ParseQuery(c.in)
		if got := q.TSQuery(); got != c.want {
			t.Errorf("ParseQuery(%q).TSQuery() = %s, want %s", c.in, got, c.want)
		}
		if q.Empty() != (c.want == "") {
			t.Errorf("ParseQuery(%q).Empty() = %v", c.in, q.Empty())
		}
	}
}

// A picker's typed words are all looked for in one field, the last as
// a prefix.
func TestCompletion(t *testing.T) {
	t.Parallel()
	q := query.Completion("article", []string{"twitter", "fi"})
	if want := `(article : "twitter" AND article : "fi"*)`; q.Expr != want {
		t.Errorf("Completion().Expr = %s, want %s", q.Expr, want)
	}
	if want := `('twitter':C & 'fi':*C)`; q.TSQuery() != want {
		t.Errorf("Completion().TSQuery() = %s, want %s", q.TSQuery(), want)
	}
	if !query.Completion("article", nil).Empty() {
		t.Errorf("Completion of no words is not empty")
	}
}

// Words in quotation marks are exact, bare words stemmed; a query of one
// kind is one part, a mixed one is cut where the kinds meet.
func TestCond(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in   string
		want string
	}{
		{`penalty`, `stem("penalty")`},
		{`"penalty"`, `exact("penalty")`},
		{`"world cup" final`, `all(exact("world cup"), stem("final"))`},
		{`privacy NOT twitter`, `stem(("privacy" NOT "twitter"))`},
		{`privacy -"twitter"`, `all(stem("privacy") not exact("twitter"))`},
		{`a OR "b"`, `any(stem("a"), exact("b"))`},
		{`pro*`, `stem("pro"*)`},
	} {
		if got := condString(query.ParseQuery(c.in).Cond()); got != c.want {
			t.Errorf("ParseQuery(%q).Cond() = %s, want %s", c.in, got, c.want)
		}
	}
}

func condString(c query.Cond) string {
	if c.Part != nil {
		if c.Part.Exact {
			return "exact(" + c.Part.FTS5() + ")"
		}
		return "stem(" + c.Part.FTS5() + ")"
	}
	list := func(cs []query.Cond) string {
		var s []string
		for _, k := range cs {
			s = append(s, condString(k))
		}
		return strings.Join(s, ", ")
	}
	if len(c.Any) > 0 {
		return "any(" + list(c.Any) + ")"
	}
	s := "all(" + list(c.All)
	if len(c.Not) > 0 {
		s += " not " + list(c.Not)
	}
	return s + ")"
}

// A note about what was ignored quotes it as it was typed.
func TestNotesQuoteWhatWasTyped(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		`"((`:         `ignored “"((”: it holds no letters or digits`,
		`*** privacy`: `ignored “***”: it holds no letters or digits`,
	} {
		notes := query.ParseQuery(in).Notes
		if !slices.Contains(notes, want) {
			t.Errorf("ParseQuery(%q).Notes = %q, want %q among them", in, notes, want)
		}
	}
}
