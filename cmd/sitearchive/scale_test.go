package main

import (
	"bytes"
	"context"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/replica"
)

// TestCrawlGeneratedSite crawls a generated replica of 1,200 articles (more
// than one records folder, thousands of WARC records, articles.jsonl
// written in several chunks) and scores every record against the truth,
// then verifies the archive: what the benchmarks time is also right.
func TestCrawlGeneratedSite(t *testing.T) {
	if testing.Short() {
		t.Skip("a 1,200-article crawl")
	}
	site, err := replica.Generate(replica.GenConfig{Seed: 7, Articles: 1200})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(replica.NewServer(site))
	defer ts.Close()
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"crawl", "--site", ts.URL + "/", "--out", out, "--delay", "0", "--concurrency", "8", "--quiet"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d\nstderr: %s", code, stderr.String())
	}
	recs := readJSONL(t, filepath.Join(out, archive.JSONLFile))
	if len(recs) < 1000 {
		t.Fatalf("%d records, want the generated site's %d", len(recs), len(site.Truth))
	}
	diffs := score(site.Truth, recs, strings.TrimSuffix(ts.URL, "/"))
	for i, d := range diffs {
		if i == 20 {
			t.Errorf("... and %d more", len(diffs)-20)
			break
		}
		t.Error(d)
	}
	stdout.Reset()
	stderr.Reset()
	if code := run(context.Background(), []string{"verify", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("verify: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
}
