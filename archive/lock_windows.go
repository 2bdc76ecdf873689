package archive

import (
	"os"

	"golang.org/x/sys/windows"
)

// lockOffset is the byte LockFileEx locks: far past the pid the file
// holds, which a second run reads to say who holds the archive (Windows
// refuses reads of a locked range).
const lockOffset = 1 << 32

// lockFile takes an exclusive lock on f without waiting.
func lockFile(f *os.File) error {
	ol := windows.Overlapped{Offset: lockOffset & 0xffffffff, OffsetHigh: lockOffset >> 32}
	return windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &ol)
}

func unlockFile(f *os.File) error {
	ol := windows.Overlapped{Offset: lockOffset & 0xffffffff, OffsetHigh: lockOffset >> 32}
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, &ol)
}
