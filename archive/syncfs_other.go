//go:build !linux

package archive

import (
	"os"
	"syscall"
)

func syncfs(d *os.File) error {
	syscall.Sync()
	return nil
}
