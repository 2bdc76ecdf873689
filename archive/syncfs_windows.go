package archive

import (
	"os"
	"time"
)

// syncfs flushes the files of the archive in d changed since the store
// was opened: Windows has no call that flushes a whole file system without
// administrator rights.
func syncfs(d *os.File, since time.Time) error {
	_, err := syncFiles(d.Name(), since)
	return err
}
