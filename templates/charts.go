package templates

import (
	"html/template"
	"net/url"
	"strings"

	"github.com/quotetrail/quotetrail/internal/charts"
	"github.com/quotetrail/quotetrail/internal/stats"
)

// chartFuncs draw a dashboard's figures (internal/stats) as charts
// (internal/charts): each takes an id unique on the page, the scope's
// name as the chart's text uses it ("on the whole site", "in NPR") and
// the dashboard.
func chartFuncs() template.FuncMap {
	return template.FuncMap{
		"timelineChart": timelineChart,
		"peopleChart": func(id, scope string, d *stats.Dashboard) template.HTML {
			return rankChart(id, scope, d, d.People, "people")
		},
		"orgsChart": func(id, scope string, d *stats.Dashboard) template.HTML {
			return rankChart(id, scope, d, d.Organisations, "organisations")
		},
		"kindsChart":       kindsChart,
		"viaChart":         viaChart,
		"gendersChart":     gendersChart,
		"affiliationChart": affiliationChart,
		"outletsChart":     outletsChart,
		"number":           charts.Number,
		"share":            charts.Share,
		// searchDashboard is the address of a search's dashboard, from
		// the address of its feed, which carries the same query.
		"searchDashboard": func(feed string) string {
			return strings.Replace(feed, "/search/feed.atom", "/search/dashboard", 1)
		},
	}
}

func timelineChart(id, scope string, d *stats.Dashboard) template.HTML {
	items := make([]charts.Item, len(d.Timeline))
	for i, p := range d.Timeline {
		items[i] = charts.Item{Label: p.Period, Value: p.N}
	}
	per, key := "month", "Month"
	if d.Yearly {
		per, key = "year", "Year"
	}
	desc := "No dated quotes " + scope + "."
	if len(items) > 0 {
		desc = "Dated quotes " + scope + " per " + per + ", from " + items[0].Label + " to " + items[len(items)-1].Label +
			": " + charts.Number(d.Dated()) + " in all"
		if d.Undated > 0 {
			desc += ", and " + charts.Number(d.Undated) + " undated"
		}
		desc += "."
	}
	return charts.Columns(charts.Chart{ID: id, Title: "Quotes per " + per, Desc: desc, Key: key, Unit: "Quotes"}, items)
}

// speakerLink is the address of a speaker's page.
func speakerLink(slug string) string { return "/people/" + url.PathEscape(slug) }

func rankChart(id, scope string, d *stats.Dashboard, list []stats.Count, what string) template.HTML {
	items := make([]charts.Item, len(list))
	for i, c := range list {
		items[i] = charts.Item{Label: c.Name, Value: c.N, Href: speakerLink(c.Slug)}
	}
	desc := "The most quoted " + what + " " + scope + ", with each one's share of all " + charts.Number(d.Total) + " quotes."
	if len(items) == 0 {
		desc = "No " + what + " are quoted " + scope + "."
	} else {
		desc += " First: " + items[0].Label + ", " + charts.Number(items[0].Value) + " (" + charts.Share(items[0].Value, d.Total) + ")."
	}
	title := "Most quoted " + what
	return charts.Bars(charts.Chart{ID: id, Title: title, Desc: desc, Key: "Speaker", Unit: "Quotes", Total: d.Total}, items)
}

// shareDesc says what each part of a split holds, in words.
func shareDesc(lead string, items []charts.Item, total int64) string {
	s := lead
	for i, it := range items {
		if i > 0 {
			s += ";"
		}
		s += " " + it.Label + " " + charts.Number(it.Value) + " (" + charts.Share(it.Value, total) + ")"
	}
	return s + "."
}

func kindsChart(id, scope string, d *stats.Dashboard) template.HTML {
	items := make([]charts.Item, len(d.Kinds))
	for i, k := range d.Kinds {
		items[i] = charts.Item{Label: k.Name, Value: k.N}
	}
	return charts.Stacked(charts.Chart{ID: id, Title: "People, organisations and unnamed roles",
		Desc: shareDesc("Who the quotes "+scope+" are from:", items, d.Total), Key: "Speaker", Unit: "Quotes", Total: d.Total}, items)
}

func viaChart(id, scope string, d *stats.Dashboard) template.HTML {
	items := []charts.Item{{Label: "Printed first-hand", Value: d.FirstHand()}, {Label: "Via another outlet", Value: d.Via}}
	return charts.Stacked(charts.Chart{ID: id, Title: "First-hand or via another outlet",
		Desc: shareDesc("How the quotes "+scope+" reached print:", items, d.Total), Key: "How", Unit: "Quotes", Total: d.Total}, items)
}

func gendersChart(id, scope string, d *stats.Dashboard) template.HTML {
	var items []charts.Item
	for _, g := range d.Genders {
		items = append(items, charts.Item{Label: g.Name, Value: g.N})
	}
	items = append(items, charts.Item{Label: "Not recorded", Value: d.UnrecordedGender})
	return charts.Stacked(charts.Chart{ID: id, Title: "Quotes by the speaker's gender",
		Desc: shareDesc("The quotes "+scope+" by their speaker's gender, where it is recorded:", items, d.Total), Key: "Gender", Unit: "Quotes", Total: d.Total}, items)
}

func affiliationChart(id, scope string, d *stats.Dashboard) template.HTML {
	var items []charts.Item
	for _, a := range d.Affiliations {
		items = append(items, charts.Item{Label: a.Name, Value: a.N})
	}
	desc := "No speaker quoted " + scope + " has an affiliation recorded."
	if len(items) > 0 {
		desc = shareDesc("The affiliations whose speakers are quoted most "+scope+":", items, d.Total) +
			" " + charts.Number(d.UnrecordedAffil) + " quotes are from speakers with none recorded."
	}
	return charts.Bars(charts.Chart{ID: id, Title: "Quotes by the speaker's affiliation", Desc: desc, Key: "Affiliation", Unit: "Quotes", Total: d.Total}, items)
}

func outletsChart(id, scope string, d *stats.Dashboard) template.HTML {
	items := make([]charts.Item, len(d.Outlets))
	for i, o := range d.Outlets {
		items[i] = charts.Item{Label: o.Name, Value: o.N, Href: "/outlets/" + url.PathEscape(o.Slug)}
	}
	desc := "No outlet prints the quotes " + scope + "."
	if len(items) > 0 {
		desc = shareDesc("The outlets that print the most quotes "+scope+":", items, d.Total)
	}
	return charts.Bars(charts.Chart{ID: id, Title: "Outlets that carry them", Desc: desc, Key: "Outlet", Unit: "Quotes", Total: d.Total}, items)
}
