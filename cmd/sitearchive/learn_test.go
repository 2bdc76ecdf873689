package main

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/replica"
)

// TestCrawlUnseenSchemes: the replica served under other CMSs' URL
// schemes and layouts is crawled with no --profile; the site is learned
// from itself and every field of every record scores against the truth.
func TestCrawlUnseenSchemes(t *testing.T) {
	for _, tt := range []struct{ scheme, design string }{
		{"powereasy", ""},
		{"static", ""},
		{"", "portal"},
		{"static", "portal"},
		{"powereasy", "redesign"},
		{"dede", ""},
		{"dede", "portal"},
	} {
		name := tt.scheme + "+" + tt.design
		t.Run(name, func(t *testing.T) {
			site, err := replica.Generate(replica.GenConfig{Seed: 7, Articles: 400, Scheme: tt.scheme, Design: tt.design})
			if err != nil {
				t.Fatal(err)
			}
			srv := replica.NewServer(site)
			ts := httptest.NewServer(srv)
			defer ts.Close()
			out := t.TempDir()
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), []string{"crawl", "--site", ts.URL + "/", "--out", out, "--delay", "0", "--concurrency", "8", "--log-level", "warn"}, &stdout, &stderr)
			if code != 0 {
				t.Fatalf("exit %d\nstdout: %s\nstderr: %s", code, stdout.String(), stderr.String())
			}
			recs := readJSONL(t, filepath.Join(out, archive.JSONLFile))
			diffs := score(site.Truth, recs, ts.URL)
			for i, d := range diffs {
				if i < 15 || testing.Verbose() {
					t.Error(d)
				}
			}
			if len(diffs) > 0 {
				prof, _ := os.ReadFile(filepath.Join(out, LearnedProfileFile))
				t.Logf("%d differences; learned profile:\n%s", len(diffs), prof)
			}
			// Each article fetched once; print views, counters, admin, search never.
			fetches, articles := 0, 0
			for key, n := range srv.Hits() {
				switch {
				case strings.HasPrefix(key, "/show.asp"):
					fetches += n
					articles++
				case strings.HasPrefix(key, "/print.asp"), strings.HasPrefix(key, "/count.asp"), strings.HasPrefix(key, "/admin/"), strings.HasPrefix(key, "/search.asp"):
					t.Errorf("fetched %s", key)
				}
			}
			if articles == 0 || float64(fetches) > 1.1*float64(articles) {
				t.Errorf("%d article fetches for %d articles", fetches, articles)
			}
			// The report shows what was learned.
			rep, err := os.ReadFile(filepath.Join(out, "report.html"))
			if err != nil {
				t.Fatal(err)
			}
			learned, err := archive.ReadLearned(out)
			if err != nil || learned == nil {
				t.Fatalf("learned.json: %v %v", learned, err)
			}
			if !strings.Contains(string(rep), `id="learned"`) || !strings.Contains(string(rep), html.EscapeString(learned.Article)) || learned.Fit < 1 {
				t.Errorf("report.html does not show the learned article pattern %q (fit %.2f)", learned.Article, learned.Fit)
			}
			m := readManifest(t, out)
			t.Logf("%s: %d records, %d requests (%v)", name, len(recs), m.Requests["total"], fmt.Sprint(m.Requests))
		})
	}
}
