package importer

import (
	"runtime"

	"golang.org/x/sys/unix"
)

// background runs fn on an OS thread of its own at a lower CPU priority
// (nice 10), so that on a small machine the pages and forms served beside
// an import (in this process or another) get the CPU first; the import
// takes what they leave. The thread ends with fn: Go never hands a thread
// whose priority was lowered to other work.
func background(fn func()) {
	done := make(chan struct{})
	go func() {
		// Never unlocked: when this goroutine returns, its thread exits.
		runtime.LockOSThread()
		_ = unix.Setpriority(unix.PRIO_PROCESS, unix.Gettid(), importNice)
		defer close(done)
		fn()
	}()
	<-done
}
