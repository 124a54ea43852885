package stats

import (
	"fmt"
	"slices"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/models"
)

// speakers fills the rankings and shares that come from who said the
// scope's quotes: the most quoted people and organisations, the kinds,
// genders and affiliations: a ranking of each kind, and one pass that
// adds the quotes up by kind, gender and affiliation together.
func speakers(db *gorm.DB, src source, d *Dashboard) error {
	// Rank each kind on the numbers alone (a top-ten sort, cheaper than
	// ranking every speaker), then name the few ranked.
	for _, kind := range []string{models.KindPerson, models.KindOrganisation} {
		var top []Count
		err := db.Raw(`SELECT p.id, p.kind, c.n FROM (`+src.people+`) AS c JOIN people p ON p.id = c.person_id
			WHERE p.kind = ? AND c.n > 0 ORDER BY c.n DESC, p.id LIMIT ?`, append(slices.Clip(src.pArgs), kind, Top)...).Scan(&top).Error
		if err != nil {
			return fmt.Errorf("most quoted of kind %s: %w", kind, err)
		}
		if err := nameCounts(db, "people", top); err != nil {
			return err
		}
		if kind == models.KindPerson {
			d.People = top
		} else {
			d.Organisations = top
		}
	}
	var rows []struct {
		Kind, Gender, Affiliation string
		N                         int64
	}
	err := db.Raw(`SELECT p.kind AS kind, p.gender AS gender, p.affiliation AS affiliation, CAST(SUM(c.n) AS BIGINT) AS n
		FROM (`+src.people+`) AS c JOIN people p ON p.id = c.person_id GROUP BY p.kind, p.gender, p.affiliation`, src.pArgs...).Scan(&rows).Error
	if err != nil {
		return fmt.Errorf("quotes by kind, gender and affiliation: %w", err)
	}
	kinds, genders, affils := map[string]int64{}, map[string]int64{}, map[string]int64{}
	for _, r := range rows {
		kinds[r.Kind] += r.N
		if r.Gender == "" {
			d.UnrecordedGender += r.N
		} else {
			genders[r.Gender] += r.N
		}
		if r.Affiliation == "" {
			d.UnrecordedAffil += r.N
		} else {
			affils[r.Affiliation] += r.N
		}
	}
	// Every kind, in the order the app lists them, even at zero: a
	// split shows what is absent too.
	for _, k := range models.PersonKinds {
		d.Kinds = append(d.Kinds, Count{Name: KindLabel(k), Kind: k, N: kinds[k]})
	}
	d.Genders = ranked(genders)
	d.Affiliations = ranked(affils)
	d.Affiliations = d.Affiliations[:min(Top, len(d.Affiliations))]
	return nil
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
