package archive

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// LockFile keeps two runs off one archive.
const LockFile = ".lock"

// ErrLocked means another run holds the archive.
var ErrLocked = errors.New("archive is in use by another run")

// Lock takes the archive's lock (an flock, or LockFileEx on Windows:
// released by the system if the process dies) or says who holds it.
func Lock(dir string) (unlock func(), err error) {
	path := filepath.Join(dir, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	if err := lockFile(f); err != nil {
		holder, _ := os.ReadFile(path)
		f.Close()
		pid := strings.TrimSpace(string(holder))
		if pid != "" {
			return nil, fmt.Errorf("%w: %s is locked by pid %s", ErrLocked, dir, pid)
		}
		return nil, fmt.Errorf("%w: %s", ErrLocked, dir)
	}
	f.Truncate(0)
	f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	return func() {
		f.Truncate(0)
		unlockFile(f)
		f.Close()
	}, nil
}
