package archive

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestSyncFiles: what Sync does on Windows flushes the files a run wrote
// and leaves older ones alone.
func TestSyncFiles(t *testing.T) {
	dir := t.TempDir()
	start := time.Now()
	old := time.Now().Add(-time.Hour)
	for name, mtime := range map[string]time.Time{
		"records/000/1.json": start, "records/000/1.md": start, "warc/a.warc.gz": start,
		"records/000/2.json": old, "assets/x.jpg": old,
	} {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(name), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	n, err := syncFiles(dir, start)
	if err != nil || n != 3 {
		t.Fatalf("syncFiles = %d, %v; want the 3 files of this run", n, err)
	}
}
