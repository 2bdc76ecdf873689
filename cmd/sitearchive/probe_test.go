package main

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cangnan-nsrxh/sitearchive/replica"
	"github.com/cangnan-nsrxh/sitearchive/scraper"
)

// TestProbe: probe learns a static-path site within its request budget,
// prints its patterns, columns and samples, and writes a profile that a
// crawl accepts; on a site without articles it exits 1 with a reason.
func TestProbe(t *testing.T) {
	srv := replica.NewServer(generate(t, replica.GenConfig{Seed: 3, Articles: 400, Scheme: "static", Design: "portal"}))
	site := httptestServer(t, srv)
	prof := filepath.Join(t.TempDir(), "p.yaml")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"probe", "--site", site + "/", "--delay", "0", "--write", prof}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"article  /html/{*}/{id}.html", "list     /html/list_{column}_{page}.html", "list     /html/list_{column}.html", "print    /html/{*}/{id}_print.html (never fetched)", "税务要闻", "sample 3:"} {
		if !strings.Contains(out, want) {
			t.Errorf("probe output lacks %q:\n%s", want, out)
		}
	}
	total := 0
	for _, n := range srv.Hits() {
		total += n
	}
	if total > 50 {
		t.Errorf("probe sent %d requests, budget 50", total)
	}
	f, err := os.Open(prof)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := scraper.ParseProfile(f); err != nil {
		t.Errorf("the profile probe wrote does not parse: %v", err)
	}

	empty := httptestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<html><body><h1>Welcome</h1><a href="/about.html">关于我们</a><a href="/contact.html">联系我们</a></body></html>`))
	}))
	stderr.Reset()
	if code := run(context.Background(), []string{"probe", "--site", empty + "/", "--delay", "0", "--write", prof + "2"}, &bytes.Buffer{}, &stderr); code != exitFatal {
		t.Errorf("probe of a site without articles: exit %d, want %d", code, exitFatal)
	}
	if !strings.Contains(stderr.String(), "no articles found") || strings.Count(strings.TrimSpace(stderr.String()), "\n") > 0 {
		t.Errorf("probe of a site without articles: want one line saying no articles found, got %q", stderr.String())
	}
}
