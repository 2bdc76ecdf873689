package main

import (
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/cangnan-nsrxh/sitearchive/replica"
)

// TestBareLoop: on a generated replica, the reference loop fetches every
// page once and writes each article's JSON and Markdown, nearly all with a
// title and a body.
func TestBareLoop(t *testing.T) {
	site, err := replica.Generate(replica.GenConfig{Seed: 3, Articles: 120})
	if err != nil {
		t.Fatal(err)
	}
	srv := replica.NewServer(site)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	out := t.TempDir()
	n, err := run(ts.URL+"/", out)
	if err != nil {
		t.Fatal(err)
	}
	pages := 0
	for key, hits := range srv.Hits() {
		if hits > 1 {
			t.Errorf("%s fetched %d times", key, hits)
		}
		pages++
	}
	jsons, _ := filepath.Glob(filepath.Join(out, "*.json"))
	mds, _ := filepath.Glob(filepath.Join(out, "*.md"))
	if n < 120 || len(jsons) != n || len(mds) != n {
		t.Fatalf("%d articles, %d JSON, %d Markdown files; want at least 120 and one of each per article", n, len(jsons), len(mds))
	}
	titled := 0
	for _, f := range jsons {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var rec map[string]string
		if err := json.Unmarshal(data, &rec); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if rec["title"] != "" && rec["body"] != "" {
			titled++
		}
	}
	// A bare loop has no soft-404 detection and one template: a few pages
	// (gone articles, variants) give an empty title or body.
	if titled < n*9/10 {
		t.Errorf("%d of %d records with a title and a body, want 90%% at least", titled, n)
	}
	t.Logf("%d articles, %d distinct pages fetched", n, pages)
}
