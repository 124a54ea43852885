package ratelimit

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// A key gets its burst at once, then one request per interval; other keys
// are not affected.
func TestBurstThenInterval(t *testing.T) {
	l := New(time.Second, 3, 10)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 3 {
		if ok, _ := l.AllowAt("a", now); !ok {
			t.Fatalf("request %d of the burst refused", i+1)
		}
	}
	ok, wait := l.AllowAt("a", now)
	if ok || wait <= 0 || wait > time.Second {
		t.Fatalf("fourth request: ok %v, retry after %v; want refused, retry within a second", ok, wait)
	}
	if ok, _ := l.AllowAt("b", now); !ok {
		t.Fatal("another key was refused")
	}
	if ok, _ := l.AllowAt("a", now.Add(time.Second)); !ok {
		t.Fatal("a second later, the key was still refused")
	}
	if ok, _ := l.AllowAt("a", now.Add(time.Second)); ok {
		t.Fatal("a second later, two requests were allowed; want one")
	}
}

// Refused requests do not push the next allowed one further away.
func TestRefusalsCostNothing(t *testing.T) {
	l := New(time.Second, 1, 10)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l.AllowAt("a", now)
	for range 100 {
		l.AllowAt("a", now)
	}
	if ok, _ := l.AllowAt("a", now.Add(time.Second)); !ok {
		t.Fatal("after refusals, the key waited longer than one interval")
	}
}

// The limiter remembers no more than its maximum of keys, forgetting the
// least recently seen.
func TestBoundedKeys(t *testing.T) {
	l := New(time.Hour, 1, 3)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 100 {
		l.AllowAt(fmt.Sprint(i), now)
	}
	if n := l.Tracked(); n != 3 {
		t.Fatalf("tracking %d keys, want 3", n)
	}
	if ok, _ := l.AllowAt("99", now); ok {
		t.Fatal("the most recent key was forgotten")
	}
	if ok, _ := l.AllowAt("0", now); !ok {
		t.Fatal("the oldest key was remembered")
	}
}

// Under concurrent requests one key gets exactly its burst.
func TestConcurrent(t *testing.T) {
	l := New(time.Hour, 5, 100)
	var allowed atomic.Int32
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if ok, _ := l.Allow("a"); ok {
				allowed.Add(1)
			}
			l.Allow(fmt.Sprint("other", i))
		}()
	}
	wg.Wait()
	if n := allowed.Load(); n != 5 {
		t.Fatalf("%d of 50 concurrent requests allowed, want the burst of 5", n)
	}
}
