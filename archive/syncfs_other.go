//go:build !linux && !windows

package archive

import (
	"os"
	"syscall"
	"time"
)

func syncfs(d *os.File, _ time.Time) error {
	syscall.Sync()
	return nil
}
