package marks

import (
	"math/rand/v2"
	"testing"
)

// TestPrevMatchesScan compares Prev with a plain backward scan over random
// sets of every size up to a few hundred positions.
func TestPrevMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 300; n++ {
		s := New(n)
		marked := make([]bool, n)
		for range n / 2 {
			if n == 0 {
				break
			}
			i := rng.IntN(n)
			if !marked[i] {
				marked[i] = true
				s.Mark(i)
			}
			for q := 0; q <= n+1; q++ {
				want := -1
				for k := min(q, n) - 1; k >= 0; k-- {
					if marked[k] {
						want = k
						break
					}
				}
				if got := s.Prev(q); got != want {
					t.Fatalf("n=%d: Prev(%d) = %d, want %d", n, q, got, want)
				}
			}
		}
	}
}
