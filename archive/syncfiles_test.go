package archive

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestSyncFiles: what Sync does on Windows flushes the files a run wrote
// and leaves older ones alone; a file gone meanwhile is no error, a
// failing flush is.
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
	var flushed []string
	n, err := syncFiles(dir, start, func(path string) error {
		rel, _ := filepath.Rel(dir, path)
		flushed = append(flushed, filepath.ToSlash(rel))
		f, err := os.OpenFile(path, os.O_RDWR, 0)
		if err != nil {
			return err
		}
		defer f.Close()
		return f.Sync()
	})
	slices.Sort(flushed)
	if want := []string{"records/000/1.json", "records/000/1.md", "warc/a.warc.gz"}; err != nil || n != 3 || !slices.Equal(flushed, want) {
		t.Fatalf("syncFiles = %d, %v, flushed %v; want %v", n, err, flushed, want)
	}

	gone := func(path string) error {
		if strings.HasSuffix(path, ".md") {
			return fs.ErrNotExist
		}
		return nil
	}
	if n, err := syncFiles(dir, start, gone); err != nil || n != 2 {
		t.Errorf("a file gone meanwhile: syncFiles = %d, %v; want 2, nil", n, err)
	}
	broken := errors.New("device error")
	if _, err := syncFiles(dir, start, func(string) error { return broken }); !errors.Is(err, broken) {
		t.Errorf("a failing flush: syncFiles = %v, want %v", err, broken)
	}
}
