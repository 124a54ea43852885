package api

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"sort"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers"
)

// Document is the API's OpenAPI 3.1 document, kept by hand beside the
// handlers it describes; the tests hold the two to each other.
//
//go:embed openapi.json
var Document []byte

// Docs serves the document, and /api/docs, the page that shows it.
type Docs struct {
	page docsPage
}

// docsPage is /api/docs: the document's operations by tag.
type docsPage struct {
	handlers.Base
	Intro   string
	Groups  []docsGroup
	Schemas []docsSchema
}

// docsSchema is one of the document's schemas: the records the API
// answers with and takes.
type docsSchema struct {
	Name, Description string
	Fields            []docsField
}

type docsField struct {
	Name, Type, Description string
	Required                bool
}

type docsGroup struct {
	Tag        string
	Operations []docsOperation
}

type docsOperation struct {
	Anchor      string
	Method      string
	Path        string
	Summary     string
	Description string
	Editors     bool // needs an editor's session
	Parameters  []docsParameter
	Body        []docsMedia // what the request body may be
	Responses   []docsResponse
}

type docsParameter struct {
	Name, In, Type, Description string
	Required                    bool
}

type docsResponse struct {
	Status, Description string
	Media               []docsMedia
}

// docsMedia is what an answer or a body holds: a content type and the
// schema, linked to its record when it is one of the document's.
type docsMedia struct {
	Type, Schema, Anchor string
}

func mediaOf(content map[string]media) []docsMedia {
	var out []docsMedia
	for _, ct := range sortedKeys(content) {
		sch := content[ct].Schema
		m := docsMedia{Type: ct, Schema: sch.name()}
		if sch != nil && sch.Items != nil {
			sch = sch.Items
		}
		if sch != nil && sch.Ref != "" {
			m.Anchor = "schema-" + sch.name()
		}
		out = append(out, m)
	}
	return out
}

// The parts of an OpenAPI document the page shows.
type (
	openAPI struct {
		Info struct {
			Description string `json:"description"`
		} `json:"info"`
		Tags       []struct{ Name string }         `json:"tags"`
		Paths      map[string]map[string]operation `json:"paths"`
		Components struct {
			Schemas    map[string]*schema   `json:"schemas"`
			Parameters map[string]parameter `json:"parameters"`
			Responses  map[string]response  `json:"responses"`
		} `json:"components"`
	}
	operation struct {
		Tags        []string              `json:"tags"`
		OperationID string                `json:"operationId"`
		Summary     string                `json:"summary"`
		Description string                `json:"description"`
		Security    []map[string][]string `json:"security"`
		Parameters  []parameter           `json:"parameters"`
		RequestBody *struct {
			Content map[string]media `json:"content"`
		} `json:"requestBody"`
		Responses map[string]response `json:"responses"`
	}
	parameter struct {
		Ref         string  `json:"$ref"`
		Name        string  `json:"name"`
		In          string  `json:"in"`
		Required    bool    `json:"required"`
		Description string  `json:"description"`
		Schema      *schema `json:"schema"`
	}
	response struct {
		Ref         string           `json:"$ref"`
		Description string           `json:"description"`
		Content     map[string]media `json:"content"`
	}
	media struct {
		Schema *schema `json:"schema"`
	}
	schema struct {
		Ref         string             `json:"$ref"`
		Type        any                `json:"type"`
		Enum        []string           `json:"enum"`
		Items       *schema            `json:"items"`
		OneOf       []*schema          `json:"oneOf"`
		Description string             `json:"description"`
		Properties  map[string]*schema `json:"properties"`
		Required    []string           `json:"required"`
		Format      string             `json:"format"`
	}
)

// name says what a schema is, for a person.
func (s *schema) name() string {
	switch {
	case s == nil:
		return ""
	case s.Ref != "":
		return s.Ref[strings.LastIndex(s.Ref, "/")+1:]
	case s.Items != nil:
		return "array of " + s.Items.name()
	case len(s.Enum) > 0:
		return "one of " + strings.Join(s.Enum, ", ")
	case len(s.OneOf) > 0:
		var names []string
		for _, o := range s.OneOf {
			names = append(names, o.name())
		}
		return strings.Join(names, " or ")
	}
	var t string
	switch v := s.Type.(type) {
	case string:
		t = v
	case []any:
		var parts []string
		for _, p := range v {
			parts = append(parts, fmt.Sprint(p))
		}
		t = strings.Join(parts, " or ")
	}
	if s.Format != "" {
		t += " (" + s.Format + ")"
	}
	return t
}

func newDocs() (*Docs, error) {
	var doc openAPI
	if err := json.Unmarshal(Document, &doc); err != nil {
		return nil, fmt.Errorf("read the API's document: %w", err)
	}
	page := docsPage{Intro: doc.Info.Description}
	for _, tag := range doc.Tags {
		g := docsGroup{Tag: tag.Name}
		for _, path := range sortedKeys(doc.Paths) {
			for _, method := range []string{"get", "post", "patch", "delete"} {
				op, ok := doc.Paths[path][method]
				if !ok || !slices.Contains(op.Tags, tag.Name) {
					continue
				}
				g.Operations = append(g.Operations, doc.operation(method, path, op))
			}
		}
		page.Groups = append(page.Groups, g)
	}
	for _, name := range sortedKeys(doc.Components.Schemas) {
		sch := doc.Components.Schemas[name]
		ds := docsSchema{Name: name, Description: sch.Description}
		for _, f := range sortedKeys(sch.Properties) {
			p := sch.Properties[f]
			ds.Fields = append(ds.Fields, docsField{Name: f, Type: p.name(), Description: p.Description, Required: slices.Contains(sch.Required, f)})
		}
		page.Schemas = append(page.Schemas, ds)
	}
	return &Docs{page: page}, nil
}

func (doc *openAPI) operation(method, path string, op operation) docsOperation {
	out := docsOperation{
		Anchor: op.OperationID, Method: strings.ToUpper(method), Path: path,
		Summary: op.Summary, Description: op.Description, Editors: len(op.Security) > 0,
	}
	for _, p := range op.Parameters {
		if p.Ref != "" {
			p = doc.Components.Parameters[p.Ref[strings.LastIndex(p.Ref, "/")+1:]]
		}
		out.Parameters = append(out.Parameters, docsParameter{Name: p.Name, In: p.In, Type: p.Schema.name(), Description: p.Description, Required: p.Required})
	}
	if op.RequestBody != nil {
		out.Body = mediaOf(op.RequestBody.Content)
	}
	for _, status := range sortedKeys(op.Responses) {
		r := op.Responses[status]
		if r.Ref != "" {
			r = doc.Components.Responses[r.Ref[strings.LastIndex(r.Ref, "/")+1:]]
		}
		out.Responses = append(out.Responses, docsResponse{Status: status, Description: r.Description, Media: mediaOf(r.Content)})
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// OpenAPI serves the document.
func (h *Docs) OpenAPI(c echo.Context) error {
	c.Response().Header().Set("Cache-Control", "public, max-age=3600")
	return c.Blob(http.StatusOK, echo.MIMEApplicationJSON, Document)
}

// Show is the page that documents the API: /api/docs.
func (h *Docs) Show(c echo.Context) error {
	page := h.page
	page.Base = handlers.ErrorBase(c, "API")
	return c.Render(http.StatusOK, "api_docs", page)
}
