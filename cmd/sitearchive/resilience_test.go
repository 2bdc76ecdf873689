package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/learn"
	"github.com/cangnan-nsrxh/sitearchive/replica"
)

func crawlArgs(site, out string, extra ...string) []string {
	return append([]string{"crawl", "--site", site, "--out", out, "--delay", "0", "--concurrency", "8", "--log-level", "error"}, extra...)
}

// checkGolden compares an archive with the replica's truth and the golden
// articles.jsonl.
func checkGolden(t *testing.T, site *replica.Site, out, base string) {
	t.Helper()
	recs := readJSONL(t, filepath.Join(out, archive.JSONLFile))
	for _, d := range score(site.Truth, recs, strings.TrimSuffix(base, "/")) {
		t.Error(d)
	}
	want, err := os.ReadFile("testdata/articles.golden.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if got := normalizeJSONL(t, filepath.Join(out, archive.JSONLFile), base); !bytes.Equal(got, want) {
		t.Error("articles.jsonl differs from the golden file")
		diffLines(t, got, want)
	}
}

// TestCrawlFailingServer: 15% of URLs fail their first two requests with
// 500, 503 + Retry-After, a reset, a truncated body or a timeout; the
// crawl still completes the golden archive and exits 0.
func TestCrawlFailingServer(t *testing.T) {
	site, srv, ts := loadReplica(t)
	srv.SetFaults(replica.Faults{Share: 0.15, Failures: 2, Seed: 7, SlowDelay: 1500 * time.Millisecond})
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), crawlArgs(ts.URL+"/", out, "--timeout", "500ms", "--retry-wait", "20ms", "--attempts", "4"), &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	checkGolden(t, site, out, ts.URL)
	retried := 0
	for key, n := range srv.Hits() {
		if n > 1 {
			retried++
		}
		if strings.HasPrefix(key, "/show.asp") && n > 3 {
			t.Errorf("%s requested %d times", key, n)
		}
	}
	if retried < 10 {
		t.Errorf("only %d URLs were retried: the fault mode did not bite", retried)
	}
}

// TestCrawlFailuresReported: a server that keeps failing gives exit 3,
// the failures in the manifest with their attempts, and the next run
// retries exactly those.
func TestCrawlFailuresReported(t *testing.T) {
	site, srv, ts := loadReplica(t)
	srv.SetFaults(replica.Faults{Share: 0.05, Failures: 100, Seed: 3, RetryAfter: "0"})
	out := t.TempDir()
	var stderr bytes.Buffer
	code := run(context.Background(), crawlArgs(ts.URL+"/", out, "--retry-wait", "1ms", "--attempts", "2", "--timeout", "300ms"), &bytes.Buffer{}, &stderr)
	if code != exitIncomplete {
		t.Fatalf("exit %d, want 3: %s", code, stderr.String())
	}
	m := readManifest(t, out)
	if len(m.Failed) == 0 || m.Complete {
		t.Fatalf("manifest: complete=%v failed=%d", m.Complete, len(m.Failed))
	}
	failed := map[string]bool{}
	for _, f := range m.Failed {
		if f.Attempts != 2 || f.Reason == "" {
			t.Errorf("failed %+v: want 2 attempts and a reason", f)
		}
		failed[f.URL] = true
	}
	// A record whose image or attachment failed is archived again.
	for _, r := range readJSONL(t, filepath.Join(out, archive.JSONLFile)) {
		for _, w := range r.Warnings {
			if strings.Contains(w, "failed") {
				failed[r.URL] = true
			}
		}
	}
	// The server recovers; the next run fetches the failed articles and
	// no article it already has.
	srv.SetFaults(replica.Faults{})
	before := srv.Hits()
	if code := run(context.Background(), crawlArgs(ts.URL+"/", out), &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("second run: exit %d: %s", code, stderr.String())
	}
	for key, n := range srv.Hits() {
		if !strings.HasPrefix(key, "/show.asp") || n == before[key] {
			continue
		}
		if !failed[ts.URL+key] && before[key] > 0 && !isGone(site, key) {
			t.Errorf("second run fetched %s again, which was not failed", key)
		}
	}
	checkGolden(t, site, out, ts.URL)
}

func isGone(site *replica.Site, key string) bool {
	for _, id := range site.Missing {
		if key == "/show.asp?id="+id {
			return true
		}
	}
	return false
}

