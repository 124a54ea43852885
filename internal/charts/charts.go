// Package charts draws charts as inline SVG for server-rendered pages: a
// horizontal bar chart for rankings and shares, columns over time, and a
// stacked share bar. Each chart is a figure holding the SVG, named by its
// <title> and <desc> for screen readers, and the same numbers as an HTML
// table, for readers who cannot see the picture and for copying. No
// script: colours come from the page's stylesheet (classes and CSS custom
// properties, falling back to currentColor), so a chart follows the
// site's light and dark schemes and prints. Pure: no database.
package charts

import (
	"fmt"
	"html/template"
	"math"
	"strconv"
	"strings"
)

// Item is one labelled number: a bar, a segment, a row of the table.
type Item struct {
	Label string
	Value int64
	// Href, when set, links the label in the table to a page about it.
	Href string
}

// Chart is what every chart needs besides its numbers.
type Chart struct {
	// ID makes the ids of the chart's title and description unique on
	// the page: letters, digits and hyphens.
	ID string
	// Title names the chart; Desc says in a sentence what it shows.
	Title, Desc string
	// Key heads the table's column of labels ("Month", "Speaker"); Unit
	// heads its numbers ("Quotes").
	Key, Unit string
	// Total is what shares are taken of; 0 for the sum of the items.
	Total int64
}

// Geometry of every chart, in the viewBox's units: a width the browser
// scales to the page (width 100%), so a chart fits a phone.
const (
	width    = 480
	rowH     = 26 // a bar and its gap
	barH     = 18
	labelW   = 150 // the labels' column of a bar chart
	valueW   = 104 // room for the value after the longest bar
	padTop   = 8
	fontSize = 13
	// labelChars is about how wide a character of a label is.
	labelChars = 8
)

// esc escapes text for XML and HTML alike: the five characters both give
// meaning to. (html/template would do it, but the SVG is built as text.)
func esc(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		default:
			// Characters XML 1.0 cannot carry are dropped rather than
			// sent to break the page.
			if r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r != 0xFFFE && r != 0xFFFF) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// cleanID keeps letters, digits and hyphens, so an ID is safe in an
