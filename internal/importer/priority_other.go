//go:build !linux

package importer

// background runs fn; lowering one thread's priority is Linux's.
func background(fn func()) { fn() }
