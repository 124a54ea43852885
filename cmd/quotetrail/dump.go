package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/quotetrail/quotetrail/internal/dump"
	"github.com/quotetrail/quotetrail/models"
)

// dumpData runs "quotetrail dump FILE|-": every table as portable JSON
// lines. A file is written beside its final name and renamed into place,
// so a failed dump never leaves half a file behind.
func (m *Main) dumpData(ctx context.Context, args []string) error {
	fs := m.flags("dump")
	dsn := m.dbFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"dump takes one FILE, or - for standard output"}
	}
	out := fs.Arg(0)
	store, err := m.openStore(*dsn)
	if err != nil {
		return err
	}
	defer store.Close()
	if out == "-" {
		counts, err := dump.Write(ctx, store, m.Stdout, m.warn)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stderr, "dumped %s\n", countList(counts))
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*")
	if err != nil {
		return fmt.Errorf("dump to %s: %w", out, err)
	}
	defer os.Remove(tmp.Name())
	counts, err := dump.Write(ctx, store, tmp, m.warn)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("dump to %s: %w", out, err)
	}
	if err := os.Rename(tmp.Name(), out); err != nil {
		return fmt.Errorf("dump to %s: %w", out, err)
	}
	fmt.Fprintf(m.Stderr, "dumped %s to %s\n", countList(counts), out)
	return nil
}

// restoreData runs "quotetrail restore FILE|-": a dump loaded into an
// empty database, all or nothing.
func (m *Main) restoreData(ctx context.Context, args []string) error {
	fs := m.flags("restore")
	dsn := m.dbFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"restore takes one FILE (a quotetrail dump), or - for standard input"}
	}
	var in io.Reader = m.Stdin
	if name := fs.Arg(0); name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("restore: %w", err)
		}
		defer f.Close()
		in = f
	}
	// A restore into a SQLite file that is not there yet makes it; one
	// that fails takes it away again, rather than leave an empty
	// database where none was.
	files := models.SQLiteFiles(*dsn)
	made := len(files) > 0
	if made {
		if _, err := os.Stat(files[0]); !errors.Is(err, os.ErrNotExist) {
			made = false
		}
	}
	store, err := m.openStore(*dsn)
	if err != nil {
		return err
	}
	counts, err := dump.Restore(ctx, store, in, m.warn)
	store.Close()
	if err != nil {
		if made {
			for _, f := range files {
				os.Remove(f)
			}
		}
		return fmt.Errorf("%w; nothing was restored", err)
	}
	var total int64
	for _, c := range counts {
		fmt.Fprintf(m.Stdout, "%-16s %d\n", c.Table, c.Rows)
		total += c.Rows
	}
	fmt.Fprintf(m.Stdout, "restored %d rows into %s\n", total, redactDSN(*dsn))
	return nil
}

// backupData runs "quotetrail backup FILE": a consistent copy of a live
// SQLite database.
func (m *Main) backupData(ctx context.Context, args []string) error {
	fs := m.flags("backup")
	dsn := m.dbFlag(fs)
	force := fs.Bool("force", false, "replace FILE if it exists")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"backup takes one FILE to write the copy to"}
	}
	if models.EngineFor(*dsn) != models.SQLite {
		return dump.ErrBackupEngine
	}
	store, err := m.openStore(*dsn)
	if err != nil {
		return err
	}
	defer store.Close()
	out := fs.Arg(0)
	if err := dump.Backup(ctx, store, out, *force); err != nil {
		return err
	}
	info, err := os.Stat(out)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	fmt.Fprintf(m.Stdout, "backed up %s to %s (%d bytes)\n", *dsn, out, info.Size())
	return nil
}

// warn tells of a value a dump or a restore wrote otherwise than it
// found it, on standard error, as it goes.
func (m *Main) warn(msg string) { fmt.Fprintln(m.Stderr, "warning: "+msg) }

// countList says "3 outlets, 4 outlet_domains, ...".
func countList(counts []dump.TableCount) string {
	parts := make([]string, len(counts))
	for i, c := range counts {
		parts[i] = fmt.Sprintf("%d %s", c.Rows, c.Table)
	}
	return strings.Join(parts, ", ")
}
