package main

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"
)

// TestHelpSpellsFlagsAsREADME: every command's help lists each of its
// flags as --flag (the spelling of README and of the errors), crawl's in
// its groups, with defaults; help exits 0 on stdout.
func TestHelpSpellsFlagsAsREADME(t *testing.T) {
	singleDash := regexp.MustCompile(`(?m)^\s+-[a-z]`)
	for cmd, want := range map[string][]string{
		"crawl":   {"Site and output:", "Politeness:", "Limits and retries:", "Logging and profiling:", "--concurrency int", "(default 2)", "--delay duration", "(default 1s)", "--profile", "--quiet"},
		"probe":   {"--site string", "--pages int", "(default 50)", "--write string"},
		"verify":  {"--quiet"},
		"extract": {"--url string", "--profile string"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), []string{cmd, "--help"}, &stdout, &stderr); code != 0 {
			t.Errorf("%s --help: exit %d", cmd, code)
		}
		out := stdout.String()
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%s --help lacks %q:\n%s", cmd, w, out)
			}
		}
		if singleDash.MatchString(out) {
			t.Errorf("%s --help lists a flag with one dash:\n%s", cmd, out)
		}
	}
	var stderr bytes.Buffer
	if code := run(context.Background(), []string{"crawl", "--concurency", "2"}, &bytes.Buffer{}, &stderr); code != exitFatal ||
		!strings.Contains(stderr.String(), "--concurency") || strings.Count(strings.TrimSpace(stderr.String()), "\n") > 0 {
		t.Errorf("an unknown flag: exit %d, %q; want one line naming --concurency", code, stderr.String())
	}
}

// TestFirstRunSaysSo: the log of a first run says it is one; the next
// run on a complete archive says it is incremental.
func TestFirstRunSaysSo(t *testing.T) {
	_, _, ts := loadReplica(t)
	out := t.TempDir()
	for _, want := range []string{"mode=first", "mode=incremental"} {
		var stderr bytes.Buffer
		if code := run(context.Background(), []string{"crawl", "--site", ts.URL + "/", "--out", out, "--delay", "0", "--concurrency", "8", "--log-level", "info"}, &bytes.Buffer{}, &stderr); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		if !strings.Contains(stderr.String(), "columns found") || !strings.Contains(stderr.String(), want) {
			t.Errorf("the log does not say %s:\n%s", want, stderr.String())
		}
	}
}
