package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// helperServeEnv carries the arguments of a server process that a test
// starts from this test binary, separated by \x1f.
const helperServeEnv = "QUOTETRAIL_HELPER_SERVE"

// TestHelperServe is not a test of its own: it is the server process that
// startServer starts.
func TestHelperServe(t *testing.T) {
	args := os.Getenv(helperServeEnv)
	if args == "" {
		t.Skip("the server process of the tests that start one")
	}
	m := NewMain(os.Stdin, os.Stdout, os.Stderr)
	if err := m.Run(context.Background(), strings.Split(args, "\x1f")); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// server is a `quotetrail serve` process a test started.
type server struct {
	Base   string      // its base URL
	Logs   *syncBuffer // what it logs
	cmd    *exec.Cmd
	exited chan struct{}
}

// Kill stops the server with SIGKILL, as a crash or the OOM killer would,
// and waits until it is gone.
func (s *server) Kill(t *testing.T) {
	t.Helper()
	if err := s.cmd.Process.Signal(os.Kill); err != nil {
		t.Fatal(err)
	}
	<-s.exited
}

// startServer runs `quotetrail serve` with args, on a free port, as a
// process of its own (this test binary, running TestHelperServe). It is
// stopped, if it is still running, when the test ends.
func startServer(t *testing.T, args ...string) *server {
	t.Helper()
	s := &server{Logs: &syncBuffer{}, exited: make(chan struct{})}
	s.cmd = exec.Command(os.Args[0], "-test.run=^TestHelperServe$")
	args = append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)
	s.cmd.Env = append(os.Environ(), helperServeEnv+"="+strings.Join(args, "\x1f"))
	s.cmd.Stdout, s.cmd.Stderr = io.Discard, s.Logs
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { s.cmd.Wait(); close(s.exited) }()
	t.Cleanup(func() {
		s.cmd.Process.Signal(os.Interrupt)
		select {
		case <-s.exited:
		case <-time.After(10 * time.Second):
			s.cmd.Process.Kill()
			<-s.exited
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if m := urlRE.FindStringSubmatch(s.Logs.String()); m != nil {
			s.Base = m[1]
			return s
		}
		select {
		case <-s.exited:
			t.Fatalf("quotetrail serve stopped:\n%s", s.Logs)
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("quotetrail serve did not start:\n%s", s.Logs)
	return nil
}
