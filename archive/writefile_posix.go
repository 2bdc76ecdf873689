//go:build unix

package archive

import (
	"io/fs"

	"golang.org/x/sys/unix"
)

// writeTempRename writes data to tmp (created, never over an existing
// file) and renames it to path with bare system calls: os.OpenFile would also set
// up the poller and os.Rename stat the target, together twice the calls
// of the write itself, for each of the tens of thousands of files a crawl
// writes.
func writeTempRename(tmp, path string, data []byte) error {
	fd, err := unix.Open(tmp, unix.O_WRONLY|unix.O_CREAT|unix.O_EXCL|unix.O_CLOEXEC, 0o644)
	if err != nil {
		return &fs.PathError{Op: "open", Path: tmp, Err: err}
	}
	if err := writeAll(fd, data); err != nil {
		unix.Close(fd)
		unix.Unlink(tmp)
		return &fs.PathError{Op: "write", Path: tmp, Err: err}
	}
	if err := unix.Close(fd); err != nil {
		unix.Unlink(tmp)
		return &fs.PathError{Op: "close", Path: tmp, Err: err}
	}
	if err := unix.Rename(tmp, path); err != nil {
		unix.Unlink(tmp)
		return &fs.PathError{Op: "rename", Path: path, Err: err}
	}
	return nil
}

// writeAll writes data to fd whole.
func writeAll(fd int, data []byte) error {
	for len(data) > 0 {
		n, err := unix.Write(fd, data)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		data = data[n:]
	}
	return nil
}
