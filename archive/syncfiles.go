package archive

import (
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// syncFiles fsyncs every file under dir changed since the given time (a
// margin of two seconds below it: FAT keeps times to two seconds) and
// tells how many. It is Sync where no call flushes a whole file system
// (Windows); a file that cannot be opened for writing (held open by this
// run, or gone) is skipped.
func syncFiles(dir string, since time.Time) (int, error) {
	since = since.Add(-2 * time.Second)
	n := 0
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		info, err := e.Info()
		if err != nil || info.ModTime().Before(since) {
			return nil // gone meanwhile, or written before this run
		}
		f, err := os.OpenFile(path, os.O_RDWR, 0)
		if err != nil {
			return nil
		}
		err = f.Sync()
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			n++
		}
		return err
	})
	return n, err
}
