// Package nearnames finds the records a name that is not in quotetrail
// may mean: "Lina Kahn" for Lina Khan, "Sen. Warren" or "Warren" for
// Elizabeth Warren, "E. Warren" likewise, "Jose Lopez" for José López,
// "NRP" for NPR and "National Public Radio" for NPR. It is asked only
// when a typed name matches no record, so that creating a near duplicate
// is a deliberate step.
package nearnames

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/hbollon/go-edlib"
	"golang.org/x/text/unicode/norm"

	"github.com/quotetrail/quotetrail/internal/plaintext"
	"github.com/quotetrail/quotetrail/models"
)

// Candidate is a record a typed name may mean.
type Candidate struct {
	ID   int64
	Name string // the record's name
	Slug string
	// Matched is the name of the record the typed one is near: its name,
	// or one of its other names.
	Matched string
	// Score orders candidates, closest first.
	Score int
}

// MaxCandidates bounds the names read for one lookup: people and
// outlets are few beside quotes, and one lookup reads each name once.
const MaxCandidates = 200000

// People are the people whose names or other names typed may mean,
// closest first, at most n.
func People(ctx context.Context, store *models.Store, typed string, n int) ([]Candidate, error) {
	return lookup(ctx, store, typed, n, `SELECT p.id, p.name, p.slug, p.name AS matched FROM people p
		UNION ALL SELECT p.id, p.name, p.slug, a.alias FROM person_aliases a JOIN people p ON p.id = a.person_id`)
}

// Outlets are the outlets whose names typed may mean, closest first, at
// most n.
func Outlets(ctx context.Context, store *models.Store, typed string, n int) ([]Candidate, error) {
	return lookup(ctx, store, typed, n, `SELECT id, name, slug, name AS matched FROM outlets`)
}

