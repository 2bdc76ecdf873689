package archive

import (
	"errors"
	"io/fs"
	"path/filepath"
	"time"
)

// syncFiles flushes, with flush, every file under dir changed since the
// given time (a margin of two seconds below it: FAT keeps times to two
// seconds) and tells how many. It is Sync where no call flushes a whole
// file system (Windows). What is gone by the time it is reached is
// skipped.
func syncFiles(dir string, since time.Time, flush func(path string) error) (int, error) {
	since = since.Add(-2 * time.Second)
	n := 0
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) {
			return nil // removed meanwhile (a temporary file or folder)
		}
		if err != nil || e.IsDir() {
			return err
		}
		info, err := e.Info()
		if err != nil || info.ModTime().Before(since) {
			return nil // gone meanwhile, or written before this run
		}
		if err := flush(path); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		n++
		return nil
	})
	return n, err
}
