package charts

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// node is a parsed element: enough of the tree to find titles, texts and
// table cells.
type node struct {
	XMLName  xml.Name
	Attrs    []xml.Attr `xml:",any,attr"`
	Text     string     `xml:",chardata"`
	Children []node     `xml:",any"`
}

// parse reads a chart as XML, strictly: every chart must be well formed
// (it is inline SVG inside HTML, and the SVG part must stand alone too).
func parse(t *testing.T, h string) node {
	t.Helper()
	var n node
	d := xml.NewDecoder(strings.NewReader(h))
	d.Strict = true
	if err := d.Decode(&n); err != nil {
		t.Fatalf("chart is not well-formed XML: %v\n%s", err, h)
	}
	// Nothing after the figure.
	if _, err := d.Token(); !errors.Is(err, io.EOF) {
		t.Fatalf("something after the figure: %v", err)
	}
	return n
}

func (n node) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// all is every element under n (n too) named name.
func (n node) all(name string) []node {
	var out []node
	if n.XMLName.Local == name {
		out = append(out, n)
	}
	for _, c := range n.Children {
		out = append(out, c.all(name)...)
	}
	return out
}

func (n node) text() string {
	var b strings.Builder
	b.WriteString(n.Text)
	for _, c := range n.Children {
		b.WriteString(c.text())
	}
	return b.String()
}

// checkNamed checks the SVG is an image named by its title and desc.
func checkNamed(t *testing.T, fig node, id, title, desc string) node {
	t.Helper()
	if fig.XMLName.Local != "figure" {
		t.Fatalf("outermost element is %s, want figure", fig.XMLName.Local)
	}
	if caps := fig.all("figcaption"); len(caps) != 1 || caps[0].text() != title {
		t.Errorf("figcaption %v, want the title %q shown", caps, title)
	}
	svgs := fig.all("svg")
	if len(svgs) != 1 {
		t.Fatalf("%d svg elements, want 1", len(svgs))
	}
	svg := svgs[0]
	if svg.attr("role") != "img" {
		t.Errorf("svg role = %q, want img", svg.attr("role"))
	}
	if got, want := svg.attr("aria-labelledby"), id+"-title "+id+"-desc"; got != want {
		t.Errorf("aria-labelledby = %q, want %q", got, want)
	}
	if svg.attr("width") != "100%" || !strings.HasPrefix(svg.attr("viewBox"), "0 0 ") {
		t.Errorf("svg does not scale: width %q, viewBox %q", svg.attr("width"), svg.attr("viewBox"))
	}
	if svg.attr("fill") != "currentColor" {
		t.Errorf("svg fill = %q, want currentColor (follows the page's colour)", svg.attr("fill"))
	}
	// The title and desc are the svg's first children, with those ids.
	if len(svg.Children) < 2 || svg.Children[0].XMLName.Local != "title" || svg.Children[1].XMLName.Local != "desc" {
		t.Fatalf("svg does not start with title and desc")
	}
	if got := svg.Children[0]; got.attr("id") != id+"-title" || got.text() != title {
		t.Errorf("title = %q (id %q), want %q", got.text(), got.attr("id"), title)
	}
	if got := svg.Children[1]; got.attr("id") != id+"-desc" || got.text() != desc {
		t.Errorf("desc = %q (id %q), want %q", got.text(), got.attr("id"), desc)
	}
	return svg
}

// rows is the data table's body as text cells.
func rows(t *testing.T, fig node) [][]string {
	t.Helper()
	tables := fig.all("table")
	if len(tables) != 1 {
		t.Fatalf("%d tables, want 1", len(tables))
	}
	var out [][]string
	for _, tr := range tables[0].all("tbody")[0].all("tr") {
		var cells []string
		for _, c := range tr.Children {
			cells = append(cells, c.text())
		}
		out = append(out, cells)
	}
	return out
}

