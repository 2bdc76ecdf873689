package main

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/replica"
)

// TestRedesignedSite: the same site under other markup. With a profile
// adapted to it, and with none (the templates learned from the site), the
// archive is the one the original markup gives; with the default profile
// given every article is still archived, through the generic extractor,
// with a warning, and its fields match the truth.
func TestRedesignedSite(t *testing.T) {
	gen := replica.GenConfig{Seed: 5, Articles: 120}
	crawl := func(site *replica.Site, extra ...string) (string, string) {
		t.Helper()
		ts := httptest.NewServer(replica.NewServer(site))
		t.Cleanup(ts.Close)
		out := t.TempDir()
		var stderr bytes.Buffer
		if code := run(context.Background(), crawlArgs(ts.URL+"/", out, extra...), &bytes.Buffer{}, &stderr); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		return out, ts.URL
	}
	original := generate(t, gen)
	gen.Design = "redesign"
	redesigned := generate(t, gen)
	if len(original.Truth) != len(redesigned.Truth) {
		t.Fatal("the redesign changed the content")
	}
	outA, urlA := crawl(original)
	outB, urlB := crawl(redesigned, "--profile", "../../testdata/profiles/redesign.yaml")
	a := normalizeJSONL(t, filepath.Join(outA, archive.JSONLFile), urlA)
	b := normalizeJSONL(t, filepath.Join(outB, archive.JSONLFile), urlB)
	if !bytes.Equal(a, b) {
		t.Error("with the adapted profile, the redesigned site's archive differs from the original's")
	}
	for _, d := range score(redesigned.Truth, readJSONL(t, filepath.Join(outB, archive.JSONLFile)), urlB) {
		t.Error("adapted profile:", d)
	}

	// No profile: the redesign's templates are learned.
	outD, urlD := crawl(redesigned)
	if d := normalizeJSONL(t, filepath.Join(outD, archive.JSONLFile), urlD); !bytes.Equal(a, d) {
		t.Error("with the templates learned, the redesigned site's archive differs from the original's")
	}

	// The default profile on the redesign: the generic extractor.
	outC, _ := crawl(redesigned, "--profile", "../../scraper/profiles/default.yaml")
	recs := readJSONL(t, filepath.Join(outC, archive.JSONLFile))
	got := map[string]archive.Record{}
	for _, r := range recs {
		got[r.ID] = r
	}
	exact := map[string]int{}
	var simSum float64
	n, mdLow := 0, 0
	for _, tr := range redesigned.Truth {
		r, ok := got[tr.ID]
		if !ok {
			t.Errorf("record %s missing with the default profile", tr.ID)
			continue
		}
		if tr.Kind != "article" {
			continue
		}
		n++
		if r.Extractor != "generic" || !strings.Contains(strings.Join(r.Warnings, " "), "generic extractor") {
			t.Errorf("%s: extractor %q warnings %v", r.ID, r.Extractor, r.Warnings)
		}
		for field, eq := range map[string]bool{"title": r.Title == tr.Title, "published_at": r.PublishedAt == tr.PublishedAt,
			"source": r.Source == tr.Source, "author": r.Author == tr.Author} {
			if eq {
				exact[field]++
			}
		}
		simSum += similarity(space.ReplaceAllString(r.BodyText, ""), space.ReplaceAllString(tr.BodyText, ""))
		md, err := os.ReadFile(filepath.Join(outC, r.MarkdownPath))
		if err != nil {
			t.Fatal(err)
		}
		_, body := splitMarkdown(t, md)
		if sim := similarity(plainMarkdown(body), space.ReplaceAllString(r.BodyText, "")); sim < 0.97 {
			mdLow++
			if mdLow <= 2 {
				t.Logf("%s: Markdown text similarity %.3f:\n%s", r.ID, sim, body)
			}
		}
		for _, s := range []string{r.Title, r.BodyText, r.Author, r.Source} {
			if strings.ContainsRune(s, '\uFFFD') {
				t.Errorf("%s: mojibake", r.ID)
			}
		}
	}
	if mdLow > 0 {
		t.Errorf("%d generic records whose Markdown says more or less than their body_text", mdLow)
	}
	if len(recs) != len(redesigned.Truth) {
		t.Errorf("%d records, want %d", len(recs), len(redesigned.Truth))
	}
	for _, f := range []string{"title", "published_at", "source", "author"} {
		t.Logf("default profile on the redesign: %s exact on %d of %d", f, exact[f], n)
		if exact[f]*100 < n*95 {
			t.Errorf("%s exact on %d of %d (< 95%%)", f, exact[f], n)
		}
	}
	t.Logf("default profile on the redesign: body similarity %.4f on average", simSum/float64(n))
	if simSum/float64(n) < 0.97 {
		t.Errorf("body similarity %.3f < 0.97", simSum/float64(n))
	}
}
