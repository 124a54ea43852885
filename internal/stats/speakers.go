package stats

import (
	"fmt"
	"slices"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/models"
)

// speakers fills the rankings and shares that come from who said the
// scope's quotes: the most quoted people and organisations, the kinds,
// genders and affiliations.
func speakers(db *gorm.DB, src source, d *Dashboard) error {
	var err error
	if d.People, err = topSpeakers(db, src, models.KindPerson); err != nil {
		return err
	}
	if d.Organisations, err = topSpeakers(db, src, models.KindOrganisation); err != nil {
		return err
	}
	if err := kindsAndGenders(db, src, d); err != nil {
		return err
	}
	return affiliations(db, src, d)
}

// topSpeakers is the Top most quoted speakers of kind in the scope.
func topSpeakers(db *gorm.DB, src source, kind string) ([]Count, error) {
	var out []Count
	err := db.Raw(`SELECT p.id, p.name, p.slug, p.kind, c.n FROM (`+src.people+`) AS c JOIN people p ON p.id = c.person_id
		WHERE p.kind = ? AND c.n > 0 ORDER BY c.n DESC, p.id LIMIT ?`, append(slices.Clip(src.pArgs), kind, Top)...).Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("most quoted of kind %s: %w", kind, err)
	}
	return out, nil
}

// kindLabels name the kinds of speaker as the dashboards show them.
var kindLabels = map[string]string{
	models.KindPerson: "People", models.KindOrganisation: "Organisations", models.KindRole: "Unnamed roles",
}

// KindLabel names a kind of speaker in the plural: "Unnamed roles".
func KindLabel(kind string) string {
	if l, ok := kindLabels[kind]; ok {
		return l
	}
	return kind
}

// kindsAndGenders splits the scope's quotes by their speakers' kind and
// by their recorded gender, in one pass over the speakers.
func kindsAndGenders(db *gorm.DB, src source, d *Dashboard) error {
	var rows []struct {
		Kind   string
		Gender string
		N      int64
	}
	err := db.Raw(`SELECT p.kind AS kind, p.gender AS gender, CAST(SUM(c.n) AS BIGINT) AS n FROM (`+src.people+`) AS c
		JOIN people p ON p.id = c.person_id GROUP BY p.kind, p.gender`, src.pArgs...).Scan(&rows).Error
	if err != nil {
		return fmt.Errorf("quotes by kind and gender: %w", err)
	}
	kinds := map[string]int64{}
	genders := map[string]int64{}
	for _, r := range rows {
		kinds[r.Kind] += r.N
		if r.Gender == "" {
			d.UnrecordedGender += r.N
		} else {
			genders[r.Gender] += r.N
		}
	}
	// Every kind, in the order the app lists them, even at zero: a
	// split shows what is absent too.
	for _, k := range models.PersonKinds {
		d.Kinds = append(d.Kinds, Count{Name: KindLabel(k), Kind: k, N: kinds[k]})
	}
	d.Genders = ranked(genders)
	return nil
}

// affiliations lists the Top affiliations of the scope's speakers by
// quotes, and counts the quotes of speakers with none recorded.
func affiliations(db *gorm.DB, src source, d *Dashboard) error {
	var rows []struct {
		Affiliation string
		N           int64
	}
	// One more than Top, since the unrecorded (empty) may be among them.
	err := db.Raw(`SELECT p.affiliation AS affiliation, CAST(SUM(c.n) AS BIGINT) AS n FROM (`+src.people+`) AS c
		JOIN people p ON p.id = c.person_id GROUP BY p.affiliation ORDER BY 2 DESC, 1 LIMIT ?`,
		append(slices.Clip(src.pArgs), Top+1)...).Scan(&rows).Error
	if err != nil {
		return fmt.Errorf("quotes by affiliation: %w", err)
	}
	var unrecorded int64
	for _, r := range rows {
		if r.Affiliation == "" {
			continue
		}
		if len(d.Affiliations) < Top {
			d.Affiliations = append(d.Affiliations, Count{Name: r.Affiliation, N: r.N})
		}
	}
	// The unrecorded are what the affiliations listed, and those past
	// the Top, do not account for: count them directly.
	err = db.Raw(`SELECT COALESCE(CAST(SUM(c.n) AS BIGINT), 0) FROM (`+src.people+`) AS c
		JOIN people p ON p.id = c.person_id WHERE p.affiliation = ''`, src.pArgs...).Scan(&unrecorded).Error
	if err != nil {
		return fmt.Errorf("quotes with no affiliation: %w", err)
	}
	d.UnrecordedAffil = unrecorded
	return nil
}

// ranked turns counts by name into a list, most first, then by name.
func ranked(m map[string]int64) []Count {
	out := make([]Count, 0, len(m))
	for name, n := range m {
		out = append(out, Count{Name: name, N: n})
	}
	slices.SortFunc(out, func(a, b Count) int {
		if a.N != b.N {
			if a.N > b.N {
				return -1
			}
			return 1
		}
		if a.Name < b.Name {
			return -1
		}
		if a.Name > b.Name {
			return 1
		}
		return 0
	})
	return out
}

// topOutlets is the Top outlets by the scope's quotes printed in them.
func topOutlets(db *gorm.DB, src source) ([]Count, error) {
	var out []Count
	err := db.Raw(`SELECT o.id, o.name, o.slug, CAST(SUM(c.n) AS BIGINT) AS n FROM (`+src.outlets+`) AS c JOIN outlets o ON o.id = c.outlet_id
		GROUP BY o.id, o.name, o.slug ORDER BY 4 DESC, 1 LIMIT ?`, append(slices.Clip(src.oArgs), Top)...).Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("outlets by quotes: %w", err)
	}
	return out, nil
}
