package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// TestRealZhCorpus runs `sitearchive extract` over the real Chinese pages
// of shared/corpus/real-zh with the corpus's own scorer and holds the
// figures measured on its open half (author 88.6%, date 93.1%, body mean
// 0.958, 91.4% of pages >= 0.9, no mojibake, no failure) to floors a
// little below them.
func TestRealZhCorpus(t *testing.T) {
	corpus := "../../../shared/corpus/real-zh"
	if _, err := os.Stat(filepath.Join(corpus, "score")); err != nil {
		t.Skip("shared/corpus/real-zh not available")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not available for the scorer")
	}
	bin := filepath.Join(t.TempDir(), "sitearchive")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	out, err := exec.Command("python3", filepath.Join(corpus, "score"), "--gold", filepath.Join(corpus, "gold.jsonl"),
		"--pages", corpus, "--cmd", bin+" extract {file}", "--jobs", "2").CombinedOutput()
	if err != nil {
		t.Fatalf("score: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`realzh: author ([\d.]+)%, date ([\d.]+)%, body mean ([\d.]+), body>=0.9 ([\d.]+)%, mojibake (\d+), failures (\d+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("no score line in:\n%s", out)
	}
	f := func(i int) float64 { v, _ := strconv.ParseFloat(string(m[i]), 64); return v }
	t.Logf("realzh: author %.1f%%, date %.1f%%, body mean %.3f, body>=0.9 %.1f%%, mojibake %d, failures %d",
		f(1), f(2), f(3), f(4), int(f(5)), int(f(6)))
	if f(1) < 85 || f(2) < 90 || f(3) < 0.95 || f(4) < 88 || f(5) != 0 || f(6) != 0 {
		t.Errorf("corpus score fell below its floors (author 85%%, date 90%%, body 0.95 / 88%%, no mojibake, no failure):\n%s", out)
	}
}
