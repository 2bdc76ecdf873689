package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/replica"
)

// tmpfs mounts a tmpfs of size at a new directory, or skips the test
// where mounting is not allowed (SITEARCHIVE_MOUNT=required: fails).
func tmpfs(t *testing.T, size string) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		if os.Getenv("SITEARCHIVE_MOUNT") == "required" {
			t.Fatalf("mount tmpfs: %v: %s", err, out)
		}
		t.Skipf("cannot mount a tmpfs here (%v: %s); SITEARCHIVE_MOUNT=required makes this a failure", err, strings.TrimSpace(string(out)))
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	return dir
}

// TestDiskFull: a full disk is not the site's fault. A crawl into a
// 700 KB tmpfs stops at once (exit 1 within 20 s, one line naming the
// space and what to do); once the tmpfs is enlarged the same command
// completes, verify passes and every record scores against the truth.
func TestDiskFull(t *testing.T) {
	dir := tmpfs(t, "700k")
	out := filepath.Join(dir, "archive")
	site := generate(t, replica.GenConfig{Seed: 4, Articles: 300})
	host := httptestServer(t, replica.NewServer(site))
	args := []string{"crawl", "--site", host + "/", "--out", out, "--delay", "0", "--concurrency", "8", "--log-level", "error"}

	var stdout, stderr bytes.Buffer
	start := time.Now()
	code := run(context.Background(), args, &stdout, &stderr)
	took := time.Since(start)
	msg := strings.TrimSpace(stderr.String())
	t.Logf("full disk: exit %d after %v: %s", code, took.Round(time.Millisecond), msg)
	if code != exitFatal || took > 20*time.Second {
		t.Errorf("full disk: exit %d after %v, want %d within 20s", code, took, exitFatal)
	}
	if !strings.Contains(msg, "no space left on device writing "+out) || !strings.Contains(msg, "free space and run the same command again") || strings.Count(msg, "\n") > 0 {
		t.Errorf("full disk: want one line saying no space left and what to do, got:\n%s", msg)
	}
	checkConsistent(t, out)

	if out, err := exec.Command("mount", "-o", "remount,size=256m", dir).CombinedOutput(); err != nil {
		t.Fatalf("remount: %v: %s", err, out)
	}
	stderr.Reset()
	if code := run(context.Background(), args, &stdout, &stderr); code != 0 {
		t.Fatalf("after space was freed: exit %d: %s", code, stderr.String())
	}
	var vout bytes.Buffer
	if code := run(context.Background(), []string{"verify", out}, &vout, &bytes.Buffer{}); code != 0 {
		t.Errorf("verify: exit %d\n%s", code, vout.String())
	}
	for _, d := range score(site.Truth, readJSONL(t, filepath.Join(out, archive.JSONLFile)), host) {
		t.Error(d)
	}
}
