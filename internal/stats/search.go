package stats

import (
	"database/sql"
	"fmt"
	"slices"
	"strconv"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/models"
)

// searchDashboard counts the newest Limit quotes a search finds into d.
// No count table knows a search's quotes, so it reads them, once, with
// what it needs of their speakers, and counts in Go; only the names of
// the few speakers and outlets it ranks are read afterwards.
func searchDashboard(db *gorm.DB, match *models.QuoteMatch, d *Dashboard) error {
	rows, err := db.Raw(`SELECT q.person_id, p.kind, p.gender, p.affiliation, q.outlet_id, q.via_outlet_id, q.sort_date
		FROM quotes q JOIN people p ON p.id = q.person_id WHERE `+match.Where+
		` ORDER BY q.id DESC LIMIT `+strconv.Itoa(Limit+1), match.Args...).Rows()
	if err != nil {
		return fmt.Errorf("quotes found: %w", err)
	}
	defer rows.Close()
	months := map[string]int64{}
	people := map[int64]*Count{}
	outlets := map[int64]int64{}
	kinds, genders, affils := map[string]int64{}, map[string]int64{}, map[string]int64{}
	for rows.Next() {
		if d.Total == Limit {
			d.Capped = true
			break
		}
		var (
			personID                  int64
			kind, gender, affil, date string
			outletID, viaID           sql.NullInt64
		)
		if err := rows.Scan(&personID, &kind, &gender, &affil, &outletID, &viaID, &date); err != nil {
			return fmt.Errorf("quotes found: %w", err)
		}
		d.Total++
		if viaID.Valid {
			d.Via++
		}
		if date == "" {
			d.Undated++
		} else {
			months[date[:min(7, len(date))]]++
		}
		if p := people[personID]; p != nil {
			p.N++
		} else {
			people[personID] = &Count{ID: personID, Kind: kind, N: 1}
		}
		if outletID.Valid {
			outlets[outletID.Int64]++
		}
		kinds[kind]++
		if gender == "" {
			d.UnrecordedGender++
		} else {
			genders[gender]++
		}
		if affil == "" {
			d.UnrecordedAffil++
		} else {
			affils[affil]++
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("quotes found: %w", err)
	}
	rows.Close()

	d.HasVia = true
	dated := make([]Period, 0, len(months))
	for m, n := range months {
		dated = append(dated, Period{Period: m, N: n})
	}
	d.Timeline, d.Yearly = fillMonths(dated)
	for _, k := range models.PersonKinds {
		d.Kinds = append(d.Kinds, Count{Name: KindLabel(k), Kind: k, N: kinds[k]})
	}
	d.Genders = ranked(genders)
	d.Affiliations = ranked(affils)
	d.Affiliations = d.Affiliations[:min(Top, len(d.Affiliations))]
	if d.People, err = namedSpeakers(db, people, models.KindPerson); err != nil {
		return err
	}
	if d.Organisations, err = namedSpeakers(db, people, models.KindOrganisation); err != nil {
		return err
	}
	d.Outlets, err = namedOutlets(db, outlets)
	return err
}

// mostFirst orders counts most first, then by ID.
func mostFirst(a, b Count) int {
	if a.N != b.N {
		if a.N > b.N {
			return -1
		}
		return 1
	}
	if a.ID < b.ID {
		return -1
	}
	if a.ID > b.ID {
		return 1
	}
	return 0
}

// namedSpeakers is the Top speakers of kind among counts, with their
// names.
func namedSpeakers(db *gorm.DB, counts map[int64]*Count, kind string) ([]Count, error) {
	var top []Count
	for _, c := range counts {
		if c.Kind == kind {
			top = append(top, *c)
		}
	}
	slices.SortFunc(top, mostFirst)
	top = top[:min(Top, len(top))]
	if len(top) == 0 {
		return nil, nil
	}
	if err := nameCounts(db, "people", top); err != nil {
		return nil, err
	}
	return top, nil
}

// namedOutlets is the Top outlets among counts, with their names.
func namedOutlets(db *gorm.DB, counts map[int64]int64) ([]Count, error) {
	top := make([]Count, 0, len(counts))
	for id, n := range counts {
		top = append(top, Count{ID: id, N: n})
	}
	slices.SortFunc(top, mostFirst)
	top = top[:min(Top, len(top))]
	if len(top) == 0 {
		return nil, nil
	}
	if err := nameCounts(db, "outlets", top); err != nil {
		return nil, err
	}
	return top, nil
}

// nameCounts fills in the names and slugs of counts, rows of table
// (people or outlets) by ID.
func nameCounts(db *gorm.DB, table string, counts []Count) error {
	if len(counts) == 0 {
		return nil
	}
	ids := make([]int64, len(counts))
	for i, c := range counts {
		ids[i] = c.ID
	}
	var names []Count
	if err := db.Raw(`SELECT id, name, slug FROM `+table+` WHERE id IN ?`, ids).Scan(&names).Error; err != nil {
		return fmt.Errorf("names from %s: %w", table, err)
	}
	byID := make(map[int64]Count, len(names))
	for _, n := range names {
		byID[n.ID] = n
	}
	for i := range counts {
		counts[i].Name, counts[i].Slug = byID[counts[i].ID].Name, byID[counts[i].ID].Slug
	}
	return nil
}
