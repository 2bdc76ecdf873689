package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/replica"
)

// TestReextractFromWARC: an archive crawled from a server that fails some
// requests first (so its WARC files hold 500s and 503s before the pages)
// is re-extracted from its WARC files with the server gone: every record
// file and articles.jsonl come out byte for byte, and the new archive
// verifies (its records point at the WARC records, linked into it).
func TestReextractFromWARC(t *testing.T) {
	site, srv, ts := loadReplica(t)
	srv.SetFaults(replica.Faults{Share: 0.15, Failures: 2, Seed: 11, SlowDelay: 1500 * time.Millisecond, RetryAfter: "0"})
	old := t.TempDir()
	var stderr bytes.Buffer
	args := crawlArgs(ts.URL+"/", old, "--timeout", "500ms", "--retry-wait", "10ms", "--attempts", "4")
	if code := run(context.Background(), args, &bytes.Buffer{}, &stderr); code != exitOK {
		t.Fatalf("crawl: exit %d: %s", code, stderr.String())
	}
	ts.Close() // nothing may reach the network now

	out := filepath.Join(t.TempDir(), "again")
	args = []string{"crawl", "--from-warc", old, "--out", out, "--concurrency", "8", "--log-level", "error"}
	if code := run(context.Background(), args, &bytes.Buffer{}, &stderr); code != exitOK {
		t.Fatalf("re-extract: exit %d: %s", code, stderr.String())
	}
	checkGolden(t, site, out, ts.URL)
	for _, rel := range append(recordFiles(t, old), archive.JSONLFile) {
		a, errA := os.ReadFile(filepath.Join(old, rel))
		b, errB := os.ReadFile(filepath.Join(out, rel))
		if errA != nil || errB != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs after re-extraction (%v, %v)", rel, errA, errB)
		}
	}
	var vout bytes.Buffer
	if code := run(context.Background(), []string{"verify", out}, &vout, &stderr); code != exitOK {
		t.Errorf("verify of the re-extracted archive: exit %d: %s%s", code, vout.String(), stderr.String())
	}
}

func recordFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(filepath.Join(dir, archive.RecordsDir), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			files = append(files, rel)
		}
		return err
	})
	if err != nil || len(files) < 100 {
		t.Fatalf("record files of %s: %d, %v", dir, len(files), err)
	}
	return files
}

// Re-extraction refuses, in one line, what it cannot do.
func TestReextractRefused(t *testing.T) {
	notArchive := t.TempDir()
	old := t.TempDir()
	if err := os.WriteFile(filepath.Join(old, archive.ManifestFile), []byte(`{"site":"http://127.0.0.1:1/"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no archive", []string{"crawl", "--from-warc", notArchive, "--out", t.TempDir()}, "is not an archive"},
		{"same directory", []string{"crawl", "--from-warc", old, "--out", old + "/."}, "another directory"},
		{"no out", []string{"crawl", "--from-warc", old}, "--out is required"},
		{"no WARC files", []string{"crawl", "--from-warc", old, "--out", filepath.Join(t.TempDir(), "new")}, "no WARC files"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			code := run(context.Background(), tt.args, &bytes.Buffer{}, &stderr)
			if code != exitFatal || !strings.Contains(stderr.String(), tt.want) || strings.Count(stderr.String(), "\n") != 1 {
				t.Errorf("exit %d, %q: want exit 1 and one line saying %q", code, stderr.String(), tt.want)
			}
			if out := tt.args[len(tt.args)-1]; strings.HasSuffix(out, "new") {
				if _, err := os.Stat(out); err == nil {
					t.Errorf("a refused re-extraction created %s", out)
				}
			}
		})
	}
}
