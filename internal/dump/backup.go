package dump

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/quotetrail/quotetrail/models"
)

// ErrBackupEngine is returned by Backup on an engine it cannot copy.
var ErrBackupEngine = errors.New("backup copies a SQLite database; back PostgreSQL up with pg_dump (or quotetrail dump)")

// Backup writes a consistent copy of store's SQLite database to path while
// the app goes on reading and writing: VACUUM INTO reads one snapshot, so
// the copy holds every transaction committed before it started and none
// after. The copy is written beside path and moved into place once
// complete and synced, so path never holds half a backup. An existing
// path is an error unless overwrite is set.
func Backup(ctx context.Context, store *models.Store, path string, overwrite bool) error {
	d := dialectFor(store.Engine())
	if d.backupInto == "" {
		return ErrBackupEngine
	}
	if !overwrite {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("backup: %s already exists (use --force to replace it)", path)
		}
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	tmpName := tmp.Name()
	defer os.Remove(tmpName)
	// VACUUM INTO writes into an empty file.
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if err := store.DB(ctx).Exec(d.backupInto, tmpName).Error; err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	if err := syncFile(tmpName); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if overwrite {
		err = os.Rename(tmpName, path)
	} else {
		// A link fails if path appeared meanwhile, where a rename would
		// replace it.
		err = os.Link(tmpName, path)
	}
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if err := syncFile(dir); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}

// syncFile flushes a file, or a directory's entries, to disk.
func syncFile(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}