func readManifest(t *testing.T, out string) archive.Manifest {
	t.Helper()
	var m archive.Manifest
	data, err := os.ReadFile(filepath.Join(out, archive.ManifestFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestCrawlHostilePages: pathological pages cost nothing but themselves.
func TestCrawlHostilePages(t *testing.T) {
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("another host was contacted: %s", r.URL)
	}))
	defer other.Close()
	site, err := replica.Load(os.DirFS("../../testdata/site"))
	if err != nil {
		t.Fatal(err)
	}
	replica.AddHostile(site, strings.Replace(other.URL, "127.0.0.1", "localhost", 1)+"/x")
	srv := replica.NewServer(site)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	out := t.TempDir()
	var stderr bytes.Buffer
	code := run(context.Background(), crawlArgs(ts.URL+"/", out), &bytes.Buffer{}, &stderr)
	if code != exitIncomplete {
		t.Fatalf("exit %d, want 3 (the 50 MB page and the page of invalid bytes fail): %s", code, stderr.String())
	}
	m := readManifest(t, out)
	reasons := map[string]string{}
	for _, f := range m.Failed {
		reasons[f.URL] = f.Reason
	}
	for _, mp := range m.Missing {
		reasons[mp.URL] = mp.Reason
	}
	expect := map[int]string{
		replica.HostileHuge:    "larger than",
		replica.HostileGarbage: "no article",
		replica.HostileLoop:    "redirect loop",
		replica.HostileOffsite: "another host",
	}
	for id, want := range expect {
		u := fmt.Sprintf("%s/show.asp?id=%d", ts.URL, id)
		if !strings.Contains(reasons[u], want) {
			t.Errorf("%s: reason %q, want %q", u, reasons[u], want)
		}
	}
	recs := map[string]archive.Record{}
	for _, r := range readJSONL(t, filepath.Join(out, archive.JSONLFile)) {
		recs[r.ID] = r
	}
	for _, tr := range site.Truth {
		if _, ok := recs[tr.ID]; !ok {
			t.Errorf("record %s lost next to the hostile pages", tr.ID)
		}
	}
	deep := recs[fmt.Sprint(replica.HostileDeep)]
	if !strings.Contains(deep.BodyText, "深层嵌套的正文。") || !strings.Contains(deep.BodyText, "第一段。") {
		t.Errorf("deeply nested body lost its text: %q", deep.BodyText)
	}
	if _, ok := recs[fmt.Sprint(replica.HostileDotDot)]; !ok {
		t.Error("article linked through ../ not archived")
	}
	active := recs[fmt.Sprint(replica.HostileActive)]
	md, err := os.ReadFile(filepath.Join(out, active.MarkdownPath))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{string(md), active.BodyText} {
		low := strings.ToLower(s)
		for _, bad := range []string{"<script", "alert(", "<iframe", "onerror", "onclick", "javascript:", "<object", "<embed", "evil.example"} {
			if strings.Contains(low, bad) {
				t.Errorf("active content %q reached the archive:\n%s", bad, s)
			}
		}
	}
	if !strings.Contains(string(md), "正文第二段。") || !strings.Contains(string(md), "点我") {
		t.Errorf("sanitising lost the text:\n%s", md)
	}
	for key := range srv.Hits() {
		if strings.Contains(key, "passwd") || strings.Contains(key, "99999999999999999999") || strings.Contains(key, "id=-5") {
			t.Errorf("absurd URL fetched: %s", key)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	for _, e := range entries {
		if e.Name() != filepath.Base(out) {
			t.Errorf("something was written next to the archive: %s", e.Name())
		}
	}
}

// TestCrawlLocked: a second run on an archive in use is refused, and
// touches nothing of the running one's (not even its temporary files).
func TestCrawlLocked(t *testing.T) {
	_, _, ts := loadReplica(t)
	out := t.TempDir()
	unlock, err := archive.Lock(out)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	tmp := filepath.Join(out, archive.RecordsDir, "001", ".1001.json.tmp-7")
	if err := os.MkdirAll(filepath.Dir(tmp), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(tmp, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if code := run(context.Background(), crawlArgs(ts.URL+"/", out), &bytes.Buffer{}, &stderr); code != exitFatal {
		t.Fatalf("exit %d, want 1", code)
	}
	if msg := stderr.String(); !strings.Contains(msg, "in use by another run") || strings.Count(msg, "\n") != 1 {
		t.Errorf("message %q: want one line saying the archive is in use", msg)
	}
	if _, err := os.Stat(tmp); err != nil {
		t.Errorf("the refused run removed the running one's temporary file: %v", err)
	}
}

// subprocess starts the command in a child process.
func subprocess(t *testing.T, args []string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	argv, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "SITEARCHIVE_TEST_ARGS="+string(argv))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &stderr
}

// checkConsistent: nothing half-written, whatever happened to the process.
func checkConsistent(t *testing.T, out string) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(out, archive.RecordsDir, "*", "*.json"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var r archive.Record
		if err := json.Unmarshal(data, &r); err != nil {
			t.Errorf("%s is not whole: %v", f, err)
		}
		if _, err := os.Stat(filepath.Join(out, r.MarkdownPath)); err != nil {
			t.Errorf("%s: its Markdown is missing", f)
		}
	}
	if _, err := os.Stat(filepath.Join(out, archive.JSONLFile)); err == nil {
		readJSONL(t, filepath.Join(out, archive.JSONLFile)) // every line valid JSON
	}
}

// TestKillAndResume: SIGKILL the crawl at several points, run the same
// command again each time; the final archive is the golden one, each
// record once, and few article pages are fetched twice.
func TestKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess test")
	}
	site, srv, ts := loadReplica(t)
	out := t.TempDir()
	// Concurrency 2: a kill can leave at most 2 articles in flight, so
	// three kills refetch at most 6 of ~177 article pages (3.4%).
	args := crawlArgs(ts.URL+"/", out, "--delay", "8ms", "--concurrency", "2")
	lost := 0
	for _, after := range []time.Duration{200 * time.Millisecond, 450 * time.Millisecond, 700 * time.Millisecond} {
		before := countRecords(out)
		cmd, stderr := subprocess(t, args)
		time.Sleep(after)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if countRecords(out) == before {
			// Killed before its first article: the pages learning
			// sampled, held until the lists are read, are fetched again.
			lost++
		}
		checkConsistent(t, out)
		t.Logf("killed after %v: %d records on disk; %s", after, countRecords(out), firstLine(stderr.String()))
	}
	cmd, stderr := subprocess(t, args)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("final run: %v: %s", err, stderr.String())
	}
	checkConsistent(t, out)
	checkGolden(t, site, out, ts.URL)
	// The kills left WARC files open; the runs after them finished them:
	// every WARC record parses with its digests, every record's response
	// is there.
	var vout bytes.Buffer
	if code := run(context.Background(), []string{"verify", out}, &vout, &bytes.Buffer{}); code != 0 {
		t.Errorf("verify after kills: exit %d\n%s", code, vout.String())
	}
	articles, twice := 0, 0
	for key, n := range srv.Hits() {
		if strings.HasPrefix(key, "/show.asp") {
			articles++
			if n > 1 {
				twice++
			}
		}
	}
	t.Logf("%d article pages, %d fetched twice", articles, twice)
	t.Logf("%d runs killed before their first article", lost)
	twice -= lost * learn.DefaultOptions().Articles
	if twice*100 > articles*5 {
		t.Errorf("%d of %d article pages fetched twice (more than 5%%)", twice, articles)
	}
}

