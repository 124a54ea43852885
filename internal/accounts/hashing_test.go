package accounts

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// No more hashes run at once than there are slots; one that finds them
// all taken for longer than its wait is refused with ErrBusy, and one
// whose request ends stops waiting.
func TestHashingSlots(t *testing.T) {
	h := newHashing(2, 50*time.Millisecond)
	var running, most atomic.Int32
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			release, err := h.acquire(context.Background())
			if errors.Is(err, ErrBusy) {
				return
			}
			if err != nil {
				t.Error(err)
				return
			}
			n := running.Add(1)
			for {
				m := most.Load()
				if n <= m || most.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(20 * time.Millisecond)
			running.Add(-1)
			release()
		}()
	}
	wg.Wait()
	if most.Load() > 2 {
		t.Errorf("%d hashes ran at once; the limit is 2", most.Load())
	}

	// Both slots held: the next waits its 50ms and is refused.
	r1, _ := h.acquire(context.Background())
	r2, _ := h.acquire(context.Background())
	if _, err := h.acquire(context.Background()); !errors.Is(err, ErrBusy) {
		t.Errorf("all slots taken: %v, want ErrBusy", err)
	}
	patient := newHashing(1, time.Hour)
	held, _ := patient.acquire(context.Background())
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(10*time.Millisecond, cancel)
	if _, err := patient.acquire(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("a request that ended while waiting: %v, want context.Canceled", err)
	}
	held()
	r1()
	r2()
	if release, err := h.acquire(context.Background()); err != nil {
		t.Errorf("a slot freed: %v", err)
	} else {
		release()
	}
}
