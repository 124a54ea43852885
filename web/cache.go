package web

import (
	"bytes"
	"fmt"
	"net/http"
	"sync"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers"
	"github.com/quotetrail/quotetrail/internal/reqctx"
)

// Limits of the page cache: what one page and all of them may hold.
const (
	maxCachedPage  = 1 << 20
	maxCachedBytes = 64 << 20
)

// pageCache keeps the pages rendered for visitors who are not signed in,
// each with the data version it was rendered at. A page is served again
// only while the database's version is the same, so no cached page
// outlives a write made through any instance.
type pageCache struct {
	mu      sync.Mutex
	entries map[string]cachedPage
	order   []string // oldest first, for eviction
	bytes   int
}

type cachedPage struct {
	version     int64
	contentType string
	body        []byte
	// lastModified is the page's Last-Modified header (feeds send one),
	// sent again, and checked against If-Modified-Since, when it is
	// served from here.
	lastModified string
}

func newPageCache() *pageCache { return &pageCache{entries: map[string]cachedPage{}} }

func (pc *pageCache) get(key string, version int64) (cachedPage, bool) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	p, ok := pc.entries[key]
	return p, ok && p.version == version
}

func (pc *pageCache) put(key string, p cachedPage) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	if old, ok := pc.entries[key]; ok {
		pc.bytes -= len(old.body)
	} else {
		pc.order = append(pc.order, key)
	}
	pc.entries[key] = p
	pc.bytes += len(p.body)
	for pc.bytes > maxCachedBytes && len(pc.order) > 0 {
		oldest := pc.order[0]
		pc.order = pc.order[1:]
		pc.bytes -= len(pc.entries[oldest].body)
		delete(pc.entries, oldest)
	}
}

// captureWriter passes a response through while keeping a copy of it.
type captureWriter struct {
	http.ResponseWriter
	buf      bytes.Buffer
	overflow bool
}

func (w *captureWriter) Write(p []byte) (int, error) {
	if !w.overflow {
		if w.buf.Len()+len(p) > maxCachedPage {
			w.overflow = true
			w.buf.Reset()
		} else {
			w.buf.Write(p)
		}
	}
	return w.ResponseWriter.Write(p)
}

// cachePublic serves the public's pages from memory while the data they
// show has not changed: one read of the data version instead of the
// page's queries and rendering. Signed-in editors, one-time messages and
// responses that set cookies always go through. The version doubles as a
// weak ETag, so a browser's conditional request gets a 304.
func (g *guard) cachePublic(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		if req.Method != http.MethodGet || reqctx.User(c) != nil {
			return next(c)
		}
		if ck, err := c.Cookie(handlers.FlashCookie); err == nil && ck.Value != "" {
			return next(c)
		}
		version, err := g.data.DataVersion(req.Context())
		if err != nil {
			return next(c) // the page itself reports the outage
		}
		etag := fmt.Sprintf(`W/"%d"`, version)
		res := c.Response()
		res.Header().Set("ETag", etag)
		res.Header().Set("Cache-Control", "no-cache")
		if req.Header.Get("If-None-Match") == etag {
			return c.NoContent(http.StatusNotModified)
		}
		key := c.Scheme() + "://" + req.Host + req.URL.RequestURI()
		if p, ok := g.cache.get(key, version); ok {
			if p.lastModified != "" {
				res.Header().Set(echo.HeaderLastModified, p.lastModified)
				if t, err := http.ParseTime(p.lastModified); err == nil && handlers.NotModifiedSince(req, t) {
					return c.NoContent(http.StatusNotModified)
				}
			}
			return c.Blob(http.StatusOK, p.contentType, p.body)
		}
		capture := &captureWriter{ResponseWriter: res.Writer}
		res.Writer = capture
		err = next(c)
		res.Writer = capture.ResponseWriter
		if err == nil && res.Status == http.StatusOK && !capture.overflow && res.Header().Get("Set-Cookie") == "" {
			g.cache.put(key, cachedPage{
				version: version, contentType: res.Header().Get(echo.HeaderContentType), body: capture.buf.Bytes(),
				lastModified: res.Header().Get(echo.HeaderLastModified),
			})
		}
		return err
	}
}