// TestInterruptAndResume: SIGINT stops cleanly (exit 130, consistent
// archive and ledger) and the same command finishes the job.
func TestInterruptAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess test")
	}
	site, _, ts := loadReplica(t)
	out := t.TempDir()
	args := crawlArgs(ts.URL+"/", out, "--delay", "4ms", "--concurrency", "4")
	cmd, stderr := subprocess(t, args)
	// Interrupted in the middle of the crawl: once it archives articles
	// (before, it is reading robots.txt, the home page and learning the
	// site, and leaves no manifest).
	for deadline := time.Now().Add(20 * time.Second); countRecords(out) == 0 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond)
	cmd.Process.Signal(os.Interrupt)
	err := cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != exitInterrupted {
		t.Fatalf("interrupted run: %v, want exit %d: %s", err, exitInterrupted, stderr.String())
	}
	checkConsistent(t, out)
	m := readManifest(t, out)
	if m.Complete {
		t.Error("an interrupted run's manifest says complete")
	}
	if n := len(readJSONL(t, filepath.Join(out, archive.JSONLFile))); n != countRecords(out) {
		t.Errorf("articles.jsonl has %d lines, records/ %d", n, countRecords(out))
	}
	var errb bytes.Buffer
	if code := run(context.Background(), crawlArgs(ts.URL+"/", out), &bytes.Buffer{}, &errb); code != 0 {
		t.Fatalf("resumed run: exit %d: %s", code, errb.String())
	}
	checkGolden(t, site, out, ts.URL)
}

func countRecords(out string) int {
	files, _ := filepath.Glob(filepath.Join(out, archive.RecordsDir, "*", "*.json"))
	return len(files)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return line
}

func diffLines(t *testing.T, got, want []byte) {
	g := strings.Split(string(got), "\n")
	w := strings.Split(string(want), "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			t.Logf("first difference, line %d:\n got %.400s\nwant %.400s", i+1, g[i], w[i])
			return
		}
	}
}

