package web

import (
	"bytes"
	"context"
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
// only to readers who saw that version or an older one, so no cached page
// outlives a write made through any instance.
//
// While editors save, the version changes many times a second and every
// kept page is stale at once: each page is then rendered once for all the
// readers waiting for it, not once per reader (renders).
type pageCache struct {
	mu      sync.Mutex
	entries map[string]cachedPage
	order   []string // oldest first, for eviction
	bytes   int
	renders map[string]*renders
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

// renders are the render of a page under way and the one queued after
// it for readers who saw a newer version than it started from. A page has
// at most one render at a time, however many readers and writes.
type renders struct{ cur, next *flight }

// flight is one render of a page, shared by the readers waiting for it.
type flight struct {
	// version was read before the render began, so the page shows at
	// least that version's data and may serve any reader who saw it or an
	// older one. The queued render's version rises as readers join it.
	version int64
	done    chan struct{} // closed when the render ends
	// Set before done is closed.
	page    cachedPage
	outcome renderOutcome
}

type renderOutcome int

const (
	// abandoned: the render did not finish (its request ended first);
	// its readers ask again.
	abandoned renderOutcome = iota
	// rendered: page is the page, for every reader.
	rendered
	// private: the response could not be kept (not a 200, sets a cookie,
	// too large); each reader renders its own, as without the cache.
	private
)

func newPageCache() *pageCache {
	return &pageCache{entries: map[string]cachedPage{}, renders: map[string]*renders{}}
}

// join tells a reader who saw version what it gets for key: a kept page
// at least that new (hit); else a render to wait for (f); else a render
// of its own to do (lead), after the one under way (after, when set)
// ends, since that one started from an older version.
func (pc *pageCache) join(key string, version int64) (p cachedPage, hit bool, f *flight, lead bool, after *flight) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	if p, ok := pc.entries[key]; ok && p.version >= version {
		return p, true, nil, false, nil
	}
	r := pc.renders[key]
	if r == nil {
		r = &renders{}
		pc.renders[key] = r
	}
	switch {
	case r.cur == nil:
		r.cur = newFlight(version)
		return cachedPage{}, false, r.cur, true, nil
	case r.cur.version >= version:
		return cachedPage{}, false, r.cur, false, nil
	case r.next == nil:
		r.next = newFlight(version)
		return cachedPage{}, false, r.next, true, r.cur
	default:
		// The queued render starts after this reader saw its version.
		r.next.version = max(r.next.version, version)
		return cachedPage{}, false, r.next, false, nil
	}
}

func newFlight(version int64) *flight {
	return &flight{version: version, done: make(chan struct{})}
}

// finish ends f, a render of key, keeps its page if it has one, lets the
// queued render start and wakes f's readers.
func (pc *pageCache) finish(key string, f *flight, p cachedPage, outcome renderOutcome) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	if outcome == rendered {
		p.version = f.version
		pc.putLocked(key, p)
	}
	f.page, f.outcome = p, outcome
	if r := pc.renders[key]; r != nil {
		switch f {
		case r.cur:
			r.cur, r.next = r.next, nil
		case r.next: // given up before its turn
			r.next = nil
		}
		if r.cur == nil && r.next == nil {
			delete(pc.renders, key)
		}
	}
	close(f.done)
}

func (pc *pageCache) putLocked(key string, p cachedPage) {
	if old, ok := pc.entries[key]; ok {
		if old.version > p.version {
			return
		}
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
// page's queries and rendering. When it has changed, one request renders
// the page again and the others asking for it meanwhile get the same
// page. Signed-in editors, one-time messages and responses that set
// cookies always go through. The version doubles as a weak ETag, so a
// browser's conditional request gets a 304.
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
		for {
			p, hit, f, lead, after := g.cache.join(key, version)
			switch {
			case hit:
				return serveKept(c, p)
			case lead:
				return g.cache.render(c, next, key, f, after)
			}
			select {
			case <-f.done:
			case <-req.Context().Done():
				return fmt.Errorf("wait for the page: %w", context.Cause(req.Context()))
			}
			switch f.outcome {
			case rendered:
				return serveKept(c, f.page)
			case private:
				return next(c)
			}
			// abandoned: join again; another reader renders it.
		}
	}
}

// render renders the page of key for f's readers, once the render under
// way (after) has ended, and keeps it when it may serve anyone.
func (pc *pageCache) render(c echo.Context, next echo.HandlerFunc, key string, f *flight, after *flight) (err error) {
	outcome := abandoned
	var page cachedPage
	defer func() { pc.finish(key, f, page, outcome) }()
	ctx := c.Request().Context()
	if after != nil {
		select {
		case <-after.done:
		case <-ctx.Done():
			return fmt.Errorf("wait for the page: %w", context.Cause(ctx))
		}
	}
	res := c.Response()
	capture := &captureWriter{ResponseWriter: res.Writer}
	res.Writer = capture
	err = next(c)
	res.Writer = capture.ResponseWriter
	switch {
	case err == nil && res.Status == http.StatusOK && !capture.overflow && res.Header().Get("Set-Cookie") == "":
		page = cachedPage{
			contentType: res.Header().Get(echo.HeaderContentType), body: capture.buf.Bytes(),
			lastModified: res.Header().Get(echo.HeaderLastModified),
		}
		outcome = rendered
	case ctx.Err() == nil:
		outcome = private
	}
	return err
}

// serveKept answers with a kept page, or with 304 when the client already
// has it by its Last-Modified date.
func serveKept(c echo.Context, p cachedPage) error {
	if p.lastModified != "" {
		c.Response().Header().Set(echo.HeaderLastModified, p.lastModified)
		if t, err := http.ParseTime(p.lastModified); err == nil && handlers.NotModifiedSince(c.Request(), t) {
			return c.NoContent(http.StatusNotModified)
		}
	}
	return c.Blob(http.StatusOK, p.contentType, p.body)
}
