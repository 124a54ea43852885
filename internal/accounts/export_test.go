package accounts

import (
	"context"
	"time"
)

// LoginFailures lets the tests read the counts a login is judged by.
func (s *Store) LoginFailures(ctx context.Context, email, address string, now time.Time) (byEmail, byAddress int64, err error) {
	return countFailures(s.db(ctx), email, address, now)
}