// TestOtherSiteRefused: an archive is one site's; a run with another
// --site on it is refused in one line, and the archive is left as it was.
func TestOtherSiteRefused(t *testing.T) {
	_, _, ts := loadReplica(t)
	out := t.TempDir()
	if code := run(context.Background(), crawlArgs(ts.URL+"/", out), &bytes.Buffer{}, &bytes.Buffer{}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	before, _ := os.ReadFile(filepath.Join(out, archive.JSONLFile))
	other := strings.Replace(ts.URL, "127.0.0.1", "localhost", 1)
	var stderr bytes.Buffer
	if code := run(context.Background(), crawlArgs(other+"/", out), &bytes.Buffer{}, &stderr); code != exitFatal {
		t.Fatalf("exit %d, want 1", code)
	}
	if msg := stderr.String(); !strings.Contains(msg, "another site") || strings.Count(msg, "\n") != 1 {
		t.Errorf("message %q", msg)
	}
	after, _ := os.ReadFile(filepath.Join(out, archive.JSONLFile))
	if !bytes.Equal(before, after) {
		t.Error("the refused run changed the archive")
	}
	// The same site, with or without the trailing slash, is fine.
	if code := run(context.Background(), crawlArgs(ts.URL, out), &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("same site again: exit %d: %s", code, stderr.String())
	}
}

// TestSameSiteOtherPort: the same site served again on another port (a
// restarted server) is the same archive: a --full run changes nothing.
func TestSameSiteOtherPort(t *testing.T) {
	site, _, ts := loadReplica(t)
	out := t.TempDir()
	if code := run(context.Background(), crawlArgs(ts.URL+"/", out), &bytes.Buffer{}, &bytes.Buffer{}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	before := readChanges(t, out)
	srv2 := replica.NewServer(site)
	again := httptest.NewServer(srv2)
	defer again.Close()
	var stderr bytes.Buffer
	if code := run(context.Background(), crawlArgs(again.URL+"/", out, "--full"), &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if after := readChanges(t, out); len(after) != len(before) {
		t.Errorf("a new port made %d changes: %+v", len(after)-len(before), after[len(before):])
	}
	for k, n := range srv2.Downloads() {
		if strings.HasPrefix(k, "/uploadfile/") {
			t.Errorf("%s downloaded %d times again after the port changed", k, n)
		}
	}
}

// TestRobotsObeyedAndReadOnce: an article robots.txt disallows is never
// fetched and is listed as missing, and the rules are asked for once per
// run (colly reads them from the crawler's copy, not from the site).
func TestRobotsObeyedAndReadOnce(t *testing.T) {
	site, err := replica.Load(os.DirFS("../../testdata/site"))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, tr := range site.Truth {
		ids[tr.ID] = true
	}
	var banned string
	for _, tr := range site.Truth {
		if tr.Kind != "article" {
			continue
		}
		prefix := false
		for id := range ids {
			prefix = prefix || id != tr.ID && strings.HasPrefix(id, tr.ID)
		}
		if !prefix {
			banned = tr.ID
			break
		}
	}
	if banned == "" {
		t.Fatal("no article id to disallow")
	}
	srv := replica.NewServer(site)
	var mu sync.Mutex
	robots := 0
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			mu.Lock()
			robots++
			mu.Unlock()
			fmt.Fprintf(w, "User-agent: *\nDisallow: /admin/\nDisallow: /show.asp?id=%s\n", banned)
			return
		}
		srv.ServeHTTP(w, r)
	}))
	defer ts.Close()
	out := t.TempDir()
	var stderr bytes.Buffer
	if code := run(context.Background(), crawlArgs(ts.URL+"/", out), &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if robots != 1 {
		t.Errorf("robots.txt requested %d times, want once", robots)
	}
	for key := range srv.Hits() {
		if strings.EqualFold(key, "/show.asp?id="+banned) {
			t.Errorf("disallowed %s fetched", key)
		}
	}
	m := readManifest(t, out)
	found := false
	for _, mp := range m.Missing {
		if mp.ID == banned {
			found = true
			if !strings.Contains(mp.Reason, "robots.txt") {
				t.Errorf("article %s missing for %q, want robots.txt", banned, mp.Reason)
			}
		}
	}
	if !found {
		t.Errorf("disallowed article %s not listed as missing: %+v", banned, m.Missing)
	}
	for _, r := range readJSONL(t, filepath.Join(out, archive.JSONLFile)) {
		if r.ID == banned {
			t.Errorf("disallowed article %s archived", banned)
		}
	}
}
