// Command quotetrail runs the quotetrail web app and its command-line
// tools. main only hands over to Main, so tests can run the real program
// in-process.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain(os.Stdin, os.Stdout, os.Stderr)
	if err := m.Run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "quotetrail:", err)
		os.Exit(exitCode(err))
	}
}
