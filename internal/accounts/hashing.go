package accounts

import (
	"context"
	"errors"
	"time"
)

// ErrBusy is a password check or hash that found every hashing slot taken
// for longer than it may wait: the caller answers 429 and the client tries
// again later.
var ErrBusy = errors.New("too many password checks at once")

// hashWait is how long a password check waits for a free slot before it
// is refused with ErrBusy: long enough to ride out a few logins at once,
// short enough that a flood is answered quickly instead of queueing.
const hashWait = time.Second

// hashing bounds the argon2id work that runs at once. Each hash holds
// 19 MiB and tens of milliseconds of a core; without a bound, 200
// simultaneous logins held 3.7 GiB and starved every other request. With
// one slot per core, memory stays under cores × 19 MiB and a flood gets
// quick refusals.
type hashing struct {
	slots chan struct{}
	wait  time.Duration
}

func newHashing(slots int, wait time.Duration) *hashing {
	return &hashing{slots: make(chan struct{}, max(slots, 1)), wait: wait}
}

// acquire takes a slot, waiting at most h.wait, and returns the function
// that gives it back.
func (h *hashing) acquire(ctx context.Context) (release func(), err error) {
	select {
	case h.slots <- struct{}{}:
		return func() { <-h.slots }, nil
	default:
	}
	timer := time.NewTimer(h.wait)
	defer timer.Stop()
	select {
	case h.slots <- struct{}{}:
		return func() { <-h.slots }, nil
	case <-timer.C:
		return nil, ErrBusy
	case <-ctx.Done():
		return nil, context.Cause(ctx)
	}
}

// HashPassword hashes a new password (HashPassword) in one of the store's
// hashing slots.
func (s *Store) HashPassword(ctx context.Context, password string) (string, error) {
	release, err := s.hashing.acquire(ctx)
	if err != nil {
		return "", err
	}
	defer release()
	return HashPassword(password)
}