func lookup(ctx context.Context, store *models.Store, typed string, n int, query string) ([]Candidate, error) {
	want := Normalize(typed)
	if want == "" || plaintext.Check("name", typed) != nil {
		return nil, nil
	}
	rows, err := store.DB(ctx).Raw(query+` LIMIT ?`, MaxCandidates).Rows()
	if err != nil {
		return nil, fmt.Errorf("names near %q: %w", typed, err)
	}
	defer rows.Close()
	best := map[int64]Candidate{}
	for rows.Next() {
		var c Candidate
		if err := rows.Scan(&c.ID, &c.Name, &c.Slug, &c.Matched); err != nil {
			return nil, fmt.Errorf("names near %q: %w", typed, err)
		}
		score, ok := near(want, Normalize(c.Matched))
		if !ok {
			continue
		}
		c.Score = score
		if old, seen := best[c.ID]; !seen || score < old.Score {
			best[c.ID] = c
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("names near %q: %w", typed, err)
	}
	out := make([]Candidate, 0, len(best))
	for _, c := range best {
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b Candidate) int {
		return cmp.Or(cmp.Compare(a.Score, b.Score), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	if len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// Near tells whether typed may mean name; score is how far apart they
// are (0: the same but for case, accents, titles and punctuation).
func Near(typed, name string) (score int, ok bool) {
	return near(Normalize(typed), Normalize(name))
}

// titles are the words before or after a name that do not tell people
// apart: "Sen. Warren" is Warren, "Dr Jane Smith" is Jane Smith.
var titles = map[string]bool{
	"sen": true, "senator": true, "rep": true, "representative": true, "congressman": true, "congresswoman": true,
	"dr": true, "doctor": true, "mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "prof": true, "professor": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "rev": true, "reverend": true, "hon": true,
	"president": true, "vice": true, "gov": true, "governor": true, "mayor": true, "minister": true, "secretary": true,
	"judge": true, "justice": true, "chancellor": true, "premier": true, "king": true, "queen": true, "prince": true, "princess": true,
	"gen": true, "general": true, "col": true, "colonel": true, "capt": true, "captain": true, "lt": true, "sgt": true, "adm": true, "admiral": true,
	"jr": true, "sr": true, "the": true,
}

// Normalize is a name as Near compares it: lower case, without accents,
// punctuation or titles, its words separated by single spaces.
func Normalize(name string) string {
	// Decomposed, an accented letter is its letter and a mark, which is
	// dropped: José López is Jose Lopez.
	s := strings.Map(func(r rune) rune {
		switch {
		case unicode.Is(unicode.Mn, r):
			return -1
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return unicode.ToLower(r)
		case r == '\'' || r == '’':
			return -1 // O'Brien is obrien
		}
		return ' '
	}, norm.NFD.String(name))
	words := strings.Fields(s)
	kept := words[:0]
	for _, w := range words {
		if !titles[w] {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 {
		kept = words // a name that is all title words ("The Queen") stays
	}
	return strings.Join(kept, " ")
}

// allowed is how many edits a name of n letters may be from another and
// still be near it.
func allowed(n int) int {
	switch {
	case n < 3:
		return 0
	case n < 8:
		return 1
	case n < 16:
		return 2
	}
	return 3
}

// stopwords are left out of the initials of an outlet's name.
var stopwords = map[string]bool{"of": true, "and": true, "the": true, "for": true, "a": true, "on": true, "in": true}

func acronym(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if !stopwords[w] {
			b.WriteString(w[:1])
		}
	}
	return b.String()
}

func near(a, b string) (int, bool) {
	if a == "" || b == "" {
		return 0, false
	}
	if a == b {
		return 0, true
	}
	if d := edlib.OSADamerauLevenshteinDistance(a, b); d <= allowed(min(len(a), len(b))) {
		return d, true
	}
	ta, tb := strings.Fields(a), strings.Fields(b)
	last := tb[len(tb)-1]
	// A surname alone: "Warren", or "Waren".
	if len(ta) == 1 && len(tb) > 1 {
		if d := edlib.OSADamerauLevenshteinDistance(ta[0], last); d <= allowed(len(last)) && len(ta[0]) > 2 {
			return 3 + d, true
		}
	}
	// Initials for given names: "E. Warren", "J R R Tolkien".
	if len(ta) == len(tb) && len(ta) > 1 && ta[len(ta)-1] == last {
		initials := true
		for i := range len(ta) - 1 {
			if ta[i] != tb[i] && (len(ta[i]) != 1 || ta[i][0] != tb[i][0]) {
				initials = false
			}
		}
		if initials {
			return 2, true
		}
	}
	// An outlet's initials: "NPR" for National Public Radio, or the
	// other way round.
	if len(ta) == 1 && len(tb) > 1 && len(a) > 1 && acronym(tb) == a {
		return 1, true
	}
	if len(tb) == 1 && len(ta) > 1 && len(b) > 1 && acronym(ta) == b {
		return 1, true
	}
	return 0, false
}

// NearError asks the editor who they meant: the name they typed is no one
// in quotetrail, but near the people in Candidates.
type NearError struct {
	Typed      string
	Candidates []Candidate
	// Create is set when the editor asked for a new record: making one
	// so near another takes a second, deliberate answer.
	Create bool
	// Outlet is set when the name is an outlet's, not a person's.
	Outlet bool
}

func (e *NearError) Error() string {
	switch {
	case e.Outlet && e.Create:
		return fmt.Sprintf("“%s” is close to an outlet already in quotetrail. Pick the one you meant below, or say that this is a new outlet.", e.Typed)
	case e.Outlet:
		return fmt.Sprintf("There is no outlet called “%s”. Did you mean one below?", e.Typed)
	case e.Create:
		return fmt.Sprintf("“%s” is close to a name already in quotetrail. Pick who you meant below, or say that this is someone new.", e.Typed)
	}
	return fmt.Sprintf("There is no one called “%s”. Did you mean someone below?", e.Typed)
}

// Suggestions bounds the records a NearError offers.
const Suggestions = 5

// CheckPerson asks, with a *NearError, who a speaker typed is when no one
// has that name or other name but some are near it: always when the
// editor did not ask for a new person, and when they did unless they
// confirmed that this is someone new.
func CheckPerson(ctx context.Context, store *models.Store, typed string, create, confirmed bool) error {
	if typed == "" || (create && confirmed) {
		return nil
	}
	if _, err := store.FindPerson(ctx, typed); !errors.Is(err, models.ErrNotFound) {
		return err // known, or a failure
	}
	near, err := People(ctx, store, typed, Suggestions)
	if err != nil || len(near) == 0 {
		return err
	}
	return &NearError{Typed: typed, Candidates: near, Create: create}
}

// CheckOutlet is CheckPerson for an outlet's name.
func CheckOutlet(ctx context.Context, store *models.Store, typed string, create, confirmed bool) error {
	if typed == "" || (create && confirmed) {
		return nil
	}
	if _, err := store.FindOutlet(ctx, typed); !errors.Is(err, models.ErrNotFound) {
		return err
	}
	near, err := Outlets(ctx, store, typed, Suggestions)
	if err != nil || len(near) == 0 {
		return err
	}
	return &NearError{Typed: typed, Candidates: near, Create: create, Outlet: true}
}