// attribute and as a fragment.
func cleanID(id string) string {
	var b strings.Builder
	for _, r := range id {
		if r == '-' || (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "chart"
	}
	return b.String()
}

// total is what c's shares are taken of.
func (c Chart) total(items []Item) int64 {
	if c.Total > 0 {
		return c.Total
	}
	var t int64
	for _, it := range items {
		t += it.Value
	}
	return t
}

// Share is n of total as a percentage to one decimal place: "12.5%".
func Share(n, total int64) string {
	if total <= 0 {
		return "0%"
	}
	return strconv.FormatFloat(float64(n)*100/float64(total), 'f', 1, 64) + "%"
}

// Number writes n with thousands separated: 1,234,567.
func Number(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// shorten cuts a label to n characters, with an ellipsis; the table
// beside the chart has it whole.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// open starts the figure and its SVG of height h.
func (c Chart) open(b *strings.Builder, kind string, h int) {
	id := cleanID(c.ID)
	fmt.Fprintf(b, `<figure class="chart chart-%s" id="%s"><figcaption class="chart-title">%s</figcaption>`, kind, id, esc(c.Title))
	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 %d %d" width="100%%" role="img" aria-labelledby="%s-title %s-desc" font-size="%d" fill="currentColor">`,
		width, h, id, id, fontSize)
	fmt.Fprintf(b, `<title id="%s-title">%s</title><desc id="%s-desc">%s</desc>`, id, esc(c.Title), id, esc(c.Desc))
}

// close ends the SVG, adds the table of the numbers and ends the figure.
func (c Chart) close(b *strings.Builder, items []Item, shares bool) {
	b.WriteString(`</svg>`)
	c.table(b, items, shares)
	b.WriteString(`</figure>`)
}

// table writes the chart's numbers as a table inside a details element:
// the same figures, for screen readers and for copying.
func (c Chart) table(b *strings.Builder, items []Item, shares bool) {
	unit := c.Unit
	if unit == "" {
		unit = "Count"
	}
	total := c.total(items)
	b.WriteString(`<details class="chart-data"><summary>The numbers: `)
	b.WriteString(esc(c.Title))
	b.WriteString(`</summary><div class="table-wrap"><table class="list"><caption class="visually-hidden">`)
	b.WriteString(esc(c.Title))
	b.WriteString(`</caption><thead><tr><th scope="col">`)
	b.WriteString(esc(c.labelHeader()))
	b.WriteString(`</th><th scope="col" class="num">`)
	b.WriteString(esc(unit))
	b.WriteString(`</th>`)
	if shares {
		b.WriteString(`<th scope="col" class="num">Share</th>`)
	}
	b.WriteString(`</tr></thead><tbody>`)
	for _, it := range items {
		b.WriteString(`<tr><th scope="row">`)
		if it.Href != "" {
			b.WriteString(`<a href="` + esc(it.Href) + `">` + esc(it.Label) + `</a>`)
		} else {
			b.WriteString(esc(it.Label))
		}
		b.WriteString(`</th><td class="num">` + Number(it.Value) + `</td>`)
		if shares {
			b.WriteString(`<td class="num">` + Share(it.Value, total) + `</td>`)
		}
		b.WriteString(`</tr>`)
	}
	b.WriteString(`</tbody></table></div></details>`)
}

func (c Chart) labelHeader() string {
	if c.Key == "" {
		return "Item"
	}
	return c.Key
}

// Bars draws a horizontal bar chart: one labelled bar per item, longest
// for the largest value, each with its number and share of c's total.
func Bars(c Chart, items []Item) template.HTML {
	var b strings.Builder
	h := padTop*2 + rowH*max(1, len(items))
	c.open(&b, "bars", h)
	var top int64
	for _, it := range items {
		top = max(top, it.Value)
	}
	total := c.total(items)
	span := float64(width - labelW - valueW)
	if len(items) == 0 {
		fmt.Fprintf(&b, `<text x="0" y="%d">Nothing to show.</text>`, padTop+barH-4)
	}
	for i, it := range items {
		y := padTop + i*rowH
		w := 0.0
		if top > 0 {
			w = span * float64(it.Value) / float64(top)
		}
		if it.Value > 0 {
			w = math.Max(w, 1)
		}
		fmt.Fprintf(&b, `<g class="chart-row"><text class="chart-label" x="%d" y="%d" text-anchor="end">%s</text>`,
			labelW-8, y+barH-4, esc(shorten(it.Label, 20)))
		fmt.Fprintf(&b, `<rect class="chart-bar" x="%d" y="%d" width="%.1f" height="%d" rx="2"></rect>`, labelW, y, w, barH)
		fmt.Fprintf(&b, `<text class="chart-value" x="%.1f" y="%d">%s (%s)</text></g>`,
			float64(labelW)+w+6, y+barH-4, Number(it.Value), Share(it.Value, total))
	}
	c.close(&b, items, true)
	return template.HTML(b.String())
}

// Columns draws counts over time (quotes per month) as columns, oldest on
// the left, with the largest count marked on the axis and a label at
// most every few columns, so a chart of ten years stays legible. The
// table lists every column.
func Columns(c Chart, items []Item) template.HTML {
	const (
		plotH   = 160
		axisW   = 48
		labelsH = 22
	)
	var b strings.Builder
	h := padTop + plotH + labelsH
	c.open(&b, "columns", h)
	var top int64
	for _, it := range items {
		top = max(top, it.Value)
	}
	base := padTop + plotH
	// The axis: a baseline, and the largest count and half of it.
	fmt.Fprintf(&b, `<g class="chart-axis"><line x1="%d" y1="%d" x2="%d" y2="%d" stroke="currentColor"></line>`, axisW, base, width, base)
	if top > 0 {
		for _, v := range []int64{top, top / 2} {
			y := base - int(float64(plotH)*float64(v)/float64(top))
			fmt.Fprintf(&b, `<line class="chart-grid" x1="%d" y1="%d" x2="%d" y2="%d" stroke="currentColor" stroke-opacity="0.25"></line>`, axisW, y, width, y)
			fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end">%s</text>`, axisW-6, y+4, Number(v))
		}
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end">0</text></g>`, axisW-6, base+4)
	if len(items) == 0 {
		fmt.Fprintf(&b, `<text x="%d" y="%d">Nothing to show.</text>`, axisW+8, base-8)
	}
	n := max(1, len(items))
	step := float64(width-axisW) / float64(n)
	gap := math.Min(2, step/4)
	// A label every `every` columns: about six in all, so they do not
	// run into each other; none that would run past the right edge.
	every := max(1, (n+5)/6)
	for i, it := range items {
		colH := 0.0
		if top > 0 {
			colH = float64(plotH) * float64(it.Value) / float64(top)
		}
		x := float64(axisW) + float64(i)*step
		fmt.Fprintf(&b, `<rect class="chart-bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f"><title>%s: %s</title></rect>`,
			x+gap/2, float64(base)-colH, step-gap, colH, esc(it.Label), Number(it.Value))
		if i%every == 0 && x+float64(labelChars*len([]rune(it.Label))) <= width {
			fmt.Fprintf(&b, `<text class="chart-label" x="%.1f" y="%d">%s</text>`, x, base+labelsH-6, esc(it.Label))
		}
	}
	c.close(&b, items, false)
	return template.HTML(b.String())
}

// segments is how many colours a stacked bar has before they repeat.
const segments = 6

// Stacked draws one bar split into the items' shares of c's total, with
// a legend that names each part with its number and share, so the parts
// are told apart by words as well as colour.
func Stacked(c Chart, items []Item) template.HTML {
	const (
		stackH  = 28
		legendH = 22
	)
	var b strings.Builder
	h := padTop + stackH + 10 + legendH*max(1, len(items))
	c.open(&b, "stacked", h)
	total := c.total(items)
	x := 0.0
	for i, it := range items {
		if total <= 0 || it.Value <= 0 {
			continue
		}
		w := float64(width) * float64(it.Value) / float64(total)
		fmt.Fprintf(&b, `<rect class="chart-seg chart-seg-%d" x="%.1f" y="%d" width="%.1f" height="%d"><title>%s: %s</title></rect>`,
			i%segments, x, padTop, w, stackH, esc(it.Label), Share(it.Value, total))
		x += w
	}
	if total <= 0 {
		fmt.Fprintf(&b, `<text x="0" y="%d">Nothing to show.</text>`, padTop+stackH/2)
	}
	for i, it := range items {
		y := padTop + stackH + 10 + i*legendH
		fmt.Fprintf(&b, `<rect class="chart-seg chart-seg-%d" x="0" y="%d" width="14" height="14"></rect>`, i%segments, y)
		fmt.Fprintf(&b, `<text x="22" y="%d">%s: %s (%s)</text>`, y+12, esc(shorten(it.Label, 44)), Number(it.Value), Share(it.Value, total))
	}
	c.close(&b, items, true)
	return template.HTML(b.String())
}
