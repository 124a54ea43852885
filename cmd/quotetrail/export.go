package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/quotetrail/quotetrail/internal/export"
	"github.com/quotetrail/quotetrail/models"
)

// exportQuotes writes citations for a selection of quotes to stdout or a
// file. A file is written beside its final name and renamed into place,
// so a failed export never leaves half a file behind.
func (m *Main) exportQuotes(ctx context.Context, args []string) error {
	fs := m.flags("export")
	dsn := m.dbFlag(fs)
	format := fs.String("format", "", "bibtex, ris, csl-json, csv, apa, mla, chicago (add -html for HTML)")
	var sel export.Selection
	fs.StringVar(&sel.Person, "person", "", "only this speaker's quotes (slug, as in /people/SLUG)")
	fs.StringVar(&sel.Outlet, "outlet", "", "only quotes printed in this outlet's articles (slug)")
	fs.StringVar(&sel.Via, "via", "", "only quotes that came through this outlet (slug)")
	fs.StringVar(&sel.Topic, "topic", "", "only quotes on this topic (slug)")
	fs.Int64Var(&sel.Article, "article", 0, "only this article's quotes (ID)")
	fs.StringVar(&sel.Query, "q", "", "only the quotes this full-text search finds, as typed on /search")
	fs.StringVar(&sel.Kind, "kind", "", "only quotes of this kind: direct, partial or paraphrase")
	fs.StringVar(&sel.Status, "status", "", "only quotes with this status: unverified, verified, disputed or misattributed")
	fs.StringVar(&sel.From, "from", "", "only quotes dated on or after this day (YYYY-MM-DD)")
	fs.StringVar(&sel.To, "to", "", "only quotes dated on or before this day (YYYY-MM-DD)")
	out := fs.String("o", "", "write to this file instead of standard output (- is standard output too)")
	base := fs.String("base-url", m.env("QUOTETRAIL_BASE_URL", "http://127.0.0.1:8080"), "the app's address, for quote permalinks (env QUOTETRAIL_BASE_URL)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("export takes no arguments, got %q", fs.Args())}
	}
	f, ok := export.Lookup(*format)
	if !ok {
		return usageError{fmt.Sprintf("--format %q: use one of %s", *format, export.Names())}
	}
	store, err := m.openStore(*dsn)
	if err != nil {
		return err
	}
	defer store.Close()
	filter, err := export.Resolve(ctx, store, sel)
	if errors.Is(err, models.ErrNotFound) {
		return fmt.Errorf("nothing to export: %w", err)
	}
	if err != nil {
		return err
	}
	if *out == "" || *out == "-" {
		_, err := export.Write(ctx, store, filter, f.Name, m.Stdout, *base)
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(*out), "."+filepath.Base(*out)+".*")
	if err != nil {
		return fmt.Errorf("export to %s: %w", *out, err)
	}
	defer os.Remove(tmp.Name())
	n, err := export.Write(ctx, store, filter, f.Name, tmp, *base)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("export to %s: %w", *out, err)
	}
	if err := os.Rename(tmp.Name(), *out); err != nil {
		return fmt.Errorf("export to %s: %w", *out, err)
	}
	fmt.Fprintf(m.Stderr, "wrote %d quotes to %s\n", n, *out)
	return nil
}
