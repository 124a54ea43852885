package stats

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/models"
)

// searchSource reads the newest Limit quotes a search finds, once, and
// counts their months and via outlets into d; the speakers and outlets
// they count come back as a source whose subqueries list them as
// literal rows, so the rankings and shares run as for any other scope
// without matching the search again for each.
func searchSource(db *gorm.DB, match *models.QuoteMatch, d *Dashboard) (source, error) {
	var rows []struct {
		PersonID    int64
		OutletID    *int64
		ViaOutletID *int64
		SortDate    string
	}
	err := db.Raw(`SELECT q.person_id, q.outlet_id, q.via_outlet_id, q.sort_date FROM quotes q WHERE `+match.Where+
		` ORDER BY q.id DESC LIMIT `+strconv.Itoa(Limit+1), match.Args...).Scan(&rows).Error
	if err != nil {
		return source{}, fmt.Errorf("quotes found: %w", err)
	}
	if len(rows) > Limit {
		rows, d.Capped = rows[:Limit], true
	}
	months := map[string]int64{}
	people := map[int64]int64{}
	outlets := map[int64]int64{}
	for _, r := range rows {
		d.Total++
		if r.ViaOutletID != nil {
			d.Via++
		}
		if r.SortDate == "" {
			d.Undated++
		} else {
			months[r.SortDate[:min(7, len(r.SortDate))]]++
		}
		people[r.PersonID]++
		if r.OutletID != nil {
			outlets[*r.OutletID]++
		}
	}
	d.HasVia = true
	dated := make([]Period, 0, len(months))
	for m, n := range months {
		dated = append(dated, Period{Period: m, N: n})
	}
	d.Timeline, d.Yearly = fillMonths(dated)
	return source{
		people:  literalCounts("person_id", people),
		outlets: literalCounts("outlet_id", outlets),
	}, nil
}

// literalCounts is a subquery that yields counts as (key, n) rows,
// written out as numbers: both engines name a VALUES list's columns
// column1, column2. The keys and counts are integers read from the
// database, so nothing in them needs quoting.
func literalCounts(key string, counts map[int64]int64) string {
	if len(counts) == 0 {
		return `SELECT 0 AS ` + key + `, 0 AS n WHERE 1 = 0`
	}
	ids := make([]int64, 0, len(counts))
	for id := range counts {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	var b strings.Builder
	b.WriteString(`SELECT v.column1 AS ` + key + `, v.column2 AS n FROM (VALUES `)
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "(%d,%d)", id, counts[id])
	}
	b.WriteString(`) AS v`)
	return b.String()
}
