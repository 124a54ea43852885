package stats

import (
	"fmt"
	"slices"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/models"
)

// speakers fills the rankings and shares that come from who said the
// scope's quotes: the most quoted people and organisations, the kinds,
// genders and affiliations. Two passes over the scope's speakers: one
// ranks both kinds at once, one adds the quotes up by kind, gender and
// affiliation together.
func speakers(db *gorm.DB, src source, d *Dashboard) error {
	// Rank on the numbers alone, then name the few ranked: the names
	// need not be sorted with every speaker's row.
	var top []Count
	err := db.Raw(`SELECT t.id, t.kind, t.n FROM (
			SELECT p.id, p.kind, c.n, ROW_NUMBER() OVER (PARTITION BY p.kind ORDER BY c.n DESC, p.id) AS r
			FROM (`+src.people+`) AS c JOIN people p ON p.id = c.person_id WHERE p.kind IN (?, ?) AND c.n > 0) AS t
		WHERE t.r <= ? ORDER BY t.n DESC, t.id`, append(slices.Clip(src.pArgs), models.KindPerson, models.KindOrganisation, Top)...).Scan(&top).Error
	if err != nil {
		return fmt.Errorf("most quoted: %w", err)
	}
	if err := nameCounts(db, "people", top); err != nil {
		return err
	}
	for _, c := range top {
		if c.Kind == models.KindPerson {
			d.People = append(d.People, c)
		} else {
			d.Organisations = append(d.Organisations, c)
		}
	}
	var rows []struct {
		Kind, Gender, Affiliation string
		N                         int64
	}
	err = db.Raw(`SELECT p.kind AS kind, p.gender AS gender, p.affiliation AS affiliation, CAST(SUM(c.n) AS BIGINT) AS n
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