func TestBarsShowValuesAndShares(t *testing.T) {
	c := Chart{ID: "top", Title: "Most quoted", Desc: "The five most quoted speakers.", Key: "Speaker", Unit: "Quotes", Total: 200}
	fig := parse(t, string(Bars(c, []Item{{Label: "Lina Khan", Value: 100, Href: "/people/lina-khan"}, {Label: "Sam Levine", Value: 50}})))
	svg := checkNamed(t, fig, "top", "Most quoted", "The five most quoted speakers.")
	bars := svg.all("rect")
	if len(bars) != 2 {
		t.Fatalf("%d bars, want 2", len(bars))
	}
	// The bars' lengths are in proportion to their values.
	if w0, w1 := num(t, bars[0].attr("width")), num(t, bars[1].attr("width")); w0 <= 0 || w0 != 2*w1 {
		t.Errorf("bar widths %.1f, %.1f; want the first twice the second", w0, w1)
	}
	texts := svg.all("text")
	if got := texts[1].text(); got != "100 (50.0%)" {
		t.Errorf("first value label %q, want 100 (50.0%%) of the total 200", got)
	}
	got := rows(t, fig)
	want := [][]string{{"Lina Khan", "100", "50.0%"}, {"Sam Levine", "50", "25.0%"}}
	if len(got) != len(want) {
		t.Fatalf("table rows %v, want %v", got, want)
	}
	for i := range want {
		if strings.Join(got[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d = %v, want %v", i, got[i], want[i])
		}
	}
	if links := fig.all("a"); len(links) != 1 || links[0].attr("href") != "/people/lina-khan" {
		t.Errorf("table links %v, want one to /people/lina-khan", links)
	}
}

func TestColumnsOverTime(t *testing.T) {
	items := []Item{{Label: "2022-01", Value: 3}, {Label: "2022-02", Value: 0}, {Label: "2022-03", Value: 12}}
	fig := parse(t, string(Columns(Chart{ID: "months", Title: "Quotes per month", Desc: "From 2022-01 to 2022-03.", Key: "Month", Unit: "Quotes"}, items)))
	svg := checkNamed(t, fig, "months", "Quotes per month", "From 2022-01 to 2022-03.")
	var cols []node
	for _, r := range svg.all("rect") {
		if r.attr("class") == "chart-bar" {
			cols = append(cols, r)
		}
	}
	if len(cols) != 3 {
		t.Fatalf("%d columns, want 3", len(cols))
	}
	// The tallest column stands on the baseline and reaches the top
	// gridline; the empty month has no height; 3 is a quarter of 12.
	tallest := num(t, cols[2].attr("height"))
	if y := num(t, cols[2].attr("y")); tallest <= 0 || y+tallest != num(t, svg.all("line")[0].attr("y1")) {
		t.Errorf("tallest column %.1f high at y %.1f does not stand on the baseline", tallest, y)
	}
	if h := num(t, cols[1].attr("height")); h != 0 {
		t.Errorf("empty month's height %.1f, want 0", h)
	}
	if h := num(t, cols[0].attr("height")); h != tallest/4 {
		t.Errorf("3 of 12 is a quarter of the height: got %.1f, want %.1f", h, tallest/4)
	}
	if got := cols[2].all("title")[0].text(); got != "2022-03: 12" {
		t.Errorf("column tooltip %q", got)
	}
	got := rows(t, fig)
	if len(got) != 3 || got[2][0] != "2022-03" || got[2][1] != "12" || len(got[2]) != 2 {
		t.Errorf("table %v", got)
	}
}

func TestStackedSharesAddUp(t *testing.T) {
	items := []Item{{Label: "People", Value: 3}, {Label: "Organisations", Value: 1}, {Label: "Unnamed roles", Value: 0}}
	fig := parse(t, string(Stacked(Chart{ID: "kinds", Title: "Who is quoted", Desc: "People, organisations and roles.", Unit: "Quotes"}, items)))
	svg := checkNamed(t, fig, "kinds", "Who is quoted", "People, organisations and roles.")
	var sum float64
	segs := 0
	for _, r := range svg.all("rect") {
		if r.attr("y") == "8" { // the bar, not the legend's swatches
			sum += num(t, r.attr("width"))
			segs++
		}
	}
	var full float64
	fmt.Sscanf(svg.attr("viewBox"), "0 0 %g", &full)
	if segs != 2 || full == 0 || sum < full-0.1 || sum > full+0.1 {
		t.Errorf("%d segments summing to %.1f, want 2 filling the width %.0f", segs, sum, full)
	}
	legend := svg.all("text")
	if got := legend[0].text(); got != "People: 3 (75.0%)" {
		t.Errorf("legend %q", got)
	}
	if got := rows(t, fig); got[1][2] != "25.0%" || got[2][2] != "0.0%" {
		t.Errorf("shares %v", got)
	}
}

func TestTextIsEscaped(t *testing.T) {
	evil := `<script>alert("x")</script> & 'co'`
	c := Chart{ID: `x" onload="alert(1)`, Title: evil, Desc: evil, Key: evil, Unit: evil}
	items := []Item{{Label: evil, Value: 1, Href: `/people/a"b`}, {Label: "bad\x00byte\x01", Value: 2}}
	for name, h := range map[string]string{
		"bars": string(Bars(c, items)), "columns": string(Columns(c, items)), "stacked": string(Stacked(c, items)),
	} {
		t.Run(name, func(t *testing.T) {
			fig := parse(t, h)
			if strings.Contains(h, "<script") || strings.Contains(h, `" onload`) {
				t.Errorf("raw markup got through:\n%s", h)
			}
			if got := fig.attr("id"); got != "xonloadalert1" {
				t.Errorf("id %q, want only its letters and digits", got)
			}
			svg := fig.all("svg")[0]
			if got := svg.Children[0].text(); got != evil {
				t.Errorf("title %q, want %q back", got, evil)
			}
			if strings.ContainsAny(h, "\x00\x01") {
				t.Error("control characters got through")
			}
		})
	}
}

func TestEmptyChartsSayso(t *testing.T) {
	c := Chart{ID: "e", Title: "Nothing", Desc: "No quotes."}
	for _, h := range []string{string(Bars(c, nil)), string(Columns(c, nil)), string(Stacked(c, nil))} {
		fig := parse(t, h)
		if !strings.Contains(fig.text(), "Nothing to show.") {
			t.Errorf("an empty chart does not say so:\n%s", h)
		}
	}
}

func TestNumberAndShare(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -1234: "-1,234"} {
		if got := Number(n); got != want {
			t.Errorf("Number(%d) = %q, want %q", n, got, want)
		}
	}
	if got := Share(1, 3); got != "33.3%" {
		t.Errorf("Share(1, 3) = %q", got)
	}
	if got := Share(5, 0); got != "0%" {
		t.Errorf("Share(5, 0) = %q", got)
	}
}

