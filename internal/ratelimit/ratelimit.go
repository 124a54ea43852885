// Package ratelimit gives each client address a token bucket of requests,
// for endpoints that anyone may call and that cost the server real work.
// It remembers a bounded number of addresses, forgetting the one seen
// least recently, so a flood of addresses cannot grow it without end.
package ratelimit

import (
	"container/list"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Limiter hands out requests per key (a client address). It is safe for
// concurrent use.
type Limiter struct {
	limit rate.Limit
	burst int
	max   int

	mu      sync.Mutex
	clients map[string]*list.Element // key -> element of seen holding a *client
	seen    *list.List               // most recently seen first
}

type client struct {
	key     string
	limiter *rate.Limiter
}

// New returns a limiter that lets each key make burst requests at once
// and then one every interval, remembering at most maxClients keys.
func New(interval time.Duration, burst, maxClients int) *Limiter {
	return &Limiter{
		limit: rate.Every(interval), burst: max(burst, 1), max: max(maxClients, 1),
		clients: map[string]*list.Element{}, seen: list.New(),
	}
}

// Allow reports whether key may make a request now; when it may not, it
// also says how long until it may.
func (l *Limiter) Allow(key string) (ok bool, retryAfter time.Duration) {
	return l.AllowAt(key, time.Now())
}

// AllowAt is Allow at the time now.
func (l *Limiter) AllowAt(key string, now time.Time) (ok bool, retryAfter time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r := l.bucket(key).ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now) // a refused request costs nothing
		return false, d
	}
	return true, 0
}

// Tracked returns how many keys the limiter remembers.
func (l *Limiter) Tracked() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.clients)
}

// bucket returns key's bucket, making one (and forgetting the least
// recently seen key when full) if it has none. l.mu is held.
func (l *Limiter) bucket(key string) *rate.Limiter {
	if el, ok := l.clients[key]; ok {
		l.seen.MoveToFront(el)
		return el.Value.(*client).limiter
	}
	if len(l.clients) >= l.max {
		oldest := l.seen.Back()
		l.seen.Remove(oldest)
		delete(l.clients, oldest.Value.(*client).key)
	}
	c := &client{key: key, limiter: rate.NewLimiter(l.limit, l.burst)}
	l.clients[key] = l.seen.PushFront(c)
	return c.limiter
}
