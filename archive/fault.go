package archive

import (
	"errors"
	"fmt"
	"syscall"
)

// LocalError is a fault of the machine the archive is written on — a
// full disk or quota, a read-only file system, an I/O error — met while
// writing into Dir. Retrying cannot help; the run stops at once and the
// same command finishes the job once the fault is mended.
type LocalError struct {
	Dir string
	Err error
}

func (e *LocalError) Error() string {
	what, advice := "I/O error", "check the disk"
	switch {
	case errors.Is(e.Err, syscall.ENOSPC), errors.Is(e.Err, syscall.EDQUOT):
		what, advice = "no space left on device", "free space"
	case errors.Is(e.Err, syscall.EROFS):
		what, advice = "read-only file system", "make it writable"
	}
	return fmt.Sprintf("%s writing %s: %s and run the same command again (%v)", what, e.Dir, advice, e.Err)
}

func (e *LocalError) Unwrap() error { return e.Err }

// LocalFault says whether err is a fault of the local machine rather than
// of the site: no space, a quota, a read-only file system, an I/O error.
func LocalFault(err error) bool {
	var le *LocalError
	return errors.As(err, &le) || errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) ||
		errors.Is(err, syscall.EROFS) || errors.Is(err, syscall.EIO)
}
