// Package marks keeps a set of marked positions in [0, n) that only grows,
// and finds the nearest marked position before any other in O(log n), so
// that walking back over the marks costs what the marks visited cost, not
// what lies between them.
package marks

// Set is a set of marked positions, a Fenwick tree of counts.
type Set struct {
	tree []int32 // tree[i] counts the marks in (i - lowbit(i), i], 1-based
	top  int     // the highest power of two not above len(tree)-1
}

// New returns an empty set over positions [0, n).
func New(n int) *Set {
	top := 1
	for top*2 <= n {
		top *= 2
	}
	return &Set{tree: make([]int32, n+1), top: top}
}

// Mark marks position i; it must not be marked already.
func (s *Set) Mark(i int) {
	for k := i + 1; k < len(s.tree); k += k & -k {
		s.tree[k]++
	}
}

// Prev returns the highest marked position below i, or -1 when none is.
func (s *Set) Prev(i int) int {
	i = min(i, len(s.tree)-1)
	c := int32(0) // marks in [0, i)
	for k := i; k > 0; k -= k & -k {
		c += s.tree[k]
	}
	if c == 0 {
		return -1
	}
	// The c-th mark: the longest prefix holding fewer than c marks ends
	// just before it.
	pos := 0
	for step := s.top; step > 0; step /= 2 {
		if next := pos + step; next < len(s.tree) && s.tree[next] < c {
			pos = next
			c -= s.tree[next]
		}
	}
	return pos
}
