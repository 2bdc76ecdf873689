package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/replica"
	"github.com/cangnan-nsrxh/sitearchive/review"
	"github.com/cangnan-nsrxh/sitearchive/scraper"
	"github.com/chromedp/chromedp"
)

// reviewed crawls the replica, one of whose articles carries a script
// that would change its title if it ran, and serves the archive for
// review. It gives the archive, its records and the server.
func reviewed(t *testing.T) (string, []archive.Record, *httptest.Server) {
	t.Helper()
	site, err := replica.Load(os.DirFS("../../testdata/site"))
	if err != nil {
		t.Fatal(err)
	}
	key := replica.Key("/show.asp", "id=107")
	r := *site.Responses[key]
	r.Body = bytes.Replace(r.Body, []byte("</body>"), []byte(`<script>document.title="SCRIPT RAN";document.body.setAttribute("data-ran","1")</script></body>`), 1)
	site.Responses[key] = &r
	host := httptestServer(t, replica.NewServer(site))
	out := t.TempDir()
	if code := run(context.Background(), crawlArgs(host+"/", out), &bytes.Buffer{}, &bytes.Buffer{}); code != 0 {
		t.Fatalf("crawl: exit %d", code)
	}
	a, err := review.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	srv := httptest.NewServer(a.Handler())
	t.Cleanup(srv.Close)
	return out, readJSONL(t, filepath.Join(out, archive.JSONLFile)), srv
}

