package archive

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWriteFast: a new file, a file replaced, a file in a directory not
// made yet; each time the whole content, nothing else left in the
// directory.
func TestWriteFast(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, path, data string
	}{
		{"new", "a.json", "first"},
		{"replaced", "a.json", "second, longer than the first"},
		{"replaced shorter", "a.json", "3"},
		{"missing directory", "sub/deeper/b.md", "in a new directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.path)
			if err := writeFast(path, []byte(tt.data)); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.data {
				t.Errorf("content %q, want %q", got, tt.data)
			}
			entries, _ := os.ReadDir(filepath.Dir(path))
			if len(entries) != 1 {
				var names []string
				for _, e := range entries {
					names = append(names, e.Name())
				}
				t.Errorf("directory holds %v, want only %s", names, filepath.Base(path))
			}
		})
	}
}