func num(t *testing.T, s string) float64 {
	t.Helper()
	var f float64
	if _, err := fmt.Sscan(s, &f); err != nil {
		t.Fatalf("%q is not a number: %v", s, err)
	}
	return f
}

// Ten years of months keep their labels few and inside the chart; the
// table still lists every month.
func TestColumnsLabelsStayApartAndInside(t *testing.T) {
	var items []Item
	for y := 2015; y < 2025; y++ {
		for m := 1; m <= 12; m++ {
			items = append(items, Item{Label: fmt.Sprintf("%d-%02d", y, m), Value: int64(y + m)})
		}
	}
	fig := parse(t, string(Columns(Chart{ID: "ten", Title: "Ten years", Desc: "Per month."}, items)))
	svg := fig.all("svg")[0]
	var full float64
	fmt.Sscanf(svg.attr("viewBox"), "0 0 %g", &full)
	var labels []node
	for _, tx := range svg.all("text") {
		if tx.attr("class") == "chart-label" {
			labels = append(labels, tx)
		}
	}
	if len(labels) < 3 || len(labels) > 7 {
		t.Errorf("%d month labels, want a handful", len(labels))
	}
	for i, l := range labels {
		x := num(t, l.attr("x"))
		if x+float64(labelChars*len(l.text())) > full {
			t.Errorf("label %q at %.0f runs past the width %.0f", l.text(), x, full)
		}
		if i > 0 && x-num(t, labels[i-1].attr("x")) < float64(labelChars*len(l.text())) {
			t.Errorf("label %q runs into the one before", l.text())
		}
	}
	if got := len(rows(t, fig)); got != 120 {
		t.Errorf("the table has %d months, want 120", got)
	}
}
