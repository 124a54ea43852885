package query_test

import (
	"database/sql"
	"testing"

	_ "github.com/mattn/go-sqlite3"

	"github.com/quotetrail/quotetrail/internal/search/query"
)

// Stem marks the words the stems' index matched, so it must stem as
// SQLite's porter tokenizer does: every word here is stemmed by both and
// compared.
func TestStemIsSQLitesPorter(t *testing.T) {
	t.Parallel()
	words := []string{
		"penalty", "penalties", "caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "plastered", "bled",
		"motoring", "sing", "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed",
		"failing", "filing", "happy", "sky", "relational", "conditional", "rational", "valenci", "hesitanci",
		"digitizer", "conformabli", "radicalli", "differentli", "vileli", "analogousli", "vietnamization",
		"predication", "operator", "feudalism", "decisiveness", "hopefulness", "callousness", "formaliti",
		"sensitiviti", "sensibiliti", "triplicate", "formative", "formalize", "electriciti", "electrical",
		"hopeful", "goodness", "revival", "allowance", "inference", "airliner", "gyroscopic", "adjustable",
		"defensible", "irritant", "replacement", "adjustment", "dependent", "adoption", "homologou",
		"communism", "activate", "angulariti", "homologous", "effective", "bowdlerize", "probate", "rate",
		"cease", "controll", "roll", "security", "secure", "securing", "privacy", "private", "government",
		"generalizations", "oscillators", "abc", "ab", "yyy", "eed", "ied", "ying", "news", "was", "the",
		"agreement", "argument", "discussing", "ceo", "2024s", "café", "naïve", "über", "données",
	}
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, stmt := range []string{
		`CREATE VIRTUAL TABLE stems USING fts5(w, tokenize = 'porter unicode61 remove_diacritics 2')`,
		`CREATE VIRTUAL TABLE stems_words USING fts5vocab(stems, instance)`,
	} {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatal(err)
		}
	}
	for i, w := range words {
		if _, err := db.Exec(`INSERT INTO stems (rowid, w) VALUES (?, ?)`, i+1, w); err != nil {
			t.Fatal(err)
		}
	}
	rows, err := db.Query(`SELECT doc, term FROM stems_words`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var doc int
		var term string
		if err := rows.Scan(&doc, &term); err != nil {
			t.Fatal(err)
		}
		n++
		w := query.IndexWords(words[doc-1])[0]
		if got := query.Stem(w); got != term {
			t.Errorf("Stem(%q) = %q, SQLite's porter %q", w, got, term)
		}
	}
	if n != len(words) {
		t.Errorf("SQLite stemmed %d words of %d", n, len(words))
	}
}
