package schema

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// FacetCountDrift counts the rows where the per-speaker counts (kept by
// migration 4's triggers and BulkFacetsSQL) differ from a recount of the
// quotes: 0 when they are exact. It scans every quote, so it is for
// tests and checks, not pages.
func FacetCountDrift(ctx context.Context, db *gorm.DB) (int64, error) {
	recounts := []struct{ table, recount string }{
		{"person_year_counts", `SELECT person_id, substr(sort_date, 1, 4), COUNT(*) FROM quotes WHERE sort_date <> '' GROUP BY 1, 2`},
		{"person_outlet_counts", `SELECT person_id, outlet_id, COUNT(*) FROM quotes WHERE outlet_id IS NOT NULL GROUP BY 1, 2`},
		{"person_topic_counts", `SELECT q.person_id, qt.topic_id, COUNT(*) FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id GROUP BY 1, 2`},
	}
	var drift int64
	for _, r := range recounts {
		var n int64
		sql := fmt.Sprintf(`SELECT COUNT(*) FROM (SELECT * FROM %[1]s EXCEPT %[2]s UNION ALL SELECT * FROM (%[2]s EXCEPT SELECT * FROM %[1]s) AS extra) AS drift`, r.table, r.recount)
		if err := db.WithContext(ctx).Raw(sql).Scan(&n).Error; err != nil {
			return 0, fmt.Errorf("check %s: %w", r.table, err)
		}
		drift += n
	}
	return drift, nil
}