// TestReviewRoutes: every route and every refusal of the review server.
func TestReviewRoutes(t *testing.T) {
	out, recs, srv := reviewed(t)
	get := func(path string, hdr ...string) (*http.Response, string) {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+path, nil)
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp, string(body)
	}
	articles := 0
	for _, r := range recs {
		if r.Kind != archive.KindArticle {
			continue
		}
		articles++
		resp, page := get("/records/" + r.ID)
		if resp.StatusCode != 200 || !strings.Contains(page, htmlEscape(r.Title)) || !strings.Contains(page, `<iframe id="original" sandbox src="/records/`+r.ID+`/original"`) {
			t.Errorf("/records/%s: %d, title or sandboxed iframe missing", r.ID, resp.StatusCode)
			continue
		}
		resp, body := get("/records/" + r.ID + "/original")
		ct := resp.Header.Get("Content-Type")
		text := scraper.Decode([]byte(body), ct).Text // as its Content-Type says
		if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "sandbox") || !strings.Contains(text, r.Title) {
			t.Errorf("/records/%s/original: %d, %s, CSP %q, title in it decoded as its Content-Type says: %v",
				r.ID, resp.StatusCode, ct, resp.Header.Get("Content-Security-Policy"), strings.Contains(text, r.Title))
		}
	}
	if articles < 100 {
		t.Fatalf("%d articles", articles)
	}
	// Searching a title lists its record (every article's); filters
	// narrow the list.
	for _, r := range recs {
		if _, page := get("/?q=" + url.QueryEscape(r.Title)); !strings.Contains(page, `data-id="`+r.ID+`"`) {
			t.Errorf("/?q=%s does not list record %s", r.Title, r.ID)
		}
	}
	if _, page := get("/?extractor=generic"); strings.Contains(page, `<td>profile</td>`) {
		t.Error("the extractor filter lets other records through")
	}
	// Paths that climb, ids that are paths: refused, nothing from outside.
	for _, p := range []string{"/records/..%2F..%2Fetc%2Fpasswd", "/records/..%2Fmanifest.json/original", "/..%2F..%2Fetc%2Fpasswd",
		"/%2e%2e/%2e%2e/etc/passwd", "/assets/../manifest.json", "/records/abc", "/records/107;rm/original", "/ledger.db", "/manifest.json"} {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/", nil)
		req.URL.Opaque = p // sent as written
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 400 && resp.StatusCode != 404 || bytes.Contains(body, []byte("root:")) || bytes.Contains(body, []byte(`"site"`)) {
			t.Errorf("%s: %d %.60q", p, resp.StatusCode, body)
		}
	}
	// An image the archive holds, at its legacy path (as an original asks).
	for _, r := range recs {
		if len(r.Images) > 0 && r.Images[0].Path != "" {
			u, _ := url.Parse(r.Images[0].URL)
			if resp, _ := get(u.Path); resp.StatusCode != 200 {
				t.Errorf("%s: %d", u.Path, resp.StatusCode)
			}
			break
		}
	}
	// Notes: from this server's pages, saved; from another origin, refused.
	post := func(origin string) int {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/records/107/notes", strings.NewReader("verdict=wrong&field=author&text=not+a+person"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := post("http://evil.example"); code != http.StatusForbidden {
		t.Errorf("a note from another origin: %d, want 403", code)
	}
	if code := post(""); code != http.StatusForbidden {
		t.Errorf("a note with no origin: %d, want 403", code)
	}
	if code := post(srv.URL); code != http.StatusSeeOther {
		t.Errorf("a note from the server's own page: %d, want 303", code)
	}
	data, err := os.ReadFile(filepath.Join(out, review.NotesFile))
	if err != nil {
		t.Fatal(err)
	}
	var n review.Note
	if lines := strings.Split(strings.TrimSpace(string(data)), "\n"); len(lines) != 1 || json.Unmarshal([]byte(lines[0]), &n) != nil ||
		n.ID != "107" || n.Verdict != "wrong" || n.Field != "author" || n.Text != "not a person" || n.At == "" {
		t.Errorf("review.jsonl: %q", data)
	}
	if _, page := get("/?reviewed=yes"); !strings.Contains(page, `data-id="107"`) || strings.Count(page, "data-id=") != 1 {
		t.Error("the list does not show 107 as the one reviewed")
	}
	var stdout bytes.Buffer
	if code := run(context.Background(), []string{"review", "--export-notes", out}, &stdout, &bytes.Buffer{}); code != 0 || !strings.HasPrefix(stdout.String(), "107\tauthor\t") {
		t.Errorf("review --export-notes: exit %d: %q", code, stdout.String())
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

// TestReviewInBrowser: the list, a search, a record beside its original
// (GBK shown right, its script not run), a note recorded and listed, as a
// reviewer does it in Chromium; a screenshot goes to artifacts/.
func TestReviewInBrowser(t *testing.T) {
	browser(t) // before the crawl: skipped without a browser
	_, recs, srv := reviewed(t)
	var r107 archive.Record
	for _, r := range recs {
		if r.ID == "107" {
			r107 = r
		}
	}
	ctx := headless(t, 1400, 1000, 90*time.Second)

	// The list, then a search for the title.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#records"))); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.SetValue(chromedp.CSS(`input[name="q"]`), r107.Title), chromedp.Submit(chromedp.CSS(`input[name="q"]`)),
		chromedp.WaitVisible(chromedp.CSS(`tr[data-id="107"]`))); err != nil {
		t.Fatalf("search: %v", err)
	}
	// The record, beside its original.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`tr[data-id="107"] a`)), chromedp.WaitVisible(chromedp.CSS("#original"))); err != nil {
		t.Fatalf("record: %v", err)
	}
	sandbox, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("original").getAttribute("sandbox")`))
	if err != nil || sandbox != "" {
		t.Errorf("the iframe's sandbox attribute %q (%v): want present and empty (no allow-scripts)", sandbox, err)
	}
	time.Sleep(500 * time.Millisecond)                           // the frame loads
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100: PNG
	if err == nil {
		dir := os.Getenv("ARTIFACTS_DIR")
		if dir == "" {
			dir = t.TempDir()
		}
		os.MkdirAll(dir, 0o755)
		os.WriteFile(filepath.Join(dir, "review.png"), shot, 0o644)
		t.Logf("screenshot: %s", filepath.Join(dir, "review.png"))
	}
	// The original as the frame shows it: GBK right, its script not run.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/records/107/original"), chromedp.WaitReady(chromedp.CSS("body"))); err != nil {
		t.Fatalf("original: %v", err)
	}
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil || !strings.Contains(title, r107.Title) {
		t.Errorf("the original's title %q (%v), want it to hold %q: GBK not shown right, or its script ran", title, err, r107.Title)
	}
	ran, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.body.hasAttribute("data-ran")`))
	if err != nil || ran {
		t.Errorf("the archived page's script ran (%v)", err)
	}
	// A note, then the list shows the record reviewed.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/records/107"), chromedp.WaitVisible(chromedp.CSS("#note")),
		chromedp.SetValue(chromedp.CSS(`#note select[name="verdict"]`), "wrong"), chromedp.SetValue(chromedp.CSS(`#note select[name="field"]`), "author"),
		chromedp.SetValue(chromedp.CSS(`#note input[name="text"]`), "编辑不是作者"), chromedp.Submit(chromedp.CSS(`#note input[name="text"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#notes li.wrong`))); err != nil {
		t.Fatalf("note: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/?reviewed=yes"), chromedp.WaitVisible(chromedp.CSS(`tr[data-id="107"] .reviewed`))); err != nil {
		t.Errorf("the list does not show the note: %v", err)
	}
}
