package api

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"github.com/labstack/echo/v4"
)

// Page sizes of the lists.
const (
	DefaultLimit = 25
	MaxLimit     = 100
)

// cursor is where the next page of a list starts. Clients see it only as
// an opaque string: base64url of this JSON, which names the list it
// belongs to, so a cursor taken from one list is refused by another.
type cursor struct {
	List   string `json:"l"`
	Offset int    `json:"o,omitempty"`
	Size   int    `json:"s"`
	// Key is where a newest-first list of quotes goes on (after that
	// quote), for lists paged by key rather than by offset.
	Key string `json:"k,omitempty"`
}

func (c cursor) encode() string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

// paging is the slice of a list a request asks for.
type paging struct {
	cursor
	// first tells that no cursor was sent: the list starts at its top.
	first bool
}

// readPaging reads ?limit= and ?cursor= for the list named list. A cursor
// keeps the page size it was made with.
func readPaging(c echo.Context, list string) (paging, error) {
	p := paging{cursor: cursor{List: list, Size: DefaultLimit}, first: true}
	if s := c.QueryParam("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > MaxLimit {
			return p, badField("limit", fmt.Sprintf("“%s” is not a page size: use a whole number from 1 to %d.", s, MaxLimit))
		}
		p.Size = n
	}
	s := c.QueryParam("cursor")
	if s == "" {
		return p, nil
	}
	refused := badField("cursor", "It is not a cursor this list gave out: start again without one.")
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return p, refused
	}
	var cur cursor
	if err := json.Unmarshal(b, &cur); err != nil || cur.List != list || cur.Size < 1 || cur.Size > MaxLimit || cur.Offset < 0 {
		return p, refused
	}
	return paging{cursor: cur}, nil
}

// List is one page of a list: the items and, when more follow, the
// address of the next page.
type List[T any] struct {
	Items []T     `json:"items"`
	Next  *string `json:"next"`
}

// nextLink is the request's address with cursor next in place of its
// cursor and limit; nil when next is nil.
func nextLink(c echo.Context, next *cursor) *string {
	if next == nil {
		return nil
	}
	q := url.Values{}
	for k, v := range c.QueryParams() {
		q[k] = v
	}
	q.Del("limit")
	q.Set("cursor", next.encode())
	s := baseURL(c) + c.Request().URL.Path + "?" + q.Encode()
	return &s
}

// following is the cursor of the page after p when more follow.
func (p paging) following(more bool) *cursor {
	if !more {
		return nil
	}
	n := p.cursor
	n.Offset += n.Size
	return &n
}

// window cuts items, all of a list from its start, to the page p asks
// for, and tells whether more follow.
func window[T any](items []T, p paging) ([]T, bool) {
	if p.Offset >= len(items) {
		return []T{}, false
	}
	end := min(len(items), p.Offset+p.Size)
	return items[p.Offset:end], end < len(items)
}

// sendList answers with one page of a list.
func sendList[T any](c echo.Context, items []T, next *cursor) error {
	if items == nil {
		items = []T{}
	}
	return sendJSON(c, http.StatusOK, List[T]{Items: items, Next: nextLink(c, next)})
}

// sendJSON answers with v as JSON. Answers change with any write, so
// none is kept by caches.
func sendJSON(c echo.Context, status int, v any) error {
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.JSON(status, v)
}
