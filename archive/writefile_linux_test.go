package archive

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/sys/unix"
)

// TestLinkProc: the way an unnamed file is linked where linking the
// descriptor itself is refused (an unprivileged process before Linux
// 6.10), which a privileged test run would not otherwise take.
func TestLinkProc(t *testing.T) {
	dir := t.TempDir()
	fd, err := unix.Open(dir, unix.O_WRONLY|unix.O_TMPFILE|unix.O_CLOEXEC, 0o644)
	if err != nil {
		t.Skipf("no O_TMPFILE here: %v", err)
	}
	defer unix.Close(fd)
	if err := writeAll(fd, []byte("whole")); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "a.json")
	if err := linkProc(fd, path); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(path); err != nil || string(got) != "whole" {
		t.Fatalf("read %q, %v; want %q", got, err, "whole")
	}
	if err := linkProc(fd, path); err != unix.EEXIST {
		t.Errorf("linking over an existing file: %v, want EEXIST", err)
	}
}
