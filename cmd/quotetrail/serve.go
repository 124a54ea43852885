package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/quotetrail/quotetrail/internal/demo"
	"github.com/quotetrail/quotetrail/web"
)

// serve runs the web app until ctx is cancelled (SIGINT or SIGTERM), then
// lets requests in flight finish.
func (m *Main) serve(ctx context.Context, args []string) error {
	fs := m.flags("serve")
	addr := fs.String("addr", m.env("QUOTETRAIL_ADDR", "127.0.0.1:8080"), "address to listen on (env QUOTETRAIL_ADDR)")
	dsn := m.dbFlag(fs)
	withDemo := fs.Bool("demo", false, "load the demo article into an empty database, and make a demo account when there is none")
	allowPrivate := fs.Bool("allow-private-fetch", m.env("QUOTETRAIL_ALLOW_PRIVATE_FETCH", "") == "true",
		"let article imports fetch from loopback and private addresses (tests, intranets; env QUOTETRAIL_ALLOW_PRIVATE_FETCH=true)")
	trustedProxy := fs.String("trusted-proxy", m.env("QUOTETRAIL_TRUSTED_PROXY", ""),
		"comma-separated addresses or CIDR ranges of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (env QUOTETRAIL_TRUSTED_PROXY)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("serve takes no arguments, got %q", fs.Args())}
	}
	proxies, err := web.ParseTrustedProxies(*trustedProxy)
	if err != nil {
		return usageError{"--trusted-proxy: " + err.Error()}
	}
	logger := m.logger()
	store, err := m.openStore(*dsn)
	if err != nil {
		return err
	}
	defer store.Close()
	if *withDemo {
		loaded, err := demo.Load(ctx, store)
		if err != nil {
			return fmt.Errorf("load demo data: %w", err)
		}
		if loaded {
			logger.Info("loaded the demo article", "quotes", len(demo.Quotes))
		} else {
			logger.Info("database is not empty: demo data not loaded")
		}
		password, created, err := demo.EnsureAccount(ctx, store)
		if err != nil {
			return err
		}
		if created {
			// Said plainly, not only in the log: whoever ran --demo needs
			// it to add a quote.
			fmt.Fprintf(m.Stderr, "\nTo add and edit quotes, log in as %s with the password %s\n\n", demo.AccountEmail, password)
		}
	}
	e, err := web.New(web.Config{AllowPrivateFetch: *allowPrivate, TrustedProxies: proxies}, store, logger)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	srv := &http.Server{
		Handler:           e,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      5 * time.Minute, // exports stream for a while
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	logger.Info("quotetrail is serving", "url", "http://"+ln.Addr().String(), "db", redactDSN(*dsn), "engine", store.Engine())
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), web.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
