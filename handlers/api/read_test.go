package api_test

import (
	"net/http"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

func TestSmoke(t *testing.T) {
	t.Parallel()
	c := newClient(t, apptest.NewAnonymous(t, true))
	for _, p := range []string{"/api/v1/people", "/api/v1/outlets", "/api/v1/topics", "/api/v1/articles", "/api/v1/quotes", "/api/v1/search?q=data", "/api/v1/people/lina-khan", "/api/v1/quotes/1", "/api/v1/articles/1", "/api/v1/quotes/1/reports", "/api/v1/people/nobody", "/api/v1/quotes?kind=x", "/api/v1/quotes?cursor=zz"} {
		a := c.get(p)
		t.Logf("%s %d %.600s", p, a.Status, a.Body)
	}
	_ = http.StatusOK
}
