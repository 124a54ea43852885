package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/labstack/echo/v4"
)

// fakeVersion is a data version the test moves, counting its reads.
type fakeVersion struct {
	version atomic.Int64
	reads   atomic.Int64
}

func (f *fakeVersion) DataVersion(context.Context) (int64, error) {
	f.reads.Add(1)
	return f.version.Load(), nil
}

// countedPage is a public page that counts its renders and holds the
// first until gate is closed.
type countedPage struct {
	renders atomic.Int64
	gate    chan struct{}
}

func (p *countedPage) handle(c echo.Context) error {
	n := p.renders.Add(1)
	if n == 1 {
		<-p.gate
	}
	return c.HTML(http.StatusOK, fmt.Sprintf("render %d", n))
}

func cachedApp(v *fakeVersion, page *countedPage) *echo.Echo {
	g := &guard{data: v, cache: newPageCache()}
	e := echo.New()
	e.GET("/page", page.handle, g.cachePublic)
	return e
}

// get asks for /page in the background; the body arrives on the channel.
func get(e *echo.Echo) <-chan string {
	out := make(chan string, 1)
	go func() {
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/page", nil))
		out <- fmt.Sprintf("%d %s", rec.Code, rec.Body.String())
	}()
	return out
}

// waitFor yields until cond holds.
func waitFor(cond func() bool) {
	for !cond() {
		runtime.Gosched()
	}
}

// Readers who find a page stale while it is being rendered again wait
// for that render instead of each rendering their own: while editors
// save, every write makes every kept page stale at once.
func TestStalePageRenderedOnceForAllReaders(t *testing.T) {
	t.Parallel()
	v, page := &fakeVersion{}, &countedPage{gate: make(chan struct{})}
	v.version.Store(7)
	e := cachedApp(v, page)
	const readers = 16
	var bodies []<-chan string
	for range readers {
		bodies = append(bodies, get(e))
	}
	// Every reader has read the version (and so is past the point where
	// it would render on its own) before the first render may end.
	waitFor(func() bool { return v.reads.Load() == readers && page.renders.Load() >= 1 })
	close(page.gate)
	for _, b := range bodies {
		if got := <-b; got != "200 render 1" {
			t.Errorf("a reader got %q, want the one render's page", got)
		}
	}
	if n := page.renders.Load(); n != 1 {
		t.Errorf("%d readers of one stale page caused %d renders, want 1", readers, n)
	}
}

// A reader who saw a write never gets a page whose render began before
// it: it waits for the next render, which the readers of the new version
// share.
func TestRenderUnderWayServesOnlyOlderReaders(t *testing.T) {
	t.Parallel()
	v, page := &fakeVersion{}, &countedPage{gate: make(chan struct{})}
	v.version.Store(1)
	e := cachedApp(v, page)
	first := get(e)
	waitFor(func() bool { return page.renders.Load() == 1 })
	v.version.Store(2) // a write lands while the page renders
	var later []<-chan string
	for range 8 {
		later = append(later, get(e))
	}
	waitFor(func() bool { return v.reads.Load() == 9 })
	close(page.gate)
	if got := <-first; got != "200 render 1" {
		t.Errorf("the first reader got %q", got)
	}
	for _, b := range later {
		if got := <-b; got != "200 render 2" {
			t.Errorf("a reader who saw the write got %q, want the render begun after it", got)
		}
	}
	if n := page.renders.Load(); n != 2 {
		t.Errorf("%d renders, want 2 (one a version)", n)
	}
}

// When the request rendering a page goes away, the readers waiting for
// it still get the page: one of them renders it.
func TestAbandonedRenderIsTakenOver(t *testing.T) {
	t.Parallel()
	v := &fakeVersion{}
	var renders atomic.Int64
	started, gone := make(chan struct{}), make(chan struct{})
	g := &guard{data: v, cache: newPageCache()}
	e := echo.New()
	e.GET("/page", func(c echo.Context) error {
		if renders.Add(1) == 1 {
			close(started)
			<-c.Request().Context().Done()
			close(gone)
			return c.Request().Context().Err()
		}
		return c.HTML(http.StatusOK, "page")
	}, g.cachePublic)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		e.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/page", nil).WithContext(ctx))
	}()
	<-started
	var waiting []<-chan string
	for range 4 {
		waiting = append(waiting, get(e))
	}
	waitFor(func() bool { return v.reads.Load() == 5 })
	cancel()
	<-gone
	wg.Wait()
	for _, b := range waiting {
		if got := <-b; got != "200 page" {
			t.Errorf("a waiting reader got %q", got)
		}
	}
	if n := renders.Load(); n != 2 {
		t.Errorf("%d renders, want 2 (the abandoned one and one for the rest)", n)
	}
}
