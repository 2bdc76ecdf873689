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
	for _, tt := range []struct {
		scheme, design string
		articles       int // 400: most columns have pages; 150: few do
	}{
		{"powereasy", "", 400},
		{"static", "", 400},
		{"", "portal", 400},
		{"static", "portal", 400},
		{"powereasy", "redesign", 400},
		{"dede", "", 400},
		{"dede", "portal", 400},
		{"powereasy", "", 150},
		{"dede", "", 150},
	} {
		name := fmt.Sprintf("%s+%s+%d", tt.scheme, tt.design, tt.articles)
		t.Run(name, func(t *testing.T) {
			site := generate(t, replica.GenConfig{Seed: 7, Articles: tt.articles, Scheme: tt.scheme, Design: tt.design})
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
				prof, _ := os.ReadFile(filepath.Join(out, archive.ProfileFile))
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
			checkSchemas(t, out)
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
			paged := 0
			for _, n := range site.ListPages {
				if n > 1 {
					paged++
				}
			}
			if paged > 0 && !strings.Contains(strings.Join(learned.Lists, " "), "{page}") {
				t.Errorf("%d columns have pages, no pager learned: %v", paged, learned.Lists)
			}
			m := readManifest(t, out)
			t.Logf("%s: %d records, %d paged columns, lists %v", name, len(recs), paged, learned.Lists)
			t.Logf("%s: %d records, %d requests (%v)", name, len(recs), m.Requests["total"], fmt.Sprint(m.Requests))

			// The scheduled run: the learned profile is reused, nothing
			// is learned again, an unchanged site costs at most 2
			// requests a column and 5.
			stdout.Reset()
			stderr.Reset()
			if code := run(context.Background(), []string{"crawl", "--site", ts.URL + "/", "--out", out, "--delay", "0", "--log-level", "warn"}, &stdout, &stderr); code != 0 {
				t.Fatalf("second run: exit %d: %s", code, stderr.String())
			}
			m2 := readManifest(t, out)
			if m2.Requests["learn"] != 0 || m2.Requests["total"] > 2*len(m2.Columns)+5 || m2.Records != m.Records {
				t.Errorf("unchanged site, second run: %v requests for %d columns, %d records (was %d)", m2.Requests, len(m2.Columns), m2.Records, m.Records)
			}
		})
	}
}

// TestRelearnWhenFitDrops: the site is redesigned between scheduled runs.
// The run that meets the new markup reads its new articles with the
// generic extractor and says so; the next run learns the site again
// and reads the next new articles with the learned template.
func TestRelearnWhenFitDrops(t *testing.T) {
	gen := replica.GenConfig{Seed: 11, Articles: 120}
	srv := replica.NewServer(generate(t, gen))
	ts := httptest.NewServer(srv)
	defer ts.Close()
	out := t.TempDir()
	crawl := func() archive.Manifest {
		t.Helper()
		var stderr bytes.Buffer
		if code := run(context.Background(), []string{"crawl", "--site", ts.URL + "/", "--out", out, "--delay", "0", "--concurrency", "4", "--log-level", "warn"}, &bytes.Buffer{}, &stderr); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		return readManifest(t, out)
	}
	if m := crawl(); m.Requests["learn"] == 0 {
		t.Fatalf("the first run did not learn: %v", m.Requests)
	}
	gen.Design, gen.Added = "redesign", 12
	srv.SetSite(generate(t, gen))
	if m := crawl(); m.Requests["learn"] != 0 || m.Changes["added"] != 12 {
		t.Fatalf("second run: learned %d requests, added %d (want 0, 12)", m.Requests["learn"], m.Changes["added"])
	}
	generic := 0
	for _, r := range readJSONL(t, filepath.Join(out, archive.JSONLFile)) {
		if r.Extractor == "generic" {
			generic++
		}
	}
	if generic != 12 {
		t.Errorf("%d records read generically after the redesign, want the 12 new ones", generic)
	}
	gen.Added = 18
	srv.SetSite(generate(t, gen))
	if m := crawl(); m.Requests["learn"] == 0 || m.Changes["added"] != 6 {
		t.Fatalf("third run: learned with %d requests, added %d (want > 0, 6)", m.Requests["learn"], m.Changes["added"])
	}
	learned, err := archive.ReadLearned(out)
	if err != nil || learned == nil || learned.Template != "learned" {
		t.Fatalf("third run learned %+v (%v), want new templates", learned, err)
	}
	generic = 0
	for _, r := range readJSONL(t, filepath.Join(out, archive.JSONLFile)) {
		if r.Extractor == "generic" {
			generic++
		}
	}
	if generic != 12 {
		t.Errorf("%d records read generically after relearning, want still the 12 of the second run", generic)
	}
}
