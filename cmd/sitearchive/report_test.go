package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/report"
	"github.com/chromedp/chromedp"
)

// browser finds Debian's chromium (.ci/run installs it). With
// SITEARCHIVE_BROWSER=required a missing browser fails the test.
func browser(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("SITEARCHIVE_BROWSER") == "required" {
		t.Fatal("no chromium found (apt-get install chromium)")
	}
	t.Skip("no chromium: the report is checked without a browser only")
	return ""
}

// headless starts Debian's Chromium headless, flags as this machine's
// closed network wants them, for the test's time (at most d).
func headless(t *testing.T, width, height int, d time.Duration) context.Context {
	t.Helper()
	exe := browser(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("no-first-run", true), chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(width, height))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, d)
	t.Cleanup(func() { cancelTime(); cancelCtx(); cancelAlloc() })
	return ctx
}

// TestReportInBrowser opens the crawl's report.html in headless Chromium,
// reads the per-column counts, the totals, the chart and the missing
// pages as a reader sees them, compares them with the manifest, and saves
// a screenshot as a test artifact (artifacts/report.png).
func TestReportInBrowser(t *testing.T) {
	_, _, ts := loadReplica(t)
	out := t.TempDir()
	var stdout bytes.Buffer
	if code := run(context.Background(), crawlArgs(ts.URL+"/", out), &stdout, &bytes.Buffer{}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	path := filepath.Join(out, report.File)
	if !strings.Contains(stdout.String(), "report: "+path) {
		t.Errorf("the crawl does not say where the report is:\n%s", stdout.String())
	}
	html, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script", "http://fonts", "https://", "<link", "@import"} {
		if strings.Contains(strings.ToLower(string(html)), bad) {
			t.Errorf("report.html is not self-contained: holds %q", bad)
		}
	}
	m := readManifest(t, out)

	ctx := headless(t, 1100, 1400, 60*time.Second)

	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+path), chromedp.WaitVisible(chromedp.CSS("#columns"))); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("chromium: %v", err)
		}
	}
	title, err := chromedp.Run(ctx, chromedp.Title())
	must(err)
	records, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#total-records")))
	must(err)
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[[]map[string]string](`Array.from(document.querySelectorAll('#columns tbody tr')).map(tr => ({name: tr.cells[0].innerText, kind: tr.cells[1].innerText, records: tr.cells[3].innerText}))`))
	must(err)
	missingRows, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#missing tbody tr').length`))
	must(err)
	bars, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#year-chart .bar').length`))
	must(err)
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	must(err)
	if !strings.Contains(title, "归档报告") {
		t.Errorf("title %q", title)
	}
	if strings.TrimSpace(records) != strconv.Itoa(m.Records) {
		t.Errorf("report shows %s records, manifest %d", records, m.Records)
	}
	if len(rows) != len(m.Columns) {
		t.Fatalf("report shows %d columns, manifest %d", len(rows), len(m.Columns))
	}
	for i, c := range m.Columns {
		if rows[i]["name"] != c.Name || rows[i]["records"] != strconv.Itoa(c.Records) || rows[i]["kind"] != c.Kind {
			t.Errorf("column %d: report %v, manifest %+v", i, rows[i], c)
		}
	}
	if missingRows != len(m.Missing) || missingRows == 0 {
		t.Errorf("report lists %d missing pages, manifest %d", missingRows, len(m.Missing))
	}
	if bars < 5 {
		t.Errorf("the chart has %d bars", bars)
	}
	artifacts := os.Getenv("ARTIFACTS_DIR")
	if artifacts == "" {
		artifacts = "../../artifacts"
	}
	if err := os.MkdirAll(artifacts, 0o755); err == nil {
		png := filepath.Join(artifacts, "report.png")
		if err := os.WriteFile(png, shot, 0o644); err == nil {
			t.Logf("screenshot: %s", png)
		}
	}
}

// sameReport: the report.html the crawl wrote, built from its end pass,
// is the one `sitearchive report` builds from the archive's files (the
// time it was made apart).
func sameReport(t *testing.T, dir string) {
	t.Helper()
	crawled, err := os.ReadFile(filepath.Join(dir, report.File))
	if err != nil {
		t.Fatal(err)
	}
	d, err := report.Build(dir, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	fromFiles, err := report.Render(d)
	if err != nil {
		t.Fatal(err)
	}
	stamp := regexp.MustCompile(`generated [0-9TZ:+-]+`)
	a := stamp.ReplaceAll(crawled, []byte("generated T"))
	b := stamp.ReplaceAll(fromFiles, []byte("generated T"))
	if !bytes.Equal(a, b) {
		t.Errorf("the crawl's report.html (%d bytes) differs from the one built from the files (%d bytes)", len(a), len(b))
	}
	if !bytes.Contains(crawled, []byte("generated 20")) {
		t.Error("no generation time in the crawl's report")
	}
}

// TestReportContent checks the report's HTML without a browser: it
// escapes what comes from the site and lists every missing page.
func TestReportContent(t *testing.T) {
	_, _, ts := loadReplica(t)
	out := t.TempDir()
	if code := run(context.Background(), crawlArgs(ts.URL+"/", out), &bytes.Buffer{}, &bytes.Buffer{}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	sameReport(t, out)
	d, err := report.Build(out, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	m := readManifest(t, out)
	if d.M.Records != m.Records || len(d.M.Missing) != len(m.Missing) {
		t.Errorf("report data %d records %d missing, manifest %d %d", d.M.Records, len(d.M.Missing), m.Records, len(m.Missing))
	}
	total := 0
	for _, y := range d.Years {
		total += y.Count
	}
	if total != m.Articles {
		t.Errorf("articles per year add up to %d, manifest %d", total, m.Articles)
	}
	if d.WarnCounts["replacement"] == 0 {
		t.Error("the replica's invalid bytes are not among the warnings")
	}
	// A title from the site cannot inject markup.
	d.Warned = append(d.Warned, report.Warned{ID: "1", Title: `<script>alert(1)</script>`})
	html, err := report.Render(d)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(html, []byte("<script>alert")) {
		t.Error("a title reached the report unescaped")
	}
	_ = archive.ManifestFile
}
