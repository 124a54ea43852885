package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/quotetrail/quotetrail/models"
)

// Main is the program: its streams, and the subcommands it dispatches to.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

// NewMain returns the program wired to the given streams and the process
// environment.
func NewMain(stdin io.Reader, stdout, stderr io.Writer) *Main {
	return &Main{Stdin: stdin, Stdout: stdout, Stderr: stderr, Getenv: os.Getenv}
}

// usageError is a mistake in how the program was called: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func exitCode(err error) int {
	var ue usageError
	if errors.As(err, &ue) || errors.Is(err, flag.ErrHelp) {
		return 2
	}
	return 1
}

const usage = `quotetrail keeps track of who said what, where it was printed, and how to cite it.

Usage:
  quotetrail [serve] [--addr 127.0.0.1:8080] [--db quotetrail.db] [--demo]
  quotetrail extract [--html] [FILE|-]
                                     quotes found in an article's text or HTML page, as JSON
  quotetrail export --format bibtex|ris|csl-json|csv|apa|mla|chicago [--person SLUG] [--outlet SLUG]
                    [--via SLUG] [--article ID] [--topic SLUG] [-o FILE]
                                     citations for a selection of quotes
  quotetrail import [--format auto|jsonl|quotebank|csv] [--on-error skip|stop] FILE
                                     quotes in bulk; .bz2 is read directly
  quotetrail dump FILE|-             the whole database as portable JSON lines
  quotetrail restore FILE|-          load a dump into an empty database (SQLite or PostgreSQL)
  quotetrail backup [--force] FILE   a consistent copy of a live SQLite database
  quotetrail user add --email EMAIL --role admin|editor [--name NAME]
                                     add a user; the password (12+ characters) is read from stdin

Every subcommand takes --db (or QUOTETRAIL_DB): a SQLite file, or a
postgres:// DSN. The server also reads QUOTETRAIL_ADDR.
Run "quotetrail COMMAND --help" for a command's flags.
`

// Run runs the subcommand named by args[0] (serve when none is named).
func (m *Main) Run(ctx context.Context, args []string) error {
	cmd := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		return m.serve(ctx, args)
	case "export":
		return m.exportQuotes(ctx, args)
	case "extract":
		return m.extractQuotes(ctx, args)
	case "import":
		return m.importQuotes(ctx, args)
	case "dump":
		return m.dumpData(ctx, args)
	case "restore":
		return m.restoreData(ctx, args)
	case "backup":
		return m.backupData(ctx, args)
	case "user":
		return m.user(ctx, args)
	case "help":
		fmt.Fprint(m.Stdout, usage)
		return nil
	default:
		fmt.Fprint(m.Stderr, usage)
		return usageError{fmt.Sprintf("unknown command %q", cmd)}
	}
}

// flags starts a flag set that reports errors through Main's streams and
// returns them instead of exiting.
func (m *Main) flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	return fs
}

// parse parses args and turns flag mistakes into usage errors.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}

// env returns the environment variable, or def when it is unset or empty.
func (m *Main) env(name, def string) string {
	if v := m.Getenv(name); v != "" {
		return v
	}
	return def
}

// dbFlag declares --db with QUOTETRAIL_DB as its default.
func (m *Main) dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", m.env("QUOTETRAIL_DB", "quotetrail.db"), "database: a SQLite file or a postgres:// DSN (env QUOTETRAIL_DB)")
}

func (m *Main) openStore(dsn string) (*models.Store, error) {
	store, err := models.Open(dsn, models.LogMigrations(m.logger()))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", redactDSN(dsn), err)
	}
	return store, nil
}

// redactDSN hides a password in a DSN before it is printed.
func redactDSN(dsn string) string {
	if i := strings.Index(dsn, "://"); i >= 0 {
		if at := strings.LastIndex(dsn, "@"); at > i {
			if colon := strings.Index(dsn[i+3:at], ":"); colon >= 0 {
				return dsn[:i+3+colon+1] + "***" + dsn[at:]
			}
		}
	}
	return dsn
}

func (m *Main) logger() *slog.Logger {
	if m.Getenv("QUOTETRAIL_LOG_FORMAT") == "json" {
		return slog.New(slog.NewJSONHandler(m.Stderr, nil))
	}
	return slog.New(slog.NewTextHandler(m.Stderr, nil))
}
