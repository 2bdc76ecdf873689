package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/replica"
)

var update = flag.Bool("update", false, "rewrite golden files")

// loadReplica serves the project's replica (testdata/site) on loopback.
func loadReplica(t *testing.T) (*replica.Site, *replica.Server, *httptest.Server) {
	t.Helper()
	site, err := replica.Load(os.DirFS("../../testdata/site"))
	if err != nil {
		t.Fatal(err)
	}
	srv := replica.NewServer(site)
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return site, srv, ts
}

func readJSONL(t *testing.T, path string) []archive.Record {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []archive.Record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 4<<20), 4<<20)
	for sc.Scan() {
		var r archive.Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("invalid JSON line in %s: %v", path, err)
		}
		out = append(out, r)
	}
	return out
}

// score compares records with the replica's truth field by field and
// returns one line per difference.
func score(truth []replica.Truth, recs []archive.Record, host string) []string {
	var diffs []string
	got := map[string]archive.Record{}
	for _, r := range recs {
		if _, dup := got[r.ID]; dup {
			diffs = append(diffs, "duplicate id "+r.ID)
		}
		got[r.ID] = r
	}
	want := map[string]bool{}
	for _, tr := range truth {
		want[tr.ID] = true
		r, ok := got[tr.ID]
		if !ok {
			diffs = append(diffs, "missing record "+tr.ID)
			continue
		}
		check := func(field, g, w string) {
			if g != w {
				diffs = append(diffs, fmt.Sprintf("%s %s:\n   got %q\n  want %q", tr.ID, field, g, w))
			}
		}
		check("kind", r.Kind, tr.Kind)
		check("columns", strings.Join(r.Columns, "|"), strings.Join(tr.Columns, "|"))
		check("title", r.Title, tr.Title)
		check("published_at", r.PublishedAt, tr.PublishedAt)
		check("source", r.Source, tr.Source)
		check("author", r.Author, tr.Author)
		check("body_text", r.BodyText, tr.BodyText)
		check("charset", r.Charset, tr.Charset)
		var gi, wi []string
		for _, i := range r.Images {
			gi = append(gi, i.URL)
		}
		for _, i := range tr.Images {
			wi = append(wi, host+i)
		}
		check("images", strings.Join(gi, " "), strings.Join(wi, " "))
		var ga, wa []string
		for _, a := range r.Attachments {
			ga = append(ga, a.URL+"|"+a.Name)
		}
		for _, a := range tr.Attachments {
			wa = append(wa, host+a.Path+"|"+a.Name)
		}
		check("attachments", strings.Join(ga, " "), strings.Join(wa, " "))
		for _, s := range []string{r.Title, r.BodyText, r.Author, r.Source} {
			if strings.ContainsRune(s, '\uFFFD') || strings.Contains(s, "锟斤拷") {
				diffs = append(diffs, tr.ID+": mojibake")
			}
		}
	}
	for _, r := range recs {
		if !want[r.ID] {
			diffs = append(diffs, "extra record "+r.ID+" "+r.Title)
		}
	}
	return diffs
}

func TestCrawlReplica(t *testing.T) {
	site, srv, ts := loadReplica(t)
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"crawl", "--site", ts.URL + "/", "--out", out, "--delay", "0", "--concurrency", "8", "--log-level", "warn"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", code, stdout.String(), stderr.String())
	}
	recs := readJSONL(t, filepath.Join(out, archive.JSONLFile))
	host := strings.TrimSuffix(ts.URL, "/")
	for _, d := range score(site.Truth, recs, host) {
		t.Error(d)
	}

	checkSchemas(t, out)

	// On the model's site the embedded profile is the one learning keeps:
	// every sampled article (never a deleted one) read with its template.
	if l, err := archive.ReadLearned(out); err != nil || l == nil || l.Scheme != "prior" || l.Template != "prior" || l.Fit != 1 {
		t.Errorf("learned on the model's site: %+v (%v); want the embedded profile kept, fit 1", l, err)
	}

	// Each article page fetched once; print views, counters, admin, search never.
	for key, n := range srv.Hits() {
		if strings.HasPrefix(key, "/show.asp") && n != 1 {
			t.Errorf("%s fetched %d times", key, n)
		}
		for _, never := range []string{"/print.asp", "/count.asp", "/admin/", "/search.asp"} {
			if strings.HasPrefix(key, never) {
				t.Errorf("fetched %s", key)
			}
		}
	}
	// Everything gone is listed as missing.
	m := readManifest(t, out)
	missing := map[string]bool{}
	for _, mp := range m.Missing {
		missing[mp.ID] = true
	}
	for _, id := range site.Missing {
		if !missing[id] {
			t.Errorf("gone article %s not listed as missing", id)
		}
	}
	if !m.Complete || len(m.Failed) > 0 {
		t.Errorf("manifest: complete=%v failed=%v", m.Complete, m.Failed)
	}

	// Golden articles.jsonl, fetch times and the server's port aside.
	got := normalizeJSONL(t, filepath.Join(out, archive.JSONLFile), ts.URL)
	golden := "testdata/articles.golden.jsonl"
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("articles.jsonl differs from %s (go test ./cmd/sitearchive -update to accept)", golden)
	}
}

// normalizeJSONL blanks fetch times, WARC references (which change with
// every fetch) and the server address so that the archive can be compared
// with a golden file.
func normalizeJSONL(t *testing.T, path, base string) []byte {
	t.Helper()
	u, _ := url.Parse(base)
	var out bytes.Buffer
	for _, r := range readJSONL(t, path) {
		if r.WARC == nil || !strings.HasPrefix(r.WARC.File, "warc/") || !strings.HasPrefix(r.WARC.RecordID, "<urn:uuid:") {
			t.Errorf("record %s names no WARC record: %+v", r.ID, r.WARC)
		}
		r.FetchedAt, r.WARC, r.MarkdownSHA256 = "", nil, "" // the Markdown holds the server's port
		line, err := archive.MarshalRecord(&r, false)
		if err != nil {
			t.Fatal(err)
		}
		out.Write(bytes.ReplaceAll(line, []byte(u.Host), []byte("HOST")))
	}
	return out.Bytes()
}

func httptestServer(t *testing.T, h http.Handler) string {
	t.Helper()
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return ts.URL
}
