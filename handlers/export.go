package handlers

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/internal/cite"
	"github.com/quotetrail/quotetrail/internal/export"
	"github.com/quotetrail/quotetrail/models"
)

// baseURL is the address the request came to, for absolute permalinks.
func baseURL(c echo.Context) string {
	return c.Scheme() + "://" + c.Request().Host
}

// Export streams the quotes a selection names as citations:
// /export?format=bibtex&person=lina-khan.
func (h *Handler) Export(c echo.Context) error {
	name := c.QueryParam("format")
	format, ok := export.Lookup(name)
	if !ok {
		return echo.NewHTTPError(http.StatusBadRequest, fmt.Sprintf("Unknown export format %q: use one of %s.", name, export.Names()))
	}
	sel := export.Selection{
		Person: c.QueryParam("person"), Outlet: c.QueryParam("outlet"), Via: c.QueryParam("via"), Topic: c.QueryParam("topic"),
		Query: c.QueryParam("q"), Kind: c.QueryParam("kind"), Status: c.QueryParam("status"), From: c.QueryParam("from"), To: c.QueryParam("to"),
	}
	if a := c.QueryParam("article"); a != "" {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil || id <= 0 {
			return echo.NewHTTPError(http.StatusBadRequest, fmt.Sprintf("“%s” is not an article number.", a))
		}
		sel.Article = id
	}
	ctx := c.Request().Context()
	f, err := export.Resolve(ctx, h.store, sel)
	if errors.Is(err, models.ErrNotFound) {
		return echo.NewHTTPError(http.StatusNotFound, "Nothing to export: "+strings.TrimSuffix(err.Error(), ": "+models.ErrNotFound.Error())+" in quotetrail.")
	}
	if err != nil {
		return err
	}
	res := c.Response()
	res.Header().Set(echo.HeaderContentType, format.ContentType)
	res.Header().Set(echo.HeaderContentDisposition, fmt.Sprintf(`attachment; filename="%s"`, export.Filename(sel, format)))
	res.WriteHeader(http.StatusOK)
	n, err := export.Write(ctx, h.store, f, format.Name, res, baseURL(c))
	if err != nil {
		// The status is sent: all that can be done is to log and cut the
		// download short, so it is not mistaken for a whole one.
		h.logger.Error("export", "format", format.Name, "written", n, "err", err)
		panic(http.ErrAbortHandler)
	}
	return nil
}

// ExportLink is one format offered for download.
type ExportLink struct {
	Label string
	URL   string
}

// exportLinks offers every format for a selection given as query values.
func exportLinks(sel url.Values) []ExportLink {
	var out []ExportLink
	for _, f := range cite.Formats() {
		q := url.Values{}
		for k, v := range sel {
			if len(v) > 0 && v[0] != "" {
				q.Set(k, v[0])
			}
		}
		q.Set("format", f.Name)
		out = append(out, ExportLink{Label: f.Label, URL: "/export?" + q.Encode()})
	}
	return out
}

// CiteBox is one quote formatted in every style and format, for the
// quote's page.
type CiteBox struct {
	Styles  []CiteStyle
	Formats []CiteFormat
}

// CiteStyle is the quote in one citation style.
type CiteStyle struct {
	ID        string
	Name      string
	Reference template.HTML
	InText    template.HTML
	Note      template.HTML
	Quotation template.HTML
}

// CiteFormat is the quote in one machine-readable format.
type CiteFormat struct {
	ID   string
	Name string
	Text string
}

// citeBox formats a quote for its page. The styles' HTML comes from the
// cite package, which escapes every field it prints.
func citeBox(q *models.QuoteView, base string) (CiteBox, error) {
	rec := export.RecordOf(q, base)
	var box CiteBox
	for _, s := range []struct {
		id, name string
		format   func(cite.Record, cite.Markup) cite.Citation
	}{
		{"apa", "APA 7", cite.FormatAPA},
		{"mla", "MLA 9", cite.FormatMLA},
		{"chicago", "Chicago 17", cite.FormatChicago},
	} {
		c := s.format(rec, cite.HTML)
		box.Styles = append(box.Styles, CiteStyle{
			ID: s.id, Name: s.name, Reference: template.HTML(c.Reference), InText: template.HTML(c.InText),
			Note: template.HTML(c.Note), Quotation: template.HTML(c.Quotation),
		})
	}
	for _, f := range []struct{ id, name string }{{"bibtex", "BibTeX"}, {"ris", "RIS"}, {"csl-json", "CSL-JSON"}} {
		var buf bytes.Buffer
		enc, err := cite.NewEncoder(f.id, &buf, cite.Options{RISLineEnding: "\n"})
		if err != nil {
			return box, err
		}
		if err := enc.Begin(); err != nil {
			return box, err
		}
		if err := enc.Encode(rec); err != nil {
			return box, err
		}
		if err := enc.End(); err != nil {
			return box, err
		}
		box.Formats = append(box.Formats, CiteFormat{ID: f.id, Name: f.name, Text: buf.String()})
	}
	return box, nil
}
