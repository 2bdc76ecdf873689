package archive

import (
	"os"
	"time"

	"golang.org/x/sys/windows"
)

// syncfs flushes the files of the archive in d changed since the store
// was opened: Windows has no call that flushes a whole file system without
// administrator rights.
func syncfs(d *os.File, since time.Time) error {
	_, err := syncFiles(d.Name(), since, flushShared)
	return err
}

// flushShared flushes path through a handle that lets others rename or
// replace the file meanwhile (FILE_SHARE_DELETE, which os.OpenFile does
// not give): the end of a run writes articles.jsonl and the manifest
// while Sync runs.
func flushShared(path string) error {
	p, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return err
	}
	h, err := windows.CreateFile(p, windows.GENERIC_WRITE,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE|windows.FILE_SHARE_DELETE,
		nil, windows.OPEN_EXISTING, windows.FILE_ATTRIBUTE_NORMAL, 0)
	if err != nil {
		if err == windows.ERROR_FILE_NOT_FOUND || err == windows.ERROR_PATH_NOT_FOUND {
			return os.ErrNotExist
		}
		return &os.PathError{Op: "open", Path: path, Err: err}
	}
	err = windows.FlushFileBuffers(h)
	if cerr := windows.CloseHandle(h); err == nil {
		err = cerr
	}
	if err != nil {
		return &os.PathError{Op: "flush", Path: path, Err: err}
	}
	return nil
}
